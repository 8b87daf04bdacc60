export const id = 142;
export const ids = [142,761];
export const modules = {

/***/ 93761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cmdLint: () => (/* binding */ cmdLint)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _util_read_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45201);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77593);
/* harmony import */ var _clean_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64953);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71604);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(63379);
// `compute-receipt lint`: the claim linter over files or standard input. Kept apart from the other
// commands so that linting (often run alone, on every PR) loads only the linter, markdown-it and the
// compiled rules: no evidence, crypto, receipt or policy code.






async function readStdin() {
    return (await (0,_util_read_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readStreamCapped */ .GS)(process.stdin, { maxBytes: _util_read_file_js__WEBPACK_IMPORTED_MODULE_1__/* .READ_LIMITS */ .Cl.claimText, what: 'text on standard input' })).toString('utf8');
}
/**
 * `entry`: the program's entry file, which lint workers run (see claims/lint/parallel.ts); without
 * it every document is linted on this thread.
 */
async function cmdLint(argv, entry) {
    const { values: v, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)('lint', argv, (0,_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .optionsOf */ .cz)('lint'), true);
    const threadsArg = v['threads'];
    if (threadsArg !== undefined && !/^[1-9]\d{0,3}$/.test(threadsArg))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('USAGE', `--threads must be a whole number from 1 (got ${JSON.stringify(threadsArg)})`);
    // Only the linter and the shipped rules (compiled at build time) load; the YAML reader and its
    // schema only for user rule files.
    // The worker-thread module loads only when --threads asks for threads (without it, one thread).
    const [{ lint }, { loadShippedRules }, parallel] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(839), __webpack_require__.e(230)]).then(__webpack_require__.bind(__webpack_require__, 21230)),
        __webpack_require__.e(/* import() */ 839).then(__webpack_require__.bind(__webpack_require__, 15839)),
        threadsArg !== undefined && entry !== undefined ? Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(839), __webpack_require__.e(230), __webpack_require__.e(280)]).then(__webpack_require__.bind(__webpack_require__, 65280)) : undefined,
    ]);
    const ruleFiles = await Promise.all((0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(v['rules']).map(async (f) => ({ source: f, text: await (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .readText */ .yR)(f, 'claim rules file', _util_read_file_js__WEBPACK_IMPORTED_MODULE_1__/* .READ_LIMITS */ .Cl.claimRules) })));
    const rules = ruleFiles.length ? (await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(251), __webpack_require__.e(815), __webpack_require__.e(839), __webpack_require__.e(230), __webpack_require__.e(469)]).then(__webpack_require__.bind(__webpack_require__, 83469))).claimRules(ruleFiles) : loadShippedRules();
    const inputs = positionals.length
        ? await Promise.all(positionals.map(async (f) => ({ file: f, text: await (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .readText */ .yR)(f, 'file to lint', _util_read_file_js__WEBPACK_IMPORTED_MODULE_1__/* .READ_LIMITS */ .Cl.claimText) })))
        : [{ file: '-', text: await readStdin() }];
    // Large documents are read by worker threads and this one together (same findings, in order).
    const min = parallel?.PARALLEL_MIN_CHARS ?? Infinity;
    const chars = inputs.reduce((n, i) => (i.text.length >= min ? n + i.text.length : n), 0);
    const workers = parallel ? parallel.lintWorkersFor(chars, { threads: Number(threadsArg) }) : 0;
    const pool = parallel && workers > 0 ? new parallel.LintPool(entry, workers, rules) : undefined;
    const findings = [];
    try {
        for (const i of inputs) {
            const found = pool && i.text.length >= min ? await pool.lint(i.text) : lint(i.text, rules);
            for (const f of found)
                findings.push({ ...f, file: i.file });
        }
    }
    finally {
        await pool?.close();
    }
    if (v['json']) {
        (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .out */ .FD)(JSON.stringify({
            findings: findings.map((f) => ({
                category: f.category,
                rule: f.rule,
                sentence: f.sentence,
                rewrite: f.rewrite,
                why: f.why,
                line: f.line,
                ...(positionals.length ? { file: f.file } : {}),
            })),
        }, null, 2) + '\n');
    }
    else if (!v['quiet']) {
        for (const f of findings) {
            (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .out */ .FD)(`${(0,_clean_js__WEBPACK_IMPORTED_MODULE_3__/* .clean */ .u)(f.file)}:${f.line}: ${f.category} (${f.rule}): ${(0,_clean_js__WEBPACK_IMPORTED_MODULE_3__/* .clean */ .u)(f.sentence)}\n  rewrite: ${(0,_clean_js__WEBPACK_IMPORTED_MODULE_3__/* .clean */ .u)(f.rewrite)}\n  why: ${(0,_clean_js__WEBPACK_IMPORTED_MODULE_3__/* .clean */ .u)(f.why)}\n`);
        }
        if (!findings.length)
            (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .out */ .FD)('no overclaims found\n');
    }
    return findings.length ? 1 : 0;
}


/***/ })

};
