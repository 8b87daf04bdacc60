/**
 * The claim linter (DESIGN §6): finds sentences that say more than the evidence allows.
 * Rules are data (policies/claims/*.yml); engine.ts says how they are applied.
 */
export type { Finding } from './engine.js';
export type { ClaimRules, ConceptDef, RuleDef, LintCategory } from './rules.js';
export type { Sentence } from './split.js';
export { LINT_CATEGORIES, mergeRules } from './rules.js';
export { parseRules } from './parse-rules.js';
export { loadShippedRules } from './shipped.js';
export { lint, lintSentence } from './lint.js';
export { splitSentences } from './split.js';
export { explain } from './engine.js';
