/**
 * Claim rules: the data in policies/claims/*.yml, validated by a strict schema and merged.
 *
 * A rule file has two optional sections. `concepts` name families of words and phrases (a lexicon);
 * `rules` combine concepts into the shape of an overclaim. User files extend the shipped ones: a
 * concept with a shipped name adds patterns to it, a rule with a shipped id replaces it.
 */
import { InputError, q } from '../../util/errors.js';
import type { ConceptDef, RuleDef } from './parse-rules.js';
import { parsePattern, patternRefs, type PackedPattern, type Pattern } from './patterns.js';

export type { ConceptDef, RuleDef } from './parse-rules.js';

export const LINT_CATEGORIES = [
  'benchmark-as-proof',
  'attestation-as-correctness',
  'denial-as-nothing',
  'storage-durability',
  'speed-superiority',
] as const;

export type LintCategory = (typeof LINT_CATEGORIES)[number];

/** A validated rule set (one file, or several merged). */
export interface ClaimRules {
  readonly concepts: Readonly<Record<string, ConceptDef>>;
  readonly rules: readonly RuleDef[];
  /** Where each part came from, for error messages. */
  readonly sources: readonly string[];
  /** Patterns parsed ahead of time (the shipped ones, parsed at build time), by pattern text. */
  readonly parsed?: ReadonlyMap<string, Pattern>;
}

/**
 * The shipped rules as the build embeds them: the merged rule set, and per concept its patterns
 * parsed and packed, in the order of its `patterns`.
 */
export interface ShippedRuleSet {
  concepts: Record<string, ConceptDef>;
  rules: RuleDef[];
  sources: string[];
  packed: Record<string, PackedPattern[]>;
}

/** A pattern of a rule set, parsed: from the rule set's ahead-of-time parses, or parsed now. */
export function patternOf(rules: ClaimRules, src: string): Pattern {
  const hit = rules.parsed?.get(src);
  // A fresh array each time, as parsePattern gives: compiled concepts tell patterns apart by identity.
  return hit ? [...hit] : parsePattern(src);
}

/** Concepts the engine itself relies on; a merged rule set must define them. */
export const RESERVED_CONCEPTS = ['NEG', 'NEG_FALSE', 'HEDGE', 'QUESTION_START', 'REFUTE', 'CONTRAST', 'PRONOUN', 'PREP'] as const;

/** User rule files extend the shipped ones: concepts gain patterns, rules with the same id are replaced. */
export function mergeRules(base: ClaimRules, extra: ClaimRules): ClaimRules {
  const concepts: Record<string, ConceptDef> = { ...base.concepts };
  for (const [name, def] of Object.entries(extra.concepts)) {
    const old = concepts[name];
    concepts[name] = old === undefined ? def : { ...old, ...def, patterns: [...old.patterns, ...def.patterns] };
  }
  const rules = [...base.rules];
  for (const rule of extra.rules) {
    const i = rules.findIndex((x) => x.id === rule.id);
    if (i >= 0) rules[i] = rule;
    else rules.push(rule);
  }
  const parsed = base.parsed ?? extra.parsed;
  return { concepts, rules, sources: [...base.sources, ...extra.sources], ...(parsed ? { parsed } : {}) };
}

/**
 * Check that every concept a pattern or rule names exists and that references are not circular.
 * Returns the concept names in dependency order (referenced concepts first).
 */
export function checkReferences(rules: ClaimRules): string[] {
  const where = rules.sources.join(' + ');
  const names = new Set(Object.keys(rules.concepts));
  for (const r of RESERVED_CONCEPTS) {
    if (!names.has(r)) throw new InputError('RULES_INVALID', `claim rules ${q(where)}: concepts.${r}: required concept is missing`);
  }
  const deps = new Map<string, string[]>();
  for (const [name, def] of Object.entries(rules.concepts)) {
    const refs = def.patterns.flatMap((p) => patternRefs(patternOf(rules, p)));
    for (const ref of refs) {
      if (!names.has(ref)) throw new InputError('RULES_INVALID', `claim rules ${q(where)}: concepts.${name}: unknown concept @${ref}`);
    }
    deps.set(name, refs);
  }
  for (const [i, rule] of rules.rules.entries()) {
    const used = [
      ...rule.subject,
      ...(rule.link ?? []),
      ...rule.claim,
      ...(rule.except ?? []),
      ...(rule.not_subject ?? []),
      ...(rule.also ?? []).flat(),
      ...(rule.context ?? []).flat(),
      ...(rule.unless ?? []),
    ];
    for (const u of used) {
      if (!names.has(u)) throw new InputError('RULES_INVALID', `claim rules ${q(where)}: rules[${i}] (${rule.id}): unknown concept ${u}`);
    }
  }
  const order: string[] = [];
  const state = new Map<string, 1 | 2>();
  const visit = (n: string, chain: string[]): void => {
    const s = state.get(n);
    if (s === 2) return;
    if (s === 1) throw new InputError('RULES_INVALID', `claim rules ${q(where)}: concepts.${n}: circular reference ${[...chain, n].join(' -> ')}`);
    state.set(n, 1);
    for (const d of deps.get(n) ?? []) visit(d, [...chain, n]);
    state.set(n, 2);
    order.push(n);
  };
  for (const n of [...names].sort()) visit(n, []);
  return order;
}
