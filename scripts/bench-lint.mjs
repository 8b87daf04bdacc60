#!/usr/bin/env node
// Claim-linter speed: lints generated Markdown of 0.25, 0.5, 1 and 2 MB and prints, per size, the wall
// and CPU time, MB/s, and the time per MB relative to the smallest size (1.00 = linear), next to
// baselines measured in the same run: starting Node alone (`node -e 0`) and parsing the same file
// with markdown-it alone (Node start-up, reading the file and the parse: the floor under any
// Markdown-aware linter built on it). The target is printed as PASS or MISS: 1 MB linted through
// the CLI in under a second (wall). A number printed, not a timed test.
//
//   node scripts/bench-lint.mjs [--api] [--sizes 0.25,0.5,1,2] [--repeat 3] [--doc docs|claims|escapes] [--bundle PATH] [--threads N]
//
// --bundle times another build of the CLI (for example a copy of an older dist/cli/index.js).
// --threads N passes `--threads N` to `lint` (1: no worker threads), for builds that have it.
//
// Two documents, built deterministically: `docs` (default) is this repository's own Markdown (README,
// CHANGELOG, docs/*.md: prose, tables, lists and code as a project writes them) repeated to size;
// `claims` is every sentence of the labelled corpora (__tests__/fixtures/claims/*.jsonl), each made
// unique, wrapped in headings, paragraphs with soft wraps, emphasis and links, bullet and numbered
// lists, GFM tables, fenced code, inline code and HTML comments. About half of its sentences are
// overclaims, which is the worst case for the engine; `escapes` is many short paragraphs with
// entities and backslash escapes (text markdown-it decodes, so it differs from its source). Via the CLI bundle (dist/cli/index.js, the
// default) each run is a fresh process, so times include starting Node, loading the bundle and
// reading the file; CPU is the process's user + system time (all its threads), reported by the
// process itself at exit. With --api (or without a bundle) it is the `lint()` call alone, in this
// process, from the TypeScript sources (any Node: scripts/ts-hooks.mjs transpiles them), after a
// warm-up; the baselines are then skipped. Wall time suffers most when other processes share the
// CPUs: the load average is printed, and CPU time is the steadier figure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
};
const sizes = opt('--sizes', '0.25,0.5,1,2').split(',').map(Number);
const repeat = Number(opt('--repeat', '3'));
const bundle = opt('--bundle', join(root, 'dist/cli/index.js'));
const via = !args.includes('--api') && existsSync(bundle) ? 'cli' : 'api';
const threads = opt('--threads', undefined);

const docKind = opt('--doc', 'docs');
if (!['docs', 'claims', 'escapes'].includes(docKind)) throw new Error('--doc is docs, claims or escapes');

/** This repository's Markdown, repeated to at least `bytes` bytes. */
function docsDoc(bytes) {
  const files = ['README.md', 'CHANGELOG.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];
  const text = files.map((f) => readFileSync(join(root, f), 'utf8')).join('\n\n');
  let out = '';
  while (Buffer.byteLength(out) < bytes) out += text + '\n\n';
  return out;
}

const sentences = ['corpus.jsonl', 'registers.jsonl'].flatMap((f) =>
  readFileSync(join(root, '__tests__/fixtures/claims', f), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l).text.replace(/\s+/g, ' ').trim()),
);

/** A deterministic Markdown document of at least `bytes` bytes. */
function makeDoc(bytes) {
  const out = [];
  let size = 0;
  let k = 0;
  // Each use of a sentence is made unique (a trailing reference), so no result can be reused.
  const next = () => {
    const t = sentences[k % sentences.length];
    const n = k++;
    return `${t.replace(/([.!?])?$/, ` (ref ${n})$1`)}`;
  };
  const push = (s) => {
    out.push(s);
    size += Buffer.byteLength(s) + 1;
  };
  for (let sec = 0; size < bytes; sec++) {
    push(`## Section ${sec}: ${next()}`);
    push('');
    // A paragraph of four sentences, soft-wrapped, with emphasis, a link and inline code.
    push(`${next()} *${next()}*`);
    push(`See [the notes](https://example.com/notes/${sec}.md) and \`npm run bench -- --n ${sec}\`. ${next()}`);
    push('');
    push(`- ${next()}`);
    push(`- **${next()}**`);
    push(`  ${next()}`);
    push(`1. ${next()}`);
    push('');
    push('| Provider | Result | Note |');
    push('|---|---|---|');
    push(`| P${sec} | ${next().replace(/\|/g, '\\|')} | ${next().replace(/\|/g, '\\|')} |`);
    push('');
    push('```text');
    push(next());
    push('```');
    push('');
    push(`> ${next()} <!-- ${next()} -->`);
    push('');
  }
  return out.join('\n');
}

/**
 * Many short paragraphs whose text markdown-it decodes, so it differs from the source (entities such
 * as &amp;, backslash escapes), every tenth one a corpus sentence: where locating text in the source
 * once went quadratic.
 */
function escapesDoc(bytes) {
  const out = [];
  let size = 0;
  for (let k = 0; size < bytes; k++) {
    const para =
      k % 10 === 9
        ? `${sentences[k % sentences.length].replace(/([.!?])?$/, ` &amp; \\*${k}\\*$1`)}`
        : `Note ${k} says x &amp; y and \\*that\\* holds.`;
    out.push(para);
    size += Buffer.byteLength(para) + 2;
  }
  return out.join('\n\n');
}

const makeFor = (kind, bytes) => (kind === 'docs' ? docsDoc(bytes) : kind === 'claims' ? makeDoc(bytes) : escapesDoc(bytes));

let lintApi;
async function loadApi() {
  register(new URL('./ts-hooks.mjs', import.meta.url));
  lintApi = (await import(pathToFileURL(join(root, 'src/claims/lint/index.ts')).href)).lint;
  lintApi('warm up: the benchmark proves the job ran.');
}

const dir = mkdtempSync(join(tmpdir(), 'bench-lint-'));
const cpuFile = join(dir, 'cpu.json');
// Preloaded into each child: at exit it writes its own CPU time (all threads) where the bench reads it.
const cpuHook =
  'data:text/javascript,' +
  encodeURIComponent(
    `import { writeFileSync } from 'node:fs'; process.on('exit', () => { const u = process.cpuUsage(); ` +
      `writeFileSync(process.env.BENCH_CPU_FILE, JSON.stringify((u.user + u.system) / 1e6)); });`,
  );
const markdownIt = import.meta.resolve('markdown-it');

/** Best of `repeat` runs of a child Node process: wall and CPU seconds, and its stdout. */
function child(argv) {
  let wall = Infinity;
  let cpu = Infinity;
  let stdout = '';
  for (let r = 0; r < repeat; r++) {
    const t0 = performance.now();
    const p = spawnSync(process.execPath, ['--import', cpuHook, ...argv], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      env: { ...process.env, BENCH_CPU_FILE: cpuFile },
    });
    const t = (performance.now() - t0) / 1000;
    if (p.status !== 0 && p.status !== 1) throw new Error(`${argv.join(' ')} exited ${p.status}: ${p.stderr.trim()}`);
    wall = Math.min(wall, t);
    cpu = Math.min(cpu, JSON.parse(readFileSync(cpuFile, 'utf8')));
    stdout = p.stdout;
  }
  return { wall, cpu, stdout };
}

/** Best of `repeat` in-process calls. */
function inProcess(f) {
  let wall = Infinity;
  let cpu = Infinity;
  let value;
  for (let r = 0; r < repeat; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    value = f();
    wall = Math.min(wall, (performance.now() - t0) / 1000);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1e6);
  }
  return { wall, cpu, value };
}

const f2 = (x) => x.toFixed(2);
const pad = (s, n) => String(s).padStart(n);

try {
  if (via === 'api') await loadApi();
  console.log(`claim linter speed on the ${docKind} document (via ${via}${threads ? `, --threads ${threads}` : ''}, Node ${process.version}, best of ${repeat}; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} on ${cpus().length} CPUs)`);
  let startup;
  if (via === 'cli') {
    startup = child(['-e', '0']);
    console.log(`baseline: node -e 0 takes ${f2(startup.wall)} s wall, ${f2(startup.cpu)} s CPU`);
  }
  console.log(
    via === 'cli'
      ? '   size      bytes findings  wall s   CPU s   MB/s  s/MB vs first | markdown-it alone: wall s  CPU s | lint wall - md wall'
      : '   size      bytes findings  wall s   CPU s   MB/s  s/MB vs first',
  );
  const rows = [];
  // Warm up (JIT) on the smallest size, so the first row is not slower per MB for that reason alone.
  if (via === 'api') lintApi(makeFor(docKind, Math.round(sizes[0] * 1_000_000)));
  for (const mb of sizes) {
    const doc = makeFor(docKind, Math.round(mb * 1_000_000));
    const file = join(dir, `doc-${mb}.md`);
    writeFileSync(file, doc);
    const bytes = Buffer.byteLength(doc);
    let run;
    let findings;
    let md;
    if (via === 'api') {
      run = inProcess(() => lintApi(doc));
      findings = run.value.length;
    } else {
      run = child([bundle, 'lint', '--json', ...(threads ? ['--threads', threads] : []), file]);
      findings = JSON.parse(run.stdout).findings.length;
      md = child([
        '--input-type=module',
        '-e',
        `import MarkdownIt from ${JSON.stringify(markdownIt)}; import { readFileSync } from 'node:fs';` +
          ` new MarkdownIt('commonmark', { html: true }).enable(['table', 'strikethrough']).parse(readFileSync(${JSON.stringify(file)}, 'utf8'), {});`,
      ]);
    }
    rows.push({ mb, bytes, ...run });
    const ratio = run.wall / bytes / (rows[0].wall / rows[0].bytes);
    let line = `${pad(mb, 5)} MB ${pad(bytes, 10)} ${pad(findings, 8)} ${pad(f2(run.wall), 7)} ${pad(f2(run.cpu), 7)} ${pad((bytes / 1e6 / run.wall).toFixed(2), 6)} ${pad(f2(ratio), 14)}`;
    if (md) line += ` | ${pad(f2(md.wall), 24)} ${pad(f2(md.cpu), 6)} | ${pad(f2(run.wall - md.wall), 19)}`;
    console.log(line);
  }
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (rows.length > 1) {
    const ratio = last.wall / last.bytes / (first.wall / first.bytes);
    const cpuRatio = last.cpu / last.bytes / (first.cpu / first.bytes);
    console.log(`scaling: time per MB at ${last.mb} MB is ${f2(ratio)}x (wall), ${f2(cpuRatio)}x (CPU) that at ${first.mb} MB (1.00 = linear)`);
  }
  const one = rows.find((r) => r.mb === 1);
  if (one && via === 'cli') {
    console.log(`target: 1 MB through the CLI in under 1 s (wall): ${one.wall < 1 ? 'PASS' : 'MISS'} (${f2(one.wall)} s wall, ${f2(one.cpu)} s CPU)`);
  } else if (via === 'cli') {
    console.log('target: 1 MB through the CLI in under 1 s: not measured (no 1 MB size)');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
