export const id = 307;
export const ids = [307];
export const modules = {

/***/ 64953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ clean)
});

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

;// CONCATENATED MODULE: ./src/cli/clean.ts

/**
 * Make untrusted text safe for a terminal or a CI log: control characters (ANSI escapes included)
 * become U+FFFD, bidi controls are shown as `<U+202E>`, and `::` and `##[` are broken with a
 * zero-width space wherever they occur, so no name can pose as a runner workflow command
 * (`::error::`, `::add-mask::`, `##[set-output]`, ...) when the CLI runs in GitHub Actions.
 */
function clean(s) {
    return neutralizeWorkflowCommands(neutralizeBidi(s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\uFFFD')));
}


/***/ }),

/***/ 76675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportError: () => (/* binding */ reportError)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94984);


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
