#!/usr/bin/env node
/**
 * Per-file cost of the steps the hashing engine takes for a small file, on one thread, warm:
 * `node bench/per-file.mjs DIR [--rounds N]` (DIR: a tree of small files, such as the bench's
 * `small` dataset). Prints microseconds per file, CPU (user + sys), for each step alone and for
 * the whole sequence the engine runs (open, fstat, read, SHA-256, close, then the final lstat),
 * and the same whole sequence with paths relative to DIR (fewer components to look up). It reads
 * the page cache only: run it after the files were read once. A number printed, not a test.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
const ri = args.indexOf('--rounds');
const rounds = ri >= 0 ? Math.max(1, Number(args[ri + 1]) || 3) : 3;
if (!dir) {
  console.error('usage: node bench/per-file.mjs DIR [--rounds N]');
  process.exit(2);
}
const root = path.resolve(dir);
if (!fs.statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
  console.error(`per-file: not a directory: ${dir}`);
  process.exit(2);
}
const rel = [];
const walk = (d) => {
  for (const e of fs.readdirSync(path.join(root, d), { withFileTypes: true })) {
    const r = d === '' ? e.name : `${d}/${e.name}`;
    if (e.isDirectory()) walk(r);
    else if (e.isFile()) rel.push(r);
  }
};
walk('');
if (rel.length === 0) {
  console.error(`per-file: no files in ${dir}`);
  process.exit(2);
}
const abs = rel.map((r) => `${root}/${r}`);
const buf = Buffer.allocUnsafeSlow(256 * 1024);
const BIG = { bigint: true };
const C = fs.constants;
const FLAGS = C.O_RDONLY | (C.O_NOFOLLOW ?? 0) | (C.O_NONBLOCK ?? 0);
const digest = (n) => (typeof crypto.hash === 'function' ? crypto.hash('sha256', buf.subarray(0, n), 'buffer') : crypto.createHash('sha256').update(buf.subarray(0, n)).digest());
const engine = (files) => {
  for (const p of files) {
    const fd = fs.openSync(p, FLAGS);
    const st = fs.fstatSync(fd, BIG);
    const n = fs.readSync(fd, buf, 0, Number(st.size) + 1, 0);
    digest(n);
    fs.closeSync(fd);
    fs.lstatSync(p, BIG);
  }
};
const steps = [
  ['open + close', () => { for (const p of abs) fs.closeSync(fs.openSync(p, FLAGS)); }],
  ['open + fstat (bigint) + close', () => { for (const p of abs) { const fd = fs.openSync(p, FLAGS); fs.fstatSync(fd, BIG); fs.closeSync(fd); } }],
  ['lstat (bigint)', () => { for (const p of abs) fs.lstatSync(p, BIG); }],
  ['lstat (number)', () => { for (const p of abs) fs.lstatSync(p); }],
  ['SHA-256 of 5 KB', () => { for (let k = 0; k < abs.length; k++) digest(5000); }],
  ['engine sequence, absolute paths', () => engine(abs)],
  ['engine sequence, paths relative to DIR', () => { const cwd = process.cwd(); process.chdir(root); try { engine(rel); } finally { process.chdir(cwd); } }],
];
console.log(`per-file cost over ${rel.length} files in ${dir} (Node ${process.version}, best of ${rounds}, one thread)`);
for (const [name, fn] of steps) {
  let best = Infinity;
  fn(); // warm-up
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / rel.length);
  }
  console.log(`  ${name.padEnd(40)} ${best.toFixed(2).padStart(7)} us/file CPU`);
}
