export const id = 675;
export const ids = [675];
export const modules = {

/***/ 6675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportError: () => (/* binding */ reportError)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);

/** One clear line on stderr, never a stack trace: exit 2 for bad input, 2 for anything unexpected too. */
function reportError(e) {
    if (e instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz) {
        process.stderr.write(`compute-receipt: error: ${e.message}\n`);
        return 2;
    }
    const err = e;
    if (err && err.code === 'EPIPE')
        return 0;
    const msg = (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(err?.message ?? String(e));
    process.stderr.write(`compute-receipt: internal error: ${msg}\n`);
    if (process.env['COMPUTE_RECEIPT_DEBUG'] && e instanceof Error && e.stack)
        process.stderr.write(e.stack + '\n');
    return 2;
}


/***/ }),

/***/ 17:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BF: () => (/* binding */ VerifierUnavailableError),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   q: () => (/* binding */ q)
/* harmony export */ });
class InputError extends Error {
    code;
    constructor(code, message) {
        super(oneLine(message));
        this.name = 'InputError';
        this.code = code;
    }
}
class VerifierUnavailableError extends Error {
    code = 'VERIFIER_UNAVAILABLE';
    constructor(message) {
        super(oneLine(message));
        this.name = 'VerifierUnavailableError';
    }
}
/** Collapse any control characters so an error is always one printable line. */
function oneLine(s) {
    return s.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}
/** Render a user-supplied name for an error line: JSON-quoted, so control bytes cannot break the line. */
function q(name) {
    return JSON.stringify(name);
}


/***/ })

};
