/**
 * Progress of long commands on stderr (stdout keeps the command's result): a bar with rate and
 * time left on a terminal (cli-progress), plain lines every few seconds when not on one (logs, CI).
 */
import cliProgress from 'cli-progress';

export interface Progress {
  /** `done` of `total` units so far. */
  update(done: number, total: number): void;
  stop(): void;
}

const PLAIN_EVERY_MS = 2000;

export function progress(label: string, unit: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = Date.now();
  const rate = (done: number) => {
    const seconds = (Date.now() - started) / 1000;
    return seconds > 0 ? done / seconds : 0;
  };
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: `${label} [{bar}] {percentage}% | {value}/{total} ${unit} | {rate} ${unit}/s | 剩余 {eta_formatted}`,
        hideCursor: true,
        etaBuffer: 50,
        fps: 10,
      },
      cliProgress.Presets.shades_classic,
    );
    let begun = false;
    return {
      update(done, total) {
        if (!begun) bar.start(total, done, { rate: '0' });
        begun = true;
        bar.setTotal(total);
        bar.update(done, { rate: rate(done).toFixed(0) });
      },
      stop() {
        if (begun) bar.stop();
      },
    };
  }
  let last = 0;
  let latest: [number, number] | undefined;
  const line = (done: number, total: number) => {
    const r = rate(done);
    const left = r > 0 && total > done ? `, about ${Math.ceil((total - done) / r)} s left` : '';
    const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
    stream.write(`${label}: ${done}/${total} ${unit} (${percent}%), ${r.toFixed(0)} ${unit}/s${left}\n`);
  };
  return {
    update(done, total) {
      latest = [done, total];
      if (Date.now() - last >= PLAIN_EVERY_MS || (done >= total && total > 0)) {
        last = Date.now();
        line(done, total);
        latest = undefined;
      }
    },
    stop() {
      if (latest) line(...latest);
    },
  };
}
