export const id = 635;
export const ids = [635];
export const modules = {

/***/ 635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cmdBegin: () => (/* binding */ cmdBegin)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_read_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45201);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77593);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(94984);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(63379);






/** `begin`: the first half of the two-phase flow (docs/execution.md). */
async function cmdBegin(argv, deps, out, err) {
    const { values: v } = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parse */ .qg)('begin', argv, (0,_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .optionsOf */ .cz)('begin'), false);
    const state = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(v['state']);
    if (!state)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('USAGE', 'begin needs --state FILE (create --begin-state FILE seals it)');
    const serialization = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .oneOf */ .yL)('serialization', (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(v['serialization']), _spec_js__WEBPACK_IMPORTED_MODULE_5__/* .SERIALIZATIONS */ .GI, 'files');
    const { begin } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(251), __webpack_require__.e(815), __webpack_require__.e(446), __webpack_require__.e(168), __webpack_require__.e(839), __webpack_require__.e(230), __webpack_require__.e(516), __webpack_require__.e(577), __webpack_require__.e(20), __webpack_require__.e(745), __webpack_require__.e(331), __webpack_require__.e(984)]).then(__webpack_require__.bind(__webpack_require__, 14331));
    const r = await begin({
        workload: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(v['workload']),
        inputs: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(v['inputs']),
        evidence: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(v['evidence']),
        state,
        eventLog: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(v['event-log']),
        jobId: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(v['job-id']),
        nonce: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(v['nonce']),
        inputKey: await inputKeyOf(v, deps.env),
        allowSymlinks: v['allow-symlinks'] === true,
        ignorePaths: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(v['ignore']),
        serialization,
        trustRootsDir: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(v['trust-roots']),
        network: v['network'] === true,
    }, deps);
    for (const w of r.warnings)
        err(`compute-receipt: warning: ${(0,_render_js__WEBPACK_IMPORTED_MODULE_4__/* .clean */ .uH)(w)}\n`);
    if (v['json']) {
        out(JSON.stringify({ state: r.statePath, event_log: r.eventLogPath, register: r.state.register.kind, begin_event_digest: r.state.begin_event_digest, begin: r.state.begin_payload, warnings: r.warnings }, null, 2) + '\n');
    }
    else {
        const rel = (p) => (0,_render_js__WEBPACK_IMPORTED_MODULE_4__/* .clean */ .uH)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(deps.cwd, p) || p);
        out(`begin: measured workload ${(0,_render_js__WEBPACK_IMPORTED_MODULE_4__/* .clean */ .uH)(r.state.begin_payload.workload_digest)} and inputs ${(0,_render_js__WEBPACK_IMPORTED_MODULE_4__/* .clean */ .uH)(r.state.begin_payload.input_commitment)}\n`);
        out(`  RTMR3 (${r.state.register.kind === 'simulated-rtmr3' ? 'simulated, no hardware' : 'TDX'}) extended with compute-receipt.begin ${r.state.begin_event_digest.slice(0, 24)}…\n`);
        out(`  event log ${rel(r.eventLogPath)}; state ${rel(r.statePath)}\n`);
        out(`next: run the workload, then: compute-receipt create --begin-state ${rel(r.statePath)} --outputs P ...\n`);
    }
    return 0;
}
/** The input key: from a file, or COMPUTE_RECEIPT_INPUT_KEY; never from argv. */
async function inputKeyOf(v, env) {
    const f = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(v['input-key-file']);
    if (f) {
        const k = await (0,_util_read_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readRegularFile */ .XF)(f, { maxBytes: _util_read_file_js__WEBPACK_IMPORTED_MODULE_1__/* .READ_LIMITS */ .Cl.inputKey, what: 'input key file', shown: f });
        if (k.length === 0)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('USAGE', `input key file ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__.q)(f)} is empty`);
        return k;
    }
    const e = env['COMPUTE_RECEIPT_INPUT_KEY'];
    return e ? Buffer.from(e, 'utf8') : undefined;
}


/***/ })

};
