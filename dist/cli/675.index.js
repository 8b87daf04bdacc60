export const id = 675;
export const ids = [675];
export const modules = {

/***/ 76675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportError: () => (/* binding */ reportError)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94984);


/** One clear line on stderr, never a stack trace: exit 2 for bad input, 2 for anything unexpected too. */
function reportError(e) {
    if (e instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz) {
        // Messages quote user-given names: workflow-command markers and bidi controls are neutralised.
        process.stderr.write(`compute-receipt: error: ${(0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .clean */ .uH)(e.message)}\n`);
        return 2;
    }
    const err = e;
    if (err && err.code === 'EPIPE')
        return 0;
    const msg = (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(err?.message ?? String(e));
    process.stderr.write(`compute-receipt: internal error: ${(0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .clean */ .uH)(msg)}\n`);
    if (process.env['COMPUTE_RECEIPT_DEBUG'] && e instanceof Error && e.stack)
        process.stderr.write(e.stack + '\n');
    return 2;
}


/***/ })

};
