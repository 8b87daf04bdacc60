/**
 * Reading claim rule files: YAML, validated by a strict schema (rules.ts says what the sections mean).
 * The shipped files are read at build time (scripts/gen-assets.mjs embeds the result in
 * src/generated/claim-rules.ts); user files (--rules, claim-rules) are read here at run time.
 */
import { isDeepStrictEqual } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { InputError, q } from '../../util/errors.js';
import { packPattern, parsePattern, unpackPattern, type PackedPattern } from './patterns.js';
import { LINT_CATEGORIES, checkReferences, mergeRules, type ClaimRules, type ShippedRuleSet } from './rules.js';

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

/**
 * The shipped rule files (name and text; merged in name order), validated, checked, and with every
 * pattern parsed: what src/generated/claim-rules.ts embeds. Throws when a pattern's compact form does
 * not read back as the same pattern.
 */
export function buildShippedRules(files: readonly { name: string; text: string }[]): ShippedRuleSet {
  let acc: ClaimRules = { concepts: {}, rules: [], sources: [] };
  for (const f of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    acc = mergeRules(acc, parseRules(f.text, f.name));
  }
  checkReferences(acc);
  const packed: Record<string, PackedPattern[]> = {};
  for (const [name, def] of Object.entries(acc.concepts)) {
    packed[name] = def.patterns.map((src) => {
      const parsed = parsePattern(src);
      const p = packPattern(parsed);
      if (!isDeepStrictEqual(unpackPattern(p), parsed)) throw new Error(`pattern ${JSON.stringify(src)} does not survive packing`);
      return p;
    });
  }
  return { concepts: { ...acc.concepts }, rules: [...acc.rules], sources: [...acc.sources], packed };
}

/** The text of src/generated/claim-rules.ts for these rule files. */
export function shippedRulesModule(files: readonly { name: string; text: string }[]): string {
  const data = JSON.stringify(buildShippedRules(files));
  // In single quotes, JSON's many double quotes need no escaping.
  const literal = `'${data.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return (
    '// Generated by scripts/gen-assets.mjs from policies/claims/*.yml (validated, merged, patterns parsed). Do not edit.\n' +
    "import type { ShippedRuleSet } from '../claims/lint/rules.js';\n\n" +
    '// JSON.parse of one string reads faster than the same data as an object literal.\n' +
    `export const SHIPPED_CLAIM_RULES: ShippedRuleSet = JSON.parse(${literal});\n`
  );
}
