import type { X509Certificate } from 'node:crypto';
import type { AuxFile, VerificationStatus, VerifyOptions, VerifyStep } from '../types.js';
import type { TdxQuote } from '../formats/tdx-quote.js';
import { readTdxCollateral, type QeIdentity, type Signed, type TcbInfo, type TdxCollateralFiles } from '../formats/tdx-collateral.js';
import { hex } from '../formats/reader.js';
import { pemCertificates } from '../roots.js';
import { VerifierUnavailableError } from '../../util/errors.js';
import { certName, parseCertificates } from './chain.js';
import { fetchTdxCollateral } from './pcs.js';
import { checkQuote, intelAnchors, parseStep, pckClaims, bindingStep, tdxClaims, type QuoteCheck } from './tdx-quote.js';
import { crlLookup, hasCrlFrom, verifyCrls, verifySignedCollateral, type VerifiedCrl } from './tdx-collateral.js';
import { evaluateTcb, TcbError, type TcbEvaluation } from './tdx-tcb.js';
import type { FormatVerdict } from './registry.js';
import { verifyTdxEventLogs } from './tdx-eventlog.js';
import type { TdxEvent } from '../formats/tdx-eventlog.js';

/**
 * The TDX verifier (registry entry for `tdx-quote`): quote, QE report and PCK chain (tdx-quote.ts);
 * then, when collateral was given or may be fetched, CRLs, TCB info and QE identity
 * (tdx-collateral.ts) and the TCB status (tdx-tcb.ts); then event logs that travel with the quote
 * (tdx-eventlog.ts); then the binding. No policy.
 *
 * Status: `failed` for a bad signature, chain, revocation, collateral signature, identity mismatch,
 * event log that does not replay, or a foreign binding; `unavailable` when collateral was wanted but
 * is missing, stale or could not be fetched; `verified` otherwise. Without any collateral (and no
 * network) the quote still verifies, but no `tcb_status` claim exists, so a policy that asks for one
 * gets "not evaluated" (its on_verifier_unavailable).
 */

type Outcome = { kind: 'failed' | 'unavailable'; detail: string };

interface CollateralResult {
  steps: VerifyStep[];
  problem: Outcome | null;
  tcb: TcbEvaluation | null;
  tcbInfo: Signed<TcbInfo> | null;
  qeIdentity: Signed<QeIdentity> | null;
  fetched: AuxFile[];
  crls: VerifiedCrl[];
  /** The quote checks rerun with CRL lookups. */
  quote: QuoteCheck;
}

function hasTdxCollateral(f: TdxCollateralFiles): boolean {
  return f.tcbInfos.length > 0 || f.qeIdentities.length > 0 || f.crls.length > 0;
}

function pckCa(leaf: X509Certificate): 'platform' | 'processor' {
  return /processor/i.test(leaf.issuer) ? 'processor' : 'platform';
}

function newest<T extends { issueDate: string }>(list: Signed<T>[]): Signed<T>[] {
  return [...list].sort((a, b) => Date.parse(b.value.issueDate) - Date.parse(a.value.issueDate));
}

async function withCollateral(q: TdxQuote, opts: VerifyOptions, first: QuoteCheck, given: readonly AuxFile[]): Promise<CollateralResult> {
  const at = opts.at ?? new Date();
  const anchors = intelAnchors(opts.trustRoots);
  const ext = first.extensions!;
  const fmspc = hex(ext.fmspc);
  let files = readTdxCollateral(given);
  const steps: VerifyStep[] = [];
  let fetched: AuxFile[] = [];
  const matching = () => files.tcbInfos.filter((t) => t.value.fmspc.toLowerCase() === fmspc);
  const complete = () => matching().length > 0 && files.qeIdentities.length > 0 && files.crls.length >= 2;
  const result = (problem: Outcome | null, rest: Partial<CollateralResult> = {}): CollateralResult => ({
    steps,
    problem,
    tcb: null,
    tcbInfo: null,
    qeIdentity: null,
    fetched,
    crls: [],
    quote: first,
    ...rest,
  });

  if (!complete() && opts.network) {
    try {
      fetched = await fetchTdxCollateral(fmspc, pckCa(first.pck!.leaf), opts.pcs);
      files = readTdxCollateral([...given, ...fetched]);
      steps.push({ id: 'collateral', ok: true, detail: `fetched from Intel PCS for FMSPC ${fmspc}: ${fetched.map((f) => f.name).join(', ')}` });
    } catch (e) {
      if (!(e instanceof VerifierUnavailableError)) throw e;
      const detail = `verifier unavailable: ${e.message}`;
      steps.push({ id: 'collateral', ok: null, detail });
      return result({ kind: 'unavailable', detail });
    }
  } else {
    const ignored = files.ignored.length ? `; ignored ${files.ignored.map((i) => `${i.source} (${i.why})`).join(', ')}` : '';
    steps.push({
      id: 'collateral',
      ok: complete() ? true : null,
      detail: `given: ${files.tcbInfos.length} TCB info, ${files.qeIdentities.length} QE identity, ${files.crls.length} CRL file(s)${ignored}`,
    });
  }
  if (!complete()) {
    const missing = [
      matching().length === 0 ? `TCB info for FMSPC ${fmspc}${files.tcbInfos.length ? ` (given: ${files.tcbInfos.map((t) => t.value.fmspc.toLowerCase()).join(', ')})` : ''}` : null,
      files.qeIdentities.length === 0 ? 'QE identity' : null,
      files.crls.length < 2 ? 'PCK CRL and root CA CRL' : null,
    ].filter((x) => x !== null);
    const detail = `verifier unavailable: collateral incomplete, missing ${missing.join(', ')}${opts.network ? '' : ' (give --collateral DIR, or allow --network)'}`;
    steps.push({ id: 'tcb_status', ok: null, detail });
    return result({ kind: 'unavailable', detail });
  }

  // CRLs: issued by the pinned roots or by the CA that issued the PCK leaf (whose chain verified).
  const crl = await verifyCrls(files.crls, [...anchors, ...first.pck!.intermediates], at);
  const lookup = crlLookup(crl.crls);
  const quote = checkQuote(q, opts, lookup);
  const pckIssuer = first.pck!.intermediates.find((c) => first.pck!.leaf.checkIssued(c) && first.pck!.leaf.verify(c.publicKey));
  const rootCrl = anchors.some((a) => hasCrlFrom(crl.crls, a));
  const pckCrl = pckIssuer !== undefined && hasCrlFrom(crl.crls, pckIssuer);
  const crlOk = rootCrl && pckCrl;
  steps.push({
    id: 'crl',
    ok: crlOk ? true : null,
    detail:
      (crlOk ? `root CA CRL and ${certName(pckIssuer!)} CRL verified and current; the PCK chain was checked against them` : `missing a current, verified ${rootCrl ? '' : 'root CA CRL'}${!rootCrl && !pckCrl ? ' and ' : ''}${pckCrl ? '' : 'PCK CA CRL'}`) +
      (crl.problems.length ? `; ${crl.problems.join('; ')}` : ''),
  });
  if (quote.failed) return result(null, { quote, crls: crl.crls });
  if (!crlOk) return result({ kind: 'unavailable', detail: `verifier unavailable: ${steps[steps.length - 1]!.detail}` }, { quote, crls: crl.crls });

  const pool = files.certPems.flatMap((p) => parseCertificates(pemCertificates(p.pem)).filter((c): c is X509Certificate => c !== null));
  const pick = <T extends { issueDate: string; nextUpdate: string }>(what: string, id: string, list: Signed<T>[]) => {
    let last: Outcome | null = null;
    for (const s of newest(list)) {
      const r = verifySignedCollateral(what, s, pool, anchors, at, lookup);
      if (r.ok) {
        steps.push({ id, ok: true, detail: r.detail });
        return { signed: s, problem: null };
      }
      // A bad signature is never outweighed by another copy that verifies.
      if (r.kind === 'failed') {
        steps.push({ id, ok: false, detail: r.detail });
        return { signed: null, problem: { kind: 'failed' as const, detail: r.detail } };
      }
      last = { kind: r.kind, detail: r.detail };
    }
    steps.push({ id, ok: null, detail: `verifier unavailable: ${last!.detail}` });
    return { signed: null, problem: { kind: 'unavailable' as const, detail: `verifier unavailable: ${last!.detail}` } };
  };
  const tcbInfo = pick('TCB info', 'tcb_info', matching());
  if (tcbInfo.problem) return result(tcbInfo.problem, { quote, crls: crl.crls });
  const qeIdentity = pick('QE identity', 'qe_identity', files.qeIdentities);
  if (qeIdentity.problem) return result(qeIdentity.problem, { quote, crls: crl.crls, tcbInfo: tcbInfo.signed });

  try {
    const tcb = evaluateTcb(tcbInfo.signed!.value, qeIdentity.signed!.value, q, ext);
    steps.push({
      id: 'tcb_status',
      ok: true,
      detail:
        `TCB status ${tcb.status} (${tcb.belowLowest ? `below the lowest TCB level: ${tcb.belowLowest}; ` : ''}TCB level ${tcb.platformStatus} of ${tcb.tcbDate}` +
        `${tcb.tdxModuleStatus !== null ? `, TDX module ${tcb.tdxModuleStatus}` : ''}, QE ${tcb.qeStatus})` +
        `${tcb.advisoryIds.length ? `; advisories ${tcb.advisoryIds.join(', ')}` : ''}`,
    });
    return result(null, { quote, crls: crl.crls, tcb, tcbInfo: tcbInfo.signed, qeIdentity: qeIdentity.signed });
  } catch (e) {
    if (!(e instanceof TcbError)) throw e;
    const detail = `${e.code}: ${e.message}`;
    steps.push({ id: 'tcb_status', ok: false, detail });
    return result({ kind: 'failed', detail }, { quote, crls: crl.crls, tcbInfo: tcbInfo.signed, qeIdentity: qeIdentity.signed });
  }
}

function tcbClaims(r: CollateralResult): Record<string, unknown> {
  if (!r.tcb) return {};
  return {
    tcb_status: r.tcb.status,
    tcb_level_status: r.tcb.platformStatus,
    tdx_module_tcb_status: r.tcb.tdxModuleStatus,
    qe_tcb_status: r.tcb.qeStatus,
    advisory_ids: r.tcb.advisoryIds,
    tcb_date: r.tcb.tcbDate,
    tcb_evaluation_data_number: r.tcbInfo?.value.tcbEvaluationDataNumber ?? null,
    collateral_next_update: r.tcbInfo?.value.nextUpdate ?? null,
  };
}

export async function verifyTdx(q: TdxQuote, opts: VerifyOptions, inlineLog: TdxEvent[] | null = null): Promise<FormatVerdict> {
  const aux = opts.aux ?? [];
  const logs = verifyTdxEventLogs(q, aux, inlineLog);
  const collateralFiles = aux.filter((a) => !logs.used.includes(a.name));
  const first = checkQuote(q, opts);
  const binding = bindingStep('REPORTDATA', q.body.reportData, opts.reportData);
  let quote = first;
  let col: CollateralResult | null = null;
  const wanted = opts.network || hasTdxCollateral(readTdxCollateral(collateralFiles));
  if (!first.failed && wanted) {
    col = await withCollateral(q, opts, first, collateralFiles);
    quote = col.quote;
  }
  const steps: VerifyStep[] = [parseStep(q), ...quote.steps];
  if (col) steps.push(...col.steps);
  else if (!first.failed) {
    steps.push({ id: 'collateral', ok: null, detail: 'no collateral given (--collateral DIR, or --network): TCB status and revocation not evaluated' });
  }
  steps.push(...logs.steps, binding);

  const claims: Record<string, unknown> = { ...tdxClaims(q, false), ...(quote.extensions && !quote.failed ? pckClaims(quote.extensions) : {}), ...(col ? tcbClaims(col) : {}), ...logs.claims };
  const foreign = binding.ok === false;
  // A log that does not replay leaves the quote verified; the event_log_replay claim says so.
  const failedStep = steps.find((s) => s.ok === false && s.id !== 'event_log');
  let status: VerificationStatus;
  let detail: string;
  if (foreign) {
    status = 'failed';
    detail = 'foreign binding: the quote is bound to something other than this job (REPORTDATA differs)';
  } else if (failedStep) {
    status = 'failed';
    detail = `${failedStep.id}: ${failedStep.detail}`;
  } else if (col?.problem) {
    status = col.problem.kind;
    detail = col.problem.detail;
  } else {
    status = 'verified';
    detail = col?.tcb
      ? `quote, QE report and PCK chain to the Intel SGX Root CA verify; TCB status ${col.tcb.status}`
      : 'quote, QE report and PCK chain to the Intel SGX Root CA verify; TCB status not evaluated (no collateral)';
  }
  const custom = opts.trustRoots.kind === 'custom';
  return {
    kind: 'tdx',
    status,
    detail,
    steps,
    bindingMatches: binding.ok,
    claims,
    trustRoots: quote.steps.find((s) => s.id === 'pck_chain')?.ok ? (custom ? 'custom' : 'shipped') : 'none',
    ...(col && col.fetched.length ? { material: col.fetched } : {}),
  };
}
