import * as fs from 'node:fs';
import * as crypto from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { InputError, type InputErrorCode } from '../util/errors.js';
import { HASH_FILE_SOURCE, NUMS_PER_JOB, STAT_HASH_SOURCE, STAT_NUMS, STAT_SOURCE, WORKER_SOURCE } from './hash-file-source.js';
import { displayName } from './names.js';
import { statPathsInline } from './walk-tree.js';

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
  /**
   * 'auto' picks the calling thread for small trees, and the pool with the calling thread as one
   * of its lanes for the rest; tests force the calling thread alone ('inline'), workers alone
   * ('workers') or the pool with the calling thread as a lane ('lanes', see HashPool).
   */
  engine?: 'auto' | 'inline' | 'workers' | 'lanes';
  chunkSize?: number;
  /** Test seam: sees each worker as it starts. */
  onWorker?: (w: Worker) => void;
  /** Called every `progressIntervalMs` while hashing, and once at the end. */
  onProgress?: (p: HashProgress) => void;
  progressIntervalMs?: number;
  unit?: HashProgress['unit'];
  /**
   * Work done before these jobs (files hashed while the tree was listed): the totals to report
   * (all files and bytes), and [bytes, jobs] counters of that work not kept by the pool.
   */
  before?: { total: number; bytesTotal: number; counters: Float64Array[]; pending?: Promise<unknown> };
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
export const BATCH_BYTES = 8 * 1024 * 1024;
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
type StatHashFn = (
  f: typeof fs,
  c: typeof crypto,
  paths: string[],
  nums: BigInt64Array,
  out: Uint8Array,
  hashed: Uint8Array,
  buf: Buffer,
  progress: Float64Array,
  slot: number,
  maxWhole: bigint,
) => StatHashReply['errs'];
let inlineStatHash: StatHashFn | undefined;
let inlineBuf: Buffer | undefined;

/**
 * The stat-and-hash step of a batch of listed files on this thread (small trees), with the
 * workers' code: identities, failures, and the digests of the files smaller than the read buffer.
 */
export function statHashInline(paths: string[], chunk: number, counters: Float64Array, slot = 0): Omit<StatHashReply, 'id'> {
  inlineStatHash ??= new Function(`${HASH_FILE_SOURCE}\n${STAT_SOURCE}\n${STAT_HASH_SOURCE}\nreturn statHashBatch;`)() as StatHashFn;
  if (inlineBuf?.length !== chunk) inlineBuf = Buffer.allocUnsafeSlow(chunk);
  const nums = new BigInt64Array(paths.length * STAT_NUMS);
  const digests = new Uint8Array(paths.length * 32);
  const hashed = new Uint8Array(paths.length);
  const errs = inlineStatHash(fs, crypto, paths, nums, digests, hashed, inlineBuf, counters, slot, BigInt(chunk));
  return { nums, errs, digests, hashed };
}

/** One task of the pool run on this thread (its main lane), with the workers' code: the worker's reply. */
function runOnThisThread(msg: TaskMessage, chunk: number, counters: Float64Array, slot: number): HashReply | StatReply | StatHashReply {
  const paths = msg.paths.split('\0');
  if (msg.op === 'stat') return { id: -1, ...statPathsInline(paths) };
  if (msg.op === 'stathash') return { id: -1, ...statHashInline(paths, chunk, counters, slot) };
  inlineHashBatch ??= new Function(`${HASH_FILE_SOURCE}\nreturn hashBatch;`)() as HashBatchFn;
  if (inlineBuf?.length !== chunk) inlineBuf = Buffer.allocUnsafeSlow(chunk);
  const out = new Uint8Array(paths.length * 32);
  const r = inlineHashBatch(fs, crypto, paths, msg.nums!, out, inlineBuf, counters, slot);
  return { id: -1, done: r.done, digests: out, error: r.error };
}

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
  const progress = new Progress(opts.before?.total ?? jobs.length, opts.before?.bytesTotal ?? total, opts, pool);
  const pending = opts.before?.pending;
  if (jobs.length === 0) {
    await pending;
    return progress.finish(Buffer.alloc(0));
  }
  const inline = engine === 'inline' || (engine === 'auto' && fitsInline(jobs.length, total) && !pool?.started);
  if (inline) {
    const out = hashInline(jobs, opts.chunkSize ?? CHUNK_SIZE, progress);
    await pending;
    return progress.finish(out);
  }
  const own = pool === undefined;
  const p = pool ?? new HashPool(Math.min(concurrencyOf(opts.concurrency), jobs.length), opts);
  try {
    const out = await p.run(jobs, total, progress);
    await pending;
    return progress.finish(out);
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
    /** A pool that already works on this tree: its counters count too. */
    private readonly pool?: HashPool,
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
    const all = [this.counters, ...(this.opts.before?.counters ?? [])];
    if (this.pool?.started && this.counters.buffer !== this.pool.counters.buffer) all.push(this.pool.counters);
    for (const c of all) {
      for (let i = 0; i < c.length; i += 2) {
        bytes += c[i]!;
        done += c[i + 1]!;
      }
    }
    this.opts.onProgress?.({ phase: 'hash', unit: this.opts.unit ?? 'files', done, total: this.total, bytesDone: bytes, bytesTotal: this.bytesTotal });
  }
  /** Stop reporting, after a last report. */
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

type HashReply = { id: number; done: number; digests: Uint8Array; error: WireError | null };
type StatReply = { id: number; nums: BigInt64Array; errs: { k: number; code: string }[] };
/** A stat-and-hash batch's reply: identities, failures, and the digests of the files hashed at once. */
export type StatHashReply = { id: number; nums: BigInt64Array; errs: { k: number; code: string; reason?: string }[]; digests: Uint8Array; hashed: Uint8Array };
type TaskMessage = { op: 'hash' | 'stat' | 'stathash'; paths: string; nums?: BigInt64Array };
interface Task {
  /** Builds the message when a lane takes it (so few packed batches exist at once). */
  build: () => { msg: TaskMessage; transfer: ArrayBuffer[] };
  resolve: (reply: never) => void;
  reject: (e: Error) => void;
  /** Larger runs first; equal ones in the order queued. */
  priority: number;
  /** Short tasks (a batch of small files) may wait in a worker behind another short one. */
  short: boolean;
}

/** The calling thread, as one of the pool's lanes. */
const MAIN = 'main';
type Lane = Worker | typeof MAIN;

/**
 * Worker pool of `size` lanes, sized from os.availableParallelism() unless told otherwise: a queue
 * of tasks, each a batch of files to stat, to stat and hash, or of ranges to hash; a free lane
 * takes the next task, so every core stays busy until the work runs out. Tasks carry a priority: a
 * large file goes before everything queued with less (so one big file does not start last and
 * become the tail). A worker holds at most two short tasks (batches of small files; the next one
 * is already there when it finishes one, so no worker waits on a round trip to the main thread)
 * and never anything behind a long one. Memory: one read buffer per lane, the job list, and at
 * most two batches in flight per worker. Workers may be started early (start()), e.g. while the
 * tree is still being walked. close() terminates every worker and fails what is still queued.
 *
 * With `mainLane`, the calling thread is one of the lanes: `size - 1` workers start, and once
 * it has listed the tree (openMainLane()) the calling thread runs short tasks between its other
 * work (the replies), one at a time (a batch of small files: a few milliseconds). A worker costs 50-90 ms of CPU to start, and on a
 * machine of few cores the calling thread would otherwise take a core's share of time for little
 * work. A long task (a large file, a shard) would stall the calling thread, and with it every
 * worker's next task: once one waits with no worker free, the last worker starts (grow()) and the
 * calling thread stops taking tasks.
 */
export class HashPool {
  private readonly workers: Worker[] = [];
  /** Tasks sent to each lane and not answered yet, oldest first. */
  private readonly sent = new Map<Lane, Task[]>();
  private readonly queue: Task[] = [];
  private readonly chunk: number;
  private readonly progressBuf: SharedArrayBuffer;
  private nextId = 0;
  private closing = false;
  /** Whether the calling thread takes tasks (see mainLane), and whether it is free to yet. */
  private mainActive: boolean;
  private mainOpen = false;
  started = false;

  constructor(
    readonly size: number,
    private readonly opts: Pick<HashOptions, 'chunkSize' | 'onWorker'> = {},
    mainLane = false,
  ) {
    this.chunk = opts.chunkSize ?? CHUNK_SIZE;
    this.mainActive = mainLane && size >= 2;
    // [bytes, jobs] per lane: the workers' slots, then the calling thread's.
    this.progressBuf = new SharedArrayBuffer(16 * (Math.max(1, size) + 1));
  }

  /** [bytes, jobs] per lane, added to by the lanes since the pool started. */
  get counters(): Float64Array {
    return new Float64Array(this.progressBuf);
  }

  /** Workers started so far. */
  get workerCount(): number {
    return this.workers.length;
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    if (this.mainActive) this.sent.set(MAIN, []);
    const n = this.mainActive ? this.size - 1 : this.size;
    for (let k = 0; k < n; k++) this.spawn();
  }

  /**
   * Let the calling thread take tasks from now on (see mainLane): once the tree is listed. While
   * it lists the tree it feeds the workers, and taking tasks would starve them.
   */
  openMainLane(): void {
    if (this.mainOpen) return;
    this.mainOpen = true;
    this.pump();
  }

  /** Start the last worker and let the calling thread stop taking tasks (see mainLane). */
  grow(): void {
    if (!this.started || !this.mainActive || this.closing) return;
    this.mainActive = false;
    while (this.workers.length < this.size) this.spawn();
  }

  private spawn(): void {
    const k = this.workers.length;
    const w = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { chunkSize: this.chunk, progress: this.progressBuf, slot: 2 * k },
      // A worker keeps nothing between batches: a small young generation keeps its memory small.
      resourceLimits: { maxYoungGenerationSizeMb: 4 },
    });
    this.workers.push(w);
    this.sent.set(w, []);
    w.on('message', (m: unknown) => {
      const t = this.sent.get(w)?.shift();
      this.pump();
      t?.resolve(m as never);
    });
    w.on('error', (e) => this.failAll(new Error(`hash worker failed: ${e instanceof Error ? e.message : String(e)}`)));
    w.on('exit', (code) => {
      if (!this.closing) this.failAll(new Error(`hash worker exited early (code ${code})`));
    });
    this.opts.onWorker?.(w);
  }

  /** Run the calling thread's task, once the event loop has run what waited before it. */
  private runMain(): void {
    const q = this.sent.get(MAIN);
    const t = q?.[0];
    if (t === undefined || this.closing) return;
    let reply: unknown;
    try {
      reply = runOnThisThread(t.build().msg, this.chunk, this.counters, 2 * this.size);
    } catch (e) {
      q!.shift();
      this.failAll(e instanceof Error ? e : new Error(String(e)));
      t.reject(e instanceof Error ? e : new Error(String(e)));
      return;
    }
    q!.shift();
    this.pump();
    t.resolve(reply as never);
  }

  /** Queue one task; its promise settles with the worker's reply. */
  private exec<R>(build: Task['build'], priority = 0, short = true): Promise<R> {
    if (this.closing) return Promise.reject(new Error('hash pool is closed'));
    this.start();
    return new Promise<R>((resolve, reject) => {
      const t: Task = { build, resolve: resolve as Task['resolve'], reject, priority, short };
      let at = this.queue.length;
      while (at > 0 && this.queue[at - 1]!.priority < priority) at--;
      this.queue.splice(at, 0, t);
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const head = this.queue[0]!;
      // An idle worker first; then the calling thread, for a short task; else a worker busy
      // with a single short task, for a short task.
      let lane: Lane | undefined;
      let second: Worker | undefined;
      for (const x of this.workers) {
        const q = this.sent.get(x)!;
        if (q.length === 0) {
          lane = x;
          break;
        }
        if (second === undefined && q.length === 1 && q[0]!.short && head.short) second = x;
      }
      if (lane === undefined && this.mainActive) {
        if (!head.short) {
          // A long task with no worker free: it gets a worker of its own (see mainLane).
          this.grow();
          continue;
        }
        if (this.mainOpen && this.sent.get(MAIN)!.length === 0) lane = MAIN;
      }
      lane ??= second;
      if (lane === undefined) return;
      const t = this.queue.shift()!;
      this.sent.get(lane)!.push(t);
      if (lane === MAIN) {
        setImmediate(() => this.runMain());
        continue;
      }
      const { msg, transfer } = t.build();
      lane.postMessage({ id: this.nextId++, ...msg }, transfer);
    }
  }

  private failAll(e: Error): void {
    for (const t of this.queue.splice(0)) t.reject(e);
    for (const q of this.sent.values()) for (const t of q.splice(0)) t.reject(e);
  }

  /** lstat the given files in a worker: [size, mtimeNs, dev, ino] per file, and the failures. */
  stat(paths: string[]): Promise<StatReply> {
    return this.exec<StatReply>(() => ({ msg: { op: 'stat', paths: paths.join('\0') }, transfer: [] }));
  }

  /** lstat the given files in a worker and hash at once those smaller than the read buffer. */
  statHash(paths: string[], priority = 0): Promise<StatHashReply> {
    return this.exec<StatHashReply>(() => ({ msg: { op: 'stathash', paths: paths.join('\0') }, transfer: [] }), priority);
  }

  /**
   * Hash whole files whose identity is known, as one task (`priority`: ahead of everything queued
   * with less). 32 digest bytes per file, or the first failure (index and error).
   */
  hashFiles(files: readonly FileJob[], priority: number, short: boolean): Promise<{ digests: Buffer; failed: null } | { digests: null; failed: { k: number; error: InputError } }> {
    const jobs = files.map((file) => ({ file, start: 0, end: Number(file.size) }));
    const ids = Int32Array.from(jobs, (_, k) => k);
    return this.exec<HashReply>(
      () => {
        const { paths, nums } = packBatch(jobs, ids, 0, jobs.length);
        return { msg: { op: 'hash', paths, nums }, transfer: [nums.buffer as ArrayBuffer] };
      },
      priority,
      short,
    ).then((m) =>
      m.error
        ? { digests: null, failed: { k: m.error.k, error: toError(jobs[m.error.k]!, m.error) } }
        : { digests: Buffer.from(m.digests.buffer, m.digests.byteOffset, m.digests.byteLength), failed: null },
    );
  }

  async run(jobs: readonly RangeJob[], total: number, progress: Progress): Promise<Buffer> {
    this.start();
    // The counters also hold what the pool did before (files hashed while the tree was listed).
    progress.counters = this.counters;
    const order = Int32Array.from(jobs, (_, k) => k).sort((a, b) => {
      const d = jobs[b]!.end - jobs[b]!.start - (jobs[a]!.end - jobs[a]!.start);
      return d !== 0 ? d : a - b;
    });
    const slots = this.size * BATCHES_PER_WORKER;
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
      const first = jobs[order[from]!]!;
      batches.push(
        this.exec<HashReply>(
          () => {
            const { paths, nums } = packBatch(jobs, order, from, to);
            return { msg: { op: 'hash', paths, nums }, transfer: [nums.buffer as ArrayBuffer] };
          },
          0,
          first.end - first.start < BATCH_BYTES,
        ).then((m) => {
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
