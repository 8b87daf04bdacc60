#!/usr/bin/env node
// Precision / recall / F1 of the claim linter per category, for each split of a labelled corpus.
//
//   node scripts/lint-eval.mjs [CORPUS.jsonl ...] [--api] [--errors | --errors=all] [--by]
//
// A corpus is JSON lines: {"text": ..., "label": "<category>" | null, "split": "dev" | "test",
// "register"?: "commit" | "chat" | ..., "kind"?: "implicit-link" | "scope-limited" | ...}
// (default: both __tests__/fixtures/claims/corpus.jsonl and __tests__/fixtures/claims/registers.jsonl).
// The sentences are written to a temporary file, one paragraph each, and linted in one call of the CLI
// bundle (`dist/cli/index.js lint --json FILE`); findings map back to sentences by line. Without a
// bundle (or with --api) the TypeScript sources are loaded directly (Node 22.6+ strips the types).
// Per split it prints precision / recall per category; with --by (or when rows carry them) also recall
// per register and kind for overclaims and the false-flag rate per register and kind for honest text.
// --errors lists misclassified sentences of every split except `test` (the test split is never tuned
// on, so its errors stay hidden); --errors=all lists them all.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const CATEGORIES = [
  'benchmark-as-proof',
  'attestation-as-correctness',
  'denial-as-nothing',
  'storage-durability',
  'speed-superiority',
];

const args = process.argv.slice(2);
const useApi = args.includes('--api');
const showErrors = args.includes('--errors') || args.includes('--errors=all');
const errorsAll = args.includes('--errors=all');
const byGroups = args.includes('--by');
const given = args.filter((a) => !a.startsWith('--'));
const corpora = given.length > 0 ? given : ['corpus.jsonl', 'registers.jsonl'].map((f) => join(root, '__tests__/fixtures/claims', f));

function load(corpusPath) {
  return readFileSync(corpusPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      const r = JSON.parse(l);
      if (typeof r.text !== 'string' || !(r.label === null || CATEGORIES.includes(r.label))) {
        throw new Error(`${corpusPath}:${i + 1}: need {"text": string, "label": category|null}`);
      }
      return { text: r.text.replace(/\s+/g, ' ').trim(), label: r.label, split: r.split ?? 'all', register: r.register, kind: r.kind };
    });
}

let apiModule;
async function findingsViaApi(doc) {
  if (!apiModule) {
    register(
      'data:text/javascript,' +
        encodeURIComponent(`export async function resolve(s, c, next) {
          try { return await next(s, c); } catch (e) {
            if (s.endsWith('.js') && (s.startsWith('.') || s.startsWith('/'))) return next(s.slice(0, -3) + '.ts', c);
            throw e;
          } }`),
    );
    apiModule = await import(pathToFileURL(join(root, 'src/claims/lint/index.ts')).href);
  }
  return apiModule.lint(doc);
}

async function evaluate(corpusPath, rows) {
  // One paragraph per sentence: sentence i starts on line 2i+1.
  const doc = rows.map((r) => r.text).join('\n\n') + '\n';
  const lineToRow = new Map(rows.map((_, i) => [2 * i + 1, i]));

  function findingsViaCli(bundle) {
    const dir = mkdtempSync(join(tmpdir(), 'lint-eval-'));
    try {
      const file = join(dir, 'corpus.md');
      writeFileSync(file, doc);
      const r = spawnSync(process.execPath, [bundle, 'lint', '--json', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
      if (r.status !== 0 && r.status !== 1) throw new Error(`lint exited ${r.status}: ${r.stderr.trim()}`);
      return JSON.parse(r.stdout).findings;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  const bundle = join(root, 'dist/cli/index.js');
  const via = !useApi && existsSync(bundle) ? 'cli' : 'api';
  const findings = via === 'cli' ? findingsViaCli(bundle) : await findingsViaApi(doc);

  const predicted = new Array(rows.length).fill(null);
  for (const f of findings) {
    // A finding belongs to the paragraph that contains its line.
    let line = f.line;
    while (line > 0 && !lineToRow.has(line)) line--;
    const i = lineToRow.get(line);
    if (i !== undefined && predicted[i] === null) predicted[i] = f.category;
  }

  function metrics(idx) {
    const per = {};
    let tp = 0, fp = 0, fn = 0;
    for (const c of CATEGORIES) {
      let t = 0, p = 0, n = 0, support = 0;
      for (const i of idx) {
        if (rows[i].label === c) support++;
        if (predicted[i] === c && rows[i].label === c) t++;
        else if (predicted[i] === c) p++;
        else if (rows[i].label === c) n++;
      }
      per[c] = { tp: t, fp: p, fn: n, support };
      tp += t; fp += p; fn += n;
    }
    const negatives = idx.filter((i) => rows[i].label === null);
    const flaggedNegatives = negatives.filter((i) => predicted[i] !== null).length;
    return { per, all: { tp, fp, fn, support: tp + fn }, negatives: negatives.length, flaggedNegatives };
  }

  const fmt = (x) => (Number.isNaN(x) ? '  -  ' : x.toFixed(3));
  function row(name, m) {
    const p = m.tp + m.fp === 0 ? NaN : m.tp / (m.tp + m.fp);
    const r = m.tp + m.fn === 0 ? NaN : m.tp / (m.tp + m.fn);
    const f1 = Number.isNaN(p) || Number.isNaN(r) || p + r === 0 ? NaN : (2 * p * r) / (p + r);
    return `${name.padEnd(28)} ${String(m.support).padStart(7)} ${String(m.tp).padStart(4)} ${String(m.fp).padStart(4)} ${String(m.fn).padStart(4)}  ${fmt(p)}  ${fmt(r)}  ${fmt(f1)}`;
  }

  const splits = [...new Set(rows.map((r) => r.split))];
  console.log(`claim linter on ${corpusPath} (${rows.length} sentences, via ${via})`);
  for (const split of splits) {
    const idx = rows.map((r, i) => (r.split === split ? i : -1)).filter((i) => i >= 0);
    const m = metrics(idx);
    console.log(`\nsplit ${split}: ${idx.length} sentences, ${m.negatives} negatives, ${m.flaggedNegatives} negatives flagged`);
    console.log(`${'category'.padEnd(28)} support   tp   fp   fn  precis  recall  f1`);
    for (const c of CATEGORIES) console.log(row(c, m.per[c]));
    console.log(row('overall (micro)', m.all));
    if (byGroups || rows.some((r) => r.register !== undefined || r.kind !== undefined)) {
      for (const key of ['kind', 'register']) groups(idx, key);
    }
  }
  // Overclaims: share found in the right category, per group. Honest text: share flagged, per group.
  function groups(idx, key) {
    const names = [...new Set(idx.map((i) => rows[i][key]).filter((v) => v !== undefined))].sort();
    if (names.length === 0) return;
    console.log(`${('by ' + key).padEnd(28)} overclaims found  recall | honest flagged  false-flag rate`);
    for (const g of names) {
      const inG = idx.filter((i) => rows[i][key] === g);
      const pos = inG.filter((i) => rows[i].label !== null);
      const neg = inG.filter((i) => rows[i].label === null);
      const found = pos.filter((i) => predicted[i] === rows[i].label).length;
      const flagged = neg.filter((i) => predicted[i] !== null).length;
      const rec = pos.length ? `${String(found).padStart(4)}/${String(pos.length).padEnd(4)}  ${fmt(found / pos.length)}` : '    -        -  ';
      const ff = neg.length ? `${String(flagged).padStart(4)}/${String(neg.length).padEnd(4)}  ${fmt(flagged / neg.length)}` : '    -        -  ';
      console.log(`  ${g.padEnd(26)} ${rec.padStart(22)}  | ${ff}`);
    }
  }

  if (showErrors) {
    console.log(errorsAll ? '\nmisclassified:' : '\nmisclassified (the test split is left out; --errors=all shows it):');
    for (const [i, r] of rows.entries()) {
      if (r.split === 'test' && !errorsAll) continue;
      if (predicted[i] !== r.label) console.log(`  [${r.split}${r.kind ? ' ' + r.kind : ''}] want ${r.label} got ${predicted[i]}: ${r.text}`);
    }
  }
}

for (const c of corpora) await evaluate(c, load(c));
