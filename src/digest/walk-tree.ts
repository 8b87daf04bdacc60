import * as fs from 'node:fs';
import { lstatSync, readdirSync, realpathSync, statSync, type BigIntStats, type Dirent } from 'node:fs';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import * as path from 'node:path';
import { InputError, type InputErrorCode } from '../util/errors.js';
import type { FileJob } from './hash-files.js';
import { STAT_NUMS, STAT_SOURCE } from './hash-file-source.js';
import { DEFAULT_IGNORES, checkName, compareCodePoints, decodeEntryName, displayName, sortByName, type ResourceOrder } from './names.js';

/** A file of the tree: its resource name and what the hasher needs. */
export interface WalkedFile extends FileJob {
  name: string;
}

export interface WalkOptions {
  allowSymlinks: boolean;
  /** Normalized exact resource names (or directory prefixes) to leave out. */
  ignore: ReadonlySet<string>;
  /** How the returned files are ordered. */
  order: ResourceOrder;
  /** Sees every file as it is found, before its identity is known (size is UNKNOWN_SIZE). */
  onFile?: (f: WalkedFile) => void;
  /**
   * lstat a batch of paths (default: on this thread): [size, mtimeNs, dev, ino] per path, and
   * the failures. The digest engine passes its worker pool here, so big trees are stat'ed on
   * every core while the walk goes on.
   */
  statPaths?: (paths: string[], first: boolean) => StatReply | Promise<StatReply>;
  /** Called once every directory is listed, before the walk waits for the last stat batches. */
  onListed?: () => void;
  /** Files per stat batch (default 1,024). */
  statBatch?: number;
  /**
   * Sees every file listed by entry type once its identity is known, unless statPaths hashed it
   * too (then its digest is kept with it: copyDigest).
   */
  onIdentified?: (f: WalkedFile, at: number) => void;
}

export interface StatReply {
  /** [size, mtimeNs, dev, ino] per path. */
  nums: BigInt64Array;
  /** Failures: a stat failure has a code only; a hashing failure has a reason too. */
  errs: { k: number; code: string; reason?: string }[];
  /** When the batch was also hashed: 32 digest bytes per path, valid where hashed[k] is 1. */
  digests?: Uint8Array;
  hashed?: Uint8Array;
}

/** Size of a file listed by its directory entry type, until its lstat comes back. */
export const UNKNOWN_SIZE = -1n;
/** Files listed by entry type are stat'ed in batches of this many. */
const STAT_BATCH = 1024;
/**
 * A directory with at most this many entries is "sparse": its files are identified first (ahead
 * of those of larger directories still queued), so that large files, which in model trees sit in
 * directories of few entries (weights beside tokenizer or data directories of thousands), are
 * found, and start hashing, early instead of after every small file listed before them.
 */
const SPARSE_DIR = 64;

type StatBatchFn = (f: typeof fs, paths: string[], nums: BigInt64Array) => { k: number; code: string }[];
let inlineStatBatch: StatBatchFn | undefined;

/** lstat on this thread, with the same code the workers run. */
export function statPathsInline(paths: string[]): StatReply {
  inlineStatBatch ??= new Function(`${STAT_SOURCE}\nreturn statBatch;`)() as StatBatchFn;
  const nums = new BigInt64Array(paths.length * STAT_NUMS);
  return { nums, errs: inlineStatBatch(fs, paths, nums) };
}

export interface WalkResult {
  files: WalkedFile[];
  kind: 'directory' | 'file';
  name: string;
}

/**
 * List the regular files of one or more roots (DESIGN §2), validating every name and rejecting
 * what cannot be hashed (symlinks unless allowed, FIFOs, sockets, devices) without opening it.
 * Files are returned sorted by name in `opts.order`. Errors are deterministic: the
 * first offender in walk order (entries visited in code-point order).
 *
 * The file-system calls are synchronous (measured: 2-4x faster than fs/promises for a tree of
 * many small files, where the walk costs as much as the hashing); the walk yields to the event
 * loop after each directory so it never blocks for long.
 */
export async function walkTree(paths: readonly string[], opts: WalkOptions): Promise<WalkResult> {
  if (paths.length === 0) throw new InputError('USAGE', 'no path to hash');
  const roots = paths.map((p) => {
    if (typeof p !== 'string' || p === '') throw new InputError('USAGE', 'empty path to hash');
    const abs = path.resolve(p);
    return { given: p, abs, base: path.basename(abs) };
  });
  const multi = roots.length > 1;
  const seen = new Map<string, string>();
  for (const r of roots) {
    if (multi) {
      if (r.base === '') throw new InputError('USAGE', `cannot prefix resource names with the basename of ${displayName(r.given)}`);
      const other = seen.get(r.base);
      if (other !== undefined) {
        throw new InputError('DUPLICATE_ROOT', `two paths share the basename ${displayName(r.base)}: ${displayName(other)} and ${displayName(r.given)}`);
      }
      seen.set(r.base, r.given);
    }
    checkName(r.base, r.given);
  }

  const files: WalkedFile[] = [];
  const ident = new Identifier(opts);
  const store = new DigestStore();
  let kind: 'directory' | 'file' = 'directory';
  for (const r of roots) {
    const { st, real } = statRoot(r.given, r.abs, opts);
    if (st.isFile()) {
      if (!multi) kind = 'file';
      if (!opts.ignore.has(r.base)) {
        const f = fileOf(r.base, real, r.given, st);
        files.push(f);
        opts.onFile?.(f);
      }
    } else if (st.isDirectory()) {
      if (multi && opts.ignore.has(r.base)) continue;
      const walker = new DirWalker(opts, real, files, ident, store);
      await walker.walk(r.abs, multi ? r.base : '', path.normalize(r.given), [idOf(st)], true);
    } else {
      throw new InputError('PATH_KIND', `not a regular file or directory: ${displayName(r.given)}`);
    }
  }
  opts.onListed?.();
  await ident.finish();
  if (files.length === 0) {
    throw new InputError('TREE_EMPTY', `no files to hash in ${roots.map((r) => displayName(r.given)).join(', ')}`);
  }
  return {
    files: sortByName(files, (f) => f.name, opts.order),
    kind,
    name: roots.map((r) => r.base).join(','),
  };
}

function idOf(st: BigIntStats): string {
  return `${st.dev}:${st.ino}`;
}

function fileOf(name: string, openPath: string, display: string, st: BigIntStats): WalkedFile {
  return { name, path: openPath, display, size: st.size, mtimeNs: st.mtimeNs, dev: st.dev, ino: st.ino };
}

function fsError(e: unknown, display: string): Error {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new InputError('PATH_MISSING', `no such file or directory: ${displayName(display)}`);
    case 'EACCES':
    case 'EPERM':
      return new InputError('PATH_UNREADABLE', `permission denied: ${displayName(display)}`);
    case 'ELOOP':
      return new InputError('SYMLINK', `symlink loop: ${displayName(display)}`);
    default:
      return new InputError('PATH_UNREADABLE', `cannot read ${displayName(display)} (${code ?? String(e)})`);
  }
}

/** lstat a top-level path; follow it only if it is an allowed symlink. */
function statRoot(given: string, abs: string, opts: WalkOptions): { st: BigIntStats; real: string } {
  let st: BigIntStats;
  try {
    st = lstatSync(abs, { bigint: true });
  } catch (e) {
    throw fsError(e, given);
  }
  if (st.isSymbolicLink()) {
    if (!opts.allowSymlinks) throw new InputError('SYMLINK', `symlinks are not allowed: ${displayName(given)}`);
    try {
      const real = realpathSync(abs);
      return { st: statSync(real, { bigint: true }), real };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') throw new InputError('SYMLINK', `symlink loop: ${displayName(given)}`);
      if (code === 'ENOENT') throw new InputError('PATH_MISSING', `symlink points to nothing: ${displayName(given)}`);
      throw fsError(e, given);
    }
  }
  try {
    return { st, real: realpathSync(abs) };
  } catch (e) {
    throw fsError(e, given);
  }
}

class DirWalker {
  constructor(
    private readonly opts: WalkOptions,
    /** realpath of the root: allowed symlinks must resolve inside it. */
    private readonly rootReal: string,
    private readonly out: WalkedFile[],
    private readonly ident: Identifier,
    private readonly store: DigestStore,
  ) {}

  /**
   * @param dir path to read (through symlinked directories as walked)
   * @param rel resource-name prefix of this directory ('' at the root of a single path)
   * @param display the directory as the user would name it, for messages
   * @param ancestors dev:ino of every directory on the way down, to catch symlinked cycles
   */
  async walk(dir: string, rel: string, display: string, ancestors: string[], top: boolean): Promise<void> {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
      // Names come decoded as UTF-8, with U+FFFD for bytes that are not: where one appears, the
      // raw names decide (invalid UTF-8 is rejected). No Buffer per entry otherwise.
      if (entries.some((d) => d.name.includes('\ufffd'))) {
        for (const r of readdirSync(dir, { withFileTypes: true, encoding: 'buffer' })) decodeEntryName(r.name, display);
      }
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw fsError(e, display);
    }
    // Code-point order = the order of the names' UTF-8 bytes.
    entries.sort((a, b) => compareCodePoints(a.name, b.name));
    const sparse = entries.length <= SPARSE_DIR;
    const subdirs: { abs: string; full: string; disp: string; id: string }[] = [];
    const parent: ParentDir = {
      abs: dir.endsWith(path.sep) ? dir : dir + path.sep,
      display: display.endsWith(path.sep) ? display : display + path.sep,
      store: this.store,
    };
    for (const d of entries) {
      const name = d.name;
      checkName(name, display);
      if (top && DEFAULT_IGNORES.includes(name)) continue;
      const full = rel === '' ? name : `${rel}/${name}`;
      if (this.opts.ignore.has(full)) continue;
      if (d.isFile()) {
        // A regular file by its entry type: its identity comes later, in a batch (maybe on a
        // worker): statPaths lstats it, or opens, fstats and hashes it (files serialization).
        const f = new ListedFile(full, parent, name, this.out.length);
        this.out.push(f);
        this.ident.add(f, sparse);
        continue;
      }
      // Plain concatenation: dir and display are already normalized (path.join is measurably slow here).
      const abs = parent.abs + name;
      const disp = parent.display + name;
      const id = this.visit(abs, full, disp, ancestors);
      if (id !== null) subdirs.push({ abs, full, disp, id });
    }
    this.ident.flush(false);
    await yieldToLoop();
    for (const d of subdirs) {
      ancestors.push(d.id);
      await this.walk(d.abs, d.full, d.disp, ancestors, false);
      ancestors.pop();
    }
  }

  /** Record a file; for a directory, return its dev:ino so the caller descends into it. */
  private visit(abs: string, full: string, disp: string, ancestors: readonly string[]): string | null {
    let st: BigIntStats;
    try {
      st = lstatSync(abs, { bigint: true });
    } catch (e) {
      throw fsError(e, disp);
    }
    let openPath = abs;
    if (st.isSymbolicLink()) {
      if (!this.opts.allowSymlinks) throw new InputError('SYMLINK', `symlinks are not allowed: ${displayName(disp)}`);
      let real: string;
      try {
        real = realpathSync(abs);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ELOOP') throw new InputError('SYMLINK', `symlink loop: ${displayName(disp)}`);
        if (code === 'ENOENT') throw new InputError('SYMLINK', `symlink points to nothing: ${displayName(disp)}`);
        throw fsError(e, disp);
      }
      if (real !== this.rootReal && !real.startsWith(this.rootReal.endsWith(path.sep) ? this.rootReal : this.rootReal + path.sep)) {
        throw new InputError('SYMLINK', `symlink points outside the root: ${displayName(disp)}`);
      }
      try {
        st = statSync(real, { bigint: true });
      } catch (e) {
        throw fsError(e, disp);
      }
      openPath = real;
    }
    if (st.isFile()) {
      const f = fileOf(full, openPath, disp, st);
      this.out.push(f);
      this.opts.onFile?.(f);
      return null;
    }
    if (st.isDirectory()) {
      const id = idOf(st);
      if (ancestors.includes(id)) throw new InputError('SYMLINK', `symlink loop: ${displayName(disp)}`);
      return id;
    }
    throw new InputError('PATH_KIND', `not a regular file or directory: ${displayName(disp)}`);
  }
}

interface ParentDir {
  /** The directory's path and its path as the user named it, each ending with a separator. */
  abs: string;
  display: string;
  store: DigestStore;
}

const NONE = 0;
const QUEUED = 1;
const HASHED = 2;

/**
 * What the batches found out about the files listed by entry type, by walk index, in chunks of
 * 4,096 files (one allocation per chunk, nothing per file): the identity, and the digest of a file
 * hashed while the tree was listed, with a state byte.
 */
export class DigestStore {
  private readonly digests: Buffer[] = [];
  private readonly states: Uint8Array[] = [];
  /**
   * [size, mtimeNs, dev, ino] per file, copied out of the batch replies (which are not kept), as
   * 32-bit halves: copied and compared without a BigInt per field.
   */
  private readonly ids: Int32Array[] = [];
  private readonly known: Uint8Array[] = [];
  private static readonly CHUNK = 4096;
  /** Int32 values per file: STAT_NUMS 64-bit fields. */
  private static readonly W = STAT_NUMS * 2;

  private chunkOf(i: number): number {
    const c = Math.floor(i / DigestStore.CHUNK);
    while (this.digests.length <= c) {
      this.digests.push(Buffer.alloc(DigestStore.CHUNK * 32));
      this.states.push(new Uint8Array(DigestStore.CHUNK));
      this.ids.push(new Int32Array(DigestStore.CHUNK * DigestStore.W));
      this.known.push(new Uint8Array(DigestStore.CHUNK));
    }
    return c;
  }
  /** File i's identity: the STAT_NUMS fields at `src[at / 2]` of a reply, seen as 32-bit halves. */
  identify(i: number, src: Int32Array, at: number): void {
    const c = this.chunkOf(i);
    const d = this.ids[c]!;
    const o = (i % DigestStore.CHUNK) * DigestStore.W;
    for (let k = 0; k < DigestStore.W; k++) d[o + k] = src[at + k]!;
    this.known[c]![i % DigestStore.CHUNK] = 1;
  }
  /** Field f of file i's identity, or `unknown` before it is known. */
  identity(i: number, f: number, unknown: bigint): bigint {
    const c = Math.floor(i / DigestStore.CHUNK);
    if (c >= this.known.length || this.known[c]![i % DigestStore.CHUNK] !== 1) return unknown;
    const o = (i % DigestStore.CHUNK) * DigestStore.W + 2 * f;
    return int64(this.ids[c]!, o);
  }
  /** File i's size as a number (-1 before it is known). */
  sizeOf(i: number): number {
    const c = Math.floor(i / DigestStore.CHUNK);
    if (c >= this.known.length || this.known[c]![i % DigestStore.CHUNK] !== 1) return -1;
    return uint64Number(this.ids[c]!, (i % DigestStore.CHUNK) * DigestStore.W);
  }
  /** Whether file i's identity is known and equals the STAT_NUMS fields at `src[at / 2]`. */
  same(i: number, src: Int32Array, at: number): boolean {
    const c = Math.floor(i / DigestStore.CHUNK);
    if (c >= this.known.length || this.known[c]![i % DigestStore.CHUNK] !== 1) return false;
    const d = this.ids[c]!;
    const o = (i % DigestStore.CHUNK) * DigestStore.W;
    for (let k = 0; k < DigestStore.W; k++) if (d[o + k] !== src[at + k]) return false;
    return true;
  }
  stateOf(i: number): number {
    const c = Math.floor(i / DigestStore.CHUNK);
    return c < this.states.length ? this.states[c]![i % DigestStore.CHUNK]! : NONE;
  }
  queue(i: number): void {
    this.states[this.chunkOf(i)]![i % DigestStore.CHUNK] = QUEUED;
  }
  set(i: number, src: Uint8Array, at: number): void {
    const c = this.chunkOf(i);
    const d = this.digests[c]!;
    const o = (i % DigestStore.CHUNK) * 32;
    for (let k = 0; k < 32; k++) d[o + k] = src[at + k]!;
    this.states[c]![i % DigestStore.CHUNK] = HASHED;
  }
  /** Copy file i's digest to `to` at `at`; false when it has none. */
  copyDigest(i: number, to: Buffer, at: number): boolean {
    if (this.stateOf(i) !== HASHED) return false;
    const o = (i % DigestStore.CHUNK) * 32;
    this.digests[Math.floor(i / DigestStore.CHUNK)]!.copy(to, at, o, o + 32);
    return true;
  }
}

/** Where the low and the high half of a 64-bit value are, in the platform's byte order. */
const LO = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;
const HI = 1 - LO;

/** The 64-bit integer whose halves are at Int32 index o. */
function int64(a: Int32Array, o: number): bigint {
  return (BigInt(a[o + HI]!) << 32n) | BigInt(a[o + LO]! >>> 0);
}

/** The same, as a number, for a non-negative value below 2^53 (a file size). */
export function uint64Number(a: Int32Array, o: number): number {
  return a[o + HI]! * 4294967296 + (a[o + LO]! >>> 0);
}

/** A view of a reply's [size, mtimeNs, dev, ino] fields as 32-bit halves (two per field). */
export function halves(nums: BigInt64Array): Int32Array {
  return new Int32Array(nums.buffer, nums.byteOffset, nums.length * 2);
}

/**
 * A file listed by its directory entry type. Its paths are derived from its directory when
 * needed, not stored, and its identity (size, mtime, device, inode) and digest live in the tree's
 * DigestStore at its walk index: a tree of 100,000 files keeps one name and one number per file,
 * not three strings and four BigInts.
 */
export class ListedFile implements WalkedFile {
  constructor(
    readonly name: string,
    private readonly parent: ParentDir,
    private readonly base: string,
    /** Its place in walk order: where the digest store keeps its digest. */
    readonly idx: number,
  ) {}
  /** Take this file's [size, mtimeNs, dev, ino] from a stat batch's reply (halves(), at an Int32 index). */
  identify(ids: Int32Array, at: number): void {
    this.parent.store.identify(this.idx, ids, at);
  }
  /** Whether its identity is known and equals the fields of a stat reply (halves(), at an Int32 index). */
  sameIdentity(ids: Int32Array, at: number): boolean {
    return this.parent.store.same(this.idx, ids, at);
  }
  /** Its size as a number (-1 before it is known). */
  get bytes(): number {
    return this.parent.store.sizeOf(this.idx);
  }
  /** Copy its digest to `to` at `at`; false when it has none. */
  copyDigest(to: Buffer, at: number): boolean {
    return this.parent.store.copyDigest(this.idx, to, at);
  }
  /** Keep this file's digest: 32 bytes of `digests` at `at`. */
  digested(digests: Uint8Array, at: number): void {
    this.parent.store.set(this.idx, digests, at);
  }
  /** Handed to the pool for hashing, as soon as its size was known. */
  get queued(): boolean {
    return this.parent.store.stateOf(this.idx) === QUEUED;
  }
  set queued(v: boolean) {
    if (v) this.parent.store.queue(this.idx);
  }
  get hashed(): boolean {
    return this.parent.store.stateOf(this.idx) === HASHED;
  }

  get size(): bigint {
    return this.parent.store.identity(this.idx, 0, UNKNOWN_SIZE);
  }
  get mtimeNs(): bigint {
    return this.parent.store.identity(this.idx, 1, 0n);
  }
  get dev(): bigint {
    return this.parent.store.identity(this.idx, 2, 0n);
  }
  get ino(): bigint {
    return this.parent.store.identity(this.idx, 3, 0n);
  }
  get path(): string {
    return this.parent.abs + this.base;
  }
  get display(): string {
    return this.parent.display + this.base;
  }
}

/**
 * Gets the identity (size, mtime, device, inode) of files listed by entry type, in batches,
 * while the walk goes on. Failures are reported after the walk, the first in walk order, so
 * errors stay deterministic (an error of the walk itself comes first).
 */
class Identifier {
  /** Files of directories with many entries, and of directories with few (see SPARSE_DIR). */
  private pending: ListedFile[] = [];
  private sparse: ListedFile[] = [];
  private readonly inFlight: Promise<{ at: number; error: InputError } | null>[] = [];

  constructor(private readonly opts: WalkOptions) {}

  add(f: ListedFile, sparse: boolean): void {
    (sparse ? this.sparse : this.pending).push(f);
    this.opts.onFile?.(f);
  }

  flush(all: boolean): void {
    this.flushList(this.pending, all, false);
    this.flushList(this.sparse, all, true);
  }

  private flushList(pending: ListedFile[], all: boolean, first: boolean): void {
    const size = this.opts.statBatch ?? STAT_BATCH;
    while (pending.length >= (all ? 1 : size)) {
      const batch = pending.splice(0, size);
      const apply = (r: StatReply): { at: number; error: InputError } | null => {
        const failed = new Map(r.errs.map((e) => [e.k, e]));
        let first: { at: number; error: InputError } | null = null;
        const ids = halves(r.nums);
        batch.forEach((f, k) => {
          const at = f.idx;
          const e = failed.get(k);
          if (e === undefined) {
            f.identify(ids, k * STAT_NUMS * 2);
            if (r.hashed?.[k] === 1) f.digested(r.digests!, k * 32);
            else this.opts.onIdentified?.(f, at);
          } else if (first === null || at < first.at) {
            const error = e.reason === undefined ? statError(e.code, f.display, this.opts.allowSymlinks) : new InputError(e.code as InputErrorCode, `${e.reason}: ${displayName(f.display)}`);
            first = { at, error };
          }
        });
        return first;
      };
      const paths = batch.map((f) => f.path);
      const stat = this.opts.statPaths ?? statPathsInline;
      const p = Promise.resolve()
        .then(() => stat(paths, first))
        .then(apply);
      p.catch(() => undefined);
      this.inFlight.push(p);
    }
  }

  async finish(): Promise<void> {
    this.flush(true);
    let first: { at: number; error: InputError } | null = null;
    for (const r of await Promise.all(this.inFlight)) if (r && (first === null || r.at < first.at)) first = r;
    if (first) throw first.error;
  }
}

function statError(code: string, display: string, allowSymlinks: boolean): InputError {
  if (code === 'SYMLINK') {
    return allowSymlinks
      ? new InputError('FILE_CHANGED', `file became a symlink while being listed: ${displayName(display)}`)
      : new InputError('SYMLINK', `symlinks are not allowed: ${displayName(display)}`);
  }
  if (code === 'KIND') return new InputError('PATH_KIND', `not a regular file or directory: ${displayName(display)}`);
  const e = Object.assign(new Error(code), { code });
  return fsError(e, display) as InputError;
}
