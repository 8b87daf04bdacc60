export const id = 203;
export const ids = [203];
export const modules = {

/***/ 56203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderCompareText: () => (/* binding */ renderCompareText)
/* harmony export */ });
/* harmony import */ var _cli_render_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94984);

const MARK = { pass: 'PASS', hold: 'HOLD', deny: 'DENY' };
/** What `compare` prints in a terminal: decision, claim, the three boxes, then every check. */
function renderCompareText(c, paths) {
    const L = [];
    L.push(`compute-receipt compare: ${MARK[c.decision.status]} (${(0,_cli_render_js__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(c.decision.reason)})`);
    L.push(`claim tier: ${c.claim_tier}`);
    L.push(`allowed claim: ${(0,_cli_render_js__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(c.allowed_claim)}`);
    L.push(`policy: ${(0,_cli_render_js__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(c.policy.policy_id)} v${c.policy.policy_version} ${c.policy.policy_digest}`);
    L.push('');
    L.push('job box (compared file by file):');
    const role = (label, r) => {
        L.push(`  ${label}: ${r.result}${r.digest ? ` ${r.digest}` : ''}${r.files !== null ? `, ${r.matching ?? '?'} of ${r.files} file(s) equal` : ''} [${(0,_cli_render_js__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(r.basis)}]`);
        if (r.result !== 'equal')
            for (const line of r.detail.split('\n'))
                L.push(`    ${(0,_cli_render_js__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(line)}`);
    };
    role('workload', c.workload);
    role('inputs', c.inputs);
    role('outputs', c.outputs);
    for (const a of c.outputs.allowed_to_differ)
        L.push(`    allowed to differ: ${(0,_cli_render_js__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(JSON.stringify(a.name))} (receipt ${a.receipts.join(', ')}): ${(0,_cli_render_js__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(a.reason)}`);
    if (c.outputs.compared_digest)
        L.push(`    outputs without the allowed files: ${c.outputs.compared_digest}`);
    L.push('');
    L.push('runtime box (each receipt verified on its own; it keeps its own decision and tier):');
    c.receipts.forEach((r, i) => {
        L.push(`  ${i + 1}. ${(0,_cli_render_js__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(paths[i] ?? '')} ${r.digest}`);
        L.push(`     ${(0,_cli_render_js__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(r.job_label)}: replay ${r.verify.ok ? 'no mismatch' : `${r.verify.mismatches} mismatch(es)`}, decision ${r.verify.decision}, tier ${r.verify.claim_tier}`);
    });
    L.push('');
    const i = c.independence;
    L.push(`independence box (${i.distinct_receipts} distinct receipt(s), at least ${i.min_receipts} needed):`);
    L.push(`  jobs: ${i.jobs.verified} distinct by verified OIDC identity, ${i.jobs.self_reported} by self-reported job context; basis ${i.jobs.basis} (policy: ${i.jobs.required})`);
    L.push(`  runners: ${i.runners.verified} distinct by verified TEE platform ids, ${i.runners.self_reported} by self-reported runner facts; basis ${i.runners.basis} (policy: ${i.runners.required})`);
    L.push(`  providers: ${i.providers.self_reported} distinct by self-reported provider; basis ${i.providers.basis} (policy: ${i.providers.required})`);
    L.push('');
    L.push('checks:');
    for (const k of c.checks)
        L.push(`  ${MARK[k.outcome]} ${(0,_cli_render_js__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(k.id)}: ${(0,_cli_render_js__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(k.detail.split('\n')[0] ?? '')}`);
    L.push('');
    L.push('blocked claims:');
    for (const b of c.blocked_claims)
        L.push(`  - ${(0,_cli_render_js__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(b)}`);
    return L.join('\n') + '\n';
}


/***/ })

};
