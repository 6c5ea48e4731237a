import { PassThrough } from 'node:stream';
import { progress } from './progress.js';

const capture = (tty: boolean) => {
  const stream = new PassThrough() as unknown as NodeJS.WriteStream & PassThrough;
  (stream as { isTTY?: boolean }).isTTY = tty;
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stream, text: () => text };
};

describe('progress', () => {
  it('writes plain lines with counts, percentage and rate when not on a terminal', () => {
    const out = capture(false);
    const p = progress('reindex outcomes', 'listings', out.stream);
    p.update(0, 3000);
    p.update(1000, 3000); // within the interval: held back
    p.update(3000, 3000); // done: always written
    p.stop();
    const lines = out.text().trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^reindex outcomes: 0\/3000 listings \(0%\), \d+ listings\/s$/);
    expect(lines[1]).toMatch(/^reindex outcomes: 3000\/3000 listings \(100%\), \d+ listings\/s$/);
    expect(out.text()).not.toContain('\u001b['); // no terminal control sequences
  });

  it('writes the last state held back when stopped', () => {
    const out = capture(false);
    const p = progress('ledger:rebuild', 'entries', out.stream);
    p.update(0, 10);
    p.update(4, 10);
    p.stop();
    expect(out.text().trim().split('\n').at(-1)).toMatch(/^ledger:rebuild: 4\/10 entries \(40%\)/);
  });
});
