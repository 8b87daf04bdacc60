/** The shipped claim rules, as the build embeds them (see rules.ts for the format). */
import { SHIPPED_CLAIM_RULES } from '../../generated/claim-rules.js';
import { InputError } from '../../util/errors.js';
import { unpackPattern, type Pattern } from './patterns.js';
import type { ClaimRules } from './rules.js';

let shipped: ClaimRules | undefined;

/**
 * The shipped rules: policies/claims/*.yml, validated, merged and with their patterns parsed at build
 * time (src/generated/claim-rules.ts), so that start-up reads no YAML and parses no pattern.
 */
export function loadShippedRules(): ClaimRules {
  if (shipped) return shipped;
  const data = SHIPPED_CLAIM_RULES;
  if (data.rules.length === 0) throw new InputError('RULES_INVALID', 'no shipped claim rules: run node scripts/gen-assets.mjs');
  const parsed = new Map<string, Pattern>();
  for (const [name, def] of Object.entries(data.concepts)) {
    const packed = data.packed[name];
    if (packed?.length !== def.patterns.length) throw new InputError('RULES_INVALID', `shipped claim rules: concepts.${name}: patterns not compiled (run node scripts/gen-assets.mjs)`);
    def.patterns.forEach((src, i) => parsed.set(src, unpackPattern(packed[i]!)));
  }
  shipped = { concepts: data.concepts, rules: data.rules, sources: data.sources, parsed };
  return shipped;
}
