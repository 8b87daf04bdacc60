// Terminal manners: colour and symbols only on a terminal, never with NO_COLOR set
// (https://no-color.org) or TERM=dumb; plain text in logs, pipes and under --json.

export interface Style {
  /** True when colour and symbols are in use. */
  readonly rich: boolean;
  ok(s: string): string;
  bad(s: string): string;
  warn(s: string): string;
  bold(s: string): string;
  dim(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

export const PLAIN: Style = { rich: false, ok: (s) => s, bad: (s) => s, warn: (s) => s, bold: (s) => s, dim: (s) => s };

const RICH: Style = { rich: true, ok: wrap(32, 39), bad: wrap(31, 39), warn: wrap(33, 39), bold: wrap(1, 22), dim: wrap(2, 22) };

export function styleFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): Style {
  if (stream.isTTY !== true) return PLAIN;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return PLAIN;
  if (env['TERM'] === 'dumb') return PLAIN;
  return RICH;
}

/** "1 file", "2 files"; `plural` for irregular words ("mismatch" -> "mismatches"). */
export function count(n: number, word: string, plural = `${word}s`): string {
  return `${n} ${n === 1 ? word : plural}`;
}
