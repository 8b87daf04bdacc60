// The labelled corpus (__tests__/fixtures/claims/corpus.jsonl) through the TypeScript API: precision
// and recall per category, per split. `dev` is what the rules were tuned on; `test` was written before
// the rules and not tuned on. scripts/lint-eval.mjs prints the same table through the CLI bundle.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINT_CATEGORIES, lint, type LintCategory } from '../src/claims/lint/index.js';

interface Row {
  text: string;
  label: LintCategory | null;
  split: 'dev' | 'test';
}

const rows: Row[] = readFileSync(join(__dirname, 'fixtures/claims/corpus.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Row);

// The same path as the CLI: one Markdown document, one paragraph per sentence, findings mapped by line.
const doc = rows.map((r) => r.text).join('\n\n');
const predicted: (LintCategory | null)[] = rows.map(() => null);
for (const f of lint(doc)) {
  const i = Math.floor((f.line - 1) / 2);
  if (predicted[i] === null) predicted[i] = f.category;
}

function scores(split: Row['split']) {
  const idx = rows.flatMap((r, i) => (r.split === split ? [i] : []));
  return LINT_CATEGORIES.map((c) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const i of idx) {
      if (predicted[i] === c && rows[i]!.label === c) tp++;
      else if (predicted[i] === c) fp++;
      else if (rows[i]!.label === c) fn++;
    }
    return { category: c, support: tp + fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
  });
}

describe('claim linter on the labelled corpus', () => {
  it('has enough sentences in every category and split', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    for (const split of ['dev', 'test'] as const) {
      for (const c of LINT_CATEGORIES) expect(rows.filter((r) => r.split === split && r.label === c).length).toBeGreaterThanOrEqual(10);
      expect(rows.filter((r) => r.split === split && r.label === null).length).toBeGreaterThanOrEqual(80);
    }
  });

  for (const [split, floor] of [['dev', 0.95], ['test', 0.9]] as const) {
    it(`reaches precision and recall >= ${floor} per category on ${split}`, () => {
      const s = scores(split);
      console.log(
        `${split}:\n` + s.map((x) => `  ${x.category.padEnd(28)} n=${String(x.support).padStart(3)}  P=${x.precision.toFixed(3)}  R=${x.recall.toFixed(3)}`).join('\n'),
      );
      const misses = rows.flatMap((r, i) => (r.split === split && predicted[i] !== r.label ? [`want ${r.label} got ${predicted[i]}: ${r.text}`] : []));
      if (misses.length) console.log(`${split} misclassified:\n  ` + misses.join('\n  '));
      for (const x of s) {
        expect(x.precision, `${split} precision ${x.category}`).toBeGreaterThanOrEqual(floor);
        expect(x.recall, `${split} recall ${x.category}`).toBeGreaterThanOrEqual(floor);
      }
    });
  }
});
