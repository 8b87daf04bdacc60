#!/usr/bin/env node
/**
 * compute-receipt hashing benchmark: `npm run bench [-- options]`.
 *
 * Generates the datasets (bench/datasets.mjs; kept under --dir and reused while their sizes stay
 * the same), warms the page cache, then times, in the same run and best of --runs:
 *   - compute-receipt: `node dist/cli/index.js hash --json --quiet DIR` (files serialization;
 *     also shards on the large file and the model-like tree), with its peak RSS
 *   - the machine limit: single-core `openssl dgst -sha256` on the largest file, measured now;
 *     files-mode limit = max(largest file, total / cores) at that speed; shards limit the same
 *     with the largest shard (1 GB) in place of the largest file
 *   - `find | xargs -0 -P<cores> openssl dgst -sha256`
 *   - the model_signing method: bench/model_signing_pool.py (hashlib, a thread pool over files,
 *     1 MiB reads)
 *   - coreutils: `find | xargs -0 sha256sum` (one sha256sum process)
 * and prints seconds, GB/s (1 GB = 1e9 bytes), ratios, peak RSS, and every target with PASS or
 * MISS. It also checks that compute-receipt's digest equals the root recomputed from
 * sha256sum's output and the Python pool's root. Exit 1 on a digest mismatch, 2 on bad usage.
 * Targets are reported, not enforced: timings depend on the machine and on what else runs.
 *
 * options: --dir DIR (default .bench)  --datasets large,model,many,small,empty  --runs N (3)
 *          --large-gb G (2)  --model-shard-gb G (0.8)  --many-files N (4000)  --small-files N (20000)
 *          --empty-files N (100000)  --scale F (multiplies every size and count)
 *          --cli PATH (dist/cli/index.js)  --markdown (also print a Markdown table)  --clean
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATASETS, DEFAULTS, ensureDataset } from './datasets.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.join(here, '..');

function usage(msg) {
  if (msg) console.error(`bench: ${msg}`);
  const doc = fs.readFileSync(fileURLToPath(import.meta.url), 'utf8');
  console.error(doc.slice(doc.indexOf(' * options:'), doc.indexOf(' */')).replace(/^ \* ?/gm, ''));
  process.exit(msg ? 2 : 0);
}

function parseArgs(argv) {
  const o = { dir: path.join(repo, '.bench'), datasets: DATASETS, runs: 3, cli: path.join(repo, 'dist', 'cli', 'index.js'), markdown: false, clean: false, p: { ...DEFAULTS }, scale: 1 };
  const num = (a, v) => {
    const n = Number(v);
    if (!(n > 0)) usage(`${a} must be a positive number`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => (i + 1 < argv.length ? argv[++i] : usage(`${a} needs a value`));
    if (a === '--dir') o.dir = path.resolve(val());
    else if (a === '--datasets') o.datasets = val().split(',');
    else if (a === '--runs') o.runs = Math.max(1, Math.trunc(num(a, val())));
    else if (a === '--large-gb') o.p.largeGB = num(a, val());
    else if (a === '--model-shard-gb') o.p.modelShardGB = num(a, val());
    else if (a === '--many-files') o.p.manyFiles = Math.trunc(num(a, val()));
    else if (a === '--small-files') o.p.smallFiles = Math.trunc(num(a, val()));
    else if (a === '--empty-files') o.p.emptyFiles = Math.trunc(num(a, val()));
    else if (a === '--scale') o.scale = num(a, val());
    else if (a === '--cli') o.cli = path.resolve(val());
    else if (a === '--markdown') o.markdown = true;
    else if (a === '--clean') o.clean = true;
    else if (a === '-h' || a === '--help') usage(null);
    else usage(`unknown argument ${JSON.stringify(a)}`);
  }
  for (const d of o.datasets) if (!DATASETS.includes(d)) usage(`unknown dataset ${JSON.stringify(d)} (one of ${DATASETS.join(', ')})`);
  if (o.scale !== 1) {
    o.p.largeGB *= o.scale;
    o.p.modelShardGB *= o.scale;
    for (const k of ['manyFiles', 'smallFiles', 'emptyFiles']) o.p[k] = Math.max(1, Math.round(o.p[k] * o.scale));
  }
  return o;
}

function have(cmd, args) {
  return spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
}

const TIME = fs.existsSync('/usr/bin/time') && have('/usr/bin/time', ['-f', '%M', 'true']) ? '/usr/bin/time' : null;

/** Run a command; wall seconds, stdout, and peak RSS in MB (GNU time) when available. */
function run(cmd, args, opts = {}) {
  const rssFile = path.join(os.tmpdir(), `cr-bench-rss-${process.pid}`);
  const argv = TIME ? [TIME, '-f', '%M %U %S', '-o', rssFile, cmd, ...args] : [cmd, ...args];
  const t0 = performance.now();
  const r = spawnSync(argv[0], argv.slice(1), { maxBuffer: 1 << 30, ...opts });
  const s = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${cmd} ${args.slice(0, 3).join(' ')} ... failed (${r.status ?? r.signal}): ${String(r.stderr).slice(0, 400)}`);
  let rssMB = null;
  let cpu = null;
  if (TIME) {
    const [kb, user, sys] = fs.readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    rssMB = kb / 1024;
    cpu = user + sys;
    fs.rmSync(rssFile, { force: true });
  }
  return { s, stdout: r.stdout, rssMB, cpu };
}

function best(runs, fn) {
  let b = null;
  let rss = 0;
  for (let i = 0; i < runs; i++) {
    const r = fn();
    rss = Math.max(rss, r.rssMB ?? 0);
    if (!b || r.s < b.s) b = r;
  }
  return { ...b, rssMB: rss || null };
}

const sh = (script, cwd) => run('bash', ['-c', script], { cwd });

/** Regular files under dir with sizes (default ignores at the top). */
function listFiles(dir) {
  const out = [];
  const walk = (abs, rel, top) => {
    for (const e of fs.readdirSync(abs, { withFileTypes: true })) {
      if (top && ['.git', '.gitattributes', '.github', '.gitignore'].includes(e.name)) continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      const p = path.join(abs, e.name);
      if (e.isDirectory()) walk(p, r, false);
      else if (e.isFile()) out.push({ name: r, size: fs.statSync(p).size, abs: p });
    }
  };
  walk(dir, '', true);
  return out;
}

/** Root digest recomputed from `sha256sum -z` output (names sorted by UTF-8 bytes). */
function rootFromSums(stdout, dir) {
  const pairs = [];
  for (const rec of stdout.toString('utf8').split('\0')) {
    if (!rec) continue;
    pairs.push({ name: path.relative(dir, path.resolve(dir, rec.slice(66))).split(path.sep).join('/'), hex: rec.slice(0, 64) });
  }
  pairs.sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
  const h = createHash('sha256');
  for (const p of pairs) h.update(Buffer.from(p.hex, 'hex'));
  return 'sha256:' + h.digest('hex');
}

const o = parseArgs(process.argv.slice(2));
if (!fs.existsSync(o.cli)) {
  console.error(`bench: ${o.cli} not found (a fresh clone has it; after changes run npm run build), or pass --cli`);
  process.exit(2);
}
for (const [cmd, args] of [['openssl', ['version']], ['sha256sum', ['--version']], ['python3', ['--version']], ['find', ['--version']]]) {
  if (!have(cmd, args)) {
    console.error(`bench: ${cmd} is needed for the baselines`);
    process.exit(2);
  }
}
const cores = os.availableParallelism();
const SHARD = 1e9;
const nFiles = (n) => `${n.toLocaleString('en-US')} ${n === 1 ? 'file' : 'files'}`;
const fmt = (n, d = 2) => (n === null || n === undefined || !Number.isFinite(n) ? '-' : n.toFixed(d));
const machine = {
  cpu: os.cpus()[0]?.model?.trim() ?? 'unknown CPU',
  cores,
  memGB: os.totalmem() / 2 ** 30,
  node: process.version,
  openssl: spawnSync('openssl', ['version'], { encoding: 'utf8' }).stdout.trim(),
  python: spawnSync('python3', ['--version'], { encoding: 'utf8' }).stdout.trim(),
  load0: os.loadavg()[0],
};
console.log(`machine: ${machine.cpu}, ${cores} cores, ${fmt(machine.memGB, 0)} GiB; node ${machine.node}; ${machine.openssl}; ${machine.python}; load ${fmt(machine.load0)}`);

fs.mkdirSync(o.dir, { recursive: true });
const dirs = {};
for (const d of o.datasets) dirs[d] = ensureDataset(o.dir, d, o.p, (m) => console.log(m));

// Warm the page cache: every contender reads from memory.
for (const d of o.datasets) sh(`find . -type f -print0 | xargs -0 -r cat > /dev/null`, dirs[d]);

// Single-core OpenSSL speed, now, on the largest file at hand.
const largest = o.datasets.flatMap((d) => listFiles(dirs[d])).reduce((a, f) => (f.size > a.size ? f : a), { size: 0 });
if (largest.size < 64e6) console.log('note: no file of 64 MB or more: the single-core OpenSSL speed is measured on a small file and is rough');
const one = best(o.runs, () => run('openssl', ['dgst', '-sha256', largest.abs], { stdio: ['ignore', 'pipe', 'pipe'] }));
const r1 = largest.size / one.s;
console.log(`single-core openssl dgst -sha256: ${fmt(r1 / 1e9)} GB/s (${fmt(largest.size / 1e9)} GB in ${fmt(one.s, 3)} s)\n`);

const cr = (dir, extra = []) => run(process.execPath, [o.cli, 'hash', '--json', '--quiet', ...extra, dir]);
const results = [];
const targets = [];
const target = (dataset, what, value, want, ok) => targets.push({ dataset, what, value, want, ok });
let mismatch = false;

for (const d of o.datasets) {
  const dir = dirs[d];
  const files = listFiles(dir);
  const bytes = files.reduce((n, f) => n + f.size, 0);
  const big = files.reduce((n, f) => Math.max(n, f.size), 0);
  const limitFiles = Math.max(big / r1, bytes / (r1 * cores));
  const limitShards = Math.max(Math.min(big, SHARD) / r1, bytes / (r1 * cores));
  const perProc = String(Math.max(1, Math.ceil(files.length / (cores * 8))));
  const rows = [];
  const add = (name, r) => {
    rows.push({ name, ...r });
    return r;
  };
  console.log(`${d}: ${nFiles(files.length)}, ${fmt(bytes / 1e9, 3)} GB, largest ${fmt(big / 1e9, 3)} GB`);

  const crFiles = add('compute-receipt hash (files)', best(o.runs, () => cr(dir)));
  const crJson = JSON.parse(crFiles.stdout.toString('utf8'));
  let crShards = null;
  if (d === 'large' || d === 'model') crShards = add('compute-receipt hash (shards)', best(o.runs, () => cr(dir, ['--serialization', 'shards'])));
  const xo = add(`find | xargs -P${cores} openssl dgst`, best(o.runs, () => sh(`find . -type f -print0 | xargs -0 -r -P ${cores} -n ${perProc} openssl dgst -sha256 -r > /dev/null`, dir)));
  const py = add('model_signing method (Python pool)', best(o.runs, () => run('python3', [path.join(here, 'model_signing_pool.py'), dir])));
  const ss = add('find | xargs sha256sum (1 process)', best(o.runs, () => sh(`find . -type f -print0 | xargs -0 -r sha256sum -z`, dir)));
  void xo;

  // Digests must agree: compute-receipt, sha256sum's files re-rooted, and the Python pool.
  const fromSums = rootFromSums(ss.stdout, dir);
  const fromPy = py.stdout.toString('utf8').trim().split(' ')[0];
  if (crJson.digest !== fromSums || crJson.digest !== fromPy) {
    console.error(`  DIGEST MISMATCH: compute-receipt ${crJson.digest}, sha256sum ${fromSums}, python ${fromPy}`);
    mismatch = true;
  }

  console.log(`  ${'limit (files mode)'.padEnd(38)} ${fmt(limitFiles, 3).padStart(8)} s  ${fmt(bytes / limitFiles / 1e9).padStart(6)} GB/s`);
  if (crShards) console.log(`  ${'limit (shards, machine limit)'.padEnd(38)} ${fmt(limitShards, 3).padStart(8)} s  ${fmt(bytes / limitShards / 1e9).padStart(6)} GB/s`);
  for (const r of rows) {
    const ratio = r === crFiles ? '' : `  compute-receipt files is ${fmt(r.s / crFiles.s)}x this`;
    console.log(`  ${r.name.padEnd(38)} ${fmt(r.s, 3).padStart(8)} s  ${fmt(bytes / r.s / 1e9).padStart(6)} GB/s  ${String(Math.round(files.length / r.s)).padStart(8)} files/s  CPU ${fmt(r.cpu).padStart(6)} s  RSS ${fmt(r.rssMB, 0).padStart(4)} MB${ratio}`);
  }
  console.log(`  digests agree: ${crJson.digest === fromSums && crJson.digest === fromPy ? 'yes' : 'NO'}\n`);
  results.push({ d, files: files.length, bytes, big, limitFiles, limitShards, rows, crFiles, crShards, py, ss });

  const rss = Math.max(crFiles.rssMB ?? 0, crShards?.rssMB ?? 0);
  if (TIME) target(d, 'peak RSS (MB)', rss, '< 150', rss < 150);
  if (d === 'model' || d === 'many') {
    target(d, 'files mode / files-mode limit', limitFiles / crFiles.s, '>= 0.85', limitFiles / crFiles.s >= 0.85);
    target(d, 'speed-up over the Python pool', py.s / crFiles.s, '>= 1.3', py.s / crFiles.s >= 1.3);
  }
  if (d === 'large') {
    const rate = bytes / crFiles.s;
    target(d, 'files mode / single-core openssl', rate / r1, '>= 0.9', rate / r1 >= 0.9);
    target(d, 'shards mode / machine limit', limitShards / crShards.s, '>= 0.85', limitShards / crShards.s >= 0.85);
  }
  if (d === 'small') {
    target(d, 'speed-up over find|xargs sha256sum', ss.s / crFiles.s, '>= 1.0', ss.s / crFiles.s >= 1.0);
    target(d, 'speed-up over the Python pool', py.s / crFiles.s, '>= 2', py.s / crFiles.s >= 2);
  }
  if (d === 'empty') target(d, 'time / find|xargs sha256sum', crFiles.s / ss.s, '< 2', crFiles.s / ss.s < 2);
}

// --version and --help must not load the heavy modules: compare with an empty node. Wall time
// (median of 11) and CPU time (user+sys of 11 runs in a row, divided by 11): CPU time is what a
// busy machine disturbs least.
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const quote = (a) => `'${a.replace(/'/g, `'\\''`)}'`;
const startup = (args) => {
  const s = median(Array.from({ length: 11 }, () => run(process.execPath, args).s));
  const loop = TIME ? run('bash', ['-c', `for i in 1 2 3 4 5 6 7 8 9 10 11; do ${[process.execPath, ...args].map(quote).join(' ')} > /dev/null; done`]) : null;
  return { s, cpu: loop ? loop.cpu / 11 : null };
};
const empty = startup(['-e', '0']);
const ver = startup([o.cli, '--version']);
const help = startup([o.cli, '--help']);
const ms = (x) => fmt(x * 1000, 0);
console.log(`startup, wall (median of 11): node -e 0 ${ms(empty.s)} ms, --version ${ms(ver.s)} ms, --help ${ms(help.s)} ms`);
if (TIME) console.log(`startup, CPU (mean of 11): node -e 0 ${ms(empty.cpu)} ms, --version ${ms(ver.cpu)} ms, --help ${ms(help.cpu)} ms`);
target('startup', '--version / node -e 0 (wall)', ver.s / empty.s, '< 1.3', ver.s / empty.s < 1.3);
target('startup', '--help / node -e 0 (wall)', help.s / empty.s, '< 1.3', help.s / empty.s < 1.3);
if (TIME) {
  target('startup', '--version / node -e 0 (CPU)', ver.cpu / empty.cpu, '< 1.3', ver.cpu / empty.cpu < 1.3);
  target('startup', '--help / node -e 0 (CPU)', help.cpu / empty.cpu, '< 1.3', help.cpu / empty.cpu < 1.3);
}

console.log(`\nload average at the end: ${fmt(os.loadavg()[0])} (start ${fmt(machine.load0)}); ${cores} cores\n\ntargets:`);
for (const t of targets) console.log(`  ${t.ok ? 'PASS' : 'MISS'}  ${t.dataset.padEnd(8)} ${t.what.padEnd(36)} ${fmt(t.value).padStart(7)}  (target ${t.want})`);

if (o.markdown) {
  console.log(`\n**Machine:** ${machine.cpu}, ${cores} cores, ${fmt(machine.memGB, 0)} GiB RAM; Node ${machine.node}; ${machine.openssl}; ${machine.python}; load average ${fmt(machine.load0)} at the start, ${fmt(os.loadavg()[0])} at the end. Single-core \`openssl dgst -sha256\`: ${fmt(r1 / 1e9)} GB/s.\n`);
  console.log('| dataset | contender | seconds | GB/s | files/s | CPU s (user+sys) | peak RSS (MB) |');
  console.log('|---|---|---:|---:|---:|---:|---:|');
  for (const r of results) {
    const label = `${r.d} (${nFiles(r.files)}, ${fmt(r.bytes / 1e9, 2)} GB)`;
    console.log(`| ${label} | limit, files mode | ${fmt(r.limitFiles, 3)} | ${fmt(r.bytes / r.limitFiles / 1e9)} | | | |`);
    if (r.crShards) console.log(`| | limit, shards (machine) | ${fmt(r.limitShards, 3)} | ${fmt(r.bytes / r.limitShards / 1e9)} | | | |`);
    for (const x of r.rows) console.log(`| | ${x.name.replace(/\|/g, '\\|')} | ${fmt(x.s, 3)} | ${fmt(r.bytes / x.s / 1e9)} | ${Math.round(r.files / x.s)} | ${fmt(x.cpu)} | ${fmt(x.rssMB, 0)} |`);
  }
  console.log('\n| target | value | wanted | |');
  console.log('|---|---:|---|---|');
  for (const t of targets) console.log(`| ${t.dataset}: ${t.what} | ${fmt(t.value)} | ${t.want} | ${t.ok ? 'pass' : 'miss'} |`);
}

if (o.clean) {
  for (const d of o.datasets) {
    fs.rmSync(dirs[d], { recursive: true, force: true });
    fs.rmSync(`${dirs[d]}.params`, { force: true });
  }
}
if (mismatch) process.exitCode = 1;
