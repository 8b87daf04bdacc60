import type { AuxFile } from '../types.js';
import { VerifierUnavailableError } from '../../util/errors.js';

/**
 * Intel PCS collateral over the network (only when the caller allows it). The getter is injected, so
 * tests answer from a local stand-in on 127.0.0.1; every failure (DNS, TLS, timeout, a non-200
 * answer, a missing issuer-chain header, an oversized body) is a VerifierUnavailableError, which the
 * verifier reports as "verifier unavailable", never as a pass and never as a crash.
 *
 * What is fetched is returned as collateral files, named as `--collateral DIR` reads them, so that the
 * receipt directory keeps them and `verify` replays offline from the same bytes.
 */

export interface HttpResponse {
  status: number;
  /** Header names in lowercase. */
  headers: Record<string, string | undefined>;
  body: Buffer;
}

export type HttpGet = (url: string) => Promise<HttpResponse>;

export interface PcsOptions {
  /** Default https://api.trustedservices.intel.com (a PCCS that speaks the same API works too). */
  baseUrl?: string;
  /** Default https://certificates.trustedservices.intel.com/IntelSGXRootCA.der. */
  rootCrlUrl?: string;
  get?: HttpGet;
}

export const INTEL_PCS_URL = 'https://api.trustedservices.intel.com';
export const INTEL_ROOT_CRL_URL = 'https://certificates.trustedservices.intel.com/IntelSGXRootCA.der';
const MAX_BODY = 4 * 1024 * 1024;
const TIMEOUT_MS = 20_000;

/** Through the tool's network layer: proxy-aware, retried, bounded in time and size. */
export const realHttpGet: HttpGet = async (url) => {
  const { createHttpFetcher, NetworkError } = await import('../../net/http.js');
  let res;
  try {
    res = await createHttpFetcher({ allowed: true, timeoutMs: TIMEOUT_MS, maxBytes: MAX_BODY }).get(url);
  } catch (e) {
    // An HTTP status is an answer (a 404 from a KDS means "not this product"): hand it back.
    if (e instanceof NetworkError && e.status !== null) return { status: e.status, headers: {}, body: Buffer.alloc(0) };
    throw e;
  }
  const headers: Record<string, string> = {};
  res.headers.forEach((v, k) => {
    headers[k.toLowerCase()] = v;
  });
  return { status: res.status, headers, body: res.body };
};

async function get(o: PcsOptions, url: string): Promise<HttpResponse> {
  let res: HttpResponse;
  try {
    res = await (o.get ?? realHttpGet)(url);
  } catch (e) {
    const status = (e as { status?: unknown }).status;
    if (typeof status === 'number') throw new VerifierUnavailableError(`Intel PCS answered ${status} for ${url}`);
    throw new VerifierUnavailableError(`Intel PCS unreachable (${url}): ${e instanceof Error ? e.message : String(e)}`);
  }
  if (res.status !== 200) throw new VerifierUnavailableError(`Intel PCS answered ${res.status} for ${url}`);
  if (res.body.length === 0 || res.body.length > MAX_BODY) throw new VerifierUnavailableError(`Intel PCS answered ${res.body.length} bytes for ${url}`);
  return res;
}

function chainHeader(res: HttpResponse, name: string, url: string): Buffer {
  const v = res.headers[name.toLowerCase()];
  if (!v) throw new VerifierUnavailableError(`Intel PCS answer for ${url} has no ${name} header`);
  let pem: string;
  try {
    pem = decodeURIComponent(v);
  } catch {
    throw new VerifierUnavailableError(`Intel PCS ${name} header does not decode`);
  }
  if (!pem.includes('-----BEGIN CERTIFICATE-----')) throw new VerifierUnavailableError(`Intel PCS ${name} header holds no certificate`);
  return Buffer.from(pem, 'utf8');
}

/**
 * TDX TCB info for the FMSPC, the TD QE identity, the PCK CRL of the CA that issued the PCK leaf
 * (`platform` or `processor`) and the root CA CRL, with their issuer chains.
 */
export async function fetchTdxCollateral(fmspc: string, ca: 'platform' | 'processor', o: PcsOptions = {}): Promise<AuxFile[]> {
  if (!/^[0-9a-f]{12}$/.test(fmspc)) throw new TypeError('fetchTdxCollateral: fmspc must be 12 lowercase hex digits');
  const base = (o.baseUrl ?? INTEL_PCS_URL).replace(/\/+$/, '');
  const tcbUrl = `${base}/tdx/certification/v4/tcb?fmspc=${fmspc}`;
  const qeUrl = `${base}/tdx/certification/v4/qe/identity`;
  const crlUrl = `${base}/sgx/certification/v4/pckcrl?ca=${ca}&encoding=der`;
  const rootUrl = o.rootCrlUrl ?? INTEL_ROOT_CRL_URL;
  const [tcb, qe, crl, root] = await Promise.all([get(o, tcbUrl), get(o, qeUrl), get(o, crlUrl), get(o, rootUrl)]);
  return [
    { name: 'collateral-tcb_info.json', bytes: tcb.body },
    { name: 'collateral-tcb_info_issuer_chain.pem', bytes: chainHeader(tcb, 'TCB-Info-Issuer-Chain', tcbUrl) },
    { name: 'collateral-qe_identity.json', bytes: qe.body },
    { name: 'collateral-qe_identity_issuer_chain.pem', bytes: chainHeader(qe, 'SGX-Enclave-Identity-Issuer-Chain', qeUrl) },
    { name: `collateral-pck_crl_${ca}.der`, bytes: crl.body },
    { name: 'collateral-pck_crl_issuer_chain.pem', bytes: chainHeader(crl, 'SGX-PCK-CRL-Issuer-Chain', crlUrl) },
    { name: 'collateral-root_ca_crl.der', bytes: root.body },
  ];
}
