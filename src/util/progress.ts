/**
 * Hashing progress for people: on a terminal, one line on stderr rewritten in place (bytes,
 * files, rate, ETA); in a CI log (GitHub Actions), a plain line every few seconds; nothing
 * otherwise, and nothing under --json or --quiet. Only fixed labels and numbers are written
 * (never a file name), so nothing untrusted reaches the terminal or the log.
 */
import type { HashProgress } from '../digest/hash-files.js';

export type ProgressMode = 'tty' | 'log' | 'off';

export interface ProgressEnv {
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  /** --json or --quiet. */
  quiet: boolean;
}

/** Terminal: a live line; GitHub Actions: a log line every few seconds; otherwise nothing. */
export function progressMode(e: ProgressEnv): ProgressMode {
  if (e.quiet) return 'off';
  if (e.isTTY) return 'tty';
  if (e.env['GITHUB_ACTIONS'] === 'true') return 'log';
  return 'off';
}

export interface Reporter {
  update(p: HashProgress): void;
  /** Clears the live line; in log mode, a last line if any was written. */
  done(): void;
}

export interface ReporterOptions {
  mode: ProgressMode;
  /** What is being hashed: 'workload', 'outputs', ... */
  label: string;
  write: (s: string) => void;
  now?: () => number;
  /** Log mode: at most one line per this many ms (default 5000). */
  logIntervalMs?: number;
}

/** How often digestTree should report for a mode (ms). */
export function progressInterval(mode: ProgressMode): number {
  return mode === 'tty' ? 200 : 1000;
}

export function createReporter(o: ReporterOptions): Reporter {
  const now = o.now ?? (() => Date.now());
  const logEvery = o.logIntervalMs ?? 5000;
  const t0 = now();
  let hashStart: number | null = null;
  let lastLog = t0;
  let logged = false;
  let shown = false;
  let last: HashProgress | null = null;
  return {
    update(p) {
      if (o.mode === 'off') return;
      last = p;
      const t = now();
      if (p.phase === 'hash' && hashStart === null) hashStart = t;
      const line = formatProgress(o.label, p, hashStart === null ? 0 : t - hashStart);
      if (o.mode === 'tty') {
        o.write(`\r\x1b[K${line}`);
        shown = true;
      } else if (t - lastLog >= logEvery) {
        o.write(line + '\n');
        lastLog = t;
        logged = true;
      }
    },
    done() {
      if (o.mode === 'tty' && shown) o.write('\r\x1b[K');
      if (o.mode === 'log' && logged && last) {
        const ms = now() - (hashStart ?? t0);
        o.write(`${o.label}: hashed ${count(last.done)} ${last.unit}, ${bytes(last.bytesDone)} in ${seconds(ms)}\n`);
      }
    },
  };
}

/** One progress line (no trailing newline). `hashMs`: time since hashing began. */
export function formatProgress(label: string, p: HashProgress, hashMs: number): string {
  if (p.phase === 'walk') return `${label}: listing, ${count(p.done)} files so far`;
  const pct = p.bytesTotal > 0 ? Math.floor((100 * p.bytesDone) / p.bytesTotal) : p.total ? Math.floor((100 * p.done) / p.total) : 100;
  const parts = [`${label}: ${bytes(p.bytesDone)} / ${bytes(p.bytesTotal)} (${pct}%)`, `${count(p.done)} / ${count(p.total ?? 0)} ${p.unit}`];
  if (hashMs >= 500 && p.bytesDone > 0) {
    const rate = p.bytesDone / (hashMs / 1000);
    parts.push(`${bytes(rate)}/s`);
    parts.push(`ETA ${seconds(((p.bytesTotal - p.bytesDone) / rate) * 1000)}`);
  }
  return parts.join(', ');
}

function count(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** Decimal units, as disk and network rates are quoted. */
export function bytes(n: number): string {
  if (n < 1000) return `${Math.round(n)} B`;
  const units = ['kB', 'MB', 'GB', 'TB', 'PB'];
  let v = n / 1000;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  return `${v.toFixed(v < 10 ? 2 : v < 100 ? 1 : 0)} ${units[u]}`;
}

function seconds(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min`;
}

/** What a caller passes down: one reporter per tree, made when that tree starts. */
export type ProgressHook = (label: string) => { onProgress: (p: HashProgress) => void; progressIntervalMs: number; done: () => void };

/** A hook for a mode, writing to `write` (stderr for the CLI, the log for the Action). */
export function progressHook(mode: ProgressMode, write: (s: string) => void): ProgressHook | undefined {
  if (mode === 'off') return undefined;
  return (label) => {
    const r = createReporter({ mode, label, write });
    return { onProgress: (p) => r.update(p), progressIntervalMs: progressInterval(mode), done: () => r.done() };
  };
}

/** Run one tree's hashing with its reporter (if any), and finish the reporter whatever happens. */
export async function tracked<T>(
  hook: ProgressHook | undefined,
  label: string,
  run: (p: { onProgress?: (p: HashProgress) => void; progressIntervalMs?: number }) => Promise<T>,
): Promise<T> {
  const h = hook?.(label);
  try {
    return await run(h ? { onProgress: h.onProgress, progressIntervalMs: h.progressIntervalMs } : {});
  } finally {
    h?.done();
  }
}
