// Property-based checks for parsers and loaders (fast-check): random and mutated-real inputs give a
// value or a coded error, never an uncaught TypeError/RangeError, a hang or unbounded memory.
// Add a parser with `expectCodedOrValue(bytesFrom(seeds), (b) => parseMine(b))`.
import fc from 'fast-check';
import { expect } from 'vitest';
import { InputError, VerifierUnavailableError } from '../../src/util/errors.js';

/** Runs per property: enough to reach odd corners, few enough to keep the suite fast. */
export const RUNS = 150;

/** Errors a parser may throw on hostile input: coded ones (anything else is a bug). */
export function isCodedError(e: unknown): boolean {
  return e instanceof InputError || e instanceof VerifierUnavailableError;
}

/** Values a length or count field might be forced to. */
const EDGE_U32 = [0, 1, 0x7f, 0x80, 0xff, 0x100, 0xffff, 0x10000, 0x7fffffff, 0x80000000, 0xffffffff];

type ByteOp =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'set'; at: number; value: number }
  | { op: 'u32'; at: number; value: number }
  | { op: 'truncate'; at: number }
  | { op: 'insert'; at: number; bytes: Uint8Array }
  | { op: 'delete'; at: number; len: number };

const byteOp: fc.Arbitrary<ByteOp> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ op: fc.constant('u32' as const), at: fc.nat(), value: fc.oneof(fc.constantFrom(...EDGE_U32), fc.nat({ max: 0xffffffff })) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 64 }) }),
);

export function mutateBytes(seed: Uint8Array, ops: readonly ByteOp[]): Uint8Array {
  let b = Buffer.from(seed);
  for (const o of ops) {
    const at = b.length === 0 ? 0 : o.at % b.length;
    switch (o.op) {
      case 'flip':
        if (b.length) b[at] = b[at]! ^ (1 << o.bit);
        break;
      case 'set':
        if (b.length) b[at] = o.value;
        break;
      case 'u32':
        if (b.length >= 4) b.writeUInt32LE(o.value >>> 0, Math.min(at, b.length - 4));
        break;
      case 'truncate':
        b = b.subarray(0, at);
        break;
      case 'insert':
        b = Buffer.concat([b.subarray(0, at), o.bytes, b.subarray(at)]);
        break;
      case 'delete':
        b = Buffer.concat([b.subarray(0, at), b.subarray(at + o.len)]);
        break;
    }
  }
  return new Uint8Array(b);
}

/** Random bytes, and the seeds mutated: bit flips, byte and 32-bit field overwrites, truncation, splices. */
export function bytesFrom(seeds: readonly Uint8Array[], maxRandom = 2048): fc.Arbitrary<Uint8Array> {
  const random = fc.uint8Array({ maxLength: maxRandom });
  if (seeds.length === 0) return random;
  const mutated = fc
    .tuple(fc.integer({ min: 0, max: seeds.length - 1 }), fc.array(byteOp, { minLength: 1, maxLength: 6 }))
    .map(([i, ops]) => mutateBytes(seeds[i]!, ops));
  return fc.oneof({ arbitrary: mutated, weight: 4 }, { arbitrary: random, weight: 1 });
}

/** Replace the node at a pseudo-random path of a JSON value (pick steers the walk). */
function replaceNode(v: unknown, pick: readonly number[], by: unknown, depth = 0): unknown {
  const step = pick[depth];
  if (step === undefined || v === null || typeof v !== 'object') return by;
  if (Array.isArray(v)) {
    if (v.length === 0) return by;
    const i = step % (v.length + 1);
    if (i === v.length) return by;
    const copy = v.slice();
    copy[i] = replaceNode(v[i], pick, by, depth + 1);
    return copy;
  }
  const keys = Object.keys(v);
  if (keys.length === 0) return by;
  const i = step % (keys.length + 2);
  const copy: Record<string, unknown> = { ...(v as Record<string, unknown>) };
  if (i === keys.length) return by;
  if (i === keys.length + 1) {
    delete copy[keys[step % keys.length]!];
    return copy;
  }
  copy[keys[i]!] = replaceNode(copy[keys[i]!], pick, by, depth + 1);
  return copy;
}

const jsonLeaf = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1e308, '', '0x', 'JWT', '{}', [], {}),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
);

/** JSON text: the seeds with one node replaced or deleted (structure kept), text edits, and random JSON. */
export function jsonTextFrom(seeds: readonly unknown[]): fc.Arbitrary<string> {
  const random = fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v));
  if (seeds.length === 0) return random;
  const idx = fc.integer({ min: 0, max: seeds.length - 1 });
  const structural = fc
    .tuple(idx, fc.array(fc.nat(), { minLength: 0, maxLength: 8 }), fc.oneof(jsonLeaf, fc.jsonValue({ maxDepth: 2 })))
    .map(([i, pick, by]) => JSON.stringify(replaceNode(seeds[i], pick, by)));
  const textual = fc
    .tuple(idx, fc.array(byteOp, { minLength: 1, maxLength: 4 }))
    .map(([i, ops]) => Buffer.from(mutateBytes(Buffer.from(JSON.stringify(seeds[i])), ops)).toString('utf8'));
  return fc.oneof({ arbitrary: structural, weight: 4 }, { arbitrary: textual, weight: 2 }, { arbitrary: random, weight: 1 });
}

/** Text (YAML, Markdown): the seeds with line and character edits, and random strings. */
export function textFrom(seeds: readonly string[]): fc.Arbitrary<string> {
  const random = fc.string({ maxLength: 400, unit: 'binary' });
  if (seeds.length === 0) return random;
  const idx = fc.integer({ min: 0, max: seeds.length - 1 });
  const lineEdit = fc
    .tuple(idx, fc.nat(), fc.nat(), fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('- ', ': ', '&a [x]', '*a', '{', '[', '"', '? ', '!!binary x', '<<: *a', '\t')))
    .map(([i, a, b, ins]) => {
      const lines = seeds[i]!.split('\n');
      const x = a % lines.length;
      const y = b % lines.length;
      const out = lines.slice();
      switch (b % 4) {
        case 0:
          out.splice(x, 1);
          break;
        case 1:
          out[x] = out[x]! + ins;
          break;
        case 2:
          out.splice(x, 0, out[y]!);
          break;
        default:
          out[x] = ins + out[x]!;
      }
      return out.join('\n');
    });
  const byteEdit = fc
    .tuple(idx, fc.array(byteOp, { minLength: 1, maxLength: 4 }))
    .map(([i, ops]) => Buffer.from(mutateBytes(Buffer.from(seeds[i]!, 'utf8'), ops)).toString('utf8'));
  return fc.oneof({ arbitrary: lineEdit, weight: 3 }, { arbitrary: byteEdit, weight: 2 }, { arbitrary: random, weight: 1 });
}

function verdict(e: unknown): void {
  if (!isCodedError(e)) {
    const err = e as Error;
    throw new Error(`uncoded ${err?.name ?? typeof e}: ${err?.message ?? String(e)}\n${err?.stack ?? ''}`);
  }
  // A coded error is one printable line.
  expect((e as Error).message).not.toMatch(/[\u0000-\u001f]/);
}

function report<T>(d: fc.RunDetails<T>): void {
  if (!d.failed) return;
  const shown = JSON.stringify(d.counterexample, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v)) ?? '';
  const err = d.errorInstance as Error | undefined;
  throw new Error(
    `property failed after ${d.numRuns} run(s) (seed ${d.seed}, path ${JSON.stringify(d.counterexamplePath)}): ${err?.message ?? 'failed'}\n` +
      `counterexample (${shown.length} chars): ${shown.length > 400 ? shown.slice(0, 400) + '…' : shown}`,
  );
}

/** For every generated input, `parse` returns (then `check` may look at the value) or throws a coded error. */
export function expectCodedOrValue<T, R>(arb: fc.Arbitrary<T>, parse: (x: T) => R, check?: (r: R, x: T) => void, runs = RUNS): void {
  report(
    fc.check(
      fc.property(arb, (x) => {
        let r: R;
        try {
          r = parse(x);
        } catch (e) {
          verdict(e);
          return;
        }
        check?.(r, x);
      }),
      { numRuns: runs, endOnFailure: true },
    ),
  );
}

/** expectCodedOrValue for async parsers and loaders. */
export async function expectCodedOrValueAsync<T, R>(arb: fc.Arbitrary<T>, parse: (x: T) => Promise<R>, check?: (r: R, x: T) => void, runs = RUNS): Promise<void> {
  report(
    await fc.check(
      fc.asyncProperty(arb, async (x) => {
        let r: R;
        try {
          r = await parse(x);
        } catch (e) {
          verdict(e);
          return;
        }
        check?.(r, x);
      }),
      { numRuns: runs, endOnFailure: true },
    ),
  );
}

/** Only the texts that are JSON (for parsers that take an already-parsed value). */
export function parsedJson(arb: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  return arb
    .map((t) => {
      try {
        return { ok: true as const, v: JSON.parse(t) as unknown };
      } catch {
        return { ok: false as const, v: null };
      }
    })
    .filter((x) => x.ok)
    .map((x) => x.v);
}
