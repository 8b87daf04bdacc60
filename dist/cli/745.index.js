export const id = 745;
export const ids = [745];
export const modules = {

/***/ 62909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zs: () => (/* binding */ UNWAIVABLE),
/* harmony export */   iO: () => (/* binding */ policyCanEmit)
/* harmony export */ });
/* unused harmony export staticCheckIds */
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54139);
/**
 * Check ids. They appear in receipts, in gate failure messages and in waivers, so they are stable.
 * A rule's id is the policy key that asks for it; evidence items add their index.
 *
 * | id                                   | emitted when                                   |
 * |--------------------------------------|------------------------------------------------|
 * | `evidence.<i>.<label>.verified`      | every evidence item (label: kind, or format when the kind is unknown; `simulated` for simulated quotes) |
 * | `evidence.<i>.<label>.binding`       | every evidence item                            |
 * | `evidence.required`                  | always                                         |
 * | `evidence.accepted`                  | the policy requires no evidence: hold unless some evidence was accepted (tier none pairs with hold) |
 * | `hashing.ignore_paths`               | a tree left out paths beyond the default ignores (deny unless `allowed_ignores` lists them) |
 * | `evidence.trust_roots`               | always                                         |
 * | `evidence.simulated`                 | simulated evidence is present                  |
 * | `evidence.verifier_unavailable`      | the caller reports a verifier could not run    |
 * | `tdx.debug`                          | `tdx.debug: forbid`                            |
 * | `tdx.<register>`                     | `tdx.mr_td`, `mr_seam`, `mr_config_id`, `mr_owner`, `rtmr0`..`rtmr3` set |
 * | `tdx.td_attributes.<name>`           | each name under `tdx.td_attributes.forbid/require` |
 * | `tdx.xfam`                           | `tdx.xfam` set                                 |
 * | `tdx.min_tcb.<key>`                  | each of `tee_tcb_svn`, `pce_svn`, `qe_svn` set under `tdx.min_tcb` |
 * | `tdx.event_log.replay`               | `tdx.event_log` set                            |
 * | `tdx.event_log.events`               | `tdx.event_log.events` not empty               |
 * | `tdx.tcb_status`                     | `tdx.tcb_status` set                           |
 * | `sev-snp.debug`, `sev-snp.migrate_ma`| set to forbid                                  |
 * | `sev-snp.measurement`, `.host_data`, `.id_key_digest`, `.author_key_digest`, `.vmpl`, `.signing_key` | set |
 * | `sev-snp.guest_policy.<flag>`        | each flag under `sev-snp.guest_policy.forbid/require` |
 * | `sev-snp.min_reported_tcb.<component>` | each component listed                        |
 * | `nvidia-gpu.count`, `.debug`, `.measres`, `.driver_versions`, `.vbios_versions`, `.architectures`, `.cert_status`, `.all_listed` | set (debug: forbid) |
 * | `workload.digests`                   | `workload.digests` set                         |
 * | `workload.signature`                 | a workload signature was given (model_signing bundle): its signature, chain and file-by-file match |
 * | `workload.signers`                   | `workload.signers` set: the workload is signed by a listed signer |
 * | `benchmark.context-only`             | always (always passes)                         |
 *
 * Per-kind checks (`tdx.*`, `sev-snp.*`, `nvidia-gpu.*`) appear when verified evidence of that kind
 * is present (one check per rule, over every item and every GPU), or, as "not evaluated", when the
 * kind is required and no verified evidence of it satisfied the requirement.
 */

/** Checks no waiver can change: signature, chain and binding, and the two rules that have their own switch. */
const UNWAIVABLE = /^evidence\.\d+\.[^.]+\.(verified|binding)$|^evidence\.(simulated|trust_roots|accepted)$|^hashing\.ignore_paths$|^workload\.(signature|signers)$/;
const EVIDENCE_ITEM = /^evidence\.\d+\.[^.]+\.(verified|binding)$/;
/** Whether a policy could ever emit a check with this id (used to reject mistyped waivers). */
function policyCanEmit(policy, id) {
    return EVIDENCE_ITEM.test(id) || staticCheckIds(policy).includes(id);
}
/** Every fixed check id this policy can emit (evidence items aside). */
function staticCheckIds(policy) {
    const ids = ['evidence.required', 'evidence.trust_roots', 'evidence.simulated', 'evidence.verifier_unavailable', 'hashing.ignore_paths'];
    if (policy.evidence.required.length === 0)
        ids.push('evidence.accepted');
    const tdx = policy.tdx;
    if (tdx) {
        if (tdx.debug === 'forbid')
            ids.push('tdx.debug');
        for (const m of _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .TDX_MEASUREMENTS */ .Z_)
            if (tdx[m] !== undefined)
                ids.push(`tdx.${m}`);
        for (const n of _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .TD_ATTRIBUTE_NAMES */ .PL) {
            if (tdx.td_attributes?.forbid.includes(n) || tdx.td_attributes?.require.includes(n))
                ids.push(`tdx.td_attributes.${n}`);
        }
        if (tdx.xfam !== undefined)
            ids.push('tdx.xfam');
        for (const k of ['tee_tcb_svn', 'pce_svn', 'qe_svn'])
            if (tdx.min_tcb?.[k] !== undefined)
                ids.push(`tdx.min_tcb.${k}`);
        if (tdx.event_log)
            ids.push('tdx.event_log.replay');
        if (tdx.event_log && tdx.event_log.events.length > 0)
            ids.push('tdx.event_log.events');
        if (tdx.tcb_status)
            ids.push('tdx.tcb_status');
    }
    const snp = policy['sev-snp'];
    if (snp) {
        if (snp.debug === 'forbid')
            ids.push('sev-snp.debug');
        if (snp.migrate_ma === 'forbid')
            ids.push('sev-snp.migrate_ma');
        for (const k of ['measurement', 'host_data', 'id_key_digest', 'author_key_digest', 'vmpl', 'signing_key']) {
            if (snp[k] !== undefined)
                ids.push(`sev-snp.${k}`);
        }
        for (const n of _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .SNP_GUEST_POLICY_FLAGS */ .ow) {
            if (snp.guest_policy?.forbid.includes(n) || snp.guest_policy?.require.includes(n))
                ids.push(`sev-snp.guest_policy.${n}`);
        }
        for (const c of _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .SNP_TCB_COMPONENTS */ .VB)
            if (snp.min_reported_tcb?.[c] !== undefined)
                ids.push(`sev-snp.min_reported_tcb.${c}`);
    }
    const gpu = policy['nvidia-gpu'];
    if (gpu) {
        if (gpu.count)
            ids.push('nvidia-gpu.count');
        if (gpu.debug === 'forbid')
            ids.push('nvidia-gpu.debug');
        if (gpu.measres)
            ids.push('nvidia-gpu.measres');
        if (gpu.architectures !== undefined)
            ids.push('nvidia-gpu.architectures');
        if (gpu.cert_status)
            ids.push('nvidia-gpu.cert_status');
        if (gpu.all_listed)
            ids.push('nvidia-gpu.all_listed');
        if (gpu.driver_versions !== undefined)
            ids.push('nvidia-gpu.driver_versions');
        if (gpu.vbios_versions !== undefined)
            ids.push('nvidia-gpu.vbios_versions');
    }
    if (policy.workload?.digests)
        ids.push('workload.digests');
    if (policy.workload?.signers)
        ids.push('workload.signers');
    ids.push('workload.signature');
    ids.push('benchmark.context-only');
    return ids;
}


/***/ }),

/***/ 72745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ON: () => (/* binding */ parsePolicy),
/* harmony export */   vR: () => (/* binding */ parsePolicyBytes)
/* harmony export */ });
/* unused harmony exports MAX_POLICY_KEYS, keyPath */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _check_ids_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62909);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54139);
/**
 * Policy text -> typed Policy. YAML (duplicate keys are errors), then the strict schema, then the
 * cross-field checks the schema cannot express (waivers must name a check the policy can produce).
 * Every failure is one InputError line, code POLICY_INVALID, naming the file and the key path.
 */





const MAX_BYTES = 1 << 20;
/**
 * A policy has a few dozen keys; YAML parsing of tens of thousands of keys is slow (a 60,000-key
 * file took minutes), so key-like tokens are counted before parsing and a file with more is refused.
 */
const MAX_POLICY_KEYS = 2000;
const KEY_LIKE = /(?:^|[\s{,])[^\s:#,{}[\]]+[ \t]*:(?=[ \t\r\n]|$)/gm;
function parsePolicy(text, source) {
    return parsePolicyBytes(Buffer.from(text, 'utf8'), source);
}
/** Parse from the file's bytes, so the digest is of exactly what was read. */
function parsePolicyBytes(bytes, source) {
    const fail = (msg) => {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('POLICY_INVALID', `policy ${JSON.stringify(source)}: ${msg}`);
    };
    if (bytes.length > MAX_BYTES)
        fail(`file is larger than ${MAX_BYTES} bytes`);
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        return fail('file is not valid UTF-8');
    }
    let keys = 0;
    KEY_LIKE.lastIndex = 0;
    while (KEY_LIKE.exec(text) !== null) {
        if (++keys > MAX_POLICY_KEYS)
            fail(`has more than ${MAX_POLICY_KEYS} keys; refused before parsing (a policy has a few dozen)`);
    }
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { uniqueKeys: true, prettyErrors: false });
    const err = doc.errors[0];
    if (err) {
        const line = err.linePos?.[0]?.line ?? lineOf(text, err.pos[0]);
        if (err.code === 'DUPLICATE_KEY')
            fail(`duplicate key "${duplicatePath(doc, err.pos[0]) ?? '?'}" at line ${line}`);
        fail(`YAML syntax error at line ${line}: ${err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`);
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        // yaml refuses aliases that expand without bound (a "billion laughs" file) with a ReferenceError.
        return fail(`YAML aliases expand too far (${e.message.split('\n')[0]})`);
    }
    if (data === null || data === undefined)
        fail('file is empty');
    if (typeof data !== 'object' || Array.isArray(data))
        fail('the top level must be a mapping of keys');
    const parsed = _schema_js__WEBPACK_IMPORTED_MODULE_4__/* .policySchema */ .wh.safeParse(data, { reportInput: true });
    if (!parsed.success) {
        const issues = parsed.error.issues;
        fail(describeIssue(issues[0]) + (issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''));
    }
    const policy = parsed.data;
    const seen = new Set();
    policy.waivers.forEach((w, i) => {
        if (seen.has(w.check))
            fail(`waivers[${i}].check names "${w.check}" twice`);
        seen.add(w.check);
        if (!(0,_check_ids_js__WEBPACK_IMPORTED_MODULE_3__/* .policyCanEmit */ .iO)(policy, w.check))
            fail(`waivers[${i}].check: no check "${w.check}" can come from this policy`);
    });
    return {
        policy,
        policy_id: policy.policy_id,
        policy_version: policy.version,
        policy_digest: `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`,
        source,
        text,
    };
}
/** `evidence.required[0][1]` */
function keyPath(path) {
    let s = '';
    for (const p of path) {
        if (typeof p === 'number')
            s += `[${p}]`;
        else
            s += s === '' ? String(p) : `.${String(p)}`;
    }
    return s;
}
function describeIssue(issue) {
    const at = keyPath(issue.path);
    const where = at === '' ? 'the top level' : at;
    switch (issue.code) {
        case 'unrecognized_keys': {
            const keys = issue.keys.map((k) => `"${keyPath([...issue.path, k])}"`);
            const shown = keys.slice(0, 5).join(', ') + (keys.length > 5 ? ` and ${keys.length - 5} more` : '');
            return `unknown key${keys.length > 1 ? 's' : ''} ${shown}`;
        }
        case 'invalid_type':
            if (issue.input === undefined)
                return `${where} is required`;
            return `${where} ${issue.message.startsWith('must') ? issue.message : `must be ${issue.expected}`}`;
        default:
            return `${where} ${issue.message}`;
    }
}
function lineOf(text, pos) {
    return text.slice(0, pos).split('\n').length;
}
/** The key path of the pair whose key starts at `pos` (the second of a duplicate pair). */
function duplicatePath(doc, pos) {
    let found = null;
    (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .visit */ .YR)(doc, {
        Pair(_, pair, ancestors) {
            const key = pair.key;
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(key) || key.range?.[0] !== pos)
                return undefined;
            const path = [];
            const chain = [...ancestors, pair];
            for (let i = 0; i < chain.length; i++) {
                const node = chain[i];
                const next = chain[i + 1];
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isPair */ .tO)(node) && (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node.key))
                    path.push(String(node.key.value));
                else if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node) && next !== undefined)
                    path.push(node.items.indexOf(next));
                else if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node))
                    continue;
            }
            found = keyPath(path);
            return yaml__WEBPACK_IMPORTED_MODULE_1__/* .visit */ .YR.BREAK;
        },
    });
    return found;
}


/***/ }),

/***/ 59846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sv: () => (/* binding */ allowedToDiffer),
/* harmony export */   Uz: () => (/* binding */ reproductionSchema)
/* harmony export */ });
/* unused harmony exports DISTINCT_JOBS, DISTINCT_RUNNERS, DISTINCT_PROVIDERS */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38816);
/**
 * The policy block `reproduction` (DESIGN §6, tier `reproduced`): what `compare` needs before it
 * allows the claim that distinct jobs recorded the same outputs. Kept apart from the appraisal rules
 * because it is read by `compare` only; `create` and `verify` ignore it.
 */

/** How the distinctness of a kind must be shown: by something the verifier checked, or the producer's word. */
const DISTINCT_JOBS = ['verified', 'self-reported'];
const DISTINCT_RUNNERS = ['verified', 'self-reported', 'not-required'];
const DISTINCT_PROVIDERS = ['self-reported', 'not-required'];
const oneOf = (values) => `must be one of ${values.join(', ')}`;
const reproductionSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    min_receipts: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig({ error: 'must be an integer of at least 2' })
        .int({ error: 'must be an integer of at least 2' })
        .min(2, { error: 'must be an integer of at least 2' })
        .max(1000, { error: 'must be at most 1000' })
        .default(2),
    distinct: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        jobs: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(DISTINCT_JOBS, { error: oneOf(DISTINCT_JOBS) }).default('self-reported'),
        runners: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(DISTINCT_RUNNERS, { error: oneOf(DISTINCT_RUNNERS) }).default('not-required'),
        providers: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(DISTINCT_PROVIDERS, { error: oneOf(DISTINCT_PROVIDERS) }).default('not-required'),
    })
        .prefault({}),
    allow_differ: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP({ error: 'must be a file name in the outputs, or a folder ending in /' })
            .min(1, { error: 'must be a file name in the outputs, or a folder ending in /' })
            .max(1024, { error: 'must be at most 1024 characters' })
            .refine((p) => !p.startsWith('/') && p.replace(/\/$/, '').split('/').every((x) => x !== '' && x !== '.' && x !== '..') && !/[\u0000-\u001f\u007f-\u009f]/.test(p), {
            error: "must be a relative name ('/'-separated, no '.' or '..' parts, no control characters)",
        }),
        reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP({ error: 'must be a reason (a non-empty string)' }).trim().min(1, { error: 'must be a reason (a non-empty string)' }).max(1024, { error: 'must be at most 1024 characters' }),
    }), { error: 'must be a list of {path, reason}' })
        .max(1000, { error: 'must list at most 1000 files' })
        .default([]),
});
/** Whether an output name is covered by an allow_differ entry (exact name, or under a folder ending in `/`). */
function allowedToDiffer(name, allow) {
    return allow.find((a) => (a.path.endsWith('/') ? name.startsWith(a.path) : name === a.path)) ?? null;
}


/***/ }),

/***/ 54139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PL: () => (/* binding */ TD_ATTRIBUTE_NAMES),
/* harmony export */   VB: () => (/* binding */ SNP_TCB_COMPONENTS),
/* harmony export */   Z_: () => (/* binding */ TDX_MEASUREMENTS),
/* harmony export */   fQ: () => (/* binding */ TD_ATTRIBUTE_BITS),
/* harmony export */   ow: () => (/* binding */ SNP_GUEST_POLICY_FLAGS),
/* harmony export */   wh: () => (/* binding */ policySchema)
/* harmony export */ });
/* unused harmony exports EVIDENCE_KINDS, OUTCOMES, SNP_SIGNING_KEYS */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38816);
/* harmony import */ var _evidence_formats_sev_snp_report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23213);
/* harmony import */ var _reproduction_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59846);
/**
 * The appraisal-policy schema (DESIGN §5): strict zod objects everywhere, so an unknown key is an
 * error that names the key's path. No expressions: allow-lists, minimums, forbid/require, waivers.
 *
 * The TypeScript types below are written out for readers; `_SchemaMatchesPolicy` makes the compiler
 * prove that the schema's output is exactly `Policy`.
 */



const EVIDENCE_KINDS = ['tdx', 'sev-snp', 'nvidia-gpu', 'simulated'];
const OUTCOMES = ['pass', 'hold', 'deny'];
/** TD_ATTRIBUTES bits a policy may forbid or require, with their bit numbers (Intel TDX module ABI). */
const TD_ATTRIBUTE_BITS = {
    debug: 0,
    sept_ve_disable: 28,
    pks: 30,
    kl: 31,
    perfmon: 63,
};
const TD_ATTRIBUTE_NAMES = Object.keys(TD_ATTRIBUTE_BITS);
/** TDX measurement registers a policy may pin (each an allow-list of 48-byte values). */
const TDX_MEASUREMENTS = [
    'mr_td',
    'mr_seam',
    'mr_config_id',
    'mr_owner',
    'rtmr0',
    'rtmr1',
    'rtmr2',
    'rtmr3',
];
const SNP_TCB_COMPONENTS = ['bootloader', 'tee', 'snp', 'microcode', 'fmc'];
/**
 * SEV-SNP guest policy flags a policy may forbid or require (SNP ABI spec, GUEST_POLICY bits 16..25;
 * the verifier's claims carry one boolean per name).
 */
const SNP_GUEST_POLICY_FLAGS = _evidence_formats_sev_snp_report_js__WEBPACK_IMPORTED_MODULE_0__/* .SNP_POLICY_BIT_NAMES */ .ye;
const SNP_SIGNING_KEYS = ['vcek', 'vlek'];
const HEX96 = /^[0-9a-f]{96}$/;
const SHA256 = /^sha256:[0-9a-f]{64}$/;
const POLICY_ID = /^[a-z0-9][a-z0-9._-]*$/;
const oneOf = (values) => `must be one of ${values.join(', ')}`;
const kind = zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(EVIDENCE_KINDS, { error: oneOf(EVIDENCE_KINDS) });
const holdOrDeny = zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['hold', 'deny'], { error: oneOf(['hold', 'deny']) });
const forbidOrAllow = zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['forbid', 'allow'], { error: oneOf(['forbid', 'allow']) });
const hex96List = zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP({ error: 'must be 96 lowercase hex' }).regex(HEX96, { error: 'must be 96 lowercase hex' }), {
    error: 'must be a list of 96-lowercase-hex values',
});
const nameList = zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP({ error: 'must be a non-empty string' }).min(1, { error: 'must be a non-empty string' }), {
    error: 'must be a list of strings',
});
const tdAttr = zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(TD_ATTRIBUTE_NAMES, {
    error: oneOf(TD_ATTRIBUTE_NAMES),
});
const hexList = (n) => zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP({ error: `must be ${n} lowercase hex` }).regex(new RegExp(`^[0-9a-f]{${n}}$`), { error: `must be ${n} lowercase hex` }), { error: `must be a list of ${n}-lowercase-hex values` });
const snpFlag = zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(SNP_GUEST_POLICY_FLAGS, { error: oneOf(SNP_GUEST_POLICY_FLAGS) });
/** `{forbid: [...], require: [...]}` of one set of names; a name on both sides is an error. */
function forbidRequire(name) {
    return zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        forbid: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(name, { error: 'must be a list' }).default([]),
        require: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(name, { error: 'must be a list' }).default([]),
    })
        .superRefine((a, ctx) => {
        for (const n of a.forbid) {
            if (a.require.includes(n))
                ctx.addIssue({ code: 'custom', path: ['require'], message: `names "${n}", which forbid also names` });
        }
    });
}
const tcbComponent = zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig({ error: 'must be an integer 0..255' })
    .int({ error: 'must be an integer 0..255' })
    .min(0, { error: 'must be an integer 0..255' })
    .max(255, { error: 'must be an integer 0..255' });
const count = zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig({ error: 'must be a non-negative integer' }).int({ error: 'must be a non-negative integer' }).min(0, {
    error: 'must be a non-negative integer',
});
const evidenceSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    required: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([kind, zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(kind, { error: oneOf(EVIDENCE_KINDS) }).min(1, { error: 'an alternative list must not be empty' })], {
        error: `must be a kind (${EVIDENCE_KINDS.join(', ')}) or a list of alternative kinds`,
    }), { error: 'must be a list' })
        .default([]),
    on_missing: holdOrDeny.default('deny'),
    on_unsupported: holdOrDeny.default('deny'),
    on_verifier_unavailable: holdOrDeny.default('deny'),
    trust_roots: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['shipped', 'any'], { error: oneOf(['shipped', 'any']) }).default('shipped'),
    accept_simulated: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY({ error: 'must be true or false' }).default(false),
})
    .superRefine((e, ctx) => {
    const seen = new Set();
    e.required.forEach((g, i) => {
        const kinds = Array.isArray(g) ? g : [g];
        kinds.forEach((k, j) => {
            if (seen.has(k)) {
                ctx.addIssue({
                    code: 'custom',
                    path: Array.isArray(g) ? ['required', i, j] : ['required', i],
                    message: `names "${k}" more than once`,
                });
            }
            seen.add(k);
        });
    });
    if (seen.has('simulated') && !e.accept_simulated) {
        ctx.addIssue({
            code: 'custom',
            path: ['accept_simulated'],
            message: 'must be true when evidence.required names simulated',
        });
    }
});
const tdxSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    debug: forbidOrAllow.optional(),
    mr_td: hex96List.optional(),
    mr_seam: hex96List.optional(),
    mr_config_id: hex96List.optional(),
    mr_owner: hex96List.optional(),
    rtmr0: hex96List.optional(),
    rtmr1: hex96List.optional(),
    rtmr2: hex96List.optional(),
    rtmr3: hex96List.optional(),
    td_attributes: forbidRequire(tdAttr).optional(),
    xfam: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP({ error: 'must be 16 lowercase hex' }).regex(/^[0-9a-f]{16}$/, { error: 'must be 16 lowercase hex' }), { error: 'must be a list' }).optional(),
    min_tcb: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        tee_tcb_svn: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP({ error: 'must be 32 lowercase hex' }).regex(/^[0-9a-f]{32}$/, { error: 'must be 32 lowercase hex' }).optional(),
        pce_svn: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig({ error: 'must be an integer 0..65535' }).int({ error: 'must be an integer 0..65535' }).min(0).max(0xffff, { error: 'must be an integer 0..65535' }).optional(),
        qe_svn: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig({ error: 'must be an integer 0..65535' }).int({ error: 'must be an integer 0..65535' }).min(0).max(0xffff, { error: 'must be an integer 0..65535' }).optional(),
    })
        .optional(),
    event_log: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        replay: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('require', { error: 'must be require (a log that replays to RTMR0-3 is required)' }).default('require'),
        events: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
            rtmr: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig({ error: 'must be 0..3' }).int({ error: 'must be 0..3' }).min(0, { error: 'must be 0..3' }).max(3, { error: 'must be 0..3' }),
            name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP({ error: 'must be a string' }).optional(),
            type: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig({ error: 'must be an integer' }).int({ error: 'must be an integer' }).min(0).max(0xffffffff).optional(),
            digest: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP({ error: 'must be 96 lowercase hex' }).regex(HEX96, { error: 'must be 96 lowercase hex' }).optional(),
            payload: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP({ error: 'must be lowercase hex' }).regex(/^([0-9a-f]{2})*$/, { error: 'must be lowercase hex' }).optional(),
        })
            .refine((e) => e.name !== undefined || e.digest !== undefined || e.payload !== undefined, { error: 'must name the event (name, digest or payload)' }), { error: 'must be a list' })
            .default([]),
    })
        .optional(),
    tcb_status: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        pass: nameList.default([]),
        hold: nameList.default([]),
    })
        .superRefine((t, ctx) => {
        for (const s of t.hold) {
            if (t.pass.includes(s))
                ctx.addIssue({ code: 'custom', path: ['hold'], message: `names "${s}", which pass also names` });
        }
    })
        .optional(),
})
    .optional();
const snpSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    debug: forbidOrAllow.optional(),
    migrate_ma: forbidOrAllow.optional(),
    measurement: hex96List.optional(),
    host_data: hexList(64).optional(),
    id_key_digest: hex96List.optional(),
    author_key_digest: hex96List.optional(),
    vmpl: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig({ error: 'must be an integer 0..3' }).int({ error: 'must be an integer 0..3' }).min(0, { error: 'must be an integer 0..3' }).max(3, { error: 'must be an integer 0..3' }), {
        error: 'must be a list of integers 0..3',
    })
        .optional(),
    signing_key: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(SNP_SIGNING_KEYS, { error: oneOf(SNP_SIGNING_KEYS) }), { error: 'must be a list' }).optional(),
    guest_policy: forbidRequire(snpFlag).optional(),
    min_reported_tcb: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        bootloader: tcbComponent,
        tee: tcbComponent,
        snp: tcbComponent,
        microcode: tcbComponent,
        fmc: tcbComponent.optional(),
    })
        .optional(),
})
    .optional();
const gpuSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    count: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ min: count, max: count.optional() })
        .superRefine((c, ctx) => {
        if (c.max !== undefined && c.max < c.min)
            ctx.addIssue({ code: 'custom', path: ['max'], message: 'must be at least min' });
    })
        .optional(),
    debug: forbidOrAllow.optional(),
    measres: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('success', { error: 'must be success' }).optional(),
    driver_versions: nameList.optional(),
    vbios_versions: nameList.optional(),
    architectures: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['HOPPER', 'BLACKWELL'], { error: 'must be HOPPER or BLACKWELL' }), { error: 'must be a list of HOPPER, BLACKWELL' }).optional(),
    cert_status: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('valid', { error: 'must be valid' }).optional(),
    all_listed: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('require', { error: 'must be require' }).optional(),
})
    .optional();
const policySchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    policy_id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP({ error: 'must be a string' })
        .max(64, { error: 'must be at most 64 characters' })
        .regex(POLICY_ID, { error: 'must match [a-z0-9][a-z0-9._-]*' }),
    version: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig({ error: 'must be a positive integer' }).int({ error: 'must be a positive integer' }).positive({
        error: 'must be a positive integer',
    }),
    description: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP({ error: 'must be a string' }).optional(),
    decision_ceiling: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(OUTCOMES, { error: oneOf(OUTCOMES) }).default('pass'),
    evidence: evidenceSchema.prefault({}),
    tdx: tdxSchema,
    'sev-snp': snpSchema,
    'nvidia-gpu': gpuSchema,
    workload: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        digests: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP({ error: 'must be sha256:<64 lowercase hex>' }).regex(SHA256, { error: 'must be sha256:<64 lowercase hex>' }), {
            error: 'must be a list',
        })
            .optional(),
        signers: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([
            zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ key: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP({ error: 'must be sha256:<64 lowercase hex>' }).regex(SHA256, { error: 'must be sha256:<64 lowercase hex>' }) }),
            zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
                identity: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP({ error: 'must be a string' }).min(1, { error: 'must not be empty' }).max(4096),
                issuer: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP({ error: 'must be a string' }).min(1, { error: 'must not be empty' }).max(4096),
            }),
        ], { error: 'must be {key: sha256:<hex>} or {identity, issuer}' }), { error: 'must be a list' })
            .min(1, { error: 'must list at least one signer (leave signers out to accept any)' })
            .max(1000)
            .optional(),
    })
        .optional(),
    allowed_ignores: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP({ error: 'must be a relative path inside a tree' })
        .min(1, { error: 'must be a relative path inside a tree' })
        .max(1024, { error: 'must be at most 1024 characters' })
        .refine((p) => !p.startsWith('/') && p.split('/').every((x) => x !== '' && x !== '.' && x !== '..') && !/[\u0000-\u001f\u007f-\u009f]/.test(p), {
        error: "must be a relative path inside a tree ('/'-separated, no '.' or '..' parts, no control characters)",
    }), { error: 'must be a list of paths' })
        .max(10_000, { error: 'must list at most 10000 paths' })
        .default([]),
    benchmark: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('context-only', {
        error: 'must be context-only: a benchmark is capacity context and never counts as evidence',
    })
        .default('context-only'),
    waivers: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        check: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP({ error: 'must be a check id' }).min(1, { error: 'must be a check id' }),
        any: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP({ error: 'must be a reason (a non-empty string)' }).trim().min(1, { error: 'must be a reason (a non-empty string)' }),
    }), { error: 'must be a list' })
        .default([]),
    reproduction: _reproduction_js__WEBPACK_IMPORTED_MODULE_1__/* .reproductionSchema */ .Uz.optional(),
});
const _SchemaMatchesPolicy = true;
void _SchemaMatchesPolicy;


/***/ })

};
