/**
 * The benchmark's datasets, generated once under a directory and reused while their parameters
 * stay the same (a `.params` file in each dataset records them).
 *
 *   large   one file of `largeGB` GB
 *   model   a model-like tree: one shard of `modelShardGB` GB, six parts of 64 MB, 4,000 small files
 *   many    `manyFiles` files of 1 KiB - 1 MiB in 64 directories (about 0.27 MB each on average)
 *   small   `smallFiles` files of 1-9 KB in 100 directories
 *   empty   `emptyFiles` empty files in 100 directories
 *
 * File contents come from one random block, read at a different offset for every file, so no
 * two files share their bytes and generating is limited by the disk, not by a random generator.
 */
import { randomFillSync } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const DEFAULTS = { largeGB: 2, modelShardGB: 0.8, manyFiles: 4000, smallFiles: 20000, emptyFiles: 100000 };

const BLOCK = Buffer.allocUnsafe(16 << 20);
randomFillSync(BLOCK);
let fileCounter = 0;

function writeFile(p, size) {
  const fd = fs.openSync(p, 'w');
  try {
    let off = (fileCounter++ * 7919) % (BLOCK.length >> 1);
    let left = size;
    while (left > 0) {
      const n = Math.min(left, BLOCK.length - off);
      fs.writeSync(fd, BLOCK, off, n);
      left -= n;
      off = (off + 4099) % (BLOCK.length >> 1);
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** A deterministic pseudo-random sequence in [0, 1). */
function lcg(seed) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);
}

function smallTree(dir, n, dirs, sizeOf, name) {
  for (let d = 0; d < dirs; d++) fs.mkdirSync(path.join(dir, `d${String(d).padStart(3, '0')}`), { recursive: true });
  for (let k = 0; k < n; k++) writeFile(path.join(dir, `d${String(k % dirs).padStart(3, '0')}`, name(k)), sizeOf(k));
}

const GENERATORS = {
  large: (dir, p) => writeFile(path.join(dir, 'model.bin'), Math.round(p.largeGB * 1e9)),
  model: (dir, p) => {
    fs.mkdirSync(path.join(dir, 'weights'), { recursive: true });
    writeFile(path.join(dir, 'weights', 'model-00001-of-00007.safetensors'), Math.round(p.modelShardGB * 1e9));
    for (let k = 2; k <= 7; k++) writeFile(path.join(dir, 'weights', `model-0000${k}-of-00007.safetensors`), 64 << 20);
    const r = lcg(7);
    smallTree(path.join(dir, 'tokenizer'), 4000, 40, () => 512 + Math.floor(r() * 16384), (k) => `vocab-${k}.json`);
    fs.writeFileSync(path.join(dir, 'config.json'), '{"model_type":"bench"}\n');
  },
  many: (dir, p) => {
    const r = lcg(11);
    smallTree(dir, p.manyFiles, 64, () => 1024 + Math.floor(r() * r() * (1 << 20)), (k) => `part ${k}.bin`);
  },
  small: (dir, p) => {
    const r = lcg(13);
    smallTree(dir, p.smallFiles, 100, () => 1000 + Math.floor(r() * 8000), (k) => `f${k}.txt`);
  },
  empty: (dir, p) => smallTree(dir, p.emptyFiles, 100, () => 0, (k) => `e${k}`),
};

export const DATASETS = Object.keys(GENERATORS);

/** The parameters that shape one dataset (a change regenerates it). */
function paramsOf(name, p) {
  const keys = { large: ['largeGB'], model: ['modelShardGB'], many: ['manyFiles'], small: ['smallFiles'], empty: ['emptyFiles'] }[name];
  return JSON.stringify(Object.fromEntries(keys.map((k) => [k, p[k]])));
}

/** Make (or reuse) dataset `name` under `root`; returns its directory. */
export function ensureDataset(root, name, params, log = () => {}) {
  const dir = path.join(root, name);
  const stamp = path.join(root, `${name}.params`);
  const want = paramsOf(name, params);
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === want && fs.existsSync(dir)) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(stamp, { force: true });
  fs.mkdirSync(dir, { recursive: true });
  log(`generating ${name} ${want} ...`);
  GENERATORS[name](dir, params);
  fs.writeFileSync(stamp, want);
  return dir;
}
