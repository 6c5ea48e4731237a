import { readFileSync } from 'node:fs';
import { cpuByCommand, cpuPerUnit, processCpuMs } from './report.js';

describe('cpuPerUnit', () => {
  it('divides what each command used between the readings by the units of work', () => {
    const before = new Map([
      ['postgres', 1000],
      ['node', 500],
    ]);
    const after = new Map([
      ['postgres', 2600],
      ['node', 4000],
      ['redis-server', 30],
    ]);
    expect(cpuPerUnit(before, after, 1000)).toEqual({ postgres: 1.6, node: 3.5, 'redis-server': 0.03 });
  });

  it('leaves out commands that used nothing meanwhile', () => {
    const reading = new Map([['bash', 120]]);
    expect(cpuPerUnit(reading, new Map(reading), 10)).toEqual({});
  });
});

describe('reading /proc', () => {
  it('finds this process under its command and never goes backwards', () => {
    const first = processCpuMs(process.pid);
    let spin = 0;
    for (let i = 0; i < 2e7; i++) spin += i % 7;
    expect(spin).toBeGreaterThan(0);
    const own = processCpuMs(process.pid);
    expect(own).toBeGreaterThanOrEqual(first);
    // The command is `node`, or `MainThread` on Node.js 24, which names its main thread so.
    const command = readFileSync(`/proc/${process.pid}/comm`, 'utf8').trim();
    expect(cpuByCommand().get(command)).toBeGreaterThanOrEqual(own);
  });
});
