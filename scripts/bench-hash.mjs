#!/usr/bin/env node
/**
 * Benchmark of the tree-digest engine against coreutils and OpenSSL.
 *
 *   npm run build && node scripts/bench-hash.mjs [--dir DIR] [--gib 2] [--runs 3] [--cli dist/cli/index.js] [--keep]
 *
 * Creates a tree (default: 2 GiB in a temp dir; 3/4 in a few large files, 1/4 in small files of
 * 1 KiB-1 MiB spread over subdirectories) unless --dir names a non-empty directory, which is then
 * measured as it is. Warms the page cache, then times (best of --runs):
 *   - `compute-receipt hash --json DIR` (the bundled CLI, run by this Node), with its peak RSS
 *   - `sha256sum` in one process, and in `xargs -P <cores>` processes
 *   - `openssl dgst -sha256` likewise, when openssl is installed
 * and prints GB/s (1 GB = 1e9 bytes) and the ratio of each baseline to compute-receipt. It also
 * checks that the digests agree: the root recomputed from sha256sum's output (names sorted by
 * UTF-8 bytes, SHA-256 over the raw file digests) must equal the CLI's digest, file by file.
 * Exit 1 when they disagree, 2 on a usage problem (for example the CLI is not built).
 */
import { spawnSync } from 'node:child_process';
import { createHash, randomFillSync } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const IGNORES = new Set(['.git', '.gitattributes', '.github', '.gitignore']);

function parseArgs(argv) {
  const o = { dir: null, gib: 2, runs: 3, cli: 'dist/cli/index.js', keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--dir') o.dir = val();
    else if (a === '--gib') o.gib = Number(val());
    else if (a === '--runs') o.runs = Math.max(1, Number(val()) | 0);
    else if (a === '--cli') o.cli = val();
    else if (a === '--keep') o.keep = true;
    else if (a === '-h' || a === '--help') usage(null);
    else usage(`unknown argument ${JSON.stringify(a)}`);
  }
  if (!(o.gib > 0)) usage('--gib must be a positive number');
  return o;
}

function usage(msg) {
  if (msg) console.error(`bench-hash: ${msg}`);
  console.error('usage: node scripts/bench-hash.mjs [--dir DIR] [--gib 2] [--runs 3] [--cli dist/cli/index.js] [--keep]');
  process.exit(msg ? 2 : 0);
}

/** Fill `dir` with about `gib` GiB of random data: large files plus many small ones. */
function generate(dir, gib) {
  const total = Math.round(gib * 2 ** 30);
  const buf = Buffer.allocUnsafe(4 << 20);
  randomFillSync(buf);
  let seed = 1;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const write = (p, size) => {
    fs.mkdirSync(path.dirname(p), { recursive: true });
    const fd = fs.openSync(p, 'w');
    let left = size;
    let off = 0;
    while (left > 0) {
      const n = Math.min(left, buf.length - off);
      fs.writeSync(fd, buf, off, n);
      left -= n;
      off = (off + 4099) % (buf.length >> 1); // vary the bytes between files
    }
    fs.closeSync(fd);
  };
  const large = Math.floor((total * 3) / 4);
  const nLarge = 8;
  for (let k = 0; k < nLarge; k++) write(path.join(dir, 'shards', `model-${String(k).padStart(5, '0')}-of-${nLarge}.safetensors`), Math.floor(large / nLarge));
  let small = total - large;
  let k = 0;
  while (small > 0) {
    const size = Math.min(small, Math.floor(1024 + rand() * rand() * (1 << 20)));
    write(path.join(dir, 'data', `part-${k % 64}`, `sample ${k}.bin`), size);
    small -= size;
    k++;
  }
}

/** Regular files under `dir` (default ignores at the top level), with sizes. */
function listFiles(dir) {
  const out = [];
  const walk = (abs, rel, top) => {
    for (const e of fs.readdirSync(abs, { withFileTypes: true })) {
      if (top && IGNORES.has(e.name)) continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      const p = path.join(abs, e.name);
      if (e.isDirectory()) walk(p, r, false);
      else if (e.isFile()) out.push({ name: r, size: fs.statSync(p).size });
    }
  };
  walk(dir, '', true);
  return out;
}

function have(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  return r.status === 0;
}

function run(cmd, args, opts = {}) {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { maxBuffer: 1 << 30, ...opts });
  const s = (performance.now() - t0) / 1000;
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.slice(0, 4).join(' ')} ... failed (${r.status ?? r.signal}): ${String(r.stderr).slice(0, 500)}`);
  }
  return { s, stdout: r.stdout };
}

function best(runs, fn) {
  let b = null;
  for (let i = 0; i < runs; i++) {
    const r = fn();
    if (!b || r.s < b.s) b = r;
  }
  return b;
}

const opts = parseArgs(process.argv.slice(2));
const cores = os.availableParallelism();
const cli = path.resolve(opts.cli);
if (!fs.existsSync(cli)) {
  console.error(`bench-hash: ${cli} not found: build the CLI first (npm run build), or pass --cli`);
  process.exit(2);
}

let dir = opts.dir ? path.resolve(opts.dir) : null;
const made = !dir;
if (!dir) dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cr-bench-'));
const existing = fs.existsSync(dir) && fs.readdirSync(dir).length > 0;
if (!existing) {
  process.stdout.write(`generating ${opts.gib} GiB in ${dir} ... `);
  generate(dir, opts.gib);
  console.log('done');
}

try {
  const files = listFiles(dir);
  const bytes = files.reduce((n, f) => n + f.size, 0);
  console.log(`tree: ${files.length} files, ${(bytes / 1e9).toFixed(3)} GB; ${cores} cores; node ${process.version}; ${os.cpus()[0]?.model ?? ''}`);

  // NUL-separated list, largest first so parallel baselines do not end on one big file.
  const ordered = [...files].sort((a, b) => b.size - a.size).map((f) => f.name);
  const list = Buffer.from(ordered.join('\0') + '\0');
  const perProc = String(Math.max(1, Math.ceil(files.length / (cores * 8))));

  // Warm the page cache so every contender reads from memory.
  run('xargs', ['-0', 'cat'], { cwd: dir, input: list, stdio: ['pipe', 'ignore', 'pipe'] });

  const results = [];
  // compute-receipt, with its peak RSS.
  const rssFile = path.join(os.tmpdir(), `cr-bench-rss-${process.pid}`);
  const useTime = fs.existsSync('/usr/bin/time') && have('/usr/bin/time', ['-v', 'true']);
  const hook = `data:text/javascript,import fs from "node:fs";process.on("exit",()=>fs.writeFileSync(process.env.CR_BENCH_RSS,String(process.resourceUsage().maxRSS)))`;
  let cliOut;
  let rssKiB = 0;
  const cr = best(opts.runs, () => {
    const args = useTime
      ? ['-v', '-o', rssFile, process.execPath, cli, 'hash', '--json', dir]
      : ['--import', hook, cli, 'hash', '--json', dir];
    const r = run(useTime ? '/usr/bin/time' : process.execPath, args, { env: { ...process.env, CR_BENCH_RSS: rssFile } });
    cliOut = r.stdout;
    const txt = fs.readFileSync(rssFile, 'utf8');
    const kib = useTime ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(txt)?.[1] ?? 0) : Number(txt);
    rssKiB = Math.max(rssKiB, kib);
    return r;
  });
  fs.rmSync(rssFile, { force: true });
  results.push({ name: 'compute-receipt hash', s: cr.s });

  const sumsArgs = have('sha256sum', ['-z', '/dev/null']) ? ['-z', '--'] : ['--'];
  const shaOne = best(opts.runs, () => run('xargs', ['-0', 'sha256sum', ...sumsArgs], { cwd: dir, input: list }));
  results.push({ name: 'sha256sum (1 process)', s: shaOne.s });
  results.push({
    name: `sha256sum (xargs -P ${cores})`,
    s: best(opts.runs, () => run('xargs', ['-0', '-P', String(cores), '-n', perProc, 'sha256sum', '--'], { cwd: dir, input: list })).s,
  });
  if (have('openssl', ['version'])) {
    results.push({ name: 'openssl dgst -sha256 (1 process)', s: best(opts.runs, () => run('xargs', ['-0', 'openssl', 'dgst', '-sha256', '-r'], { cwd: dir, input: list })).s });
    results.push({
      name: `openssl dgst -sha256 (xargs -P ${cores})`,
      s: best(opts.runs, () => run('xargs', ['-0', '-P', String(cores), '-n', perProc, 'openssl', 'dgst', '-sha256', '-r'], { cwd: dir, input: list })).s,
    });
  }

  console.log('');
  const crRate = bytes / cr.s / 1e9;
  for (const r of results) {
    const rate = bytes / r.s / 1e9;
    const ratio = r === results[0] ? '' : `   compute-receipt is ${(crRate / rate).toFixed(2)}x this`;
    console.log(`${r.name.padEnd(40)} ${r.s.toFixed(3).padStart(8)} s  ${rate.toFixed(3).padStart(7)} GB/s${ratio}`);
  }
  console.log(`compute-receipt peak RSS: ${(rssKiB / 1024).toFixed(1)} MiB (${useTime ? '/usr/bin/time -v' : 'process.resourceUsage'})`);

  // Cross-check: the root recomputed from sha256sum's output must equal the CLI's digest.
  const fromSums = new Map();
  const sep = sumsArgs[0] === '-z' ? '\0' : '\n';
  for (const rec of shaOne.stdout.toString('utf8').split(sep)) {
    if (!rec) continue;
    let line = rec;
    let name;
    if (sep === '\n' && line.startsWith('\\')) {
      line = line.slice(1);
      name = line.slice(66).replace(/\\(\\|n|r)/g, (_, c) => (c === 'n' ? '\n' : c === 'r' ? '\r' : '\\'));
    } else name = line.slice(66);
    fromSums.set(name, line.slice(0, 64));
  }
  const names = [...fromSums.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const h = createHash('sha256');
  for (const n of names) h.update(Buffer.from(fromSums.get(n), 'hex'));
  const expected = 'sha256:' + h.digest('hex');
  const got = JSON.parse(cliOut.toString('utf8'));
  const perFile = Array.isArray(got.files) && got.files.every((f) => fromSums.get(f.name) === f.sha256) && got.files.length === names.length;
  if (got.digest === expected && perFile) {
    console.log(`digests agree: ${expected}`);
  } else {
    console.error(`DIGEST MISMATCH: compute-receipt ${got.digest}, from sha256sum ${expected}; per-file ${perFile ? 'agree' : 'differ'}`);
    process.exitCode = 1;
  }
} finally {
  if (made && !opts.keep) fs.rmSync(dir, { recursive: true, force: true });
  else if (made) console.log(`kept ${dir}`);
}
