export const id = 675;
export const ids = [675];
export const modules = {

/***/ 76675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportError: () => (/* binding */ reportError)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86416);


/** One clear line on stderr, never a stack trace: exit 2 for bad input, 2 for anything unexpected too. */
function reportError(e) {
    if (e instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz) {
        // Messages quote user-given names: workflow-command markers and bidi controls are neutralised.
        process.stderr.write(`compute-receipt: error: ${(0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .clean */ .uH)(e.message)}\n`);
        return 2;
    }
    const err = e;
    if (err && err.code === 'EPIPE')
        return 0;
    const msg = (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(err?.message ?? String(e));
    process.stderr.write(`compute-receipt: internal error: ${(0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .clean */ .uH)(msg)}\n`);
    if (process.env['COMPUTE_RECEIPT_DEBUG'] && e instanceof Error && e.stack)
        process.stderr.write(e.stack + '\n');
    return 2;
}


/***/ }),

/***/ 86416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uH: () => (/* binding */ clean),
  S5: () => (/* binding */ renderText),
  vs: () => (/* binding */ renderVerifyText)
});

// UNUSED EXPORTS: SELF_REPORTED_LABEL, renderMismatch, selfReportedTag

;// CONCATENATED MODULE: ./src/report/escape.ts
/**
 * Escaping for text that came from outside the project (file names, PR text, policy messages,
 * evidence fields) before it is placed in a job summary, a PR comment or the runner's log.
 *
 * GitHub renders summaries and comments as GitHub Flavored Markdown with inline HTML, then links
 * `@mentions` and `#refs`, and renders `$…$` as math. An untrusted string must stay one run of plain
 * text in all of those: it must not open a tag, a table cell, a list, a heading, a link, a code span,
 * or ping anyone. The runner reads `::command::` lines in the log as workflow commands.
 */
const ZWJ = '\u200d';
const ZWSP = '\u200b';
/**
 * Bidirectional controls (embeddings, overrides, isolates, marks): a right-to-left override in a file
 * name can make `gpj.exe` read as `exe.jpg`. They are shown as visible `<U+202E>` text instead.
 */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function neutralizeBidi(s) {
    return s.replace(BIDI, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}
/**
 * Workflow-command markers: the runner reads `::name ...::` and `##[name]` ANYWHERE in a log line,
 * not only at its start. A zero-width space between the two characters leaves the text readable
 * and inert.
 */
function neutralizeWorkflowCommands(s) {
    return s.replace(/::/g, ':' + ZWSP + ':').replace(/##\[/g, '#' + ZWSP + '#[');
}
/** Remove control characters (line breaks become spaces so a value stays on its line); show bidi controls. */
function stripControl(s) {
    return neutralizeBidi(s.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '').replace(/\t/g, ' '));
}
/** HTML only: `& < > " '` become character references. */
function escapeHtml(s) {
    return s.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}
const HTML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/**
 * `@name` would notify a user or team: break the mention with a zero-width joiner after the `@`.
 * An `@` right after a letter or digit (`policy@sha256:…`, `a@b.example`) is not a mention.
 */
function neutralizeMentions(s) {
    return s.replace(/(^|[^A-Za-z0-9])@(?=[A-Za-z0-9_-])/g, '$1@' + ZWJ);
}
/**
 * Markdown and HTML, for untrusted text placed inline (a paragraph, a list item, a table cell, or
 * inside an inline HTML element such as `<code>`): control characters removed, HTML characters as
 * references, every Markdown punctuation character that can start a structure backslash-escaped,
 * and mentions broken. The result is one line.
 */
function escapeMarkdown(s) {
    let out = stripControl(s);
    // The characters that open emphasis, code spans, links, images, footnotes, table cells,
    // strikethrough, headings and math.
    out = out.replace(/[\\`*_[\]#|~$]/g, (c) => '\\' + c);
    // At the start of a line, `-`, `+`, `=` or `1.` / `1)` would open a list, a rule or a heading.
    out = out.replace(/^(\s*)([-+=])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
    // HTML last: its references contain `#`, which must not be escaped again. Quotes stay as they
    // are: untrusted text is never placed inside an attribute, and prose keeps its apostrophes.
    return neutralizeMentions(out.replace(/[&<>]/g, (c) => HTML_ENTITIES[c]));
}
/** Inline code look without a Markdown code span (which untrusted backticks could close). */
function codeText(s) {
    return `<code>${escapeMarkdown(s)}</code>`;
}
/**
 * Text for `core.info` and friends: every `::` and `##[` in every line is broken (the runner matches
 * them anywhere in a line), other control characters removed and bidi controls shown, so untrusted
 * text is printed, never run.
 */
function escapeLogCommand(s) {
    return s
        .split(/\r\n|\r|\n/)
        .map((line) => neutralizeWorkflowCommands(neutralizeBidi(line.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\uFFFD'))))
        .join('\n');
}
/** Clamp a raw (unescaped) value to at most `max` code points, marking the cut; escape afterwards. */
function clamp(s, max) {
    const cps = Array.from(s);
    return cps.length <= max ? s : cps.slice(0, Math.max(0, max - 1)).join('') + '…';
}
/** Untrusted value for a summary: clamped, then escaped for Markdown and HTML. */
function md(s, max = 500) {
    if (s === null || s === undefined || s === '')
        return '—';
    return escapeMarkdown(clamp(s, max));
}

// EXTERNAL MODULE: ./src/cli/style.ts
var cli_style = __webpack_require__(51715);
;// CONCATENATED MODULE: ./src/cli/render.ts


/**
 * Make untrusted text safe for a terminal or a CI log: control characters (ANSI escapes included)
 * become U+FFFD, bidi controls are shown as `<U+202E>`, and `::` and `##[` are broken with a
 * zero-width space wherever they occur, so no name can pose as a runner workflow command
 * (`::error::`, `::add-mask::`, `##[set-output]`, ...) when the CLI runs in GitHub Actions.
 */
function clean(s) {
    return neutralizeWorkflowCommands(neutralizeBidi(s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\uFFFD')));
}
function n(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
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
    const st = opts.style ?? cli_style/* PLAIN */.tZ;
    L.push(opts.title ?? 'compute receipt');
    L.push('='.repeat((opts.title ?? 'compute receipt').length));
    L.push(`decision     ${st.bold(mark(st, d.status))} under policy ${clean(d.policy_id)} v${d.policy_version} (${d.policy_digest.slice(0, 19)}…)`);
    L.push(`appraised by ${d.appraised_by === 'self' ? 'the attested job itself (self-appraised: replay with a separate verifier before relying on it)' : 'a verifier that re-derived the receipt'}`);
    if (opts.producer) {
        const p = opts.producer;
        L.push(`producer     ${MARK[p.status]} under policy ${clean(p.policy_id)}, claim tier ${p.claim_tier}, appraised by ${p.appraised_by} (${SELF_REPORTED_LABEL}` +
            `${p.compared ? '; re-derived by the verifier under the same policy' : "; not compared: the verifier ran a different policy"})`);
    }
    L.push(`claim tier   ${r.claim_tier}`);
    L.push('');
    L.push('allowed claim:');
    L.push(`  ${clean(r.allowed_claim)}`);
    L.push('');
    L.push('job (digests)');
    L.push(`  job          ${clean(r.job_id)}`);
    L.push(`  receipt      ${r.receipt_id}${verifyMode ? ` (${SELF_REPORTED_LABEL})` : ''}`);
    L.push(`  issued at    ${clean(r.issued_at)} (${SELF_REPORTED_LABEL})`);
    L.push(`  producer     ${clean(r.producer.name)} ${clean(r.producer.version)}, its verifier ${clean(r.attestation_result.verifier.version)} (${SELF_REPORTED_LABEL})`);
    const wl = sr('workload.kind') || sr('workload.name') || sr('workload.bytes');
    L.push(`  workload     ${r.workload_digest}  (${r.workload.kind} ${clean(r.workload.name)}, ${n(r.workload.files, 'file')}, ${n(r.workload.bytes, 'byte')})${wl}`);
    L.push(`  inputs       ${r.input_commitment}  (${r.input.scheme}, ${n(r.input.files, 'file')}, ${n(r.input.bytes, 'byte')})${sr('input.bytes')}`);
    L.push(`  outputs      ${r.output_digest}  (${n(r.outputs.files, 'file')}, ${n(r.outputs.bytes, 'byte')})${sr('outputs.bytes')}`);
    L.push(`  report_data  ${r.binding.report_data.slice(0, 32)}…`);
    const ignored = ['workload', 'input', 'outputs']
        .map((k) => [k, r[k].serialization.ignore_paths.filter((p) => !DEFAULT_IGNORE_NAMES.has(p))])
        .filter(([, ps]) => ps.length > 0);
    for (const [k, ps] of ignored)
        L.push(`  ignored      ${k}: ${ps.map((p) => clean(JSON.stringify(p))).join(', ')}`);
    L.push('runtime (attestation: runtime or environment evidence only)');
    L.push(`  measurement  ${r.runtime_measurement.type}${r.runtime_measurement.measurement_digest ? ` ${r.runtime_measurement.measurement_digest}` : ''}`);
    if (r.attestation_result.evidence.length === 0)
        L.push('  no evidence presented');
    for (const [i, e] of r.attestation_result.evidence.entries()) {
        L.push(`  ${clean(e.format)}${e.kind ? ` (${e.kind})` : ''} from ${clean(e.source)}${sr(`attestation_result.evidence[${i}].source`)}: ${e.status}, binding ${e.binding_matches === null ? 'not checked' : e.binding_matches ? 'matches' : 'DOES NOT MATCH'}`);
        L.push(`    ${clean(e.detail)}`);
    }
    if (r.execution) {
        const x = r.execution;
        L.push(`  execution    begin ${x.begin ? `event ${x.begin.index}` : 'MISSING'}, seal ${x.seal ? `event ${x.seal.index}` : 'MISSING'} in RTMR3; ${x.other_events.length} other RTMR3 event(s)`);
        for (const e of x.other_events.slice(0, 20))
            L.push(`    other event ${e.index}: ${e.name === null ? '(unnamed)' : clean(e.name)} ${e.digest.slice(0, 24)}…`);
        L.push(`    ${clean(x.tier_reason)}`);
    }
    L.push('capacity (benchmark: context only, not evidence)');
    L.push(r.benchmark_result ? `  ${clean(r.benchmark_result.id)} ${r.benchmark_result.digest}${sr('benchmark_result.id') ? ` (name ${SELF_REPORTED_LABEL})` : ''}` : '  none given');
    L.push(`deployment (${SELF_REPORTED_LABEL})`);
    const runner = Object.entries(r.deployment.runner);
    L.push(`  runner       ${runner.length ? runner.map(([k, v]) => `${clean(k)}=${clean(v)}`).join(', ') : '—'} (${SELF_REPORTED_LABEL})`);
    L.push(`  provider     ${r.deployment.provider === null ? '—' : clean(r.deployment.provider)} (${SELF_REPORTED_LABEL})`);
    L.push(`  storage      ${r.deployment.storage.kind} (${SELF_REPORTED_LABEL}): ${clean(r.deployment.storage.note)}`);
    L.push('');
    L.push('checks:');
    for (const c of d.checks)
        L.push(`  ${mark(st, c.outcome)}  ${clean(c.id)}: ${clean(c.detail)}`);
    L.push('');
    L.push('blocked claims (never repeat these):');
    for (const b of r.blocked_claims)
        L.push(`  - ${clean(b)}`);
    if (r.struck_claims.length) {
        L.push('');
        L.push(`struck sentences from the text supplied to the producer${verifyMode ? ` (sentences, sources and lines ${SELF_REPORTED_LABEL})` : ''}:`);
        for (const [i, s] of r.struck_claims.entries()) {
            const tag = verifyMode ? ` (${SELF_REPORTED_LABEL})` : '';
            L.push(`  - ${clean(s.source)}:${s.line} [${clean(s.category)}] ${clean(s.sentence)}${tag}`);
            L.push(`    rewrite: ${clean(s.rewrite)}${sr(`struck_claims[${i}].rewrite`)}`);
            L.push(`    why: ${clean(s.why)}${sr(`struck_claims[${i}].why`)}`);
        }
    }
    return L.join('\n') + '\n';
}
const DEFAULT_IGNORE_NAMES = new Set(['.git', '.gitattributes', '.github', '.gitignore']);
/** One mismatch line: the field, the receipt's value, the verifier's re-derived value, and how. */
function renderMismatch(m) {
    return `MISMATCH ${clean(m.field)}: receipt has ${clean(String(m.expected))}, verifier re-derived ${clean(String(m.actual))} (${clean(m.cause)})`;
}
/** What `verify` prints: the verifier's own view with self-reported values labelled, then mismatches and notes. */
function renderVerifyText(r, style = cli_style/* PLAIN */.tZ) {
    let out = renderText(r.appraised, { title: 'compute receipt (replayed by the verifier)', unverified: r.unverified, producer: r.producer, style });
    out += '\n';
    if (r.mismatches.length === 0)
        out += 'replay: no mismatch\n';
    for (const m of r.mismatches)
        out += renderMismatch(m) + '\n';
    out += `leaves: ${r.leaves.total} in the receipt, ${r.leaves.compared} re-derived and compared, ${r.leaves.self_reported} ${SELF_REPORTED_LABEL}\n`;
    for (const n of r.notes)
        out += `note: ${clean(n)}\n`;
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

/***/ 70017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BF: () => (/* binding */ VerifierUnavailableError),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   q: () => (/* binding */ q)
/* harmony export */ });
class InputError extends Error {
    code;
    constructor(code, message) {
        super(oneLine(message));
        this.name = 'InputError';
        this.code = code;
    }
}
class VerifierUnavailableError extends Error {
    code = 'VERIFIER_UNAVAILABLE';
    constructor(message) {
        super(oneLine(message));
        this.name = 'VerifierUnavailableError';
    }
}
/** Collapse any control characters so an error is always one printable line. */
function oneLine(s) {
    return s.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}
/** Render a user-supplied name for an error line: JSON-quoted, so control bytes cannot break the line. */
function q(name) {
    return JSON.stringify(name);
}


/***/ })

};
