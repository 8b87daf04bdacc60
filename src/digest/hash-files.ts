import * as fs from 'node:fs';
import * as crypto from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { InputError, type InputErrorCode } from '../util/errors.js';
import { HASH_FILE_SOURCE, NUMS_PER_JOB, WORKER_SOURCE } from './hash-file-source.js';
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

/** One unit of hashing: bytes [start, end) of a file (the whole file in the "files" serialization). */
export interface RangeJob {
  file: FileJob;
  start: number;
  end: number;
}

/** What the hashing has done so far; `unit` is what a job is (a file, or a shard of one). */
export interface HashProgress {
  phase: 'walk' | 'hash';
  unit: 'files' | 'shards';
  /** Jobs finished (walk: files found so far). */
  done: number;
  /** Jobs in all (walk: null, not known yet). */
  total: number | null;
  bytesDone: number;
  /** Bytes in all (walk: bytes found so far). */
  bytesTotal: number;
}

export interface HashOptions {
  concurrency?: number;
  /** 'auto' picks the main thread for small trees; tests force either path. */
  engine?: 'auto' | 'inline' | 'workers';
  chunkSize?: number;
  /** Test seam: sees each worker as it starts. */
  onWorker?: (w: Worker) => void;
  /** Called every `progressIntervalMs` while hashing, and once at the end. */
  onProgress?: (p: HashProgress) => void;
  progressIntervalMs?: number;
  unit?: HashProgress['unit'];
}

/**
 * Read size per chunk. Small enough to stay in L2 between the copy from the page cache and the
 * hash (measured: 256 KiB beats 1-4 MiB), large enough that syscalls do not matter. A whole file
 * smaller than this is read with one read call.
 */
export const CHUNK_SIZE = 256 * 1024;
/**
 * Below this many bytes and files in all, worker start-up (~30-50 ms) costs more than it saves
 * (a small file costs ~10 us to open, read, stat and hash; 32 MiB about 25-90 ms on one core).
 */
export const INLINE_MAX_BYTES = 32 * 1024 * 1024;
export const INLINE_MAX_FILES = 2048;
/**
 * Jobs travel to workers in batches: a batch closes once it holds BATCH_BYTES or BATCH_FILES
 * jobs (fewer when the work is small, so that every worker gets at least BATCHES_PER_WORKER
 * batches). A large file or shard goes alone; small files go together, so 100,000 files cost
 * about a hundred messages, not 100,000.
 */
const BATCH_BYTES = 8 * 1024 * 1024;
const BATCH_FILES = 1024;
const BATCHES_PER_WORKER = 8;
export const PROGRESS_INTERVAL_MS = 250;

type WireError = { k: number; code: InputErrorCode; reason: string };
type HashBatchFn = (
  f: typeof fs,
  c: typeof crypto,
  paths: string[],
  nums: BigInt64Array,
  out: Uint8Array,
  buf: Buffer,
  progress: Float64Array,
  slot: number,
) => { done: number; error: WireError | null };

let inlineHashBatch: HashBatchFn | undefined;

/** Whether a set of jobs is small enough to hash on the calling thread. */
export function fitsInline(jobs: number, bytes: number): boolean {
  return bytes <= INLINE_MAX_BYTES && jobs <= INLINE_MAX_FILES;
}

function concurrencyOf(asked: number | undefined): number {
  return asked !== undefined && Number.isFinite(asked) && asked >= 1 ? Math.trunc(asked) : availableParallelism();
}

/**
 * SHA-256 of every range, in the order given, as 32 raw bytes each (job k at k * 32). Throws
 * the first failing job's InputError (naming the file as walked).
 */
export async function hashRanges(jobs: readonly RangeJob[], opts: HashOptions = {}, pool?: HashPool): Promise<Buffer> {
  let total = 0;
  for (const j of jobs) total += j.end - j.start;
  const engine = opts.engine ?? 'auto';
  const progress = new Progress(jobs.length, total, opts);
  if (jobs.length === 0) return Buffer.alloc(0);
  const inline = engine === 'inline' || (engine === 'auto' && fitsInline(jobs.length, total) && !pool?.started);
  if (inline) return progress.finish(hashInline(jobs, opts.chunkSize ?? CHUNK_SIZE, progress));
  const own = pool === undefined;
  const p = pool ?? new HashPool(Math.min(concurrencyOf(opts.concurrency), jobs.length), opts);
  try {
    return progress.finish(await p.run(jobs, total, progress));
  } finally {
    if (own) await p.close();
  }
}

/** Progress counters, reported on a timer; workers add to their own slots of a shared array. */
class Progress {
  /** [bytes, jobs] per worker slot; a pool points this at its shared counters. */
  counters: Float64Array;
  private timer: NodeJS.Timeout | undefined;
  constructor(
    private readonly total: number,
    private readonly bytesTotal: number,
    private readonly opts: HashOptions,
  ) {
    this.counters = new Float64Array(2);
    if (opts.onProgress) {
      this.timer = setInterval(() => this.report(), opts.progressIntervalMs ?? PROGRESS_INTERVAL_MS);
      this.timer.unref();
    }
  }
  report(): void {
    let bytes = 0;
    let done = 0;
    for (let i = 0; i < this.counters.length; i += 2) {
      bytes += this.counters[i]!;
      done += this.counters[i + 1]!;
    }
    this.opts.onProgress?.({ phase: 'hash', unit: this.opts.unit ?? 'files', done, total: this.total, bytesDone: bytes, bytesTotal: this.bytesTotal });
  }
  finish<T>(v: T): T {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.report();
    return v;
  }
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}

function packBatch(jobs: readonly RangeJob[], ids: ArrayLike<number>, from: number, to: number): { paths: string; nums: BigInt64Array } {
  const nums = new BigInt64Array((to - from) * NUMS_PER_JOB);
  const paths: string[] = new Array(to - from);
  for (let k = from; k < to; k++) {
    const j = jobs[ids[k]!]!;
    const o = (k - from) * NUMS_PER_JOB;
    paths[k - from] = j.file.path;
    nums[o] = j.file.size;
    nums[o + 1] = j.file.mtimeNs;
    nums[o + 2] = j.file.dev;
    nums[o + 3] = j.file.ino;
    nums[o + 4] = BigInt(j.start);
    nums[o + 5] = BigInt(j.end);
  }
  return { paths: paths.join('\0'), nums };
}

function toError(job: RangeJob, e: WireError): InputError {
  return new InputError(e.code, `${e.reason}: ${displayName(job.file.display)}`);
}

function hashInline(jobs: readonly RangeJob[], chunk: number, progress: Progress): Buffer {
  inlineHashBatch ??= new Function(`${HASH_FILE_SOURCE}\nreturn hashBatch;`)() as HashBatchFn;
  const buf = Buffer.allocUnsafeSlow(chunk);
  const out = Buffer.allocUnsafe(jobs.length * 32);
  const ids = Int32Array.from(jobs, (_, k) => k);
  // One job per call keeps the packed arrays small; the cost is a few objects per file.
  const STEP = 256;
  for (let from = 0; from < jobs.length; from += STEP) {
    const to = Math.min(jobs.length, from + STEP);
    const { paths, nums } = packBatch(jobs, ids, from, to);
    const view = out.subarray(from * 32, to * 32);
    const r = inlineHashBatch(fs, crypto, paths.split('\0'), nums, view, buf, progress.counters, 0);
    if (r.error) {
      progress.stop();
      throw toError(jobs[from + r.error.k]!, r.error);
    }
  }
  return out;
}

/**
 * Worker pool, sized from os.availableParallelism() unless told otherwise. Jobs are handed out
 * largest first (so one big file does not start last and become the tail), in batches (see
 * BATCH_BYTES). Each worker holds one batch at a time and gets the next when it reports back:
 * no big job waits behind another while a core is free, and the round trip (~0.1 ms) is small
 * against a batch. Memory: one read buffer per worker, the job list, and one batch in flight
 * per worker. Workers may be started early (start()), e.g. while the tree is still being walked.
 * close() terminates every worker, whatever happened.
 */
type HashReply = { id: number; done: number; digests: Uint8Array; error: WireError | null };
type StatReply = { id: number; nums: BigInt64Array; errs: { k: number; code: string }[] };
interface Task {
  /** Builds the message when a worker is free (so at most one packed batch per worker exists). */
  build: () => { msg: { op: 'hash' | 'stat'; paths: string; nums?: BigInt64Array }; transfer: ArrayBuffer[] };
  resolve: (reply: never) => void;
  reject: (e: Error) => void;
}

/**
 * Worker pool, sized from os.availableParallelism() unless told otherwise: a FIFO of tasks, each
 * a batch of files to stat or of ranges to hash; a free worker takes the next task, so every
 * core stays busy until the work runs out. Hash batches are queued largest first (one big file
 * does not start last and become the tail); a large file or shard goes alone and small files go
 * together (see BATCH_BYTES). Memory: one read buffer per worker, the job list, and one batch in
 * flight per worker. Workers may be started early (start()), e.g. while the tree is still being
 * walked. close() terminates every worker and fails what is still queued.
 */
export class HashPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Task>();
  private readonly queue: Task[] = [];
  private readonly chunk: number;
  private readonly progressBuf: SharedArrayBuffer;
  private nextId = 0;
  private closing = false;
  started = false;

  constructor(
    private readonly size: number,
    private readonly opts: Pick<HashOptions, 'chunkSize' | 'onWorker'> = {},
  ) {
    this.chunk = opts.chunkSize ?? CHUNK_SIZE;
    this.progressBuf = new SharedArrayBuffer(16 * Math.max(1, size));
  }

  get counters(): Float64Array {
    return new Float64Array(this.progressBuf);
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    for (let k = 0; k < this.size; k++) {
      const w = new Worker(WORKER_SOURCE, {
        eval: true,
        workerData: { chunkSize: this.chunk, progress: this.progressBuf, slot: 2 * k },
        // A worker keeps nothing between batches: a small young generation keeps its memory small.
        resourceLimits: { maxYoungGenerationSizeMb: 4 },
      });
      this.workers.push(w);
      this.idle.push(w);
      w.on('message', (m: unknown) => {
        const t = this.busy.get(w);
        this.busy.delete(w);
        this.idle.push(w);
        this.pump();
        t?.resolve(m as never);
      });
      w.on('error', (e) => this.failAll(new Error(`hash worker failed: ${e instanceof Error ? e.message : String(e)}`)));
      w.on('exit', (code) => {
        if (!this.closing) this.failAll(new Error(`hash worker exited early (code ${code})`));
      });
      this.opts.onWorker?.(w);
    }
  }

  /** Queue one task; its promise settles with the worker's reply. */
  private exec<R>(build: Task['build']): Promise<R> {
    if (this.closing) return Promise.reject(new Error('hash pool is closed'));
    this.start();
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ build, resolve: resolve as Task['resolve'], reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const w = this.idle.pop()!;
      const t = this.queue.shift()!;
      this.busy.set(w, t);
      const { msg, transfer } = t.build();
      w.postMessage({ id: this.nextId++, ...msg }, transfer);
    }
  }

  private failAll(e: Error): void {
    for (const t of this.queue.splice(0)) t.reject(e);
    for (const t of this.busy.values()) t.reject(e);
    this.busy.clear();
  }

  /** lstat the given files in a worker: [size, mtimeNs, dev, ino] per file, and the failures. */
  stat(paths: string[]): Promise<StatReply> {
    return this.exec<StatReply>(() => ({ msg: { op: 'stat', paths: paths.join('\0') }, transfer: [] }));
  }

  async run(jobs: readonly RangeJob[], total: number, progress: Progress): Promise<Buffer> {
    this.start();
    progress.counters = this.counters.fill(0);
    const order = Int32Array.from(jobs, (_, k) => k).sort((a, b) => {
      const d = jobs[b]!.end - jobs[b]!.start - (jobs[a]!.end - jobs[a]!.start);
      return d !== 0 ? d : a - b;
    });
    const slots = this.workers.length * BATCHES_PER_WORKER;
    const maxBytes = Math.max(64 * 1024, Math.min(BATCH_BYTES, Math.ceil(total / slots)));
    const maxFiles = Math.max(1, Math.min(BATCH_FILES, Math.ceil(jobs.length / slots)));
    const out = Buffer.allocUnsafe(jobs.length * 32);
    const batches: Promise<void>[] = [];
    for (let next = 0; next < order.length; ) {
      let bytes = 0;
      const from = next;
      while (next < order.length && next - from < maxFiles && (next === from || bytes < maxBytes)) {
        const j = jobs[order[next]!]!;
        bytes += j.end - j.start;
        next++;
      }
      const to = next;
      batches.push(
        this.exec<HashReply>(() => {
          const { paths, nums } = packBatch(jobs, order, from, to);
          return { msg: { op: 'hash', paths, nums }, transfer: [nums.buffer as ArrayBuffer] };
        }).then((m) => {
          if (m.error) throw toError(jobs[order[from + m.error.k]!]!, m.error);
          for (let k = 0; k < m.done; k++) out.set(m.digests.subarray(k * 32, k * 32 + 32), order[from + k]! * 32);
        }),
      );
    }
    try {
      await Promise.all(batches);
    } catch (e) {
      progress.stop();
      // Nothing queued behind a failure is worth doing.
      this.failAll(e as Error);
      throw e;
    }
    return out;
  }

  async close(): Promise<void> {
    this.closing = true;
    this.failAll(new Error('hash pool is closed'));
    const ws = this.workers.splice(0);
    await Promise.all(ws.map((w) => w.terminate()));
  }
}
