import { lint, loadShippedRules, mergeRules, parseRules, type ClaimRules } from './lint/index.js';
import type { Receipt } from '../receipt/schema.js';

export type StruckClaim = Receipt['struck_claims'][number];

/** Rules: the shipped set, extended by any user rule files. */
export function claimRules(extra: { source: string; text: string }[] = []): ClaimRules {
  let rules = loadShippedRules();
  for (const r of extra) rules = mergeRules(rules, parseRules(r.text, r.source));
  return rules;
}

/** Lint user text handed to `create`; every flagged sentence is struck and recorded with its rewrite. */
export function lintForReceipt(texts: { source: string; text: string }[], extraRules: { source: string; text: string }[] = []): StruckClaim[] {
  if (texts.length === 0) return [];
  const rules = claimRules(extraRules);
  const out: StruckClaim[] = [];
  for (const t of texts) {
    for (const f of lint(t.text, rules)) {
      out.push({ sentence: f.sentence, category: f.category, rule: f.rule, rewrite: f.rewrite, why: f.why, source: t.source, line: f.line });
    }
  }
  return out;
}
