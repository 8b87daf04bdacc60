export const id = 603;
export const ids = [603];
export const modules = {

/***/ 94984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S5: () => (/* binding */ renderText),
/* harmony export */   uH: () => (/* reexport safe */ _clean_js__WEBPACK_IMPORTED_MODULE_2__.u),
/* harmony export */   vs: () => (/* binding */ renderVerifyText)
/* harmony export */ });
/* unused harmony exports SELF_REPORTED_LABEL, selfReportedTag, renderMismatch */
/* harmony import */ var _style_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51715);
/* harmony import */ var _receipt_replay_causes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66134);
/* harmony import */ var _policy_causes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31660);
/* harmony import */ var _clean_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64953);





const n = (k, word) => (0,_style_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(k, word);
const MARK = { pass: 'PASS', hold: 'HOLD', deny: 'DENY' };
/** PASS / HOLD / DENY, coloured on a terminal. */
function mark(st, outcome) {
    const m = MARK[outcome] ?? outcome;
    return outcome === 'pass' ? st.ok(m) : outcome === 'hold' ? st.warn(m) : st.bad(m);
}
const SELF_REPORTED_LABEL = 'self-reported';
/** ` (self-reported)` when the leaf at `path` (or any leaf under it) was not re-derived. */
function selfReportedTag(unverified, path) {
    if (!unverified)
        return '';
    const hit = unverified.some((u) => u.field === path || u.field.startsWith(path + '.') || u.field.startsWith(path + '['));
    return hit ? ` (${SELF_REPORTED_LABEL})` : '';
}
/** The plain-text summary a reviewer reads in a terminal: decision, claim, the three boxes kept apart, checks. */
function renderText(r, opts = {}) {
    const L = [];
    const d = r.policy_decision;
    const sr = (path) => selfReportedTag(opts.unverified, path);
    const verifyMode = opts.unverified !== undefined;
    const st = opts.style ?? _style_js__WEBPACK_IMPORTED_MODULE_0__/* .PLAIN */ .tZ;
    L.push(opts.title ?? 'compute receipt');
    L.push('='.repeat((opts.title ?? 'compute receipt').length));
    L.push(`decision     ${st.bold(mark(st, d.status))} under policy ${(0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(d.policy_id)} v${d.policy_version} (${d.policy_digest.slice(0, 19)}…)`);
    L.push(`appraised by ${d.appraised_by === 'self' ? 'the attested job itself (self-appraised: replay with a separate verifier before relying on it)' : 'a verifier that re-derived the receipt'}`);
    if (opts.producer) {
        const p = opts.producer;
        L.push(`producer     ${MARK[p.status]} under policy ${(0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(p.policy_id)}, claim tier ${p.claim_tier}, appraised by ${p.appraised_by} (${SELF_REPORTED_LABEL}` +
            `${p.compared ? '; re-derived by the verifier under the same policy' : "; not compared: the verifier ran a different policy"})`);
    }
    L.push(`claim tier   ${r.claim_tier}`);
    L.push('');
    L.push('allowed claim:');
    L.push(`  ${(0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(r.allowed_claim)}`);
    L.push('');
    L.push('job (digests)');
    L.push(`  job          ${(0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(r.job_id)}`);
    L.push(`  receipt      ${r.receipt_id}${verifyMode ? ` (${SELF_REPORTED_LABEL})` : ''}`);
    L.push(`  issued at    ${(0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(r.issued_at)} (${SELF_REPORTED_LABEL})`);
    L.push(`  producer     ${(0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(r.producer.name)} ${(0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(r.producer.version)}, its verifier ${(0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(r.attestation_result.verifier.version)} (${SELF_REPORTED_LABEL})`);
    const wl = sr('workload.kind') || sr('workload.name') || sr('workload.bytes');
    L.push(`  workload     ${r.workload_digest}  (${r.workload.kind} ${(0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(r.workload.name)}, ${n(r.workload.files, 'file')}, ${n(r.workload.bytes, 'byte')})${wl}`);
    const ws = r.workload.signature;
    if (ws) {
        L.push(`  signature    ${ws.method} ${ws.status}: signer ${(0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(ws.signer)}${ws.issuer ? ` (issuer ${(0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(ws.issuer)})` : ''}, subject ${ws.subject_digest}${ws.covers_workload ? ' (the whole workload)' : ' (not the whole workload)'}`);
        L.push(`    ${(0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(ws.detail)}`);
    }
    L.push(`  inputs       ${r.input_commitment}  (${r.input.scheme}, ${n(r.input.files, 'file')}, ${n(r.input.bytes, 'byte')})${sr('input.bytes')}`);
    L.push(`  outputs      ${r.output_digest}  (${n(r.outputs.files, 'file')}, ${n(r.outputs.bytes, 'byte')})${sr('outputs.bytes')}`);
    L.push(`  report_data  ${r.binding.report_data.slice(0, 32)}…`);
    const ignored = ['workload', 'input', 'outputs']
        .map((k) => [k, r[k].serialization.ignore_paths.filter((p) => !DEFAULT_IGNORE_NAMES.has(p))])
        .filter(([, ps]) => ps.length > 0);
    for (const [k, ps] of ignored)
        L.push(`  ignored      ${k}: ${ps.map((p) => (0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(JSON.stringify(p))).join(', ')}`);
    L.push('runtime (attestation: runtime or environment evidence only)');
    L.push(`  measurement  ${r.runtime_measurement.type}${r.runtime_measurement.measurement_digest ? ` ${r.runtime_measurement.measurement_digest}` : ''}`);
    if (r.attestation_result.evidence.length === 0)
        L.push('  no evidence presented');
    for (const [i, e] of r.attestation_result.evidence.entries()) {
        L.push(`  ${(0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(e.format)}${e.kind ? ` (${e.kind})` : ''} from ${(0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(e.source)}${sr(`attestation_result.evidence[${i}].source`)}: ${e.status}, binding ${e.binding_matches === null ? 'not checked' : e.binding_matches ? 'matches' : 'DOES NOT MATCH'}`);
        L.push(`    ${(0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(e.detail)}`);
    }
    if (r.execution) {
        const x = r.execution;
        L.push(`  execution    begin ${x.begin ? `event ${x.begin.index}` : 'MISSING'}, seal ${x.seal ? `event ${x.seal.index}` : 'MISSING'} in RTMR3; ${x.other_events.length} other RTMR3 event(s)`);
        for (const e of x.other_events.slice(0, 20))
            L.push(`    other event ${e.index}: ${e.name === null ? '(unnamed)' : (0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(e.name)} ${e.digest.slice(0, 24)}…`);
        L.push(`    ${(0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(x.tier_reason)}`);
    }
    L.push('capacity (benchmark: context only, not evidence)');
    L.push(r.benchmark_result ? `  ${(0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(r.benchmark_result.id)} ${r.benchmark_result.digest}${sr('benchmark_result.id') ? ` (name ${SELF_REPORTED_LABEL})` : ''}` : '  none given');
    L.push(`deployment (${SELF_REPORTED_LABEL})`);
    const runner = Object.entries(r.deployment.runner);
    L.push(`  runner       ${runner.length ? runner.map(([k, v]) => `${(0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(k)}=${(0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(v)}`).join(', ') : '—'} (${SELF_REPORTED_LABEL})`);
    L.push(`  provider     ${r.deployment.provider === null ? '—' : (0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(r.deployment.provider)} (${SELF_REPORTED_LABEL})`);
    L.push(`  storage      ${r.deployment.storage.kind} (${SELF_REPORTED_LABEL}): ${(0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(r.deployment.storage.note)}`);
    L.push('');
    L.push('checks:');
    // One cause, one line: checks that could not run are folded under the checks that failed.
    const causes = d.status === 'pass' ? null : (0,_policy_causes_js__WEBPACK_IMPORTED_MODULE_3__/* .decisionCauses */ .x7)(d.checks, d.status);
    const folded = new Set(causes?.notEvaluated ?? []);
    for (const c of d.checks) {
        if (folded.has(c))
            continue;
        L.push(`  ${mark(st, c.outcome)}  ${(0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(c.id)}: ${(0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(c.detail)}`);
        if (causes && c === causes.causes[causes.causes.length - 1] && folded.size) {
            L.push(`        ${(0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)((0,_policy_causes_js__WEBPACK_IMPORTED_MODULE_3__/* .foldedNote */ .n2)(causes))}: ${[...folded].map((x) => (0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(x.id)).join(', ')}`);
        }
    }
    L.push('');
    L.push('blocked claims (never repeat these):');
    for (const b of r.blocked_claims)
        L.push(`  - ${(0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(b)}`);
    if (r.struck_claims.length) {
        L.push('');
        L.push(`struck sentences from the text supplied to the producer${verifyMode ? ` (sentences, sources and lines ${SELF_REPORTED_LABEL})` : ''}:`);
        for (const [i, s] of r.struck_claims.entries()) {
            const tag = verifyMode ? ` (${SELF_REPORTED_LABEL})` : '';
            L.push(`  - ${(0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(s.source)}:${s.line} [${(0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(s.category)}] ${(0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(s.sentence)}${tag}`);
            L.push(`    rewrite: ${(0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(s.rewrite)}${sr(`struck_claims[${i}].rewrite`)}`);
            L.push(`    why: ${(0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(s.why)}${sr(`struck_claims[${i}].why`)}`);
        }
    }
    return L.join('\n') + '\n';
}
const DEFAULT_IGNORE_NAMES = new Set(['.git', '.gitattributes', '.github', '.gitignore']);
/** One mismatch line: the field, the receipt's value, the verifier's re-derived value, and how. */
function renderMismatch(m) {
    const where = m.field.startsWith('file ') ? m.field.slice('file '.length) : `receipt.json ${m.field}`;
    return `MISMATCH ${(0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(where)}: receipt has ${(0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(String(m.expected))}, verifier re-derived ${(0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(String(m.actual))} (${(0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(m.cause)})`;
}
/** What `verify` prints: the causes first (`NAME: FAILED`, like `sha256sum -c`), then the verifier's own view, then the detail. */
function renderVerifyText(r, style = _style_js__WEBPACK_IMPORTED_MODULE_0__/* .PLAIN */ .tZ) {
    let out = '';
    // The lead: each changed, added, missing or renamed file, named first.
    for (const c of r.causes)
        out += `${style.bad((0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)((0,_receipt_replay_causes_js__WEBPACK_IMPORTED_MODULE_1__/* .causeLine */ .mB)(c)))}\n`;
    if (r.causes.length)
        out += '\n';
    out += renderText(r.appraised, { title: 'compute receipt (replayed by the verifier)', unverified: r.unverified, producer: r.producer, style });
    out += '\n';
    if (r.mismatches.length === 0)
        out += 'replay: no mismatch\n';
    else {
        const files = r.causes.filter((c) => c.tree !== null);
        const own = r.mismatches.filter((m) => !r.derived.includes(m.field));
        const parts = [files.length ? `${(0,_style_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(files.length, 'file')} ${files.length === 1 ? 'differs' : 'differ'} from the receipt` : '', own.length ? (0,_style_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(own.length, 'other mismatch', 'other mismatches') : ''];
        out += `replay: ${parts.filter(Boolean).join('; ')}\n`;
        for (const c of files) {
            out += `  ${(0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)((0,_receipt_replay_causes_js__WEBPACK_IMPORTED_MODULE_1__/* .causeLine */ .mB)(c))}\n`;
            if (c.status === 'FAILED')
                out += `    receipt ${(0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(String(c.expected))}, re-derived ${(0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(String(c.actual))}\n`;
        }
        const folded = (0,_receipt_replay_causes_js__WEBPACK_IMPORTED_MODULE_1__/* .foldedFields */ .Qc)(r.mismatches.filter((m) => r.derived.includes(m.field)));
        if (folded.length)
            out += `  ${(0,_style_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(folded.length, 'receipt field')} follow${folded.length === 1 ? 's' : ''} from ${r.causes.length === 1 ? 'this cause' : 'these causes'}: ${folded.map(_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u).join(', ')} (each with both values: verify --json)\n`;
        for (const m of own)
            out += renderMismatch(m) + '\n';
    }
    out += `leaves: ${r.leaves.total} in the receipt, ${r.leaves.compared} re-derived and compared, ${r.leaves.self_reported} ${SELF_REPORTED_LABEL}\n`;
    for (const n of r.notes)
        out += `note: ${(0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(n)}\n`;
    return out;
}


/***/ }),

/***/ 51715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   j9: () => (/* binding */ styleFor),
/* harmony export */   tZ: () => (/* binding */ PLAIN)
/* harmony export */ });
// Terminal manners: colour and symbols only on a terminal, never with NO_COLOR set
// (https://no-color.org) or TERM=dumb; plain text in logs, pipes and under --json.
const wrap = (open, close) => (s) => `\u001b[${open}m${s}\u001b[${close}m`;
const PLAIN = { rich: false, ok: (s) => s, bad: (s) => s, warn: (s) => s, bold: (s) => s, dim: (s) => s };
const RICH = { rich: true, ok: wrap(32, 39), bad: wrap(31, 39), warn: wrap(33, 39), bold: wrap(1, 22), dim: wrap(2, 22) };
function styleFor(stream, env) {
    if (stream.isTTY !== true)
        return PLAIN;
    if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '')
        return PLAIN;
    if (env['TERM'] === 'dumb')
        return PLAIN;
    return RICH;
}
/** "1 file", "2 files"; `plural` for irregular words ("mismatch" -> "mismatches"). */
function count(n, word, plural = `${word}s`) {
    return `${n} ${n === 1 ? word : plural}`;
}


/***/ }),

/***/ 31660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n2: () => (/* binding */ foldedNote),
/* harmony export */   pQ: () => (/* binding */ causeWords),
/* harmony export */   x7: () => (/* binding */ decisionCauses)
/* harmony export */ });
/* unused harmony export isNotEvaluated */
/**
 * One cause, one line. When a required kind of evidence is absent, every check of that kind's block
 * appears as "not evaluated" with the requirement's outcome (nothing unevaluated passes). Those checks
 * could not run; they are not further causes. A report leads with the checks that ran and failed, and
 * folds the ones that could not run under them, counted once.
 */
/** A check that did not run because what it needs was absent (its detail says so). */
function isNotEvaluated(c) {
    return c.outcome !== 'pass' && /^(pinned events )?not evaluated\b/.test(c.detail);
}
function decisionCauses(checks, outcome) {
    const at = checks.filter((c) => c.outcome === outcome);
    const ran = at.filter((c) => !isNotEvaluated(c));
    if (ran.length === 0)
        return { causes: at, notEvaluated: [] };
    return { causes: ran, notEvaluated: at.filter(isNotEvaluated) };
}
/** `16 checks could not run without it` (it: one cause; them: several). */
function foldedNote(d) {
    const n = d.notEvaluated.length;
    if (n === 0)
        return '';
    return `${n} ${n === 1 ? 'check' : 'checks'} could not run without ${d.causes.length === 1 ? 'it' : 'them'}`;
}
const MAX_WORDS = 240;
/**
 * What failed, in words, for an allowed claim (never check ids): the first cause's own detail, and how
 * many more there are.
 */
function causeWords(checks, outcome) {
    const d = decisionCauses(checks, outcome);
    const first = d.causes[0];
    if (!first)
        return '';
    let words = first.detail.replace(/\s+/g, ' ').trim();
    if (words.length > MAX_WORDS)
        words = `${words.slice(0, MAX_WORDS - 1)}…`;
    const more = d.causes.length - 1;
    return more > 0 ? `${words} (and ${more} more ${more === 1 ? 'finding' : 'findings'})` : words;
}


/***/ }),

/***/ 46386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $b: () => (/* binding */ leafPattern),
/* harmony export */   FQ: () => (/* binding */ leaves),
/* harmony export */   Y0: () => (/* binding */ selfReportedRule),
/* harmony export */   xi: () => (/* binding */ conditionalRule)
/* harmony export */ });
/* unused harmony exports SELF_REPORTED, CONDITIONAL */
/**
 * The verifier's rule (DESIGN §0), as data: every leaf of a receipt is either re-derived by `verify`
 * and compared, or named here and rendered labelled "self-reported". docs/verifier-rule.md explains
 * each entry; __tests__/receipt-leaves.test.ts flips every leaf of a fresh receipt and proves it.
 *
 * Leaf paths are written `a.b[0].c`; patterns use `[]` for any array index and `*` for any record key.
 */
/** Leaves the verifier cannot re-derive from anything it holds: always shown as the producer's word. */
const SELF_REPORTED = [
    { pattern: 'receipt_id', why: 'a random identifier the producer chose; it is not bound' },
    { pattern: 'issued_at', why: "the producer's clock; never the verification clock" },
    { pattern: 'producer.version', why: 'the version the producer says it ran' },
    { pattern: 'attestation_result.verifier.version', why: "the version of the producer's own verifier" },
    { pattern: 'attestation_result.evidence[].source', why: 'which evidence source the producer says it used (`tsm`, `file:...`)' },
    { pattern: 'benchmark_result.id', why: "the benchmark file's name as given (its bytes are bound, its name is not)" },
    { pattern: 'deployment.runner.*', why: 'runner facts from the producer environment' },
    { pattern: 'deployment.provider', why: 'the provider named by the producer environment' },
    { pattern: 'deployment.storage.kind', why: 'the storage kind the producer stated' },
    { pattern: 'policy_decision.appraised_by', why: 'who the producer says appraised its decision' },
    { pattern: 'struck_claims[].sentence', why: "a sentence from the producer's text, which the verifier does not have" },
    { pattern: 'struck_claims[].source', why: "where the producer's text came from" },
    { pattern: 'struck_claims[].line', why: "the line in the producer's text" },
];
/**
 * Leaves re-derived only in some runs: they are compared when the condition holds, and otherwise
 * rendered labelled self-reported with the reason.
 */
const CONDITIONAL = [
    { pattern: 'workload.kind', when: 'verify is given --workload', why: 'not re-hashed (no --workload)' },
    { pattern: 'workload.name', when: 'verify is given --workload', why: 'not re-hashed (no --workload)' },
    { pattern: 'workload.bytes', when: 'verify is given --workload', why: 'not re-hashed (no --workload)' },
    { pattern: 'input.bytes', when: 'verify is given --inputs', why: 'not re-hashed (no --inputs)' },
    { pattern: 'outputs.bytes', when: 'verify is given --outputs', why: 'not re-hashed (no --outputs)' },
    { pattern: 'policy_decision.status', when: "the verifier's policy is the producer's", why: "the producer's decision under its own policy (the verifier ran a different one)" },
    { pattern: 'policy_decision.reason', when: "the verifier's policy is the producer's", why: "the producer's decision under its own policy (the verifier ran a different one)" },
    { pattern: 'policy_decision.checks[].*', when: "the verifier's policy is the producer's", why: "the producer's checks under its own policy (the verifier ran a different one)" },
    { pattern: 'claim_tier', when: "the verifier's policy is the producer's", why: "the producer's claim under its own policy (the verifier ran a different one)" },
    { pattern: 'allowed_claim', when: "the verifier's policy is the producer's", why: "the producer's claim under its own policy (the verifier ran a different one)" },
    { pattern: 'execution.session', when: "the replayed RTMR3 log holds this job's begin event", why: 'the session names no begin event that the quote replays' },
    { pattern: 'execution.tier_reason', when: "the verifier's policy is the producer's", why: "why the producer's policy reached the execution tier or not (the verifier ran a different one)" },
    { pattern: 'struck_claims[].category', when: "the verifier's linter flags the sentence on its own", why: "the producer's linter finding, not reproduced from the sentence alone" },
    { pattern: 'struck_claims[].rule', when: "the verifier's linter flags the sentence on its own", why: "the producer's linter finding, not reproduced from the sentence alone" },
    { pattern: 'struck_claims[].rewrite', when: "the verifier's linter flags the sentence on its own", why: "the producer's linter finding, not reproduced from the sentence alone" },
    { pattern: 'struck_claims[].why', when: "the verifier's linter flags the sentence on its own", why: "the producer's linter finding, not reproduced from the sentence alone" },
];
/** `a.b[3].c` -> `a.b[].c` */
function leafPattern(path) {
    return path.replace(/\[\d+\]/g, '[]');
}
function matches(pattern, path) {
    const p = leafPattern(path);
    if (pattern === p)
        return true;
    if (pattern.endsWith('.*')) {
        const base = pattern.slice(0, -2);
        return p.startsWith(base + '.') || p.startsWith(base + '[');
    }
    return false;
}
function selfReportedRule(path) {
    return SELF_REPORTED.find((r) => matches(r.pattern, path)) ?? null;
}
function conditionalRule(path) {
    return CONDITIONAL.find((r) => matches(r.pattern, path)) ?? null;
}
/** Every leaf (string, number, boolean, null) of a JSON value, array elements included. */
function leaves(v, path = '') {
    if (v === null || typeof v !== 'object')
        return [{ path, value: v }];
    if (Array.isArray(v))
        return v.flatMap((x, i) => leaves(x, `${path}[${i}]`));
    return Object.entries(v).flatMap(([k, x]) => leaves(x, path ? `${path}.${k}` : k));
}


/***/ }),

/***/ 66134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LY: () => (/* binding */ replayDeniedClaim),
/* harmony export */   Qc: () => (/* binding */ foldedFields),
/* harmony export */   _v: () => (/* binding */ replayCauses),
/* harmony export */   mB: () => (/* binding */ causeLine)
/* harmony export */ });
/* harmony import */ var _leaves_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46386);

const ROLE_KEY = {
    workload: { leaf: 'workload', digest: 'workload_digest', binding: ['binding.workload_digest', 'binding.workload_manifest_digest'], files: ['workload.SHA256SUMS', 'workload.statement.json'] },
    inputs: { leaf: 'input', digest: 'input_commitment', binding: ['binding.input_commitment', 'binding.input_manifest_digest'], files: [] },
    outputs: { leaf: 'outputs', digest: 'output_digest', binding: ['binding.output_digest', 'binding.output_manifest_digest'], files: ['outputs.SHA256SUMS'] },
};
/** Fields that follow from any change to what is bound: the binding's hashes, the evidence's binding, the decision and the claim. */
function followsFromBinding(field) {
    if (field === 'file binding.json')
        return true;
    const p = (0,_leaves_js__WEBPACK_IMPORTED_MODULE_0__/* .leafPattern */ .$b)(field.replace(/ \(count\)$/, ''));
    if (p === 'binding.report_data' || p === 'binding.gpu_nonce' || p === 'job_id')
        return true;
    if (/^attestation_result\.evidence\[\]\.(verified|status|binding_matches|detail)$/.test(p))
        return true;
    if (p.startsWith('runtime_measurement'))
        return true;
    // The two-phase flow's events are replayed against the recomputed binding (docs/execution.md).
    if (p.startsWith('execution.'))
        return true;
    if (p === 'claim_tier' || p === 'allowed_claim')
        return true;
    return /^policy_decision\.(status|reason|checks)/.test(p);
}
function followsFromTree(field, t) {
    const k = ROLE_KEY[t];
    if (field === k.digest || field.startsWith(`${k.leaf}.`) || k.binding.includes(field))
        return true;
    return k.files.some((f) => field === `file ${f}`);
}
const TREE_FILE_DETAIL = {
    FAILED: 'its bytes differ from the receipt',
    added: 'on disk, not in the receipt',
    missing: 'in the receipt, not on disk',
    renamed: 'same bytes under another name',
};
/** A receipt-directory mismatch as a cause line: the file it was found in, first. */
function ownCause(m) {
    const isFile = m.field.startsWith('file ');
    const file = isFile ? m.field.slice('file '.length) : 'receipt.json';
    const status = isFile && m.expected === 'present' && m.actual === 'missing' ? 'missing' : 'FAILED';
    return {
        file,
        tree: null,
        status,
        detail: isFile ? m.cause : `${m.field}: ${m.cause}`,
        field: m.field,
        expected: m.expected,
        actual: m.actual,
    };
}
/**
 * Order the replay's findings cause first. `changes` holds, per tree the verifier re-hashed, the
 * files that differ from the receipt's manifest; `manifestEdited` the trees whose saved manifest
 * itself differs from the receipt (then what follows from that tree is folded under that file).
 */
function replayCauses(changes, mismatches) {
    const causes = [];
    const trees = [];
    for (const t of ['workload', 'inputs', 'outputs']) {
        const cs = changes[t] ?? [];
        if (cs.length)
            trees.push(t);
        for (const c of cs) {
            causes.push({
                file: c.name,
                tree: t,
                status: c.status,
                ...(c.from !== undefined ? { from: c.from } : {}),
                detail: `${t}: ${TREE_FILE_DETAIL[c.status]}`,
                field: null,
                expected: c.expected ?? null,
                actual: c.actual ?? null,
            });
        }
    }
    // A saved manifest that differs from the receipt explains what follows from its tree too.
    const edited = new Set();
    for (const t of ['workload', 'inputs', 'outputs']) {
        if (mismatches.some((m) => m.field === `file ${t}.manifest.json` || m.field === `${t}.manifest`))
            edited.add(t);
    }
    const explained = [...new Set([...trees, ...edited])];
    const derived = [];
    const own = [];
    for (const m of mismatches) {
        const isEditedManifest = [...edited].some((t) => m.field === `file ${t}.manifest.json` || m.field === `${t}.manifest`);
        if (!isEditedManifest && explained.length && (followsFromBinding(m.field) || explained.some((t) => followsFromTree(m.field, t))))
            derived.push(m);
        else
            own.push(m);
    }
    causes.push(...own.map(ownCause));
    return { causes, derived, trees };
}
/** `predictions.jsonl: FAILED (outputs: its bytes differ from the receipt)`: the file first. */
function causeLine(c) {
    const what = c.status === 'renamed' ? `renamed from ${c.from}` : c.status;
    return `${c.file}: ${what} (${c.detail})`;
}
/** Derived fields named once each: per-check and per-evidence leaves folded into their parent. */
function foldedFields(derived) {
    const out = [];
    for (const m of derived) {
        const f = m.field
            .replace(/ \(count\)$/, '')
            .replace(/^(policy_decision\.checks)\[\d+\].*$/, '$1')
            .replace(/^(attestation_result\.evidence\[\d+\])\..*$/, '$1')
            .replace(/^(runtime_measurement)\..*$/, '$1')
            .replace(/^(execution\.(begin|seal))\..*$/, '$1');
        if (!out.includes(f))
            out.push(f);
    }
    return out;
}
const TREE_WORDS = { workload: 'the workload', inputs: 'the inputs', outputs: 'the outputs' };
/**
 * The allowed claim when the replay found a mismatch: what failed, in words (never a list of check
 * ids), and that nothing about the job may be claimed on the strength of this receipt.
 */
function replayDeniedClaim(rc, jobLabel) {
    const job = jobLabel;
    if (rc.trees.length) {
        const which = rc.trees.map((t) => TREE_WORDS[t]);
        const list = which.length === 1 ? which[0] : `${which.slice(0, -1).join(', ')} and ${which[which.length - 1]}`;
        const files = rc.causes.filter((c) => c.tree !== null);
        const named = files.slice(0, 3).map((c) => `${c.file} ${c.status === 'renamed' ? `renamed from ${c.from}` : c.status}`);
        const more = files.length > 3 ? ` and ${files.length - 3} more` : '';
        return (`The verifier re-hashed the files of ${job}, and ${list} differ from the receipt (${named.join(', ')}${more}); ` +
            'no claim about this job is allowed on the strength of this receipt.');
    }
    const first = rc.causes[0];
    const where = first ? ` (first: ${first.file}${first.field && first.field.startsWith('file ') ? '' : first.field ? `, ${first.field}` : ''})` : '';
    return (`The verifier replayed the receipt of ${job} and it differs from what the verifier re-derived${where}; ` +
        'no claim about this job is allowed on the strength of this receipt.');
}


/***/ })

};
