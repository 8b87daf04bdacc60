import { createHash } from 'node:crypto';
import { InputError } from '../util/errors.js';
import { hashFiles, type HashOptions } from './hash-files.js';
import { DEFAULT_IGNORES, DEFAULT_ORDER, checkName, displayName, sortUtf8 } from './names.js';
import type { DigestOptions, Resource, Serialization, TreeDigest } from './types.js';
import { walkTree, type WalkedFile } from './walk-tree.js';

/** Test seams: not part of the public API (index.ts does not re-export them). */
export interface DigestHooks extends Pick<HashOptions, 'engine' | 'chunkSize' | 'onWorker'> {
  /** Runs after the walk and before any file is opened. */
  afterWalk?: (files: readonly WalkedFile[]) => void | Promise<void>;
}

/**
 * Tree digest of one or more paths (DESIGN §2, OMS v1.0 "files" serialization): every regular
 * file's SHA-256, sorted by name in model_signing's order (`path-components`, or the older
 * `utf8-bytes` when a receipt that recorded it is replayed), and the root = SHA-256 over the raw
 * 32-byte file digests in that order.
 */
export async function digestTree(paths: string[], opts: DigestOptions = {}): Promise<TreeDigest> {
  return digestTreeWith(paths, opts, {});
}

export async function digestTreeWith(paths: string[], opts: DigestOptions, hooks: DigestHooks): Promise<TreeDigest> {
  const allowSymlinks = opts.allowSymlinks ?? false;
  const user = (opts.ignorePaths ?? []).map(normalizeIgnore);
  const order = opts.order ?? DEFAULT_ORDER;
  const walked = await walkTree(paths, { allowSymlinks, ignore: new Set(user), order });
  await hooks.afterWalk?.(walked.files);
  const digests = await hashFiles(walked.files, { concurrency: opts.concurrency, engine: hooks.engine, chunkSize: hooks.chunkSize, onWorker: hooks.onWorker });

  const rootHash = createHash('sha256');
  const resources: Resource[] = [];
  let bytes = 0;
  walked.files.forEach((f, k) => {
    const hex = digests[k]!;
    rootHash.update(Buffer.from(hex, 'hex'));
    const size = Number(f.size);
    resources.push({ name: f.name, size, sha256: hex });
    bytes += size;
  });
  const root = rootHash.digest();
  const serialization: Serialization = {
    method: 'files',
    hash_type: 'sha256',
    order,
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
    files: resources.length,
    bytes,
  };
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
