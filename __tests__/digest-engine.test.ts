// The hashing engine against an independent single-threaded reference, the OMS shards
// serialization, progress reports, and the resource-order check the verifier uses.
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { digestTree, parseShardName, resourcesInOrder, SHARD_SIZE } from '../src/digest/index.js';
import { compareCodePoints } from '../src/digest/names.js';
import { digestTreeWith } from '../src/digest/digest-tree.js';
import { CHUNK_SIZE, INLINE_MAX_FILES, type HashProgress } from '../src/digest/hash-files.js';
import { sha256sums } from '../src/digest/sha256sums.js';
import { buildManifest } from '../src/digest/build-manifest.js';
import { makeTree, rmTree, tmpDir } from './fixtures/digest/helpers.js';

let tmp: string;
beforeEach(() => {
  tmp = tmpDir();
});
afterEach(() => {
  rmTree(tmp);
});

/**
 * The reference: one thread, no batching, no workers. Recursive readdir, whole-file reads,
 * names in path-components order (default ignores at the top), SHA-256 per file (or per shard),
 * root over the raw digests.
 */
function reference(root: string, shardSize?: number): { digest: string; names: string[]; hexes: string[] } {
  const files: { name: string; abs: string }[] = [];
  const walk = (dir: string, rel: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (rel === '' && ['.git', '.gitattributes', '.github', '.gitignore'].includes(e.name)) continue;
      const name = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) walk(path.join(dir, e.name), name);
      else files.push({ name, abs: path.join(dir, e.name) });
    }
  };
  walk(root, '');
  // model_signing's order: by the list of path components, each by its UTF-8 bytes.
  const cmp = (a: string, b: string): number => {
    const x = a.split('/');
    const y = b.split('/');
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      const c = Buffer.compare(Buffer.from(x[i]!), Buffer.from(y[i]!));
      if (c !== 0) return c;
    }
    return x.length - y.length;
  };
  files.sort((a, b) => cmp(a.name, b.name));
  const names: string[] = [];
  const hexes: string[] = [];
  for (const f of files) {
    const data = fs.readFileSync(f.abs);
    if (shardSize === undefined) {
      names.push(f.name);
      hexes.push(createHash('sha256').update(data).digest('hex'));
      continue;
    }
    for (let s = 0; s < data.length; s += shardSize) {
      const e = Math.min(data.length, s + shardSize);
      names.push(`${f.name}:${s}:${e}`);
      hexes.push(createHash('sha256').update(data.subarray(s, e)).digest('hex'));
    }
  }
  const h = createHash('sha256');
  for (const x of hexes) h.update(Buffer.from(x, 'hex'));
  return { digest: 'sha256:' + h.digest('hex'), names, hexes };
}

/** Deterministic bytes, different for every (seed, length). */
function bytes(n: number, seed: number): Buffer {
  const b = Buffer.allocUnsafe(n);
  let s = seed * 2654435761 + n;
  for (let i = 0; i < n; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    b[i] = s >>> 24;
  }
  return b;
}

/** Big files around the chunk size, many small and empty files: more than the inline limit. */
function mixedTree(root: string, smallFiles = INLINE_MAX_FILES + 500): void {
  const spec: Record<string, Buffer> = {};
  spec['weights/model-1.bin'] = bytes(3 * CHUNK_SIZE + 17, 1);
  spec['weights/model-2.bin'] = bytes(CHUNK_SIZE, 2);
  spec['weights/model-3.bin'] = bytes(CHUNK_SIZE - 1, 3);
  spec['weights/model-4.bin'] = bytes(CHUNK_SIZE + 1, 4);
  for (let k = 0; k < smallFiles; k++) spec[`data/d${k % 17}/f${k}.txt`] = k % 11 === 0 ? Buffer.alloc(0) : bytes(1 + (k % 300), k);
  makeTree(root, spec);
}

describe('hashing engine: same digests as a single-threaded reference', () => {
  it('workers, inline and auto agree with the reference, bit for bit, at several concurrencies', async () => {
    mixedTree(tmp);
    const ref = reference(tmp);
    const runs = await Promise.all([
      digestTree([tmp]),
      digestTreeWith([tmp], { concurrency: 1 }, { engine: 'workers' }),
      digestTreeWith([tmp], { concurrency: 3 }, { engine: 'workers' }),
      digestTreeWith([tmp], { concurrency: 2 }, { engine: 'workers', chunkSize: 4096 }),
      digestTreeWith([tmp], {}, { engine: 'inline' }),
      digestTreeWith([tmp], { concurrency: 2 }, { engine: 'lanes' }),
      digestTreeWith([tmp], { concurrency: 3 }, { engine: 'lanes', chunkSize: 4096 }),
    ]);
    for (const t of runs) {
      expect(t.digest).toBe(ref.digest);
      expect(t.resources.map((r) => r.name)).toEqual(ref.names);
      expect(t.resources.map((r) => r.sha256)).toEqual(ref.hexes);
      expect(t.files).toBe(ref.names.length);
    }
  });

  it('a tree of few files but many bytes moves to the pool once their sizes are known, with the same digests', async () => {
    // 800 files of 64 KiB: few enough to start on this thread, 52 MB in all: more than the inline limit.
    const spec: Record<string, Buffer> = {};
    const block = randomBytes(64 * 1024 + 800);
    for (let k = 0; k < 800; k++) spec[`d${k % 3}/f${k}`] = block.subarray(k, k + 64 * 1024);
    makeTree(tmp, spec);
    let started = 0;
    const t = await digestTreeWith([tmp], { concurrency: 3 }, { onWorker: () => started++ });
    // Three lanes: two workers and this thread (no file is large enough to need a third worker).
    expect(started).toBe(2);
    expect(t.digest).toBe(reference(tmp).digest);
  });

  it('large files get workers of their own: the last worker starts and this thread stops hashing', async () => {
    // More files than the inline limit, and two files of more than a batch (8 MiB) found together.
    const spec: Record<string, Buffer> = {};
    for (let k = 0; k < INLINE_MAX_FILES + 100; k++) spec[`data/d${k % 7}/f${k}`] = bytes(1 + (k % 500), k);
    spec['weights/a.bin'] = bytes(9 * 1024 * 1024, 1);
    spec['weights/b.bin'] = bytes(9 * 1024 * 1024 + 3, 2);
    makeTree(tmp, spec);
    let started = 0;
    const t = await digestTreeWith([tmp], { concurrency: 2 }, { onWorker: () => started++ });
    expect(started).toBe(2);
    expect(t.digest).toBe(reference(tmp).digest);
    expect(t.files).toBe(INLINE_MAX_FILES + 102);
  });

  it('sizes and byte totals come from the files', async () => {
    mixedTree(tmp, 50);
    const t = await digestTreeWith([tmp], { concurrency: 2 }, { engine: 'workers' });
    for (const r of t.resources) expect(r.size).toBe(fs.statSync(path.join(tmp, r.name)).size);
    expect(t.bytes).toBe(t.resources.reduce((n, r) => n + r.size, 0));
  });
});

describe('shards serialization (OMS)', () => {
  it('matches model_signing on its sample model with 8-byte shards', async () => {
    // The sample_model_folder fixture of sigstore/model-transparency and lines of its golden manifest.
    const spec: Record<string, string> = {};
    for (let i = 0; i < 2; i++) for (let j = 0; j < 3; j++) spec[`d${i}/f${i}${j}`] = `This is file f${i}${j} in d${i}.`;
    for (let i = 0; i < 4; i++) spec[`f${i}`] = `This is file f${i} in root.`;
    makeTree(tmp, spec);
    const t = await digestTree([tmp], { method: 'shards', shardSize: 8 });
    const got = new Map(t.resources.map((r) => [r.name, r.sha256]));
    expect(got.get('d0/f00:0:8')).toBe('a37010c994067764d86540bf479d93b4d0c3bb3955de7b61f951caf2fd0301b0');
    expect(got.get('d0/f00:8:16')).toBe('03d5bb235fbf6771da18a650a7d01c1d6b85ada9de9cc62d27752a1c2a05548b');
    expect(got.get('d1/f12:16:23')).toBe('e6607ae1f591bd75d53b4a52bcd86ecf08643270814d20950ce4e762a99f773d');
    expect(got.get('f3:16:24')).toBe('df42fcbd1023b80c82e869872ea01e1e1b0bbd60ab4c68c4054e7343ff0ce581');
    expect(t.resources.length).toBe(30);
    // With 1 GB shards every file is one shard, with the file's digest.
    const whole = await digestTree([tmp], { method: 'shards' });
    expect(new Map(whole.resources.map((r) => [r.name, r.sha256])).get('d0/f00:0:23')).toBe('fdd8925354242a7fd1515e79534317b800015607a609cd306e0b4dcfe6c92249');
    expect(whole.serialization).toMatchObject({ method: 'shards', shard_size: SHARD_SIZE, hash_type: 'sha256' });
  });

  it('agrees with the reference across shard boundaries, engines and concurrencies; empty files have no shard', async () => {
    const shard = 1000;
    makeTree(tmp, {
      exact: bytes(3 * shard, 1),
      short: bytes(shard - 1, 2),
      over: bytes(shard + 1, 3),
      // 12 shards: numeric order of offsets (9000 before 10000), not text order.
      many: bytes(11 * shard + 5, 4),
      empty: Buffer.alloc(0),
      'a-b': bytes(10, 5),
      'a/b': bytes(2 * shard, 6),
    });
    const ref = reference(tmp, shard);
    for (const [opts, hooks] of [
      [{ concurrency: 1 }, { engine: 'workers' as const }],
      [{ concurrency: 4 }, { engine: 'workers' as const, chunkSize: 300 }],
      [{ concurrency: 2 }, { engine: 'lanes' as const, chunkSize: 300 }],
      [{}, { engine: 'inline' as const }],
    ] as const) {
      const t = await digestTreeWith([tmp], { method: 'shards', shardSize: shard, ...opts }, hooks);
      expect(t.resources.map((r) => r.name)).toEqual(ref.names);
      expect(t.resources.map((r) => r.sha256)).toEqual(ref.hexes);
      expect(t.digest).toBe(ref.digest);
      expect(t.files).toBe(7);
    }
    const names = ref.names.filter((n) => n.startsWith('many:'));
    expect(names.slice(8, 11)).toEqual(['many:8000:9000', 'many:9000:10000', 'many:10000:11000']);
    expect(ref.names.some((n) => n.startsWith('empty:'))).toBe(false);
  });

  it('a shards manifest is in order for the verifier; a files manifest of the same tree is not a shards one', async () => {
    makeTree(tmp, { big: bytes(25, 1), 'a-b': 'x', 'a/b': 'y' });
    const t = await digestTree([tmp], { method: 'shards', shardSize: 10 });
    const names = t.resources.map((r) => r.name);
    expect(resourcesInOrder('shards', 'path-components', names)).toBe(true);
    expect(resourcesInOrder('shards', 'path-components', [...names].reverse())).toBe(false);
    expect(resourcesInOrder('shards', 'path-components', ['big:0:10', 'big:0:10'])).toBe(false);
    expect(resourcesInOrder('shards', 'path-components', ['big'])).toBe(false);
    expect(resourcesInOrder('shards', 'no-such-order', names)).toBe(false);
    // 'a/b' sorts before 'a-b' by path components, after it by whole-name bytes.
    expect(names.indexOf('a/b:0:1')).toBeLessThan(names.indexOf('a-b:0:1'));
    expect(resourcesInOrder('shards', 'utf8-bytes', names)).toBe(false);
    expect(() => sha256sums(buildManifest(t))).toThrow(TypeError);
  });

  it('rejects names with a colon, and a tree with no bytes, in shards mode only', async () => {
    makeTree(tmp, { 'a:b': 'x' });
    await expect(digestTree([tmp], { method: 'shards' })).rejects.toMatchObject({ code: 'NAME_INVALID' });
    await expect(digestTree([tmp])).resolves.toMatchObject({ files: 1 });
    const empty = path.join(tmp, 'e');
    makeTree(empty, { x: '', y: '' });
    await expect(digestTree([empty], { method: 'shards' })).rejects.toMatchObject({ code: 'TREE_EMPTY' });
    await expect(digestTree([tmp], { shardSize: 0, method: 'shards' })).rejects.toMatchObject({ code: 'USAGE' });
  });
});

describe('shard names', () => {
  it.each([
    ['a:0:5', { file: 'a', start: 0, end: 5 }],
    ['x:y:0:1000000000', { file: 'x:y', start: 0, end: 1000000000 }],
    ['a:5:5', null],
    ['a:01:5', null],
    ['a:0:-1', null],
    [':0:5', null],
    ['a', null],
  ])('%s', (n, want) => {
    expect(parseShardName(n)).toEqual(want);
  });
});

describe('progress', () => {
  it('reports while walking and hashing, and ends with everything done', async () => {
    mixedTree(tmp, INLINE_MAX_FILES + 100);
    for (const method of ['files', 'shards'] as const) {
      const seen: HashProgress[] = [];
      const t = await digestTree([tmp], { method, shardSize: 100_000, onProgress: (p) => seen.push({ ...p }), progressIntervalMs: 1 });
      const last = seen.at(-1)!;
      expect(last).toMatchObject({ phase: 'hash', unit: method, done: t.resources.length, total: t.resources.length, bytesDone: t.bytes, bytesTotal: t.bytes });
      for (const p of seen) {
        expect(p.bytesDone).toBeLessThanOrEqual(p.bytesTotal);
        if (p.phase === 'hash') expect(p.done).toBeLessThanOrEqual(p.total!);
      }
    }
  });
});

describe('listing names without a Buffer per entry', () => {
  it('accepts a real U+FFFD in a name and still rejects bytes that are not UTF-8', async () => {
    makeTree(tmp, { 'ok\ufffd.txt': 'x', 'plain.txt': 'y' });
    const t = await digestTree([tmp]);
    expect(t.resources.map((r) => r.name)).toEqual(['ok\ufffd.txt', 'plain.txt']);
    const raw = Buffer.concat([Buffer.from(tmp + '/bad'), Buffer.from([0xff])]);
    fs.writeFileSync(raw, 'z');
    await expect(digestTree([tmp])).rejects.toMatchObject({ code: 'NAME_INVALID', message: expect.stringContaining('\\xff') });
  });

  it('compares by code point, not by UTF-16 unit', () => {
    const names = ['\u{1f600}', '\uff61', 'z', 'a', '\ue000'];
    expect([...names].sort(compareCodePoints)).toEqual(['a', 'z', '\ue000', '\uff61', '\u{1f600}']);
    expect([...names].sort(compareCodePoints)).toEqual([...names].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y))));
  });
});
