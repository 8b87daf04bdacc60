export const id = 654;
export const ids = [654];
export const modules = {

/***/ 43069:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ canonicalBytes),
/* harmony export */   d: () => (/* binding */ canonicalize)
/* harmony export */ });
/**
 * RFC 8785 JSON Canonicalization Scheme.
 *
 * Keys are sorted by their UTF-16 code units (as the RFC specifies), numbers use the ECMAScript
 * shortest round-trip form (JSON.stringify's), strings use JSON.stringify's escaping (which the RFC
 * adopts). Non-finite numbers, undefined in arrays, functions, symbols and bigints are rejected.
 */
function canonicalize(value) {
    return ser(value);
}
function ser(v) {
    if (v === null)
        return 'null';
    switch (typeof v) {
        case 'boolean':
            return v ? 'true' : 'false';
        case 'number':
            if (!Number.isFinite(v))
                throw new TypeError('JCS: non-finite number');
            return JSON.stringify(v);
        case 'string':
            return JSON.stringify(v);
        case 'object': {
            if (Array.isArray(v)) {
                return '[' + v.map((x) => {
                    if (x === undefined || typeof x === 'function' || typeof x === 'symbol') {
                        throw new TypeError('JCS: unserializable array element');
                    }
                    return ser(x);
                }).join(',') + ']';
            }
            const obj = v;
            if (typeof obj.toJSON === 'function') {
                return ser(obj.toJSON());
            }
            const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort(compareUtf16);
            return '{' + keys.map((k) => JSON.stringify(k) + ':' + ser(obj[k])).join(',') + '}';
        }
        default:
            throw new TypeError(`JCS: cannot serialize ${typeof v}`);
    }
}
function compareUtf16(a, b) {
    // Plain comparison of JS strings is by UTF-16 code units, which is what RFC 8785 asks for.
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Canonical JSON as UTF-8 bytes. */
function canonicalBytes(value) {
    return Buffer.from(canonicalize(value), 'utf8');
}


/***/ }),

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

/***/ 31654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCommand: () => (/* binding */ runCommand),
/* harmony export */   s: () => (/* binding */ inputKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _binding_jcs_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(43069);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _util_read_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45201);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77593);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(94984);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(63379);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(71604);
/* harmony import */ var _receipt_replay_causes_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(66134);
/* harmony import */ var _style_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(51715);
/* harmony import */ var _policy_gate_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(55375);
/* harmony import */ var _util_progress_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(65365);













const STORAGE = ['ephemeral', 'persistent-provider-local', 'unknown'];
function deps(quiet = true) {
    const d = { cwd: process.cwd(), env: process.env, now: () => new Date() };
    const progress = quiet ? undefined : progressFor(false);
    if (progress)
        d.progress = progress;
    if (!quiet)
        d.note = (line) => process.stderr.write(`compute-receipt: ${(0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .clean */ .uH)(line)}\n`);
    return d;
}
const SERIALIZATION = ['files', 'shards'];
/** Hashing progress on stderr: a live line on a terminal, a line every few seconds in Actions. */
function progressFor(quiet) {
    return (0,_util_progress_js__WEBPACK_IMPORTED_MODULE_11__/* .progressHook */ .pE)((0,_util_progress_js__WEBPACK_IMPORTED_MODULE_11__/* .progressMode */ .Zo)({ isTTY: process.stderr.isTTY === true, env: process.env, quiet }), (s) => process.stderr.write(s));
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
function json(v) {
    (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .F)(JSON.stringify(v, null, 2) + '\n');
}
/** The input key: from a file, or COMPUTE_RECEIPT_INPUT_KEY; never from argv. */
async function inputKey(v) {
    const f = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['input-key-file']);
    if (f) {
        const k = await (0,_util_read_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegularFile */ .XF)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(f), { maxBytes: _util_read_file_js__WEBPACK_IMPORTED_MODULE_3__/* .READ_LIMITS */ .Cl.inputKey, what: 'input key file', shown: f });
        if (k.length === 0)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('USAGE', `input key file ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__.q)(f)} is empty`);
        return k;
    }
    const e = process.env['COMPUTE_RECEIPT_INPUT_KEY'];
    return e ? Buffer.from(e, 'utf8') : undefined;
}
async function runCommand(cmd, argv) {
    switch (cmd) {
        case 'create':
            return cmdCreate(argv);
        case 'verify':
            return cmdVerify(argv);
        case 'hash':
            return cmdHash(argv);
        case 'evidence':
            return cmdEvidence(argv);
        case 'lint':
            return (await __webpack_require__.e(/* import() */ 142).then(__webpack_require__.bind(__webpack_require__, 93761))).cmdLint(argv);
        case 'demo':
            return cmdDemo(argv);
        case 'policy':
            return (await __webpack_require__.e(/* import() */ 737).then(__webpack_require__.bind(__webpack_require__, 66737))).cmdPolicy(argv);
        case 'compare':
            return (await __webpack_require__.e(/* import() */ 513).then(__webpack_require__.bind(__webpack_require__, 89513))).cmdCompare(argv);
        case 'begin':
            return (await __webpack_require__.e(/* import() */ 635).then(__webpack_require__.bind(__webpack_require__, 635))).cmdBegin(argv, deps(argv.includes('--json') || argv.includes('--quiet')), _io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .F, (s) => process.stderr.write(s));
        default:
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('USAGE', `unknown command ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__.q)(cmd)} (see compute-receipt --help)`);
    }
}
async function cmdCreate(argv) {
    const { values: v } = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parse */ .qg)('create', argv, (0,_spec_js__WEBPACK_IMPORTED_MODULE_6__/* .optionsOf */ .cz)('create'), false);
    const sigFile = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['workload-signature']);
    const sigMaterial = ['workload-key', 'workload-cert-chain', 'workload-trusted-root'].filter((f) => (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v[f]) !== undefined);
    if (!sigFile && sigMaterial.length)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('USAGE', `--${sigMaterial[0]} needs --workload-signature (the model_signing bundle)`);
    const failOn = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .oneOf */ .yL)('fail-on', (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['fail-on']), _policy_gate_js__WEBPACK_IMPORTED_MODULE_10__/* .FAIL_ON */ .d$, 'deny');
    const exitStatus = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['exit-status']);
    if (exitStatus !== undefined && !/^-?\d{1,10}$/.test(exitStatus))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('USAGE', `--exit-status must be an integer (got ${JSON.stringify(exitStatus)})`);
    const serialization = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .oneOf */ .yL)('serialization', (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['serialization']), SERIALIZATION, 'files');
    const storage = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .oneOf */ .yL)('storage', (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['storage']), STORAGE, 'unknown');
    const claims = await Promise.all((0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)(v['claims']).map(async (f) => ({ source: f, text: await (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .readText */ .y)(f, 'claims file', _util_read_file_js__WEBPACK_IMPORTED_MODULE_3__/* .READ_LIMITS */ .Cl.claimText) })));
    const claimRules = await Promise.all((0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)(v['claim-rules']).map(async (f) => ({ source: f, text: await (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .readText */ .y)(f, 'claim rules file', _util_read_file_js__WEBPACK_IMPORTED_MODULE_3__/* .READ_LIMITS */ .Cl.claimRules) })));
    const { create, gateFails, DEFAULT_POLICY } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(251), __webpack_require__.e(815), __webpack_require__.e(446), __webpack_require__.e(168), __webpack_require__.e(839), __webpack_require__.e(230), __webpack_require__.e(443), __webpack_require__.e(577), __webpack_require__.e(730), __webpack_require__.e(745), __webpack_require__.e(984)]).then(__webpack_require__.bind(__webpack_require__, 61984));
    const r = await create({
        workload: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)(v['workload']),
        inputs: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)(v['inputs']),
        outputs: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)(v['outputs']),
        benchmark: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['benchmark']),
        evidence: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)(v['evidence']),
        policy: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['policy']) ?? DEFAULT_POLICY,
        jobId: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['job-id']),
        nonce: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['nonce']),
        inputKey: await inputKey(v),
        claims,
        claimRules,
        storage,
        trustRootsDir: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['trust-roots']),
        certs: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)(v['certs']),
        rims: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)(v['rim']),
        collateralDir: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['collateral']),
        network: v['network'] === true,
        out: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['out']) ?? 'compute-receipt',
        allowSymlinks: v['allow-symlinks'] === true,
        ignorePaths: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)(v['ignore']),
        serialization,
        ...(sigFile
            ? {
                workloadSignature: {
                    signature: sigFile,
                    ...((0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['workload-key']) ? { key: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['workload-key']) } : {}),
                    ...((0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['workload-cert-chain']) ? { certChain: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['workload-cert-chain']) } : {}),
                    ...((0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['workload-trusted-root']) ? { trustedRoot: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['workload-trusted-root']) } : {}),
                },
            }
            : {}),
        ...((0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['begin-state']) ? { beginState: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['begin-state']) } : {}),
        ...(exitStatus !== undefined ? { exitStatus: Number(exitStatus) } : {}),
    }, deps(v['json'] === true || v['quiet'] === true));
    if (v['json'])
        json(r.receipt);
    else if (!v['quiet']) {
        (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .F)((0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .renderText */ .S5)(r.receipt, { style: (0,_style_js__WEBPACK_IMPORTED_MODULE_9__/* .styleFor */ .j9)(process.stdout, process.env) }));
        (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .F)(`\nwrote ${(0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .clean */ .uH)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(process.cwd(), r.receiptPath) || r.receiptPath)} (${r.receiptDigest})\n`);
    }
    const fails = gateFails(r.receipt.policy_decision.status, failOn);
    if (fails) {
        const d = r.receipt.policy_decision;
        process.stderr.write((0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .clean */ .uH)((0,_policy_gate_js__WEBPACK_IMPORTED_MODULE_10__/* .gateMessage */ .V6)(d.status, failOn, d.checks, d.reason) ?? '') + '\n');
    }
    // A workload signature that did not verify is named with its cause (the file, the key, the chain).
    const sig = r.receipt.workload.signature;
    if (sig && sig.status !== 'verified')
        process.stderr.write((0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .clean */ .uH)(`compute-receipt: workload signature ${sig.status}: ${sig.detail}`) + '\n');
    return fails ? 1 : 0;
}
async function cmdVerify(argv) {
    const { values: v, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parse */ .qg)('verify', argv, (0,_spec_js__WEBPACK_IMPORTED_MODULE_6__/* .optionsOf */ .cz)('verify'), true);
    if (positionals.length !== 1)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('USAGE', 'verify takes exactly one RECEIPT (receipt.json or its directory)');
    const policy = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['policy']);
    if (!policy)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('USAGE', "verify needs --policy: the verifier's own policy (name or file), never the receipt's copy");
    const failOn = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .oneOf */ .yL)('fail-on', (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['fail-on']), _policy_gate_js__WEBPACK_IMPORTED_MODULE_10__/* .FAIL_ON */ .d$, 'hold');
    const { verifyReceipt } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(251), __webpack_require__.e(815), __webpack_require__.e(446), __webpack_require__.e(168), __webpack_require__.e(839), __webpack_require__.e(230), __webpack_require__.e(443), __webpack_require__.e(577), __webpack_require__.e(730), __webpack_require__.e(745), __webpack_require__.e(331), __webpack_require__.e(984), __webpack_require__.e(697)]).then(__webpack_require__.bind(__webpack_require__, 62697));
    const { gateFails } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(251), __webpack_require__.e(815), __webpack_require__.e(446), __webpack_require__.e(168), __webpack_require__.e(839), __webpack_require__.e(230), __webpack_require__.e(443), __webpack_require__.e(577), __webpack_require__.e(730), __webpack_require__.e(745), __webpack_require__.e(984)]).then(__webpack_require__.bind(__webpack_require__, 61984));
    const opts = {
        receipt: positionals[0],
        policy,
        workload: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)(v['workload']),
        inputs: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)(v['inputs']),
        outputs: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)(v['outputs']),
        inputKey: await inputKey(v),
        expectJob: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['expect-job']),
        expectSha: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['expect-sha']),
        at: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTime */ .pe)('at', (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['at'])),
        trustRootsDir: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['trust-roots']),
        network: v['network'] === true,
    };
    const jwks = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['oidc-jwks']);
    if (jwks)
        opts.oidcJwks = jwks;
    const wtr = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['workload-trusted-root']);
    if (wtr)
        opts.workloadTrustedRoot = wtr;
    const r = await verifyReceipt(opts, deps(v['json'] === true || v['quiet'] === true));
    if (v['json']) {
        json({
            ok: r.ok,
            causes: r.causes,
            mismatches: r.mismatches,
            derived: r.derived,
            decision: r.decision,
            reason: r.reason,
            checks: r.checks,
            claim_tier: r.appraised.claim_tier,
            allowed_claim: r.appraised.allowed_claim,
            ...(r.appraised.execution ? { execution: r.appraised.execution } : {}),
            policy_matches_receipt: r.policy_matches_receipt,
            rederived: r.rederived,
            producer: r.producer,
            self_reported: r.unverified,
            leaves: r.leaves,
            notes: r.notes,
        });
    }
    else if (!v['quiet']) {
        (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .F)((0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .renderVerifyText */ .vs)(r, (0,_style_js__WEBPACK_IMPORTED_MODULE_9__/* .styleFor */ .j9)(process.stdout, process.env)));
    }
    const fails = !r.ok || gateFails(r.decision, failOn);
    const folded = (0,_receipt_replay_causes_js__WEBPACK_IMPORTED_MODULE_8__/* .foldedFields */ .Qc)(r.mismatches.filter((m) => r.derived.includes(m.field))).length;
    if (fails) {
        process.stderr.write(!r.ok
            ? `compute-receipt: verify failed: ${r.causes.slice(0, 3).map((c) => (0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .clean */ .uH)((0,_receipt_replay_causes_js__WEBPACK_IMPORTED_MODULE_8__/* .causeLine */ .mB)(c))).join('; ')}${r.causes.length > 3 ? `; and ${r.causes.length - 3} more` : ''}` +
                `${folded ? ` (${(0,_style_js__WEBPACK_IMPORTED_MODULE_9__/* .count */ .U9)(folded, 'receipt field')} follow${folded === 1 ? 's' : ''} from ${r.causes.length === 1 ? 'it' : 'them'})` : ''}\n`
            : (0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .clean */ .uH)((0,_policy_gate_js__WEBPACK_IMPORTED_MODULE_10__/* .gateMessage */ .V6)(r.decision, failOn, r.checks, r.reason) ?? '') + '\n');
    }
    return fails ? 1 : 0;
}
async function cmdHash(argv) {
    const { values: v, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parse */ .qg)('hash', argv, (0,_spec_js__WEBPACK_IMPORTED_MODULE_6__/* .optionsOf */ .cz)('hash'), true);
    if (positionals.length === 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('USAGE', 'hash needs at least one path');
    const method = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .oneOf */ .yL)('serialization', (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['serialization']), SERIALIZATION, 'files');
    const { digestTree } = await Promise.all(/* import() */[__webpack_require__.e(730), __webpack_require__.e(820)]).then(__webpack_require__.bind(__webpack_require__, 52730));
    const { resolveAll } = await __webpack_require__.e(/* import() */ 425).then(__webpack_require__.bind(__webpack_require__, 29425));
    const roots = resolveAll(process.cwd(), positionals, 'hash');
    const progress = progressFor(v['json'] === true || v['quiet'] === true);
    const tree = await (0,_util_progress_js__WEBPACK_IMPORTED_MODULE_11__/* .tracked */ .rX)(progress, 'hash', (p) => digestTree(roots, {
        allowSymlinks: v['allow-symlinks'] === true,
        ignorePaths: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)(v['ignore']),
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
                await outPiece(buf);
                buf = '';
            }
        }
        (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .F)(buf + (tree.resources.length ? '\n  ]\n}\n' : ']\n}\n'));
    }
    else if (v['quiet']) {
        (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .F)(`${tree.digest}\n`);
    }
    else {
        (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .F)(`${tree.digest}  ${(0,_style_js__WEBPACK_IMPORTED_MODULE_9__/* .count */ .U9)(tree.files, 'file')}, ${(0,_style_js__WEBPACK_IMPORTED_MODULE_9__/* .count */ .U9)(tree.bytes, 'byte')}\n`);
        let buf = '';
        for (const r of tree.resources) {
            buf += `  ${r.sha256}  ${(0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .clean */ .uH)(r.name)}\n`;
            if (buf.length >= 1 << 16) {
                await outPiece(buf);
                buf = '';
            }
        }
        (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .F)(buf);
    }
    return 0;
}
async function cmdEvidence(argv) {
    const [sub, ...rest] = argv;
    if (sub !== 'inspect' && sub !== 'verify')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('USAGE', 'evidence takes a subcommand: inspect F | verify F');
    const { values: v, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parse */ .qg)(`evidence ${sub}`, rest, (0,_spec_js__WEBPACK_IMPORTED_MODULE_6__/* .optionsOf */ .cz)(`evidence ${sub}`), true);
    if (positionals.length !== 1)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('USAGE', `evidence ${sub} takes exactly one file`);
    const file = positionals[0];
    const bytes = await (0,_util_read_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegularFile */ .XF)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(file), { maxBytes: _util_read_file_js__WEBPACK_IMPORTED_MODULE_3__/* .READ_LIMITS */ .Cl.evidence, what: 'evidence file', shown: file });
    const ev = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(446), __webpack_require__.e(577)]).then(__webpack_require__.bind(__webpack_require__, 36577));
    if (sub === 'inspect') {
        const r = ev.inspectEvidence(bytes);
        if (r.format === 'unknown')
            throw notEvidence(file);
        if (v['json'])
            json(r);
        else {
            (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .F)(`format ${r.format}${r.kind ? ` (${r.kind})` : ''}\n`);
            if (r.kind === 'sev-snp') {
                (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .F)('not verified: inspect checks no signature (run `evidence verify` with the VCEK)\n');
                (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .F)(`TCB: ${(0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .clean */ .uH)(ev.snpTcbSummary(r.fields))}\n`);
            }
            if (r.kind === 'nvidia-gpu') {
                (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .F)(r.format === 'nras-eat'
                    ? 'not verified: inspect checks no signature (run `evidence verify` with the NRAS key set, or --network)\n'
                    : 'not verified: inspect checks no signature (run `evidence verify`, with --certs for the device chain of a bare capture)\n');
            }
            if (r.kind === 'tdx') {
                (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .F)('not verified: inspect checks no signature (run `evidence verify`, with --collateral DIR or --network for the TCB status)\n');
                const svn = r.fields['td_report']?.['tee_tcb_svn'];
                (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .F)(`TCB status: not evaluated (TEE_TCB_SVN ${(0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .clean */ .uH)(String(svn))})\n`);
            }
            const fields = r.kind === 'nvidia-gpu' ? foldGpuFields(r.fields ?? {}) : (r.fields ?? {});
            for (const [k, val] of flatten(fields))
                (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .F)(`  ${(0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .clean */ .uH)(k)}: ${(0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .clean */ .uH)(val)}\n`);
        }
        return 0;
    }
    const reportData = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .hexArg */ .KN)('report-data', (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['report-data']), 64);
    const gpuNonce = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .hexArg */ .KN)('nonce', (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['nonce']), 32);
    const { readAux, kdsOptions, nrasOptions, ocspOptions, pcsOptions } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(251), __webpack_require__.e(815), __webpack_require__.e(446), __webpack_require__.e(168), __webpack_require__.e(839), __webpack_require__.e(230), __webpack_require__.e(443), __webpack_require__.e(577), __webpack_require__.e(730), __webpack_require__.e(745), __webpack_require__.e(984)]).then(__webpack_require__.bind(__webpack_require__, 61984));
    const aux = await readAux({ certs: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)(v['certs']), rims: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)(v['rim']), collateralDir: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['collateral']) }, process.cwd());
    // Bytes no parser recognises are bad input (exit 2), not evidence that failed to verify (exit 1).
    if (ev.sniffFormat(bytes) === 'unknown')
        throw notEvidence(file);
    const r = await ev.verifyEvidence({ bytes, aux }, file, {
        reportData: reportData ?? null,
        gpuNonce: gpuNonce ?? null,
        trustRoots: ev.loadTrustRoots((0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['trust-roots']) ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['trust-roots'])) : undefined),
        at: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTime */ .pe)('at', (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['at'])),
        network: v['network'] === true,
        pcs: pcsOptions(process.env),
        kds: kdsOptions(process.env),
        nras: nrasOptions(process.env),
        ocsp: ocspOptions(process.env),
    });
    const verified = r.status === 'verified';
    const tcb = typeof r.claims['tcb_status'] === 'string' ? r.claims['tcb_status'] : null;
    if (v['json']) {
        json({ verified, status: r.status, format: r.format, kind: r.kind, detail: r.detail, tcb_status: tcb, binding_matches: r.bindingMatches, checks: r.steps, claims: r.claims });
    }
    else {
        // The verdict and the TCB status first, then each step, then the fields.
        (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .F)(`${(0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .clean */ .uH)(r.format)}: ${r.status} — ${(0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .clean */ .uH)(r.detail)}\n`);
        if (r.kind === 'tdx')
            (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .F)(`TCB status: ${tcb === null ? 'not evaluated (no collateral)' : (0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .clean */ .uH)(tcb)}\n`);
        if (r.kind === 'sev-snp' && Object.keys(r.claims).length)
            (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .F)(`TCB: ${(0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .clean */ .uH)(ev.snpTcbSummary(r.claims))}\n`);
        for (const s of r.kind === 'nvidia-gpu' ? foldGpuSteps(r.steps) : r.steps)
            (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .F)(`  ${s.ok === null ? 'n/a ' : s.ok ? 'ok  ' : 'FAIL'} ${(0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .clean */ .uH)(s.id)}: ${(0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .clean */ .uH)(s.detail)}\n`);
        const fields = flatten(r.kind === 'nvidia-gpu' ? foldGpuFields(r.claims) : r.claims);
        if (fields.length)
            (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .F)(`fields${verified ? '' : ' (NOT verified: shown as parsed)'}:\n`);
        for (const [k, val] of fields)
            (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .F)(`  ${(0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .clean */ .uH)(k)}: ${(0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .clean */ .uH)(val)}\n`);
    }
    return verified ? 0 : 1;
}
function notEvidence(file) {
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('EVIDENCE_MALFORMED', `${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__.q)(file)} is not attestation evidence compute-receipt recognises (a TDX quote, an SEV-SNP report, NVIDIA SPDM evidence or an NRAS token set)`);
}
/**
 * The compact text view of GPU evidence: each GPU's measurement blocks folded into one line (64
 * blocks of 48 bytes are 150 lines otherwise; `--json` keeps every value) and its opaque fields
 * left to `--json`.
 */
function foldGpuFields(fields) {
    const gpus = fields['gpus'];
    if (!Array.isArray(gpus))
        return fields;
    const folded = gpus.map((g) => {
        if (g === null || typeof g !== 'object')
            return g;
        const { measurements, opaque, ...rest } = g;
        const f = { ...rest };
        if (Array.isArray(measurements)) {
            const values = measurements.map((m) => String(m.value ?? ''));
            const zero = values.filter((v) => /^0*$/.test(v)).length;
            const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(values.join('\n')).digest('hex').slice(0, 16);
            f['measurements'] = `${values.length} blocks, ${values.length - zero} non-zero (sha256 of the list ${digest}…; --json lists every value)`;
        }
        if (opaque !== null && typeof opaque === 'object')
            f['opaque'] = `${Object.keys(opaque).length} fields (--json lists them)`;
        return f;
    });
    if (gpus.length === 1)
        return { ...fields, gpus: folded };
    // Many GPUs: one line each, long hex shortened.
    const { gpus: _all, ...others } = fields;
    const line = (g) => g !== null && typeof g === 'object'
        ? Object.entries(g)
            .filter(([, x]) => x !== null && x !== undefined)
            .map(([k, x]) => {
            const t = typeof x === 'string' ? x : JSON.stringify(x);
            return `${k} ${/^[0-9a-f]{33,}$/.test(t) ? `${t.slice(0, 16)}…` : t}`;
        })
            .join(', ')
        : JSON.stringify(g);
    return { ...others, ...Object.fromEntries(folded.map((g, i) => [`gpus[${i}]`, line(g)])) };
}
/** Per-GPU steps that all passed, folded to one line per GPU; any other step is shown as it is. */
function foldGpuSteps(steps) {
    const byGpu = new Map();
    for (const st of steps) {
        const m = /^(gpu\d*)\.(.+)$/.exec(st.id);
        if (m)
            byGpu.set(m[1], [...(byGpu.get(m[1]) ?? []), st]);
    }
    if (byGpu.size <= 1)
        return [...steps];
    const out = [];
    const done = new Set();
    for (const st of steps) {
        const gpu = /^(gpu\d*)\./.exec(st.id)?.[1];
        if (gpu === undefined) {
            out.push(st);
            continue;
        }
        const all = byGpu.get(gpu);
        if (all.every((x) => x.ok === true)) {
            if (!done.has(gpu))
                out.push({ id: gpu, ok: true, detail: `${all.map((x) => x.id.slice(gpu.length + 1)).join(', ')} (${all.find((x) => x.id.endsWith('.device'))?.detail ?? 'verified'})` });
            done.add(gpu);
        }
        else
            out.push(st);
    }
    return out;
}
/** Nested fields as dotted keys, one line each; long PEM text shown as its first line and length. */
function flatten(v, prefix = '') {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
        return Object.entries(v).flatMap(([k, x]) => flatten(x, prefix ? `${prefix}.${k}` : k));
    }
    if (Array.isArray(v) && v.some((x) => x !== null && typeof x === 'object')) {
        return v.flatMap((x, i) => flatten(x, `${prefix}[${i}]`));
    }
    let s = typeof v === 'string' ? v : JSON.stringify(v);
    if (s.includes('\n'))
        s = `${s.split('\n')[0]}… (${s.length} characters)`;
    return [[prefix, s]];
}
async function cmdDemo(argv) {
    const { values: v } = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parse */ .qg)('demo', argv, (0,_spec_js__WEBPACK_IMPORTED_MODULE_6__/* .optionsOf */ .cz)('demo'), false);
    const { runDemo } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(251), __webpack_require__.e(815), __webpack_require__.e(446), __webpack_require__.e(168), __webpack_require__.e(839), __webpack_require__.e(230), __webpack_require__.e(443), __webpack_require__.e(577), __webpack_require__.e(730), __webpack_require__.e(745), __webpack_require__.e(984), __webpack_require__.e(155)]).then(__webpack_require__.bind(__webpack_require__, 71155));
    const r = await runDemo((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['out']) ?? 'compute-receipt-demo'), deps());
    if (v['json'])
        json(JSON.parse((0,_binding_jcs_js__WEBPACK_IMPORTED_MODULE_12__/* .canonicalize */ .d)(r.verified)));
    else
        (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .F)(r.text);
    return 0;
}


/***/ }),

/***/ 71604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ out),
/* harmony export */   y: () => (/* binding */ readText)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_read_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45201);
// Output and file reading shared by the CLI commands. Kept apart from commands.ts so that `lint`
// (cli/lint.ts) can use them without loading the other commands.


function out(s) {
    process.stdout.write(s);
}
/** A regular text file named on the command line (relative to the working directory), capped. */
async function readText(path, what, maxBytes) {
    return (0,_util_read_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readRegularText */ .Aj)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(path), { maxBytes, what, shown: path });
}


/***/ }),

/***/ 55375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V6: () => (/* binding */ gateMessage),
/* harmony export */   d$: () => (/* binding */ FAIL_ON),
/* harmony export */   xd: () => (/* binding */ gateFails)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _causes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31660);


const FAIL_ON = ['deny', 'hold', 'never'];
function gateFails(decision, failOn) {
    if (failOn === 'never')
        return false;
    if (failOn === 'deny')
        return decision === 'deny';
    return decision === 'deny' || decision === 'hold';
}
const MAX_IDS = 20;
/** `compute-receipt: decision deny (fail-on deny): denied by evidence.required, tdx.debug`, or null. */
function gateMessage(decision, failOn, checks, reason) {
    if (!gateFails(decision, failOn))
        return null;
    // The causes lead; checks that could not run without them are counted, not listed.
    const d = decision === 'pass' ? null : (0,_causes_js__WEBPACK_IMPORTED_MODULE_1__/* .decisionCauses */ .x7)(checks.map((c) => ({ ...c, detail: c.detail ?? '' })), decision);
    const ids = d ? d.causes.map((c) => c.id) : [];
    const folded = d ? (0,_causes_js__WEBPACK_IMPORTED_MODULE_1__/* .foldedNote */ .n2)(d) : '';
    const shown = ids.slice(0, MAX_IDS).join(', ') + (ids.length > MAX_IDS ? `, and ${ids.length - MAX_IDS} more` : '') + (folded ? ` (${folded})` : '');
    const why = ids.length ? `${decision === 'deny' ? 'denied' : 'held'} by ${shown}` : reason;
    return (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(`compute-receipt: decision ${decision} (fail-on ${failOn}): ${why}`);
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
