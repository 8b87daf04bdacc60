#!/usr/bin/env node
// Claim-linter speed: lints generated Markdown of 0.25, 0.5, 1 and 2 MB and prints the time of each and
// the time per MB, so linear scaling can be read off (a number printed, not a timed test).
//
//   node scripts/bench-lint.mjs [--api] [--sizes 0.25,0.5,1,2] [--repeat 3] [--doc docs|claims]
//
// Two documents, built deterministically: `docs` (default) is this repository's own Markdown (README,
// CHANGELOG, docs/*.md: prose, tables, lists and code as a project writes them) repeated to size;
// `claims` is every sentence of the labelled corpora (__tests__/fixtures/claims/*.jsonl), each made
// unique, wrapped in headings, paragraphs with soft wraps, emphasis and links, bullet and numbered
// lists, GFM tables, fenced code, inline code and HTML comments. About half of its sentences are
// overclaims, which is the worst case for the engine. Via the CLI bundle
// (dist/cli/index.js) the time includes starting Node and reading the file; with --api (or without a
// bundle) it is the `lint()` call alone, from the TypeScript sources (Node 22.6+).
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
const bundle = join(root, 'dist/cli/index.js');
const via = !args.includes('--api') && existsSync(bundle) ? 'cli' : 'api';

const docKind = opt('--doc', 'docs');
if (docKind !== 'docs' && docKind !== 'claims') throw new Error('--doc is docs or claims');

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

let lintApi;
async function loadApi() {
  register(
    'data:text/javascript,' +
      encodeURIComponent(`export async function resolve(s, c, next) {
        try { return await next(s, c); } catch (e) {
          if (s.endsWith('.js') && (s.startsWith('.') || s.startsWith('/'))) return next(s.slice(0, -3) + '.ts', c);
          throw e;
        } }`),
  );
  lintApi = (await import(pathToFileURL(join(root, 'src/claims/lint/index.ts')).href)).lint;
  lintApi('warm up: the benchmark proves the job ran.');
}

const dir = mkdtempSync(join(tmpdir(), 'bench-lint-'));
try {
  if (via === 'api') await loadApi();
  console.log(`claim linter speed on the ${docKind} document (via ${via}, best of ${repeat}; load average ${loadavg()[0].toFixed(2)} on ${cpus().length} CPUs)`);
  console.log('   size      bytes   findings     ms    ms/MB');
  const rows = [];
  // Warm up (JIT) on the smallest size, so the first row is not slower per MB for that reason alone.
  if (via === 'api') lintApi(docKind === 'docs' ? docsDoc(Math.round(sizes[0] * 1_000_000)) : makeDoc(Math.round(sizes[0] * 1_000_000)));
  for (const mb of sizes) {
    const doc = docKind === 'docs' ? docsDoc(Math.round(mb * 1_000_000)) : makeDoc(Math.round(mb * 1_000_000));
    const file = join(dir, `doc-${mb}.md`);
    writeFileSync(file, doc);
    let best = Infinity;
    let findings = 0;
    for (let r = 0; r < repeat; r++) {
      const t0 = performance.now();
      if (via === 'api') findings = lintApi(doc).length;
      else {
        const p = spawnSync(process.execPath, [bundle, 'lint', '--json', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
        if (p.status !== 0 && p.status !== 1) throw new Error(`lint exited ${p.status}: ${p.stderr.trim()}`);
        findings = JSON.parse(p.stdout).findings.length;
      }
      best = Math.min(best, performance.now() - t0);
    }
    const bytes = Buffer.byteLength(doc);
    rows.push({ mb, bytes, best });
    console.log(`${String(mb).padStart(5)} MB ${String(bytes).padStart(10)} ${String(findings).padStart(10)} ${best.toFixed(0).padStart(6)} ${(best / (bytes / 1e6)).toFixed(0).padStart(8)}`);
  }
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (rows.length > 1) {
    const ratio = last.best / last.bytes / (first.best / first.bytes);
    console.log(`scaling: ms/MB at ${last.mb} MB is ${ratio.toFixed(2)}x that at ${first.mb} MB (1.00 = linear)`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
