/**
 * The one way this tool reads a file (docs/safety.md, "Reading files").
 *
 * Every file is checked before it is opened and again through the opened descriptor: only a regular
 * file is read. A FIFO, socket, character or block device (`/dev/zero`, `/dev/stdin`), a directory,
 * or (where the caller asks for it) a symlink is refused with a coded InputError that names the file,
 * so the CLI prints one line and exits 2. The open uses O_NONBLOCK, so a name swapped for a FIFO
 * between the check and the open cannot block, and O_NOFOLLOW when symlinks are refused. Reading
 * stops at `maxBytes`: a file that is larger (by its size, or by what it yields) is refused with a
 * "larger than N" error before its contents are held in memory.
 *
 * A guard test (__tests__/read-file.test.ts) fails when any other module under src/ calls
 * readFile / readFileSync / createReadStream directly.
 */
import { constants, fstatSync, lstatSync, openSync, closeSync, readSync, statSync, type Stats } from 'node:fs';
import { InputError, q } from './errors.js';

const KiB = 1024;
const MiB = 1024 * KiB;

/** Size caps, one per kind of file the tool reads; each is far above any genuine file of the kind. */
export const READ_LIMITS = {
  /** A policy YAML file. */
  policy: 1 * MiB,
  /** Claim-linter rules YAML (--claim-rules, lint --rules). */
  claimRules: 1 * MiB,
  /** User text to lint (--claims, lint FILE, lint on stdin). */
  claimText: 4 * MiB,
  /** --benchmark result file (copied into the receipt directory). */
  benchmark: 64 * MiB,
  /** One --certs file (PEM or DER). */
  cert: 1 * MiB,
  /** One --rim file (an NVIDIA RIM, a SWID tag of some tens of KiB). */
  rim: 4 * MiB,
  /** One file of --collateral (TCB info, QE identity, CRLs). */
  collateral: 16 * MiB,
  /** --input-key-file. */
  inputKey: 64 * KiB,
  /** One evidence file (quote, report, token set, evidence list). */
  evidence: 64 * MiB,
  /** receipt.json. */
  receipt: 64 * MiB,
  /** A manifest or other file inside a receipt directory (a manifest lists every file of a tree). */
  receiptDirFile: 512 * MiB,
  /** An OIDC key set (JWKS) or a saved OIDC token. */
  jwks: 1 * MiB,
  /** One PEM file of a --trust-roots directory. */
  trustRoot: 1 * MiB,
  /** The GitHub event payload (GITHUB_EVENT_PATH). */
  event: 64 * MiB,
  /** A configfs-tsm attribute (outblob, provider, generation). */
  configfs: 16 * MiB,
} as const;

export interface ReadOptions {
  /** Refuse a file larger than this many bytes. */
  maxBytes: number;
  /** What the file is, for messages: "policy file", "evidence file", "receipt". */
  what: string;
  /** The name shown in messages (as the user gave it); default the path. */
  shown?: string;
  /** Refuse a symlink instead of following it (files inside a receipt directory). Default false. */
  noFollow?: boolean;
}

/** "64 MiB", "1 KiB", "512 bytes". */
export function formatBytes(n: number): string {
  if (n >= MiB && n % MiB === 0) return `${n / MiB} MiB`;
  if (n >= KiB && n % KiB === 0) return `${n / KiB} KiB`;
  return `${n} bytes`;
}

function label(path: string, o: ReadOptions): string {
  return `${o.what} ${q(o.shown ?? path)}`;
}

function tooLarge(path: string, o: ReadOptions): InputError {
  return new InputError('FILE_TOO_LARGE', `${label(path, o)} is larger than ${formatBytes(o.maxBytes)}`);
}

function errnoError(e: unknown, path: string, o: ReadOptions): Error {
  if (e instanceof InputError) return e;
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return new InputError('PATH_MISSING', `${label(path, o)} does not exist`);
    case 'ENOTDIR':
      return new InputError('PATH_MISSING', `${label(path, o)} does not exist (a part of the path is not a directory)`);
    case 'ELOOP':
      return new InputError('SYMLINK', o.noFollow ? `${label(path, o)} is a symlink, which is not allowed here` : `${label(path, o)} is a symlink loop`);
    case 'EISDIR':
      return new InputError('PATH_KIND', `${label(path, o)} is a directory, expected a regular file`);
    case 'EACCES':
    case 'EPERM':
      return new InputError('PATH_UNREADABLE', `${label(path, o)} cannot be read (permission denied)`);
    default:
      return new InputError('PATH_UNREADABLE', `${label(path, o)} cannot be read (${code ?? String(e)})`);
  }
}

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSymbolicLink()) return 'a symlink';
  return 'not a regular file';
}

/** Throws unless `st` is a regular file within the cap. */
function checkStat(st: Stats, path: string, o: ReadOptions): void {
  if (st.isSymbolicLink()) throw new InputError('SYMLINK', `${label(path, o)} is a symlink, which is not allowed here`);
  if (!st.isFile()) throw new InputError('PATH_KIND', `${label(path, o)} is ${kindOf(st)}, expected a regular file`);
  if (st.size > o.maxBytes) throw tooLarge(path, o);
}

function sameFile(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

function openFlags(o: ReadOptions): number {
  return constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (o.noFollow ? (constants.O_NOFOLLOW ?? 0) : 0);
}

function checkOptions(path: string, o: ReadOptions): void {
  if (typeof path !== 'string' || path === '') throw new InputError('USAGE', `empty path for ${o.what}`);
  if (!Number.isSafeInteger(o.maxBytes) || o.maxBytes < 0) throw new TypeError('readRegularFile: maxBytes must be a non-negative integer');
}

/**
 * Read a regular file whole, at most `maxBytes` bytes. The file is stat'ed before it is opened (a
 * device or FIFO is never opened) and fstat'ed after (it must be the same regular file). Reading
 * stops one byte past the cap, so a file that grows, or a file whose size the kernel does not
 * report (configfs, procfs), is still bounded.
 */
export function readRegularFileSync(path: string, o: ReadOptions): Buffer {
  checkOptions(path, o);
  let before: Stats;
  try {
    before = o.noFollow ? lstatSync(path) : statSync(path);
  } catch (e) {
    throw errnoError(e, path, o);
  }
  checkStat(before, path, o);
  let fd: number;
  try {
    fd = openSync(path, openFlags(o));
  } catch (e) {
    throw errnoError(e, path, o);
  }
  try {
    const st = fstatSync(fd);
    checkStat(st, path, o);
    if (!sameFile(before, st)) throw new InputError('FILE_CHANGED', `${label(path, o)} changed while being opened`);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const want = Math.min(Math.max(st.size - total, 64 * KiB), o.maxBytes + 1 - total, 16 * MiB);
      const buf = Buffer.allocUnsafe(want);
      const n = readSync(fd, buf, 0, want, null);
      if (n === 0) break;
      total += n;
      if (total > o.maxBytes) throw tooLarge(path, o);
      chunks.push(n === want ? buf : buf.subarray(0, n));
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } catch (e) {
    throw errnoError(e, path, o);
  } finally {
    try {
      closeSync(fd);
    } catch {
      /* already failed */
    }
  }
}

/**
 * readRegularFileSync for async callers. The reads are synchronous on purpose: only regular files
 * are ever opened, so a read cannot block on a pipe or device, and one code path is easier to trust
 * than two.
 */
export async function readRegularFile(path: string, o: ReadOptions): Promise<Buffer> {
  return readRegularFileSync(path, o);
}

/** readRegularFile decoded as UTF-8. */
export async function readRegularText(path: string, o: ReadOptions): Promise<string> {
  return (await readRegularFile(path, o)).toString('utf8');
}

/**
 * Read a stream (stdin) under the same cap: a pipe that never ends stops at `maxBytes` with the
 * same "larger than N" error instead of growing without bound.
 */
export async function readStreamCapped(stream: AsyncIterable<unknown>, o: Omit<ReadOptions, 'noFollow'>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of stream) {
    const b = Buffer.isBuffer(c) ? c : Buffer.from(String(c), 'utf8');
    total += b.length;
    if (total > o.maxBytes) throw new InputError('FILE_TOO_LARGE', `${o.what}${o.shown ? ` ${q(o.shown)}` : ''} is larger than ${formatBytes(o.maxBytes)}`);
    chunks.push(b);
  }
  return Buffer.concat(chunks, total);
}
