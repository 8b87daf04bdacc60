/**
 * The one way verifiers reach the network (AMD KDS, Intel PCS, NVIDIA services): an injectable GET.
 * Verifiers call it only when the caller allowed the network; tests pass a stand-in on 127.0.0.1.
 * Any transport trouble (refused, timeout, too large) is a VerifierUnavailableError, never a pass and
 * never a crash; the caller decides what an HTTP status means.
 */
import { VerifierUnavailableError } from '../../util/errors.js';

export interface HttpResponse {
  status: number;
  body: Buffer;
}

export type HttpGet = (url: string) => Promise<HttpResponse>;

export const HTTP_TIMEOUT_MS = 20_000;
/** Certificates, CRLs and collateral are kilobytes; anything this large is not what was asked for. */
export const HTTP_MAX_BYTES = 8 * 1024 * 1024;

/** GET with node's fetch, a timeout and a size cap. Throws VerifierUnavailableError on transport trouble. */
export const realHttpGet: HttpGet = async (url) => {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(HTTP_TIMEOUT_MS), redirect: 'follow' });
  } catch (err) {
    throw new VerifierUnavailableError(`GET ${url} failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  const declared = Number(res.headers.get('content-length') ?? '0');
  if (declared > HTTP_MAX_BYTES) throw new VerifierUnavailableError(`GET ${url}: response of ${declared} bytes is over ${HTTP_MAX_BYTES}`);
  let body: Buffer;
  try {
    body = Buffer.from(await res.arrayBuffer());
  } catch (err) {
    throw new VerifierUnavailableError(`GET ${url}: reading the response failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (body.length > HTTP_MAX_BYTES) throw new VerifierUnavailableError(`GET ${url}: response of ${body.length} bytes is over ${HTTP_MAX_BYTES}`);
  return { status: res.status, body };
};

/** Run a getter, turning anything it throws into VerifierUnavailableError (an injected getter may throw anything). */
export async function httpGet(get: HttpGet, url: string): Promise<HttpResponse> {
  try {
    return await get(url);
  } catch (err) {
    if (err instanceof VerifierUnavailableError) throw err;
    throw new VerifierUnavailableError(`GET ${url} failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}
