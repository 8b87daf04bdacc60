import type { HashProgress } from './hash-files.js';
import type { ResourceOrder } from './names.js';

/** How a tree was serialized (DESIGN §2): recorded in every manifest so a verifier can redo it. */
export interface Serialization {
  /**
   * 'files': one resource per file (the default; `sha256sum -c` replays it). 'shards': one
   * resource per `shard_size` bytes of each non-empty file, named `<name>:<start>:<end>` (as
   * OMS model_signing does), so one huge file is hashed on every core.
   */
  method: 'files' | 'shards';
  hash_type: 'sha256';
  /** How resources are sorted: model_signing's `path-components`, or `utf8-bytes` (older receipts). */
  order: ResourceOrder;
  /** Shards only: bytes per shard (the last shard of a file may be shorter). */
  shard_size?: number;
  allow_symlinks: boolean;
  /** Default top-level ignores plus the caller's exact relative paths, sorted by UTF-8 bytes. */
  ignore_paths: string[];
}

/** One regular file of a tree ("files"), or one shard of a file ("shards"). */
export interface Resource {
  /** The file's name; for a shard `<name>:<start>:<end>`. */
  name: string;
  /** Bytes in the file (or shard). */
  size: number;
  /** SHA-256 of those bytes, 64 lowercase hex digits. */
  sha256: string;
}

export interface TreeDigest {
  /** 'sha256:' + hex of SHA-256 over the raw 32-byte resource digests, in resource order. */
  digest: string;
  /** The raw 32-byte root digest. */
  root: Buffer;
  /** 'file' only when exactly one path was given and it is a regular file. */
  kind: 'directory' | 'file';
  /** Basename of the single path, or the basenames joined with ',' for several. */
  name: string;
  serialization: Serialization;
  /** Sorted by `name` in `serialization.order` (shards: by file name, then by start offset). */
  resources: Resource[];
  /** Regular files hashed (empty ones included, even in "shards", where they have no resource). */
  files: number;
  bytes: number;
}

export interface DigestOptions {
  allowSymlinks?: boolean;
  /** Exact resource-relative paths (files or directories) to leave out, e.g. 'cache/tmp.bin'. */
  ignorePaths?: string[];
  /** Resource order; default `path-components` (a verifier replays what the receipt recorded). */
  order?: ResourceOrder;
  /** Files hashed at once; default os.availableParallelism(). */
  concurrency?: number;
  /** The serialization method (default 'files'). */
  method?: Serialization['method'];
  /** Shards only: bytes per shard, default SHARD_SIZE (1,000,000,000, as OMS). */
  shardSize?: number;
  /** Called every `progressIntervalMs` (default 250) while walking and hashing, and at the end. */
  onProgress?: (p: HashProgress) => void;
  progressIntervalMs?: number;
}

export type ManifestAlgorithm = 'sha256' | 'hmac-sha256';

export interface ManifestEntry {
  name: string;
  algorithm: ManifestAlgorithm;
  /** Lowercase hex. */
  digest: string;
}

/** `<role>.manifest.json`: `{serialization, resources}` (DESIGN §2). */
export interface Manifest {
  serialization: Serialization;
  resources: ManifestEntry[];
}
