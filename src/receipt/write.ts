import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError, q } from '../util/errors.js';

/** One file of the receipt directory: a relative path with '/' separators, and its bytes. */
export interface OutFile {
  path: string;
  bytes: Uint8Array | string;
}

const RECEIPT = 'receipt.json';

/**
 * Writes the receipt directory so that a reader never sees half of it:
 * every file goes to a temporary name and is renamed; receipt.json is written last, so its presence
 * means the directory is complete. The new directory is staged beside `out` and swapped in, so an
 * existing receipt directory is replaced whole, and nothing is left behind on failure.
 * A non-empty `out` that holds no receipt.json is refused rather than clobbered.
 */
export async function writeReceiptDir(out: string, files: OutFile[], receiptJson: string): Promise<string> {
  const target = resolve(out);
  const parent = dirname(target);
  await mkdir(parent, { recursive: true });
  let existing: 'none' | 'receipt' | 'empty' = 'none';
  try {
    const st = await stat(target);
    if (!st.isDirectory()) throw new InputError('PATH_KIND', `output path ${q(out)} exists and is not a directory`);
    const entries = await readdir(target);
    if (entries.length === 0) existing = 'empty';
    else if (entries.includes(RECEIPT)) existing = 'receipt';
    else throw new InputError('PATH_KIND', `output directory ${q(out)} is not empty and holds no receipt.json; refusing to overwrite it`);
  } catch (e) {
    if (e instanceof InputError) throw e;
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const tag = randomBytes(6).toString('hex');
  const staging = join(parent, `.${basename(target)}.staging-${tag}`);
  const old = join(parent, `.${basename(target)}.old-${tag}`);
  try {
    await mkdir(staging);
    for (const f of files) {
      if (f.path === RECEIPT) throw new Error('receipt.json is written last by writeReceiptDir');
      await writeAtomic(join(staging, ...f.path.split('/')), f.bytes);
    }
    await writeAtomic(join(staging, RECEIPT), receiptJson);
    if (existing !== 'none') await rename(target, old);
    await rename(staging, target);
  } catch (e) {
    await rm(staging, { recursive: true, force: true });
    throw e;
  }
  if (existing !== 'none') await rm(old, { recursive: true, force: true });
  return join(target, RECEIPT);
}

/** Write to a temporary name in the same directory, then rename over the final name. */
export async function writeAtomic(path: string, bytes: Uint8Array | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${randomBytes(6).toString('hex')}`;
  try {
    await writeFile(tmp, bytes, { flag: 'wx', mode: 0o644 });
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}
