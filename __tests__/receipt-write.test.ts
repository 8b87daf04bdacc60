import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeReceiptDir } from '../src/receipt/write.js';

let base = '';
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'cr-write-'));
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

describe('writeReceiptDir', () => {
  it('writes every file and receipt.json, leaves no temporary names', async () => {
    const out = join(base, 'out');
    await writeReceiptDir(out, [{ path: 'a.json', bytes: '{}' }, { path: 'evidence/0-x.bin', bytes: new Uint8Array([1, 2]) }], '{"r":1}');
    expect(readFileSync(join(out, 'receipt.json'), 'utf8')).toBe('{"r":1}');
    expect(readFileSync(join(out, 'evidence', '0-x.bin'))).toEqual(Buffer.from([1, 2]));
    expect(readdirSync(out, { recursive: true }).map(String).filter((n) => n.includes('.tmp-'))).toEqual([]);
    expect(readdirSync(base)).toEqual(['out']);
  });

  it('replaces an earlier receipt directory whole', async () => {
    const out = join(base, 'out');
    await writeReceiptDir(out, [{ path: 'old.json', bytes: '1' }], '{"r":1}');
    await writeReceiptDir(out, [{ path: 'new.json', bytes: '2' }], '{"r":2}');
    expect(existsSync(join(out, 'old.json'))).toBe(false);
    expect(readFileSync(join(out, 'receipt.json'), 'utf8')).toBe('{"r":2}');
    expect(readdirSync(base)).toEqual(['out']);
  });

  it('refuses a non-empty directory that holds no receipt', async () => {
    const out = join(base, 'mine');
    mkdirSync(out);
    writeFileSync(join(out, 'precious.txt'), 'x');
    await expect(writeReceiptDir(out, [], '{}')).rejects.toMatchObject({ code: 'OUT_UNSAFE' });
    expect(readdirSync(out)).toEqual(['precious.txt']);
  });

  it('leaves nothing behind when a write fails', async () => {
    const out = join(base, 'out');
    await expect(writeReceiptDir(out, [{ path: 'receipt.json', bytes: 'x' }], '{}')).rejects.toThrow();
    expect(readdirSync(base)).toEqual([]);
  });
});
