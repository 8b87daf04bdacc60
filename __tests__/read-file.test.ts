// The one safe file reader (src/util/read-file.ts): regular files only, under a size cap, and the
// guard that keeps every other module from reading files its own way.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../src/util/errors.js';
import { RECEIPT_JSON_BOUNDS, checkJsonBounds } from '../src/util/json.js';
import { READ_LIMITS, formatBytes, readRegularFile, readRegularFileSync, readRegularText, readStreamCapped } from '../src/util/read-file.js';

let dir = '';
let server: Server | undefined;
const fifo = () => join(dir, 'fifo');
const sock = () => join(dir, 'sock');

async function codeOf(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return { code: (e as InputError).code, message: (e as Error).message };
  }
  throw new Error('expected an InputError');
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cr-read-'));
  execFileSync('mkfifo', [fifo()]);
  writeFileSync(join(dir, 'ten'), '0123456789');
  writeFileSync(join(dir, 'empty'), '');
  mkdirSync(join(dir, 'sub'));
  symlinkSync(join(dir, 'ten'), join(dir, 'link-to-ten'));
  symlinkSync('/dev/zero', join(dir, 'link-to-zero'));
  symlinkSync(fifo(), join(dir, 'link-to-fifo'));
  symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling'));
  server = createServer();
  await new Promise<void>((res) => server!.listen(sock(), res));
});
afterAll(async () => {
  await new Promise<void>((res) => (server ? server.close(() => res()) : res()));
  rmSync(dir, { recursive: true, force: true });
});

describe('readRegularFile', () => {
  const o = (maxBytes = 100) => ({ maxBytes, what: 'policy file' });

  it('reads a regular file, and one of exactly maxBytes', async () => {
    expect((await readRegularFile(join(dir, 'ten'), o())).toString()).toBe('0123456789');
    expect((await readRegularFile(join(dir, 'ten'), o(10))).toString()).toBe('0123456789');
    expect(readRegularFileSync(join(dir, 'empty'), o()).length).toBe(0);
    expect(await readRegularText(join(dir, 'link-to-ten'), o())).toBe('0123456789');
  });

  it.each([
    ['a FIFO', () => fifo(), 'PATH_KIND', /is a FIFO, expected a regular file/],
    ['/dev/zero', () => '/dev/zero', 'PATH_KIND', /is a character device/],
    ['a symlink to /dev/zero', () => join(dir, 'link-to-zero'), 'PATH_KIND', /character device/],
    ['a symlink to a FIFO', () => join(dir, 'link-to-fifo'), 'PATH_KIND', /FIFO/],
    ['a socket', () => sock(), 'PATH_KIND', /socket/],
    ['a directory', () => join(dir, 'sub'), 'PATH_KIND', /directory/],
    ['a missing file', () => join(dir, 'missing'), 'PATH_MISSING', /does not exist/],
    ['a dangling symlink', () => join(dir, 'dangling'), 'PATH_MISSING', /does not exist/],
    ['a path through a file', () => join(dir, 'ten', 'x'), 'PATH_MISSING', /does not exist/],
  ])('refuses %s with a coded error naming the file', async (_n, path, code, re) => {
    const p = path();
    const e = await codeOf(readRegularFile(p, { maxBytes: 100, what: 'policy file', shown: 'shown-name' }));
    expect(e.code).toBe(code);
    expect(e.message).toMatch(re);
    expect(e.message).toContain('policy file "shown-name"');
    expect(() => readRegularFileSync(p, o())).toThrow(InputError);
  });

  it('refuses a file over the cap before reading it', async () => {
    const e = await codeOf(readRegularFile(join(dir, 'ten'), { maxBytes: 9, what: 'benchmark file' }));
    expect(e.code).toBe('FILE_TOO_LARGE');
    expect(e.message).toMatch(/benchmark file ".*ten" is larger than 9 bytes/);
  });

  it('noFollow refuses a symlink, even to a regular file', async () => {
    const e = await codeOf(readRegularFile(join(dir, 'link-to-ten'), { maxBytes: 100, what: 'receipt file', noFollow: true }));
    expect(e.code).toBe('SYMLINK');
    expect((await readRegularFile(join(dir, 'ten'), { maxBytes: 100, what: 'receipt file', noFollow: true })).length).toBe(10);
  });

  it('refuses an empty path rather than reading the working directory', async () => {
    expect((await codeOf(readRegularFile('', o()))).code).toBe('USAGE');
  });

  it('readStreamCapped stops an endless stream at the cap', async () => {
    let produced = 0;
    async function* endless() {
      for (;;) {
        produced += 1024;
        yield Buffer.alloc(1024);
      }
    }
    const e = await codeOf(readStreamCapped(endless(), { maxBytes: 10 * 1024, what: 'text on standard input' }));
    expect(e.code).toBe('FILE_TOO_LARGE');
    expect(produced).toBeLessThanOrEqual(11 * 1024);
    expect((await readStreamCapped((async function* () { yield Buffer.from('ab'); yield 'c'; })(), { maxBytes: 3, what: 'x' })).toString()).toBe('abc');
  });

  it('formats caps for messages', () => {
    expect(formatBytes(READ_LIMITS.receipt)).toBe('64 MiB');
    expect(formatBytes(READ_LIMITS.inputKey)).toBe('64 KiB');
    expect(formatBytes(7)).toBe('7 bytes');
  });
});

describe('guard: every file the tool reads goes through src/util/read-file.ts', () => {
  // The hashing engine reads tree files with its own O_NOFOLLOW|O_NONBLOCK open and fstat checks
  // against the walk (src/digest/hash-file-source.ts, run by hash-files.ts; walk-tree.ts hands it
  // node:fs for its batched lstat); it reads no file the user names as an option.
  const ALLOWED = new Set(['util/read-file.ts', 'digest/hash-file-source.ts', 'digest/hash-files.ts', 'digest/walk-tree.ts']);
  const READERS = ['readFile', 'readFileSync', 'createReadStream', 'open', 'openSync', 'read', 'readSync', 'openAsBlob', 'readv', 'readvSync'];

  function sources(d: string): string[] {
    return readdirSync(d, { withFileTypes: true }).flatMap((e) => {
      const p = join(d, e.name);
      if (e.isDirectory()) return e.name === 'generated' ? [] : sources(p);
      return e.name.endsWith('.ts') ? [p] : [];
    });
  }

  it('no other module imports a file-reading function from node:fs', () => {
    const src = join(__dirname, '..', 'src');
    const offenders: string[] = [];
    for (const file of sources(src)) {
      const rel = relative(src, file).split(sep).join('/');
      if (ALLOWED.has(rel)) continue;
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/import\s+(type\s+)?([^;]*?)\s+from\s+'(?:node:)?fs(?:\/promises)?'/g)) {
        if (m[1]) continue;
        const clause = m[2]!;
        if (/\*\s+as\s+/.test(clause) || /^\w+\s*(,|$)/.test(clause)) offenders.push(`${rel}: namespace or default import of fs`);
        const named = /\{([^}]*)\}/.exec(clause)?.[1] ?? '';
        for (const part of named.split(',')) {
          const name = part.trim().split(/\s+as\s+/)[0]!.replace(/^type\s+/, '');
          if (READERS.includes(name)) offenders.push(`${rel}: imports ${name}`);
        }
      }
      if (/require\(\s*'(?:node:)?fs/.test(text) || /import\(\s*'(?:node:)?fs/.test(text)) offenders.push(`${rel}: dynamic fs import`);
    }
    expect(offenders).toEqual([]);
  });
});

describe('checkJsonBounds (what a schema check may be given)', () => {
  it('refuses too many values and too deep nesting, with the code and name given', () => {
    const wide = { a: Array.from({ length: 1000 }, (_, i) => ({ i })) };
    expect(() => checkJsonBounds(wide, { maxNodes: 500, maxDepth: 32 }, 'RECEIPT_INVALID', 'receipt "r.json"')).toThrow(
      expect.objectContaining({ code: 'RECEIPT_INVALID', message: 'receipt "r.json" holds more than 500 JSON values' }),
    );
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(() => checkJsonBounds(deep, { maxNodes: 1e6, maxDepth: 32 }, 'RECEIPT_INVALID', 'receipt')).toThrow(/nests deeper than 32 levels/);
    expect(() => checkJsonBounds(wide, { maxNodes: 5000, maxDepth: 3 }, 'RECEIPT_INVALID', 'receipt')).not.toThrow();
    expect(() => checkJsonBounds('text', RECEIPT_JSON_BOUNDS, 'RECEIPT_INVALID', 'receipt')).not.toThrow();
  });
});
