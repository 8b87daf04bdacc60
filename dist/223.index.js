export const id = 223;
export const ids = [223];
export const modules = {

/***/ 6223:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runBegin: () => (/* binding */ runBegin)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77094);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14031);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14892);




/**
 * `mode: begin` (docs/execution.md, docs/action.md): an explicit step after the workload and inputs
 * are staged and before the workload runs. It measures them into RTMR3 and writes the begin state;
 * a later `mode: create` step with `begin-state` seals it.
 */
async function runBegin(inputs, deps) {
    if (!deps.engine.begin)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('USAGE', 'mode begin is not available in this build');
    let oidcToken;
    if (inputs.oidc)
        oidcToken = await (0,_main_js__WEBPACK_IMPORTED_MODULE_3__/* .requestOidcToken */ .Iz)(deps);
    if (inputs.inputKey)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(inputs.inputKey.toString('utf8'));
    const r = await deps.engine.begin({
        workload: inputs.workload,
        inputs: inputs.inputs,
        evidence: inputs.evidence,
        state: inputs.beginState,
        ...(inputs.jobId ? { jobId: inputs.jobId } : {}),
        ...(inputs.nonce ? { nonce: inputs.nonce } : {}),
        ...(inputs.inputKey ? { inputKey: inputs.inputKey } : {}),
        ...(oidcToken ? { oidcToken } : {}),
        network: inputs.network,
    }, (0,_main_js__WEBPACK_IMPORTED_MODULE_3__/* .runDeps */ .EX)(deps));
    for (const w of r.warnings)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e((0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLogCommand */ .HL)(`compute-receipt: ${w}`));
    const p = r.state.begin_payload;
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLogCommand */ .HL)(`compute-receipt: begin measured workload ${p.workload_digest} and inputs ${p.input_commitment} into RTMR3 (${r.state.register.kind}); state ${r.statePath}`));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('begin-state', r.statePath);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('workload-digest', p.workload_digest);
    const summary = `## compute-receipt: begin\n\n` +
        `Measured into RTMR3 (${r.state.register.kind === 'simulated-rtmr3' ? 'simulated, no hardware' : 'Intel TDX'}) before the workload runs: ` +
        `workload \`${p.workload_digest}\`, inputs \`${p.input_commitment}\`, event \`compute-receipt.begin\` \`${r.state.begin_event_digest.slice(0, 24)}…\`.\n` +
        (r.warnings.length ? `\n> [!WARNING]\n${r.warnings.map((w) => `> ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(w, 500)}`).join('\n>\n')}\n` : '') +
        `\nA later \`mode: create\` step with \`begin-state\` seals it.\n`;
    await (0,_main_js__WEBPACK_IMPORTED_MODULE_3__/* .writeSummary */ .Sy)(inputs, summary);
    return { outputs: { 'begin-state': r.statePath, 'workload-digest': p.workload_digest }, failure: null, summary, comment: { action: 'skipped', why: 'not-requested' } };
}


/***/ })

};
