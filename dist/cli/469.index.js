export const id = 469;
export const ids = [469];
export const modules = {

/***/ 83469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   claimRules: () => (/* binding */ claimRules),
/* harmony export */   j: () => (/* binding */ lintForReceipt)
/* harmony export */ });
/* harmony import */ var _lint_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94572);

/** Rules: the shipped set, extended by any user rule files. */
function claimRules(extra = []) {
    let rules = (0,_lint_index_js__WEBPACK_IMPORTED_MODULE_0__.loadShippedRules)();
    for (const r of extra)
        rules = (0,_lint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .mergeRules */ .ub)(rules, (0,_lint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRules */ .NR)(r.text, r.source));
    return rules;
}
/** Lint user text handed to `create`; every flagged sentence is struck and recorded with its rewrite. */
function lintForReceipt(texts, extraRules = []) {
    if (texts.length === 0)
        return [];
    const rules = claimRules(extraRules);
    const out = [];
    for (const t of texts) {
        for (const f of (0,_lint_index_js__WEBPACK_IMPORTED_MODULE_0__.lint)(t.text, rules)) {
            out.push({ sentence: f.sentence, category: f.category, rule: f.rule, rewrite: f.rewrite, why: f.why, source: t.source, line: f.line });
        }
    }
    return out;
}


/***/ })

};
