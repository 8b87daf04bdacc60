// A file deleted, renamed or replaced while the tree is hashed fails the run (FILE_CHANGED, naming
// the file): the manifest may never name a file that is gone. The hash itself reads through an open
// descriptor, which outlives a delete or a rename, so the check is made once hashing is done.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { digestTreeWith } from '../src/digest/digest-tree.js';
import type { WalkedFile } from '../src/digest/walk-tree.js';
import { InputError } from '../src/util/errors.js';

let tmp = '';
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cr-vanish-'));
  for (const [n, body] of Object.entries({ a: 'aaaa', target: 'contents', z: 'zzzz' })) fs.writeFileSync(path.join(tmp, n), body);
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

const target = (files: readonly WalkedFile[]) => files.find((f) => f.name === 'target')!.path;

describe('digestTree: a file that vanishes while the tree is hashed', () => {
  const changes: { what: string; change: (p: string) => void }[] = [
    { what: 'deleted', change: (p) => fs.unlinkSync(p) },
    { what: 'renamed', change: (p) => fs.renameSync(p, p + '.moved') },
    { what: 'moved to another directory', change: (p) => (fs.mkdirSync(path.join(tmp, 'elsewhere')), fs.renameSync(p, path.join(tmp, 'elsewhere', 'target'))) },
    { what: 'replaced by a copy', change: (p) => (fs.copyFileSync(p, p + '.copy'), fs.renameSync(p + '.copy', p)) },
  ];
  const grid = (['inline', 'workers', 'lanes'] as const).flatMap((engine) => changes.map((c) => ({ engine, ...c })));

  it.each(grid)('$what ($engine) -> FILE_CHANGED naming it', async ({ engine, change }) => {
    const err = await digestTreeWith([tmp], { concurrency: 2 }, { engine, afterHash: (files) => change(target(files)) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(err).toMatchObject({ code: 'FILE_CHANGED', message: expect.stringMatching(/(deleted or renamed|replaced) while being hashed: .*target/) });
  });

  it('an untouched tree still hashes', async () => {
    await expect(digestTreeWith([tmp], {}, { afterHash: () => undefined })).resolves.toMatchObject({ files: 3 });
  });
});
