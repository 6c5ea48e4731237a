import { nextTask } from './next-task.js';

describe('nextTask', () => {
  const scheduler = (globalThis as { scheduler?: unknown }).scheduler;
  afterEach(() => {
    (globalThis as { scheduler?: unknown }).scheduler = scheduler;
  });

  it('resolves after the microtasks queued behind it, in a later task', async () => {
    const order: string[] = [];
    const after = nextTask().then(() => order.push('next task'));
    void Promise.resolve().then(() => order.push('microtask'));
    setTimeout(() => order.push('timer queued before'), 0);
    await after;
    expect(order[0]).toBe('microtask');
    expect(order).toContain('next task');
  });

  it('uses scheduler.yield where the browser has it', async () => {
    let yielded = 0;
    (globalThis as { scheduler?: unknown }).scheduler = {
      yield: () => {
        yielded++;
        return new Promise<void>((resolve) => setTimeout(resolve));
      },
    };
    await nextTask();
    expect(yielded).toBe(1);
  });
});
