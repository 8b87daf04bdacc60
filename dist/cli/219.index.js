export const id = 219;
export const ids = [219,331,712];
export const modules = {

/***/ 14331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qJ: () => (/* binding */ appendAndExtend),
  begin: () => (/* binding */ begin),
  Ws: () => (/* binding */ openRegister),
  HI: () => (/* binding */ readEventLog)
});

// UNUSED EXPORTS: EVENT_LOG_NAME, SIMULATED_RTMR3_NAME, logFacts

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/binding/binding.ts
var binding = __webpack_require__(26200);
// EXTERNAL MODULE: ./src/binding/job.ts
var binding_job = __webpack_require__(15818);
// EXTERNAL MODULE: ./src/digest/index.ts + 8 modules
var digest = __webpack_require__(52730);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/read-file.ts
var read_file = __webpack_require__(45201);
// EXTERNAL MODULE: ./src/receipt/write.ts
var write = __webpack_require__(30443);
;// CONCATENATED MODULE: ./src/evidence/sources/rtmr3.ts






/**
 * RTMR3, the TD's runtime-extendable measurement register, as a device the `begin`/`seal` agent
 * extends (docs/execution.md).
 *
 * Linux 6.16+ exposes the TDX measurement registers through the TSM measurement-register interface:
 * `/sys/class/misc/tdx_guest/measurements/rtmr3:sha384` reads as the register's 48 bytes and, for a
 * root writer, extends it: the kernel computes RTMR3 = SHA-384(RTMR3 || data) for a write of exactly
 * 48 bytes and answers EINVAL to any other length. `simulated` keeps the register in a file and
 * extends it the same way, for demos and tests only.
 */
const TDX_MEASUREMENTS_DIR = '/sys/class/misc/tdx_guest/measurements';
const RTMR3_ATTRIBUTE = 'rtmr3:sha384';
const RTMR_BYTES = 48;
const realMeasurementsFs = {
    exists: async (p) => {
        try {
            await (0,promises_.stat)(p);
            return true;
        }
        catch {
            return false;
        }
    },
    read: (p) => (0,read_file/* readRegularFile */.XF)(p, { maxBytes: 4096, what: 'RTMR3 register' }),
    // 48 bytes go to the kernel in one write(2): writeFile writes a small buffer in a single call.
    write: (p, data) => (0,promises_.writeFile)(p, data),
};
function checkDigest(d) {
    if (d.byteLength !== RTMR_BYTES)
        throw new TypeError(`an RTMR3 extension is exactly ${RTMR_BYTES} bytes (got ${d.byteLength})`);
}
/** RTMR3 through the kernel's sysfs attribute (root only). */
class SysfsRtmr3 {
    dir;
    fs;
    kind = 'tdx-rtmr3';
    where;
    constructor(dir = TDX_MEASUREMENTS_DIR, fs = realMeasurementsFs) {
        this.dir = dir;
        this.fs = fs;
        this.where = (0,external_node_path_.join)(dir, RTMR3_ATTRIBUTE);
    }
    async supported() {
        return (await this.fs.exists(this.where))
            ? { supported: true, reason: `RTMR3 at ${this.where}` }
            : { supported: false, reason: `${this.where} is not present (needs an Intel TDX guest with Linux 6.16 or later)` };
    }
    async extend(digest) {
        checkDigest(digest);
        try {
            await this.fs.write(this.where, digest);
        }
        catch (e) {
            const code = e.code ?? 'error';
            throw new errors/* InputError */.dz('PATH_UNREADABLE', `cannot extend RTMR3 through ${this.where} (${code}${code === 'EACCES' || code === 'EPERM' ? '; needs root' : ''})`);
        }
    }
    async read() {
        const b = await this.fs.read(this.where);
        if (b.length !== RTMR_BYTES)
            throw new errors/* InputError */.dz('EVIDENCE_MALFORMED', `${this.where} reads as ${b.length} bytes, not ${RTMR_BYTES}`);
        return b;
    }
}
/** A simulated RTMR3 kept in a file as 96 hex digits: no hardware, extended like the kernel does. */
class SimulatedRtmr3 {
    where;
    kind = 'simulated-rtmr3';
    constructor(where) {
        this.where = where;
    }
    async read() {
        let text;
        try {
            text = (await (0,read_file/* readRegularFile */.XF)(this.where, { maxBytes: 4096, what: 'simulated RTMR3 file' })).toString('utf8').trim();
        }
        catch (e) {
            if (e instanceof errors/* InputError */.dz && e.code === 'PATH_MISSING')
                return Buffer.alloc(RTMR_BYTES);
            throw e;
        }
        if (!/^[0-9a-f]{96}$/.test(text))
            throw new errors/* InputError */.dz('EVIDENCE_MALFORMED', `simulated RTMR3 file ${this.where} does not hold 96 hex digits`);
        return Buffer.from(text, 'hex');
    }
    async extend(digest) {
        checkDigest(digest);
        const next = (0,external_node_crypto_.createHash)('sha384').update(await this.read()).update(digest).digest();
        await (0,write/* writeAtomic */.vZ)(this.where, next.toString('hex') + '\n');
    }
}
/** RTMR3 extended with `digests` in order, from 48 zero bytes (what a replay computes). */
function replayRtmr(digests, start = Buffer.alloc(RTMR_BYTES)) {
    let r = Buffer.from(start);
    for (const d of digests)
        r = (0,external_node_crypto_.createHash)('sha384').update(r).update(d).digest();
    return r;
}

// EXTERNAL MODULE: ./src/run.ts
var run = __webpack_require__(79786);
// EXTERNAL MODULE: ./src/util/progress.ts
var progress = __webpack_require__(65365);
// EXTERNAL MODULE: ./src/execution/events.ts
var execution_events = __webpack_require__(78205);
// EXTERNAL MODULE: ./src/execution/state.ts
var execution_state = __webpack_require__(71687);
;// CONCATENATED MODULE: ./src/execution/begin.ts














const EVENT_LOG_NAME = 'rtmr3-events.json';
const SIMULATED_RTMR3_NAME = 'simulated-rtmr3';
/** The register a begin state names, rebuilt for seal. */
function openRegister(r, sd) {
    return r.kind === 'simulated-rtmr3' ? new SimulatedRtmr3(r.file) : new SysfsRtmr3(r.dir, sd?.measurementsFs);
}
/** The event log at `path` (none yet: empty). */
async function readEventLog(path) {
    if (!(0,external_node_fs_.existsSync)(path))
        return [];
    const bytes = await (0,read_file/* readRegularFile */.XF)(path, { maxBytes: 64 * 1024 * 1024, what: 'RTMR3 event log', shown: path });
    return (0,execution_events/* decodeEventLog */.j7)(bytes, `RTMR3 event log ${(0,errors.q)(path)}`).map(execution_events/* toEntry */.q0);
}
/**
 * Append one event and extend the register, in the order that never leaves a log claiming an
 * extension that did not happen: the log is written first and put back if the kernel refuses.
 */
async function appendAndExtend(device, logPath, before, entry, digest) {
    const old = (0,external_node_fs_.existsSync)(logPath);
    await (0,write/* writeAtomic */.vZ)(logPath, (0,execution_events/* encodeEventLog */.Ul)([...before, entry]));
    try {
        await device.extend(digest);
    }
    catch (e) {
        if (old)
            await (0,write/* writeAtomic */.vZ)(logPath, (0,execution_events/* encodeEventLog */.Ul)(before));
        else
            await (0,write/* writeAtomic */.vZ)(logPath, (0,execution_events/* encodeEventLog */.Ul)(before)).catch(() => undefined);
        throw e;
    }
}
/** Whether the log replays to the register's value; and whether it already holds compute-receipt events. */
function logFacts(entries, rtmr3) {
    const events = (0,execution_events/* decodeEventLog */.j7)(Buffer.from((0,execution_events/* encodeEventLog */.Ul)(entries)), 'event log');
    const ours = events.filter((e) => e.rtmr === 3);
    const replays = replayRtmr(ours.map((e) => Buffer.from((0,execution_events/* eventDigest */.Jh)(e), 'hex'))).equals(rtmr3);
    return { replays, jobs: ours.filter((e) => (0,execution_events/* isOurs */.MU)(e) && e.name === execution_events/* BEGIN_EVENT */.Tb).length };
}
async function begin(opts, deps) {
    if (!opts.state)
        throw new errors/* InputError */.dz('USAGE', 'begin needs --state FILE (where the begin state is written for create --begin-state)');
    if (opts.workload.length === 0)
        throw new errors/* InputError */.dz('USAGE', 'missing --workload (a path, or an image reference name@sha256:<hex>)');
    if (opts.inputs.length === 0)
        throw new errors/* InputError */.dz('USAGE', 'missing --inputs (the input files or directory of the job)');
    const statePath = (0,external_node_path_.resolve)(deps.cwd, opts.state);
    if ((0,external_node_fs_.existsSync)(statePath))
        throw new errors/* InputError */.dz('USAGE', `begin state ${(0,errors.q)(opts.state)} already exists: one begin per job (remove it only if no workload ran since)`);
    const eventLogPath = (0,external_node_path_.resolve)(deps.cwd, opts.eventLog ?? (0,external_node_path_.join)((0,external_node_path_.dirname)(opts.state), EVENT_LOG_NAME));
    const sd = deps.sourceDeps;
    const simulated = opts.evidence.includes('simulated');
    let device;
    if (simulated)
        device = new SimulatedRtmr3((0,external_node_path_.join)((0,external_node_path_.dirname)(statePath), SIMULATED_RTMR3_NAME));
    else {
        const sysfs = new SysfsRtmr3(sd?.measurementsDir ?? TDX_MEASUREMENTS_DIR, sd?.measurementsFs);
        const s = await sysfs.supported();
        if (!s.supported) {
            throw new errors/* InputError */.dz('PATH_MISSING', `begin: RTMR3 cannot be extended here: ${s.reason}; without it (SEV-SNP, older kernels) run create alone, which reaches the environment tier at most`);
        }
        device = sysfs;
    }
    const nonce = (0,binding/* normalizeNonce */.hJ)(opts.nonce ?? null);
    const job = (0,binding_job/* jobContextFromEnv */.K1)(deps.env, opts.jobId ?? null);
    const digestOpts = { allowSymlinks: opts.allowSymlinks ?? false, ignorePaths: opts.ignorePaths ?? [], method: opts.serialization ?? 'files' };
    // Hash exactly as create does (DESIGN §2), so seal's re-hash can be compared with these digests.
    const image = opts.workload.length === 1 ? (0,digest/* parseImageRef */.Q)(opts.workload[0]) : null;
    let workloadDigest;
    let workloadManifestDigest = null;
    let workloadPaths;
    if (image) {
        workloadDigest = image.digest;
        workloadPaths = [opts.workload[0]];
    }
    else {
        workloadPaths = (0,run/* resolveAll */.WZ)(deps.cwd, opts.workload, '--workload');
        const tree = await (0,progress/* tracked */.rX)(deps.progress, 'workload', (p) => (0,digest.digestTree)(workloadPaths, { ...digestOpts, ...p }));
        workloadDigest = tree.digest;
        workloadManifestDigest = (0,binding/* jsonDigest */.jW)((0,digest/* buildManifest */.u1)(tree));
    }
    const inputPaths = (0,run/* resolveAll */.WZ)(deps.cwd, opts.inputs, '--inputs');
    const inTree = await (0,progress/* tracked */.rX)(deps.progress, 'inputs', (p) => (0,digest.digestTree)(inputPaths, { ...digestOpts, ...p }));
    const ic = (0,digest/* inputCommitment */.cU)(inTree, opts.inputKey);
    const payload = (0,execution_events/* beginPayload */.kZ)({
        session: (0,external_node_crypto_.randomBytes)(32).toString('hex'),
        job,
        workload_digest: workloadDigest,
        workload_manifest_digest: workloadManifestDigest,
        input_commitment: ic.commitment,
        input_manifest_digest: (0,binding/* jsonDigest */.jW)(ic.manifest),
        oidc_token_digest: opts.oidcToken ? (0,binding/* sha256Prefixed */.rc)(opts.oidcToken) : null,
        nonce,
    });
    const ev = (0,execution_events/* measuredEvent */.Fl)(execution_events/* BEGIN_EVENT */.Tb, payload);
    const before = await readEventLog(eventLogPath);
    const rtmr3Before = await device.read();
    const warnings = [];
    const facts = logFacts(before, rtmr3Before);
    if (!facts.replays) {
        warnings.push(`the event log ${eventLogPath} does not replay to the current RTMR3 (${before.length} event(s)): something else extended RTMR3 without logging it here, so this job cannot reach the execution tier`);
    }
    if (facts.jobs > 0)
        warnings.push(`RTMR3 already records ${facts.jobs} compute-receipt job(s) in this boot: the execution tier needs one job per boot (an ephemeral runner)`);
    await appendAndExtend(device, eventLogPath, before, ev.entry, ev.digest);
    const state = {
        v: execution_state/* STATE_VERSION */.nd,
        register: device.kind === 'simulated-rtmr3' ? { kind: 'simulated-rtmr3', file: device.where } : { kind: 'tdx-rtmr3', dir: device.dir },
        event_log: eventLogPath,
        begin_event_digest: ev.digest.toString('hex'),
        begin_payload: payload,
        rtmr3_before: rtmr3Before.toString('hex'),
        workload: workloadPaths,
        inputs: inputPaths,
        allow_symlinks: digestOpts.allowSymlinks,
        ignore_paths: digestOpts.ignorePaths,
        serialization: digestOpts.method,
        oidc_token: opts.oidcToken ?? null,
        created_at: deps.now().toISOString(),
    };
    await (0,execution_state/* writeBeginState */.Kt)(statePath, state);
    return { state, statePath, eventLogPath, warnings };
}


/***/ }),

/***/ 78205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B0: () => (/* binding */ RTMR3),
/* harmony export */   Fl: () => (/* binding */ measuredEvent),
/* harmony export */   Jh: () => (/* binding */ eventDigest),
/* harmony export */   MU: () => (/* binding */ isOurs),
/* harmony export */   Tb: () => (/* binding */ BEGIN_EVENT),
/* harmony export */   Ul: () => (/* binding */ encodeEventLog),
/* harmony export */   V9: () => (/* binding */ BeginPayloadSchema),
/* harmony export */   YU: () => (/* binding */ sameJob),
/* harmony export */   dH: () => (/* binding */ readOurEvent),
/* harmony export */   eH: () => (/* binding */ sealPayload),
/* harmony export */   gy: () => (/* binding */ EXECUTION_VERSION),
/* harmony export */   j7: () => (/* binding */ decodeEventLog),
/* harmony export */   jc: () => (/* binding */ SEAL_EVENT),
/* harmony export */   kZ: () => (/* binding */ beginPayload),
/* harmony export */   q0: () => (/* binding */ toEntry)
/* harmony export */ });
/* unused harmony exports EVENT_PREFIX, SealPayloadSchema, malformedLog */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38816);
/* harmony import */ var _binding_jcs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43069);
/* harmony import */ var _evidence_formats_tdx_eventlog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49821);
/* harmony import */ var _evidence_verify_tdx_eventlog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94314);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);





/**
 * The two runtime events of the execution tier, measured into RTMR3 (docs/execution.md).
 *
 * Each is a dstack-style runtime event (type 0x08000001): its name is `compute-receipt.begin` or
 * `compute-receipt.seal`, its payload the RFC 8785 bytes of the JSON below, and its digest
 * SHA-384(le32(type) || ":" || name || ":" || payload), the value written to the RTMR. So any verifier
 * that replays dstack's runtime events replays ours too. The event log is dstack's JSON form: a list
 * of {imr, event_type, digest, event, event_payload}.
 */
const EXECUTION_VERSION = 'compute-receipt/execution/v1';
const BEGIN_EVENT = 'compute-receipt.begin';
const SEAL_EVENT = 'compute-receipt.seal';
/** Any event whose name starts with this belongs to some compute-receipt job. */
const EVENT_PREFIX = 'compute-receipt.';
const RTMR3 = 3;
const sha256 = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/^sha256:[0-9a-f]{64}$/);
const hex = (n) => zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(new RegExp(`^[0-9a-f]{${n * 2}}$`));
const nullableStr = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(1024).nullable();
const JobSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    id: nullableStr,
    repository: nullableStr,
    run_id: nullableStr,
    run_attempt: nullableStr,
    sha: nullableStr,
    workflow_ref: nullableStr,
});
const BeginPayloadSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    v: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(EXECUTION_VERSION),
    phase: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('begin'),
    session: hex(32),
    job: JobSchema,
    workload_digest: sha256,
    workload_manifest_digest: sha256.nullable(),
    input_commitment: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/^(sha256|hmac-sha256):[0-9a-f]{64}$/),
    input_manifest_digest: sha256,
    oidc_token_digest: sha256.nullable(),
    nonce: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/^([0-9a-f]{2})+$/).max(1024).nullable(),
});
const SealPayloadSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    v: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(EXECUTION_VERSION),
    phase: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('seal'),
    session: hex(32),
    job: JobSchema,
    begin_event_digest: hex(48),
    output_digest: sha256,
    output_manifest_digest: sha256,
    exit_status: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(-2147483648).max(2147483647).nullable(),
});
function measuredEvent(name, payload) {
    const bytes = (0,_binding_jcs_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalBytes */ .M)(payload);
    const digest = Buffer.from((0,_evidence_verify_tdx_eventlog_js__WEBPACK_IMPORTED_MODULE_1__/* .runtimeEventDigest */ .NY)(_evidence_formats_tdx_eventlog_js__WEBPACK_IMPORTED_MODULE_0__/* .RUNTIME_EVENT_TYPE */ .lq, name, bytes.toString('hex')), 'hex');
    return {
        name,
        payload: bytes,
        digest,
        entry: { imr: RTMR3, event_type: _evidence_formats_tdx_eventlog_js__WEBPACK_IMPORTED_MODULE_0__/* .RUNTIME_EVENT_TYPE */ .lq, digest: digest.toString('hex'), event: name, event_payload: bytes.toString('hex') },
    };
}
function beginPayload(p) {
    return { v: EXECUTION_VERSION, phase: 'begin', ...p };
}
function sealPayload(p) {
    return { v: EXECUTION_VERSION, phase: 'seal', ...p };
}
/** The log as text: one canonical JSON list, newline-terminated. */
function encodeEventLog(entries) {
    return '[' + entries.map((e) => JSON.stringify({ imr: e.imr, event_type: e.event_type, digest: e.digest, event: e.event, event_payload: e.event_payload })).join(',\n') + ']\n';
}
/** Parse an event log (dstack's JSON list). Throws InputError EVIDENCE_MALFORMED. */
function decodeEventLog(bytes, what) {
    return (0,_evidence_formats_tdx_eventlog_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRuntimeEventLog */ .q1)(Buffer.from(bytes).toString('utf8'), what);
}
function toEntry(e) {
    return { imr: e.rtmr, event_type: e.type, digest: e.digest, event: e.name ?? '', event_payload: e.data };
}
/** Whether a logged event claims to be a compute-receipt event (by name). */
function isOurs(e) {
    return e.source === 'runtime' && (e.name ?? '').startsWith(EVENT_PREFIX);
}
/** The digest a runtime event extends (recomputed from name and payload; never the recorded one). */
function eventDigest(e) {
    return e.type === _evidence_formats_tdx_eventlog_js__WEBPACK_IMPORTED_MODULE_0__/* .RUNTIME_EVENT_TYPE */ .lq && e.source === 'runtime' ? (0,_evidence_verify_tdx_eventlog_js__WEBPACK_IMPORTED_MODULE_1__/* .runtimeEventDigest */ .NY)(e.type, e.name ?? '', e.data) : e.digest;
}
function readOurEvent(e, index) {
    const name = e.name ?? '';
    const digest = eventDigest(e);
    const base = { index, name, digest };
    if (e.rtmr !== RTMR3)
        return { ...base, ok: false, why: `extends RTMR${e.rtmr}, not RTMR3` };
    if (e.type !== _evidence_formats_tdx_eventlog_js__WEBPACK_IMPORTED_MODULE_0__/* .RUNTIME_EVENT_TYPE */ .lq)
        return { ...base, ok: false, why: `event type 0x${e.type.toString(16)} is not a runtime event` };
    let value;
    try {
        value = JSON.parse(Buffer.from(e.data, 'hex').toString('utf8'));
    }
    catch {
        return { ...base, ok: false, why: 'payload is not JSON' };
    }
    if (!Buffer.from(e.data, 'hex').equals((0,_binding_jcs_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalBytes */ .M)(value)))
        return { ...base, ok: false, why: 'payload is not RFC 8785 canonical JSON' };
    if (name === BEGIN_EVENT) {
        const r = BeginPayloadSchema.safeParse(value);
        return r.success ? { ...base, ok: true, phase: 'begin', payload: r.data } : { ...base, ok: false, why: `begin payload: ${r.error.issues[0].path.join('.')} ${r.error.issues[0].message}` };
    }
    if (name === SEAL_EVENT) {
        const r = SealPayloadSchema.safeParse(value);
        return r.success ? { ...base, ok: true, phase: 'seal', payload: r.data } : { ...base, ok: false, why: `seal payload: ${r.error.issues[0].path.join('.')} ${r.error.issues[0].message}` };
    }
    return { ...base, ok: false, why: `unknown compute-receipt event ${JSON.stringify(name.slice(0, 80))}` };
}
/** A job context as the events record it. */
function sameJob(a, b) {
    return (0,_binding_jcs_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalBytes */ .M)(a).equals((0,_binding_jcs_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalBytes */ .M)(b));
}
function malformedLog(what, why) {
    return new InputError('EVIDENCE_MALFORMED', `${what}: ${why}`);
}


/***/ }),

/***/ 85219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EVENT_LOG_AUX: () => (/* reexport */ EVENT_LOG_AUX),
  begin: () => (/* reexport */ begin.begin),
  beginJob: () => (/* binding */ beginJob),
  beginNonce: () => (/* binding */ beginNonce),
  bindingDigests: () => (/* reexport */ bindingDigests),
  eventLogFile: () => (/* binding */ eventLogFile),
  executionChecks: () => (/* reexport */ executionChecks),
  executionSection: () => (/* reexport */ executionSection),
  executionTier: () => (/* reexport */ executionTier),
  loadBegin: () => (/* reexport */ loadBegin),
  policyLabel: () => (/* binding */ policyLabel),
  sealEvent: () => (/* reexport */ sealEvent),
  viewOfLogBytes: () => (/* reexport */ viewOfLogBytes),
  withBeginDefaults: () => (/* reexport */ withBeginDefaults)
});

// EXTERNAL MODULE: ./src/binding/binding.ts
var binding = __webpack_require__(26200);
// EXTERNAL MODULE: ./src/binding/job.ts
var job = __webpack_require__(15818);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/execution/events.ts
var execution_events = __webpack_require__(78205);
// EXTERNAL MODULE: ./src/execution/begin.ts + 1 modules
var begin = __webpack_require__(14331);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/execution/state.ts
var execution_state = __webpack_require__(71687);
;// CONCATENATED MODULE: ./src/execution/seal.ts





/**
 * The seal half of the two-phase flow, as `create --begin-state` runs it (docs/execution.md): after
 * the outputs are hashed and before the quote is taken, extend RTMR3 with `compute-receipt.seal`
 * (outputs, the begin event's digest, the exit status) and append it to the event log. The quote
 * then binds both event digests through the binding.
 */
/** The aux name the event log travels under with the quote (the TDX verifier replays it). */
const EVENT_LOG_AUX = 'execution-rtmr3-events.json';
async function loadBegin(path, deps) {
    const state = await (0,execution_state/* readBeginState */.Bv)((0,external_node_path_.resolve)(deps.cwd, path), path);
    return { state, device: (0,begin/* openRegister */.Ws)(state.register, deps.sourceDeps), shown: path };
}
/**
 * Create with a begin state hashes the trees begin hashed (unless told other paths) and always the
 * way begin hashed them (symlinks, ignores, serialization), so the seal can be compared with begin.
 */
function withBeginDefaults(opts, s) {
    return {
        ...opts,
        workload: opts.workload.length ? opts.workload : s.workload,
        inputs: opts.inputs.length ? opts.inputs : s.inputs,
        allowSymlinks: s.allow_symlinks,
        ignorePaths: s.ignore_paths,
        serialization: s.serialization,
    };
}
async function sealEvent(b, binding, exitStatus) {
    const s = b.state;
    const before = await (0,begin/* readEventLog */.HI)(s.event_log);
    const session = s.begin_payload.session;
    if (!before.some((e) => e.event === 'compute-receipt.begin' && e.digest === s.begin_event_digest)) {
        throw new errors/* InputError */.dz('CONFIG_INVALID', `begin state ${(0,errors.q)(b.shown)}: its begin event is not in the event log ${(0,errors.q)(s.event_log)}`);
    }
    const sealedAlready = before.some((e) => {
        if (e.event !== execution_events/* SEAL_EVENT */.jc)
            return false;
        try {
            return JSON.parse(Buffer.from(e.event_payload, 'hex').toString('utf8')).session === session;
        }
        catch {
            return false;
        }
    });
    if (sealedAlready)
        throw new errors/* InputError */.dz('USAGE', `begin state ${(0,errors.q)(b.shown)} is already sealed: one seal per begin (a second seal would keep the job from the execution tier)`);
    const ev = (0,execution_events/* measuredEvent */.Fl)(execution_events/* SEAL_EVENT */.jc, (0,execution_events/* sealPayload */.eH)({
        session,
        job: binding.job,
        begin_event_digest: s.begin_event_digest,
        output_digest: binding.output_digest,
        output_manifest_digest: binding.output_manifest_digest,
        exit_status: exitStatus,
    }));
    await (0,begin/* appendAndExtend */.qJ)(b.device, s.event_log, before, ev.entry, ev.digest);
    const device = b.device;
    return {
        digests: { begin_event_digest: s.begin_event_digest, seal_event_digest: ev.digest.toString('hex') },
        log: { name: EVENT_LOG_AUX, bytes: Buffer.from((0,execution_events/* encodeEventLog */.Ul)([...before, ev.entry])) },
        sourceDeps: device.kind === 'simulated-rtmr3' ? { simulatedRtmr3: () => device.read() } : {},
    };
}

// EXTERNAL MODULE: ./src/evidence/formats/tdx-eventlog.ts
var tdx_eventlog = __webpack_require__(49821);
;// CONCATENATED MODULE: ./src/execution/appraise.ts


function viewOf(events, session) {
    const rt = events.filter((e) => e.rtmr === execution_events/* RTMR3 */.B0);
    const ours = rt.map((e, i) => ((0,execution_events/* isOurs */.MU)(e) ? (0,execution_events/* readOurEvent */.dH)(e, i) : null)).filter((x) => x !== null);
    const mine = ours.filter((e) => e.ok && e.payload.session === session);
    const begin = (mine.find((e) => e.phase === 'begin') ?? null);
    const seal = (mine.find((e) => e.phase === 'seal') ?? null);
    return { events: rt, ours, mine, begin, seal };
}
/** The log file's events, for the binding (before any evidence is verified); null when unreadable. */
function viewOfLogBytes(bytes, session) {
    if (!bytes)
        return null;
    try {
        return viewOf((0,execution_events/* decodeEventLog */.j7)(bytes, 'event log'), session);
    }
    catch {
        return null;
    }
}
function bindingDigests(v) {
    return v?.begin && v.seal ? { begin_event_digest: v.begin.digest, seal_event_digest: v.seal.digest } : null;
}
/** The replayed events from a verified quote's claims (runtime events carry their payload). */
function replayedEvents(e) {
    const list = e.claims['event_log_events'];
    if (!Array.isArray(list))
        return null;
    return list.map((x) => {
        const o = x;
        return { rtmr: o.rtmr, type: Number(o.type), name: o.name, digest: o.digest, data: o.payload ?? '', source: o.payload === undefined ? 'ccel' : 'runtime' };
    });
}
/** The quote the execution flow is judged against: a verified TDX (or simulated) quote bound to this job. */
function executionQuote(evidence) {
    return evidence.find((e) => (e.kind === 'tdx' || e.kind === 'simulated') && e.status === 'verified' && e.bindingMatches === true) ?? null;
}
const check = (id, outcome, observed, expected, detail) => ({ id, outcome, observed, expected, detail });
/**
 * Every execution check, each named (docs/execution.md). Tampering or a misbehaving job denies;
 * a check that cannot be evaluated (no verified quote with a replayed log) holds, never passes.
 */
function executionChecks(session, binding, evidence) {
    const q = executionQuote(evidence);
    const replay = q?.claims['event_log_replay'];
    const regs = Array.isArray(q?.claims['event_log_rtmrs']) ? q.claims['event_log_rtmrs'] : [];
    const events = q ? replayedEvents(q) : null;
    if (!q || !events || replay !== 'match' || !regs.includes('rtmr3')) {
        const why = !q
            ? 'no verified TDX quote bound to this job'
            : replay === undefined
                ? 'no RTMR3 event log travelled with the quote'
                : replay !== 'match'
                    ? 'the event log does not replay to the RTMRs of the quote (an event dropped, changed, added or reordered)'
                    : 'the replayed log does not cover RTMR3';
        const outcome = q && replay === 'mismatch' ? 'deny' : q ? 'deny' : 'hold';
        return {
            checks: [check('execution.replay', outcome, replay === undefined ? 'none' : String(replay), 'the RTMR3 event log replays to the quoted RTMR3', `${why}; the begin and seal events cannot be trusted`)],
            view: null,
        };
    }
    const checks = [
        check('execution.replay', 'pass', `match (${regs.join(', ')})`, 'the RTMR3 event log replays to the quoted RTMR3', `${events.filter((e) => e.rtmr === execution_events/* RTMR3 */.B0).length} RTMR3 event(s) replay to the RTMR3 of the verified quote`),
    ];
    const v = viewOf(events, session);
    const bad = v.ours.filter((e) => !e.ok);
    checks.push(bad.length === 0
        ? check('execution.event_log', 'pass', `${v.ours.length} compute-receipt event(s)`, 'every compute-receipt event well-formed', 'every compute-receipt event in the log has a well-formed RFC 8785 payload')
        : check('execution.event_log', 'deny', bad.map((b) => `event ${b.index} (${b.name}): ${b.why}`).join('; '), 'every compute-receipt event well-formed', 'a compute-receipt event in the replayed log is malformed'));
    // Exactly one begin, then one seal, of this job; the seal names the begin.
    const seq = v.mine.map((e) => e.phase).join(', ') || 'none';
    const orderProblems = [];
    const begins = v.mine.filter((e) => e.phase === 'begin').length;
    const seals = v.mine.filter((e) => e.phase === 'seal').length;
    if (begins === 0)
        orderProblems.push(seals > 0 ? 'a seal without a begin' : 'no begin event of this job');
    if (begins > 1)
        orderProblems.push(`${begins} begin events`);
    if (seals === 0)
        orderProblems.push('no seal event of this job');
    if (seals > 1)
        orderProblems.push(`${seals} seal events`);
    if (begins >= 1 && seals >= 1 && v.mine[0].phase !== 'begin')
        orderProblems.push('the seal comes before the begin');
    if (v.begin && v.seal && v.seal.payload.begin_event_digest !== v.begin.digest)
        orderProblems.push("the seal does not name this begin event's digest");
    checks.push(orderProblems.length === 0
        ? check('execution.order', 'pass', seq, 'begin, seal', `one begin (event ${v.begin.index}) then one seal (event ${v.seal.index}) of session ${session.slice(0, 16)}…`)
        : check('execution.order', 'deny', seq, 'begin, seal', `${orderProblems.join('; ')}: the job's events are not exactly one begin then one seal`));
    const foreign = v.ours.filter((e) => !(e.ok && e.payload.session === session));
    const sessions = [...new Set(foreign.map((e) => (e.ok ? e.payload.session.slice(0, 16) + '…' : `unreadable event ${e.index}`)))];
    checks.push(foreign.length === 0
        ? check('execution.single_job', 'pass', 'one job', 'no other compute-receipt job in this boot', 'no other compute-receipt job extended RTMR3 in this boot')
        : check('execution.single_job', 'deny', `${foreign.length} event(s) of another job (${sessions.join(', ')})`, 'no other compute-receipt job in this boot', 'another compute-receipt job ran in the same boot of the TD: the runner was not ephemeral'));
    const diff = (pairs) => pairs.filter(([, a, b]) => JSON.stringify(a) !== JSON.stringify(b)).map(([k]) => k);
    if (v.begin) {
        const p = v.begin.payload;
        const d = diff([
            ['workload_digest', p.workload_digest, binding.workload_digest],
            ['workload_manifest_digest', p.workload_manifest_digest, binding.workload_manifest_digest],
            ['input_commitment', p.input_commitment, binding.input_commitment],
            ['input_manifest_digest', p.input_manifest_digest, binding.input_manifest_digest],
            ['oidc_token_digest', p.oidc_token_digest, binding.oidc_token_digest],
            ['nonce', p.nonce, binding.nonce],
        ]);
        if (!(0,execution_events/* sameJob */.YU)(p.job, binding.job))
            d.unshift('job');
        checks.push(d.length === 0
            ? check('execution.begin_digests', 'pass', 'equal', 'begin event digests equal the re-derived workload and inputs', 'the workload, inputs, job, OIDC token digest and nonce measured at begin equal the re-derived ones')
            : check('execution.begin_digests', 'deny', `differ: ${d.join(', ')}`, 'begin event digests equal the re-derived workload and inputs', 'what begin measured is not what this receipt commits to (the workload or inputs changed after begin, or the begin is another job\'s)'));
    }
    else
        checks.push(check('execution.begin_digests', 'deny', 'no begin event', 'begin event digests equal the re-derived workload and inputs', 'not evaluated: no begin event of this job in the replayed log'));
    if (v.seal) {
        const p = v.seal.payload;
        const d = diff([
            ['output_digest', p.output_digest, binding.output_digest],
            ['output_manifest_digest', p.output_manifest_digest, binding.output_manifest_digest],
        ]);
        if (!(0,execution_events/* sameJob */.YU)(p.job, binding.job))
            d.unshift('job');
        checks.push(d.length === 0
            ? check('execution.seal_digests', 'pass', 'equal', 'seal event digests equal the re-derived outputs', 'the outputs and job measured at seal equal the re-derived ones')
            : check('execution.seal_digests', 'deny', `differ: ${d.join(', ')}`, 'seal event digests equal the re-derived outputs', 'what seal measured is not what this receipt commits to'));
    }
    else
        checks.push(check('execution.seal_digests', 'deny', 'no seal event', 'seal event digests equal the re-derived outputs', 'not evaluated: no seal event of this job in the replayed log'));
    const want = bindingDigests(v);
    const got = binding.execution ?? null;
    checks.push(want && got && want.begin_event_digest === got.begin_event_digest && want.seal_event_digest === got.seal_event_digest
        ? check('execution.binding', 'pass', 'equal', "the binding's begin and seal digests equal the replayed events'", 'the quote is bound to the begin and seal events that RTMR3 replays')
        : check('execution.binding', 'deny', got ? `${got.begin_event_digest.slice(0, 16)}…, ${got.seal_event_digest.slice(0, 16)}…` : 'none', "the binding's begin and seal digests equal the replayed events'", 'the binding names begin and seal events other than the ones RTMR3 replays'));
    return { checks, view: v };
}
/** Whether the execution tier is reached, and why (or why not), from the whole appraisal. */
function executionTier(checks, policy, policyLabel, evidence) {
    const failed = checks.filter((c) => c.id.startsWith('execution.') && c.outcome !== 'pass');
    if (failed.length)
        return { eligible: false, reason: `the execution checks did not all pass (${failed.map((c) => c.id).join(', ')})` };
    if (!checks.some((c) => c.id === 'execution.order'))
        return { eligible: false, reason: 'no begin and seal events were replayed' };
    const q = executionQuote(evidence);
    if (!q || q.kind !== 'tdx') {
        if (evidence.some((e) => e.kind === 'sev-snp'))
            return { eligible: false, reason: 'SEV-SNP has no runtime-extendable register: begin and seal cannot be measured' };
        return { eligible: false, reason: q?.kind === 'simulated' ? 'simulated evidence: begin and seal were replayed from a simulated RTMR3, no hardware claim' : 'no verified Intel TDX quote' };
    }
    const pins = ['mr_td', 'rtmr0', 'rtmr1', 'rtmr2'];
    const unpinned = pins.filter((k) => !(policy.tdx?.[k]?.length));
    if (unpinned.length)
        return { eligible: false, reason: `policy ${policyLabel} does not pin the measured image (${unpinned.map((k) => `tdx.${k}`).join(', ')} not set)` };
    const notPass = pins.filter((k) => checks.find((c) => c.id === `tdx.${k}`)?.outcome !== 'pass');
    if (notPass.length)
        return { eligible: false, reason: `the measured image does not match policy ${policyLabel} (${notPass.map((k) => `tdx.${k}`).join(', ')})` };
    return { eligible: true, reason: `begin and seal of this job replayed from RTMR3 of a verified TDX quote whose MRTD and RTMR0-2 policy ${policyLabel} pins` };
}
/** The receipt's `execution` section from the replayed view (or from the log file when none replayed). */
function executionSection(session, eventLog, v, tierReason) {
    const mine = new Set([v?.begin?.index, v?.seal?.index].filter((x) => x !== undefined));
    return {
        v: execution_events/* EXECUTION_VERSION */.gy,
        session,
        event_log: eventLog,
        begin: v?.begin ? { index: v.begin.index, digest: v.begin.digest } : null,
        seal: v?.seal ? { index: v.seal.index, digest: v.seal.digest, exit_status: v.seal.payload.exit_status } : null,
        other_events: (v?.events ?? [])
            .map((e, index) => ({ e, index }))
            .filter(({ index }) => !mine.has(index))
            .map(({ e, index }) => ({
            index,
            rtmr: e.rtmr,
            type: `0x${e.type.toString(16).padStart(8, '0')}`,
            name: e.name,
            digest: e.source === 'runtime' && e.type === tdx_eventlog/* RUNTIME_EVENT_TYPE */.lq ? readOurEventDigest(e) : e.digest,
        })),
        tier_reason: tierReason,
    };
}
function readOurEventDigest(e) {
    return (0,execution_events/* readOurEvent */.dH)(e, 0).digest;
}

;// CONCATENATED MODULE: ./src/execution/index.ts







/** How the claims name a policy: id@sha256:<12 hex>. */
function policyLabel(p) {
    return `${p.policy_id}@${p.policy_digest.slice(0, 19)}`;
}
/** The nonce begin bound; create may repeat it, never change it. */
function beginNonce(b, given) {
    const n = (0,binding/* normalizeNonce */.hJ)(given ?? null);
    if (n !== null && n !== b.state.begin_payload.nonce)
        throw new errors/* InputError */.dz('USAGE', `--nonce differs from the nonce begin bound (begin state ${(0,errors.q)(b.shown)})`);
    return b.state.begin_payload.nonce;
}
/** The job begin recorded; create must be the same job. */
function beginJob(b, here) {
    const then = b.state.begin_payload.job;
    if (!(0,execution_events/* sameJob */.YU)(here, then))
        throw new errors/* InputError */.dz('USAGE', `begin state ${(0,errors.q)(b.shown)} belongs to ${(0,job/* jobLabel */.OP)(then)}, not ${(0,job/* jobLabel */.OP)(here)}`);
    return then;
}
/** Where the event log sits in the receipt directory: beside the quote that replays it, else its own file. */
function eventLogFile(items, log, files) {
    for (const it of items) {
        if (it.verified.kind !== 'tdx' && it.verified.kind !== 'simulated')
            continue;
        const a = it.aux.find((x) => x.file.endsWith(`-${log.name}`));
        if (a)
            return a.file;
    }
    files.push({ path: 'execution/rtmr3-events.json', bytes: log.bytes });
    return 'execution/rtmr3-events.json';
}


/***/ }),

/***/ 71687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bv: () => (/* binding */ readBeginState),
/* harmony export */   Kt: () => (/* binding */ writeBeginState),
/* harmony export */   nd: () => (/* binding */ STATE_VERSION)
/* harmony export */ });
/* unused harmony export BeginStateSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38816);
/* harmony import */ var _binding_jcs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(43069);
/* harmony import */ var _receipt_write_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30443);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _util_read_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45201);
/* harmony import */ var _events_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78205);






/**
 * The begin state: what `begin` hands to `create --begin-state` on the same runner. It is the
 * producer's own note, not evidence: the verifier never reads it (it replays the event log and the
 * quote instead). It holds the OIDC token begin bound, because seal must bind the same one.
 */
const STATE_VERSION = 'compute-receipt/begin-state/v1';
const hex = (n) => zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(new RegExp(`^[0-9a-f]{${n * 2}}$`));
const BeginStateSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    v: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(STATE_VERSION),
    register: zod__WEBPACK_IMPORTED_MODULE_4__/* .discriminatedUnion */ .gMt('kind', [
        zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({ kind: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz('tdx-rtmr3'), dir: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).max(4096) }),
        zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({ kind: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz('simulated-rtmr3'), file: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).max(4096) }),
    ]),
    event_log: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).max(4096),
    begin_event_digest: hex(48),
    begin_payload: _events_js__WEBPACK_IMPORTED_MODULE_3__/* .BeginPayloadSchema */ .V9,
    rtmr3_before: hex(48),
    workload: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).max(4096)).min(1),
    inputs: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).max(4096)).min(1),
    allow_symlinks: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY(),
    ignore_paths: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(4096)),
    serialization: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['files', 'shards']),
    oidc_token: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(64 * 1024).nullable(),
    created_at: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(64),
});
async function writeBeginState(path, s) {
    await (0,_receipt_write_js__WEBPACK_IMPORTED_MODULE_0__/* .writeAtomic */ .vZ)(path, (0,_binding_jcs_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalize */ .d)(s) + '\n');
}
async function readBeginState(path, shown) {
    const bytes = await (0,_util_read_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readRegularFile */ .XF)(path, { maxBytes: 1024 * 1024, what: 'begin state file', shown });
    let v;
    try {
        v = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('CONFIG_INVALID', `begin state ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__.q)(shown)} is not valid JSON`);
    }
    const r = BeginStateSchema.safeParse(v);
    if (!r.success) {
        const i = r.error.issues[0];
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('CONFIG_INVALID', `begin state ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__.q)(shown)} at ${i.path.join('.') || '(top)'}: ${i.message}`);
    }
    return r.data;
}


/***/ })

};
