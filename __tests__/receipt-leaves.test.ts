// THE RULE (DESIGN §0), enforced: every leaf of a fresh receipt is flipped one at a time (a change
// that keeps the receipt valid under the schema where one exists), the receipt is re-canonicalised,
// and verify runs with every path. Each leaf must be caught (a mismatch, a deny, or a refusal), or be
// on the documented self-reported list and be rendered labelled self-reported.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalize } from '../src/binding/jcs.js';
import { renderVerifyText } from '../src/cli/render.js';
import { leaves, selfReportedRule, SELF_REPORTED } from '../src/receipt/leaves.js';
import { verifyReceipt } from '../src/receipt/replay.js';
import { ReceiptSchema } from '../src/receipt/schema.js';
import { renderSummary } from '../src/report/summary.js';
import { InputError } from '../src/util/errors.js';
import { type Job, copyReceipt, makeJob } from './helpers/receipt-job.js';

let job: Job;
beforeAll(async () => {
  job = await makeJob();
});
afterAll(() => rmSync(job.work, { recursive: true, force: true }));

const ENUMS = [
  ['directory', 'file', 'image'],
  ['sha256', 'hmac-sha256'],
  ['files', 'shards', 'image'],
  ['tdx', 'sev-snp', 'nvidia-gpu', 'simulated', 'none'],
  ['verified', 'failed', 'unsupported', 'unavailable'],
  ['pass', 'hold', 'deny'],
  ['self', 'verifier'],
  ['ephemeral', 'persistent-provider-local', 'unknown'],
  ['none', 'denied', 'simulated', 'environment', 'execution'],
  ['key', 'certificate', 'sigstore'],
];

/** Candidate replacements for one leaf, most format-preserving first. */
function candidates(v: string | number | boolean | null): unknown[] {
  if (v === null) return ['sha256:' + '0'.repeat(64), '0011', 'a'.repeat(40), 'o/r', '1', 'x1'];
  if (typeof v === 'boolean') return [!v];
  if (typeof v === 'number') return [v + 1];
  const out: unknown[] = [];
  if (v === 'shipped') out.push({ custom: 'sha256:' + '0'.repeat(64) });
  for (const e of ENUMS) if (e.includes(v)) out.push(...e.filter((x) => x !== v));
  const last = v.slice(-1);
  if (/[0-9a-f]/.test(last)) out.push(v.slice(0, -1) + (last === '0' ? '1' : '0'));
  if (/^\d{4}-\d{2}-\d{2}T/.test(v)) out.push('2001-02-03T04:05:06.789Z');
  out.push(v + 'x', 'x' + v, 'x');
  return out;
}

function setAt(root: Record<string, unknown>, path: string, value: unknown): void {
  const keys = [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => m[1] ?? Number(m[2]));
  let cur: any = root;
  for (const k of keys.slice(0, -1)) cur = cur[k];
  cur[keys[keys.length - 1]!] = value;
}

describe('every receipt leaf is caught or self-reported', () => {
  it('flips each leaf of a fresh receipt one at a time', async () => {
    const receipt = job.created.receipt;
    const all = leaves(receipt);
    const results: { path: string; outcome: 'caught' | 'schema' | 'refused' | 'passed'; value?: unknown }[] = [];
    let n = 0;
    for (const leaf of all) {
      let mutated: Record<string, unknown> | null = null;
      let value: unknown;
      for (const c of candidates(leaf.value)) {
        const copy = structuredClone(receipt) as Record<string, unknown>;
        setAt(copy, leaf.path, c);
        if (ReceiptSchema.safeParse(copy).success) {
          mutated = copy;
          value = c;
          break;
        }
      }
      if (!mutated) {
        results.push({ path: leaf.path, outcome: 'schema' });
        continue;
      }
      const dir = copyReceipt(job, `flip-${n++}`);
      writeFileSync(join(dir, 'receipt.json'), canonicalize(mutated));
      try {
        const r = await verifyReceipt({ receipt: dir, policy: job.policy, ...job.paths, network: false }, job.deps);
        const caught = !r.ok || r.decision === 'deny';
        results.push({ path: leaf.path, outcome: caught ? 'caught' : 'passed', value });
        if (!caught) {
          // Not caught: it must be self-reported, and verify must render it labelled so.
          const text = renderVerifyText(r);
          const summary = renderSummary(r.appraised, { mode: 'verify', replay: { ok: r.ok, mismatches: r.mismatches, notes: r.notes, policyMatchesReceipt: r.policy_matches_receipt, rederived: r.rederived, unverified: r.unverified, producer: r.producer } });
          const shown = String(value);
          const labelled = (doc: string) => doc.split('\n').some((l) => l.includes(shown) && /self-reported/.test(l));
          expect.soft(labelled(text), `${leaf.path}=${shown} labelled self-reported in the text`).toBe(true);
          expect.soft(labelled(summary), `${leaf.path}=${shown} labelled self-reported in the summary`).toBe(true);
        }
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        results.push({ path: leaf.path, outcome: 'refused' });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    // The workload signature (model_signing) is re-derived leaf by leaf: none is self-reported.
    const sigLeaves = results.filter((r) => r.path.startsWith('workload.signature.'));
    expect(sigLeaves.length, 'the receipt carries workload.signature').toBeGreaterThanOrEqual(12);
    expect(sigLeaves.filter((r) => r.outcome !== 'caught').map((r) => r.path)).toEqual([]);
    const missed = results.filter((r) => r.outcome === 'passed' && !selfReportedRule(r.path)).map((r) => r.path);
    expect(missed, 'bound or re-derivable leaves that verify missed').toEqual([]);
    // Every self-reported pattern is exercised by this receipt, so the list has no dead entries.
    for (const rule of SELF_REPORTED) expect(all.some((l) => selfReportedRule(l.path) === rule), rule.pattern).toBe(true);
    const count = (o: string) => results.filter((r) => r.outcome === o).length;
    const selfReported = results.filter((r) => selfReportedRule(r.path)).length;
    const summary = { leaves: results.length, caught: count('caught'), schema: count('schema'), refused: count('refused'), passed_self_reported: count('passed'), self_reported: selfReported };
    console.log(`leaf flips: ${JSON.stringify(summary)}`);
    console.log(`rejected by the schema (literals and formats no valid flip exists for): ${results.filter((r) => r.outcome === 'schema').map((r) => r.path).join(', ')}`);
    expect(summary.leaves).toBeGreaterThan(150);
  });
});
