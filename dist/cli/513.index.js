export const id = 513;
export const ids = [513];
export const modules = {

/***/ 89513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cmdCompare: () => (/* binding */ cmdCompare)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77593);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63379);
/* harmony import */ var _policy_gate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(55375);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(94984);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(31654);







/** `compare R1 R2 [R...] --policy P`: exit 0 reproduced, 1 held or denied (at --fail-on, default hold), 2 bad input. */
async function cmdCompare(argv) {
    const { values: v, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)('compare', argv, (0,_spec_js__WEBPACK_IMPORTED_MODULE_3__/* .optionsOf */ .cz)('compare'), true);
    if (positionals.length < 2)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('USAGE', 'compare takes two or more RECEIPTs (receipt.json or its directory)');
    const policy = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(v['policy']);
    if (!policy)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('USAGE', "compare needs --policy: the verifier's own policy (name or file), never a receipt's copy");
    const failOn = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .oneOf */ .yL)('fail-on', (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(v['fail-on']), _policy_gate_js__WEBPACK_IMPORTED_MODULE_4__/* .FAIL_ON */ .d$, 'hold');
    const { compareReceipts } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(251), __webpack_require__.e(815), __webpack_require__.e(446), __webpack_require__.e(168), __webpack_require__.e(839), __webpack_require__.e(230), __webpack_require__.e(516), __webpack_require__.e(577), __webpack_require__.e(20), __webpack_require__.e(745), __webpack_require__.e(331), __webpack_require__.e(984), __webpack_require__.e(697), __webpack_require__.e(256)]).then(__webpack_require__.bind(__webpack_require__, 99256));
    const { writeCompare } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(20), __webpack_require__.e(995)]).then(__webpack_require__.bind(__webpack_require__, 71444));
    const { renderCompareText } = await __webpack_require__.e(/* import() */ 203).then(__webpack_require__.bind(__webpack_require__, 56203));
    const deps = { cwd: process.cwd(), env: process.env, now: () => new Date() };
    const opts = {
        receipts: positionals,
        policy,
        workload: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(v['workload']),
        inputs: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(v['inputs']),
        network: v['network'] === true,
    };
    const key = await (0,_commands_js__WEBPACK_IMPORTED_MODULE_6__/* .inputKey */ .s)(v);
    if (key)
        opts.inputKey = key;
    const at = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTime */ .pe)('at', (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(v['at']));
    if (at)
        opts.at = at;
    if ((0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(v['trust-roots']))
        opts.trustRootsDir = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(v['trust-roots']);
    if ((0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(v['oidc-jwks']))
        opts.oidcJwks = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(v['oidc-jwks']);
    const r = await compareReceipts(opts, deps);
    const out = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(v['out']) ?? 'compute-receipt-compare';
    const written = await writeCompare(out, r, deps.cwd, out);
    const c = r.compare;
    if (v['json'])
        process.stdout.write(JSON.stringify(c, null, 2) + '\n');
    else {
        process.stdout.write(renderCompareText(c, positionals));
        process.stdout.write(`\nwrote ${(0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .clean */ .uH)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(deps.cwd, written.path) || written.path)} (${written.digest})\n`);
    }
    const fails = (0,_policy_gate_js__WEBPACK_IMPORTED_MODULE_4__/* .gateFails */ .xd)(c.decision.status, failOn);
    if (fails)
        process.stderr.write((0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .clean */ .uH)((0,_policy_gate_js__WEBPACK_IMPORTED_MODULE_4__/* .gateMessage */ .V6)(c.decision.status, failOn, c.checks, c.decision.reason) ?? '') + '\n');
    return fails ? 1 : 0;
}


/***/ })

};
