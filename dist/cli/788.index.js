export const id = 788;
export const ids = [788];
export const modules = {

/***/ 77593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ hexArg),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   pe: () => (/* binding */ parseTime),
/* harmony export */   qg: () => (/* binding */ parse),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);


/** Strict argv parsing: an unknown flag, a missing value or a stray argument is a usage error (exit 2). */
function parse(command, argv, options, allowPositionals) {
    try {
        const r = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options, allowPositionals, strict: true });
        return { values: r.values, positionals: r.positionals };
    }
    catch (e) {
        const msg = e.message.split('\n')[0] ?? 'bad arguments';
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('USAGE', `${command}: ${msg.replace(/\. To specify a positional argument.*$/, '')} (see compute-receipt ${command} --help)`);
    }
}
function str(v) {
    return typeof v === 'string' ? v : undefined;
}
function list(v) {
    if (Array.isArray(v))
        return v;
    if (typeof v === 'string')
        return [v];
    return [];
}
function oneOf(flag, v, allowed, dflt) {
    if (v === undefined)
        return dflt;
    if (allowed.includes(v))
        return v;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('USAGE', `--${flag} must be one of ${allowed.join(', ')} (got ${JSON.stringify(v)})`);
}
function parseTime(flag, v) {
    if (v === undefined)
        return undefined;
    const d = new Date(v);
    if (Number.isNaN(d.getTime()))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('USAGE', `--${flag} is not a time: ${JSON.stringify(v)} (use ISO 8601, e.g. 2026-01-31T12:00:00Z)`);
    return d;
}
function hexArg(flag, v, bytes) {
    if (v === undefined)
        return undefined;
    const h = v.trim().toLowerCase();
    if (!/^[0-9a-f]*$/.test(h) || h.length !== bytes * 2) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('USAGE', `--${flag} must be exactly ${bytes} bytes as ${bytes * 2} hex digits`);
    }
    return Buffer.from(h, 'hex');
}


/***/ }),

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

/***/ 71604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ out),
/* harmony export */   L: () => (/* binding */ outPiece),
/* harmony export */   L7: () => (/* binding */ progressFor),
/* harmony export */   yR: () => (/* binding */ readText)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_read_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45201);
/* harmony import */ var _util_progress_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65365);
// Output and file reading shared by the CLI commands. Kept apart from commands.ts so that `lint`
// (cli/lint.ts) can use them without loading the other commands.



function out(s) {
    process.stdout.write(s);
}
/** A regular text file named on the command line (relative to the working directory), capped. */
async function readText(path, what, maxBytes) {
    return (0,_util_read_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readRegularText */ .Aj)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(path), { maxBytes, what, shown: path });
}
/** Hashing progress on stderr: a live line on a terminal, a line every few seconds in Actions. */
function progressFor(quiet) {
    return (0,_util_progress_js__WEBPACK_IMPORTED_MODULE_2__/* .progressHook */ .pE)((0,_util_progress_js__WEBPACK_IMPORTED_MODULE_2__/* .progressMode */ .Zo)({ isTTY: process.stderr.isTTY === true, env: process.env, quiet }), (s) => process.stderr.write(s));
}
/**
 * Write in pieces with backpressure: on a pipe stdout is asynchronous, and a reader slower than the
 * writer (`hash --json | jq`) would otherwise leave the whole output queued in memory.
 */
async function outPiece(s) {
    if (process.stdout.write(s))
        return;
    await new Promise((resolve) => {
        const done = () => {
            process.stdout.off('drain', done);
            process.stdout.off('close', done);
            process.stdout.off('error', done);
            resolve();
        };
        process.stdout.on('drain', done);
        process.stdout.on('close', done);
        process.stdout.on('error', done);
    });
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


/***/ }),

/***/ 65365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zo: () => (/* binding */ progressMode),
/* harmony export */   pE: () => (/* binding */ progressHook),
/* harmony export */   rX: () => (/* binding */ tracked)
/* harmony export */ });
/* unused harmony exports progressInterval, createReporter, formatProgress, bytes */
/** Terminal: a live line; GitHub Actions: a log line every few seconds; otherwise nothing. */
function progressMode(e) {
    if (e.quiet)
        return 'off';
    if (e.isTTY)
        return 'tty';
    if (e.env['GITHUB_ACTIONS'] === 'true')
        return 'log';
    return 'off';
}
/** How often digestTree should report for a mode (ms). */
function progressInterval(mode) {
    return mode === 'tty' ? 200 : 1000;
}
function createReporter(o) {
    const now = o.now ?? (() => Date.now());
    const logEvery = o.logIntervalMs ?? 5000;
    const t0 = now();
    let hashStart = null;
    let lastLog = t0;
    let logged = false;
    let shown = false;
    let last = null;
    return {
        update(p) {
            if (o.mode === 'off')
                return;
            last = p;
            const t = now();
            if (p.phase === 'hash' && hashStart === null)
                hashStart = t;
            const line = formatProgress(o.label, p, hashStart === null ? 0 : t - hashStart);
            if (o.mode === 'tty') {
                o.write(`\r\x1b[K${line}`);
                shown = true;
            }
            else if (t - lastLog >= logEvery) {
                o.write(line + '\n');
                lastLog = t;
                logged = true;
            }
        },
        done() {
            if (o.mode === 'tty' && shown)
                o.write('\r\x1b[K');
            if (o.mode === 'log' && logged && last) {
                const ms = now() - (hashStart ?? t0);
                o.write(`${o.label}: hashed ${count(last.done)} ${last.unit}, ${bytes(last.bytesDone)} in ${seconds(ms)}\n`);
            }
        },
    };
}
/** One progress line (no trailing newline). `hashMs`: time since hashing began. */
function formatProgress(label, p, hashMs) {
    if (p.phase === 'walk')
        return `${label}: listing, ${count(p.done)} files so far`;
    const pct = p.bytesTotal > 0 ? Math.floor((100 * p.bytesDone) / p.bytesTotal) : p.total ? Math.floor((100 * p.done) / p.total) : 100;
    const parts = [`${label}: ${bytes(p.bytesDone)} / ${bytes(p.bytesTotal)} (${pct}%)`, `${count(p.done)} / ${count(p.total ?? 0)} ${p.unit}`];
    if (hashMs >= 500 && p.bytesDone > 0) {
        const rate = p.bytesDone / (hashMs / 1000);
        parts.push(`${bytes(rate)}/s`);
        parts.push(`ETA ${seconds(((p.bytesTotal - p.bytesDone) / rate) * 1000)}`);
    }
    return parts.join(', ');
}
function count(n) {
    return Math.round(n).toLocaleString('en-US');
}
/** Decimal units, as disk and network rates are quoted. */
function bytes(n) {
    if (n < 1000)
        return `${Math.round(n)} B`;
    const units = ['kB', 'MB', 'GB', 'TB', 'PB'];
    let v = n / 1000;
    let u = 0;
    while (v >= 1000 && u < units.length - 1) {
        v /= 1000;
        u++;
    }
    return `${v.toFixed(v < 10 ? 2 : v < 100 ? 1 : 0)} ${units[u]}`;
}
function seconds(ms) {
    const s = Math.max(0, Math.round(ms / 1000));
    if (s < 60)
        return `${s} s`;
    const m = Math.floor(s / 60);
    if (m < 60)
        return `${m} min ${String(s % 60).padStart(2, '0')} s`;
    return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min`;
}
/** A hook for a mode, writing to `write` (stderr for the CLI, the log for the Action). */
function progressHook(mode, write) {
    if (mode === 'off')
        return undefined;
    return (label) => {
        const r = createReporter({ mode, label, write });
        return { onProgress: (p) => r.update(p), progressIntervalMs: progressInterval(mode), done: () => r.done() };
    };
}
/** Run one tree's hashing with its reporter (if any), and finish the reporter whatever happens. */
async function tracked(hook, label, run) {
    const h = hook?.(label);
    try {
        return await run(h ? { onProgress: h.onProgress, progressIntervalMs: h.progressIntervalMs } : {});
    }
    finally {
        h?.done();
    }
}


/***/ }),

/***/ 45201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aj: () => (/* binding */ readRegularText),
/* harmony export */   Cl: () => (/* binding */ READ_LIMITS),
/* harmony export */   GS: () => (/* binding */ readStreamCapped),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   cG: () => (/* binding */ readRegularFileSync)
/* harmony export */ });
/* unused harmony export formatBytes */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/**
 * The one way this tool reads a file (docs/safety.md, "Reading files").
 *
 * Every file is checked before it is opened and again through the opened descriptor: only a regular
 * file is read. A FIFO, socket, character or block device (`/dev/zero`, `/dev/stdin`), a directory,
 * or (where the caller asks for it) a symlink is refused with a coded InputError that names the file,
 * so the CLI prints one line and exits 2. The open uses O_NONBLOCK, so a name swapped for a FIFO
 * between the check and the open cannot block, and O_NOFOLLOW when symlinks are refused. Reading
 * stops at `maxBytes`: a file that is larger (by its size, or by what it yields) is refused with a
 * "larger than N" error before its contents are held in memory.
 *
 * A guard test (__tests__/read-file.test.ts) fails when any other module under src/ calls
 * readFile / readFileSync / createReadStream directly.
 */


const KiB = 1024;
const MiB = 1024 * KiB;
/** Size caps, one per kind of file the tool reads; each is far above any genuine file of the kind. */
const READ_LIMITS = {
    /** A policy YAML file. */
    policy: 1 * MiB,
    /** Claim-linter rules YAML (--claim-rules, lint --rules). */
    claimRules: 1 * MiB,
    /** User text to lint (--claims, lint FILE, lint on stdin). */
    claimText: 4 * MiB,
    /** --benchmark result file (copied into the receipt directory). */
    benchmark: 64 * MiB,
    /** One --certs file (PEM or DER). */
    cert: 1 * MiB,
    /** One --rim file (an NVIDIA RIM, a SWID tag of some tens of KiB). */
    rim: 4 * MiB,
    /** One file of --collateral (TCB info, QE identity, CRLs). */
    collateral: 16 * MiB,
    /** --input-key-file. */
    inputKey: 64 * KiB,
    /** One evidence file (quote, report, token set, evidence list). */
    evidence: 64 * MiB,
    /** receipt.json. */
    receipt: 64 * MiB,
    /** A manifest or other file inside a receipt directory (a manifest lists every file of a tree). */
    receiptDirFile: 512 * MiB,
    /** An OIDC key set (JWKS) or a saved OIDC token. */
    jwks: 1 * MiB,
    /** One PEM file of a --trust-roots directory. */
    trustRoot: 1 * MiB,
    /** The GitHub event payload (GITHUB_EVENT_PATH). */
    event: 64 * MiB,
    /** A configfs-tsm attribute (outblob, provider, generation). */
    configfs: 16 * MiB,
};
/** "64 MiB", "1 KiB", "512 bytes". */
function formatBytes(n) {
    if (n >= MiB && n % MiB === 0)
        return `${n / MiB} MiB`;
    if (n >= KiB && n % KiB === 0)
        return `${n / KiB} KiB`;
    return `${n} bytes`;
}
function label(path, o) {
    return `${o.what} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__.q)(o.shown ?? path)}`;
}
function tooLarge(path, o) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('FILE_TOO_LARGE', `${label(path, o)} is larger than ${formatBytes(o.maxBytes)}`);
}
function errnoError(e, path, o) {
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz)
        return e;
    const code = e?.code;
    switch (code) {
        case 'ENOENT':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('PATH_MISSING', `${label(path, o)} does not exist`);
        case 'ENOTDIR':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('PATH_MISSING', `${label(path, o)} does not exist (a part of the path is not a directory)`);
        case 'ELOOP':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('SYMLINK', o.noFollow ? `${label(path, o)} is a symlink, which is not allowed here` : `${label(path, o)} is a symlink loop`);
        case 'EISDIR':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('PATH_KIND', `${label(path, o)} is a directory, expected a regular file`);
        case 'EACCES':
        case 'EPERM':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('PATH_UNREADABLE', `${label(path, o)} cannot be read (permission denied)`);
        default:
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('PATH_UNREADABLE', `${label(path, o)} cannot be read (${code ?? String(e)})`);
    }
}
function kindOf(st) {
    if (st.isDirectory())
        return 'a directory';
    if (st.isFIFO())
        return 'a FIFO';
    if (st.isSocket())
        return 'a socket';
    if (st.isCharacterDevice())
        return 'a character device';
    if (st.isBlockDevice())
        return 'a block device';
    if (st.isSymbolicLink())
        return 'a symlink';
    return 'not a regular file';
}
/** Throws unless `st` is a regular file within the cap. */
function checkStat(st, path, o) {
    if (st.isSymbolicLink())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('SYMLINK', `${label(path, o)} is a symlink, which is not allowed here`);
    if (!st.isFile())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('PATH_KIND', `${label(path, o)} is ${kindOf(st)}, expected a regular file`);
    if (st.size > o.maxBytes)
        throw tooLarge(path, o);
}
function sameFile(a, b) {
    return a.dev === b.dev && a.ino === b.ino;
}
function openFlags(o) {
    return node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0) | (o.noFollow ? (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) : 0);
}
function checkOptions(path, o) {
    if (typeof path !== 'string' || path === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('USAGE', `empty path for ${o.what}`);
    if (!Number.isSafeInteger(o.maxBytes) || o.maxBytes < 0)
        throw new TypeError('readRegularFile: maxBytes must be a non-negative integer');
}
/**
 * Read a regular file whole, at most `maxBytes` bytes. The file is stat'ed before it is opened (a
 * device or FIFO is never opened) and fstat'ed after (it must be the same regular file). Reading
 * stops one byte past the cap, so a file that grows, or a file whose size the kernel does not
 * report (configfs, procfs), is still bounded.
 */
function readRegularFileSync(path, o) {
    checkOptions(path, o);
    let before;
    try {
        before = o.noFollow ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path) : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
    }
    catch (e) {
        throw errnoError(e, path, o);
    }
    checkStat(before, path, o);
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, openFlags(o));
    }
    catch (e) {
        throw errnoError(e, path, o);
    }
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        checkStat(st, path, o);
        if (!sameFile(before, st))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('FILE_CHANGED', `${label(path, o)} changed while being opened`);
        const chunks = [];
        let total = 0;
        for (;;) {
            const want = Math.min(Math.max(st.size - total, 64 * KiB), o.maxBytes + 1 - total, 16 * MiB);
            const buf = Buffer.allocUnsafe(want);
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, 0, want, null);
            if (n === 0)
                break;
            total += n;
            if (total > o.maxBytes)
                throw tooLarge(path, o);
            chunks.push(n === want ? buf : buf.subarray(0, n));
        }
        return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
    }
    catch (e) {
        throw errnoError(e, path, o);
    }
    finally {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
        catch {
            /* already failed */
        }
    }
}
/**
 * readRegularFileSync for async callers. The reads are synchronous on purpose: only regular files
 * are ever opened, so a read cannot block on a pipe or device, and one code path is easier to trust
 * than two.
 */
async function readRegularFile(path, o) {
    return readRegularFileSync(path, o);
}
/** readRegularFile decoded as UTF-8. */
async function readRegularText(path, o) {
    return (await readRegularFile(path, o)).toString('utf8');
}
/**
 * Read a stream (stdin) under the same cap: a pipe that never ends stops at `maxBytes` with the
 * same "larger than N" error instead of growing without bound.
 */
async function readStreamCapped(stream, o) {
    const chunks = [];
    let total = 0;
    for await (const c of stream) {
        const b = Buffer.isBuffer(c) ? c : Buffer.from(String(c), 'utf8');
        total += b.length;
        if (total > o.maxBytes)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('FILE_TOO_LARGE', `${o.what}${o.shown ? ` ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__.q)(o.shown)}` : ''} is larger than ${formatBytes(o.maxBytes)}`);
        chunks.push(b);
    }
    return Buffer.concat(chunks, total);
}


/***/ })

};
