/**
 * Claim rules: the data in policies/claims/*.yml, validated by a strict schema and merged.
 *
 * A rule file has two optional sections. `concepts` name families of words and phrases (a lexicon);
 * `rules` combine concepts into the shape of an overclaim. User files extend the shipped ones: a
 * concept with a shipped name adds patterns to it, a rule with a shipped id replaces it.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { InputError, q } from '../../util/errors.js';
import { assetNames, assetText } from '../../util/assets.js';
import { parsePattern, patternRefs } from './patterns.js';

export const LINT_CATEGORIES = [
  'benchmark-as-proof',
  'attestation-as-correctness',
  'denial-as-nothing',
  'storage-durability',
  'speed-superiority',
] as const;

export type LintCategory = (typeof LINT_CATEGORIES)[number];

const conceptName = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'concept names are UPPER_SNAKE_CASE');
const patternString = z.string().superRefine((s, ctx) => {
  try {
    parsePattern(s);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: `bad pattern ${JSON.stringify(s)}: ${(e as Error).message}` });
  }
});

const ConceptSchema = z.strictObject({
  about: z.string().optional(),
  /** `source`: a thing that can be presented as evidence (benchmark, attestation, receipt ...). */
  role: z.literal('source').optional(),
  /** For link concepts: `forward` when the claimed fact follows the link ("proves that X"). */
  direction: z.enum(['forward', 'any']).optional(),
  /** Negation words inside this concept's matches are part of its meaning ("not tell anything"). */
  absorbs_negation: z.boolean().optional(),
  patterns: z.array(patternString).min(1),
});

const RuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'rule ids look like bench.evidence-of-job'),
  category: z.enum(LINT_CATEGORIES),
  about: z.string().optional(),
  /** What is presented as evidence; one of these must occur in the clause. */
  subject: z.array(conceptName).min(1),
  /** The subject must be the evidence source nearest to the link (not some other source). */
  nearest_subject: z.boolean().optional(),
  /** Evidence links ("proves", "so", "as X shows"); when given, one must join subject and claim. */
  link: z.array(conceptName).optional(),
  /** The overclaimed fact; negation or a hedge on it (or on the link) makes the sentence safe. */
  claim: z.array(conceptName).min(1),
  /** Claim matches that overlap these are not claims ("the output digest is valid"). */
  except: z.array(conceptName).optional(),
  /** Subject matches inside these are not subjects ("denial-of-service", "Node.js"). */
  not_subject: z.array(conceptName).optional(),
  /** Further groups: each needs one un-negated match in the clause. */
  also: z.array(z.array(conceptName).min(1)).optional(),
  /**
   * Circumstances the claim is made against: each group needs one un-negated match anywhere in the
   * sentence, in any clause ("the lease can end at any time; the volume keeps the outputs regardless").
   */
  context: z.array(z.array(conceptName).min(1)).optional(),
  /** Safe phrasings: any match anywhere in the sentence clears this rule. */
  unless: z.array(conceptName).optional(),
  rewrite: z.string().min(1),
  why: z.string().min(1),
});

const FileSchema = z.strictObject({
  version: z.literal(1),
  concepts: z.record(conceptName, ConceptSchema).optional(),
  rules: z.array(RuleSchema).optional(),
});

export type ConceptDef = z.infer<typeof ConceptSchema>;
export type RuleDef = z.infer<typeof RuleSchema>;

/** A validated rule set (one file, or several merged). */
export interface ClaimRules {
  readonly concepts: Readonly<Record<string, ConceptDef>>;
  readonly rules: readonly RuleDef[];
  /** Where each part came from, for error messages. */
  readonly sources: readonly string[];
}

/** Concepts the engine itself relies on; a merged rule set must define them. */
export const RESERVED_CONCEPTS = ['NEG', 'NEG_FALSE', 'HEDGE', 'QUESTION_START', 'REFUTE', 'CONTRAST', 'PRONOUN', 'PREP'] as const;

function pathText(path: readonly PropertyKey[]): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s === '' ? String(p) : `.${String(p)}`;
  return s === '' ? '(top level)' : s;
}

/** Parse and validate one rule file. Throws InputError('RULES_INVALID') naming the key path and source. */
export function parseRules(yamlText: string, source: string): ClaimRules {
  let doc: unknown;
  try {
    doc = parseYaml(yamlText);
  } catch (e) {
    throw new InputError('RULES_INVALID', `claim rules ${q(source)}: not valid YAML: ${(e as Error).message}`);
  }
  const r = FileSchema.safeParse(doc);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((k) => pathText([...issue.path, k])).join(', ');
      throw new InputError('RULES_INVALID', `claim rules ${q(source)}: unknown key ${keys}`);
    }
    throw new InputError('RULES_INVALID', `claim rules ${q(source)}: ${pathText(issue.path)}: ${issue.message}`);
  }
  const ids = new Set<string>();
  for (const [i, rule] of (r.data.rules ?? []).entries()) {
    if (ids.has(rule.id)) throw new InputError('RULES_INVALID', `claim rules ${q(source)}: rules[${i}].id: duplicate id ${q(rule.id)}`);
    ids.add(rule.id);
  }
  return { concepts: r.data.concepts ?? {}, rules: r.data.rules ?? [], sources: [source] };
}

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
  return { concepts, rules, sources: [...base.sources, ...extra.sources] };
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
    const refs = def.patterns.flatMap((p) => patternRefs(parsePattern(p)));
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

let shipped: ClaimRules | undefined;

/** The shipped rules: every policies/claims/*.yml embedded in the bundle, merged in name order. */
export function loadShippedRules(): ClaimRules {
  if (shipped) return shipped;
  const files = assetNames('policies').filter((n) => n.startsWith('claims/') && /\.ya?ml$/.test(n));
  if (files.length === 0) throw new InputError('RULES_INVALID', 'no shipped claim rules: run node scripts/gen-assets.mjs');
  let acc: ClaimRules = { concepts: {}, rules: [], sources: [] };
  for (const f of files) acc = mergeRules(acc, parseRules(assetText('policies', f) ?? '', `policies/${f}`));
  checkReferences(acc);
  shipped = acc;
  return acc;
}
