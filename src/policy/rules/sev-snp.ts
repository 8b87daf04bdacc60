/**
 * Rules over verified SEV-SNP attestation reports. Claims: `measurement` (96 lowercase hex), booleans
 * `debug` and `migrate_ma` (from the guest policy), `reported_tcb` {bootloader, tee, snp, microcode, fmc?}.
 */
import { SNP_TCB_COMPONENTS, type Policy } from '../schema.js';
import { allowList, boolClaim, forbidTrue, hexClaim, malformed, missing, perSubject, type Rule, type RuleContext } from './common.js';

type SnpBlock = NonNullable<Policy['sev-snp']>;

export function snpRules(block: SnpBlock, ctx: RuleContext): Rule[] {
  const rules: Rule[] = [];
  if (block.debug === 'forbid') {
    rules.push(
      forbidTrue('sev-snp.debug', (c) => boolClaim(ctx, c, 'debug'), 'the guest policy allows debugging: the host can read its memory', 'the guest policy forbids debugging'),
    );
  }
  if (block.migrate_ma === 'forbid') {
    rules.push(
      forbidTrue(
        'sev-snp.migrate_ma',
        (c) => boolClaim(ctx, c, 'migrate_ma'),
        'a migration agent is allowed: the guest may be moved off the attested platform',
        'no migration agent is allowed',
      ),
    );
  }
  if (block.measurement !== undefined) {
    rules.push(allowList(ctx, 'sev-snp.measurement', block.measurement, (c) => hexClaim(ctx, c, 'measurement', 48), 'MEASUREMENT'));
  }
  const min = block.min_reported_tcb;
  if (min) {
    for (const comp of SNP_TCB_COMPONENTS) {
      const want = min[comp];
      if (want === undefined) continue;
      const key = `reported_tcb.${comp}`;
      rules.push(
        perSubject(`sev-snp.min_reported_tcb.${comp}`, `>= ${want}`, (s) => {
          const tcb = s.claims['reported_tcb'];
          if (tcb === undefined || tcb === null) return missing(ctx, 'reported_tcb');
          if (typeof tcb !== 'object') return malformed('reported_tcb', tcb, 'an object');
          const v = (tcb as Record<string, unknown>)[comp];
          if (v === undefined || v === null) return missing(ctx, key);
          if (typeof v !== 'number' || !Number.isInteger(v)) return malformed(key, v, 'an integer');
          return v >= want
            ? { outcome: 'pass', observed: String(v), detail: `reported TCB ${comp} ${v} meets the minimum ${want}` }
            : { outcome: 'deny', observed: String(v), detail: `reported TCB ${comp} ${v} is below the minimum ${want}` };
        }),
      );
    }
  }
  return rules;
}
