/**
 * Linting large documents on several threads. Each thread parses the document's block structure
 * (split.ts parseBlocks: the same parts in every thread), then threads take parts one at a time
 * from a shared counter and lint them (inline parsing, sentences, rules: lint.ts lintPart); the
 * findings are put back in part order. Parts start at top-level blocks, so the findings are exactly
 * those of lint() on the whole document. The main thread takes parts too; workers are started
 * before the document is parsed, so their start-up (loading the linter, compiling the rules)
 * overlaps the main thread's parsing. Used only when asked for (`lint --threads N`).
 *
 * A worker runs the program's own entry file (a bundle has no other file to run): that entry calls
 * serveLintWorker() when it finds LINT_WORKER_ROLE in its workerData. Should a worker fail, the
 * parts it took are linted on the main thread: the findings stay the same.
 */
import { availableParallelism } from 'node:os';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import type { Finding } from './engine.js';
import { lintPart, lintSentence } from './lint.js';
import type { ClaimRules } from './rules.js';
import { loadShippedRules } from './shipped.js';
import { parseBlocks } from './split.js';

/** workerData.role of a lint worker (the entry file checks it; keep the two in step). */
export const LINT_WORKER_ROLE = 'claim-lint';

/**
 * Below this many characters a document is linted on one thread: a worker's start-up (a Node
 * thread, the linter's code, compiling the rules: about 0.3 s of CPU) costs more than it saves.
 */
export const PARALLEL_MIN_CHARS = 400_000;
/** Each worker is worth its start-up only for about this much text. */
const CHARS_PER_WORKER = 300_000;
const MAX_WORKERS = 7;
/** Parts per thread (so a thread that started late, or reads slower text, is not waited for) ... */
const PARTS_PER_THREAD = 16;
/** ... but no smaller than this, so that per-part costs stay small. */
const MIN_PART_CHARS = 8_000;

/**
 * How many workers to start for documents of `chars` characters in all (0: lint on this thread),
 * with at most `threads` threads in all (the user's --threads; this one included) on `cpus` CPUs.
 * Without --threads, none: each thread warms up the compiler on its own, and on a 2-CPU machine a
 * second thread cost more CPU than it took off the first (about 1.3 s more for 1 MB, with V8's own
 * background threads off) and made the run slower; see docs/claim-linter.md.
 */
export function lintWorkersFor(chars: number, opts: { cpus?: number; threads?: number } = {}): number {
  const cpus = opts.cpus ?? availableParallelism();
  if (opts.threads === undefined || chars < PARALLEL_MIN_CHARS || cpus < 2) return 0;
  const bySize = Math.max(1, Math.floor(chars / CHARS_PER_WORKER));
  return Math.max(0, Math.min(opts.threads - 1, cpus - 1, MAX_WORKERS, bySize));
}

interface Request {
  id: number;
  source: string;
  parts: number;
  /** Int32 [next part to take], shared by every thread reading this document. */
  counter: SharedArrayBuffer;
}

type Reply = { id: number; results: [number, Finding[]][] } | { id: number; error: string };

interface Pending {
  resolve: (r: [number, Finding[]][]) => void;
  reject: (e: Error) => void;
}

export interface LintPoolOptions {
  /** Test seam: when false the main thread takes no part, so every part is read by a worker. */
  mainTakesParts?: boolean;
}

/** Lint workers for one run; close() when done (a live worker keeps the process alive). */
export class LintPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<Worker, Map<number, Pending>>();
  private readonly failed = new Set<Worker>();
  private seq = 0;
  /** Parts read by workers so far (for tests and diagnostics). */
  partsByWorkers = 0;

  /**
   * Start `count` workers running `entry` (the program's entry file). `rules` are sent along
   * unless they are the shipped rules, which each worker loads itself.
   */
  constructor(
    entry: string | URL,
    count: number,
    private readonly rules: ClaimRules = loadShippedRules(),
    private readonly opts: LintPoolOptions = {},
  ) {
    const custom = rules === loadShippedRules() ? undefined : rules;
    for (let i = 0; i < count; i++) {
      const w = new Worker(entry, { workerData: { role: LINT_WORKER_ROLE, rules: custom } });
      this.workers.push(w);
      this.pending.set(w, new Map());
      w.on('message', (m: Reply) => {
        const p = this.pending.get(w)!.get(m.id);
        if (!p) return;
        this.pending.get(w)!.delete(m.id);
        if ('error' in m) p.reject(new Error(m.error));
        else p.resolve(m.results);
      });
      const fail = (e: Error): void => {
        this.failed.add(w);
        for (const p of this.pending.get(w)!.values()) p.reject(e);
        this.pending.get(w)!.clear();
      };
      w.on('error', (e) => fail(e instanceof Error ? e : new Error(String(e))));
      w.on('exit', (code) => fail(new Error(`lint worker exited (code ${code})`)));
    }
  }

  /** The findings of lint(markdown, rules), read by this thread and the workers together. */
  async lint(markdown: string): Promise<Finding[]> {
    const id = ++this.seq;
    const live = this.workers.filter((w) => !this.failed.has(w));
    const threads = live.length + (this.opts.mainTakesParts === false ? 0 : 1);
    const parts = Math.max(1, Math.min(PARTS_PER_THREAD * threads, Math.floor(markdown.length / MIN_PART_CHARS)));
    const counter = new SharedArrayBuffer(4);
    const replies = live.map(
      (w) =>
        new Promise<[number, Finding[]][]>((resolve, reject) => {
          this.pending.get(w)!.set(id, { resolve, reject });
          const req: Request = { id, source: markdown, parts, counter };
          w.postMessage(req);
        }),
    );
    const doc = parseBlocks(markdown, parts);
    const n = doc.cuts.length - 1;
    const found = new Array<Finding[] | undefined>(n);
    if (this.opts.mainTakesParts !== false) {
      const next = new Int32Array(counter);
      for (let k = Atomics.add(next, 0, 1); k < n; k = Atomics.add(next, 0, 1)) found[k] = lintPart(doc, k, this.rules);
    }
    for (const r of await Promise.allSettled(replies)) {
      if (r.status !== 'fulfilled') continue;
      for (const [k, f] of r.value) {
        if (k >= 0 && k < n && found[k] === undefined) {
          found[k] = f;
          this.partsByWorkers++;
        }
      }
    }
    // Parts a failed worker took and did not return.
    const out: Finding[] = [];
    for (let k = 0; k < n; k++) out.push(...(found[k] ?? lintPart(doc, k, this.rules)));
    return out;
  }

  async close(): Promise<void> {
    const ws = this.workers.splice(0);
    for (const w of ws) this.failed.add(w);
    await Promise.all(ws.map((w) => w.terminate()));
  }
}

/** The worker's side: called by the entry file in a worker whose workerData.role is LINT_WORKER_ROLE. */
export function serveLintWorker(): void {
  const port = parentPort;
  if (!port) throw new TypeError('serveLintWorker: not in a worker thread');
  const rules: ClaimRules = (workerData as { rules?: ClaimRules }).rules ?? loadShippedRules();
  // Compile the rules now, while the main thread reads and parses the document.
  lintSentence('The benchmark proves the job ran.', rules);
  port.on('message', (m: Request) => {
    let reply: Reply;
    try {
      const doc = parseBlocks(m.source, m.parts);
      const n = doc.cuts.length - 1;
      const next = new Int32Array(m.counter);
      const results: [number, Finding[]][] = [];
      for (let k = Atomics.add(next, 0, 1); k < n; k = Atomics.add(next, 0, 1)) results.push([k, lintPart(doc, k, rules)]);
      reply = { id: m.id, results };
    } catch (e) {
      reply = { id: m.id, error: e instanceof Error ? e.message : String(e) };
    }
    port.postMessage(reply);
  });
}
