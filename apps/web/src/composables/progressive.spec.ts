import { nextTick, ref } from 'vue';
import { nextTask } from '../utils/next-task.js';
import { useProgressive } from './progressive.js';

describe('useProgressive', () => {
  it('shows the first step at once and the rest a step per task, in order', async () => {
    const list = ref([1, 2, 3, 4, 5, 6, 7]);
    const shown = useProgressive(() => list.value, 3);
    const seen: number[][] = [[...shown.value]];
    for (let i = 0; i < 4; i++) {
      await nextTask();
      await nextTick();
      seen.push([...shown.value]);
    }
    expect(seen[0]).toEqual([1, 2, 3]);
    expect(seen[1]).toEqual([1, 2, 3, 4, 5, 6]);
    expect(seen.at(-1)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('starts over with a new list, and the old one stops growing', async () => {
    const list = ref(Array.from({ length: 9 }, (_, i) => i));
    const shown = useProgressive(() => list.value, 2);
    await nextTask();
    await nextTick();
    expect(shown.value).toHaveLength(4);
    list.value = ['a', 'b', 'c', 'd', 'e'].map((_, i) => 100 + i);
    await nextTick();
    expect(shown.value).toEqual([100, 101]);
    for (let i = 0; i < 6; i++) {
      await nextTask();
      await nextTick();
    }
    expect(shown.value).toEqual([100, 101, 102, 103, 104]);
  });

  it('shows a short list whole at once', () => {
    const shown = useProgressive(() => ['only'], 3);
    expect(shown.value).toEqual(['only']);
  });
});
