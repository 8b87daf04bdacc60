import type { TdxQuote } from '../formats/tdx-quote.js';
import type { IsvTcbLevel, QeIdentity, TcbInfo, TcbLevel } from '../formats/tdx-collateral.js';
import type { PckExtensions } from './sgx-pck.js';

/**
 * TCB status from verified collateral (pure; no signature here). The algorithm is Intel's (PCS TCB
 * info v3 for TDX, as Intel's QVL and go-tdx-guest implement it):
 *
 * 1. Walk the TCB levels in order. The first level whose 16 SGX components and PCESVN are all at or
 *    below the PCK certificate's selects the SGX TCB.
 * 2. From that level on, the first level whose TDX components are at or below TEE_TCB_SVN (all 16,
 *    or indexes 2..15 when TEE_TCB_SVN[1], the TDX module major version, is non-zero, because the
 *    module is then judged by its own identity) gives the platform status and advisory IDs. When no
 *    level covers the platform, it is below the lowest one: OutOfDate (see matchTcbLevel).
 * 3. TDX 1.5 module identity: with TEE_TCB_SVN[1] > 0, the identity `TDX_<version, 2 hex>` must exist;
 *    its MRSIGNER must equal MRSIGNERSEAM and SEAM_ATTRIBUTES & mask its attributes; the first of
 *    its levels with isvsvn <= TEE_TCB_SVN[0] gives the module status. With version 0 the `tdxModule`
 *    MRSIGNER and attributes are checked the same way.
 * 4. QE identity: MRSIGNER, ISVPRODID, MISCSELECT & mask and ATTRIBUTES & mask of the QE report must
 *    match; the first level with isvsvn <= the QE's ISVSVN gives the QE status.
 * 5. Statuses converge: an OutOfDate module or QE turns UpToDate/SWHardeningNeeded into OutOfDate and
 *    ConfigurationNeeded/ConfigurationAndSWHardeningNeeded into OutOfDateConfigurationNeeded; a Revoked
 *    one turns anything into Revoked. Advisory IDs are the union, sorted.
 */

export const TCB_STATUSES = [
  'UpToDate',
  'SWHardeningNeeded',
  'ConfigurationNeeded',
  'ConfigurationAndSWHardeningNeeded',
  'OutOfDate',
  'OutOfDateConfigurationNeeded',
  'Revoked',
] as const;

export type TcbErrorCode = 'TCB_INFO_MISMATCH' | 'TCB_NOT_SUPPORTED' | 'TDX_MODULE_MISMATCH' | 'QE_IDENTITY_MISMATCH';

export class TcbError extends Error {
  readonly code: TcbErrorCode;
  constructor(code: TcbErrorCode, message: string) {
    super(message);
    this.name = 'TcbError';
    this.code = code;
  }
}

export interface TcbEvaluation {
  /** The combined status a policy reads. */
  status: string;
  /** The status of the matched TCB info level (before the module and QE converge into it). */
  platformStatus: string;
  /** Why no TCB level covers the platform (then platformStatus is OutOfDate or Revoked), else null. */
  belowLowest: string | null;
  tcbDate: string;
  tdxModuleStatus: string | null;
  qeStatus: string;
  advisoryIds: string[];
  /** The TEE_TCB_SVN the levels were matched against (hex). */
  teeTcbSvn: string;
}

function eqHex(a: string, b: Uint8Array): boolean {
  return a.toLowerCase() === Buffer.from(b).toString('hex');
}

/** (value & mask) == expected, for hex strings of equal length and raw bytes. */
function maskedEquals(value: Uint8Array, maskHex: string, expectedHex: string): boolean {
  const mask = Buffer.from(maskHex, 'hex');
  const want = Buffer.from(expectedHex, 'hex');
  if (mask.length !== value.length || want.length !== value.length) return false;
  for (let i = 0; i < value.length; i++) if ((value[i]! & mask[i]!) !== (want[i]! & mask[i]!)) return false;
  return true;
}

function firstIsvLevel(levels: readonly IsvTcbLevel[], isvsvn: number): IsvTcbLevel | null {
  return levels.find((l) => isvsvn >= l.tcb.isvsvn) ?? null;
}

/** Converge a component status (TDX module or QE) into the platform status. */
export function converge(platform: string, component: string | null): string {
  if (component === null) return platform;
  if (component === 'Revoked') return 'Revoked';
  if (component === 'OutOfDate' || component === 'OutOfDateConfigurationNeeded') {
    if (platform === 'UpToDate' || platform === 'SWHardeningNeeded') return 'OutOfDate';
    if (platform === 'ConfigurationNeeded' || platform === 'ConfigurationAndSWHardeningNeeded') return 'OutOfDateConfigurationNeeded';
  }
  return platform;
}

/** The platform level from TCB info (steps 1-2). */
export interface LevelMatch {
  level: TcbLevel;
  /** No level covers the platform: it is below the lowest listed one (see `status`). */
  belowLowest: string | null;
  /** The status this match contributes: the level's, or for a platform below every level OutOfDate (or Revoked). */
  status: string;
}

export function matchTcbLevel(tcbInfo: TcbInfo, pck: PckExtensions, teeTcbSvn: Uint8Array): LevelMatch {
  if (tcbInfo.id !== 'TDX' || tcbInfo.version < 3) {
    throw new TcbError('TCB_INFO_MISMATCH', `TCB info is ${tcbInfo.id} version ${tcbInfo.version}; a TDX quote needs TDX TCB info version 3`);
  }
  if (!eqHex(tcbInfo.fmspc, pck.fmspc)) throw new TcbError('TCB_INFO_MISMATCH', `TCB info is for FMSPC ${tcbInfo.fmspc.toLowerCase()}, the PCK certificate says ${Buffer.from(pck.fmspc).toString('hex')}`);
  if (!eqHex(tcbInfo.pceId, pck.pceId)) throw new TcbError('TCB_INFO_MISMATCH', `TCB info is for PCE-ID ${tcbInfo.pceId.toLowerCase()}, the PCK certificate says ${Buffer.from(pck.pceId).toString('hex')}`);
  const from = teeTcbSvn[1]! > 0 ? 2 : 0;
  let sgxFound = false;
  for (const level of tcbInfo.tcbLevels) {
    if (!sgxFound) {
      const sgxOk = level.tcb.sgxtcbcomponents.every((c, i) => pck.cpuSvnComponents[i]! >= c.svn) && pck.pceSvn >= level.tcb.pcesvn;
      if (!sgxOk) continue;
      sgxFound = true;
    }
    const tdx = level.tcb.tdxtcbcomponents;
    if (tdx === undefined) throw new TcbError('TCB_INFO_MISMATCH', 'a TCB level of the TDX TCB info has no tdxtcbcomponents');
    let ok = true;
    for (let i = from; i < 16; i++) if (teeTcbSvn[i]! < tdx[i]!.svn) ok = false;
    if (ok) return { level, belowLowest: null, status: level.tcbStatus };
  }
  // Intel's QVL calls this "TCB not supported". The platform is below every level Intel lists, so it
  // is treated as no better than the lowest level: OutOfDate (Revoked if that level is revoked), with
  // the lowest level's advisories. dcap-qvl reports OutOfDate for the same collateral.
  const lowest = tcbInfo.tcbLevels[tcbInfo.tcbLevels.length - 1]!;
  const why = sgxFound
    ? `TEE_TCB_SVN ${Buffer.from(teeTcbSvn).toString('hex')} is below every TDX level that matches the SGX components`
    : `the PCK certificate's SGX components ${pck.cpuSvnComponents.join('.')} / PCESVN ${pck.pceSvn} are below every TCB level`;
  return { level: lowest, belowLowest: why, status: lowest.tcbStatus === 'Revoked' ? 'Revoked' : 'OutOfDate' };
}

/** The TDX module's identity and status (step 3): null status for module version 0. */
export function tdxModuleStatus(tcbInfo: TcbInfo, q: TdxQuote, teeTcbSvn: Uint8Array): { status: string | null; advisoryIds: string[] } {
  const version = teeTcbSvn[1]!;
  const body = q.body;
  const check = (what: string, m: { mrsigner: string; attributes: string; attributesMask: string }) => {
    if (!eqHex(m.mrsigner, body.mrSignerSeam)) throw new TcbError('TDX_MODULE_MISMATCH', `${what} MRSIGNER ${m.mrsigner.toLowerCase()} is not MRSIGNERSEAM ${Buffer.from(body.mrSignerSeam).toString('hex')}`);
    if (!maskedEquals(body.seamAttributes, m.attributesMask, m.attributes)) {
      throw new TcbError('TDX_MODULE_MISMATCH', `${what} attributes do not match SEAM_ATTRIBUTES ${Buffer.from(body.seamAttributes).toString('hex')}`);
    }
  };
  if (version === 0) {
    if (tcbInfo.tdxModule) check('tdxModule', tcbInfo.tdxModule);
    return { status: null, advisoryIds: [] };
  }
  const id = `TDX_${version.toString(16).padStart(2, '0')}`.toUpperCase();
  const identity = tcbInfo.tdxModuleIdentities?.find((m) => m.id.toUpperCase() === id);
  if (!identity) throw new TcbError('TDX_MODULE_MISMATCH', `TCB info has no TDX module identity ${id} (TEE_TCB_SVN[1] = ${version})`);
  check(`TDX module identity ${id}`, identity);
  const level = firstIsvLevel(identity.tcbLevels, teeTcbSvn[0]!);
  if (!level) throw new TcbError('TCB_NOT_SUPPORTED', `no level of TDX module identity ${id} covers module SVN ${teeTcbSvn[0]}`);
  return { status: level.tcbStatus, advisoryIds: level.advisoryIDs ?? [] };
}

/** The Quoting Enclave against Intel's QE identity (step 4). */
export function qeStatus(qe: QeIdentity, q: TdxQuote): { status: string; advisoryIds: string[] } {
  const report = q.certificationData.qeReportCertificationData?.qeReport;
  if (!report) throw new TcbError('QE_IDENTITY_MISMATCH', 'the quote carries no QE report');
  if (qe.id !== 'TD_QE') throw new TcbError('QE_IDENTITY_MISMATCH', `QE identity is for ${qe.id}, a TDX quote needs TD_QE`);
  if (!eqHex(qe.mrsigner, report.mrSigner)) throw new TcbError('QE_IDENTITY_MISMATCH', `QE MRSIGNER ${Buffer.from(report.mrSigner).toString('hex')} is not Intel's ${qe.mrsigner.toLowerCase()}`);
  if (qe.isvprodid !== report.isvProdId) throw new TcbError('QE_IDENTITY_MISMATCH', `QE ISVPRODID ${report.isvProdId} is not ${qe.isvprodid}`);
  const misc = Buffer.alloc(4);
  misc.writeUInt32LE(report.miscSelect >>> 0, 0);
  // MISCSELECT is a little-endian u32 in the report; PCS writes it as big-endian hex.
  if (!maskedEquals(Buffer.from(misc).reverse(), qe.miscselectMask, qe.miscselect)) throw new TcbError('QE_IDENTITY_MISMATCH', 'QE MISCSELECT does not match the QE identity');
  if (!maskedEquals(report.attributes, qe.attributesMask, qe.attributes)) throw new TcbError('QE_IDENTITY_MISMATCH', 'QE ATTRIBUTES do not match the QE identity');
  const level = firstIsvLevel(qe.tcbLevels, report.isvSvn);
  if (!level) throw new TcbError('TCB_NOT_SUPPORTED', `no QE identity level covers QE ISVSVN ${report.isvSvn}`);
  return { status: level.tcbStatus, advisoryIds: level.advisoryIDs ?? [] };
}

/** Steps 1-5 over verified collateral. Throws TcbError on a mismatch. */
export function evaluateTcb(tcbInfo: TcbInfo, qe: QeIdentity, q: TdxQuote, pck: PckExtensions): TcbEvaluation {
  const teeTcbSvn = q.body.teeTcbSvn;
  const match = matchTcbLevel(tcbInfo, pck, teeTcbSvn);
  const module = tdxModuleStatus(tcbInfo, q, teeTcbSvn);
  const qeResult = qeStatus(qe, q);
  const status = converge(converge(match.status, module.status), qeResult.status);
  const advisoryIds = [...new Set([...(match.level.advisoryIDs ?? []), ...module.advisoryIds, ...qeResult.advisoryIds])].sort();
  return {
    status,
    platformStatus: match.status,
    belowLowest: match.belowLowest,
    tcbDate: match.level.tcbDate,
    tdxModuleStatus: module.status,
    qeStatus: qeResult.status,
    advisoryIds,
    teeTcbSvn: Buffer.from(teeTcbSvn).toString('hex'),
  };
}
