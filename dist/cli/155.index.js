export const id = 155;
export const ids = [155];
export const modules = {

/***/ 71155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDemo: () => (/* binding */ runDemo)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _receipt_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30443);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61984);
/* harmony import */ var _util_assets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(47382);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(94984);
/* harmony import */ var _style_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(51715);








/**
 * The whole pipeline on the bundled example, no hardware and no network: the producer role hashes
 * the example, binds and collects simulated evidence and self-appraises under the `demo` policy; then
 * the verifier role replays the receipt from the files written beside it. The example files travel in
 * `<out>/example/` so anyone can replay the receipt again.
 */
async function runDemo(out, deps) {
    const work = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'compute-receipt-demo-'));
    try {
        const names = (0,_util_assets_js__WEBPACK_IMPORTED_MODULE_5__/* .assetNames */ .PB)('demo');
        const extraFiles = [];
        for (const n of names) {
            const bytes = (0,_util_assets_js__WEBPACK_IMPORTED_MODULE_5__/* .assetBytes */ .AW)('demo', n);
            await (0,_receipt_write_js__WEBPACK_IMPORTED_MODULE_3__.writeAtomic)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(work, ...n.split('/')), bytes);
            extraFiles.push({ path: `example/${n}`, bytes });
        }
        const prBody = (0,_util_assets_js__WEBPACK_IMPORTED_MODULE_5__/* .assetBytes */ .AW)('demo', 'pr-body.md').toString('utf8');
        // Two phases, as on a TDX runner (docs/execution.md): begin before the "workload", seal in create.
        // The register is simulated, so the tier stays simulated; every execution check still runs.
        const { begin } = await __webpack_require__.e(/* import() */ 331).then(__webpack_require__.bind(__webpack_require__, 14331));
        const jobId = deps.env['GITHUB_JOB'] ? undefined : 'demo';
        const begun = await begin({ workload: [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(work, 'model')], inputs: [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(work, 'inputs')], evidence: ['simulated'], state: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(work, 'begin', 'state.json'), jobId }, deps);
        const created = await (0,_run_js__WEBPACK_IMPORTED_MODULE_4__.create)({
            beginState: begun.statePath,
            exitStatus: 0,
            workload: [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(work, 'model')],
            inputs: [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(work, 'inputs')],
            outputs: [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(work, 'outputs')],
            benchmark: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(work, 'benchmark.json'),
            evidence: ['simulated'],
            policy: 'demo',
            jobId,
            claims: [{ source: 'example/pr-body.md', text: prBody }],
            storage: 'ephemeral',
            network: false,
            out,
            extraFiles,
        }, deps);
        const ex = (p) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(out, 'example', p);
        // Loaded the way `verify` loads it, so the bundle holds the replay code once.
        const { verifyReceipt } = await Promise.all(/* import() */[__webpack_require__.e(331), __webpack_require__.e(697)]).then(__webpack_require__.bind(__webpack_require__, 62697));
        const verified = await verifyReceipt({ receipt: out, policy: 'demo', workload: [ex('model')], inputs: [ex('inputs')], outputs: [ex('outputs')], network: false }, deps);
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(deps.cwd, out) || '.';
        const lines = [];
        lines.push((0,_render_js__WEBPACK_IMPORTED_MODULE_6__/* .renderText */ .S5)(verified.appraised, { title: 'compute-receipt demo: simulated evidence, no hardware claim' }));
        lines.push(`begin: measured the example's model and inputs into a simulated RTMR3 (compute-receipt.begin ${begun.state.begin_event_digest.slice(0, 16)}…); create sealed the outputs with compute-receipt.seal`);
        lines.push(`producer: wrote ${(0,_render_js__WEBPACK_IMPORTED_MODULE_6__/* .clean */ .uH)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(deps.cwd, created.receiptPath))} (${created.receiptDigest}), self-appraised ${created.receipt.policy_decision.status}`);
        lines.push(`verifier: re-hashed the example, recomputed the binding, re-verified the evidence: ${verified.ok ? 'no mismatch' : (0,_style_js__WEBPACK_IMPORTED_MODULE_7__/* .count */ .U9)(verified.mismatches.length, 'mismatch', 'mismatches')}, decision ${verified.decision}`);
        lines.push('');
        lines.push('replay it yourself:');
        lines.push(`  compute-receipt verify ${rel} --policy demo --workload ${rel}/example/model --inputs ${rel}/example/inputs --outputs ${rel}/example/outputs`);
        lines.push(`  (cd ${rel}/example/outputs && sha256sum -c ../../outputs.SHA256SUMS)`);
        lines.push('');
        return { verified: verified.appraised, text: lines.join('\n') + '\n' };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(work, { recursive: true, force: true });
    }
}


/***/ })

};
