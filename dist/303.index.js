export const id = 303;
export const ids = [303];
export const modules = {

/***/ 43303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCompare: () => (/* binding */ runCompare)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(77094);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
// EXTERNAL MODULE: ./src/report/assemble.ts
var assemble = __webpack_require__(22424);
// EXTERNAL MODULE: ./src/report/summary.ts + 1 modules
var summary = __webpack_require__(55014);
;// CONCATENATED MODULE: ./src/report/compare-summary.ts



const ICON = { pass: '✅', hold: '⏸️', deny: '❌' };
function table(head, rows) {
    return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}
const RESULT = { equal: '✅ equal', differ: '❌ differ', 'not-compared': '⏸️ not compared' };
function names(xs, total, max) {
    const shown = xs.slice(0, max).map((x) => (0,report_escape/* codeText */.ph)((0,report_escape/* clamp */.qE)(x, 200)));
    return shown.join(', ') + (total > shown.length ? ` and ${total - shown.length} more` : '');
}
function glance(c, o) {
    const d = c.decision;
    const lines = [`## ${ICON[d.status] ?? ''} Reproduction: ${d.status.toUpperCase()} (verified comparison of ${c.receipts.length} receipts)`, ''];
    const rows = [
        ['Decision', `**${d.status}** — ${(0,report_escape.md)(d.reason, 300)}`],
        ['Claim tier', `\`${c.claim_tier}\``],
        ['Policy', `${(0,report_escape.md)(c.policy.policy_id, 100)} v${c.policy.policy_version} ${(0,summary/* shortDigest */.VK)(c.policy.policy_digest)}`],
        ['Outputs', `${c.outputs.matching ?? '—'} of ${c.outputs.files ?? '—'} file(s) equal in every receipt${c.outputs.allowed_to_differ.length ? `; ${c.outputs.allowed_to_differ.length} allowed to differ` : ''}`],
    ];
    if (o.compareDigest)
        rows.push(['compare.json', (0,summary/* digest */.br)(o.compareDigest)]);
    if (o.gate)
        rows.push(['Gate', `${o.gate.failed ? '**failed**' : 'passed'} (fail-on ${o.gate.failOn})`]);
    if (o.runUrl)
        rows.push(['Run', (0,report_escape.md)(o.runUrl, 300)]);
    lines.push(table(['', ''], rows));
    lines.push('', `**Allowed claim:** ${(0,report_escape.md)(c.allowed_claim, 4000)}`);
    return lines.join('\n');
}
function jobBox(c, maxNames) {
    const L = ['### Job box: workload, inputs and outputs compared', ''];
    const row = (label, r) => [label, RESULT[r.result], (0,summary/* shortDigest */.VK)(r.digest), r.files === null ? '—' : `${r.matching ?? '—'} of ${r.files}`, (0,report_escape.md)(r.basis, 300)];
    L.push(table(['', 'result', 'receipt 1', 'files equal', 'compared from'], [row('Workload', c.workload), row('Inputs', c.inputs), row('Outputs', c.outputs)]));
    for (const [label, r] of [['Workload', c.workload], ['Inputs', c.inputs], ['Outputs', c.outputs]]) {
        if (r.result === 'not-compared')
            L.push('', `${label}: not compared — ${(0,report_escape.md)(r.detail, 1000)}`);
        for (const d of r.differences) {
            const parts = [
                d.differing_count ? `${d.differing_count} differ: ${names(d.differing, d.differing_count, maxNames)}` : '',
                d.only_in_reference_count ? `${d.only_in_reference_count} only in receipt 1: ${names(d.only_in_reference, d.only_in_reference_count, maxNames)}` : '',
                d.only_in_receipt_count ? `${d.only_in_receipt_count} only in receipt ${d.receipt}: ${names(d.only_in_receipt, d.only_in_receipt_count, maxNames)}` : '',
            ].filter(Boolean);
            L.push('', `${label}, receipt ${d.receipt} against receipt 1 (${d.matching} match): ${parts.join('; ')}`);
        }
    }
    if (c.outputs.allowed_to_differ.length) {
        L.push('', 'Output files the policy allows to differ (with its reason):', '');
        for (const a of c.outputs.allowed_to_differ.slice(0, maxNames * 4))
            L.push(`- ${(0,report_escape/* codeText */.ph)((0,report_escape/* clamp */.qE)(a.name, 200))} (receipt ${a.receipts.join(', ')}): ${(0,report_escape.md)(a.reason, 500)}`);
        if (c.outputs.compared_digest)
            L.push('', `Outputs without them: ${(0,summary/* digest */.br)(c.outputs.compared_digest)}`);
    }
    return L.join('\n');
}
function runtimeBox(c) {
    const rows = c.receipts.map((r, i) => [
        String(i + 1),
        (0,report_escape.md)(r.job_label, 200),
        (0,summary/* shortDigest */.VK)(r.digest),
        r.verify.ok ? 'no mismatch' : `**${r.verify.mismatches} mismatch(es)**`,
        `${r.verify.decision}, \`${r.verify.claim_tier}\``,
    ]);
    return [
        '### Runtime box: each receipt verified on its own',
        '',
        'Each receipt keeps its own decision and claim tier under the same policy; the comparison adds to them and widens none.',
        '',
        table(['#', 'job', 'receipt', 'replay', 'its decision, tier'], rows),
    ].join('\n');
}
function independenceBox(c) {
    const i = c.independence;
    const basis = (b) => (b === 'verified' ? 'verified' : b === 'self-reported' ? '**self-reported**' : 'not shown');
    const rows = [
        ['Jobs', `${i.jobs.verified} by verified OIDC identity, ${i.jobs.self_reported} by job context (self-reported)`, basis(i.jobs.basis), (0,report_escape.md)(i.jobs.required)],
        ['Runners', `${i.runners.verified} by verified TEE platform ids, ${i.runners.self_reported} by runner facts (self-reported)`, basis(i.runners.basis), (0,report_escape.md)(i.runners.required)],
        ['Providers', `${i.providers.self_reported} by provider name (self-reported)`, basis(i.providers.basis), (0,report_escape.md)(i.providers.required)],
    ];
    const per = c.receipts.map((r, k) => {
        const runner = Object.entries(r.runner).map(([a, b]) => `${a}=${b}`).join(', ');
        return `- receipt ${k + 1}: ${(0,report_escape.md)(r.oidc_run ? `OIDC verified: ${r.oidc_run}` : `OIDC ${r.oidc}`, 300)}; runner ${(0,report_escape.md)(runner || 'not stated', 300)}${r.platforms.length ? ` (platform ${(0,report_escape.md)(r.platforms.join(', '), 300)})` : ''}; provider ${(0,report_escape.md)(r.provider ?? 'not stated', 200)}`;
    });
    return [
        '### Independence box',
        '',
        `${i.distinct_receipts} distinct receipt(s); the policy asks for at least ${i.min_receipts}.`,
        '',
        table(['', 'distinct', 'basis', 'policy requires'], rows),
        '',
        ...per,
    ].join('\n');
}
function checksSection(c) {
    const rows = c.checks.map((k) => [`${ICON[k.outcome] ?? ''} ${k.outcome}`, (0,report_escape/* codeText */.ph)(k.id), (0,report_escape.md)(k.observed, 300), (0,report_escape.md)(k.detail, 500)]);
    return `<details><summary>Checks (${c.checks.length})</summary>\n\n${table(['outcome', 'check', 'observed', 'detail'], rows)}\n\n</details>`;
}
function blocked(c) {
    return ['### Blocked claims', '', 'Never repeat these: the comparison does not support them.', '', ...c.blocked_claims.map((b) => `- ~~${(0,report_escape.md)(b, 500)}~~`)].join('\n');
}
function sections(c, o, maxNames) {
    return [
        { id: 'glance', markdown: glance(c, o), priority: 'required' },
        { id: 'job box', markdown: jobBox(c, maxNames), priority: 5 },
        { id: 'runtime box', markdown: runtimeBox(c), priority: 4 },
        { id: 'independence box', markdown: independenceBox(c), priority: 4 },
        { id: 'checks', markdown: checksSection(c), priority: 2 },
        { id: 'blocked claims', markdown: blocked(c), priority: 3 },
    ];
}
function renderCompareSummary(c, o = {}) {
    return (0,assemble/* assemble */.fT)(sections(c, o, 50), { limit: o.limit ?? summary/* SUMMARY_LIMIT_BYTES */.Jz, measure: assemble/* utf8Bytes */.dy }).markdown;
}
function renderCompareComment(c, o) {
    return (0,assemble/* assemble */.fT)(sections(c, o, 10), { limit: o.limit ?? summary/* COMMENT_LIMIT_CHARS */.iW, measure: assemble/* codeUnits */.xF, prefix: (0,summary/* commentMarker */.Ql)(o.key) + '\n' }).markdown;
}

// EXTERNAL MODULE: ./src/action/artifact.ts
var action_artifact = __webpack_require__(48338);
// EXTERNAL MODULE: ./src/action/context.ts
var context = __webpack_require__(40645);
// EXTERNAL MODULE: ./src/action/gate.ts
var gate = __webpack_require__(80243);
;// CONCATENATED MODULE: ./src/action/compare.ts







/**
 * `mode: compare` (docs/compare.md): download the receipt artifacts (for example one per matrix leg),
 * verify and compare every receipt under the verifier's policy, write compare.json, then summarise,
 * comment and gate like `verify`.
 */
async function runCompare(inputs, ctx, h) {
    const receipts = inputs.receipts.map((p) => (0,external_node_path_.resolve)(h.cwd, p));
    const base = (0,external_node_path_.join)(ctx.runnerTemp ?? h.cwd, 'compute-receipt-compare-artifacts');
    for (const [i, name] of inputs.receiptArtifacts.entries()) {
        const dl = await h.artifacts.download(name, inputs.receiptRunId, (0,external_node_path_.join)(base, String(i + 1)));
        receipts.push(dl.path);
        core/* info */.pq((0,report_escape/* escapeLogCommand */.HL)(`compute-receipt: downloaded artifact ${JSON.stringify(name)} (id ${dl.id}); its contents are untrusted until verified`));
    }
    if (inputs.inputKey)
        core/* setSecret */.Pq(inputs.inputKey.toString('utf8'));
    const opts = {
        receipts,
        policy: inputs.policy,
        network: inputs.network,
        ...(inputs.workload.length ? { workload: inputs.workload } : {}),
        ...(inputs.inputs.length ? { inputs: inputs.inputs } : {}),
        ...(inputs.inputKey ? { inputKey: inputs.inputKey } : {}),
        ...(inputs.oidcJwks ? { oidcJwks: inputs.oidcJwks } : {}),
    };
    const r = await h.compare(opts, h.runDeps);
    const c = r.compare;
    const written = await h.write(inputs.receipt, r, h.cwd);
    core/* info */.pq((0,report_escape/* escapeLogCommand */.HL)(`compute-receipt: comparison ${c.decision.status}, claim tier ${c.claim_tier}\nallowed claim: ${c.allowed_claim}`));
    core/* info */.pq((0,report_escape/* escapeLogCommand */.HL)(`compute-receipt: wrote ${written.path} (${written.digest})`));
    let artifact = { id: null, url: null };
    if (inputs.uploadArtifact) {
        const dir = (0,external_node_path_.join)(written.path, '..');
        const up = await h.artifacts.upload(inputs.artifactName, dir, await (0,action_artifact/* listFiles */.CS)(dir));
        artifact = { id: up.id, url: (0,action_artifact/* artifactUrl */.Wk)(ctx.serverUrl, ctx.repository, ctx.runId, up.id) };
    }
    const outputs = {
        decision: c.decision.status,
        'claim-tier': c.claim_tier,
        'receipt-path': written.path,
        'receipt-digest': written.digest,
        'allowed-claim': c.allowed_claim,
        'workload-digest': c.workload.digest ?? '',
        'output-digest': c.outputs.compared_digest ?? c.outputs.digest ?? '',
        'artifact-id': artifact.id === null ? '' : String(artifact.id),
        'artifact-url': artifact.url ?? '',
    };
    h.setOutputs(outputs);
    const failure = (0,gate/* gateMessage */.V6)(c.decision.status, inputs.failOn, c.checks, c.decision.reason);
    const report = { compareDigest: written.digest, runUrl: (0,context/* runUrl */.Vp)(ctx), gate: { failOn: inputs.failOn, failed: failure !== null } };
    const summary = renderCompareSummary(c, report);
    await h.writeSummary(summary);
    const comment = await h.postComment((key) => renderCompareComment(c, { ...report, key }));
    return { outputs, failure, summary, comment };
}


/***/ })

};
