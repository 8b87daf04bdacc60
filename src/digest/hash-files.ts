import * as fs from 'node:fs';
import * as crypto from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { InputError, type InputErrorCode } from '../util/errors.js';
import { HASH_FILE_SOURCE, workerSource } from './hash-file-source.js';
import { displayName } from './names.js';

/** A regular file found by the walk, with the identity its bytes must still have when hashed. */
export interface FileJob {
  /** Path to open (the realpath for an allowed symlink). */
  path: string;
  /** Path as walked, for messages. */
  display: string;
  size: bigint;
  mtimeNs: bigint;
  dev: bigint;
  ino: bigint;
}

export interface HashOptions {
  concurrency?: number;
  /** 'auto' picks the main thread for small trees; tests force either path. */
  engine?: 'auto' | 'inline' | 'workers';
  chunkSize?: number;
  /** Test seam: sees each worker as it starts. */
  onWorker?: (w: Worker) => void;
}

/**
 * Read size per chunk. Small enough to stay in L2 between the copy from the page cache and the
 * hash (measured: 256 KiB beats 1-4 MiB), large enough that syscalls do not matter.
 */
export const CHUNK_SIZE = 256 * 1024;
/**
 * Below this many bytes and files in all, worker start-up (~50 ms) costs more than it saves
 * (a small file costs ~25 us to open, stat, read and hash; 32 MiB about 25-90 ms on one core).
 */
export const INLINE_MAX_BYTES = 32 * 1024 * 1024;
export const INLINE_MAX_FILES = 2048;
/**
 * Small files travel to workers in batches of at most this many bytes or files, and smaller
 * when the tree is small, so that every worker gets several batches (BATCHES_PER_WORKER).
 */
const BATCH_BYTES = 8 * 1024 * 1024;
const BATCH_FILES = 512;
const BATCHES_PER_WORKER = 4;

interface WireJob { i: number; path: string; size: string; mtimeNs: string; dev: string; ino: string }
type WireResult = { i: number; digest: string } | { i: number; error: { code: InputErrorCode; reason: string } };
type HashFileFn = (f: typeof fs, c: typeof crypto, job: WireJob, buf: Buffer) => WireResult;

let inlineHashFile: HashFileFn | undefined;

/** SHA-256 (hex) of every file, in the order given. Throws the first file's InputError. */
export async function hashFiles(files: readonly FileJob[], opts: HashOptions = {}): Promise<string[]> {
  const chunk = opts.chunkSize ?? CHUNK_SIZE;
  const asked = opts.concurrency;
  const concurrency = asked !== undefined && Number.isFinite(asked) && asked >= 1 ? Math.trunc(asked) : availableParallelism();
  let total = 0n;
  for (const f of files) total += f.size;
  if (files.length === 0) return [];
  const engine = opts.engine ?? 'auto';
  const inline = engine === 'inline' || (engine === 'auto' && total <= BigInt(INLINE_MAX_BYTES) && files.length <= INLINE_MAX_FILES);
  return inline ? hashInline(files, chunk) : hashInWorkers(files, Math.min(concurrency, files.length), chunk, opts.onWorker);
}

function wire(f: FileJob, i: number): WireJob {
  return { i, path: f.path, size: String(f.size), mtimeNs: String(f.mtimeNs), dev: String(f.dev), ino: String(f.ino) };
}

function toError(files: readonly FileJob[], r: Extract<WireResult, { error: unknown }>): InputError {
  return new InputError(r.error.code, `${r.error.reason}: ${displayName(files[r.i]!.display)}`);
}

function hashInline(files: readonly FileJob[], chunk: number): string[] {
  inlineHashFile ??= new Function(`${HASH_FILE_SOURCE}\nreturn hashFile;`)() as HashFileFn;
  const buf = Buffer.allocUnsafeSlow(chunk);
  return files.map((f, i) => {
    const r = inlineHashFile!(fs, crypto, wire(f, i), buf);
    if ('error' in r) throw toError(files, r);
    return r.digest;
  });
}

/**
 * Worker pool: files are handed out largest first (so one big file does not start last and
 * become the tail). A batch closes once it holds 8 MiB or 512 files (less for small trees, so
 * each worker gets several), so large files go one per message and small ones together. Each
 * worker holds one batch at a time and gets the next when it reports back: no big file waits
 * behind another while a core is free, and the message round trip (~0.1 ms) is small against a
 * batch. Memory is one chunk buffer per worker plus the job list.
 * Every worker is terminated when the pool settles, success or error.
 */
async function hashInWorkers(files: readonly FileJob[], nWorkers: number, chunk: number, onWorker?: (w: Worker) => void): Promise<string[]> {
  const order = files.map((_, i) => i).sort((a, b) => (files[b]!.size > files[a]!.size ? 1 : files[b]!.size < files[a]!.size ? -1 : a - b));
  const digests: string[] = new Array(files.length);
  let done = 0;
  let total = 0n;
  for (const f of files) total += f.size;
  const slots = BigInt(nWorkers * BATCHES_PER_WORKER);
  const maxBytes = total / slots < BigInt(BATCH_BYTES) ? total / slots : BigInt(BATCH_BYTES);
  const maxFiles = Math.max(1, Math.min(BATCH_FILES, Math.ceil(files.length / Number(slots))));
  const batches: WireJob[][] = [];
  for (let next = 0; next < order.length; ) {
    const batch: WireJob[] = [];
    let bytes = 0n;
    while (next < order.length && batch.length < maxFiles && (batch.length === 0 || bytes < maxBytes)) {
      const i = order[next++]!;
      batch.push(wire(files[i]!, i));
      bytes += files[i]!.size;
    }
    batches.push(batch);
  }
  let nextBatch = 0;
  nWorkers = Math.min(nWorkers, batches.length);

  const src = workerSource(chunk);
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let settled = false;
      const fail = (e: unknown): void => {
        if (!settled) {
          settled = true;
          reject(e);
        }
      };
      const feed = (w: Worker): void => {
        if (nextBatch < batches.length) w.postMessage(batches[nextBatch++]);
      };
      for (let k = 0; k < nWorkers; k++) {
        const w = new Worker(src, { eval: true });
        workers.push(w);
        onWorker?.(w);
        w.on('message', (results: WireResult[]) => {
          if (settled) return;
          for (const r of results) {
            if ('error' in r) return fail(toError(files, r));
            digests[r.i] = r.digest;
            done++;
          }
          if (done === files.length) {
            settled = true;
            resolve();
          } else feed(w);
        });
        w.on('error', (e) => fail(new Error(`hash worker failed: ${e instanceof Error ? e.message : String(e)}`)));
        w.on('exit', (code) => fail(new Error(`hash worker exited early (code ${code})`)));
      }
      for (const w of workers) feed(w);
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return digests;
}
