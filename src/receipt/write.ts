import { randomBytes } from 'node:crypto';
import { lstatSync, readdirSync, realpathSync, type Stats } from 'node:fs';
import { mkdir, rename, rm, rmdir, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { DEFAULT_IGNORES } from '../digest/names.js';
import { InputError, q } from '../util/errors.js';
import { readRegularFileSync } from '../util/read-file.js';

/**
 * Writing the receipt directory (docs/safety.md, "The output directory"). compute-receipt never
 * deletes what it did not write:
 * - the output may not be, contain or lie inside the working directory's root or a hashed path;
 * - it may not be a symlink (dangling or not);
 * - an existing directory is replaced only when every file in it is listed in its
 *   `.compute-receipt-files.json`, the list create writes of every file it put there;
 * - the new directory is written to a staging directory beside it (receipt.json last), then swapped
 *   in by two renames; only the files the old list names are then removed.
 * Leftovers of a killed run (`.<out>.compute-receipt-staging-<hex>` holding a staging mark whose
 * process is gone, `.<out>.compute-receipt-old-<hex>` holding only listed files) are cleaned by the
 * next run; an old receipt directory left by a kill between the two renames is put back.
 */

/** One file of the receipt directory: a relative path with '/' separators, and its bytes. */
export interface OutFile {
  path: string;
  bytes: Uint8Array | string;
}

export const RECEIPT = 'receipt.json';
/** Every file create wrote into a receipt directory: exactly what a later run may replace. */
export const WRITTEN_LIST = '.compute-receipt-files.json';
/** Present in a staging directory while a live run writes it: which process, on which host. */
export const STAGING_MARK = '.compute-receipt-staging.json';
const WRITER = 'compute-receipt';
const LEFTOVER = /^(staging|old)-[0-9a-f]{12}$/;
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Paths the output must stay clear of. */
export interface OutGuard {
  /** The working directory: the output may not be it or one of its parents. */
  cwd: string;
  /** Hashed paths (absolute) by flag: the output may not be, contain, or lie inside any of them. */
  hashed: {
    flag: string;
    path: string;
    shown: string;
    /** The --ignore names: an output inside the tree but ignored is not hashed. */
    ignore?: readonly string[];
    /** Resource names start with the root's basename (several paths for one flag). */
    prefixed?: boolean;
  }[];
}

export interface WriteOptions {
  /** The output as the user named it, for messages. */
  shown?: string;
  guard?: OutGuard;
  /** The file written last, whose presence means the directory is complete (default receipt.json; compare writes compare.json). */
  last?: string;
}

function within(parent: string, child: string): boolean {
  return child.startsWith(parent.endsWith(sep) ? parent : parent + sep);
}

/** realpath of the longest existing prefix, with the rest appended (the output may not exist yet). */
function realOf(p: string): string {
  const rest: string[] = [];
  let cur = p;
  for (;;) {
    try {
      return join(realpathSync(cur), ...rest.reverse());
    } catch {
      const up = dirname(cur);
      if (up === cur) return p;
      rest.push(basename(cur));
      cur = up;
    }
  }
}

function lstatOrNull(p: string, shown: string): Stats | null {
  try {
    return lstatSync(p);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    if (code === 'ENOTDIR') throw new InputError('PATH_KIND', `output path ${q(shown)}: a part of it is not a directory`);
    throw new InputError('PATH_UNREADABLE', `output path ${q(shown)} cannot be checked (${code ?? String(e)})`);
  }
}

/**
 * Refuse an output path create must not write to, before anything is hashed and again before the
 * write: empty, a symlink, not a directory, the working directory or one of its parents, or a path
 * that is, contains or lies inside a hashed path (its receipt could never verify, and replacing it
 * would delete what was hashed).
 */
export function checkOutPath(out: string, shown: string, guard?: OutGuard): void {
  if (out === '') throw new InputError('USAGE', 'empty path for --out');
  const target = resolve(out);
  const st = lstatOrNull(target, shown);
  if (st?.isSymbolicLink()) {
    let to = '';
    try {
      realpathSync(target);
    } catch {
      to = ' that points to nothing';
    }
    throw new InputError('OUT_UNSAFE', `--out ${q(shown)} is a symlink${to}; give a directory path that is not a symlink`);
  }
  if (st && !st.isDirectory()) throw new InputError('PATH_KIND', `--out ${q(shown)} exists and is not a directory`);
  if (!guard) return;
  const real = realOf(target);
  const cwd = realOf(resolve(guard.cwd));
  if (real === cwd || within(real, cwd)) {
    throw new InputError(
      'OUT_UNSAFE',
      `--out ${q(shown)} is ${real === cwd ? 'the working directory' : 'a parent of the working directory'}; give a directory of its own, such as compute-receipt`,
    );
  }
  for (const h of guard.hashed) {
    const hr = realOf(h.path);
    const how = real === hr ? 'is' : within(hr, real) && !ignoredIn(h, hr, real) ? 'lies inside' : within(real, hr) ? 'contains' : null;
    if (how) {
      throw new InputError('OUT_UNSAFE', `--out ${q(shown)} ${how} the hashed ${h.flag} path ${q(h.shown)}; write the receipt outside what is hashed`);
    }
  }
}

/** Whether `real` (inside the tree rooted at `root`) is left out of the tree by an ignore path. */
function ignoredIn(h: OutGuard['hashed'][number], root: string, real: string): boolean {
  const rel = real.slice(root.length).split(sep).filter(Boolean);
  if (DEFAULT_IGNORES.includes(rel[0]!)) return true;
  const name = [...(h.prefixed ? [basename(root)] : []), ...rel].join('/');
  return (h.ignore ?? []).some((raw) => {
    const i = raw.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
    return i !== '' && (name === i || name.startsWith(i + '/'));
  });
}

/** The files a receipt directory's list names, or null when it has no valid list. */
function writtenList(dir: string): Set<string> | null {
  let j: unknown;
  try {
    j = JSON.parse(readRegularFileSync(join(dir, WRITTEN_LIST), { maxBytes: 1024 * 1024, what: 'file list', noFollow: true }).toString('utf8'));
  } catch {
    return null;
  }
  const files = (j as { files?: unknown } | null)?.files;
  if ((j as { written_by?: unknown } | null)?.written_by !== WRITER || !Array.isArray(files)) return null;
  if (!files.every((f): f is string => typeof f === 'string' && safeRel(f))) return null;
  return new Set(files);
}

function safeRel(p: string): boolean {
  return p !== '' && !isAbsolute(p) && !p.includes('\\') && p.split('/').every((s) => s !== '' && s !== '.' && s !== '..');
}

/** The first entry (in name order) of `dir` that its list does not name, or null when everything is ours. */
export function firstForeign(dir: string): string | null {
  const listed = writtenList(dir) ?? new Set<string>();
  const dirs = new Set<string>();
  for (const f of listed) {
    const parts = f.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  const visit = (rel: string): string | null => {
    let names: string[];
    try {
      names = readdirSync(rel === '' ? dir : join(dir, ...rel.split('/'))).sort();
    } catch {
      return rel || '.';
    }
    for (const n of names) {
      const r = rel === '' ? n : `${rel}/${n}`;
      let st: Stats;
      try {
        st = lstatSync(join(dir, ...r.split('/')));
      } catch {
        return r;
      }
      if (st.isFile() && listed.has(r)) continue;
      if (st.isDirectory() && dirs.has(r)) {
        const inner = visit(r);
        if (inner !== null) return inner;
        continue;
      }
      return r;
    }
    return null;
  };
  return visit('');
}

function refuseForeign(target: string, shown: string): void {
  if (lstatOrNull(target, shown) === null) return;
  const foreign = firstForeign(target);
  if (foreign !== null) {
    throw new InputError(
      'OUT_UNSAFE',
      `--out ${q(shown)} holds ${q(foreign)}, which compute-receipt did not write; it replaces only its own receipt directories (move that away or choose another --out)`,
    );
  }
}

/** Everything create checks about the output before it hashes anything (and again before writing). */
export function checkOut(out: string, shown: string, guard?: OutGuard): void {
  checkOutPath(out, shown, guard);
  refuseForeign(resolve(out), shown);
}

/** Remove the files a directory's list names, then its emptied directories; anything else stays. */
async function removeWritten(dir: string): Promise<void> {
  const listed = writtenList(dir) ?? new Set<string>();
  const dirs = new Set<string>();
  for (const f of listed) {
    if (f === WRITTEN_LIST) continue;
    try {
      if (lstatSync(join(dir, ...f.split('/'))).isFile()) await unlink(join(dir, ...f.split('/')));
    } catch {
      /* already gone */
    }
    const parts = f.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  await unlink(join(dir, WRITTEN_LIST)).catch(() => undefined);
  for (const d of [...dirs].sort((a, b) => b.length - a.length)) await rmdir(join(dir, ...d.split('/'))).catch(() => undefined);
  await rmdir(dir).catch(() => undefined);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function stagingMark(dir: string): { pid: number; host: string } | null {
  try {
    const j = JSON.parse(readRegularFileSync(join(dir, STAGING_MARK), { maxBytes: 4096, what: 'staging mark', noFollow: true }).toString('utf8')) as {
      written_by?: unknown;
      pid?: unknown;
      host?: unknown;
    };
    if (j.written_by !== WRITER || !Number.isSafeInteger(j.pid) || typeof j.host !== 'string') return null;
    return { pid: j.pid as number, host: j.host };
  } catch {
    return null;
  }
}

/**
 * Clean what killed runs left beside `target`: staging directories whose writer is gone, and old
 * receipt directories (put back when `target` is missing, else emptied of their listed files).
 * Only names of the form `.<base>.compute-receipt-(staging|old)-<12 hex>` are considered.
 */
export async function cleanLeftovers(target: string): Promise<void> {
  const parent = dirname(target);
  const prefix = `.${basename(target)}.compute-receipt-`;
  let names: string[];
  try {
    names = readdirSync(parent).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const m = name.startsWith(prefix) ? LEFTOVER.exec(name.slice(prefix.length)) : null;
    if (!m) continue;
    const p = join(parent, name);
    try {
      if (!lstatSync(p).isDirectory()) continue;
    } catch {
      continue;
    }
    const mark = stagingMark(p);
    if (mark) {
      if (mark.host !== hostname() || alive(mark.pid)) continue;
      await rm(p, { recursive: true, force: true });
      continue;
    }
    if (m[1] === 'old' && writtenList(p) !== null && firstForeign(p) === null && lstatOrNull(target, target) === null) {
      await rename(p, target);
      continue;
    }
    await removeWritten(p);
  }
}

/** Defer SIGINT/SIGTERM/SIGHUP while the directory is written; the write stops cleanly, then the signal is re-raised. */
function deferSignals(): { pending: () => NodeJS.Signals | null; release: () => void } {
  let pending: NodeJS.Signals | null = null;
  const handler = (sig: NodeJS.Signals) => {
    pending ??= sig;
  };
  for (const s of SIGNALS) process.on(s, handler);
  return {
    pending: () => pending,
    release: () => {
      for (const s of SIGNALS) process.off(s, handler);
      if (pending) {
        process.kill(process.pid, pending);
        process.exit(128 + (pending === 'SIGINT' ? 2 : pending === 'SIGTERM' ? 15 : 1));
      }
    },
  };
}

class Interrupted extends Error {}

/**
 * Write the receipt directory so a reader only ever sees the old complete directory or the new
 * complete one: files, then the list, then receipt.json go to a staging directory beside `out`,
 * which is swapped in. Returns the path of the new receipt.json.
 */
export async function writeReceiptDir(out: string, files: OutFile[], receiptJson: string, opts: WriteOptions = {}): Promise<string> {
  const target = resolve(out);
  const shown = opts.shown ?? out;
  const names = files.map((f) => f.path);
  const last = opts.last ?? RECEIPT;
  for (const n of names) {
    if (!safeRel(n) || n === last || n === WRITTEN_LIST || n === STAGING_MARK) throw new Error(`writeReceiptDir: bad file path ${q(n)}`);
  }
  if (new Set(names).size !== names.length) throw new Error('writeReceiptDir: a file path is given twice');
  checkOutPath(target, shown, opts.guard);
  await mkdir(dirname(target), { recursive: true });
  await cleanLeftovers(target);
  refuseForeign(target, shown);
  const existed = lstatOrNull(target, shown) !== null;
  const tag = randomBytes(6).toString('hex');
  const staging = join(dirname(target), `.${basename(target)}.compute-receipt-staging-${tag}`);
  const old = join(dirname(target), `.${basename(target)}.compute-receipt-old-${tag}`);
  const list = JSON.stringify({ written_by: WRITER, files: [...names, last, WRITTEN_LIST].sort() }) + '\n';
  const signals = deferSignals();
  const stopIfSignalled = () => {
    if (signals.pending()) throw new Interrupted();
  };
  try {
    try {
      await mkdir(staging);
      await writeFile(join(staging, STAGING_MARK), JSON.stringify({ written_by: WRITER, pid: process.pid, host: hostname() }), { flag: 'wx' });
      for (const f of files) {
        stopIfSignalled();
        await writeAtomic(join(staging, ...f.path.split('/')), f.bytes);
      }
      await writeAtomic(join(staging, WRITTEN_LIST), list);
      await writeAtomic(join(staging, last), receiptJson);
      stopIfSignalled();
      await unlink(join(staging, STAGING_MARK));
      // From here the swap runs to its end; a signal is acted on after it (signals.release).
      if (existed) await rename(target, old);
      try {
        await rename(staging, target);
      } catch (e) {
        if (existed) await rename(old, target);
        throw e;
      }
    } catch (e) {
      await rm(staging, { recursive: true, force: true });
      // Interrupted: release() below ends the process by the signal that came.
      if (!(e instanceof Interrupted)) throw e;
    }
    if (existed) await removeWritten(old);
  } finally {
    signals.release();
  }
  return join(target, last);
}

/** Write to a temporary name in the same directory, then rename over the final name. */
export async function writeAtomic(path: string, bytes: Uint8Array | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${randomBytes(6).toString('hex')}`;
  try {
    await writeFile(tmp, bytes, { flag: 'wx', mode: 0o644 });
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}
