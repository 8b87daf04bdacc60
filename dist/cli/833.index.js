export const id = 833;
export const ids = [833,663];
export const modules = {

/***/ 59663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NetworkError: () => (/* binding */ NetworkError),
/* harmony export */   NetworkOffError: () => (/* binding */ NetworkOffError),
/* harmony export */   createHttpFetcher: () => (/* binding */ createHttpFetcher),
/* harmony export */   proxyFetch: () => (/* binding */ proxyFetch),
/* harmony export */   redactUrl: () => (/* binding */ redactUrl),
/* harmony export */   withRetries: () => (/* binding */ withRetries)
/* harmony export */ });
/* harmony import */ var _actions_http_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44942);
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24371);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/**
 * The one network layer: every request the tool makes (Intel PCS collateral, AMD KDS certificates,
 * NRAS keys, GitHub's OIDC keys, the GitHub REST API) goes through `proxyFetch` here, so each of them:
 *
 * - honours HTTPS_PROXY / HTTP_PROXY / NO_PROXY exactly as the runner's own tooling does (the proxy
 *   decision is @actions/http-client's; loopback addresses never go through a proxy);
 * - has a timeout, and bounded retries with exponential backoff on 5xx, 429 and connection errors;
 * - reads bodies under a size cap;
 * - fails with an error that names the URL and why. For evidence, a network failure is "verifier
 *   unavailable" (a policy decides, hold by default): never a pass.
 *
 * The network is off unless the caller allows it (`--network`, Action input `network`); `HttpFetcher`
 * is an interface so that tests inject local stand-ins on 127.0.0.1.
 */



/** A request that could not be completed: names the URL and the reason. */
class NetworkError extends _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .VerifierUnavailableError */ .BF {
    url;
    reason;
    status;
    constructor(url, reason, status = null) {
        super(`fetching ${redactUrl(url)} failed: ${reason}`);
        this.url = url;
        this.reason = reason;
        this.status = status;
        this.name = 'NetworkError';
    }
}
/** The network was not allowed: the material must come from files instead. */
class NetworkOffError extends _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .VerifierUnavailableError */ .BF {
    url;
    constructor(url) {
        super(`network is off: not fetching ${redactUrl(url)} (allow it with --network, or give the material as a file)`);
        this.url = url;
        this.name = 'NetworkOffError';
    }
}
/** A URL for a log or error line: no credentials, no query string (tokens and keys travel there). */
function redactUrl(url) {
    try {
        const u = new URL(url);
        u.username = '';
        u.password = '';
        const q = u.search ? '?…' : '';
        u.search = '';
        return u.toString() + q;
    }
    catch {
        return '(invalid URL)';
    }
}
const DEFAULT_RETRY = { retries: 3, baseDelayMs: 500, maxDelayMs: 10_000 };
const DEFAULT_TIMEOUT = 30_000;
const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
/** The proxy dispatcher for a URL (undefined: connect directly), decided as @actions/http-client does. */
function dispatcherFor(url) {
    return new _actions_http_client__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq('compute-receipt').getAgentDispatcher(url);
}
/**
 * `fetch` through the proxy the environment names for this URL. Used as is by Octokit (which does its
 * own body handling), and by `createHttpFetcher` below.
 */
const proxyFetch = ((input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const dispatcher = dispatcherFor(url);
    return (0,undici__WEBPACK_IMPORTED_MODULE_1__/* .fetch */ .hd)(input, { ...init, ...(dispatcher ? { dispatcher } : {}) });
});
function isRetryableStatus(s) {
    return s === 408 || s >= 500;
}
/** A rate-limited answer (429, or GitHub's 403 with Retry-After or no quota left): not acted upon. */
function rateLimited(res) {
    if (res.status === 429)
        return true;
    return res.status === 403 && (res.headers.get('retry-after') !== null || res.headers.get('x-ratelimit-remaining') === '0');
}
function rateLimitResetMs(h) {
    const reset = Number(h.get('x-ratelimit-reset'));
    return h.get('x-ratelimit-remaining') === '0' && Number.isFinite(reset) && reset > 0 ? Math.max(0, reset * 1000 - Date.now()) : null;
}
function retryAfterMs(h) {
    const v = h.get('retry-after');
    if (v === null)
        return null;
    const secs = Number(v);
    if (Number.isFinite(secs))
        return Math.max(0, secs * 1000);
    const at = Date.parse(v);
    return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}
function backoff(attempt, r) {
    const exp = r.baseDelayMs * 2 ** attempt;
    return Math.min(r.maxDelayMs, exp / 2 + Math.random() * (exp / 2));
}
/** A connection that was never made: the server cannot have acted on the request. */
function neverConnected(e) {
    const code = e?.cause?.code;
    return code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'UND_ERR_CONNECT_TIMEOUT';
}
function describe(e) {
    const err = e;
    if (err?.name === 'TimeoutError' || err?.name === 'AbortError')
        return 'timed out';
    const code = err?.cause?.code;
    const msg = err?.cause?.message ?? err?.message ?? String(e);
    return (code && !msg.includes(code) ? `${code} ${msg}` : msg).replace(/[\r\n]+/g, ' ');
}
async function readCapped(res, maxBytes, url) {
    const declared = Number(res.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
        await res.body?.cancel().catch(() => undefined);
        throw new NetworkError(url, `response of ${declared} bytes exceeds the ${maxBytes}-byte limit`, res.status);
    }
    const chunks = [];
    let total = 0;
    if (res.body) {
        const reader = res.body.getReader();
        for (;;) {
            const { done, value } = await reader.read();
            if (done)
                break;
            total += value.byteLength;
            if (total > maxBytes) {
                await reader.cancel().catch(() => undefined);
                throw new NetworkError(url, `response exceeds the ${maxBytes}-byte limit`, res.status);
            }
            chunks.push(Buffer.from(value));
        }
    }
    return Buffer.concat(chunks, total);
}
/**
 * Wrap a fetch with the timeout and retry policy. GET and HEAD are retried on 408, 5xx and
 * connection errors; any method is retried when it was rate limited or the connection was never made,
 * since the server cannot have acted on it (so a comment is never posted twice). Waits honour
 * Retry-After and GitHub's rate-limit reset, up to `maxDelayMs`.
 */
function withRetries(f, opts = {}) {
    const r = { ...DEFAULT_RETRY, ...opts.retry };
    const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT;
    const sleep = opts.sleep ?? ((ms) => new Promise((ok) => setTimeout(ok, ms)));
    return (async (input, init) => {
        const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
        const idempotent = method === 'GET' || method === 'HEAD';
        for (let attempt = 0;; attempt++) {
            const signal = init?.signal ? AbortSignal.any([init.signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs);
            let res;
            try {
                res = await f(input, { ...init, signal });
            }
            catch (e) {
                if (init?.signal?.aborted || attempt >= r.retries || (!idempotent && !neverConnected(e)))
                    throw e;
                await sleep(backoff(attempt, r));
                continue;
            }
            const limited = rateLimited(res);
            if (attempt >= r.retries || !(limited || (idempotent && isRetryableStatus(res.status))))
                return res;
            const wait = retryAfterMs(res.headers) ?? rateLimitResetMs(res.headers);
            await res.body?.cancel().catch(() => undefined);
            await sleep(Math.min(r.maxDelayMs, wait ?? backoff(attempt, r)));
        }
    });
}
/** The fetcher evidence verifiers use: proxy-aware, retried, capped, and off unless allowed. */
function createHttpFetcher(opts, base = proxyFetch) {
    const f = withRetries(base, opts);
    const maxDefault = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    async function send(method, url, init) {
        let parsed;
        try {
            parsed = new URL(url);
        }
        catch {
            throw new NetworkError(url, 'not a valid URL');
        }
        if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
            throw new NetworkError(url, `unsupported scheme ${parsed.protocol}`);
        if (!opts.allowed)
            throw new NetworkOffError(url);
        let res;
        try {
            res = await f(url, {
                method,
                headers: {
                    'user-agent': opts.userAgent ?? 'compute-receipt',
                    ...(init.accept ? { accept: init.accept } : {}),
                    ...(init.contentType ? { 'content-type': init.contentType } : {}),
                    ...init.headers,
                },
                ...(init.body ? { body: init.body } : {}),
                // A POST is not replayed to wherever a redirect points.
                redirect: method === 'GET' ? 'follow' : 'error',
            });
        }
        catch (e) {
            throw new NetworkError(url, describe(e));
        }
        if (res.status < 200 || res.status > 299) {
            await res.body?.cancel().catch(() => undefined);
            throw new NetworkError(url, `HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''}`, res.status);
        }
        let body;
        try {
            body = await readCapped(res, init.maxBytes ?? maxDefault, url);
        }
        catch (e) {
            if (e instanceof NetworkError)
                throw e;
            throw new NetworkError(url, describe(e));
        }
        return { url: res.url || url, status: res.status, headers: res.headers, body };
    }
    return {
        get: (url, init = {}) => send('GET', url, init),
        post: (url, body, init) => send('POST', url, { ...init, body }),
    };
}


/***/ }),

/***/ 5833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchTrustedRoot: () => (/* binding */ fetchTrustedRoot)
/* harmony export */ });
/* unused harmony export PUBLIC_GOOD_TUF */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _sigstore_tuf_seeds_json__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8032);
/* harmony import */ var tuf_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(84706);
/* harmony import */ var tuf_js_dist_error_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(86376);
/* harmony import */ var _net_http_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(59663);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(70017);
/* harmony import */ var _util_read_file_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(45201);
/**
 * The Sigstore public-good trusted root, fetched with `--network` the way Sigstore clients fetch it:
 * through The Update Framework (tuf-js), starting from the TUF root that @sigstore/tuf ships
 * (its seeds.json), so the trusted root is accepted only when the repository's signed metadata
 * (root, timestamp, snapshot, targets) verifies and names its hash. Every request goes through
 * src/net/http.ts (proxy, timeouts, retries, size caps); with the network off nothing is fetched and
 * the signer's identity stays unverified. The fetched root is saved beside the receipt, so `verify`
 * replays offline.
 */









const PUBLIC_GOOD_TUF = 'https://tuf-repo-cdn.sigstore.dev';
const TRUSTED_ROOT_TARGET = 'trusted_root.json';
/** tuf-js's fetcher over the project's one network layer; 403/404 stay HTTP errors (the end of root rotation). */
class HttpTufFetcher extends tuf_js__WEBPACK_IMPORTED_MODULE_4__/* .BaseFetcher */ .xv {
    http;
    constructor(http) {
        super();
        this.http = http;
    }
    async fetch(url) {
        try {
            const r = await this.http.get(url, { maxBytes: 16 * 1024 * 1024 });
            return new Blob([new Uint8Array(r.body)]).stream();
        }
        catch (e) {
            if (e instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_6__.NetworkError && e.status !== null)
                throw new tuf_js_dist_error_js__WEBPACK_IMPORTED_MODULE_5__.DownloadHTTPError(e.message, e.status);
            throw e;
        }
    }
}
/** Fetch and verify the trusted root through TUF. Any failure is "verifier unavailable", never a pass. */
async function fetchTrustedRoot(http, o = {}) {
    const mirror = (o.mirror ?? PUBLIC_GOOD_TUF).replace(/\/+$/, '');
    let seed = o.seedRoot;
    if (!seed) {
        const s = _sigstore_tuf_seeds_json__WEBPACK_IMPORTED_MODULE_3__[PUBLIC_GOOD_TUF];
        if (mirror !== PUBLIC_GOOD_TUF || !s)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .VerifierUnavailableError */ .BF(`no TUF root is known for ${mirror}`);
        seed = Buffer.from(s['root.json'], 'base64');
    }
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'cr-tuf-'));
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'root.json'), seed);
        const updater = new tuf_js__WEBPACK_IMPORTED_MODULE_4__/* .Updater */ .Sx({ metadataBaseUrl: mirror, targetBaseUrl: `${mirror}/targets`, metadataDir: dir, targetDir: dir, fetcher: new HttpTufFetcher(http) });
        const info = await updater.getTargetInfo(TRUSTED_ROOT_TARGET);
        if (!info)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .VerifierUnavailableError */ .BF(`the TUF repository ${mirror} names no ${TRUSTED_ROOT_TARGET}`);
        const path = await updater.downloadTarget(info, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'target-trusted_root.json'));
        return await (0,_util_read_file_js__WEBPACK_IMPORTED_MODULE_8__/* .readRegularFile */ .XF)(path, { maxBytes: 16 * 1024 * 1024, what: 'Sigstore trusted root' });
    }
    catch (e) {
        if (e instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .VerifierUnavailableError */ .BF)
            throw e;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .VerifierUnavailableError */ .BF(`fetching the Sigstore trusted root from ${mirror} through TUF failed: ${e.message}`);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
    }
}


/***/ })

};
