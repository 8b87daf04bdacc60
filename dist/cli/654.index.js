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
/* harmony import */ var _binding_jcs_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(43069);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _util_read_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45201);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77593);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(94984);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(63379);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(71604);
/* harmony import */ var _receipt_replay_causes_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(66134);
/* harmony import */ var _style_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(51715);
/* harmony import */ var _policy_gate_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(55375);












const STORAGE = ['ephemeral', 'persistent-provider-local', 'unknown'];
function deps(quiet = true) {
    const d = { cwd: process.cwd(), env: process.env, now: () => new Date() };
    const progress = quiet ? undefined : (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .progressFor */ .L7)(false);
    if (progress)
        d.progress = progress;
    if (!quiet)
        d.note = (line) => process.stderr.write(`compute-receipt: ${(0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .clean */ .uH)(line)}\n`);
    return d;
}
function json(v) {
    (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .FD)(JSON.stringify(v, null, 2) + '\n');
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
            return (await Promise.all(/* import() */[__webpack_require__.e(516), __webpack_require__.e(508)]).then(__webpack_require__.bind(__webpack_require__, 40508))).cmdHash(argv);
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
            return (await __webpack_require__.e(/* import() */ 635).then(__webpack_require__.bind(__webpack_require__, 635))).cmdBegin(argv, deps(argv.includes('--json') || argv.includes('--quiet')), _io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .FD, (s) => process.stderr.write(s));
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
    const serialization = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .oneOf */ .yL)('serialization', (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['serialization']), _spec_js__WEBPACK_IMPORTED_MODULE_6__/* .SERIALIZATIONS */ .GI, 'files');
    const storage = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .oneOf */ .yL)('storage', (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['storage']), STORAGE, 'unknown');
    const claims = await Promise.all((0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)(v['claims']).map(async (f) => ({ source: f, text: await (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .readText */ .yR)(f, 'claims file', _util_read_file_js__WEBPACK_IMPORTED_MODULE_3__/* .READ_LIMITS */ .Cl.claimText) })));
    const claimRules = await Promise.all((0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)(v['claim-rules']).map(async (f) => ({ source: f, text: await (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .readText */ .yR)(f, 'claim rules file', _util_read_file_js__WEBPACK_IMPORTED_MODULE_3__/* .READ_LIMITS */ .Cl.claimRules) })));
    const { create, gateFails, DEFAULT_POLICY } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(251), __webpack_require__.e(815), __webpack_require__.e(446), __webpack_require__.e(168), __webpack_require__.e(839), __webpack_require__.e(230), __webpack_require__.e(516), __webpack_require__.e(577), __webpack_require__.e(20), __webpack_require__.e(745), __webpack_require__.e(984)]).then(__webpack_require__.bind(__webpack_require__, 61984));
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
        (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .FD)((0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .renderText */ .S5)(r.receipt, { style: (0,_style_js__WEBPACK_IMPORTED_MODULE_9__/* .styleFor */ .j9)(process.stdout, process.env) }));
        (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .FD)(`\nwrote ${(0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .clean */ .uH)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(process.cwd(), r.receiptPath) || r.receiptPath)} (${r.receiptDigest})\n`);
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
    const { verifyReceipt } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(251), __webpack_require__.e(815), __webpack_require__.e(446), __webpack_require__.e(168), __webpack_require__.e(839), __webpack_require__.e(230), __webpack_require__.e(516), __webpack_require__.e(577), __webpack_require__.e(20), __webpack_require__.e(745), __webpack_require__.e(331), __webpack_require__.e(984), __webpack_require__.e(697)]).then(__webpack_require__.bind(__webpack_require__, 62697));
    const { gateFails } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(251), __webpack_require__.e(815), __webpack_require__.e(446), __webpack_require__.e(168), __webpack_require__.e(839), __webpack_require__.e(230), __webpack_require__.e(516), __webpack_require__.e(577), __webpack_require__.e(20), __webpack_require__.e(745), __webpack_require__.e(984)]).then(__webpack_require__.bind(__webpack_require__, 61984));
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
        (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .FD)((0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .renderVerifyText */ .vs)(r, (0,_style_js__WEBPACK_IMPORTED_MODULE_9__/* .styleFor */ .j9)(process.stdout, process.env)));
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
            (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .FD)(`format ${r.format}${r.kind ? ` (${r.kind})` : ''}\n`);
            if (r.kind === 'sev-snp') {
                (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .FD)('not verified: inspect checks no signature (run `evidence verify` with the VCEK)\n');
                (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .FD)(`TCB: ${(0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .clean */ .uH)(ev.snpTcbSummary(r.fields))}\n`);
            }
            if (r.kind === 'nvidia-gpu') {
                (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .FD)(r.format === 'nras-eat'
                    ? 'not verified: inspect checks no signature (run `evidence verify` with the NRAS key set, or --network)\n'
                    : 'not verified: inspect checks no signature (run `evidence verify`, with --certs for the device chain of a bare capture)\n');
            }
            if (r.kind === 'tdx') {
                (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .FD)('not verified: inspect checks no signature (run `evidence verify`, with --collateral DIR or --network for the TCB status)\n');
                const svn = r.fields['td_report']?.['tee_tcb_svn'];
                (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .FD)(`TCB status: not evaluated (TEE_TCB_SVN ${(0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .clean */ .uH)(String(svn))})\n`);
            }
            const fields = r.kind === 'nvidia-gpu' ? foldGpuFields(r.fields ?? {}) : (r.fields ?? {});
            for (const [k, val] of flatten(fields))
                (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .FD)(`  ${(0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .clean */ .uH)(k)}: ${(0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .clean */ .uH)(val)}\n`);
        }
        return 0;
    }
    const reportData = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .hexArg */ .KN)('report-data', (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['report-data']), 64);
    const gpuNonce = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .hexArg */ .KN)('nonce', (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['nonce']), 32);
    const { readAux, kdsOptions, nrasOptions, ocspOptions, pcsOptions } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(251), __webpack_require__.e(815), __webpack_require__.e(446), __webpack_require__.e(168), __webpack_require__.e(839), __webpack_require__.e(230), __webpack_require__.e(516), __webpack_require__.e(577), __webpack_require__.e(20), __webpack_require__.e(745), __webpack_require__.e(984)]).then(__webpack_require__.bind(__webpack_require__, 61984));
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
        (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .FD)(`${(0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .clean */ .uH)(r.format)}: ${r.status} — ${(0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .clean */ .uH)(r.detail)}\n`);
        if (r.kind === 'tdx')
            (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .FD)(`TCB status: ${tcb === null ? 'not evaluated (no collateral)' : (0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .clean */ .uH)(tcb)}\n`);
        if (r.kind === 'sev-snp' && Object.keys(r.claims).length)
            (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .FD)(`TCB: ${(0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .clean */ .uH)(ev.snpTcbSummary(r.claims))}\n`);
        for (const s of r.kind === 'nvidia-gpu' ? foldGpuSteps(r.steps) : r.steps)
            (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .FD)(`  ${s.ok === null ? 'n/a ' : s.ok ? 'ok  ' : 'FAIL'} ${(0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .clean */ .uH)(s.id)}: ${(0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .clean */ .uH)(s.detail)}\n`);
        const fields = flatten(r.kind === 'nvidia-gpu' ? foldGpuFields(r.claims) : r.claims);
        if (fields.length)
            (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .FD)(`fields${verified ? '' : ' (NOT verified: shown as parsed)'}:\n`);
        for (const [k, val] of fields)
            (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .FD)(`  ${(0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .clean */ .uH)(k)}: ${(0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .clean */ .uH)(val)}\n`);
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
    const { runDemo } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(251), __webpack_require__.e(815), __webpack_require__.e(446), __webpack_require__.e(168), __webpack_require__.e(839), __webpack_require__.e(230), __webpack_require__.e(516), __webpack_require__.e(577), __webpack_require__.e(20), __webpack_require__.e(745), __webpack_require__.e(984), __webpack_require__.e(155)]).then(__webpack_require__.bind(__webpack_require__, 71155));
    const r = await runDemo((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(v['out']) ?? 'compute-receipt-demo'), deps());
    if (v['json'])
        json(JSON.parse((0,_binding_jcs_js__WEBPACK_IMPORTED_MODULE_11__/* .canonicalize */ .d)(r.verified)));
    else
        (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .out */ .FD)(r.text);
    return 0;
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


/***/ })

};
