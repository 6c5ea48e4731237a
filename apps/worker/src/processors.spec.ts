import { JOBS, type JobName } from '@app/queue';
import { WorkerModule } from './worker.module.js';

const PROCESSOR_METADATA = 'bullmq:processor_metadata';

interface ProcessorClass {
  name: string;
  jobs?: readonly JobName[];
}

describe('worker processors', () => {
  const providers = (WorkerModule.forRoot({}).providers ?? []) as unknown as ProcessorClass[];
  const processors = providers.filter((p) => typeof p === 'function' && Reflect.getMetadata(PROCESSOR_METADATA, p));

  it('declare the jobs they handle', () => {
    expect(processors.length).toBeGreaterThan(0);
    for (const processor of processors) expect(processor.jobs?.length).toBeGreaterThan(0);
  });

  it('handle every job name exactly once, on the queue the job belongs to', () => {
    const handled = processors.flatMap((p) => (p.jobs ?? []).map((job) => ({ job, processor: p })));
    expect(handled.map((h) => h.job).sort()).toEqual((Object.keys(JOBS) as JobName[]).sort());
    for (const { job, processor } of handled) {
      const queue = (Reflect.getMetadata(PROCESSOR_METADATA, processor) as { name: string }).name;
      expect(`${job} on ${queue}`).toBe(`${job} on ${JOBS[job]}`);
    }
  });
});
