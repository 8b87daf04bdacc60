import { vi } from 'vitest';
import { runCommand } from '../../src/cli/commands.js';

/** Run one CLI command in-process, capturing what it writes to stdout. */
export async function cli(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
    out += typeof s === 'string' ? s : Buffer.from(s).toString('utf8');
    return true;
  });
  try {
    const code = await runCommand(args[0]!, args.slice(1));
    return { code, out };
  } finally {
    spy.mockRestore();
  }
}
