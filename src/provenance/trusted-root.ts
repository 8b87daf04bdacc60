/**
 * The Sigstore public-good trusted root, fetched with `--network` the way Sigstore clients fetch it:
 * through The Update Framework (tuf-js), starting from the TUF root that @sigstore/tuf ships
 * (its seeds.json), so the trusted root is accepted only when the repository's signed metadata
 * (root, timestamp, snapshot, targets) verifies and names its hash. Every request goes through
 * src/net/http.ts (proxy, timeouts, retries, size caps); with the network off nothing is fetched and
 * the signer's identity stays unverified. The fetched root is saved beside the receipt, so `verify`
 * replays offline.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import seeds from '@sigstore/tuf/seeds.json';
import { BaseFetcher, Updater } from 'tuf-js';
import { DownloadHTTPError } from 'tuf-js/dist/error.js';
import { NetworkError, type HttpFetcher } from '../net/http.js';
import { VerifierUnavailableError } from '../util/errors.js';
import { readRegularFile } from '../util/read-file.js';

export const PUBLIC_GOOD_TUF = 'https://tuf-repo-cdn.sigstore.dev';
const TRUSTED_ROOT_TARGET = 'trusted_root.json';

/** tuf-js's fetcher over the project's one network layer; 403/404 stay HTTP errors (the end of root rotation). */
class HttpTufFetcher extends BaseFetcher {
  constructor(private readonly http: HttpFetcher) {
    super();
  }
  override async fetch(url: string): Promise<ReadableStream<Uint8Array<ArrayBuffer>>> {
    try {
      const r = await this.http.get(url, { maxBytes: 16 * 1024 * 1024 });
      return new Blob([new Uint8Array(r.body)]).stream() as ReadableStream<Uint8Array<ArrayBuffer>>;
    } catch (e) {
      if (e instanceof NetworkError && e.status !== null) throw new DownloadHTTPError(e.message, e.status);
      throw e;
    }
  }
}

export interface TufOptions {
  /** The TUF repository (default Sigstore's public good). */
  mirror?: string;
  /** The TUF root to start from (default the public-good root shipped by @sigstore/tuf); tests give their own. */
  seedRoot?: Buffer;
}

/** Fetch and verify the trusted root through TUF. Any failure is "verifier unavailable", never a pass. */
export async function fetchTrustedRoot(http: HttpFetcher, o: TufOptions = {}): Promise<Buffer> {
  const mirror = (o.mirror ?? PUBLIC_GOOD_TUF).replace(/\/+$/, '');
  let seed = o.seedRoot;
  if (!seed) {
    const s = (seeds as Record<string, { 'root.json': string }>)[PUBLIC_GOOD_TUF];
    if (mirror !== PUBLIC_GOOD_TUF || !s) throw new VerifierUnavailableError(`no TUF root is known for ${mirror}`);
    seed = Buffer.from(s['root.json'], 'base64');
  }
  const dir = mkdtempSync(join(tmpdir(), 'cr-tuf-'));
  try {
    writeFileSync(join(dir, 'root.json'), seed);
    const updater = new Updater({ metadataBaseUrl: mirror, targetBaseUrl: `${mirror}/targets`, metadataDir: dir, targetDir: dir, fetcher: new HttpTufFetcher(http) });
    const info = await updater.getTargetInfo(TRUSTED_ROOT_TARGET);
    if (!info) throw new VerifierUnavailableError(`the TUF repository ${mirror} names no ${TRUSTED_ROOT_TARGET}`);
    const path = await updater.downloadTarget(info, join(dir, 'target-trusted_root.json'));
    return await readRegularFile(path, { maxBytes: 16 * 1024 * 1024, what: 'Sigstore trusted root' });
  } catch (e) {
    if (e instanceof VerifierUnavailableError) throw e;
    throw new VerifierUnavailableError(`fetching the Sigstore trusted root from ${mirror} through TUF failed: ${(e as Error).message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
