#!/usr/bin/env node
// Hand-written sentence splitter and stemmer of the claim linter vs two maintained English NLP
// libraries (wink-nlp with wink-eng-lite-web-model, and compromise). They are not dependencies; install
// them where this runs:  npm install --no-save wink-nlp wink-eng-lite-web-model compromise
//
//   node scripts/nlp-compare.mjs        (Node 22.6+: loads the linter's TypeScript sources)
//
// 1. Sentence boundaries: corpus sentences that end in . ! or ? are joined four at a time into one
//    paragraph; each splitter must find exactly the gold boundaries (precision / recall of boundaries).
// 2. Word families the rules rely on (prove / proof / proven, deny / denial, attest / attestation ...):
//    the share of families that each normaliser maps to one key (stem, lemma, or root).
// 3. Speed: seconds to split and normalise the repository's Markdown text (about 1 MB, as plain text).
import { createRequire, register } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const require = createRequire(join(process.cwd(), 'package.json'));
register('data:text/javascript,' + encodeURIComponent(`export async function resolve(s, c, next) { try { return await next(s, c); } catch (e) { if (s.endsWith('.js') && (s.startsWith('.') || s.startsWith('/'))) return next(s.slice(0, -3) + '.ts', c); throw e; } }`));
const lint = await import(pathToFileURL(join(root, 'src/claims/lint/index.ts')).href);
const { stem, tokenize } = await import(pathToFileURL(join(root, 'src/claims/lint/tokens.ts')).href);
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const nlp = winkNLP(model);
const its = nlp.its;
const compromise = require('compromise');

const sentences = ['corpus.jsonl', 'registers.jsonl'].flatMap((f) =>
  readFileSync(join(root, '__tests__/fixtures/claims', f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text.replace(/\s+/g, ' ').trim()),
).filter((t) => /[.!?]["')\]]*$/.test(t) && !/^[-*>#|\d]/.test(t));

// 1. Boundaries.
const paragraphs = [];
for (let i = 0; i + 4 <= sentences.length; i += 4) paragraphs.push(sentences.slice(i, i + 4));
function score(name, split) {
  let tp = 0, fp = 0, fn = 0;
  const t0 = performance.now();
  for (const gold of paragraphs) {
    const text = gold.join(' ');
    const ends = new Set();
    let at = 0;
    for (const g of gold.slice(0, -1)) { at += g.length; ends.add(at); at += 1; }
    const got = new Set();
    let from = 0;
    for (const s of split(text).slice(0, -1)) {
      const j = text.indexOf(s, from);
      if (j < 0) continue;
      from = j + s.length;
      got.add(j + s.length);
    }
    for (const e of got) (ends.has(e) ? tp++ : fp++);
    for (const e of ends) if (!got.has(e)) fn++;
  }
  const ms = performance.now() - t0;
  console.log(`${name.padEnd(22)} boundaries: precision ${(tp / (tp + fp)).toFixed(3)} recall ${(tp / (tp + fn)).toFixed(3)}  (${paragraphs.length} paragraphs, ${ms.toFixed(0)} ms)`);
}
console.log(`1. sentence boundaries, ${sentences.length} corpus sentences joined 4 to a paragraph`);
score('hand-written', (t) => lint.splitSentences(t).map((s) => s.text));
score('wink-nlp', (t) => nlp.readDoc(t).sentences().out());
score('compromise', (t) => compromise(t).sentences().out('array'));

// 2. Families.
const families = [
  ['prove', 'proves', 'proved', 'proving', 'proof', 'proven'],
  ['attest', 'attests', 'attested', 'attesting', 'attestation'],
  ['deny', 'denies', 'denied', 'denial'],
  ['reject', 'rejects', 'rejected', 'rejection'],
  ['verify', 'verifies', 'verified', 'verification'],
  ['persist', 'persists', 'persisted', 'persisting'],
  ['complete', 'completes', 'completed', 'completion'],
  ['execute', 'executes', 'executed', 'execution'],
  ['migrate', 'migrates', 'migrated', 'migration'],
  ['terminate', 'terminated', 'termination'],
  ['correct', 'correctly', 'correctness'],
  ['accurate', 'accurately'],
  ['durable', 'durably', 'durability'],
  ['show', 'shows', 'showed', 'shown'],
  ['run', 'runs', 'ran', 'running'],
  ['guarantee', 'guarantees', 'guaranteed'],
  ['confirm', 'confirms', 'confirmed', 'confirmation'],
  ['benchmark', 'benchmarks', 'benchmarked'],
  ['tell', 'tells', 'told'],
  ['survive', 'survives', 'survived', 'surviving'],
];
const norm = {
  'hand-written stemmer': (w) => stem(w),
  'wink-nlp lemma': (w) => nlp.readDoc(w).tokens().out(its.lemma)[0],
  'compromise root': (w) => { const d = compromise(w); d.compute('root'); return d.json()[0]?.terms[0]?.root ?? d.text('normal'); },
};
console.log('\n2. word families joined (one key per family)');
for (const [name, f] of Object.entries(norm)) {
  const joined = families.filter((fam) => new Set(fam.map(f)).size === 1);
  const split = families.filter((fam) => new Set(fam.map(f)).size > 1).map((fam) => fam.map((w) => `${w}>${f(w)}`).join(' '));
  console.log(`${name.padEnd(22)} ${joined.length}/${families.length}${split.length ? '  split: ' + split.slice(0, 4).join(' | ') : ''}`);
}

// 3. Speed.
const files = ['README.md', 'CHANGELOG.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
let text = files.map((f) => readFileSync(join(root, f), 'utf8')).join('\n\n');
while (text.length < 1_000_000) text += '\n\n' + text;
text = text.slice(0, 1_000_000);
console.log(`\n3. speed on ${(text.length / 1e6).toFixed(2)} MB of Markdown as plain text`);
let t0 = performance.now();
let n = lint.splitSentences(text).map((s) => tokenize(s.text)).length;
console.log(`hand-written           ${(performance.now() - t0).toFixed(0)} ms (${n} sentences, tokens and stems)`);
t0 = performance.now();
const doc = nlp.readDoc(text);
n = doc.sentences().length();
doc.tokens().out(its.lemma); doc.tokens().out(its.pos); doc.tokens().out(its.negationFlag);
console.log(`wink-nlp               ${(performance.now() - t0).toFixed(0)} ms (${n} sentences, lemmas, POS, negation flags)`);
t0 = performance.now();
const small = text.slice(0, 250_000);
const cd = compromise(small);
n = cd.sentences().length;
cd.compute('root');
console.log(`compromise             ${(performance.now() - t0).toFixed(0)} ms for 0.25 MB only (${n} sentences, tags, roots)`);
