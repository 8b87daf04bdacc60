export const id = 200;
export const ids = [200];
export const modules = {

/***/ 6200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BW: () => (/* binding */ BINDING_VERSION),
/* harmony export */   TI: () => (/* binding */ reportData),
/* harmony export */   hJ: () => (/* binding */ normalizeNonce),
/* harmony export */   jsonDigest: () => (/* binding */ jsonDigest),
/* harmony export */   ox: () => (/* binding */ gpuNonce),
/* harmony export */   rc: () => (/* binding */ sha256Prefixed)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _jcs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3069);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);



const BINDING_VERSION = 'compute-receipt/binding/v1';
/** SHA-512 of JCS(binding): exactly 64 bytes, the TDX REPORTDATA / SNP REPORT_DATA / configfs inblob. */
function reportData(binding) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha512').update((0,_jcs_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalBytes */ .M)(binding)).digest();
}
/** SHA-256 of JCS(binding): exactly 32 bytes, the NVIDIA SPDM nonce. */
function gpuNonce(binding) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update((0,_jcs_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalBytes */ .M)(binding)).digest();
}
/** "sha256:" + SHA-256(JCS(value)): the digest of a manifest (or any JSON value). */
function jsonDigest(value) {
    return 'sha256:' + (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update((0,_jcs_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalBytes */ .M)(value)).digest('hex');
}
function sha256Prefixed(bytes) {
    return 'sha256:' + (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
const HEX = /^[0-9a-f]*$/;
/** A relying party's nonce: lowercase hex, even length, 8..128 bytes. Uppercase is folded. */
function normalizeNonce(nonce) {
    if (nonce === undefined || nonce === null || nonce === '')
        return null;
    const n = nonce.trim().toLowerCase();
    if (!HEX.test(n) || n.length % 2 !== 0 || n.length < 16 || n.length > 256) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('USAGE', 'nonce must be 8 to 128 bytes of hex (16 to 256 hex digits)');
    }
    return n;
}


/***/ })

};
