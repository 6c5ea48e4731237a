import { OUTBOX_CHUNK, outboxJobId, outboxJobs } from './outbox-relay.service.js';

const rows = (n: number, from = 1, sends = 0) => Array.from({ length: n }, (_, i) => ({ id: String(from + i), sends }));

describe('outboxJobs', () => {
  it('sends a bulk as one job per chunk, every row exactly once, in id order', () => {
    const bulk = rows(OUTBOX_CHUNK * 2 + 7).reverse();
    const jobs = outboxJobs(bulk);
    expect(jobs.map((j) => j.payload.outboxIds.length)).toEqual([OUTBOX_CHUNK, OUTBOX_CHUNK, 7]);
    const sent = jobs.flatMap((j) => j.payload.outboxIds);
    expect(sent).toEqual(rows(OUTBOX_CHUNK * 2 + 7).map((r) => r.id));
    expect(new Set(jobs.map((j) => j.jobId)).size).toBe(3);
  });

  it('orders ids as numbers, not as strings', () => {
    expect(
      outboxJobs([
        { id: '10', sends: 0 },
        { id: '9', sends: 0 },
        { id: '100', sends: 0 },
      ])[0].payload.outboxIds,
    ).toEqual(['9', '10', '100']);
  });

  it('sends nothing for no rows', () => {
    expect(outboxJobs([])).toEqual([]);
  });
});

describe('outboxJobId', () => {
  it('keeps the one-row form: row id and sending', () => {
    expect(outboxJobId([{ id: '42', sends: 3 }])).toBe('listing-outbox-42-3');
  });

  it('is the same for the same sending, so that BullMQ ignores a repeat', () => {
    expect(outboxJobId(rows(5, 100))).toBe(outboxJobId(rows(5, 100)));
  });

  it('changes when any row is sent again, or when the chunk holds other rows', () => {
    const first = outboxJobId(rows(5, 100));
    const again = rows(5, 100).map((r, i) => (i === 2 ? { ...r, sends: 1 } : r));
    expect(outboxJobId(again)).not.toBe(first);
    const other = [...rows(2, 100), ...rows(2, 103)]; // same first and last ids, row 102 missing
    expect(outboxJobId(other)).not.toBe(outboxJobId(rows(5, 100)));
  });
});
