/**
 * AMD Key Distribution Service (KDS, spec 57230): the VCEK for one chip at one TCB. Used only when
 * the caller allowed the network and no VCEK came with the evidence. A VLEK cannot be fetched (AMD
 * issues it to a cloud provider, who hands it to the guest in the certificate table).
 */
import { VerifierUnavailableError } from '../../util/errors.js';
import { decodeSnpTcb, layoutOfProduct, snpProductFromCpuid, type SevSnpReport, type SnpProduct } from '../formats/sev-snp-report.js';
import { isAllZero } from '../formats/reader.js';
import { realHttpGet, type HttpGet, type HttpResponse } from './pcs.js';

export const AMD_KDS_URL = 'https://kdsintf.amd.com';

export interface KdsOptions {
  /** Default https://kdsintf.amd.com (a mirror that speaks the same API works too). */
  baseUrl?: string;
  /** The getter (default node's fetch, bounded in time and size; shared with Intel PCS). */
  get?: HttpGet;
}

async function get(o: KdsOptions, url: string): Promise<HttpResponse> {
  try {
    return await (o.get ?? realHttpGet)(url);
  } catch (e) {
    throw new VerifierUnavailableError(`AMD KDS unreachable (${url}): ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** The VCEK URL for a report on one product line (Turin: the first 8 bytes of CHIP_ID, and the FMC SPL). */
export function vcekUrl(base: string, product: SnpProduct, report: Pick<SevSnpReport, 'chipId' | 'reportedTcb'>): string {
  const tcb = decodeSnpTcb(report.reportedTcb, layoutOfProduct(product));
  const hwid = (product === 'Turin' ? report.chipId.subarray(0, 8) : report.chipId).toString('hex');
  const q = [
    ...(product === 'Turin' ? [`fmcSPL=${tcb.fmc ?? 0}`] : []),
    `blSPL=${tcb.bootloader}`,
    `teeSPL=${tcb.tee}`,
    `snpSPL=${tcb.snp}`,
    `ucodeSPL=${tcb.microcode}`,
  ].join('&');
  return `${base.replace(/\/+$/, '')}/vcek/v1/${product}/${hwid}?${q}`;
}

/** Product lines to ask for: the one CPUID names, else (report v2) Milan then Genoa, else all. */
export function kdsProductCandidates(report: Pick<SevSnpReport, 'cpuid' | 'version'>): SnpProduct[] {
  const p = snpProductFromCpuid(report.cpuid);
  if (p !== null) return [p];
  return report.version === 2 ? ['Milan', 'Genoa'] : ['Milan', 'Genoa', 'Turin'];
}

export interface FetchedVcek {
  product: SnpProduct;
  url: string;
  /** The body as served (DER; PEM is accepted too and left as served). */
  bytes: Buffer;
}

/**
 * Fetch the VCEK for this report. Throws VerifierUnavailableError when the chip id is masked, on
 * transport trouble, on any status other than 200 and 404, or when no product line has the chip.
 * What comes back is untrusted: the caller checks it to the pinned roots like any other VCEK.
 */
export async function fetchVcek(report: SevSnpReport, opts: KdsOptions = {}): Promise<FetchedVcek> {
  if (isAllZero(report.chipId)) {
    throw new VerifierUnavailableError('the report masks CHIP_ID, so its VCEK cannot be fetched from AMD KDS: give it with --certs');
  }
  const base = opts.baseUrl ?? AMD_KDS_URL;
  const tried: string[] = [];
  for (const product of kdsProductCandidates(report)) {
    const url = vcekUrl(base, product, report);
    const res = await get(opts, url);
    if (res.status === 200 && res.body.length > 0) return { product, url, bytes: res.body };
    if (res.status !== 404) throw new VerifierUnavailableError(`AMD KDS answered HTTP ${res.status} for ${url}`);
    tried.push(product);
  }
  throw new VerifierUnavailableError(`AMD KDS has no VCEK for this chip and TCB (asked for ${tried.join(', ')})`);
}
