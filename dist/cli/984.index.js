export const id = 984;
export const ids = [984,469];
export const modules = {

/***/ 15818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K1: () => (/* binding */ jobContextFromEnv),
/* harmony export */   OP: () => (/* binding */ jobLabel),
/* harmony export */   wb: () => (/* binding */ jobIdOf)
/* harmony export */ });
/* unused harmony export checkJobContext */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** What each job field may hold (the receipt schema enforces the same), and where it came from. */
const JOB_FIELDS = [
    ['id', '--job-id / GITHUB_JOB', null, 256],
    ['repository', 'GITHUB_REPOSITORY', /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 256],
    ['run_id', 'GITHUB_RUN_ID', /^[0-9]+$/, 32],
    ['run_attempt', 'GITHUB_RUN_ATTEMPT', /^[0-9]+$/, 16],
    ['sha', 'GITHUB_SHA', /^([0-9a-f]{40}|[0-9a-f]{64})$/, 64],
    ['workflow_ref', 'GITHUB_WORKFLOW_REF', null, 1024],
];
/** Refuse (exit 2) a job field with control characters or the wrong shape, naming where it came from. */
function checkJobContext(job) {
    for (const [k, from, re, max] of JOB_FIELDS) {
        const v = job[k];
        if (v === null)
            continue;
        if (CONTROL.test(v) || LONE_SURROGATE.test(v))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('USAGE', `${from} contains a control character or invalid Unicode: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__.q)(v)}`);
        if (v.length > max)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('USAGE', `${from} is longer than ${max} characters`);
        if (re && !re.test(v))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('USAGE', `${from} is malformed: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__.q)(v)}`);
    }
    return job;
}
/**
 * Job context from the CI environment. On GitHub Actions: repository, run id, attempt, sha and
 * workflow ref; the job id defaults to GITHUB_JOB (matrix legs share it, so callers pass `jobId`).
 * Elsewhere every field is null unless given.
 */
function jobContextFromEnv(env, jobId) {
    const s = (k) => {
        const v = env[k];
        return v === undefined || v === '' ? null : v;
    };
    return checkJobContext({
        id: jobId && jobId !== '' ? jobId : s('GITHUB_JOB'),
        repository: s('GITHUB_REPOSITORY'),
        run_id: s('GITHUB_RUN_ID'),
        run_attempt: s('GITHUB_RUN_ATTEMPT'),
        sha: s('GITHUB_SHA'),
        workflow_ref: s('GITHUB_WORKFLOW_REF'),
    });
}
/**
 * The receipt's `job_id`: always a value, never a phrase. The job's own id (`--job-id`, GITHUB_JOB);
 * else the CI run (`run-4242.1`); else one derived from the binding (`job-` + the first 16 hex digits
 * of the GPU nonce, SHA-256 of the binding), so the verifier derives the same id.
 */
function jobIdOf(job, gpuNonceHex) {
    if (job.id)
        return job.id;
    if (job.run_id)
        return `run-${job.run_id}${job.run_attempt ? `.${job.run_attempt}` : ''}`;
    return `job-${gpuNonceHex.slice(0, 16)}`;
}
/** A human label for the job, used inside sentences: "job build (owner/repo run 123.1)", "job demo". */
function jobLabel(job) {
    const where = [];
    if (job.repository)
        where.push(job.repository);
    if (job.run_id)
        where.push(`run ${job.run_id}${job.run_attempt ? `.${job.run_attempt}` : ''}`);
    const name = job.id ? `job ${job.id}` : 'an unnamed job';
    return where.length ? `${name} (${where.join(' ')})` : name;
}


/***/ }),

/***/ 46928:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lint: () => (/* reexport */ lint.lint),
  loadShippedRules: () => (/* reexport */ shipped.loadShippedRules),
  ub: () => (/* reexport */ rules/* mergeRules */.ub),
  NR: () => (/* reexport */ parseRules)
});

// UNUSED EXPORTS: LINT_CATEGORIES, explain, lintSentence, splitSentences

// EXTERNAL MODULE: ./src/claims/lint/rules.ts
var rules = __webpack_require__(28360);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/claims/lint/patterns.ts
var patterns = __webpack_require__(60596);
;// CONCATENATED MODULE: ./src/claims/lint/parse-rules.ts
/**
 * Reading claim rule files: YAML, validated by a strict schema (rules.ts says what the sections mean).
 * The shipped files are read at build time (scripts/gen-assets.mjs embeds the result in
 * src/generated/claim-rules.ts); user files (--rules, claim-rules) are read here at run time.
 */






const conceptName = schemas/* string */.YjP().regex(/^[A-Z][A-Z0-9_]*$/, 'concept names are UPPER_SNAKE_CASE');
const patternString = schemas/* string */.YjP().superRefine((s, ctx) => {
    try {
        (0,patterns/* parsePattern */.EY)(s);
    }
    catch (e) {
        ctx.addIssue({ code: 'custom', message: `bad pattern ${JSON.stringify(s)}: ${e.message}` });
    }
});
const ConceptSchema = schemas/* strictObject */.rej({
    about: schemas/* string */.YjP().optional(),
    /** `source`: a thing that can be presented as evidence (benchmark, attestation, receipt ...). */
    role: schemas/* literal */.euz('source').optional(),
    /** For link concepts: `forward` when the claimed fact follows the link ("proves that X"). */
    direction: schemas/* enum */.k5n(['forward', 'any']).optional(),
    /** Negation words inside this concept's matches are part of its meaning ("not tell anything"). */
    absorbs_negation: schemas/* boolean */.zMY().optional(),
    patterns: schemas/* array */.YOg(patternString).min(1),
});
const RuleSchema = schemas/* strictObject */.rej({
    id: schemas/* string */.YjP().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'rule ids look like bench.evidence-of-job'),
    category: schemas/* enum */.k5n(rules/* LINT_CATEGORIES */.Db),
    about: schemas/* string */.YjP().optional(),
    /** What is presented as evidence; one of these must occur in the clause. */
    subject: schemas/* array */.YOg(conceptName).min(1),
    /** The subject must be the evidence source nearest to the link (not some other source). */
    nearest_subject: schemas/* boolean */.zMY().optional(),
    /** Evidence links ("proves", "so", "as X shows"); when given, one must join subject and claim. */
    link: schemas/* array */.YOg(conceptName).optional(),
    /** The overclaimed fact; negation or a hedge on it (or on the link) makes the sentence safe. */
    claim: schemas/* array */.YOg(conceptName).min(1),
    /** Claim matches that overlap these are not claims ("the output digest is valid"). */
    except: schemas/* array */.YOg(conceptName).optional(),
    /** Subject matches inside these are not subjects ("denial-of-service", "Node.js"). */
    not_subject: schemas/* array */.YOg(conceptName).optional(),
    /** Further groups: each needs one un-negated match in the clause. */
    also: schemas/* array */.YOg(schemas/* array */.YOg(conceptName).min(1)).optional(),
    /**
     * Circumstances the claim is made against: each group needs one un-negated match anywhere in the
     * sentence, in any clause ("the lease can end at any time; the volume keeps the outputs regardless").
     */
    context: schemas/* array */.YOg(schemas/* array */.YOg(conceptName).min(1)).optional(),
    /** Safe phrasings: any match anywhere in the sentence clears this rule. */
    unless: schemas/* array */.YOg(conceptName).optional(),
    rewrite: schemas/* string */.YjP().min(1),
    why: schemas/* string */.YjP().min(1),
});
const FileSchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(1),
    concepts: schemas/* record */.g1P(conceptName, ConceptSchema).optional(),
    rules: schemas/* array */.YOg(RuleSchema).optional(),
});
function pathText(path) {
    let s = '';
    for (const p of path)
        s += typeof p === 'number' ? `[${p}]` : s === '' ? String(p) : `.${String(p)}`;
    return s === '' ? '(top level)' : s;
}
/** Parse and validate one rule file. Throws InputError('RULES_INVALID') naming the key path and source. */
function parseRules(yamlText, source) {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(yamlText);
    }
    catch (e) {
        throw new errors/* InputError */.dz('RULES_INVALID', `claim rules ${(0,errors.q)(source)}: not valid YAML: ${e.message}`);
    }
    const r = FileSchema.safeParse(doc);
    if (!r.success) {
        const issue = r.error.issues[0];
        if (issue.code === 'unrecognized_keys') {
            const keys = issue.keys.map((k) => pathText([...issue.path, k])).join(', ');
            throw new errors/* InputError */.dz('RULES_INVALID', `claim rules ${(0,errors.q)(source)}: unknown key ${keys}`);
        }
        throw new errors/* InputError */.dz('RULES_INVALID', `claim rules ${(0,errors.q)(source)}: ${pathText(issue.path)}: ${issue.message}`);
    }
    const ids = new Set();
    for (const [i, rule] of (r.data.rules ?? []).entries()) {
        if (ids.has(rule.id))
            throw new errors/* InputError */.dz('RULES_INVALID', `claim rules ${(0,errors.q)(source)}: rules[${i}].id: duplicate id ${(0,errors.q)(rule.id)}`);
        ids.add(rule.id);
    }
    return { concepts: r.data.concepts ?? {}, rules: r.data.rules ?? [], sources: [source] };
}
/**
 * The shipped rule files (name and text; merged in name order), validated, checked, and with every
 * pattern parsed: what src/generated/claim-rules.ts embeds. Throws when a pattern's compact form does
 * not read back as the same pattern.
 */
function buildShippedRules(files) {
    let acc = { concepts: {}, rules: [], sources: [] };
    for (const f of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        acc = mergeRules(acc, parseRules(f.text, f.name));
    }
    checkReferences(acc);
    const packed = {};
    for (const [name, def] of Object.entries(acc.concepts)) {
        packed[name] = def.patterns.map((src) => {
            const parsed = parsePattern(src);
            const p = packPattern(parsed);
            if (!isDeepStrictEqual(unpackPattern(p), parsed))
                throw new Error(`pattern ${JSON.stringify(src)} does not survive packing`);
            return p;
        });
    }
    return { concepts: { ...acc.concepts }, rules: [...acc.rules], sources: [...acc.sources], packed };
}
/** The text of src/generated/claim-rules.ts for these rule files. */
function shippedRulesModule(files) {
    const data = JSON.stringify(buildShippedRules(files));
    // In single quotes, JSON's many double quotes need no escaping.
    const literal = `'${data.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
    return ('// Generated by scripts/gen-assets.mjs from policies/claims/*.yml (validated, merged, patterns parsed). Do not edit.\n' +
        "import type { ShippedRuleSet } from '../claims/lint/rules.js';\n\n" +
        '// JSON.parse of one string reads faster than the same data as an object literal.\n' +
        `export const SHIPPED_CLAIM_RULES: ShippedRuleSet = JSON.parse(${literal});\n`);
}

// EXTERNAL MODULE: ./src/claims/lint/shipped.ts + 1 modules
var shipped = __webpack_require__(15839);
// EXTERNAL MODULE: ./src/claims/lint/lint.ts
var lint = __webpack_require__(21230);
// EXTERNAL MODULE: ./src/claims/lint/split.ts
var split = __webpack_require__(67983);
// EXTERNAL MODULE: ./src/claims/lint/engine.ts + 1 modules
var engine = __webpack_require__(50169);
;// CONCATENATED MODULE: ./src/claims/lint/index.ts








/***/ }),

/***/ 83469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   claimRules: () => (/* binding */ claimRules),
/* harmony export */   lintForReceipt: () => (/* binding */ lintForReceipt)
/* harmony export */ });
/* harmony import */ var _lint_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46928);

/** Rules: the shipped set, extended by any user rule files. */
function claimRules(extra = []) {
    let rules = (0,_lint_index_js__WEBPACK_IMPORTED_MODULE_0__.loadShippedRules)();
    for (const r of extra)
        rules = (0,_lint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .mergeRules */ .ub)(rules, (0,_lint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRules */ .NR)(r.text, r.source));
    return rules;
}
/** Lint user text handed to `create`; every flagged sentence is struck and recorded with its rewrite. */
function lintForReceipt(texts, extraRules = []) {
    if (texts.length === 0)
        return [];
    const rules = claimRules(extraRules);
    const out = [];
    for (const t of texts) {
        for (const f of (0,_lint_index_js__WEBPACK_IMPORTED_MODULE_0__.lint)(t.text, rules)) {
            out.push({ sentence: f.sentence, category: f.category, rule: f.rule, rewrite: f.rewrite, why: f.why, source: t.source, line: f.line });
        }
    }
    return out;
}


/***/ }),

/***/ 1172:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zx: () => (/* binding */ claimTier),
/* harmony export */   d_: () => (/* binding */ allowedClaim),
/* harmony export */   wc: () => (/* binding */ STANDING_BLOCKED_CLAIMS)
/* harmony export */ });
/**
 * Claim tiers (DESIGN §6). The allowed claim is built from verified facts only, and is never wider
 * than any of its inputs: a hold accepts nothing, a deny allows no runtime claim, simulated evidence
 * allows no hardware claim, and a pass with hardware evidence speaks for the environment, not for
 * what the workload did.
 */
/** The claims this project always blocks, whatever the evidence. Quoted as blocked, never as true. */
const STANDING_BLOCKED_CLAIMS = [
    'A benchmark result proves that this job ran.',
    'TEE attestation proves that the model output is true.',
    'One benchmark run proves that this provider is always faster.',
];
function claimTier(f) {
    if (f.decision === 'deny')
        return 'denied';
    if (f.decision === 'hold')
        return 'none';
    const verified = f.evidence.filter((e) => e.status === 'verified' && e.bindingMatches === true);
    const hardware = verified.filter((e) => e.kind !== null && e.kind !== 'simulated');
    if (hardware.length > 0 && verified.every((e) => e.kind !== 'simulated'))
        return f.execution?.eligible && hardware.some((e) => e.kind === 'tdx') ? 'execution' : 'environment';
    if (verified.some((e) => e.kind === 'simulated'))
        return 'simulated';
    // A pass with no verified evidence (a policy that requires none and caps at pass): nothing runtime.
    return 'none';
}
function cap(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}
function short(d) {
    const i = d.indexOf(':');
    return i >= 0 ? `${d.slice(0, i + 1)}${d.slice(i + 1, i + 13)}` : d;
}
/** An Intel TDX quote: its launch measurements, the TCB status from Intel's collateral, and any log replay. */
function tdxDescription(c) {
    const h = (k) => (typeof c[k] === 'string' ? `${c[k].slice(0, 16)}…` : '?');
    const regs = ['rtmr0', 'rtmr1', 'rtmr2', 'rtmr3'].map((r) => `${r.toUpperCase()} ${h(r)}`).join(', ');
    const tcb = typeof c['tcb_status'] === 'string' ? `TCB status ${c['tcb_status']}` : 'TCB status not evaluated';
    const log = c['event_log_replay'] === 'match' ? '; event log replayed to the RTMRs' : '';
    return `an Intel TDX quote (MRTD ${h('mr_td')}, MRSEAM ${h('mr_seam')}, ${regs}; ${tcb}${log})`;
}
/** AMD SEV-SNP: product line, signing key, launch measurement and the reported TCB, from verified claims. */
function snpDescription(c) {
    const product = typeof c['product'] === 'string' ? `${c['product']} ` : '';
    const key = typeof c['signing_key'] === 'string' ? `, signed by its ${c['signing_key'].toUpperCase()}` : '';
    const t = c['reported_tcb'];
    const n = (k) => (t !== null && typeof t === 'object' && typeof t[k] === 'number' ? String(t[k]) : '?');
    const fmc = t !== null && typeof t === 'object' && 'fmc' in t ? `fmc ${n('fmc')}, ` : '';
    return (`an AMD SEV-SNP ${product}report${key} (measurement ${String(c['measurement'] ?? '?').slice(0, 16)}…, ` +
        `reported TCB ${fmc}bootloader ${n('bootloader')}, tee ${n('tee')}, snp ${n('snp')}, microcode ${n('microcode')})`);
}
/** NVIDIA GPUs: how many, which architecture, driver and VBIOS, and who signed (device keys or NRAS). */
function gpuDescription(e) {
    const gpus = Array.isArray(e.claims['gpus']) ? e.claims['gpus'] : [];
    const uniq = (k) => [...new Set(gpus.map((g) => (typeof g[k] === 'string' ? g[k] : '?')))].join('/');
    const what = e.format === 'nras-eat' ? 'an NVIDIA NRAS token set' : 'NVIDIA SPDM evidence signed by the device keys';
    return `${what} for ${gpus.length} ${uniq('arch')} GPU(s) (driver ${uniq('driver_version')}, VBIOS ${uniq('vbios_version')})`;
}
function teeDescription(evidence) {
    const parts = [];
    for (const e of evidence) {
        if (e.status !== 'verified' || e.kind === null || e.kind === 'simulated')
            continue;
        const c = e.claims;
        switch (e.kind) {
            case 'tdx':
                parts.push(tdxDescription(c));
                break;
            case 'sev-snp':
                parts.push(snpDescription(c));
                break;
            case 'nvidia-gpu':
                parts.push(gpuDescription(e));
                break;
        }
    }
    return parts.length ? parts.join(' and ') : 'hardware TEE evidence';
}
/** Why a sealed two-phase job stayed below the execution tier, as a sentence (none when it reached it or never began). */
function executionNote(f) {
    return f.execution && !f.execution.eligible ? ` The execution tier was not reached: ${f.execution.reason}.` : '';
}
function allowedClaim(tier, f) {
    const job = f.jobLabel;
    const w = short(f.workloadDigest) + (f.workloadSigner ? `, signed by ${f.workloadSigner}` : '');
    const i = short(f.inputCommitment);
    const o = short(f.outputDigest);
    const p = `${f.policyId}@${short(f.policyDigest)}`;
    switch (tier) {
        case 'none':
            return (`${cap(job)} recorded workload ${w}, inputs ${i} and outputs ${o}; ` +
                `no runtime evidence was accepted (policy ${p}: ${f.because || f.decisionReason}).`);
        case 'denied':
            return f.evidencePresented
                ? `The verifier ran and policy ${p} rejected the evidence for ${job} ` +
                    `(${f.because || f.deciding.join(', ') || f.decisionReason}); no runtime claim is allowed.`
                : `The verifier ran and policy ${p} required runtime evidence for ${job}, and none was presented; ` +
                    `no runtime claim is allowed.`;
        case 'simulated':
            return (`Simulated evidence only, accepted by the demo policy ${p}: ${job} recorded workload ${w}, ` +
                `inputs ${i} and outputs ${o}; no hardware claim is made.` +
                executionNote(f));
        case 'environment':
            return (`Hardware-signed evidence from ${teeDescription(f.evidence)}, accepted by policy ${p}, ` +
                `commits to workload ${w}, inputs ${i}, outputs ${o} and ${job}, and was produced after the ` +
                `outputs existed; it does not show that the workload produced the outputs.` +
                executionNote(f));
        case 'execution': {
            const tdx = f.evidence.find((e) => e.kind === 'tdx' && e.status === 'verified');
            const mrtd = typeof tdx?.claims['mr_td'] === 'string' ? `${tdx.claims['mr_td'].slice(0, 16)}…` : '?';
            return (`In one boot of the measured Intel TDX image (MRTD ${mrtd} and RTMR0-2 pinned by policy ${p}), ` +
                `the agent recorded workload ${w} and inputs ${i} for ${job} before it recorded outputs ${o}, under policy ${p}. ` +
                `This assumes an ephemeral runner and job steps without root in the TD; it does not show that the outputs are correct.`);
        }
    }
}


/***/ }),

/***/ 10837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a$: () => (/* reexport */ names/* DEFAULT_IGNORES */.a$),
  DJ: () => (/* reexport */ names/* DEFAULT_ORDER */.DJ),
  jX: () => (/* reexport */ digest_tree/* SHARD_SIZE */.jX),
  u1: () => (/* reexport */ buildManifest),
  zq: () => (/* reexport */ names/* compareUtf8 */.zq),
  hW: () => (/* reexport */ digest_tree/* digestTree */.hW),
  cU: () => (/* reexport */ inputCommitment),
  RN: () => (/* reexport */ oms_statement/* omsStatement */.RN),
  Q: () => (/* reexport */ parseImageRef),
  Di: () => (/* reexport */ names/* parseShardName */.Di),
  V9: () => (/* reexport */ names/* resourcesInOrder */.V9),
  U0: () => (/* reexport */ sha256sums)
});

// UNUSED EXPORTS: IN_TOTO_STATEMENT_V1, OMS_PREDICATE_TYPE, RESOURCE_ORDERS, compareNames, parseManifestJson

// EXTERNAL MODULE: ./src/digest/digest-tree.ts + 3 modules
var digest_tree = __webpack_require__(31786);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/digest/names.ts
var names = __webpack_require__(23820);
;// CONCATENATED MODULE: ./src/digest/parse-image-ref.ts


// registry[:port]/path[:tag], as OCI references spell it (lowercase repository, tag chars).
const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._\-/:]*[A-Za-z0-9_])?$/;
const HEX64 = /^[0-9a-f]{64}$/;
/**
 * A workload given as a container image pinned by digest, `name@sha256:<64 hex>`: returns the
 * name and `sha256:<hex>`. Anything containing '@sha256:' that is not exactly that is a usage
 * error (it is never silently treated as a path); anything else is a path: null.
 */
function parseImageRef(ref) {
    const at = ref.indexOf('@sha256:');
    if (at < 0)
        return null;
    const name = ref.slice(0, at);
    const hex = ref.slice(at + '@sha256:'.length);
    if (!NAME.test(name) || name.includes('//') || !HEX64.test(hex)) {
        throw new errors/* InputError */.dz('USAGE', `malformed image reference (expected name@sha256:<64 lowercase hex>): ${(0,names/* displayName */.QC)(ref)}`);
    }
    return { name, digest: `sha256:${hex}` };
}

;// CONCATENATED MODULE: ./src/digest/build-manifest.ts
/** The plain manifest of a tree: one sha256 entry per resource, in resource order. */
function buildManifest(tree) {
    return {
        serialization: { ...tree.serialization, ignore_paths: [...tree.serialization.ignore_paths] },
        resources: tree.resources.map((r) => ({ name: r.name, algorithm: 'sha256', digest: r.sha256 })),
    };
}
const build_manifest_HEX64 = /^[0-9a-f]{64}$/;
/**
 * The first way a parsed value is not a manifest, or null. Hand-written rather than a schema: a
 * manifest can list millions of files, and this stops at the first bad one instead of collecting an
 * issue for each.
 */
function manifestProblem(j) {
    if (j === null || typeof j !== 'object' || Array.isArray(j))
        return 'the top level must be an object';
    const { serialization: s, resources } = j;
    if (s === null || typeof s !== 'object' || Array.isArray(s))
        return 'serialization must be an object';
    const ser = s;
    for (const k of ['method', 'hash_type', 'order'])
        if (typeof ser[k] !== 'string')
            return `serialization.${k} must be a string`;
    if (typeof ser['allow_symlinks'] !== 'boolean')
        return 'serialization.allow_symlinks must be a boolean';
    const ig = ser['ignore_paths'];
    if (!Array.isArray(ig) || !ig.every((x) => typeof x === 'string'))
        return 'serialization.ignore_paths must be a list of strings';
    if (!Array.isArray(resources))
        return 'resources must be a list';
    for (let i = 0; i < resources.length; i++) {
        const r = resources[i];
        if (r === null || typeof r !== 'object' || Array.isArray(r))
            return `resources[${i}] must be an object`;
        if (typeof r.name !== 'string')
            return `resources[${i}].name must be a string`;
        if (r.algorithm !== 'sha256' && r.algorithm !== 'hmac-sha256')
            return `resources[${i}].algorithm must be sha256 or hmac-sha256`;
        if (typeof r.digest !== 'string' || !build_manifest_HEX64.test(r.digest))
            return `resources[${i}].digest must be 64 lowercase hex digits`;
    }
    return null;
}
/**
 * A saved `<role>.manifest.json` as text -> Manifest, or a one-line reason it is not one (not JSON,
 * `null`, a resource without a name ...). Extra keys are kept, so the manifest's digest is still of
 * what was saved.
 */
function parseManifestJson(text) {
    let j;
    try {
        j = JSON.parse(text);
    }
    catch {
        return { error: 'not valid JSON' };
    }
    const problem = manifestProblem(j);
    return problem === null ? { manifest: j } : { error: problem };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/digest/input-commitment.ts


/**
 * The inputs' commitment and manifest (DESIGN §2). With a key, every manifest entry is
 * HMAC-SHA256(key, raw 32-byte file digest) and nothing returned carries a plain file digest
 * (nor the plain root), so the inputs cannot be confirmed by guessing them without the key.
 */
function inputCommitment(tree, key) {
    if (key === undefined)
        return { commitment: tree.digest, scheme: 'sha256', manifest: buildManifest(tree) };
    if (!Buffer.isBuffer(key) || key.length === 0)
        throw new TypeError('input key must be a non-empty Buffer');
    const mac = (data) => (0,external_node_crypto_.createHmac)('sha256', key).update(data).digest('hex');
    return {
        commitment: 'hmac-sha256:' + mac(tree.root),
        scheme: 'hmac-sha256',
        manifest: {
            serialization: { ...tree.serialization, ignore_paths: [...tree.serialization.ignore_paths] },
            resources: tree.resources.map((r) => ({ name: r.name, algorithm: 'hmac-sha256', digest: mac(Buffer.from(r.sha256, 'hex')) })),
        },
    };
}

;// CONCATENATED MODULE: ./src/digest/sha256sums.ts
/**
 * GNU coreutils `sha256sum` lines, `<hex>  <name>\n`, replayable with `sha256sum -c` from the
 * tree root (the common parent for a multi-path tree). A name with a backslash, newline or
 * carriage return uses GNU's escaped form: the line starts with '\' and those characters are
 * written '\\', '\n', '\r'.
 */
function sha256sums(manifest) {
    if (manifest.serialization.method !== 'files')
        throw new TypeError(`SHA256SUMS needs the files serialization, got ${manifest.serialization.method}`);
    let out = '';
    for (const r of manifest.resources) {
        if (r.algorithm !== 'sha256')
            throw new TypeError(`SHA256SUMS needs plain sha256 entries, got ${r.algorithm}`);
        if (/[\\\n\r]/.test(r.name)) {
            const name = r.name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
            out += `\\${r.digest}  ${name}\n`;
        }
        else {
            out += `${r.digest}  ${r.name}\n`;
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/digest/oms-statement.ts
var oms_statement = __webpack_require__(79457);
;// CONCATENATED MODULE: ./src/digest/index.ts









/***/ }),

/***/ 79457:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RN: () => (/* binding */ omsStatement),
/* harmony export */   hC: () => (/* binding */ OMS_PREDICATE_TYPE),
/* harmony export */   tV: () => (/* binding */ IN_TOTO_STATEMENT_V1)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
const OMS_PREDICATE_TYPE = 'https://model_signing/signature/v1.0';
/**
 * The manifest as an OpenSSF Model Signing v1.0 in-toto Statement (what OMS tools compare):
 * subject = the tree's name and root digest; predicate = {serialization, resources}. OMS
 * verifiers read method, hash_type, allow_symlinks and ignore_paths and ignore other keys, so
 * `order` travels along. The subject digest is recomputed from the resources and must equal the
 * tree's root: a manifest that does not belong to the tree is a TypeError.
 */
function omsStatement(tree, manifest) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const resources = manifest.resources.map((r) => {
        if (r.algorithm !== 'sha256')
            throw new TypeError(`an OMS statement needs plain sha256 entries, got ${r.algorithm}`);
        h.update(Buffer.from(r.digest, 'hex'));
        return { name: r.name, algorithm: 'sha256', digest: r.digest };
    });
    const root = h.digest('hex');
    if (root !== tree.root.toString('hex'))
        throw new TypeError('manifest does not match the tree digest');
    return {
        _type: IN_TOTO_STATEMENT_V1,
        subject: [{ name: tree.name, digest: { sha256: root } }],
        predicateType: OMS_PREDICATE_TYPE,
        predicate: {
            serialization: { ...manifest.serialization, ignore_paths: [...manifest.serialization.ignore_paths] },
            resources,
        },
    };
}


/***/ }),

/***/ 64638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ appraise),
  t: () => (/* binding */ signerLabel)
});

// EXTERNAL MODULE: ./src/policy/check-ids.ts
var check_ids = __webpack_require__(62909);
// EXTERNAL MODULE: ./src/policy/types.ts
var types = __webpack_require__(63943);
;// CONCATENATED MODULE: ./src/policy/rules/common.ts

function missing(ctx, key) {
    return {
        outcome: ctx.notEvaluated,
        observed: null,
        detail: `not evaluated: the verifier reported no "${key}" claim`,
    };
}
function malformed(key, value, want) {
    return { outcome: 'deny', observed: show(value), detail: `claim "${key}" is malformed: expected ${want}` };
}
function show(value) {
    const s = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
    return s.length > 200 ? `${s.slice(0, 197)}...` : s;
}
function hexClaim(ctx, claims, key, bytes) {
    const v = claims[key];
    if (v === undefined || v === null)
        return { ok: false, finding: missing(ctx, key) };
    if (typeof v !== 'string' || v.length !== bytes * 2 || !/^[0-9a-fA-F]*$/.test(v)) {
        return { ok: false, finding: malformed(key, v, `${bytes * 2} hex digits`) };
    }
    return { ok: true, value: v.toLowerCase() };
}
function boolClaim(ctx, claims, key) {
    const v = claims[key];
    if (v === undefined || v === null)
        return { ok: false, finding: missing(ctx, key) };
    if (typeof v !== 'boolean')
        return { ok: false, finding: malformed(key, v, 'true or false') };
    return { ok: true, value: v };
}
function stringClaim(ctx, claims, key) {
    const v = claims[key];
    if (v === undefined || v === null)
        return { ok: false, finding: missing(ctx, key) };
    if (typeof v !== 'string' || v.length === 0)
        return { ok: false, finding: malformed(key, v, 'a string') };
    return { ok: true, value: v };
}
/** Fold per-subject findings into one: the worst outcome; observed and detail per subject when several. */
function fold(subjects, each) {
    const found = subjects.map((s) => ({ label: s.label, f: s.unreadable !== undefined ? unreadable(s) : each(s) }));
    if (found.length === 1)
        return found[0].f;
    const outcome = found.reduce((o, x) => (0,types/* worse */.a)(o, x.f.outcome), 'pass');
    const observed = found.map((x) => `${x.label}: ${x.f.observed ?? 'none'}`).join('; ');
    const details = new Set(found.map((x) => x.f.detail));
    const detail = details.size === 1 ? found[0].f.detail : found.map((x) => `${x.label}: ${x.f.detail}`).join('; ');
    return { outcome, observed, detail };
}
function unreadable(s) {
    return { outcome: 'deny', observed: null, detail: `not evaluated: ${s.unreadable}` };
}
/** A rule evaluated subject by subject. */
function perSubject(id, expected, each) {
    return { id, expected, evaluate: (subjects) => fold(subjects, each) };
}
/**
 * An allow-list of reference values. An empty list means "not pinned": hold, never pass, showing the
 * observed value so the user can pin it in a copy of the policy (shipped strict policies do this).
 */
function allowList(ctx, id, allowed, read, what) {
    const norm = allowed.map((a) => a.toLowerCase());
    return perSubject(id, allowed.length === 0 ? null : allowed.join(', '), (s) => {
        const c = read(s.claims);
        if (!c.ok)
            return c.finding;
        if (allowed.length === 0) {
            return {
                outcome: 'hold',
                observed: c.value,
                detail: `not pinned: the policy lists no reference value for ${what}; pin the observed value in a copy of the policy`,
            };
        }
        return norm.includes(c.value.toLowerCase())
            ? { outcome: 'pass', observed: c.value, detail: `${what} is on the policy's allow-list` }
            : { outcome: 'deny', observed: c.value, detail: `${what} is not on the policy's allow-list` };
    });
}
/** A boolean that must be false (`debug: forbid`, `migrate_ma: forbid`). */
function forbidTrue(id, read, whenTrue, whenFalse) {
    return perSubject(id, 'false', (s) => {
        const c = read(s.claims);
        if (!c.ok)
            return c.finding;
        return c.value
            ? { outcome: 'deny', observed: 'true', detail: whenTrue }
            : { outcome: 'pass', observed: 'false', detail: whenFalse };
    });
}
/** The outcome every check of a rule gets when it could not be evaluated at all. */
function notEvaluated(rule, outcome, why) {
    return { id: rule.id, outcome, observed: null, expected: rule.expected, detail: `not evaluated: ${why}` };
}

;// CONCATENATED MODULE: ./src/policy/rules/nvidia-gpu.ts

/**
 * Fields that SPDM evidence and NRAS tokens both report: when both speak for one GPU they must agree.
 * `measres` is among them: NRAS's appraisal and the local one against RIMs (when RIMs were given)
 * must not contradict each other; so are `cert_status` and `ocsp_status`: NRAS's verdict on the
 * device chain and the local OCSP check of the same chain.
 */
const SHARED_FIELDS = ['arch', 'model', 'driver_version', 'vbios_version', 'measres', 'cert_status', 'ocsp_status'];
/**
 * One subject per physical GPU. SPDM evidence and NRAS tokens about the same GPU are joined by its
 * `ueid` (the device certificate's serial number, which NRAS reports as `ueid`), so a GPU is counted
 * once and its rules see the device facts from its signed report together with NRAS's appraisal
 * (`measres`, `dbgstat`) or the local appraisal against NVIDIA's RIMs (`measres`). Sources that disagree on a shared field make the GPU unreadable (deny). A
 * GPU without a ueid stays on its own. An item whose `gpus` claim is missing or malformed stays one
 * unreadable subject.
 */
function gpuSubjects(items) {
    const out = [];
    const byUeid = new Map();
    for (const it of items) {
        const gpus = it.claims['gpus'];
        if (!Array.isArray(gpus)) {
            out.push({ ...it, unreadable: gpus === undefined ? 'the verifier reported no "gpus" claim' : 'claim "gpus" is not a list' });
            continue;
        }
        gpus.forEach((g, j) => {
            const label = `${it.label}.gpu${j}`;
            if (g === null || typeof g !== 'object') {
                out.push({ label, claims: {}, unreadable: `gpus[${j}] is not an object` });
                return;
            }
            const claims = g;
            const ueid = typeof claims['ueid'] === 'string' ? claims['ueid'] : null;
            const seen = ueid === null ? undefined : byUeid.get(ueid);
            if (!seen) {
                const subject = { label, claims: { ...claims } };
                out.push(subject);
                if (ueid !== null)
                    byUeid.set(ueid, subject);
                return;
            }
            seen.label = `${seen.label}+${label}`;
            for (const [k, v] of Object.entries(claims)) {
                const had = seen.claims[k];
                if (v === null || v === undefined)
                    continue;
                if (had === null || had === undefined)
                    seen.claims[k] = v;
                else if (SHARED_FIELDS.includes(k) && String(had).toLowerCase() !== String(v).toLowerCase()) {
                    seen.unreadable = `the sources for GPU ueid ${ueid} disagree on ${k}: ${String(had)} vs ${String(v)}`;
                }
            }
        });
    }
    return out;
}
function gpuRules(block, ctx) {
    const rules = [];
    const count = block.count;
    if (count) {
        const expected = count.max === undefined ? `>= ${count.min}` : `${count.min}..${count.max}`;
        rules.push({
            id: 'nvidia-gpu.count',
            expected,
            evaluate(items) {
                for (const it of items) {
                    const gpus = it.claims['gpus'];
                    if (gpus === undefined || gpus === null)
                        return missing(ctx, 'gpus');
                    if (!Array.isArray(gpus))
                        return malformed('gpus', gpus, 'a list');
                }
                // Distinct GPUs: SPDM evidence and NRAS tokens about one GPU count once.
                const n = gpuSubjects(items).length;
                const ok = n >= count.min && (count.max === undefined || n <= count.max);
                return ok
                    ? { outcome: 'pass', observed: String(n), detail: `${n} attested GPU(s), within ${expected}` }
                    : { outcome: 'deny', observed: String(n), detail: `${n} attested GPU(s), outside ${expected}` };
            },
        });
    }
    const perGpu = (r) => ({ ...r, evaluate: (items) => r.evaluate(gpuSubjects(items)) });
    if (block.debug === 'forbid') {
        rules.push(perGpu(forbidTrue('nvidia-gpu.debug', (c) => boolClaim(ctx, c, 'debug'), 'the GPU runs in debug mode', 'the GPU is not in debug mode')));
    }
    if (block.measres) {
        rules.push(perGpu(perSubject('nvidia-gpu.measres', 'success', (s) => {
            const c = stringClaim(ctx, s.claims, 'measres');
            if (!c.ok)
                return c.finding;
            const bad = s.claims['measurement_mismatches'];
            const named = Array.isArray(bad) && bad.length > 0 ? ` (RIM measurement index ${bad.map((x) => String(x)).join(', ')})` : '';
            return c.value === 'success'
                ? { outcome: 'pass', observed: c.value, detail: 'the GPU measurements matched the reference values' }
                : { outcome: 'deny', observed: c.value, detail: `the GPU measurements did not match the reference values${named}` };
        })));
    }
    if (block.driver_versions !== undefined) {
        rules.push(perGpu(allowList(ctx, 'nvidia-gpu.driver_versions', block.driver_versions, (c) => stringClaim(ctx, c, 'driver_version'), 'the driver version')));
    }
    if (block.architectures !== undefined) {
        rules.push(perGpu(allowList(ctx, 'nvidia-gpu.architectures', block.architectures, (c) => stringClaim(ctx, c, 'arch'), 'the GPU architecture')));
    }
    if (block.cert_status === 'valid') {
        rules.push(perGpu(perSubject('nvidia-gpu.cert_status', 'valid', (s) => {
            const c = stringClaim(ctx, s.claims, 'cert_status');
            if (!c.ok)
                return c.finding;
            return c.value === 'valid'
                ? { outcome: 'pass', observed: c.value, detail: "the GPU's device certificate chain is valid and not revoked (NRAS, or OCSP answers verified here)" }
                : { outcome: 'deny', observed: c.value, detail: "the GPU's device certificate chain is not known to be valid (revoked or unknown to the OCSP responder)" };
        })));
    }
    if (block.vbios_versions !== undefined) {
        rules.push(perGpu(allowList(ctx, 'nvidia-gpu.vbios_versions', block.vbios_versions, (c) => stringClaim(ctx, c, 'vbios_version'), 'the VBIOS version')));
    }
    return rules;
}

// EXTERNAL MODULE: ./src/policy/schema.ts
var schema = __webpack_require__(54139);
;// CONCATENATED MODULE: ./src/policy/rules/sev-snp.ts
/**
 * Rules over verified SEV-SNP attestation reports. They check no signature (the verifier did; only
 * `verified` reports reach them). Claims: `measurement`, `host_data`, `id_key_digest`,
 * `author_key_digest` (lowercase hex), one boolean per guest policy flag (`debug`, `migrate_ma`,
 * ...), `vmpl` (number), `signing_key` (`vcek` | `vlek`), `reported_tcb` {bootloader, tee, snp,
 * microcode, fmc (Turin)}.
 */


function intClaim(ctx, s, key) {
    const v = s.claims[key];
    if (v === undefined || v === null)
        return { ok: false, finding: missing(ctx, key) };
    if (typeof v !== 'number' || !Number.isInteger(v))
        return { ok: false, finding: malformed(key, v, 'an integer') };
    return { ok: true, value: v };
}
function snpRules(block, ctx) {
    const rules = [];
    if (block.debug === 'forbid') {
        rules.push(forbidTrue('sev-snp.debug', (c) => boolClaim(ctx, c, 'debug'), 'the guest policy allows debugging: the host can read its memory', 'the guest policy forbids debugging'));
    }
    if (block.migrate_ma === 'forbid') {
        rules.push(forbidTrue('sev-snp.migrate_ma', (c) => boolClaim(ctx, c, 'migrate_ma'), 'a migration agent is allowed: the guest may be moved off the attested platform', 'no migration agent is allowed'));
    }
    if (block.measurement !== undefined) {
        rules.push(allowList(ctx, 'sev-snp.measurement', block.measurement, (c) => hexClaim(ctx, c, 'measurement', 48), 'MEASUREMENT'));
    }
    if (block.host_data !== undefined) {
        rules.push(allowList(ctx, 'sev-snp.host_data', block.host_data, (c) => hexClaim(ctx, c, 'host_data', 32), 'HOST_DATA'));
    }
    if (block.id_key_digest !== undefined) {
        rules.push(allowList(ctx, 'sev-snp.id_key_digest', block.id_key_digest, (c) => hexClaim(ctx, c, 'id_key_digest', 48), 'ID_KEY_DIGEST'));
    }
    if (block.author_key_digest !== undefined) {
        rules.push(allowList(ctx, 'sev-snp.author_key_digest', block.author_key_digest, (c) => hexClaim(ctx, c, 'author_key_digest', 48), 'AUTHOR_KEY_DIGEST'));
    }
    const vmpls = block.vmpl;
    if (vmpls !== undefined) {
        rules.push(perSubject('sev-snp.vmpl', vmpls.join(', ') || null, (s) => {
            const v = intClaim(ctx, s, 'vmpl');
            if (!v.ok)
                return v.finding;
            return vmpls.includes(v.value)
                ? { outcome: 'pass', observed: String(v.value), detail: `the report was requested at VMPL ${v.value}, which the policy allows` }
                : { outcome: 'deny', observed: String(v.value), detail: `the report was requested at VMPL ${v.value}; the policy allows ${vmpls.join(', ') || 'none'}` };
        }));
    }
    const keys = block.signing_key;
    if (keys !== undefined) {
        rules.push(perSubject('sev-snp.signing_key', keys.join(', ') || null, (s) => {
            const k = stringClaim(ctx, s.claims, 'signing_key');
            if (!k.ok)
                return k.finding;
            return keys.includes(k.value)
                ? { outcome: 'pass', observed: k.value, detail: `signed by a ${k.value.toUpperCase()}, which the policy allows` }
                : { outcome: 'deny', observed: k.value, detail: `signed by a ${k.value.toUpperCase()}; the policy allows ${keys.join(', ') || 'none'}` };
        }));
    }
    const gp = block.guest_policy;
    if (gp) {
        for (const name of [...gp.forbid, ...gp.require]) {
            const want = gp.require.includes(name);
            rules.push(perSubject(`sev-snp.guest_policy.${name}`, want ? 'set' : 'clear', (s) => {
                const b = boolClaim(ctx, s.claims, name);
                if (!b.ok)
                    return b.finding;
                const observed = b.value ? 'set' : 'clear';
                return b.value === want
                    ? { outcome: 'pass', observed, detail: `guest policy flag ${name} is ${observed}, as the policy ${want ? 'requires' : 'asks'}` }
                    : { outcome: 'deny', observed, detail: `guest policy flag ${name} is ${observed}; the policy ${want ? 'requires' : 'forbids'} it` };
            }));
        }
    }
    const min = block.min_reported_tcb;
    if (min) {
        for (const comp of schema/* SNP_TCB_COMPONENTS */.VB) {
            const want = min[comp];
            if (want === undefined)
                continue;
            const key = `reported_tcb.${comp}`;
            rules.push(perSubject(`sev-snp.min_reported_tcb.${comp}`, `>= ${want}`, (s) => {
                const tcb = s.claims['reported_tcb'];
                if (tcb === undefined || tcb === null)
                    return missing(ctx, 'reported_tcb');
                if (typeof tcb !== 'object')
                    return malformed('reported_tcb', tcb, 'an object');
                const v = tcb[comp];
                if (v === undefined || v === null) {
                    return comp === 'fmc'
                        ? { ...missing(ctx, key), detail: 'not evaluated: the report has no FMC component (only Turin reports carry one)' }
                        : missing(ctx, key);
                }
                if (typeof v !== 'number' || !Number.isInteger(v))
                    return malformed(key, v, 'an integer');
                return v >= want
                    ? { outcome: 'pass', observed: String(v), detail: `reported TCB ${comp} ${v} meets the minimum ${want}` }
                    : { outcome: 'deny', observed: String(v), detail: `reported TCB ${comp} ${v} is below the minimum ${want}` };
            }));
        }
    }
    return rules;
}

;// CONCATENATED MODULE: ./src/policy/rules/tdx.ts
/**
 * Rules over verified TDX quotes (reference values, TD attributes, TCB status). The claims are the
 * verifier's: lowercase hex for byte fields (`td_attributes` is the 8 bytes as they sit in the quote,
 * little-endian), booleans `debug` and `sept_ve_disable`, and `tcb_status` once collateral was used.
 */


/** One TD attribute: the verifier's boolean when it gave one (debug, sept_ve_disable), else the bit. */
function attribute(ctx, claims, name) {
    if (name === 'debug' || name === 'sept_ve_disable') {
        const b = claims[name];
        if (typeof b === 'boolean')
            return { ok: true, value: b };
        if (b !== undefined && b !== null)
            return { ok: false, finding: malformed(name, b, 'true or false') };
    }
    const raw = claims['td_attributes'];
    if (raw === undefined || raw === null)
        return { ok: false, finding: missing(ctx, 'td_attributes') };
    const hex = hexClaim(ctx, claims, 'td_attributes', 8);
    if (!hex.ok)
        return hex;
    const bit = schema/* TD_ATTRIBUTE_BITS */.fQ[name];
    const byte = parseInt(hex.value.slice((bit >> 3) * 2, (bit >> 3) * 2 + 2), 16);
    return { ok: true, value: (byte & (1 << (bit & 7))) !== 0 };
}
function pinMatches(p, e) {
    return (p.rtmr === e.rtmr &&
        (p.name === undefined || p.name === e.name) &&
        (p.type === undefined || Number(e.type) === p.type) &&
        (p.digest === undefined || p.digest === e.digest) &&
        (p.payload === undefined || p.payload === e.payload));
}
function describePin(p) {
    const parts = [`RTMR${p.rtmr}`, p.name !== undefined ? JSON.stringify(p.name) : null, p.type !== undefined ? `type 0x${p.type.toString(16)}` : null];
    if (p.digest !== undefined)
        parts.push(`digest ${p.digest.slice(0, 16)}…`);
    if (p.payload !== undefined)
        parts.push(`payload ${p.payload.length > 32 ? `${p.payload.slice(0, 32)}…` : p.payload}`);
    return parts.filter((x) => x !== null).join(' ');
}
/**
 * `tdx.event_log.replay`: the verifier replayed an event log to the quote's RTMRs (claim
 * `event_log_replay`). No log at all denies: the policy asked for one. `tdx.event_log.events`: each
 * pinned event appears in that log, which counts only when it replays.
 */
function eventLogRules(block, ctx) {
    const replayed = (claims) => {
        const r = claims['event_log_replay'];
        if (r === undefined || r === null)
            return { ok: false, finding: { outcome: 'deny', observed: 'none', detail: 'no event log was presented with the quote' } };
        if (r !== 'match' && r !== 'mismatch')
            return { ok: false, finding: malformed('event_log_replay', r, 'match or mismatch') };
        if (r === 'mismatch')
            return { ok: false, finding: { outcome: 'deny', observed: 'mismatch', detail: 'the event log does not replay to the RTMRs of the verified quote' } };
        const events = claims['event_log_events'];
        if (!Array.isArray(events))
            return { ok: false, finding: missing(ctx, 'event_log_events') };
        return { ok: true, events: events };
    };
    const rules = [
        perSubject('tdx.event_log.replay', 'match', (s) => {
            const r = replayed(s.claims);
            if (!r.ok)
                return r.finding;
            const regs = Array.isArray(s.claims['event_log_rtmrs']) ? s.claims['event_log_rtmrs'].join(', ') : 'the RTMRs';
            return { outcome: 'pass', observed: 'match', detail: `the event log replays to ${regs} of the verified quote` };
        }),
    ];
    if (block.events.length > 0) {
        rules.push(perSubject('tdx.event_log.events', block.events.map(describePin).join('; '), (s) => {
            const r = replayed(s.claims);
            if (!r.ok)
                return { ...r.finding, detail: `pinned events not evaluated: ${r.finding.detail}` };
            const absent = block.events.filter((p) => !r.events.some((e) => pinMatches(p, e)));
            return absent.length === 0
                ? { outcome: 'pass', observed: `${block.events.length} pinned event(s) found`, detail: 'every pinned event is in the event log that replays' }
                : { outcome: 'deny', observed: `missing: ${absent.map(describePin).join('; ')}`, detail: 'a pinned event is not in the event log that replays' };
        }));
    }
    return rules;
}
function tdxRules(block, ctx) {
    const rules = [];
    if (block.debug === 'forbid') {
        rules.push(forbidTrue('tdx.debug', (c) => (c['debug'] === undefined && c['td_attributes'] !== undefined ? attribute(ctx, c, 'debug') : boolClaim(ctx, c, 'debug')), 'the TD runs in debug mode: the host can read and change its memory and state', 'the TD is not a debug TD'));
    }
    for (const m of schema/* TDX_MEASUREMENTS */.Z_) {
        const allowed = block[m];
        if (allowed !== undefined)
            rules.push(allowList(ctx, `tdx.${m}`, allowed, (c) => hexClaim(ctx, c, m, 48), m.toUpperCase()));
    }
    const attrs = block.td_attributes;
    if (attrs) {
        for (const name of [...attrs.forbid, ...attrs.require]) {
            const want = attrs.require.includes(name);
            rules.push(perSubject(`tdx.td_attributes.${name}`, want ? 'set' : 'clear', (s) => {
                const a = attribute(ctx, s.claims, name);
                if (!a.ok)
                    return a.finding;
                const observed = a.value ? 'set' : 'clear';
                return a.value === want
                    ? { outcome: 'pass', observed, detail: `TD attribute ${name} is ${observed}, as the policy ${want ? 'requires' : 'asks'}` }
                    : { outcome: 'deny', observed, detail: `TD attribute ${name} is ${observed}; the policy ${want ? 'requires' : 'forbids'} it` };
            }));
        }
    }
    if (block.xfam !== undefined)
        rules.push(allowList(ctx, 'tdx.xfam', block.xfam, (c) => hexClaim(ctx, c, 'xfam', 8), 'XFAM'));
    const min = block.min_tcb;
    if (min?.tee_tcb_svn !== undefined) {
        const want = Buffer.from(min.tee_tcb_svn, 'hex');
        rules.push(perSubject('tdx.min_tcb.tee_tcb_svn', `each byte at least ${min.tee_tcb_svn}`, (s) => {
            const c = hexClaim(ctx, s.claims, 'tee_tcb_svn', 16);
            if (!c.ok)
                return c.finding;
            const got = Buffer.from(c.value, 'hex');
            const low = [...want].map((w, i) => (got[i] < w ? i : -1)).filter((i) => i >= 0);
            return low.length === 0
                ? { outcome: 'pass', observed: c.value, detail: 'every TEE_TCB_SVN component is at or above the minimum' }
                : { outcome: 'deny', observed: c.value, detail: `TEE_TCB_SVN component(s) ${low.join(', ')} below the minimum` };
        }));
    }
    for (const [key, claim, what] of [
        ['pce_svn', 'pck_pce_svn', "the PCK certificate's PCE SVN"],
        ['qe_svn', 'qe_svn', 'the QE SVN'],
    ]) {
        const floor = min?.[key];
        if (floor === undefined)
            continue;
        rules.push(perSubject(`tdx.min_tcb.${key}`, `at least ${floor}`, (s) => {
            const v = s.claims[claim];
            if (v === undefined || v === null)
                return missing(ctx, claim);
            if (typeof v !== 'number')
                return malformed(claim, v, 'a number');
            return v >= floor
                ? { outcome: 'pass', observed: String(v), detail: `${what} ${v} is at least ${floor}` }
                : { outcome: 'deny', observed: String(v), detail: `${what} ${v} is below the minimum ${floor}` };
        }));
    }
    if (block.event_log)
        rules.push(...eventLogRules(block.event_log, ctx));
    const tcb = block.tcb_status;
    if (tcb) {
        const expected = [...tcb.pass.map((s) => `${s} (pass)`), ...tcb.hold.map((s) => `${s} (hold)`)].join(', ') || null;
        rules.push(perSubject('tdx.tcb_status', expected, (s) => {
            const c = stringClaim(ctx, s.claims, 'tcb_status');
            if (!c.ok) {
                return c.finding.observed === null
                    ? { ...c.finding, detail: 'not evaluated: no TCB status (the verifier had no TCB collateral)' }
                    : c.finding;
            }
            if (tcb.pass.includes(c.value))
                return { outcome: 'pass', observed: c.value, detail: `TCB status ${c.value} passes this policy` };
            if (tcb.hold.includes(c.value))
                return { outcome: 'hold', observed: c.value, detail: `TCB status ${c.value} holds under this policy` };
            return { outcome: 'deny', observed: c.value, detail: `TCB status ${c.value} is not listed by this policy` };
        }));
    }
    return rules;
}

;// CONCATENATED MODULE: ./src/policy/appraise.ts






function appraise(policy, input) {
    const items = input.evidence.map((ev, i) => describe(policy, ev, i));
    const checks = items.flatMap((it) => [it.verified, it.binding]);
    const { check: required, unmet } = requiredCheck(policy, items);
    checks.push(required);
    if (policy.evidence.required.length === 0)
        checks.push(acceptedCheck(items));
    checks.push(trustRootsCheck(policy, input, items));
    const simulated = simulatedCheck(policy, items);
    if (simulated)
        checks.push(simulated);
    if (input.verifierUnavailable && input.verifierUnavailable.length > 0) {
        checks.push({
            id: 'evidence.verifier_unavailable',
            outcome: policy.evidence.on_verifier_unavailable,
            observed: input.verifierUnavailable.join('; '),
            expected: 'every verifier available',
            detail: `a verifier could not run (on_verifier_unavailable: ${policy.evidence.on_verifier_unavailable})`,
        });
    }
    const ctx = { notEvaluated: policy.evidence.on_verifier_unavailable };
    const blocks = [];
    if (policy.tdx)
        blocks.push(['tdx', tdxRules(policy.tdx, ctx)]);
    if (policy['sev-snp'])
        blocks.push(['sev-snp', snpRules(policy['sev-snp'], ctx)]);
    if (policy['nvidia-gpu'])
        blocks.push(['nvidia-gpu', gpuRules(policy['nvidia-gpu'], ctx)]);
    for (const [kind, rules] of blocks) {
        const subjects = items
            .filter((it) => it.kind === kind && it.ev.status === 'verified')
            .map((it) => ({ label: `evidence.${it.index}`, claims: it.ev.claims ?? {} }));
        if (subjects.length > 0) {
            for (const r of rules)
                checks.push({ id: r.id, expected: r.expected, ...r.evaluate(subjects) });
        }
        else {
            const outcome = unmet.get(kind);
            if (outcome)
                for (const r of rules)
                    checks.push(notEvaluated(r, outcome, `no verified ${kind} evidence (evidence.required: ${outcome})`));
        }
    }
    if (policy['nvidia-gpu']?.all_listed === 'require')
        checks.push(allListedCheck(items, input.listedGpus ?? null, policy.evidence.on_verifier_unavailable));
    if (policy.workload?.digests)
        checks.push(workloadCheck(policy.workload.digests, input.workloadDigest));
    const sig = input.workloadSignature ?? null;
    if (sig)
        checks.push(signatureCheck(sig, policy.evidence.on_verifier_unavailable));
    if (policy.workload?.signers)
        checks.push(signersCheck(policy.workload.signers, sig, input.workloadDigest, policy.evidence.on_verifier_unavailable));
    const ignores = ignoreCheck(policy, input);
    if (ignores)
        checks.push(ignores);
    checks.push({
        id: 'benchmark.context-only',
        outcome: 'pass',
        observed: input.benchmarkPresent ? 'present' : 'absent',
        expected: 'context-only',
        detail: input.benchmarkPresent
            ? 'the benchmark is recorded as capacity context only and was not used as evidence'
            : 'no benchmark was given; a benchmark is capacity context only and is never used as evidence',
    });
    return applyWaivers(policy, checks);
}
/**
 * Every GPU the host listed has attested: the distinct verified GPUs (SPDM and NRAS joined by ueid)
 * are at least as many as the host's inventory lists. The inventory is self-reported, so it can only
 * make the check stricter: a host that hides a GPU from nvidia-smi is not caught here.
 */
function allListedCheck(items, listed, notEvaluated) {
    const id = 'nvidia-gpu.all_listed';
    if (listed === null) {
        return { id, outcome: notEvaluated, observed: null, expected: 'every listed GPU attested', detail: 'not evaluated: no GPU inventory (nvidia-smi -q -x) was recorded' };
    }
    const subjects = items
        .filter((it) => it.kind === 'nvidia-gpu' && it.ev.status === 'verified' && it.ev.bindingMatches === true)
        .map((it) => ({ label: `evidence.${it.index}`, claims: it.ev.claims ?? {} }));
    const attested = gpuSubjects(subjects).filter((s) => s.unreadable === undefined).length;
    const observed = `${attested} attested of ${listed} listed`;
    return attested >= listed
        ? { id, outcome: 'pass', observed, expected: `>= ${listed}`, detail: 'every GPU the host lists (nvidia-smi, self-reported) has attested' }
        : { id, outcome: 'deny', observed, expected: `>= ${listed}`, detail: `the host lists ${listed} GPU(s) (nvidia-smi, self-reported) but only ${attested} attested` };
}
function isSimulated(ev) {
    return ev.kind === 'simulated' || ev.format === 'simulated-tdx-quote' || ev.claims?.['simulated'] === true;
}
function describe(policy, ev, index) {
    const kind = isSimulated(ev) ? 'simulated' : ev.kind;
    const label = kind ?? ev.format;
    const base = `evidence.${index}.${label}`;
    const e = policy.evidence;
    const what = `${ev.format} (${ev.file})`;
    let verified;
    switch (ev.status) {
        case 'verified':
            verified = { id: `${base}.verified`, outcome: 'pass', observed: 'verified', expected: 'verified', detail: `${what}: ${ev.detail}` };
            break;
        case 'failed':
            verified = {
                id: `${base}.verified`,
                outcome: 'deny',
                observed: 'failed',
                expected: 'verified',
                detail: `${what}: ${ev.detail} (a signature, chain or binding failure always denies)`,
            };
            break;
        case 'unsupported':
            verified = {
                id: `${base}.verified`,
                outcome: e.on_unsupported,
                observed: 'unsupported',
                expected: 'verified',
                detail: `${what}: ${ev.detail} (on_unsupported: ${e.on_unsupported})`,
            };
            break;
        case 'unavailable':
            verified = {
                id: `${base}.verified`,
                outcome: e.on_verifier_unavailable,
                observed: 'unavailable',
                expected: 'verified',
                detail: `${what}: ${ev.detail} (on_verifier_unavailable: ${e.on_verifier_unavailable})`,
            };
            break;
    }
    let binding;
    if (ev.bindingMatches === true) {
        binding = { id: `${base}.binding`, outcome: 'pass', observed: 'match', expected: 'match', detail: "the evidence's report_data/nonce equals this job's binding" };
    }
    else if (ev.bindingMatches === false) {
        binding = {
            id: `${base}.binding`,
            outcome: 'deny',
            observed: 'mismatch',
            expected: 'match',
            detail: "the evidence's report_data/nonce does not equal this job's binding: it belongs to another job or was altered",
        };
    }
    else {
        const [outcome, rule] = ev.status === 'unsupported' ? [e.on_unsupported, 'on_unsupported'] : [e.on_verifier_unavailable, 'on_verifier_unavailable'];
        binding = { id: `${base}.binding`, outcome, observed: null, expected: 'match', detail: `not evaluated: the binding could not be checked (${rule}: ${outcome})` };
    }
    return { index, ev, kind, label, verified, binding, accepted: ev.status === 'verified' && ev.bindingMatches === true };
}
/** Own outcome of an item that is present but not accepted. */
function ownOutcome(it) {
    return (0,types/* worse */.a)(it.verified.outcome, it.binding.outcome);
}
function requiredCheck(policy, items) {
    const groups = policy.evidence.required.map((g) => (Array.isArray(g) ? g : [g]));
    const unmet = new Map();
    const observed = items.length === 0 ? 'none' : items.map((it) => `evidence.${it.index}: ${it.label} ${it.ev.status}`).join(', ');
    if (groups.length === 0) {
        return {
            check: {
                id: 'evidence.required',
                outcome: 'pass',
                observed,
                expected: 'nothing',
                detail: items.length === 0 ? 'this policy requires no runtime evidence and none was presented' : 'this policy requires no runtime evidence',
            },
            unmet,
        };
    }
    let outcome = 'pass';
    const parts = [];
    for (const kinds of groups) {
        const name = kinds.join(' or ');
        const accepted = items.filter((it) => it.accepted && it.kind !== null && kinds.includes(it.kind));
        if (accepted.length > 0) {
            parts.push(`${name}: satisfied by ${accepted.map((it) => `evidence.${it.index}`).join(', ')}`);
            continue;
        }
        const present = items.filter((it) => it.kind !== null && kinds.includes(it.kind));
        let o;
        if (present.length > 0) {
            o = present.map(ownOutcome).reduce(types/* better */.J);
            parts.push(`${name}: presented but not accepted (${present.map((it) => `evidence.${it.index} ${it.ev.status}`).join(', ')})`);
        }
        else {
            o = policy.evidence.on_missing;
            parts.push(`${name}: missing (on_missing: ${o})`);
        }
        // Never pass a requirement nothing accepted satisfies, whatever the items' own checks say.
        o = (0,types/* worse */.a)(o, 'hold');
        for (const k of kinds)
            unmet.set(k, o);
        outcome = (0,types/* worse */.a)(outcome, o);
    }
    return {
        check: {
            id: 'evidence.required',
            outcome,
            observed,
            expected: groups.map((k) => (k.length > 1 ? `(${k.join(' or ')})` : k[0])).join(' and '),
            detail: parts.join('; '),
        },
        unmet,
    };
}
/**
 * A policy that requires no evidence still cannot pass a job none of whose evidence was accepted:
 * claim tier `none` pairs with hold (DESIGN §6), so "nothing required" never reads as "verified".
 */
function acceptedCheck(items) {
    const accepted = items.filter((it) => it.accepted);
    return accepted.length > 0
        ? {
            id: 'evidence.accepted',
            outcome: 'pass',
            observed: accepted.map((it) => `evidence.${it.index}`).join(', '),
            expected: 'at least one accepted piece of evidence',
            detail: 'verified evidence bound to this job was accepted',
        }
        : {
            id: 'evidence.accepted',
            outcome: 'hold',
            observed: 'none',
            expected: 'at least one accepted piece of evidence',
            detail: 'no runtime evidence was accepted, so nothing about the runtime can pass (tier none pairs with hold)',
        };
}
/** The trees' ignores beyond the defaults: the verifier's policy decides, the producer's list is only reported. */
function ignoreCheck(policy, input) {
    const given = input.ignorePaths ?? {};
    const roles = ['workload', 'inputs', 'outputs'].map((r) => [r, given[r] ?? []]).filter(([, ps]) => ps.length > 0);
    if (roles.length === 0)
        return null;
    const allowed = new Set(policy.allowed_ignores);
    const observed = roles.map(([r, ps]) => `${r}: ${ps.join(', ')}`).join('; ');
    const bad = roles.flatMap(([r, ps]) => ps.filter((p) => !allowed.has(p)).map((p) => `${r} ${JSON.stringify(p)}`));
    const expected = policy.allowed_ignores.length ? `only ${policy.allowed_ignores.join(', ')}` : 'the default ignores only';
    return bad.length
        ? {
            id: 'hashing.ignore_paths',
            outcome: 'deny',
            observed,
            expected,
            detail: `left out of the hash but not allowed by the policy's allowed_ignores: ${bad.join(', ')}`,
        }
        : { id: 'hashing.ignore_paths', outcome: 'pass', observed, expected, detail: "every path left out of the hash is in the policy's allowed_ignores" };
}
function trustRootsCheck(policy, input, items) {
    const custom = input.trustRoots === 'custom' || items.some((it) => it.ev.trustRoots === 'custom');
    const observed = custom ? 'custom' : 'shipped';
    if (policy.evidence.trust_roots === 'any') {
        return {
            id: 'evidence.trust_roots',
            outcome: 'pass',
            observed,
            expected: 'shipped or custom',
            detail: 'this policy accepts any trust roots (for demos and tests only)',
        };
    }
    return custom
        ? {
            id: 'evidence.trust_roots',
            outcome: 'deny',
            observed,
            expected: 'shipped',
            detail: 'custom trust roots were used; this policy accepts only the shipped vendor roots',
        }
        : { id: 'evidence.trust_roots', outcome: 'pass', observed, expected: 'shipped', detail: 'chains were checked against the shipped vendor roots' };
}
function simulatedCheck(policy, items) {
    const sims = items.filter((it) => it.kind === 'simulated');
    if (sims.length === 0)
        return null;
    const observed = `simulated (${sims.map((it) => `evidence.${it.index}`).join(', ')})`;
    return policy.evidence.accept_simulated
        ? {
            id: 'evidence.simulated',
            outcome: 'pass',
            observed,
            expected: 'simulated accepted',
            detail: 'simulated evidence is accepted by this policy (demo only); it makes no hardware claim',
        }
        : {
            id: 'evidence.simulated',
            outcome: 'deny',
            observed,
            expected: 'no simulated evidence',
            detail: 'simulated evidence is signed by a throwaway key and shows nothing about hardware; this policy does not accept it',
        };
}
/** How a signer is shown: a key by its fingerprint, an identity with its issuer. */
function signerLabel(s) {
    return s.method === 'key' || s.issuer === null ? s.signer : `${s.signer} (issuer ${s.issuer})`;
}
/** The model_signing signature itself: a failed signature, chain or file comparison always denies. */
function signatureCheck(sig, unavailable) {
    const base = { id: 'workload.signature', observed: `${sig.method}: ${sig.status}, signer ${signerLabel(sig)}, subject ${sig.subjectDigest}`, expected: 'a valid signature over a manifest equal to the workload' };
    switch (sig.status) {
        case 'verified':
            return { ...base, outcome: 'pass', detail: sig.detail };
        case 'unavailable':
            return { ...base, outcome: unavailable, detail: `${sig.detail} (on_verifier_unavailable: ${unavailable})` };
        case 'failed':
            return { ...base, outcome: 'deny', detail: sig.detail };
    }
}
function signerMatches(s, sig) {
    if ('key' in s)
        return sig.keyFingerprint === s.key;
    return sig.method !== 'key' && sig.signer === s.identity && sig.issuer === s.issuer;
}
/** `workload.signers`: the whole workload is signed, verifiably, by a listed signer. */
function signersCheck(signers, sig, workloadDigest, unavailable) {
    const expected = signers.map((s) => ('key' in s ? s.key : `${s.identity} (issuer ${s.issuer})`)).join(', ');
    const base = { id: 'workload.signers', expected };
    if (!sig)
        return { ...base, observed: 'unsigned', outcome: 'deny', detail: 'the policy lists workload signers and no workload signature was given (--workload-signature)' };
    const observed = signerLabel(sig);
    if (sig.status === 'failed')
        return { ...base, observed, outcome: 'deny', detail: `the workload signature did not verify: ${sig.detail}` };
    if (sig.status === 'unavailable')
        return { ...base, observed, outcome: unavailable, detail: `the signer could not be verified: ${sig.detail} (on_verifier_unavailable: ${unavailable})` };
    if (!signers.some((s) => signerMatches(s, sig)))
        return { ...base, observed, outcome: 'deny', detail: `signed by ${observed}, which the policy does not list` };
    if (!sig.coversWorkload) {
        const names = sig.unsigned.slice(0, 5).map((n) => JSON.stringify(n)).join(', ');
        return {
            ...base,
            observed,
            outcome: 'deny',
            detail: `signed by a listed signer, but the workload digest ${workloadDigest} is not the signed subject ${sig.subjectDigest}: the workload holds files the signature does not cover${names ? ` (${names})` : ''}; leave them out of the workload (--ignore) to match`,
        };
    }
    return { ...base, observed, outcome: 'pass', detail: `the workload ${workloadDigest} is signed by ${observed}, a listed signer` };
}
function workloadCheck(digests, observed) {
    const base = { id: 'workload.digests', observed, expected: digests.length === 0 ? null : digests.join(', ') };
    if (digests.length === 0) {
        return { ...base, outcome: 'hold', detail: 'not pinned: the policy lists no workload digest; pin the observed digest in a copy of the policy' };
    }
    return digests.includes(observed)
        ? { ...base, outcome: 'pass', detail: "the workload digest is on the policy's allow-list" }
        : { ...base, outcome: 'deny', detail: "the workload digest is not on the policy's allow-list" };
}
/**
 * A waiver turns its check into a pass and is copied into it. Signature, chain and binding checks (and
 * the simulated / trust-roots checks, which have their own switches) cannot be waived. A waiver that
 * names no check this policy can produce is a schema error at load; should such a policy reach here
 * anyway, it yields a `waivers.<id>` hold rather than passing silently. A waiver for a check that this
 * run did not produce (e.g. `tdx.*` when SNP satisfied the requirement) is simply unused.
 */
function applyWaivers(policy, checks) {
    const out = checks.map((c) => {
        const w = policy.waivers.find((x) => x.check === c.id);
        if (!w)
            return c;
        if (check_ids/* UNWAIVABLE */.Zs.test(c.id))
            return { ...c, detail: `${c.detail}; cannot be waived (waiver "${w.any}" ignored)` };
        if (c.outcome === 'pass')
            return { ...c, detail: `${c.detail}; waiver "${w.any}" not needed: the check passed` };
        return { ...c, outcome: 'pass', waiver: w.any, detail: `waived: ${w.any} (was ${c.outcome}: ${c.detail})` };
    });
    for (const w of policy.waivers) {
        if (!(0,check_ids/* policyCanEmit */.iO)(policy, w.check)) {
            out.push({
                id: `waivers.${w.check}`,
                outcome: 'hold',
                observed: null,
                expected: null,
                detail: `the waiver names no check this policy can produce ("${w.check}"); fix or remove it`,
            });
        }
    }
    return out;
}


/***/ }),

/***/ 85234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mu: () => (/* reexport */ appraise/* appraise */.m),
  LD: () => (/* reexport */ decide),
  tb: () => (/* reexport */ loadPolicy)
});

// UNUSED EXPORTS: EVIDENCE_KINDS, OUTCOMES, SNP_TCB_COMPONENTS, TDX_MEASUREMENTS, TD_ATTRIBUTE_NAMES, UNWAIVABLE, parsePolicy, parsePolicyBytes, policyCanEmit, policySchema, shippedPolicyNames, staticCheckIds

// EXTERNAL MODULE: ./src/policy/schema.ts
var schema = __webpack_require__(54139);
// EXTERNAL MODULE: ./src/policy/parse.ts
var parse = __webpack_require__(72745);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/util/assets.ts + 1 modules
var assets = __webpack_require__(47382);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/read-file.ts
var read_file = __webpack_require__(45201);
;// CONCATENATED MODULE: ./src/policy/load.ts
/**
 * Resolve a policy by shipped name (inside the bundle, so it works in any workspace) or by path.
 * A bare name (no `/`, no .yml/.yaml) is a shipped name; anything else is a path relative to cwd.
 */





/** Names of the policies shipped in the bundle (top-level policies/*.yml; claim rules excluded). */
function shippedPolicyNames() {
    return (0,assets/* assetNames */.PB)('policies')
        .filter((n) => !n.includes('/') && n.endsWith('.yml'))
        .map((n) => n.slice(0, -'.yml'.length))
        .sort();
}
function isPath(s) {
    return s.includes('/') || s.includes('\\') || /\.ya?ml$/i.test(s);
}
async function loadPolicy(nameOrPath, opts = {}) {
    const shipped = shippedPolicyNames();
    const hint = `shipped policies: ${shipped.join(', ')}`;
    if (!isPath(nameOrPath)) {
        const text = shipped.includes(nameOrPath) ? (0,assets/* assetText */.G_)('policies', `${nameOrPath}.yml`) : undefined;
        if (text === undefined) {
            throw new errors/* InputError */.dz('PATH_MISSING', `policy ${JSON.stringify(nameOrPath)} is neither a shipped policy nor a path (${hint}; give a file as ./name.yml)`);
        }
        return (0,parse/* parsePolicy */.ON)(text, `shipped:${nameOrPath}`);
    }
    const full = (0,external_node_path_.resolve)(opts.cwd ?? process.cwd(), nameOrPath);
    let bytes;
    try {
        bytes = await (0,read_file/* readRegularFile */.XF)(full, { maxBytes: read_file/* READ_LIMITS */.Cl.policy, what: 'policy file', shown: nameOrPath });
    }
    catch (e) {
        if (e instanceof errors/* InputError */.dz && e.code === 'PATH_MISSING')
            throw new errors/* InputError */.dz('PATH_MISSING', `${e.message} (${hint})`);
        throw e;
    }
    return (0,parse/* parsePolicyBytes */.vR)(bytes, nameOrPath);
}

// EXTERNAL MODULE: ./src/policy/appraise.ts + 4 modules
var appraise = __webpack_require__(64638);
// EXTERNAL MODULE: ./src/policy/types.ts
var types = __webpack_require__(63943);
// EXTERNAL MODULE: ./src/policy/causes.ts
var causes = __webpack_require__(31660);
;// CONCATENATED MODULE: ./src/policy/decide.ts


function decide(checks, ceiling) {
    const raw = checks.reduce((o, c) => (0,types/* worse */.a)(o, c.outcome), 'pass');
    const status = (0,types/* worse */.a)(raw, ceiling);
    const capped = status !== raw;
    const because = rawReason(checks, raw);
    const reason = capped ? `capped at ${status} by decision_ceiling (${because})` : because;
    return { status, reason, capped };
}
function rawReason(checks, raw) {
    if (raw === 'pass') {
        const waived = checks.filter((c) => c.waiver !== undefined).map((c) => c.id);
        return waived.length > 0 ? `every check passed, waived: ${list(waived)}` : 'every check passed';
    }
    // One cause, one line: the checks that could not run are counted under the ones that failed.
    const d = (0,causes/* decisionCauses */.x7)(checks, raw);
    const folded = (0,causes/* foldedNote */.n2)(d);
    return `${raw === 'deny' ? 'denied' : 'held'} by ${list(d.causes.map((c) => c.id))}${folded ? ` (${folded})` : ''}`;
}
/** Name up to MAX_NAMED ids; a required kind that is absent can bring a dozen "not evaluated" ones. */
const MAX_NAMED = 8;
function list(ids) {
    if (ids.length <= MAX_NAMED)
        return ids.join(', ');
    return `${ids.slice(0, MAX_NAMED).join(', ')} and ${ids.length - MAX_NAMED} more`;
}

// EXTERNAL MODULE: ./src/policy/check-ids.ts
var check_ids = __webpack_require__(62909);
;// CONCATENATED MODULE: ./src/policy/index.ts
/** The policy stage: schema, loading, appraisal (rules per evidence kind) and the decision. */








/***/ }),

/***/ 63943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ better),
/* harmony export */   a: () => (/* binding */ worse)
/* harmony export */ });
const SEVERITY = { pass: 0, hold: 1, deny: 2 };
/** The more severe of two outcomes. */
function worse(a, b) {
    return SEVERITY[a] >= SEVERITY[b] ? a : b;
}
/** The less severe of two outcomes. */
function better(a, b) {
    return SEVERITY[a] <= SEVERITY[b] ? a : b;
}


/***/ }),

/***/ 74929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dS: () => (/* binding */ SIGNATURE_FILES),
  pu: () => (/* binding */ appraiseWorkloadSignature),
  K2: () => (/* binding */ readSignatureFiles),
  GF: () => (/* binding */ signatureOutFiles)
});

// UNUSED EXPORTS: SIGNATURE_METHODS, compareWithSigned, describeDifferences, keyFingerprint, methodFor, parseModelSignature, verifyModelSignature

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/read-file.ts
var read_file = __webpack_require__(45201);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/digest/oms-statement.ts
var oms_statement = __webpack_require__(79457);
// EXTERNAL MODULE: ./src/util/json.ts
var util_json = __webpack_require__(74976);
;// CONCATENATED MODULE: ./src/provenance/bundle.ts
/**
 * OpenSSF model_signing bundles: bytes -> typed values, no crypto and no policy.
 *
 * A model_signing signature (`model.sig`) is a Sigstore bundle (v0.3; v0.2 is read too) whose DSSE
 * envelope carries an in-toto Statement v1 with predicateType `https://model_signing/signature/v1.0`:
 * subject = [{name, digest.sha256 = the model's root digest}], predicate = {serialization, resources}.
 * The bundle's base structure is checked by @sigstore/bundle; the statement by a zod schema here.
 */






const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** Largest bundle read: a model of a million files signs a manifest of about 150 MB. */
const SIGNATURE_MAX_BYTES = 512 * 1024 * 1024;
const hex64 = schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits');
// model_signing may add keys (for example `order` from our own statements): read what it reads.
const StatementSchema = schemas/* object */.Ikc({
    _type: schemas/* literal */.euz(oms_statement/* IN_TOTO_STATEMENT_V1 */.tV),
    subject: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP(), digest: schemas/* object */.Ikc({ sha256: hex64 }) })).length(1, 'must hold exactly one subject'),
    predicateType: schemas/* literal */.euz(oms_statement/* OMS_PREDICATE_TYPE */.hC),
    predicate: schemas/* object */.Ikc({
        serialization: schemas/* object */.Ikc({
            method: schemas/* enum */.k5n(['files', 'shards']),
            hash_type: schemas/* string */.YjP(),
            allow_symlinks: schemas/* boolean */.zMY().optional(),
            ignore_paths: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
            shard_size: schemas/* number */.aig().int().positive().optional(),
        }),
        resources: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP().min(1), algorithm: schemas/* string */.YjP(), digest: hex64 })).max(10_000_000),
    }),
});
/** Parse a model_signing bundle. Anything that is not one is an InputError naming the file (exit 2). */
function parseModelSignature(bytes, shown) {
    const bad = (why) => new errors/* InputError */.dz('SIGNATURE_MALFORMED', `workload signature ${(0,errors.q)(shown)} is not a model_signing bundle: ${why}`);
    let json;
    try {
        json = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw bad('not JSON');
    }
    (0,util_json/* checkJsonBounds */.S)(json, { maxNodes: 50_000_000, maxDepth: 32 }, 'SIGNATURE_MALFORMED', `workload signature ${(0,errors.q)(shown)}`);
    let bundle;
    // Base validation only: model_signing's certificate method writes a v0.3 bundle with an
    // x509CertificateChain, which @sigstore/bundle's v0.3 check refuses (the spec moved to one certificate).
    try {
        bundle = protobuf_specs_dist.Bundle.fromJSON(json);
        (0,dist/* assertBundle */.DU)(bundle);
    }
    catch (e) {
        throw bad(`not a Sigstore bundle (${e.message})`);
    }
    if (bundle.content.$case !== 'dsseEnvelope')
        throw bad('it carries a message signature, not a DSSE envelope');
    const env = bundle.content.dsseEnvelope;
    if (env.signatures.length !== 1)
        throw bad(`its DSSE envelope holds ${env.signatures.length} signatures (model_signing writes one)`);
    if (env.payloadType !== IN_TOTO_PAYLOAD_TYPE)
        throw bad(`payload type ${(0,errors.q)(env.payloadType)} is not ${IN_TOTO_PAYLOAD_TYPE}`);
    const vm = bundle.verificationMaterial.content;
    let material;
    switch (vm.$case) {
        case 'publicKey':
            material = { kind: 'public-key', hint: vm.publicKey.hint };
            break;
        case 'x509CertificateChain':
            if (vm.x509CertificateChain.certificates.length === 0)
                throw bad('its certificate chain is empty');
            material = { kind: 'certificate-chain', certificates: vm.x509CertificateChain.certificates.map((c) => c.rawBytes) };
            break;
        case 'certificate':
            material = { kind: 'certificate', certificate: vm.certificate.rawBytes };
            break;
    }
    let statement;
    try {
        statement = JSON.parse(env.payload.toString('utf8'));
    }
    catch {
        throw bad('its DSSE payload is not JSON');
    }
    const st = StatementSchema.safeParse(statement);
    if (!st.success) {
        const i = st.error.issues[0];
        throw bad(`its statement: ${i.path.map(String).join('.') || 'top level'}: ${i.message}`);
    }
    const s = st.data;
    if (s.predicate.serialization.hash_type !== 'sha256') {
        throw bad(`it hashes with ${(0,errors.q)(s.predicate.serialization.hash_type)}; only sha256 manifests can be compared with the workload`);
    }
    const nonSha = s.predicate.resources.find((r) => r.algorithm !== 'sha256');
    if (nonSha)
        throw bad(`resource ${(0,errors.q)(nonSha.name)} uses ${(0,errors.q)(nonSha.algorithm)}; only sha256 is supported`);
    return {
        mediaType: bundle.mediaType,
        bundle,
        payloadType: env.payloadType,
        payload: env.payload,
        signature: env.signatures[0].sig,
        material,
        manifest: {
            subjectName: s.subject[0].name,
            subjectDigest: 'sha256:' + s.subject[0].digest.sha256,
            method: s.predicate.serialization.method,
            ignorePaths: s.predicate.serialization.ignore_paths ?? [],
            resources: s.predicate.resources.map((r) => ({ name: r.name, digest: r.digest })),
        },
    };
}

// EXTERNAL MODULE: ./src/digest/index.ts + 4 modules
var digest = __webpack_require__(10837);
;// CONCATENATED MODULE: ./src/provenance/compare.ts
/**
 * The signed manifest against the hashed workload, file by file: the rule of `model_signing verify`.
 * No crypto beyond SHA-256 and no policy.
 *
 * - A workload file under one of the bundle's recorded `ignore_paths` (the path itself, or anything
 *   below it) is left out, as model_signing leaves it out when it re-hashes the model.
 * - A workload file whose bytes are the bundle itself is left out (model_signing ignores the
 *   signature file when it lies inside the model), unless the signature names it.
 * - A single-file workload is one resource named `.` in model_signing's manifest, and by its
 *   basename in ours: the two names are the same file.
 * - Every other file must be in both with the same digest: a differing digest is `changed`, a file
 *   only on disk is `added`, a file only in the signature is `missing`.
 * The subject digest must be the root over the signed resources in model_signing's order, which must
 * be the order they are listed in; else the statement does not describe its own subject.
 */


function underAny(name, paths) {
    return paths.some((p) => {
        const ig = p.replace(/^\.\//, '').replace(/\/+$/, '');
        return ig !== '' && (name === ig || name.startsWith(ig + '/'));
    });
}
function subjectConsistent(signed) {
    if (!(0,digest/* resourcesInOrder */.V9)(signed.method, 'path-components', signed.resources.map((r) => r.name)))
        return false;
    const h = (0,external_node_crypto_.createHash)('sha256');
    for (const r of signed.resources)
        h.update(Buffer.from(r.digest, 'hex'));
    return 'sha256:' + h.digest('hex') === signed.subjectDigest;
}
function compareWithSigned(signed, workload, opts) {
    const consistent = subjectConsistent(signed);
    if (signed.method !== workload.serialization.method) {
        const why = `the signature serializes by ${signed.method}, the workload by ${workload.serialization.method}`;
        return { matches: false, differences: [], unsigned: [], subjectConsistent: consistent, incomparable: why };
    }
    const signedByName = new Map(signed.resources.map((r) => [r.name, r.digest]));
    const single = opts.kind === 'file' && workload.resources.length === 1 && signed.resources.length === 1 && signed.resources[0].name === '.';
    const differences = [];
    const unsigned = [];
    const seen = new Set();
    for (const r of workload.resources) {
        const name = single ? '.' : r.name;
        const want = signedByName.get(name);
        if (want === undefined && (underAny(r.name, signed.ignorePaths) || r.digest === opts.bundleSha256)) {
            unsigned.push(r.name);
            continue;
        }
        seen.add(name);
        if (want === undefined)
            differences.push({ name: r.name, kind: 'added', signed: null, actual: r.digest });
        else if (want !== r.digest)
            differences.push({ name: r.name, kind: 'changed', signed: want, actual: r.digest });
    }
    for (const r of signed.resources)
        if (!seen.has(r.name))
            differences.push({ name: r.name, kind: 'missing', signed: r.digest, actual: null });
    return { matches: differences.length === 0, differences, unsigned, subjectConsistent: consistent, incomparable: null };
}
/** One line naming the files that differ (JSON-quoted names, at most `max`). */
function describeDifferences(c, max = 5) {
    if (c.incomparable)
        return c.incomparable;
    const by = (k) => c.differences.filter((d) => d.kind === k).map((d) => JSON.stringify(d.name));
    const list = (xs) => xs.slice(0, max).join(', ') + (xs.length > max ? ` and ${xs.length - max} more` : '');
    const parts = [];
    const changed = by('changed');
    const added = by('added');
    const missing = by('missing');
    if (changed.length)
        parts.push(`changed since signing: ${list(changed)}`);
    if (added.length)
        parts.push(`added (not in the signature): ${list(added)}`);
    if (missing.length)
        parts.push(`missing (signed, not in the workload): ${list(missing)}`);
    return parts.join('; ');
}

// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(83917);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
// EXTERNAL MODULE: ./src/evidence/verify/chain.ts
var verify_chain = __webpack_require__(262);
;// CONCATENATED MODULE: ./src/provenance/verify.ts
/**
 * The signature of a model_signing bundle: who signed the statement. No policy.
 *
 * Three ways, as `model_signing verify` offers them:
 * - `key`: the DSSE signature (PAE over the payload) verifies with the given public key;
 * - `certificate`: the bundle's leaf certificate chains (through the bundle's intermediates) to a
 *   certificate the caller trusts (src/evidence/verify/chain.ts), and its key verifies the signature;
 * - `sigstore` (keyless): @sigstore/verify checks the Fulcio chain, SCTs, transparency-log entries or
 *   timestamps and the signature under a Sigstore trusted root. Without a trusted root the signature
 *   is still checked with the bundle's certificate, but the identity it names is "unverified" and the
 *   result is `unavailable`, never `verified`.
 */






const SIGNATURE_METHODS = (/* unused pure expression or super */ null && (['key', 'certificate', 'sigstore']));
function methodFor(m) {
    if (m.key)
        return 'key';
    if (m.caCerts)
        return 'certificate';
    return 'sigstore';
}
function keyFingerprint(key) {
    return 'sha256:' + (0,external_node_crypto_.createHash)('sha256').update(key.export({ type: 'spki', format: 'der' })).digest('hex');
}
/** The digest model_signing signs with for an EC key (by curve); null for EdDSA. */
function hashFor(key) {
    const d = key.asymmetricKeyDetails;
    if (key.asymmetricKeyType === 'ed25519' || key.asymmetricKeyType === 'ed448')
        return null;
    switch (d?.namedCurve) {
        case 'secp384r1':
            return 'sha384';
        case 'secp521r1':
            return 'sha512';
        default:
            return 'sha256';
    }
}
function signatureVerifies(sig, key) {
    try {
        const pae = core_dist.dsse.preAuthEncoding(sig.payloadType, sig.payload);
        return (0,external_node_crypto_.verify)(hashFor(key), pae, { key, dsaEncoding: 'der' }, sig.signature);
    }
    catch {
        return false;
    }
}
/** A PEM public key file; a certificate is accepted too (its key is used). */
function parsePublicKey(pem, shown) {
    try {
        const text = pem.toString('utf8');
        if (text.includes('-----BEGIN CERTIFICATE-----'))
            return new external_node_crypto_.X509Certificate(pem).publicKey;
        const k = (0,external_node_crypto_.createPublicKey)(pem);
        if (k.type !== 'public')
            throw new Error('not a public key');
        return k;
    }
    catch {
        throw new errors/* InputError */.dz('SIGNATURE_MALFORMED', `workload key ${(0,errors.q)(shown)} is not a PEM public key`);
    }
}
/** Every certificate in a PEM file (at least one). */
function parsePemCertificates(pem, shown) {
    const blocks = pem.toString('utf8').match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
    if (blocks.length === 0)
        throw new errors/* InputError */.dz('SIGNATURE_MALFORMED', `certificate chain ${(0,errors.q)(shown)} holds no PEM certificate`);
    return blocks.map((b, i) => {
        try {
            return new external_node_crypto_.X509Certificate(b);
        }
        catch {
            throw new errors/* InputError */.dz('SIGNATURE_MALFORMED', `certificate ${i + 1} of ${(0,errors.q)(shown)} does not parse`);
        }
    });
}
/** A Sigstore trusted root (JSON), parsed into @sigstore/verify's trust material. */
function parseTrustedRoot(bytes, shown) {
    try {
        const json = JSON.parse(bytes.toString('utf8'));
        if (json === null || typeof json !== 'object' || !('certificateAuthorities' in json))
            throw new Error('no certificateAuthorities');
        return (0,verify_dist/* toTrustMaterial */.jO)(protobuf_specs_dist.TrustedRoot.fromJSON(json));
    }
    catch (e) {
        throw new errors/* InputError */.dz('SIGNATURE_MALFORMED', `Sigstore trusted root ${(0,errors.q)(shown)} does not parse (${(0,errors/* oneLine */.TN)(e.message).slice(0, 200)})`);
    }
}
function leafOf(sig) {
    switch (sig.material.kind) {
        case 'certificate':
            return sig.material.certificate;
        case 'certificate-chain':
            return sig.material.certificates[0];
        case 'public-key':
            return null;
    }
}
/** A certificate's identity for people: its SAN (email, URI), else its subject CN. Control characters collapsed. */
function identityOf(c) {
    const san = c.subjectAltName;
    return (0,errors/* oneLine */.TN)(san ? san.replace(/^(email|URI|DNS):/, '').replace(/, (email|URI|DNS):/g, ', ') : (0,verify_chain/* certName */.i)(c)) || '(no name)';
}
/** Verify the bundle's signature with the material the caller trusts, at the clock `at` (chains). */
function verifyModelSignature(sig, m, at, shown = {}) {
    const method = methodFor(m);
    switch (method) {
        case 'key': {
            const key = parsePublicKey(m.key, shown.key ?? 'workload key');
            const fp = keyFingerprint(key);
            const ok = signatureVerifies(sig, key);
            return {
                method,
                status: ok ? 'verified' : 'failed',
                keyFingerprint: fp,
                signer: fp,
                issuer: null,
                detail: ok
                    ? `the DSSE signature verifies with the given key ${fp}`
                    : `wrong key: the DSSE signature does not verify with the given key ${fp} (another key signed it, or the bundle was altered)`,
            };
        }
        case 'certificate': {
            const anchors = parsePemCertificates(m.caCerts, shown.caCerts ?? 'certificate chain');
            const leafDer = leafOf(sig);
            if (!leafDer) {
                return { method, status: 'failed', keyFingerprint: null, signer: 'unverified', issuer: null, detail: 'the bundle carries a public-key hint, not a certificate: verify it with a key' };
            }
            let leaf;
            let intermediates;
            try {
                leaf = new external_node_crypto_.X509Certificate(leafDer);
                intermediates = sig.material.kind === 'certificate-chain' ? sig.material.certificates.slice(1).map((c) => new external_node_crypto_.X509Certificate(c)) : [];
            }
            catch {
                return { method, status: 'failed', keyFingerprint: null, signer: 'unverified', issuer: null, detail: "a certificate in the bundle's chain does not parse" };
            }
            const fp = keyFingerprint(leaf.publicKey);
            const chain = (0,verify_chain/* verifyChain */.H5)({ leaf, intermediates, anchors, at });
            if (!chain.ok) {
                return { method, status: 'failed', keyFingerprint: fp, signer: identityOf(leaf), issuer: null, detail: `untrusted certificate chain: ${chain.detail}` };
            }
            const issuer = 'sha256:' + (0,external_node_crypto_.createHash)('sha256').update(chain.anchor.raw).digest('hex');
            const ok = signatureVerifies(sig, leaf.publicKey);
            return {
                method,
                status: ok ? 'verified' : 'failed',
                keyFingerprint: fp,
                signer: identityOf(leaf),
                issuer,
                detail: ok
                    ? `the DSSE signature verifies with ${identityOf(leaf)}'s certificate; ${chain.detail} (anchor ${issuer})`
                    : `the DSSE signature does not verify with the key of the bundle's certificate ${identityOf(leaf)} (the bundle was altered)`,
            };
        }
        case 'sigstore': {
            const leafDer = leafOf(sig);
            if (!leafDer) {
                throw new errors/* InputError */.dz('USAGE', `the workload signature is signed with a key (hint ${(0,errors.q)(sig.material.kind === 'public-key' ? sig.material.hint : '')}): give --workload-key`);
            }
            let leaf;
            try {
                leaf = core_dist.X509Certificate.parse(Buffer.from(leafDer));
            }
            catch {
                return { method, status: 'failed', keyFingerprint: null, signer: 'unverified', issuer: null, detail: "the bundle's certificate does not parse" };
            }
            const key = (0,external_node_crypto_.createPublicKey)({ key: leaf.publicKey, format: 'der', type: 'spki' });
            const fp = keyFingerprint(key);
            if (!m.trustedRoot) {
                const ok = signatureVerifies(sig, key);
                const x = new external_node_crypto_.X509Certificate(leafDer);
                return {
                    method,
                    status: ok ? 'unavailable' : 'failed',
                    keyFingerprint: fp,
                    signer: 'unverified',
                    issuer: null,
                    detail: ok
                        ? `the DSSE signature verifies with the bundle's certificate, which names ${JSON.stringify(identityOf(x))}; that identity is unverified: no Sigstore trusted root was available to check its chain, SCTs and log entries`
                        : "the DSSE signature does not verify with the bundle's certificate (the bundle was altered)",
                };
            }
            const trust = parseTrustedRoot(m.trustedRoot, shown.trustedRoot ?? 'trusted root');
            try {
                const signer = new verify_dist/* Verifier */.BL(trust).verify((0,verify_dist/* toSignedEntity */.DC)(sig.bundle));
                const san = (0,errors/* oneLine */.TN)(signer.identity?.subjectAlternativeName ?? '');
                const iss = (0,errors/* oneLine */.TN)(signer.identity?.extensions?.issuer ?? '');
                if (!san || !iss) {
                    return { method, status: 'failed', keyFingerprint: fp, signer: 'unverified', issuer: null, detail: 'the Fulcio certificate names no identity or no OIDC issuer' };
                }
                return {
                    method,
                    status: 'verified',
                    keyFingerprint: fp,
                    signer: san,
                    issuer: iss,
                    detail: `Sigstore keyless: certificate chain, SCTs, timestamps and the DSSE signature verify under the trusted root; identity ${JSON.stringify(san)} from issuer ${JSON.stringify(iss)}`,
                };
            }
            catch (e) {
                if (!(e instanceof verify_dist/* VerificationError */.mk))
                    throw e;
                return { method, status: 'failed', keyFingerprint: fp, signer: 'unverified', issuer: null, detail: `Sigstore verification failed (${e.code}): ${(0,errors/* oneLine */.TN)(e.message)}` };
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/provenance/index.ts
/**
 * Model provenance (docs/model-signing.md): is the workload the model a named key or identity signed
 * with OpenSSF model_signing? Parse the bundle (bundle.ts), verify its signature (verify.ts), compare
 * the signed manifest with the hashed workload file by file (compare.ts). The producer and the
 * verifier both call `appraiseWorkloadSignature`, the verifier on the copies saved beside the receipt.
 */










/** Where the bundle and the material the producer trusted are saved in the receipt directory. */
const SIGNATURE_FILES = {
    bundle: 'workload-signature/bundle.json',
    key: 'workload-signature/key.pem',
    caCerts: 'workload-signature/ca.pem',
    trustedRoot: 'workload-signature/trusted-root.json',
};
const MATERIAL_ORDER = ['key', 'caCerts', 'trustedRoot'];
function sha256(b) {
    return 'sha256:' + (0,external_node_crypto_.createHash)('sha256').update(b).digest('hex');
}
/** Read the bundle and the material the caller named, each through the safe reader (exit 2 when bad). */
async function readSignatureFiles(a, cwd) {
    const given = [a.key, a.certChain].filter((x) => x !== undefined && x !== '');
    if (given.length > 1)
        throw new errors/* InputError */.dz('USAGE', 'give one of --workload-key and --workload-cert-chain, not both');
    const read = (p, what) => (0,read_file/* readRegularFile */.XF)((0,external_node_path_.resolve)(cwd, p), { maxBytes: what === 'workload signature' ? SIGNATURE_MAX_BYTES : 16 * 1024 * 1024, what, shown: p });
    const material = {};
    if (a.key)
        material.key = await read(a.key, 'workload key');
    if (a.certChain)
        material.caCerts = await read(a.certChain, 'workload certificate chain');
    if (a.trustedRoot) {
        if (a.key || a.certChain)
            throw new errors/* InputError */.dz('USAGE', '--workload-trusted-root is for Sigstore keyless signatures: leave out --workload-key and --workload-cert-chain');
        material.trustedRoot = await read(a.trustedRoot, 'Sigstore trusted root');
    }
    return { bundle: await read(a.signature, 'workload signature'), material };
}
/** The files to save beside the receipt: the bundle and the material, at fixed names. */
function signatureOutFiles(f) {
    const out = [{ path: SIGNATURE_FILES.bundle, bytes: f.bundle }];
    for (const k of MATERIAL_ORDER) {
        const b = f.material[k];
        if (b)
            out.push({ path: SIGNATURE_FILES[k], bytes: b });
    }
    return out;
}
/**
 * Verify the bundle and compare its manifest with the workload's. A malformed bundle or material is
 * an InputError; a bad signature, an untrusted chain or a changed, added or missing file is a
 * `failed` record whose detail names it.
 */
function appraiseWorkloadSignature(f, workload, at, shown) {
    const sig = parseModelSignature(f.bundle, shown.signature);
    const verdict = verifyModelSignature(sig, f.material, at, shown);
    const bundleDigest = sha256(f.bundle);
    const cmp = compareWithSigned(sig.manifest, workload.manifest, { kind: workload.kind, bundleSha256: bundleDigest.slice('sha256:'.length) });
    let status = verdict.status;
    // What failed comes first, so the one line a user reads names it.
    const problems = [];
    if (!cmp.subjectConsistent)
        problems.push(`the signed subject digest ${sig.manifest.subjectDigest} is not the root of the signed resources in model_signing's order`);
    if (!cmp.matches)
        problems.push(`the workload differs from the signed manifest: ${describeDifferences(cmp)}`);
    if (problems.length)
        status = 'failed';
    const n = sig.manifest.resources.length;
    const parts = verdict.status === 'failed' ? [verdict.detail, ...problems] : [...problems, verdict.detail];
    if (cmp.matches)
        parts.push(`the signed manifest matches the workload file by file (${n} file${n === 1 ? '' : 's'})`);
    if (cmp.unsigned.length) {
        const shownNames = cmp.unsigned.slice(0, 5).map((x) => JSON.stringify(x)).join(', ') + (cmp.unsigned.length > 5 ? ` and ${cmp.unsigned.length - 5} more` : '');
        parts.push(`not covered by the signature (its ignore_paths, or the bundle itself): ${shownNames}`);
    }
    const covers = sig.manifest.subjectDigest === workload.digest;
    const facts = {
        method: verdict.method,
        status,
        signer: verdict.signer,
        issuer: verdict.issuer,
        keyFingerprint: verdict.keyFingerprint,
        subjectDigest: sig.manifest.subjectDigest,
        coversWorkload: covers,
        unsigned: cmp.unsigned,
        detail: parts.join('; '),
    };
    const material = MATERIAL_ORDER.flatMap((k) => (f.material[k] ? [{ path: SIGNATURE_FILES[k], digest: sha256(f.material[k]) }] : []));
    const record = {
        method: methodFor(f.material),
        bundle: { path: SIGNATURE_FILES.bundle, digest: bundleDigest },
        media_type: sig.mediaType,
        status,
        signer: verdict.signer,
        issuer: verdict.issuer,
        key_fingerprint: verdict.keyFingerprint,
        subject_digest: sig.manifest.subjectDigest,
        covers_workload: covers,
        detail: facts.detail,
        material,
    };
    return { facts, record };
}


/***/ }),

/***/ 61984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_POLICY: () => (/* binding */ DEFAULT_POLICY),
  lF: () => (/* binding */ appraiseAll),
  LQ: () => (/* binding */ claimsFor),
  create: () => (/* binding */ create),
  YB: () => (/* binding */ evidenceDigest),
  C8: () => (/* binding */ extraIgnores),
  gateFails: () => (/* reexport */ gate/* gateFails */.xd),
  kdsOptions: () => (/* binding */ kdsOptions),
  nrasOptions: () => (/* binding */ nrasOptions),
  ocspOptions: () => (/* binding */ ocspOptions),
  pcsOptions: () => (/* binding */ pcsOptions),
  dY: () => (/* binding */ policyDecision),
  UW: () => (/* binding */ policyFileName),
  readAux: () => (/* binding */ readAux),
  WZ: () => (/* reexport */ resolve_paths/* resolveAll */.W),
  fH: () => (/* binding */ runtimeMeasurement),
  Tx: () => (/* binding */ safeFileName),
  Z7: () => (/* binding */ sigstoreRootOrNull),
  Um: () => (/* binding */ storageNote)
});

// UNUSED EXPORTS: buildBinding, collectAndVerify, gpuInventory, hashedPaths, measure, runnerFacts

// EXTERNAL MODULE: ./src/evidence/sources/nvidia.ts
var nvidia = __webpack_require__(94181);
// EXTERNAL MODULE: ./node_modules/@xmldom/xmldom/lib/index.js
var lib = __webpack_require__(98351);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/evidence/sources/nvidia-smi.ts
/**
 * GPU inventory from `nvidia-smi -q -x` (XML) and the confidential-computing mode from
 * `nvidia-smi conf-compute -f`: what the host says about its GPUs. Recorded in the receipt under
 * `deployment` and always labelled self-reported: it comes from the host, which the receipt does not
 * trust; the signed GPU evidence is what is verified. A policy may still require every GPU the host
 * lists to have attested (`nvidia-gpu.all_listed: require`), which catches a host that attests one
 * GPU and runs on others.
 */



const MAX_XML = 8 * 1024 * 1024;
function child(el, name) {
    for (let n = el.firstChild; n !== null; n = n.nextSibling) {
        if (n.nodeType === 1 && n.tagName === name) {
            const t = (n.textContent ?? '').trim();
            const clean = t.replace(/[\u0000-\u001f\u007f]+/g, ' ').slice(0, 256);
            return clean === '' || clean === 'N/A' ? null : clean;
        }
    }
    return null;
}
/** Parse `nvidia-smi -q -x`. Throws InputError EVIDENCE_MALFORMED when it is not that XML. */
function parseNvidiaSmiXml(text) {
    if (text.length > MAX_XML)
        throw new errors/* InputError */.dz('EVIDENCE_MALFORMED', 'nvidia-smi -q -x: output too large');
    let root = null;
    try {
        const doc = new lib/* DOMParser */.S4({ onError: (level, msg) => { if (level !== 'warning')
                throw new Error(msg); } }).parseFromString(text, 'text/xml');
        root = doc.documentElement;
    }
    catch (e) {
        throw new errors/* InputError */.dz('EVIDENCE_MALFORMED', `nvidia-smi -q -x: not XML (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
    }
    if (root === null || root.tagName !== 'nvidia_smi_log')
        throw new errors/* InputError */.dz('EVIDENCE_MALFORMED', 'nvidia-smi -q -x: no <nvidia_smi_log> document');
    const gpus = [];
    for (let n = root.firstChild; n !== null; n = n.nextSibling) {
        if (n.nodeType !== 1 || n.tagName !== 'gpu')
            continue;
        const g = n;
        gpus.push({
            bus_id: g.getAttribute('id') || null,
            name: child(g, 'product_name'),
            architecture: child(g, 'product_architecture'),
            uuid: child(g, 'uuid'),
            serial: child(g, 'serial'),
            vbios_version: child(g, 'vbios_version'),
        });
    }
    return { driver_version: child(root, 'driver_version'), cuda_version: child(root, 'cuda_version'), gpus };
}
/**
 * Run nvidia-smi (found by the caller) and return the host's GPU inventory, or null with the reason
 * when it cannot be read. Never throws on what nvidia-smi prints.
 */
async function readGpuInventory(smi, exec, env) {
    const q = await exec(smi, ['-q', '-x'], { env, timeoutMs: 60_000, maxStdoutBytes: MAX_XML });
    if (q.code !== 0)
        return { inventory: null, reason: `nvidia-smi -q -x failed (${q.spawnError ?? `exit ${q.code ?? 'signal'}`})` };
    let parsed;
    try {
        parsed = parseNvidiaSmiXml(q.stdout.toString('utf8'));
    }
    catch (e) {
        return { inventory: null, reason: e instanceof Error ? e.message : String(e) };
    }
    const cc = await exec(smi, ['conf-compute', '-f'], { env, timeoutMs: 30_000, maxStdoutBytes: 1024 * 1024 });
    const said = cc.code === 0 ? (0,nvidia/* parseCcMode */.lu)(cc.stdout.toString('utf8')) : null;
    const mode = said === null || said.on === null ? null : /CC mode ([A-Z-]+)/.exec(said.detail)?.[1] ?? null;
    return { inventory: { source: 'nvidia-smi', ...parsed, cc_mode: mode } };
}

// EXTERNAL MODULE: ./src/evidence/sources/deps.ts
var sources_deps = __webpack_require__(2104);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/binding/binding.ts
var binding_binding = __webpack_require__(26200);
// EXTERNAL MODULE: ./src/binding/jcs.ts
var jcs = __webpack_require__(43069);
// EXTERNAL MODULE: ./src/binding/job.ts
var binding_job = __webpack_require__(15818);
// EXTERNAL MODULE: ./src/policy/causes.ts
var causes = __webpack_require__(31660);
// EXTERNAL MODULE: ./src/claims/tiers.ts
var tiers = __webpack_require__(1172);
// EXTERNAL MODULE: ./src/claims/struck.ts
var struck = __webpack_require__(83469);
// EXTERNAL MODULE: ./src/digest/index.ts + 4 modules
var digest = __webpack_require__(10837);
// EXTERNAL MODULE: ./src/evidence/index.ts + 40 modules
var src_evidence = __webpack_require__(36577);
// EXTERNAL MODULE: ./src/policy/index.ts + 2 modules
var src_policy = __webpack_require__(85234);
// EXTERNAL MODULE: ./src/policy/appraise.ts + 4 modules
var appraise = __webpack_require__(64638);
// EXTERNAL MODULE: ./src/provenance/index.ts + 3 modules
var provenance = __webpack_require__(74929);
// EXTERNAL MODULE: ./src/receipt/schema.ts
var schema = __webpack_require__(66785);
// EXTERNAL MODULE: ./src/receipt/write.ts
var write = __webpack_require__(30443);
// EXTERNAL MODULE: ./src/evidence/formats/nvidia-rim.ts
var nvidia_rim = __webpack_require__(66866);
// EXTERNAL MODULE: ./src/util/progress.ts
var util_progress = __webpack_require__(65365);
// EXTERNAL MODULE: ./src/util/read-file.ts
var read_file = __webpack_require__(45201);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/digest/resolve-paths.ts
var resolve_paths = __webpack_require__(29425);
// EXTERNAL MODULE: ./src/policy/gate.ts
var gate = __webpack_require__(55375);
;// CONCATENATED MODULE: ./src/run.ts
























const DEFAULT_POLICY = 'record-only';


/** What create hashes, for the output-directory guard (DESIGN §2; docs/safety.md). */
function hashedPaths(opts, cwd) {
    const image = opts.workload.length === 1 && (0,digest/* parseImageRef */.Q)(opts.workload[0]) !== null;
    const named = [
        ['--workload', image ? [] : opts.workload],
        ['--inputs', opts.inputs],
        ['--outputs', opts.outputs],
        ['--benchmark', opts.benchmark ? [opts.benchmark] : []],
    ];
    // A tree's resource names carry its basename when a flag names several paths (DESIGN §2).
    return named.flatMap(([flag, ps]) => ps.filter((p) => p !== '').map((p) => ({ flag, path: (0,external_node_path_.resolve)(cwd, p), shown: p, ignore: opts.ignorePaths ?? [], prefixed: ps.length > 1 })));
}
/** Hash workload, inputs, outputs and benchmark (DESIGN §2). */
async function measure(opts, cwd, progress) {
    if (opts.workload.length === 0)
        throw new errors/* InputError */.dz('USAGE', 'missing --workload (a path, or an image reference name@sha256:<hex>)');
    if (opts.inputs.length === 0)
        throw new errors/* InputError */.dz('USAGE', 'missing --inputs (the input files or directory of the job)');
    if (opts.outputs.length === 0)
        throw new errors/* InputError */.dz('USAGE', 'missing --outputs (the output files or directory of the job)');
    const digestOpts = { allowSymlinks: opts.allowSymlinks ?? false, ignorePaths: opts.ignorePaths ?? [], method: opts.serialization ?? 'files' };
    let workload;
    const image = opts.workload.length === 1 ? (0,digest/* parseImageRef */.Q)(opts.workload[0]) : null;
    if (image) {
        workload = { kind: 'image', name: image.name, digest: image.digest };
    }
    else {
        const tree = await (0,util_progress/* tracked */.rX)(progress, 'workload', (p) => (0,digest/* digestTree */.hW)((0,resolve_paths/* resolveAll */.W)(cwd, opts.workload, '--workload'), { ...digestOpts, ...p }));
        const manifest = (0,digest/* buildManifest */.u1)(tree);
        workload = { kind: tree.kind, tree, manifest, manifestDigest: (0,binding_binding/* jsonDigest */.jW)(manifest) };
    }
    const inTree = await (0,util_progress/* tracked */.rX)(progress, 'inputs', (p) => (0,digest/* digestTree */.hW)((0,resolve_paths/* resolveAll */.W)(cwd, opts.inputs, '--inputs'), { ...digestOpts, ...p }));
    const ic = (0,digest/* inputCommitment */.cU)(inTree, opts.inputKey);
    const outTree = await (0,util_progress/* tracked */.rX)(progress, 'outputs', (p) => (0,digest/* digestTree */.hW)((0,resolve_paths/* resolveAll */.W)(cwd, opts.outputs, '--outputs'), { ...digestOpts, ...p }));
    const outManifest = (0,digest/* buildManifest */.u1)(outTree);
    let benchmark = null;
    if (opts.benchmark) {
        const p = (0,resolve_paths/* resolveAll */.W)(cwd, [opts.benchmark], '--benchmark')[0];
        const bytes = await (0,read_file/* readRegularFile */.XF)(p, { maxBytes: read_file/* READ_LIMITS */.Cl.benchmark, what: 'benchmark file', shown: opts.benchmark });
        benchmark = { id: (0,external_node_path_.basename)(opts.benchmark), digest: (0,binding_binding/* sha256Prefixed */.rc)(bytes), bytes };
    }
    return {
        workload,
        input: {
            commitment: ic.commitment,
            scheme: ic.scheme,
            manifest: ic.manifest,
            files: inTree.files,
            bytes: inTree.bytes,
            manifestDigest: (0,binding_binding/* jsonDigest */.jW)(ic.manifest),
        },
        output: { tree: outTree, manifest: outManifest, manifestDigest: (0,binding_binding/* jsonDigest */.jW)(outManifest) },
        benchmark,
    };
}
function buildBinding(m, job, nonce, oidcTokenDigest) {
    return {
        v: binding_binding/* BINDING_VERSION */.BW,
        job,
        workload_digest: m.workload.kind === 'image' ? m.workload.digest : m.workload.tree.digest,
        workload_manifest_digest: m.workload.kind === 'image' ? null : m.workload.manifestDigest,
        input_commitment: m.input.commitment,
        input_manifest_digest: m.input.manifestDigest,
        output_digest: m.output.tree.digest,
        output_manifest_digest: m.output.manifestDigest,
        benchmark_digest: m.benchmark?.digest ?? null,
        oidc_token_digest: oidcTokenDigest,
        nonce,
    };
}
/** A file name safe inside the receipt directory, whatever the source said. */
function safeFileName(s) {
    const cleaned = s.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '_').slice(0, 80);
    return cleaned === '' ? 'file' : cleaned;
}
/**
 * Where Intel PCS collateral comes from with --network: Intel's PCS by default, or a PCCS (or a test
 * stand-in) named by COMPUTE_RECEIPT_PCS_URL / COMPUTE_RECEIPT_PCS_ROOT_CRL_URL.
 */
function pcsOptions(env) {
    const base = env['COMPUTE_RECEIPT_PCS_URL'];
    const root = env['COMPUTE_RECEIPT_PCS_ROOT_CRL_URL'];
    return { ...(base ? { baseUrl: base } : {}), ...(root ? { rootCrlUrl: root } : {}) };
}
/**
 * Where a VCEK is fetched from with --network: AMD KDS by default, or a mirror (or a test stand-in)
 * named by COMPUTE_RECEIPT_KDS_URL. What it serves is still checked to the pinned AMD roots.
 */
function kdsOptions(env) {
    const base = env['COMPUTE_RECEIPT_KDS_URL'];
    return base ? { baseUrl: base } : {};
}
/**
 * Where the NRAS key set is fetched from with --network: NVIDIA's by default, or a stand-in named by
 * COMPUTE_RECEIPT_NRAS_JWKS_URL. Its keys must still chain to the pinned NRAS intermediate.
 */
function nrasOptions(env) {
    const url = env['COMPUTE_RECEIPT_NRAS_JWKS_URL'];
    return url ? { jwksUrl: url } : {};
}
/**
 * Where NVIDIA's OCSP service is reached with --network: https://ocsp.ndis.nvidia.com/ by default, or a
 * stand-in named by COMPUTE_RECEIPT_NVIDIA_OCSP_URL. Its answers must still be signed by the issuer of
 * the certificate asked about (or its delegated responder).
 */
function ocspOptions(env) {
    const url = env['COMPUTE_RECEIPT_NVIDIA_OCSP_URL'];
    return url ? { url } : {};
}
/** Collect from every source with the binding's report_data and GPU nonce, then verify each piece (no policy). */
async function collectAndVerify(specs, bound, deps, opts) {
    const rd = bound.reportData;
    const gn = bound.gpuNonce;
    const roots = (0,src_evidence.loadTrustRoots)(opts.trustRootsDir ? (0,external_node_path_.resolve)(deps.cwd, opts.trustRootsDir) : undefined);
    const sourceDeps = { cwd: deps.cwd, env: deps.env, ...(deps.sourceDeps ?? {}) };
    const sources = (specs.length ? specs : ['auto']).map((s) => (0,src_evidence.parseEvidenceSpec)(s, sourceDeps));
    const collected = [];
    for (const src of sources) {
        const got = await src.collect(rd, gn);
        // `auto` says what it probed and why each source was absent.
        if (src instanceof src_evidence.AutoSource)
            deps.note?.(`evidence auto: ${got.length ? 'collected' : 'no evidence source found'} (${src.reasons.join('; ')})`);
        collected.push(...got);
    }
    const items = [];
    for (const [i, c] of collected.entries()) {
        const file = `evidence/${i}-${c.formatHint ?? 'evidence'}.bin`;
        const allAux = [...(c.aux ?? []), ...(opts.extraAux ?? [])];
        const v = await (0,src_evidence.verifyEvidence)({ bytes: c.bytes, formatHint: c.formatHint, aux: allAux }, file, {
            reportData: rd,
            gpuNonce: gn,
            trustRoots: roots,
            network: opts.network,
            pcs: pcsOptions(deps.env),
            kds: kdsOptions(deps.env),
            nras: nrasOptions(deps.env),
            ocsp: ocspOptions(deps.env),
        });
        // Name the file by the sniffed format, which the verifier knows better than the source.
        const named = `evidence/${i}-${safeFileName(v.format)}.bin`;
        // What the verifier fetched is kept too, so that `verify` replays offline from the same bytes.
        const aux = [...allAux, ...(v.material ?? [])].map((a) => ({ file: `evidence/${i}-${safeFileName(a.name)}`, bytes: a.bytes }));
        delete v.material;
        items.push({ verified: { ...v, file: named }, source: c.source, bytes: c.bytes, aux });
    }
    return { items, trustKind: roots.kind, trustDigest: roots.digest };
}
function storageNote(kind) {
    switch (kind) {
        case 'ephemeral':
            return 'Ephemeral runner storage: these files do not outlive the job unless copied elsewhere (for example the uploaded artifact).';
        case 'persistent-provider-local':
            return 'Provider-local persistent storage: it does not survive the end of the lease or a move to another provider unless another backup path is shown.';
        case 'unknown':
            return 'Storage kind not stated: not assumed durable.';
    }
}
/**
 * The host's GPU inventory when nvidia-smi is on PATH (self-reported deployment facts; they never
 * count as evidence). Null when there is no nvidia-smi or it cannot be read.
 */
async function gpuInventory(deps) {
    const smi = await (0,nvidia/* findOnPath */.aY)(nvidia/* NVIDIA_SMI */.IQ, deps.env['PATH'] ?? '');
    if (smi === null)
        return null;
    const r = await readGpuInventory(smi, deps.sourceDeps?.exec ?? sources_deps/* realExec */.Ix, deps.env);
    return r.inventory;
}
function runnerFacts(env) {
    const facts = {};
    const pick = [
        ['os', 'RUNNER_OS'],
        ['arch', 'RUNNER_ARCH'],
        ['name', 'RUNNER_NAME'],
        ['environment', 'RUNNER_ENVIRONMENT'],
        ['image', 'ImageOS'],
    ];
    for (const [k, v] of pick) {
        const val = env[v];
        if (val)
            facts[k] = val;
    }
    return facts;
}
function runtimeMeasurement(evidence) {
    const e = evidence.find((x) => x.status === 'verified' && x.kind !== null) ?? evidence.find((x) => x.kind !== null);
    if (!e || e.kind === null)
        return { type: 'none', measurement_digest: null, values: {} };
    const keys = e.kind === 'sev-snp'
        ? ['measurement', 'host_data', 'family_id', 'image_id']
        : e.kind === 'nvidia-gpu'
            ? ['measurements_digest', 'driver_version', 'vbios_version']
            : ['mr_td', 'mr_seam', 'mr_config_id', 'rtmr0', 'rtmr1', 'rtmr2', 'rtmr3', 'td_attributes', 'xfam'];
    const values = {};
    for (const k of keys) {
        const v = e.claims[k];
        if (typeof v === 'string')
            values[k] = v;
    }
    return { type: e.kind, measurement_digest: Object.keys(values).length ? (0,binding_binding/* jsonDigest */.jW)(values) : null, values };
}
function evidenceDigest(digests) {
    if (digests.length === 0)
        return null;
    if (digests.length === 1)
        return digests[0];
    return (0,binding_binding/* jsonDigest */.jW)(digests);
}
/** Each tree's ignore_paths beyond the default ignores: what the policy's allowed_ignores must admit. */
function extraIgnores(s) {
    return s.ignore_paths.filter((p) => !digest/* DEFAULT_IGNORES */.a$.includes(p));
}
function appraiseAll(policy, evidence, workloadDigest, trust, benchmarkPresent, extra = [], ignorePaths = {}, workloadSignature = null, listedGpus = null) {
    const checks = [...(0,src_policy/* appraise */.mu)(policy.policy, { evidence, workloadDigest, trustRoots: trust, benchmarkPresent, ignorePaths, workloadSignature, listedGpus }), ...extra];
    const d = (0,src_policy/* decide */.LD)(checks, policy.policy.decision_ceiling);
    return { checks, status: d.status, reason: d.reason };
}
/** Build the claims part of the receipt from the decision and the verified evidence. */
function claimsFor(a, policy, job, digests, evidence, execution, signature = null) {
    const signersPassed = a.checks.some((c) => c.id === 'workload.signers' && c.outcome === 'pass' && c.waiver === undefined);
    const facts = {
        decision: a.status,
        decisionReason: a.reason,
        deciding: a.checks.filter((c) => c.outcome === a.status && a.status !== 'pass').map((c) => c.id),
        because: a.status === 'pass' ? '' : (0,causes/* causeWords */.pQ)(a.checks, a.status),
        policyId: policy.policy_id,
        policyDigest: policy.policy_digest,
        jobLabel: (0,binding_job/* jobLabel */.OP)(job),
        workloadDigest: digests.workload,
        inputCommitment: digests.input,
        outputDigest: digests.output,
        evidence,
        evidencePresented: evidence.length > 0,
        workloadSigner: signersPassed && signature ? (0,appraise/* signerLabel */.t)(signature) : null,
        ...(execution ? { execution } : {}),
    };
    const tier = (0,tiers/* claimTier */.Zx)(facts);
    return { claim_tier: tier, allowed_claim: (0,tiers/* allowedClaim */.d_)(tier, facts) };
}
/** The receipt's policy_decision: the decision, which policy made it, and every check. */
function policyDecision(policy, a, appraisedBy) {
    return {
        status: a.status,
        reason: a.reason,
        policy_id: policy.policy_id,
        policy_version: policy.policy_version,
        policy_digest: policy.policy_digest,
        policy_file: policyFileName(policy),
        decision_ceiling: policy.policy.decision_ceiling,
        appraised_by: appraisedBy,
        checks: a.checks,
    };
}
function policyFileName(p) {
    return `policy/${safeFileName(p.policy_id)}.yml`;
}
/**
 * --certs files, --rim files and the --collateral directory, read up front so a missing one fails
 * before any evidence is collected. A --rim file must parse as a RIM (its signature is the verifier's
 * to check, where a bad one fails the evidence).
 */
async function readAux(opts, cwd) {
    const aux = [];
    const used = new Set();
    // Two --certs files may share a basename (a/vcek.pem, b/vcek.pem): each keeps its own name.
    const unique = (name) => {
        let n = name;
        for (let k = 2; used.has(safeFileName(n)); k++)
            n = name.replace(/^(cert|collateral|rim)-/, `$1-${k}-`);
        used.add(safeFileName(n));
        return n;
    };
    for (const c of opts.certs ?? [])
        aux.push({ name: unique(`cert-${(0,external_node_path_.basename)(c)}`), bytes: await (0,read_file/* readRegularFile */.XF)((0,external_node_path_.resolve)(cwd, c), { maxBytes: read_file/* READ_LIMITS */.Cl.cert, what: 'certificate file', shown: c }) });
    for (const r of opts.rims ?? []) {
        const what = `--rim ${(0,errors.q)(r)}`;
        let bytes = await (0,read_file/* readRegularFile */.XF)((0,external_node_path_.resolve)(cwd, r), { maxBytes: read_file/* READ_LIMITS */.Cl.rim, what: 'RIM file', shown: r });
        let name = `rim-${(0,external_node_path_.basename)(r)}`;
        // The RIM service's JSON answer is accepted as it comes: the SWID tag inside is what is saved.
        const served = (0,nvidia_rim/* rimFromServiceResponse */.FC)(bytes, what);
        if (served) {
            if (served.sha256 !== null && served.sha256 !== (0,external_node_crypto_.createHash)('sha256').update(served.tag).digest('hex')) {
                throw new errors/* InputError */.dz('EVIDENCE_MALFORMED', `${what}: the "rim" field does not match the answer's sha256`);
            }
            bytes = served.tag;
            name = `rim-${(0,external_node_path_.basename)(r).replace(/\.json$/i, '')}.swidtag`;
        }
        (0,nvidia_rim/* parseNvidiaRim */.XP)(bytes, what);
        aux.push({ name: unique(name), bytes });
    }
    if (opts.collateralDir) {
        const dir = (0,external_node_path_.resolve)(cwd, opts.collateralDir);
        let names;
        try {
            names = (await (0,promises_.readdir)(dir, { withFileTypes: true })).filter((d) => d.isFile()).map((d) => d.name).sort();
        }
        catch {
            throw new errors/* InputError */.dz('PATH_MISSING', `no such collateral directory: ${(0,errors.q)(opts.collateralDir)}`);
        }
        for (const n of names)
            aux.push({ name: unique(`collateral-${n}`), bytes: await (0,read_file/* readRegularFile */.XF)((0,external_node_path_.join)(dir, n), { maxBytes: read_file/* READ_LIMITS */.Cl.collateral, what: 'collateral file', shown: (0,external_node_path_.join)(opts.collateralDir, n) }) });
    }
    return aux;
}
/**
 * The Sigstore trusted root fetched through TUF with --network: the public-good repository, or a
 * mirror (or a test stand-in) named by COMPUTE_RECEIPT_SIGSTORE_TUF_URL with the TUF root to start from
 * in COMPUTE_RECEIPT_SIGSTORE_TUF_ROOT. A failure leaves the identity unverified (never a pass).
 */
async function sigstoreRootOrNull(env, cwd) {
    const { fetchTrustedRoot } = await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(637), __webpack_require__.e(833)]).then(__webpack_require__.bind(__webpack_require__, 5833));
    const { createHttpFetcher } = await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(663)]).then(__webpack_require__.bind(__webpack_require__, 59663));
    const mirror = env['COMPUTE_RECEIPT_SIGSTORE_TUF_URL'];
    const seedPath = env['COMPUTE_RECEIPT_SIGSTORE_TUF_ROOT'];
    const seedRoot = seedPath ? await (0,read_file/* readRegularFile */.XF)((0,external_node_path_.resolve)(cwd, seedPath), { maxBytes: 1024 * 1024, what: 'TUF root', shown: seedPath }) : undefined;
    try {
        return await fetchTrustedRoot(createHttpFetcher({ allowed: true }), { ...(mirror ? { mirror } : {}), ...(seedRoot ? { seedRoot } : {}) });
    }
    catch (e) {
        if (e instanceof errors/* VerifierUnavailableError */.BF)
            return null;
        throw e;
    }
}
/** The producer role (DESIGN §0): hash, bind, collect, verify, self-appraise, write the receipt. */
async function create(given, deps) {
    const exec = given.beginState ? await Promise.all(/* import() */[__webpack_require__.e(331), __webpack_require__.e(219)]).then(__webpack_require__.bind(__webpack_require__, 85219)) : null;
    const begun = exec && given.beginState ? await exec.loadBegin(given.beginState, deps) : null;
    const opts = begun && exec ? exec.withBeginDefaults(given, begun.state) : given;
    // The output is checked before anything is hashed: a run that would have to refuse it at the end
    // refuses it now. Leftovers of a killed run are cleaned first (an old receipt directory is put back).
    if (opts.out === '')
        throw new errors/* InputError */.dz('USAGE', 'empty path given for --out');
    const outDir = (0,external_node_path_.resolve)(deps.cwd, opts.out);
    const guard = { cwd: deps.cwd, hashed: hashedPaths(opts, deps.cwd) };
    (0,write/* checkOutPath */.K7)(outDir, opts.out, guard);
    await (0,write/* cleanLeftovers */.Kz)(outDir);
    (0,write/* checkOut */.b$)(outDir, opts.out, guard);
    const policy = await (0,src_policy/* loadPolicy */.tb)(opts.policy || DEFAULT_POLICY, { cwd: deps.cwd });
    const nonce = begun && exec ? exec.beginNonce(begun, opts.nonce) : (0,binding_binding/* normalizeNonce */.hJ)(opts.nonce ?? null);
    const claimsLint = (0,struck.lintForReceipt)(opts.claims ?? [], opts.claimRules ?? []);
    const m = await measure(opts, deps.cwd, deps.progress);
    const job = begun && exec ? exec.beginJob(begun, (0,binding_job/* jobContextFromEnv */.K1)(deps.env, opts.jobId ?? begun.state.begin_payload.job.id)) : (0,binding_job/* jobContextFromEnv */.K1)(deps.env, opts.jobId ?? null);
    // Seal binds the OIDC token begin bound.
    const oidcToken = begun ? (begun.state.oidc_token ?? undefined) : opts.oidcToken;
    const oidcDigest = oidcToken ? (0,binding_binding/* sha256Prefixed */.rc)(oidcToken) : null;
    const binding = buildBinding(m, job, nonce, oidcDigest);
    const sealed = begun && exec ? await exec.sealEvent(begun, binding, opts.exitStatus ?? null) : null;
    if (sealed)
        binding.execution = sealed.digests;
    const rd = (0,binding_binding/* reportData */.TI)(binding);
    const gn = (0,binding_binding/* gpuNonce */.ox)(binding);
    const extraAux = await readAux(opts, deps.cwd);
    // One clock reading: the workload signature's chain is checked at the time the receipt states.
    const issuedAt = deps.now();
    let signature = null;
    if (opts.workloadSignature) {
        if (m.workload.kind === 'image')
            throw new errors/* InputError */.dz('USAGE', '--workload-signature needs a workload of files (a model_signing signature covers files, not an image reference)');
        const sf = await (0,provenance/* readSignatureFiles */.K2)(opts.workloadSignature, deps.cwd);
        const a = opts.workloadSignature;
        // Keyless with no trusted root given: with --network, the public-good root through TUF (saved beside the receipt).
        if (!a.key && !a.certChain && !a.trustedRoot && opts.network) {
            const root = await sigstoreRootOrNull(deps.env, deps.cwd);
            if (root)
                sf.material.trustedRoot = root;
        }
        const s = (0,provenance/* appraiseWorkloadSignature */.pu)(sf, { manifest: m.workload.manifest, kind: m.workload.kind, digest: m.workload.tree.digest }, issuedAt, {
            signature: a.signature,
            ...(a.key ? { key: a.key } : {}),
            ...(a.certChain ? { caCerts: a.certChain } : {}),
            ...(a.trustedRoot ? { trustedRoot: a.trustedRoot } : {}),
        });
        signature = { ...s, files: (0,provenance/* signatureOutFiles */.GF)(sf) };
    }
    if (sealed)
        extraAux.push(sealed.log);
    const collectDeps = sealed ? { ...deps, sourceDeps: { ...deps.sourceDeps, ...sealed.sourceDeps } } : deps;
    const ev = await collectAndVerify(opts.evidence, { reportData: rd, gpuNonce: gn }, collectDeps, { trustRootsDir: opts.trustRootsDir, network: opts.network, extraAux });
    const evidence = ev.items.map((i) => i.verified);
    const inventory = await gpuInventory(deps);
    const execChecks = begun && exec ? exec.executionChecks(begun.state.begin_payload.session, binding, evidence) : null;
    const appraisal = appraiseAll(policy, evidence, binding.workload_digest, ev.trustKind, m.benchmark !== null, execChecks?.checks ?? [], {
        workload: m.workload.kind === 'image' ? [] : extraIgnores(m.workload.tree.serialization),
        inputs: extraIgnores(m.input.manifest.serialization),
        outputs: extraIgnores(m.output.tree.serialization),
    }, signature?.facts ?? null, inventory ? inventory.gpus.length : null);
    const execTier = execChecks && exec ? exec.executionTier(appraisal.checks, policy.policy, exec.policyLabel(policy), evidence) : undefined;
    const claims = claimsFor(appraisal, policy, job, { workload: binding.workload_digest, input: binding.input_commitment, output: binding.output_digest }, evidence, execTier, signature?.facts ?? null);
    const files = [];
    const jsonFile = (path, v) => files.push({ path, bytes: (0,jcs/* canonicalize */.d)(v) + '\n' });
    let workloadPart;
    if (m.workload.kind === 'image') {
        workloadPart = {
            kind: 'image',
            name: m.workload.name,
            serialization: { method: 'image', hash_type: 'sha256', order: digest/* DEFAULT_ORDER */.DJ, allow_symlinks: false, ignore_paths: [] },
            files: 0,
            bytes: 0,
            manifest: null,
            statement: null,
        };
    }
    else {
        const w = m.workload;
        jsonFile('workload.manifest.json', w.manifest);
        jsonFile('workload.statement.json', (0,digest/* omsStatement */.RN)(w.tree, w.manifest));
        // A shards manifest names byte ranges, which `sha256sum -c` cannot replay.
        if (w.manifest.serialization.method === 'files')
            files.push({ path: 'workload.SHA256SUMS', bytes: (0,digest/* sha256sums */.U0)(w.manifest) });
        workloadPart = {
            kind: w.kind,
            name: w.tree.name,
            serialization: w.tree.serialization,
            files: w.tree.files,
            bytes: w.tree.bytes,
            manifest: { path: 'workload.manifest.json', digest: w.manifestDigest },
            statement: 'workload.statement.json',
            ...(signature ? { signature: signature.record } : {}),
        };
        for (const f of signature?.files ?? [])
            files.push(f);
    }
    jsonFile('inputs.manifest.json', m.input.manifest);
    jsonFile('outputs.manifest.json', m.output.manifest);
    if (m.output.manifest.serialization.method === 'files')
        files.push({ path: 'outputs.SHA256SUMS', bytes: (0,digest/* sha256sums */.U0)(m.output.manifest) });
    const fullBinding = { ...binding, report_data: rd.toString('hex'), gpu_nonce: gn.toString('hex') };
    jsonFile('binding.json', fullBinding);
    for (const it of ev.items) {
        files.push({ path: it.verified.file, bytes: it.bytes });
        for (const a of it.aux)
            files.push({ path: a.file, bytes: a.bytes });
    }
    if (opts.trustRootsDir) {
        // Every certificate file the roots were loaded from, at its relative path (the folder names the
        // vendor), so a verifier can re-derive the recorded custom-roots digest.
        const dir = (0,external_node_path_.resolve)(deps.cwd, opts.trustRootsDir);
        for (const file of (0,src_evidence.listTrustRootFiles)(dir)) {
            const rel = (0,external_node_path_.relative)(dir, file).split(external_node_path_.sep).map(safeFileName).join('/');
            files.push({ path: `trust/${rel}`, bytes: await (0,read_file/* readRegularFile */.XF)(file, { maxBytes: read_file/* READ_LIMITS */.Cl.trustRoot, what: 'trust root', shown: (0,external_node_path_.join)(opts.trustRootsDir, (0,external_node_path_.relative)(dir, file)) }) });
        }
    }
    files.push({ path: policyFileName(policy), bytes: policy.text });
    if (m.benchmark)
        files.push({ path: `benchmark/${safeFileName(m.benchmark.id)}`, bytes: m.benchmark.bytes });
    if (opts.oidcToken)
        files.push({ path: 'oidc-token.jwt', bytes: opts.oidcToken });
    for (const f of opts.extraFiles ?? [])
        files.push(f);
    const execLog = sealed && exec ? exec.eventLogFile(ev.items, sealed.log, files) : null;
    const receipt = {
        schema_version: schema/* SCHEMA_VERSION */.f$,
        receipt_id: 'cr_' + (0,external_node_crypto_.randomBytes)(16).toString('hex'),
        job_id: (0,binding_job/* jobIdOf */.wb)(job, gn.toString('hex')),
        issued_at: issuedAt.toISOString(),
        issued_at_self_reported: true,
        producer: { name: version/* PRODUCER_NAME */.n, version: version/* VERSION */.x },
        workload_digest: binding.workload_digest,
        workload: workloadPart,
        input_commitment: m.input.commitment,
        input: {
            scheme: m.input.scheme,
            serialization: m.input.manifest.serialization,
            files: m.input.files,
            bytes: m.input.bytes,
            manifest: { path: 'inputs.manifest.json', digest: m.input.manifestDigest },
        },
        output_digest: m.output.tree.digest,
        outputs: {
            serialization: m.output.tree.serialization,
            files: m.output.tree.files,
            bytes: m.output.tree.bytes,
            manifest: { path: 'outputs.manifest.json', digest: m.output.manifestDigest },
        },
        binding: fullBinding,
        runtime_measurement: runtimeMeasurement(evidence),
        benchmark_result: m.benchmark
            ? {
                id: m.benchmark.id,
                digest: m.benchmark.digest,
                file: `benchmark/${safeFileName(m.benchmark.id)}`,
                claim_limit: 'capacity context only; not per-job proof',
            }
            : null,
        attestation_result: {
            verifier: { name: version/* PRODUCER_NAME */.n, version: version/* VERSION */.x },
            evidence_digest: evidenceDigest(ev.items.map((i) => i.verified.digest)),
            claim_limit: 'runtime or environment evidence only',
            trust_roots: ev.trustKind === 'shipped' ? 'shipped' : { custom: ev.trustDigest },
            evidence: ev.items.map((it) => ({
                kind: it.verified.kind,
                format: it.verified.format,
                source: it.source,
                file: it.verified.file,
                digest: it.verified.digest,
                verified: it.verified.status === 'verified',
                status: it.verified.status,
                binding_matches: it.verified.bindingMatches,
                detail: it.verified.detail,
                aux: it.aux.map((a) => ({ file: a.file, digest: (0,binding_binding/* sha256Prefixed */.rc)(a.bytes) })),
            })),
        },
        verifier_policy_id: policy.policy_id,
        policy_decision: policyDecision(policy, appraisal, opts.appraisedBy ?? 'self'),
        deployment: {
            self_reported: true,
            runner: runnerFacts(deps.env),
            provider: deps.env['COMPUTE_RECEIPT_PROVIDER'] || null,
            storage: { kind: opts.storage, note: storageNote(opts.storage) },
            ...(inventory ? { gpu_inventory: inventory } : {}),
        },
        ...(begun && exec && execLog && execTier ? { execution: exec.executionSection(begun.state.begin_payload.session, execLog, execChecks?.view ?? null, execTier.reason) } : {}),
        claim_tier: claims.claim_tier,
        allowed_claim: claims.allowed_claim,
        blocked_claims: [...tiers/* STANDING_BLOCKED_CLAIMS */.wc, ...claimsLint.map((s) => s.sentence)],
        struck_claims: claimsLint,
    };
    const parsed = schema/* ReceiptSchema */.Ci.parse(receipt);
    const json = (0,jcs/* canonicalize */.d)(parsed);
    const receiptPath = await (0,write/* writeReceiptDir */.h9)(outDir, files, json, { shown: opts.out, guard });
    return {
        receipt: parsed,
        receiptPath,
        receiptDigest: 'sha256:' + (0,external_node_crypto_.createHash)('sha256').update(json).digest('hex'),
        outDir,
    };
}



/***/ }),

/***/ 74976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ checkJsonBounds),
/* harmony export */   m: () => (/* binding */ RECEIPT_JSON_BOUNDS)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/**
 * Bounds on a parsed JSON value before a schema looks at it. JSON.parse of a capped file is cheap;
 * a schema check of a value with a million nodes is not (every failing node becomes an issue object:
 * 2.4 GB for a 63 MiB receipt of small objects). Real receipts and manifest-sized files are far
 * below these bounds. The walk is iterative: a value nested a million levels deep cannot overflow
 * the stack.
 */

/** Bounds for receipt.json (a genuine receipt holds a few thousand values). */
const RECEIPT_JSON_BOUNDS = { maxNodes: 250_000, maxDepth: 32 };
/** Throws `code` naming `what` when `value` exceeds the bounds. */
function checkJsonBounds(value, bounds, code, what) {
    // Values are counted as they are found, before any is queued, so the queue stays within the bound.
    let nodes = 1;
    const stack = value !== null && typeof value === 'object' ? [[value, 1]] : [];
    while (stack.length > 0) {
        const [v, depth] = stack.pop();
        if (depth > bounds.maxDepth)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(code, `${what} nests deeper than ${bounds.maxDepth} levels`);
        const children = Array.isArray(v) ? v : Object.values(v);
        nodes += children.length;
        if (nodes > bounds.maxNodes)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(code, `${what} holds more than ${bounds.maxNodes} JSON values`);
        for (const x of children)
            if (x !== null && typeof x === 'object')
                stack.push([x, depth + 1]);
    }
}


/***/ })

};
