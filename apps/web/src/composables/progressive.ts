import { computed, ref, watch, type ComputedRef } from 'vue';
import { nextTask } from '../utils/next-task';

/**
 * A list rendered a few items per task of the event loop: the first `step` at once, `step` more
 * in each later task, until all are shown; a new list starts over. One task that renders ten
 * listing cards blocks a slow phone for longer than a tap should wait; a few cards per task do
 * not, and the first screen of a phone holds no more than three.
 */
export function useProgressive<T>(source: () => readonly T[], step = 3): ComputedRef<readonly T[]> {
  const shown = ref(step);
  let current = 0;
  watch(
    source,
    async (items) => {
      const run = ++current;
      shown.value = step;
      while (shown.value < items.length) {
        await nextTask();
        // A newer list took over: its own run shows it.
        if (run !== current) return;
        shown.value += step;
      }
    },
    { immediate: true },
  );
  return computed(() => source().slice(0, shown.value));
}
