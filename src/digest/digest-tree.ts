import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { InputError } from '../util/errors.js';
import { STAT_NUMS } from './hash-file-source.js';
import { HashPool, PROGRESS_INTERVAL_MS, fitsInline, hashRanges, type HashOptions, type RangeJob } from './hash-files.js';
import { DEFAULT_IGNORES, DEFAULT_ORDER, checkName, displayName, sortUtf8 } from './names.js';
import type { DigestOptions, Resource, Serialization, TreeDigest } from './types.js';
import { statPathsInline, walkTree, type StatReply, type WalkedFile } from './walk-tree.js';

/** Bytes per shard in the "shards" serialization (as OMS model_signing). */
export const SHARD_SIZE = 1_000_000_000;

/** Test seams: not part of the public API (index.ts does not re-export them). */
export interface DigestHooks extends Pick<HashOptions, 'engine' | 'chunkSize' | 'onWorker'> {
  /** Runs after the walk and before any file is opened. */
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
  const asked = opts.concurrency;
  const concurrency = asked !== undefined && Number.isFinite(asked) && asked >= 1 ? Math.trunc(asked) : availableParallelism();
  const unit = method === 'shards' ? 'shards' : 'files';

  // Walk; once the tree is clearly too big to hash inline, start the workers while walking.
  let pool: HashPool | undefined;
  let found = 0;
  let foundBytes = 0;
  const onFile = (f: WalkedFile): void => {
    found++;
    if (f.size >= 0n) foundBytes += Number(f.size);
    if (pool === undefined && engine !== 'inline' && !fitsInline(found, foundBytes)) {
      pool = new HashPool(concurrency, hooks);
      pool.start();
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
      const statPaths = (ps: string[]): StatReply | Promise<StatReply> => (pool?.started ? pool.stat(ps) : statPathsInline(ps));
      walked = await walkTree(paths, { allowSymlinks, ignore: new Set(user), order, onFile, statPaths });
    } finally {
      if (walkTimer) clearInterval(walkTimer);
    }
    await hooks.afterWalk?.(walked.files);

    const jobs: (RangeJob & { file: WalkedFile })[] = [];
    let bytes = 0;
    for (const f of walked.files) {
      const size = Number(f.size);
      bytes += size;
      if (method === 'files') {
        jobs.push({ file: f, start: 0, end: size });
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
    if (jobs.length === 0) {
      throw new InputError('TREE_EMPTY', `no bytes to hash as shards (every file is empty) in ${paths.map((p) => displayName(p)).join(', ')}`);
    }
    if (engine === 'workers' && pool === undefined) pool = new HashPool(Math.min(concurrency, jobs.length), hooks);
    const raw = await hashRanges(
      jobs,
      { engine, chunkSize: hooks.chunkSize, concurrency, onProgress: opts.onProgress, progressIntervalMs: opts.progressIntervalMs, unit },
      pool,
    );
    await hooks.afterHash?.(walked.files);
    await confirmPresent(walked.files, (ps) => (pool?.started ? pool.stat(ps) : statPathsInline(ps)));

    const root = createHash('sha256').update(raw).digest();
    const resources: Resource[] = jobs.map((j, k) => ({
      name: method === 'files' ? j.file.name : `${j.file.name}:${j.start}:${j.end}`,
      size: j.end - j.start,
      sha256: raw.toString('hex', k * 32, k * 32 + 32),
    }));
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
 * Every hashed file must still be where the walk found it once hashing is done: a file deleted or
 * renamed meanwhile (the hash reads through an open descriptor, which outlives both) would leave a
 * manifest naming a file that is gone. The paths are lstat'ed again in batches, on the pool when
 * there is one, and must be the same device and inode.
 */
async function confirmPresent(files: readonly WalkedFile[], statPaths: (ps: string[]) => StatReply | Promise<StatReply>): Promise<void> {
  const BATCH = 1024;
  for (let i = 0; i < files.length; i += BATCH) {
    const batch = files.slice(i, i + BATCH);
    const r = await statPaths(batch.map((f) => f.path));
    const failed = new Map(r.errs.map((e) => [e.k, e.code]));
    batch.forEach((f, k) => {
      const code = failed.get(k);
      if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError('FILE_CHANGED', `file was deleted or renamed while being hashed: ${displayName(f.display)}`);
      if (code !== undefined) throw new InputError('FILE_CHANGED', `file was replaced while being hashed (${code}): ${displayName(f.display)}`);
      const o = k * STAT_NUMS; // size, mtimeNs, dev, ino
      if (r.nums[o + 2] !== f.dev || r.nums[o + 3] !== f.ino) throw new InputError('FILE_CHANGED', `file was replaced while being hashed: ${displayName(f.display)}`);
    });
  }
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
