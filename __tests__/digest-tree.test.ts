import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareNames, digestTree } from '../src/digest/index.js';
import { orderKey } from '../src/digest/names.js';
import { digestTreeWith } from '../src/digest/digest-tree.js';
import { CHUNK_SIZE } from '../src/digest/hash-files.js';
import type { WalkedFile } from '../src/digest/walk-tree.js';
import { InputError } from '../src/util/errors.js';
import { comparePathComponents, makeTree, oracle, rmTree, rootOf, sha256hex, tmpDir, type Node } from './fixtures/digest/helpers.js';

let tmp: string;
beforeEach(() => {
  tmp = tmpDir();
});
afterEach(() => {
  rmTree(tmp);
});

// 'lanes': the pool with this thread as one of its lanes (the default for trees too big to hash inline).
const ENGINES = ['inline', 'workers', 'lanes'] as const;

/** Awkward but legal names, and where UTF-8 byte order differs from UTF-16 and per-component order. */
const AWKWARD: Record<string, Node> = {
  'with space.txt': 'space',
  'quote"s.txt': 'dq',
  "apos'.txt": 'sq',
  'hash#.md': '# title',
  'star*.bin': 'star',
  'back\\slash.txt': 'backslash',
  '-leading-dash': 'dash',
  '[md](link)`_~|.md': 'markdown',
  'caf\u00e9.txt': 'nfc',
  '\uff61half.txt': 'U+FF61',
  '\u{1f600}emoji.txt': 'U+1F600',
  'a-b': 'a-b',
  'a.b': 'a.b',
  'a/b': 'a/b',
  'a b/c.txt': 'a b/c.txt',
  'model.safetensors': 'weights',
  'model/x': 'model/x',
  'x/\uff61': 'BMP in a subdirectory',
  'x/\u{10000}': 'astral in a subdirectory',
  'x/\u00e9/z': 'non-ASCII directory',
  'x/e/z': 'ASCII directory',
  empty: '',
  'd/e/f/deep.txt': 'deep',
  'sub/.git': 'nested .git is included',
  'sub/.github/workflow.yml': 'nested .github is included',
  '.git/config': 'ignored',
  '.github/x.yml': 'ignored',
  '.gitignore': 'ignored',
  '.gitattributes': 'ignored',
};

/** model_signing's order (path components, each by code point), written out by hand. */
const AWKWARD_ORDER = [
  '-leading-dash', // 0x2d
  '[md](link)`_~|.md', // 0x5b
  'a/b', // component 'a' is a prefix of 'a b', 'a-b', ...: a whole-name sort puts this after 'a.b'
  'a b/c.txt', // 'a b' < 'a-b' (0x20 < 0x2d)
  'a-b',
  'a.b',
  "apos'.txt",
  'back\\slash.txt',
  'caf\u00e9.txt',
  'd/e/f/deep.txt',
  'empty',
  'hash#.md',
  'model/x', // component 'model' before 'model.safetensors'
  'model.safetensors',
  'quote"s.txt',
  'star*.bin',
  'sub/.git',
  'sub/.github/workflow.yml',
  'with space.txt',
  'x/e/z',
  'x/\u00e9/z',
  'x/\uff61', // U+FF61 before U+10000 by code point (UTF-16 order would put U+10000 first: D800 < FF61)
  'x/\u{10000}',
  '\uff61half.txt', // EF BD A1
  '\u{1f600}emoji.txt', // F0 9F 98 80 (UTF-16 order would put it before U+FF61: D83D < FF61)
];

/** The older order (whole name by UTF-8 bytes), still replayed for receipts that recorded it. */
const AWKWARD_UTF8_ORDER = [
  '-leading-dash',
  '[md](link)`_~|.md',
  'a b/c.txt', // 0x20
  'a-b', // 0x2d
  'a.b', // 0x2e
  'a/b', // 0x2f
  "apos'.txt",
  'back\\slash.txt',
  'caf\u00e9.txt',
  'd/e/f/deep.txt',
  'empty',
  'hash#.md',
  'model.safetensors', // 0x2e
  'model/x', // 0x2f
  'quote"s.txt',
  'star*.bin',
  'sub/.git',
  'sub/.github/workflow.yml',
  'with space.txt',
  'x/e/z',
  'x/\u00e9/z',
  'x/\uff61',
  'x/\u{10000}',
  '\uff61half.txt',
  '\u{1f600}emoji.txt',
];

const AWKWARD_FILES = Object.keys(AWKWARD).filter((n) => !/^\.git/.test(n));

describe('digestTree: recipe', () => {
  it.each(ENGINES)('awkward names: model_signing order, and the root matches coreutils (%s)', async (engine) => {
    makeTree(tmp, AWKWARD);
    const t = await digestTreeWith([tmp], {}, { engine });
    const o = oracle(tmp, ['.']);
    expect(t.resources.map((r) => r.name)).toEqual(o.names);
    expect(t.resources.map((r) => r.sha256)).toEqual(o.digests);
    expect(t.digest).toBe(o.root);
    expect(t.root.toString('hex')).toBe(o.root.slice(7));
    // The reference written from the order's definition agrees with the hand-written order.
    const reference = [...AWKWARD_FILES].sort(comparePathComponents);
    expect(reference).toEqual(AWKWARD_ORDER);
    expect(t.resources.map((r) => r.name)).toEqual(AWKWARD_ORDER);
    // Neither a whole-name byte sort nor JS's default (UTF-16) sort gives this order.
    expect([...AWKWARD_FILES].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))).not.toEqual(AWKWARD_ORDER);
    expect([...AWKWARD_FILES].sort()).not.toEqual(AWKWARD_ORDER);
    expect(t.kind).toBe('directory');
    expect(t.name).toBe(path.basename(tmp));
    expect(t.files).toBe(AWKWARD_ORDER.length);
    expect(t.bytes).toBe(t.resources.reduce((n, r) => n + r.size, 0));
    expect(t.resources.find((r) => r.name === 'empty')).toEqual({ name: 'empty', size: 0, sha256: sha256hex('') });
    expect(t.serialization).toEqual({
      method: 'files',
      hash_type: 'sha256',
      order: 'path-components',
      allow_symlinks: false,
      ignore_paths: ['.git', '.gitattributes', '.github', '.gitignore'],
    });
  });

  it.each(ENGINES)('awkward names in the older utf8-bytes order, for replaying old receipts (%s)', async (engine) => {
    makeTree(tmp, AWKWARD);
    const t = await digestTreeWith([tmp], { order: 'utf8-bytes' }, { engine });
    const o = oracle(tmp, ['.'], [], 'utf8-bytes');
    expect(o.names).toEqual(AWKWARD_UTF8_ORDER);
    expect(t.resources.map((r) => r.name)).toEqual(AWKWARD_UTF8_ORDER);
    expect(t.digest).toBe(o.root);
    expect(t.serialization.order).toBe('utf8-bytes');
    // Same files, same digests, different order: a different root.
    const current = await digestTree([tmp]);
    expect(current.digest).not.toBe(t.digest);
    expect(new Set(current.resources.map((r) => `${r.name} ${r.sha256}`))).toEqual(new Set(t.resources.map((r) => `${r.name} ${r.sha256}`)));
  });

  it('the issue tree (a-b, a/b, a b/c.txt, model.safetensors, model/x): root equals the reference', async () => {
    const spec = { 'a-b': '1', 'a/b': '2', 'a b/c.txt': '3', 'model.safetensors': '4', 'model/x': '5' };
    makeTree(tmp, spec);
    const t = await digestTree([tmp]);
    const names = Object.keys(spec).sort(comparePathComponents);
    expect(names).toEqual(['a/b', 'a b/c.txt', 'a-b', 'model/x', 'model.safetensors']);
    expect(t.resources.map((r) => r.name)).toEqual(names);
    expect(t.digest).toBe(rootOf(names.map((n) => sha256hex(spec[n as keyof typeof spec]))));
  });

  it('a single file is one resource named by its basename; kind file', async () => {
    makeTree(tmp, { 'model.safetensors': 'weights' });
    const t = await digestTree([path.join(tmp, 'model.safetensors')]);
    expect(t.kind).toBe('file');
    expect(t.name).toBe('model.safetensors');
    expect(t.resources).toEqual([{ name: 'model.safetensors', size: 7, sha256: sha256hex('weights') }]);
    expect(t.digest).toBe(rootOf([sha256hex('weights')]));
  });

  it('several paths form one tree prefixed by basenames; coreutils agrees', async () => {
    makeTree(tmp, {
      'a/x/y': 'y',
      'a/.git/HEAD': 'ignored at the top of a',
      'a/z': 'z',
      f: 'f',
      'b/.gitignore': 'ignored',
      'b/w': 'w',
      'a-b': 'sibling not given',
    });
    const t = await digestTree([path.join(tmp, 'b'), path.join(tmp, 'f'), path.join(tmp, 'a')]);
    const o = oracle(tmp, ['b', 'f', 'a']);
    expect(t.resources.map((r) => r.name)).toEqual(['a/x/y', 'a/z', 'b/w', 'f']);
    expect(o.names).toEqual(['a/x/y', 'a/z', 'b/w', 'f']);
    expect(t.digest).toBe(o.root);
    expect(t.kind).toBe('directory');
    expect(t.name).toBe('b,f,a');
  });

  it('one path that is a directory: names are relative to it, no prefix', async () => {
    makeTree(tmp, { 'm/w.bin': 'w' });
    const t = await digestTree([path.join(tmp, 'm')]);
    expect(t.resources.map((r) => r.name)).toEqual(['w.bin']);
    expect(t.name).toBe('m');
  });

  it.each([
    { ignore: ['cache'], left: ['keep', 'sub/tmp.bin'] },
    { ignore: ['sub/tmp.bin'], left: ['cache/a', 'cache/b/c', 'keep'] },
    { ignore: ['./cache/', 'sub/tmp.bin'], left: ['keep'] },
    { ignore: ['cache/b'], left: ['cache/a', 'keep', 'sub/tmp.bin'] },
  ])('user ignores $ignore', async ({ ignore, left }) => {
    makeTree(tmp, { 'cache/a': 'a', 'cache/b/c': 'c', keep: 'k', 'sub/tmp.bin': 't' });
    const t = await digestTree([tmp], { ignorePaths: ignore });
    expect(t.resources.map((r) => r.name)).toEqual(left);
    const norm = ignore.map((p) => p.replace(/^\.\//, '').replace(/\/$/, ''));
    expect(t.serialization.ignore_paths).toEqual([...new Set(['.git', '.gitattributes', '.github', '.gitignore', ...norm])].sort());
  });

  it('user ignores in a multi-path tree use the prefixed names', async () => {
    makeTree(tmp, { 'a/cache/x': 'x', 'a/keep': 'k', 'b/cache/x': 'x' });
    const t = await digestTree([path.join(tmp, 'a'), path.join(tmp, 'b')], { ignorePaths: ['a/cache'] });
    expect(t.resources.map((r) => r.name)).toEqual(['a/keep', 'b/cache/x']);
  });

  it.each([[1], [2], [7]])('files around chunk boundaries hash correctly (concurrency %i)', async (concurrency) => {
    const chunk = 4096;
    const sizes = [0, 1, chunk - 1, chunk, chunk + 1, 3 * chunk + 17, CHUNK_SIZE + 1];
    const spec: Record<string, Buffer> = {};
    sizes.forEach((n, k) => {
      const b = Buffer.alloc(n);
      for (let i = 0; i < n; i++) b[i] = (i * 31 + k) & 0xff;
      spec[`f${k}`] = b;
    });
    makeTree(tmp, spec);
    for (const engine of ENGINES) {
      for (const chunkSize of [chunk, CHUNK_SIZE]) {
        const t = await digestTreeWith([tmp], { concurrency }, { engine, chunkSize });
        expect(t.resources.map((r) => r.sha256)).toEqual(Object.values(spec).map((b) => sha256hex(b)));
        expect(t.resources.map((r) => r.size)).toEqual(sizes);
      }
    }
  });

  it('a large-ish tree: concurrency 1 and N, inline and workers all agree with coreutils', async () => {
    const spec: Record<string, Buffer> = {};
    for (let k = 0; k < 3; k++) spec[`big/${k}.bin`] = Buffer.alloc(5 * 1024 * 1024 + k * 12345, k + 1);
    for (let k = 0; k < 600; k++) spec[`small/${String(k).padStart(4, '0')}`] = Buffer.from(`file ${k} `.repeat(k % 50));
    makeTree(tmp, spec);
    const o = oracle(tmp, ['.']);
    const results = await Promise.all([
      digestTreeWith([tmp], { concurrency: 1 }, { engine: 'workers' }),
      digestTreeWith([tmp], { concurrency: 4 }, { engine: 'workers' }),
      digestTreeWith([tmp], { concurrency: 4 }, { engine: 'inline' }),
      digestTree([tmp]),
    ]);
    for (const t of results) {
      expect(t.digest).toBe(o.root);
      expect(t.files).toBe(603);
    }
  });
});

describe('digestTree: symlinks', () => {
  it('rejects a symlink unless allowed', async () => {
    makeTree(tmp, { target: 't', link: { symlink: 'target' } });
    await expect(digestTree([tmp])).rejects.toMatchObject({ code: 'SYMLINK', message: expect.stringContaining('link') });
  });

  it('follows an allowed symlink inside the root, named by the link', async () => {
    makeTree(tmp, { 'd/target': 't', link: { symlink: 'd/target' }, dlink: { symlink: 'd' } });
    const t = await digestTree([tmp], { allowSymlinks: true });
    expect(t.resources.map((r) => [r.name, r.sha256])).toEqual([
      ['d/target', sha256hex('t')],
      ['dlink/target', sha256hex('t')],
      ['link', sha256hex('t')],
    ]);
    expect(t.serialization.allow_symlinks).toBe(true);
  });

  it.each([
    { what: 'outside the root', spec: { 'root/link': { symlink: '../outside' }, outside: 'o' } },
    { what: 'a directory outside the root', spec: { 'root/link': { symlink: '../od' }, 'od/f': 'o' } },
    { what: 'a loop', spec: { 'root/a': { symlink: 'b' }, 'root/b': { symlink: 'a' } } },
    { what: 'a directory cycle', spec: { 'root/d/f': 'f', 'root/d/up': { symlink: '..' } } },
    { what: 'the root itself', spec: { 'root/f': 'f', 'root/self': { symlink: '.' } } },
    { what: 'nothing', spec: { 'root/f': 'f', 'root/dangling': { symlink: 'nope' } } },
  ] as { what: string; spec: Record<string, Node> }[])('an allowed symlink to $what is rejected', async ({ spec }) => {
    makeTree(tmp, spec);
    await expect(digestTree([path.join(tmp, 'root')], { allowSymlinks: true })).rejects.toMatchObject({ code: 'SYMLINK' });
  });

  it('a top-level symlink is rejected unless allowed, and followed when allowed', async () => {
    makeTree(tmp, { 'real/f': 'f', top: { symlink: 'real' }, 'ftop': { symlink: 'real/f' } });
    await expect(digestTree([path.join(tmp, 'top')])).rejects.toMatchObject({ code: 'SYMLINK' });
    await expect(digestTree([path.join(tmp, 'ftop')])).rejects.toMatchObject({ code: 'SYMLINK' });
    const d = await digestTree([path.join(tmp, 'top')], { allowSymlinks: true });
    expect(d.resources.map((r) => r.name)).toEqual(['f']);
    expect(d.name).toBe('top');
    const f = await digestTree([path.join(tmp, 'ftop')], { allowSymlinks: true });
    expect(f.kind).toBe('file');
    expect(f.resources).toEqual([{ name: 'ftop', size: 1, sha256: sha256hex('f') }]);
  });

  it('a top-level symlink loop is rejected', async () => {
    makeTree(tmp, { a: { symlink: 'b' }, b: { symlink: 'a' } });
    await expect(digestTree([path.join(tmp, 'a')], { allowSymlinks: true })).rejects.toMatchObject({ code: 'SYMLINK' });
  });
});

describe('digestTree: bad input', () => {
  const cases: { what: string; spec: Record<string, Node>; paths: string[]; code: string; names?: string }[] = [
    { what: 'a nonexistent path', spec: {}, paths: ['nope'], code: 'PATH_MISSING', names: 'nope' },
    { what: 'an empty directory', spec: { 'e/': { dir: true } }, paths: ['e'], code: 'TREE_EMPTY' },
    { what: 'a directory with only ignored files', spec: { 'g/.git/HEAD': 'x', 'g/.gitignore': 'x' }, paths: ['g'], code: 'TREE_EMPTY' },
    { what: 'a FIFO in the tree', spec: { 'r/ok': 'ok', 'r/pipe': { fifo: true } }, paths: ['r'], code: 'PATH_KIND', names: 'pipe' },
    { what: 'a FIFO given directly', spec: { pipe: { fifo: true } }, paths: ['pipe'], code: 'PATH_KIND', names: 'pipe' },
    { what: 'a tab in a name', spec: { 'r/tab\there': 'x' }, paths: ['r'], code: 'NAME_INVALID', names: 'tab\\there' },
    { what: 'a newline in a name', spec: { 'r/new\nline': 'x' }, paths: ['r'], code: 'NAME_INVALID', names: 'new\\nline' },
    { what: 'DEL in a name', spec: { 'r/del\u007f': 'x' }, paths: ['r'], code: 'NAME_INVALID' },
    { what: 'a C1 control in a name', spec: { 'r/c1\u0085': 'x' }, paths: ['r'], code: 'NAME_INVALID', names: 'c1\\u0085' },
    { what: 'a control char in a root basename', spec: { 'bad\u0001/f': 'x' }, paths: ['bad\u0001'], code: 'NAME_INVALID' },
    { what: 'duplicate basenames', spec: { 'x/m/f': 'a', 'y/m/f': 'b' }, paths: ['x/m', 'y/m'], code: 'DUPLICATE_ROOT', names: 'm' },
    { what: 'the same path twice', spec: { 'm/f': 'a' }, paths: ['m', 'm'], code: 'DUPLICATE_ROOT' },
  ];

  it.each(cases)('$what -> $code', async ({ spec, paths, code, names }) => {
    makeTree(tmp, spec);
    const err = await digestTree(paths.map((p) => path.join(tmp, p))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(err).toMatchObject({ code });
    const msg = (err as Error).message;
    expect(msg).not.toMatch(/[\n\r\u0000-\u001f\u0080-\u009f]/);
    if (names) expect(msg).toContain(names);
  }, 10_000);

  it('rejects an invalid UTF-8 name, showing its bytes safely', async () => {
    fs.mkdirSync(path.join(tmp, 'r'));
    fs.writeFileSync(Buffer.concat([Buffer.from(path.join(tmp, 'r') + '/bad-'), Buffer.from([0xff, 0xfe]), Buffer.from('.bin')]), 'x');
    const err = await digestTree([path.join(tmp, 'r')]).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'NAME_INVALID' });
    expect((err as Error).message).toContain('bad-\\xff\\xfe.bin');
  });

  it('rejects a socket without opening it', async () => {
    fs.mkdirSync(path.join(tmp, 'r'));
    fs.writeFileSync(path.join(tmp, 'r', 'ok'), 'ok');
    const sock = path.join(tmp, 'r', 's.sock');
    const server = net.createServer();
    await new Promise<void>((res) => server.listen(sock, res));
    try {
      await expect(digestTree([path.join(tmp, 'r')])).rejects.toMatchObject({ code: 'PATH_KIND' });
    } finally {
      await new Promise<void>((res) => server.close(() => res()));
    }
  });

  it.each([['../x'], ['/abs'], ['a//b'], ['a/../b'], ['']])('rejects the ignore path %j', async (p) => {
    makeTree(tmp, { f: 'f' });
    await expect(digestTree([tmp], { ignorePaths: [p] })).rejects.toMatchObject({ code: 'USAGE' });
  });

  it('rejects an empty path list', async () => {
    await expect(digestTree([])).rejects.toMatchObject({ code: 'USAGE' });
  });

  const isRoot = process.getuid?.() === 0;
  it.skipIf(isRoot)('an unreadable file or directory -> PATH_UNREADABLE', async () => {
    makeTree(tmp, { 'r/secret': 's', 'r2/d/f': 'f' });
    fs.chmodSync(path.join(tmp, 'r', 'secret'), 0o000);
    fs.chmodSync(path.join(tmp, 'r2', 'd'), 0o000);
    await expect(digestTree([path.join(tmp, 'r')])).rejects.toMatchObject({ code: 'PATH_UNREADABLE' });
    await expect(digestTree([path.join(tmp, 'r2')])).rejects.toMatchObject({ code: 'PATH_UNREADABLE' });
  });
});

describe('digestTree: a file that changes while hashed', () => {
  const mutations: { what: string; mutate: (p: string) => void }[] = [
    { what: 'appended', mutate: (p) => fs.appendFileSync(p, 'more') },
    { what: 'truncated', mutate: (p) => fs.truncateSync(p, 1) },
    { what: 'rewritten in place, same size', mutate: (p) => touchLater(p, () => fs.writeFileSync(p, 'XXXXXXXX')) },
    { what: 'only its mtime changed', mutate: (p) => touchLater(p) },
    { what: 'replaced by another file', mutate: (p) => (fs.writeFileSync(p + '.new', 'contents'), fs.renameSync(p + '.new', p)) },
    { what: 'removed', mutate: (p) => fs.unlinkSync(p) },
  ];
  const grid = ENGINES.flatMap((engine) => mutations.map((m) => ({ engine, ...m })));

  it.each(grid)('$what ($engine) -> FILE_CHANGED', async ({ engine, mutate }) => {
    makeTree(tmp, { a: 'aaaa', target: 'contents', z: 'zzzz' });
    const err = await digestTreeWith([tmp], { concurrency: 2 }, {
      engine,
      afterWalk: (files: readonly WalkedFile[]) => mutate(files.find((f) => f.name === 'target')!.path),
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(err).toMatchObject({ code: 'FILE_CHANGED', message: expect.stringContaining('target') });
  });

  it.each(ENGINES)('swapped for a symlink after the walk -> SYMLINK (%s)', async (engine) => {
    makeTree(tmp, { other: 'contents', target: 'contents' });
    const err = await digestTreeWith([tmp], {}, {
      engine,
      afterWalk: (files) => {
        const p = files.find((f) => f.name === 'target')!.path;
        fs.unlinkSync(p);
        fs.symlinkSync('other', p);
      },
    }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'SYMLINK' });
  });

  it.each(ENGINES)('swapped for a FIFO after the walk -> no hang, PATH_KIND (%s)', async (engine) => {
    makeTree(tmp, { target: 'contents' });
    const err = await digestTreeWith([tmp], {}, {
      engine,
      afterWalk: (files) => {
        const p = files[0]!.path;
        fs.unlinkSync(p);
        makeTree(path.dirname(p), { [path.basename(p)]: { fifo: true } });
      },
    }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'PATH_KIND' });
  }, 10_000);
});

describe('digestTree: a file that changes between its listing and its opening (files serialization)', () => {
  // Listed files are opened (and their identity taken from the open file) after the listing:
  // whatever the name holds by then must still be a regular file, and is what gets hashed.
  const swaps: { what: string; swap: (p: string) => void; code: string }[] = [
    { what: 'swapped for a FIFO', swap: (p) => (fs.unlinkSync(p), makeTree(path.dirname(p), { [path.basename(p)]: { fifo: true } })), code: 'PATH_KIND' },
    { what: 'swapped for a directory', swap: (p) => (fs.unlinkSync(p), fs.mkdirSync(p)), code: 'PATH_KIND' },
    { what: 'swapped for a symlink', swap: (p) => (fs.unlinkSync(p), fs.symlinkSync('other', p)), code: 'SYMLINK' },
    { what: 'deleted', swap: (p) => fs.unlinkSync(p), code: 'PATH_MISSING' },
  ];
  const grid = ENGINES.flatMap((engine) => swaps.map((s) => ({ engine, ...s })));

  it.each(grid)('$what ($engine) -> $code naming it, no hang', async ({ engine, swap, code }) => {
    makeTree(tmp, { other: 'contents', target: 'contents', z: 'zzzz' });
    const err = await digestTreeWith([tmp], { concurrency: 2 }, { engine, afterList: () => swap(path.join(tmp, 'target')) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(err).toMatchObject({ code, message: expect.stringContaining('target') });
  }, 10_000);

  it.each(ENGINES)('rewritten before it is opened: the new bytes are hashed (%s)', async (engine) => {
    makeTree(tmp, { target: 'old contents', z: 'zzzz' });
    const t = await digestTreeWith([tmp], {}, { engine, afterList: () => fs.writeFileSync(path.join(tmp, 'target'), 'new contents!') });
    const target = t.resources.find((r) => r.name === 'target')!;
    expect(target).toMatchObject({ size: 13, sha256: createHash('sha256').update('new contents!').digest('hex') });
  });
});

describe('digestTree: a file that changes after its own hashing, before the tree is done', () => {
  const changes: { what: string; change: (p: string) => void }[] = [
    { what: 'appended', change: (p) => fs.appendFileSync(p, 'more') },
    { what: 'rewritten in place, same size', change: (p) => touchLater(p, () => fs.writeFileSync(p, 'XXXXXXXX')) },
    { what: 'only its mtime changed', change: (p) => touchLater(p) },
  ];
  const grid = (['files', 'shards'] as const).flatMap((method) => ENGINES.flatMap((engine) => changes.map((c) => ({ method, engine, ...c }))));

  it.each(grid)('$what ($method, $engine) -> FILE_CHANGED naming it', async ({ method, engine, change }) => {
    makeTree(tmp, { a: 'aaaa', target: 'contents', z: 'zzzz' });
    const err = await digestTreeWith([tmp], { method, concurrency: 2 }, { engine, afterHash: (files) => change(files.find((f) => f.name === 'target')!.path) }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(InputError);
    expect(err).toMatchObject({ code: 'FILE_CHANGED', message: expect.stringMatching(/changed while being hashed: .*target/) });
  });
});

describe('digestTree: worker pool', () => {
  it.each([
    { what: 'success', fail: false },
    { what: 'a file error', fail: true },
  ])('terminates every worker after $what', async ({ fail }) => {
    const spec: Record<string, string> = {};
    for (let k = 0; k < 40; k++) spec[`f${k}`] = `file ${k}`;
    makeTree(tmp, spec);
    let started = 0;
    let exited = 0;
    const p = digestTreeWith([tmp], { concurrency: 4 }, {
      engine: 'workers',
      afterWalk: fail ? (files) => fs.appendFileSync(files.find((f) => f.name === 'f17')!.path, 'x') : undefined,
      onWorker: (w) => {
        started++;
        w.on('exit', () => exited++);
      },
    });
    if (fail) await expect(p).rejects.toMatchObject({ code: 'FILE_CHANGED', message: expect.stringContaining('f17') });
    else await expect(p).resolves.toMatchObject({ files: 40 });
    expect(started).toBe(4);
    expect(exited).toBe(started);
  });
});

/** Change the mtime to a clearly different value (filesystems with coarse timestamps included). */
function touchLater(p: string, write?: () => void): void {
  const st = fs.statSync(p);
  write?.();
  const later = new Date(st.mtimeMs + 5000);
  fs.utimesSync(p, later, later);
}

describe('name order comparators', () => {
  // Names from an alphabet that stresses the orders: '/', characters on both sides of it, BMP
  // characters above the surrogates, and an astral character (a surrogate pair in UTF-16).
  const alphabet = ['/', '-', ' ', '.', '0', 'a', 'z', '\u00e9', '\uff21', '\ud83d\ude00'];
  const nameArb = fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 8 }).map((cs) => cs.join(''));
  const sign = (n: number) => Math.sign(n);

  it('path-components: the string comparator agrees with the per-component reference and the byte key', () => {
    fc.assert(
      fc.property(nameArb, nameArb, (a, b) => {
        const got = sign(compareNames(a, b, 'path-components'));
        expect(got).toBe(sign(comparePathComponents(a, b)));
        expect(got).toBe(sign(Buffer.compare(orderKey(a, 'path-components'), orderKey(b, 'path-components'))));
      }),
      { numRuns: 3000 },
    );
  });

  it('utf8-bytes: the string comparator agrees with comparing UTF-8 bytes', () => {
    fc.assert(
      fc.property(nameArb, nameArb, (a, b) => {
        expect(sign(compareNames(a, b, 'utf8-bytes'))).toBe(sign(Buffer.compare(Buffer.from(a), Buffer.from(b))));
      }),
      { numRuns: 3000 },
    );
  });
});
