// The register corpus (__tests__/fixtures/claims/registers.jsonl): sentences in the registers people
// actually write in (PR bullets, commit subjects, changelog bullets, chat, marketing with emoji, model
// cards, non-native English, jargon), each labelled with its category, register and kind (the kind of
// overclaim, or of honest near miss). The `test` split was written and frozen before the linter saw it
// and is never tuned on; `dev` is what general rule changes are checked against.
// `node scripts/lint-eval.mjs` prints the same figures per category, kind and register.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINT_CATEGORIES, lint, type LintCategory } from '../src/claims/lint/index.js';

interface Row {
  text: string;
  label: LintCategory | null;
  split: 'dev' | 'test';
  register: string;
  kind: string;
}

const REGISTERS = ['changelog', 'chat', 'commit', 'jargon', 'marketing', 'model-card', 'non-native', 'pr'];
const POSITIVE_KINDS = ['content-quality', 'implicit-link', 'plain', 'shorthand', 'terse-chat'];
const NEGATIVE_KINDS = ['kept-apart', 'near-miss', 'reported-refuted', 'scope-limited'];

const raw = readFileSync(join(__dirname, 'fixtures/claims/registers.jsonl'), 'utf8');
const rows: Row[] = raw
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Row);

const doc = rows.map((r) => r.text.replace(/\s+/g, ' ').trim()).join('\n\n');
const predicted: (LintCategory | null)[] = rows.map(() => null);
for (const f of lint(doc)) {
  const i = Math.floor((f.line - 1) / 2);
  if (predicted[i] === null) predicted[i] = f.category;
}

function score(split: Row['split']) {
  const idx = rows.flatMap((r, i) => (r.split === split ? [i] : []));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const recall: Record<string, number> = {};
  for (const c of LINT_CATEGORIES) {
    let t = 0;
    let n = 0;
    for (const i of idx) {
      if (predicted[i] === c && rows[i]!.label === c) t++;
      else if (predicted[i] === c) fp++;
      else if (rows[i]!.label === c) n++;
    }
    tp += t;
    fn += n;
    recall[c] = t / (t + n);
  }
  return { precision: tp / (tp + fp), recall: tp / (tp + fn), perCategory: recall };
}

describe('claim linter on the register corpus', () => {
  it('is balanced: both splits, every category, register and kind', () => {
    expect(rows.length).toBeGreaterThanOrEqual(500);
    for (const split of ['dev', 'test'] as const) {
      const s = rows.filter((r) => r.split === split);
      const pos = s.filter((r) => r.label !== null).length;
      expect(Math.abs(pos - (s.length - pos))).toBeLessThanOrEqual(s.length * 0.1);
      for (const c of LINT_CATEGORIES) expect(s.filter((r) => r.label === c).length).toBeGreaterThanOrEqual(20);
      for (const reg of REGISTERS) expect(s.filter((r) => r.register === reg).length, reg).toBeGreaterThanOrEqual(20);
      for (const k of POSITIVE_KINDS) expect(s.filter((r) => r.kind === k && r.label !== null).length, k).toBeGreaterThanOrEqual(10);
      for (const k of NEGATIVE_KINDS) expect(s.filter((r) => r.kind === k && r.label === null).length, k).toBeGreaterThanOrEqual(20);
    }
    for (const r of rows) {
      expect(REGISTERS).toContain(r.register);
      expect(r.label === null ? NEGATIVE_KINDS : POSITIVE_KINDS).toContain(r.kind);
    }
    // No sentence is in both splits.
    const dev = new Set(rows.filter((r) => r.split === 'dev').map((r) => r.text));
    expect(rows.filter((r) => r.split === 'test' && dev.has(r.text))).toEqual([]);
  });

  it('keeps the test split exactly as it was frozen (sha256 of its lines)', () => {
    const testLines = raw.split('\n').filter((l) => l.trim() !== '' && (JSON.parse(l) as Row).split === 'test');
    expect(testLines.length).toBe(265);
    expect(createHash('sha256').update(testLines.join('\n') + '\n').digest('hex')).toBe(
      '0b54ea5516e8aadf4b86f22ffc69a084f7d87ddaed30551a98feda5419bfd05a',
    );
  });

  // Targets: precision >= 0.97 and recall >= 0.90 overall, every category >= 0.85 recall (the test
  // split was frozen before the rules changed; see scripts/lint-eval.mjs for the full table).
  for (const [split, floor] of [
    ['dev', { precision: 0.97, recall: 0.95, category: 0.9 }],
    ['test', { precision: 0.97, recall: 0.9, category: 0.85 }],
  ] as const) {
    it(`keeps precision >= ${floor.precision}, recall >= ${floor.recall} and category recall >= ${floor.category} on ${split}`, () => {
      const s = score(split);
      console.log(`${split}: P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)} ` + JSON.stringify(s.perCategory));
      expect(s.precision).toBeGreaterThanOrEqual(floor.precision);
      expect(s.recall).toBeGreaterThanOrEqual(floor.recall);
      for (const [c, r] of Object.entries(s.perCategory)) expect(r, `${split} recall ${c}`).toBeGreaterThanOrEqual(floor.category);
    });
  }
});
