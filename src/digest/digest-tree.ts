import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { InputError } from '../util/errors.js';
import { STAT_NUMS } from './hash-file-source.js';
import { BATCH_BYTES, CHUNK_SIZE, HashPool, PROGRESS_INTERVAL_MS, fitsInline, hashRanges, statHashInline, type HashOptions, type RangeJob } from './hash-files.js';
import { DEFAULT_IGNORES, DEFAULT_ORDER, checkName, displayName, sortUtf8 } from './names.js';
import type { DigestOptions, Resource, Serialization, TreeDigest } from './types.js';
import { ListedFile, halves, statPathsInline, uint64Number, walkTree, type StatReply, type WalkedFile } from './walk-tree.js';

/** Bytes per shard in the "shards" serialization (as OMS model_signing). */
export const SHARD_SIZE = 1_000_000_000;
/**
 * Files mode: listed files are stat'ed and (when smaller than the read buffer) hashed in batches
 * of this many. Small enough that a large file found in a batch waits little for a free worker,
 * large enough that messages cost little (100,000 files: about 400 round trips).
 */
const STAT_HASH_BATCH = 256;

/** Test seams: not part of the public API (index.ts does not re-export them). */
export interface DigestHooks extends Pick<HashOptions, 'engine' | 'chunkSize' | 'onWorker'> {
  /**
   * Files mode: runs once every directory is listed and before any listed file is opened (the
   * listed files wait for it, even where a pool has started).
   */
  afterList?: () => void | Promise<void>;
  /**
   * Runs after the walk. In the files serialization most files are hashed by then (while the tree
   * was listed); what changes now is caught by the final check.
   */
  afterWalk?: (files: readonly WalkedFile[]) => void | Promise<void>;
  /** Runs after every file is hashed and before the files are confirmed still present. */
  afterHash?: (files: readonly WalkedFile[]) => void | Promise<void>;
}

/**
 * Tree digest of one or more paths (DESIGN §2, OMS v1.0 "files" or "shards" serialization):
 * every resource's SHA-256, files sorted by name in model_signing's order (`path-components`, or
 * the older `utf8-bytes` when a receipt that recorded it is replayed), a file's shards by start
 * offset, and the root = SHA-256 over the raw 32-byte digests in that order.
 */
export async function digestTree(paths: string[], opts: DigestOptions = {}): Promise<TreeDigest> {
  return digestTreeWith(paths, opts, {});
}

export async function digestTreeWith(paths: string[], opts: DigestOptions, hooks: DigestHooks): Promise<TreeDigest> {
  const allowSymlinks = opts.allowSymlinks ?? false;
  const method = opts.method ?? 'files';
  if (method !== 'files' && method !== 'shards') throw new InputError('USAGE', `unknown serialization method ${displayName(String(method))}`);
  const shardSize = opts.shardSize ?? SHARD_SIZE;
  if (!Number.isSafeInteger(shardSize) || shardSize < 1) throw new InputError('USAGE', `shard size must be a positive integer (got ${displayName(String(shardSize))})`);
  const user = (opts.ignorePaths ?? []).map(normalizeIgnore);
  const order = opts.order ?? DEFAULT_ORDER;
  const engine = hooks.engine ?? 'auto';
  const forcePool = engine === 'workers' || engine === 'lanes';
  const asked = opts.concurrency;
  const concurrency = asked !== undefined && Number.isFinite(asked) && asked >= 1 ? Math.trunc(asked) : availableParallelism();
  const unit = method === 'shards' ? 'shards' : 'files';

  // Walk; once the tree is clearly too big to hash inline, start the workers while walking.
  // In the files serialization the listing's lstat batches hash the small files at once (same
  // checks as later hashing), and larger files go to the pool as soon as their size is known,
  // the largest ahead: hashing overlaps the walk instead of waiting for it.
  const chunk = hooks.chunkSize ?? CHUNK_SIZE;
  const filesMode = method === 'files';
  let pool: HashPool | undefined;
  // Once every directory is listed, this thread may hash too (HashPool, mainLane).
  let listed = false;
  let found = 0;
  let foundBytes = 0;
  // Files-mode batches wait until it is known where they run: on the pool once it starts, on
  // this thread once the listing ends without one (hashing inline while listing would hold up
  // the listing, and with it the discovery of the large files).
  let openGate!: () => void;
  const gate = new Promise<void>((resolve) => (openGate = resolve));
  const startPool = (): void => {
    if (pool === undefined && engine !== 'inline' && (forcePool || !fitsInline(found, foundBytes))) {
      // The calling thread is one of the lanes (HashPool, mainLane) unless a test forces workers.
      pool = new HashPool(concurrency, hooks, engine !== 'workers');
      pool.start();
      if (listed) pool.openMainLane();
      if (!hooks.afterList) openGate();
    }
  };
  const onListed = (): void => {
    listed = true;
    pool?.openMainLane();
    if (hooks.afterList) void Promise.resolve(hooks.afterList()).then(openGate, openGate);
    else openGate();
  };
  if (forcePool) startPool();
  const onFile = (f: WalkedFile): void => {
    found++;
    if (f.size >= 0n) foundBytes += Number(f.size);
    startPool();
  };
  // Files hashed on this thread while listing ([bytes, files]); the pool counts its own.
  const walkCounters = new Float64Array(2);
  const early: Promise<{ at: number; error: Error } | null>[] = [];
  let medium: { f: ListedFile; at: number }[] = [];
  let mediumBytes = 0;
  const dispatch = (batch: { f: ListedFile; at: number }[], priority: number, short: boolean): void => {
    early.push(
      pool!.hashFiles(
        batch.map((x) => ((x.f.queued = true), x.f)),
        priority,
        short,
      ).then(
        (r) => {
          if (r.failed) return { at: batch[r.failed.k]!.at, error: r.failed.error };
          batch.forEach((x, k) => x.f.digested(r.digests, k * 32));
          return null;
        },
        (e: unknown) => ({ at: -1, error: e as Error }),
      ),
    );
  };
  const flushMedium = (): void => {
    if (medium.length > 0) dispatch(medium, 0, true);
    medium = [];
    mediumBytes = 0;
  };
  const onIdentified = (f: WalkedFile, at: number): void => {
    const size = Number(f.size);
    if (pool === undefined || !(f instanceof ListedFile)) return; // hashed after the walk
    if (size >= BATCH_BYTES) {
      dispatch([{ f, at }], size, false);
    } else {
      medium.push({ f, at });
      mediumBytes += size;
      if (mediumBytes >= BATCH_BYTES) flushMedium();
    }
  };
  const walkTimer = opts.onProgress
    ? setInterval(
        () => opts.onProgress!({ phase: 'walk', unit, done: found, total: null, bytesDone: 0, bytesTotal: foundBytes }),
        opts.progressIntervalMs ?? PROGRESS_INTERVAL_MS,
      )
    : undefined;
  walkTimer?.unref();
  try {
    let walked;
    try {
      const statPaths = filesMode
        ? (ps: string[], first: boolean): Promise<StatReply> =>
            gate.then(async () => {
              const r = pool?.started ? await pool.statHash(ps, first ? 1 : 0) : statHashInline(ps, chunk, walkCounters);
              // Sizes are known now: a tree of few but large enough files moves to the pool.
              const ids = halves(r.nums);
              for (let k = 0; k < ps.length; k++) foundBytes += uint64Number(ids, k * STAT_NUMS * 2);
              startPool();
              return r;
            })
        : (ps: string[]): StatReply | Promise<StatReply> => (pool?.started ? pool.stat(ps) : statPathsInline(ps));
      walked = await walkTree(paths, {
        allowSymlinks,
        ignore: new Set(user),
        order,
        onFile,
        statPaths,
        ...(filesMode ? { statBatch: STAT_HASH_BATCH, onIdentified, onListed } : {}),
      });
    } finally {
      if (walkTimer) clearInterval(walkTimer);
      if (pool?.started) flushMedium();
    }
    listed = true;
    pool?.openMainLane();
    await hooks.afterWalk?.(walked.files);

    // Files mode: only what the listing did not hash, and is not being hashed already, is a job
    // now (no object per file for the rest); shards mode: every shard.
    const jobs: (RangeJob & { file: WalkedFile })[] = [];
    let bytes = 0;
    for (const f of walked.files) {
      const size = sizeOf(f);
      bytes += size;
      if (filesMode) {
        if (!(f instanceof ListedFile && (f.hashed || f.queued))) jobs.push({ file: f, start: 0, end: size });
        continue;
      }
      if (f.name.includes(':')) {
        throw new InputError('NAME_INVALID', `a name with ':' cannot be serialized as shards (OMS shard names are <name>:<start>:<end>): ${displayName(f.display)}`);
      }
      // OMS: shards [0, s), [s, 2s), ... the last one ending at the file's size; no shard for an empty file.
      for (let start = 0; start < size; start += shardSize) {
        const end = Math.min(size, start + shardSize);
        jobs.push({ file: f, start, end });
      }
    }
    const resourceCount = filesMode ? walked.files.length : jobs.length;
    if (resourceCount === 0) {
      throw new InputError('TREE_EMPTY', `no bytes to hash as shards (every file is empty) in ${paths.map((p) => displayName(p)).join(', ')}`);
    }
    if (forcePool && pool === undefined) pool = new HashPool(Math.max(1, Math.min(concurrency, jobs.length)), hooks);
    const settled = Promise.all(early).then((rs) => {
      let first: { at: number; error: Error } | null = null;
      for (const r of rs) if (r && (first === null || r.at < first.at)) first = r;
      return first;
    });
    const restRaw = await hashRanges(
      jobs,
      {
        engine,
        chunkSize: hooks.chunkSize,
        concurrency,
        onProgress: opts.onProgress,
        progressIntervalMs: opts.progressIntervalMs,
        unit,
        ...(filesMode ? { before: { total: resourceCount, bytesTotal: bytes, counters: [walkCounters], pending: settled } } : {}),
      },
      pool,
    );
    const failed = await settled;
    if (failed) throw failed.error;
    await hooks.afterHash?.(walked.files);
    await confirmUnchanged(walked.files, (ps) => (pool?.started ? pool.stat(ps) : statPathsInline(ps)), pool?.started ? 2 * pool.size : 1);

    // The root over the raw digests in resource order; in files mode most of them are read where
    // the listing kept them, through a small staging buffer (nothing allocated per file but the
    // resource and its hex digest).
    const rootHash = createHash('sha256');
    const resources: Resource[] = new Array(resourceCount);
    if (filesMode) {
      const STAGE = 4096;
      const stage = Buffer.allocUnsafe(Math.min(resourceCount, STAGE) * 32);
      let r = 0;
      let s = 0;
      for (let k = 0; k < resourceCount; k++) {
        const f = walked.files[k]!;
        if (!(f instanceof ListedFile && f.copyDigest(stage, s * 32))) {
          restRaw.copy(stage, s * 32, r * 32, r * 32 + 32);
          r++;
        }
        resources[k] = { name: f.name, size: sizeOf(f), sha256: stage.toString('hex', s * 32, s * 32 + 32) };
        if (++s === STAGE) {
          rootHash.update(stage);
          s = 0;
        }
      }
      rootHash.update(stage.subarray(0, s * 32));
    } else {
      for (let k = 0; k < resourceCount; k++) {
        const j = jobs[k]!;
        const d = restRaw.subarray(k * 32, k * 32 + 32);
        rootHash.update(d);
        resources[k] = { name: `${j.file.name}:${j.start}:${j.end}`, size: j.end - j.start, sha256: d.toString('hex') };
      }
    }
    const root = rootHash.digest();
    const serialization: Serialization = {
      method,
      hash_type: 'sha256',
      order,
      ...(method === 'shards' ? { shard_size: shardSize } : {}),
      allow_symlinks: allowSymlinks,
      ignore_paths: sortUtf8(new Set([...DEFAULT_IGNORES, ...user])),
    };
    return {
      digest: 'sha256:' + root.toString('hex'),
      root,
      kind: walked.kind,
      name: walked.name,
      serialization,
      resources,
      files: walked.files.length,
      bytes,
    };
  } finally {
    await pool?.close();
  }
}

/**
 * Every hashed file must still be where the walk found it, unchanged, once hashing is done: a
 * file deleted or renamed meanwhile (the hash reads through an open descriptor, which outlives
 * both) would leave a manifest naming a file that is gone, and one changed after its hashing a
 * manifest that no longer describes the tree. The paths are lstat'ed again, in batches (on every
 * worker at once when there is a pool), and must show the listing's device, inode, size and mtime.
 */
async function confirmUnchanged(files: readonly WalkedFile[], statPaths: (ps: string[]) => StatReply | Promise<StatReply>, lanes: number): Promise<void> {
  const BATCH = 1024;
  const errors: (InputError | null)[] = [];
  let next = 0;
  // A few batches at a time (two per worker: each has the next one at hand), not all at once:
  // 100,000 paths in flight together would cost megabytes.
  const lane = async (): Promise<void> => {
    while (next < files.length) {
      const i = next;
      next += BATCH;
      const batch = files.slice(i, i + BATCH);
      const r = await statPaths(batch.map((f) => f.path));
      errors[i / BATCH] = check(batch, r);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, lanes) }, lane));
  // The first failure in name order, whichever batch answered first.
  for (const e of errors) if (e) throw e;
}

function check(batch: readonly WalkedFile[], r: StatReply): InputError | null {
  const failed = r.errs.length > 0 ? new Map(r.errs.map((e) => [e.k, e.code])) : null;
  const ids = halves(r.nums);
  for (let k = 0; k < batch.length; k++) {
    const f = batch[k]!;
    const code = failed?.get(k);
    const o = k * STAT_NUMS; // size, mtimeNs, dev, ino
    if (code === undefined) {
      if (f instanceof ListedFile ? f.sameIdentity(ids, o * 2) : r.nums[o + 2] === f.dev && r.nums[o + 3] === f.ino && r.nums[o] === f.size && r.nums[o + 1] === f.mtimeNs) continue;
    }
    const shown = displayName(f.display);
    if (code === 'ENOENT' || code === 'ENOTDIR') return new InputError('FILE_CHANGED', `file was deleted or renamed while being hashed: ${shown}`);
    if (code === 'SYMLINK') return new InputError('SYMLINK', `file became a symlink while being hashed: ${shown}`);
    if (code === 'KIND') return new InputError('PATH_KIND', `file became something other than a regular file while being hashed: ${shown}`);
    if (code !== undefined) return new InputError('FILE_CHANGED', `file was replaced while being hashed (${code}): ${shown}`);
    if (r.nums[o + 2] !== f.dev || r.nums[o + 3] !== f.ino) return new InputError('FILE_CHANGED', `file was replaced while being hashed: ${shown}`);
    return new InputError('FILE_CHANGED', `file changed while being hashed: ${shown}`);
  }
  return null;
}

/** A file's size as a number (a listed file's without a BigInt). */
function sizeOf(f: WalkedFile): number {
  return f instanceof ListedFile ? f.bytes : Number(f.size);
}

/** An ignore path is an exact resource name: '/'-separated, relative, no '.' or '..' parts. */
function normalizeIgnore(p: string): string {
  if (typeof p !== 'string') throw new InputError('USAGE', 'ignore path must be a string');
  let s = p;
  while (s.startsWith('./')) s = s.slice(2);
  s = s.replace(/\/+$/, '');
  const parts = s.split('/');
  if (s === '' || s.startsWith('/') || parts.some((x) => x === '' || x === '.' || x === '..')) {
    throw new InputError('USAGE', `ignore path must be a relative path inside the tree: ${displayName(p)}`);
  }
  checkName(s);
  return s;
}
