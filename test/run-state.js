import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Global setup and teardown run in the jest parent process: its pid names the file, so
// parallel runs never share one.
export const STATE_FILE = join(tmpdir(), `techmarket-test-run-${process.pid}.json`);
