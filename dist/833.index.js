export const id = 833;
export const ids = [833];
export const modules = {

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
