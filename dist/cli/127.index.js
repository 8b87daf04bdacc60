export const id = 127;
export const ids = [127,508];
export const modules = {

/***/ 40508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cmdHash: () => (/* binding */ cmdHash)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77593);
/* harmony import */ var _clean_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64953);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63379);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71604);
/* harmony import */ var _style_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(51715);
/* harmony import */ var _util_progress_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(65365);
/* harmony import */ var _digest_digest_tree_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(31786);
/* harmony import */ var _digest_resolve_paths_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(29425);
// `compute-receipt hash`: kept apart from commands.ts so that hashing loads the digest engine and
// little else (no receipt pipeline, no renderers): its start-up is part of every hash's time.









async function cmdHash(argv) {
    const { values: v, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)('hash', argv, (0,_spec_js__WEBPACK_IMPORTED_MODULE_3__/* .optionsOf */ .cz)('hash'), true);
    if (positionals.length === 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('USAGE', 'hash needs at least one path');
    const method = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)('serialization', (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(v['serialization']), _spec_js__WEBPACK_IMPORTED_MODULE_3__/* .SERIALIZATIONS */ .GI, 'files');
    const roots = (0,_digest_resolve_paths_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveAll */ .W)(process.cwd(), positionals, 'hash');
    const progress = (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .progressFor */ .L7)(v['json'] === true || v['quiet'] === true);
    const tree = await (0,_util_progress_js__WEBPACK_IMPORTED_MODULE_8__/* .tracked */ .rX)(progress, 'hash', (p) => (0,_digest_digest_tree_js__WEBPACK_IMPORTED_MODULE_6__/* .digestTree */ .hW)(roots, {
        allowSymlinks: v['allow-symlinks'] === true,
        ignorePaths: (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)(v['ignore']),
        method,
        ...p,
    }));
    if (v['json']) {
        // Written in pieces: a tree of 100,000 files would otherwise be one string of many MB.
        const head = JSON.stringify({ digest: tree.digest, serialization: tree.serialization, files: [] }, null, 2);
        const open = head.slice(0, head.lastIndexOf('[') + 1);
        let buf = open;
        for (let k = 0; k < tree.resources.length; k++) {
            const r = tree.resources[k];
            // The layout of JSON.stringify(…, null, 2) at this depth (a test holds them equal).
            buf += `${k === 0 ? '' : ','}\n    {\n      "name": ${JSON.stringify(r.name)},\n      "size": ${r.size},\n      "sha256": "${r.sha256}"\n    }`;
            if (buf.length >= 1 << 16) {
                await (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .outPiece */ .L)(buf);
                buf = '';
            }
        }
        (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .out */ .FD)(buf + (tree.resources.length ? '\n  ]\n}\n' : ']\n}\n'));
    }
    else if (v['quiet']) {
        (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .out */ .FD)(`${tree.digest}\n`);
    }
    else {
        (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .out */ .FD)(`${tree.digest}  ${(0,_style_js__WEBPACK_IMPORTED_MODULE_5__/* .count */ .U9)(tree.files, 'file')}, ${(0,_style_js__WEBPACK_IMPORTED_MODULE_5__/* .count */ .U9)(tree.bytes, 'byte')}\n`);
        let buf = '';
        for (const r of tree.resources) {
            buf += `  ${r.sha256}  ${(0,_clean_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .u)(r.name)}\n`;
            if (buf.length >= 1 << 16) {
                await (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .outPiece */ .L)(buf);
                buf = '';
            }
        }
        (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .out */ .FD)(buf);
    }
    return 0;
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


/***/ })

};
