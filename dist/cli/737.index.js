export const id = 737;
export const ids = [737];
export const modules = {

/***/ 66737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_POLICY_PATH: () => (/* binding */ DEFAULT_POLICY_PATH),
/* harmony export */   cmdPolicy: () => (/* binding */ cmdPolicy)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _util_read_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45201);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77593);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(94984);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(63379);







const DEFAULT_POLICY_PATH = '.github/compute-receipt/policy.yml';
/** `policy init --from F...`: a commented starting policy pinned to known-good evidence (src/policy/init.ts). */
async function cmdPolicy(argv) {
    const [sub, ...rest] = argv;
    if (sub !== 'init')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('USAGE', 'policy takes a subcommand: init --from FILE... (see compute-receipt policy init --help)');
    const { values: v } = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parse */ .qg)('policy init', rest, (0,_spec_js__WEBPACK_IMPORTED_MODULE_6__/* .optionsOf */ .cz)('policy init'), false);
    const from = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)(v['from']);
    if (from.length === 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('USAGE', 'policy init needs at least one --from FILE (evidence from a run you trust)');
    const out = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['out']) ?? DEFAULT_POLICY_PATH;
    const ev = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(446), __webpack_require__.e(577)]).then(__webpack_require__.bind(__webpack_require__, 36577));
    const { readAux } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(251), __webpack_require__.e(815), __webpack_require__.e(446), __webpack_require__.e(168), __webpack_require__.e(839), __webpack_require__.e(230), __webpack_require__.e(516), __webpack_require__.e(577), __webpack_require__.e(20), __webpack_require__.e(745), __webpack_require__.e(984)]).then(__webpack_require__.bind(__webpack_require__, 61984));
    const aux = await readAux({ certs: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)(v['certs']), collateralDir: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['collateral']) }, process.cwd());
    const sources = [];
    for (const file of from) {
        const bytes = await (0,_util_read_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegularFile */ .XF)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(file), { maxBytes: _util_read_file_js__WEBPACK_IMPORTED_MODULE_3__/* .READ_LIMITS */ .Cl.evidence, what: 'evidence file', shown: file });
        const inspected = ev.inspectEvidence(bytes);
        // Verified to the shipped roots where the material allows; the comment says which were not.
        const r = await ev.verifyEvidence({ bytes, aux }, file, { reportData: null, gpuNonce: null, trustRoots: ev.loadTrustRoots(undefined), network: false });
        sources.push({ file, inspected, verified: { ok: r.status === 'verified', detail: r.detail } });
    }
    const { initPolicy } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(815), __webpack_require__.e(745), __webpack_require__.e(18)]).then(__webpack_require__.bind(__webpack_require__, 67574));
    const text = initPolicy(sources, { policyId: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['id']) ?? 'my-tee-policy', now: new Date() });
    if (out === '-') {
        process.stdout.write(text);
        return 0;
    }
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(out);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) && v['force'] !== true)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('OUT_UNSAFE', `${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__.q)(out)} exists; pass --force to replace it (or --out another file)`);
    const { writeAtomic } = await __webpack_require__.e(/* import() */ 443).then(__webpack_require__.bind(__webpack_require__, 30443));
    await writeAtomic(path, text);
    const unverified = sources.filter((s) => !s.verified.ok).length;
    process.stdout.write(`wrote ${(0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .clean */ .uH)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(process.cwd(), path) || path)}: pinned to ${sources.length} evidence ${sources.length === 1 ? 'file' : 'files'}` +
        `${unverified ? ` (${unverified} not verified here: see the comments)` : ''}; review it, then verify with --policy ${(0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .clean */ .uH)(out)}\n`);
    return 0;
}


/***/ })

};
