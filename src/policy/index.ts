/** The policy stage: schema, loading, appraisal (rules per evidence kind) and the decision. */
export {
  EVIDENCE_KINDS,
  OUTCOMES,
  TD_ATTRIBUTE_NAMES,
  TDX_MEASUREMENTS,
  SNP_TCB_COMPONENTS,
  policySchema,
  type Outcome,
  type Policy,
  type PolicyEvidenceKind,
  type RequiredGroup,
  type Waiver,
  type TdAttributeName,
} from './schema.js';
export { parsePolicy, parsePolicyBytes, type LoadedPolicy } from './parse.js';
export { loadPolicy, shippedPolicyNames } from './load.js';
export { appraise } from './appraise.js';
export { decide } from './decide.js';
export { staticCheckIds, policyCanEmit, UNWAIVABLE } from './check-ids.js';
export type { Check, AppraisalInput, Decision } from './types.js';
