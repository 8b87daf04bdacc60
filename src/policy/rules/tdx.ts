/**
 * Rules over verified TDX quotes (reference values, TD attributes, TCB status). The claims are the
 * verifier's: lowercase hex for byte fields (`td_attributes` is the 8 bytes as they sit in the quote,
 * little-endian), booleans `debug` and `sept_ve_disable`, and `tcb_status` once collateral was used.
 */
import { TD_ATTRIBUTE_BITS, TDX_MEASUREMENTS, type Policy, type TdAttributeName } from '../schema.js';
import { allowList, boolClaim, forbidTrue, hexClaim, malformed, missing, perSubject, stringClaim, type Claim, type Rule, type RuleContext } from './common.js';

type TdxBlock = NonNullable<Policy['tdx']>;

/** One TD attribute: the verifier's boolean when it gave one (debug, sept_ve_disable), else the bit. */
function attribute(ctx: RuleContext, claims: Record<string, unknown>, name: TdAttributeName): Claim<boolean> {
  if (name === 'debug' || name === 'sept_ve_disable') {
    const b = claims[name];
    if (typeof b === 'boolean') return { ok: true, value: b };
    if (b !== undefined && b !== null) return { ok: false, finding: malformed(name, b, 'true or false') };
  }
  const raw = claims['td_attributes'];
  if (raw === undefined || raw === null) return { ok: false, finding: missing(ctx, 'td_attributes') };
  const hex = hexClaim(ctx, claims, 'td_attributes', 8);
  if (!hex.ok) return hex;
  const bit = TD_ATTRIBUTE_BITS[name];
  const byte = parseInt(hex.value.slice((bit >> 3) * 2, (bit >> 3) * 2 + 2), 16);
  return { ok: true, value: (byte & (1 << (bit & 7))) !== 0 };
}

export function tdxRules(block: TdxBlock, ctx: RuleContext): Rule[] {
  const rules: Rule[] = [];
  if (block.debug === 'forbid') {
    rules.push(
      forbidTrue(
        'tdx.debug',
        (c) => (c['debug'] === undefined && c['td_attributes'] !== undefined ? attribute(ctx, c, 'debug') : boolClaim(ctx, c, 'debug')),
        'the TD runs in debug mode: the host can read and change its memory and state',
        'the TD is not a debug TD',
      ),
    );
  }
  for (const m of TDX_MEASUREMENTS) {
    const allowed = block[m];
    if (allowed !== undefined) rules.push(allowList(ctx, `tdx.${m}`, allowed, (c) => hexClaim(ctx, c, m, 48), m.toUpperCase()));
  }
  const attrs = block.td_attributes;
  if (attrs) {
    for (const name of [...attrs.forbid, ...attrs.require]) {
      const want = attrs.require.includes(name);
      rules.push(
        perSubject(`tdx.td_attributes.${name}`, want ? 'set' : 'clear', (s) => {
          const a = attribute(ctx, s.claims, name);
          if (!a.ok) return a.finding;
          const observed = a.value ? 'set' : 'clear';
          return a.value === want
            ? { outcome: 'pass', observed, detail: `TD attribute ${name} is ${observed}, as the policy ${want ? 'requires' : 'asks'}` }
            : { outcome: 'deny', observed, detail: `TD attribute ${name} is ${observed}; the policy ${want ? 'requires' : 'forbids'} it` };
        }),
      );
    }
  }
  const tcb = block.tcb_status;
  if (tcb) {
    const expected = [...tcb.pass.map((s) => `${s} (pass)`), ...tcb.hold.map((s) => `${s} (hold)`)].join(', ') || null;
    rules.push(
      perSubject('tdx.tcb_status', expected, (s) => {
        const c = stringClaim(ctx, s.claims, 'tcb_status');
        if (!c.ok) {
          return c.finding.observed === null
            ? { ...c.finding, detail: 'not evaluated: no TCB status (the verifier had no TCB collateral)' }
            : c.finding;
        }
        if (tcb.pass.includes(c.value)) return { outcome: 'pass', observed: c.value, detail: `TCB status ${c.value} passes this policy` };
        if (tcb.hold.includes(c.value)) return { outcome: 'hold', observed: c.value, detail: `TCB status ${c.value} holds under this policy` };
        return { outcome: 'deny', observed: c.value, detail: `TCB status ${c.value} is not listed by this policy` };
      }),
    );
  }
  return rules;
}
