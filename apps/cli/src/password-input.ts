/**
 * A command's password: from CLI_PASSWORD, otherwise the first line of standard input (piped,
 * or typed at a prompt that does not echo). Never from the command line, where it would show
 * in `ps` and in the shell's history.
 */
import { createInterface } from 'node:readline';

export async function readPassword(fromEnv: string | undefined, input: NodeJS.ReadStream = process.stdin): Promise<string> {
  if (fromEnv) return fromEnv;
  const prompt = input.isTTY;
  if (prompt) process.stderr.write('密码 (password): ');
  const rl = createInterface({ input, terminal: false });
  try {
    for await (const line of rl) {
      if (prompt) process.stderr.write('\n');
      return line.replace(/\r$/, '');
    }
  } finally {
    rl.close();
  }
  throw new Error('no password: set CLI_PASSWORD or pass it on standard input');
}

/** Commander option for `--password`: refused with the reason, so that old scripts fail loudly. */
export function refusePasswordOption(): never {
  throw new Error(
    '--password is not taken on the command line (it would show in ps and the shell history): set CLI_PASSWORD or pipe it on stdin',
  );
}
