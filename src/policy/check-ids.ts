/**
 * Check ids. They appear in receipts, in gate failure messages and in waivers, so they are stable.
 * A rule's id is the policy key that asks for it; evidence items add their index.
 *
 * | id                                   | emitted when                                   |
 * |--------------------------------------|------------------------------------------------|
 * | `evidence.<i>.<label>.verified`      | every evidence item (label: kind, or format when the kind is unknown; `simulated` for simulated quotes) |
 * | `evidence.<i>.<label>.binding`       | every evidence item                            |
 * | `evidence.required`                  | always                                         |
 * | `evidence.accepted`                  | the policy requires no evidence: hold unless some evidence was accepted (tier none pairs with hold) |
 * | `hashing.ignore_paths`               | a tree left out paths beyond the default ignores (deny unless `allowed_ignores` lists them) |
 * | `evidence.trust_roots`               | always                                         |
 * | `evidence.simulated`                 | simulated evidence is present                  |
 * | `evidence.verifier_unavailable`      | the caller reports a verifier could not run    |
 * | `tdx.debug`                          | `tdx.debug: forbid`                            |
 * | `tdx.<register>`                     | `tdx.mr_td`, `mr_seam`, `mr_config_id`, `mr_owner`, `rtmr0`..`rtmr3` set |
 * | `tdx.td_attributes.<name>`           | each name under `tdx.td_attributes.forbid/require` |
 * | `tdx.xfam`                           | `tdx.xfam` set                                 |
 * | `tdx.min_tcb.<key>`                  | each of `tee_tcb_svn`, `pce_svn`, `qe_svn` set under `tdx.min_tcb` |
 * | `tdx.event_log.replay`               | `tdx.event_log` set                            |
 * | `tdx.event_log.events`               | `tdx.event_log.events` not empty               |
 * | `tdx.tcb_status`                     | `tdx.tcb_status` set                           |
 * | `sev-snp.debug`, `sev-snp.migrate_ma`| set to forbid                                  |
 * | `sev-snp.measurement`, `.host_data`, `.id_key_digest`, `.author_key_digest`, `.vmpl`, `.signing_key` | set |
 * | `sev-snp.guest_policy.<flag>`        | each flag under `sev-snp.guest_policy.forbid/require` |
 * | `sev-snp.min_reported_tcb.<component>` | each component listed                        |
 * | `nvidia-gpu.count`, `.debug`, `.measres`, `.driver_versions`, `.vbios_versions`, `.architectures`, `.cert_status`, `.all_listed` | set (debug: forbid) |
 * | `workload.digests`                   | `workload.digests` set                         |
 * | `workload.signature`                 | a workload signature was given (model_signing bundle): its signature, chain and file-by-file match |
 * | `workload.signers`                   | `workload.signers` set: the workload is signed by a listed signer |
 * | `benchmark.context-only`             | always (always passes)                         |
 *
 * Per-kind checks (`tdx.*`, `sev-snp.*`, `nvidia-gpu.*`) appear when verified evidence of that kind
 * is present (one check per rule, over every item and every GPU), or, as "not evaluated", when the
 * kind is required and no verified evidence of it satisfied the requirement.
 */
import { SNP_GUEST_POLICY_FLAGS, SNP_TCB_COMPONENTS, TD_ATTRIBUTE_NAMES, TDX_MEASUREMENTS, type Policy } from './schema.js';

/** Checks no waiver can change: signature, chain and binding, and the two rules that have their own switch. */
export const UNWAIVABLE = /^evidence\.\d+\.[^.]+\.(verified|binding)$|^evidence\.(simulated|trust_roots|accepted)$|^hashing\.ignore_paths$|^workload\.(signature|signers)$/;

const EVIDENCE_ITEM = /^evidence\.\d+\.[^.]+\.(verified|binding)$/;

/** Whether a policy could ever emit a check with this id (used to reject mistyped waivers). */
export function policyCanEmit(policy: Policy, id: string): boolean {
  return EVIDENCE_ITEM.test(id) || staticCheckIds(policy).includes(id);
}

/** Every fixed check id this policy can emit (evidence items aside). */
export function staticCheckIds(policy: Policy): string[] {
  const ids = ['evidence.required', 'evidence.trust_roots', 'evidence.simulated', 'evidence.verifier_unavailable', 'hashing.ignore_paths'];
  if (policy.evidence.required.length === 0) ids.push('evidence.accepted');
  const tdx = policy.tdx;
  if (tdx) {
    if (tdx.debug === 'forbid') ids.push('tdx.debug');
    for (const m of TDX_MEASUREMENTS) if (tdx[m] !== undefined) ids.push(`tdx.${m}`);
    for (const n of TD_ATTRIBUTE_NAMES) {
      if (tdx.td_attributes?.forbid.includes(n) || tdx.td_attributes?.require.includes(n)) ids.push(`tdx.td_attributes.${n}`);
    }
    if (tdx.xfam !== undefined) ids.push('tdx.xfam');
    for (const k of ['tee_tcb_svn', 'pce_svn', 'qe_svn'] as const) if (tdx.min_tcb?.[k] !== undefined) ids.push(`tdx.min_tcb.${k}`);
    if (tdx.event_log) ids.push('tdx.event_log.replay');
    if (tdx.event_log && tdx.event_log.events.length > 0) ids.push('tdx.event_log.events');
    if (tdx.tcb_status) ids.push('tdx.tcb_status');
  }
  const snp = policy['sev-snp'];
  if (snp) {
    if (snp.debug === 'forbid') ids.push('sev-snp.debug');
    if (snp.migrate_ma === 'forbid') ids.push('sev-snp.migrate_ma');
    for (const k of ['measurement', 'host_data', 'id_key_digest', 'author_key_digest', 'vmpl', 'signing_key'] as const) {
      if (snp[k] !== undefined) ids.push(`sev-snp.${k}`);
    }
    for (const n of SNP_GUEST_POLICY_FLAGS) {
      if (snp.guest_policy?.forbid.includes(n) || snp.guest_policy?.require.includes(n)) ids.push(`sev-snp.guest_policy.${n}`);
    }
    for (const c of SNP_TCB_COMPONENTS) if (snp.min_reported_tcb?.[c] !== undefined) ids.push(`sev-snp.min_reported_tcb.${c}`);
  }
  const gpu = policy['nvidia-gpu'];
  if (gpu) {
    if (gpu.count) ids.push('nvidia-gpu.count');
    if (gpu.debug === 'forbid') ids.push('nvidia-gpu.debug');
    if (gpu.measres) ids.push('nvidia-gpu.measres');
    if (gpu.architectures !== undefined) ids.push('nvidia-gpu.architectures');
    if (gpu.cert_status) ids.push('nvidia-gpu.cert_status');
    if (gpu.all_listed) ids.push('nvidia-gpu.all_listed');
    if (gpu.driver_versions !== undefined) ids.push('nvidia-gpu.driver_versions');
    if (gpu.vbios_versions !== undefined) ids.push('nvidia-gpu.vbios_versions');
  }
  if (policy.workload?.digests) ids.push('workload.digests');
  if (policy.workload?.signers) ids.push('workload.signers');
  ids.push('workload.signature');
  ids.push('benchmark.context-only');
  return ids;
}
