/**
 * Rules over verified SEV-SNP attestation reports. They check no signature (the verifier did; only
 * `verified` reports reach them). Claims: `measurement`, `host_data`, `id_key_digest`,
 * `author_key_digest` (lowercase hex), one boolean per guest policy flag (`debug`, `migrate_ma`,
 * ...), `vmpl` (number), `signing_key` (`vcek` | `vlek`), `reported_tcb` {bootloader, tee, snp,
 * microcode, fmc (Turin)}.
 */
import { SNP_TCB_COMPONENTS, type Policy } from '../schema.js';
import {
  allowList,
  boolClaim,
  forbidTrue,
  hexClaim,
  malformed,
  missing,
  perSubject,
  stringClaim,
  type Finding,
  type Rule,
  type RuleContext,
  type Subject,
} from './common.js';

type SnpBlock = NonNullable<Policy['sev-snp']>;

function intClaim(ctx: RuleContext, s: Subject, key: string): { ok: true; value: number } | { ok: false; finding: Finding } {
  const v = s.claims[key];
  if (v === undefined || v === null) return { ok: false, finding: missing(ctx, key) };
  if (typeof v !== 'number' || !Number.isInteger(v)) return { ok: false, finding: malformed(key, v, 'an integer') };
  return { ok: true, value: v };
}

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
  if (block.host_data !== undefined) {
    rules.push(allowList(ctx, 'sev-snp.host_data', block.host_data, (c) => hexClaim(ctx, c, 'host_data', 32), 'HOST_DATA'));
  }
  if (block.id_key_digest !== undefined) {
    rules.push(allowList(ctx, 'sev-snp.id_key_digest', block.id_key_digest, (c) => hexClaim(ctx, c, 'id_key_digest', 48), 'ID_KEY_DIGEST'));
  }
  if (block.author_key_digest !== undefined) {
    rules.push(allowList(ctx, 'sev-snp.author_key_digest', block.author_key_digest, (c) => hexClaim(ctx, c, 'author_key_digest', 48), 'AUTHOR_KEY_DIGEST'));
  }
  const vmpls = block.vmpl;
  if (vmpls !== undefined) {
    rules.push(
      perSubject('sev-snp.vmpl', vmpls.join(', ') || null, (s) => {
        const v = intClaim(ctx, s, 'vmpl');
        if (!v.ok) return v.finding;
        return vmpls.includes(v.value)
          ? { outcome: 'pass', observed: String(v.value), detail: `the report was requested at VMPL ${v.value}, which the policy allows` }
          : { outcome: 'deny', observed: String(v.value), detail: `the report was requested at VMPL ${v.value}; the policy allows ${vmpls.join(', ') || 'none'}` };
      }),
    );
  }
  const keys = block.signing_key;
  if (keys !== undefined) {
    rules.push(
      perSubject('sev-snp.signing_key', keys.join(', ') || null, (s) => {
        const k = stringClaim(ctx, s.claims, 'signing_key');
        if (!k.ok) return k.finding;
        return (keys as string[]).includes(k.value)
          ? { outcome: 'pass', observed: k.value, detail: `signed by a ${k.value.toUpperCase()}, which the policy allows` }
          : { outcome: 'deny', observed: k.value, detail: `signed by a ${k.value.toUpperCase()}; the policy allows ${keys.join(', ') || 'none'}` };
      }),
    );
  }
  const gp = block.guest_policy;
  if (gp) {
    for (const name of [...gp.forbid, ...gp.require]) {
      const want = gp.require.includes(name);
      rules.push(
        perSubject(`sev-snp.guest_policy.${name}`, want ? 'set' : 'clear', (s) => {
          const b = boolClaim(ctx, s.claims, name);
          if (!b.ok) return b.finding;
          const observed = b.value ? 'set' : 'clear';
          return b.value === want
            ? { outcome: 'pass', observed, detail: `guest policy flag ${name} is ${observed}, as the policy ${want ? 'requires' : 'asks'}` }
            : { outcome: 'deny', observed, detail: `guest policy flag ${name} is ${observed}; the policy ${want ? 'requires' : 'forbids'} it` };
        }),
      );
    }
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
          if (v === undefined || v === null) {
            return comp === 'fmc'
              ? { ...missing(ctx, key), detail: 'not evaluated: the report has no FMC component (only Turin reports carry one)' }
              : missing(ctx, key);
          }
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
