export const id = 331;
export const ids = [331];
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

// UNUSED EXPORTS: EVENT_LOG_NAME, SIMULATED_RTMR3_NAME, gpuSpecs, logFacts

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/binding/jcs.ts
var jcs = __webpack_require__(43069);
// EXTERNAL MODULE: ./src/evidence/index.ts + 40 modules
var evidence = __webpack_require__(36577);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/binding/binding.ts
var binding = __webpack_require__(26200);
// EXTERNAL MODULE: ./src/binding/job.ts
var binding_job = __webpack_require__(15818);
// EXTERNAL MODULE: ./src/digest/index.ts + 4 modules
var digest = __webpack_require__(10837);
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
        await (0,write.writeAtomic)(this.where, next.toString('hex') + '\n');
    }
}
/** RTMR3 extended with `digests` in order, from 48 zero bytes (what a replay computes). */
function replayRtmr(digests, start = Buffer.alloc(RTMR_BYTES)) {
    let r = Buffer.from(start);
    for (const d of digests)
        r = (0,external_node_crypto_.createHash)('sha384').update(r).update(d).digest();
    return r;
}

// EXTERNAL MODULE: ./src/run.ts + 1 modules
var run = __webpack_require__(61984);
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
    await (0,write.writeAtomic)(logPath, (0,execution_events/* encodeEventLog */.Ul)([...before, entry]));
    try {
        await device.extend(digest);
    }
    catch (e) {
        if (old)
            await (0,write.writeAtomic)(logPath, (0,execution_events/* encodeEventLog */.Ul)(before));
        else
            await (0,write.writeAtomic)(logPath, (0,execution_events/* encodeEventLog */.Ul)(before)).catch(() => undefined);
        throw e;
    }
}
/** The evidence specs that can attest GPUs at begin (a TDX quote there would say nothing the seal's does not). */
function gpuSpecs(specs) {
    return specs.filter((s) => s === 'nvidia' || s.startsWith('command:'));
}
/**
 * GPU evidence at begin, with a nonce derived from the begin payload (without its `gpu` field):
 * GPU nonce = SHA-256(JCS(payload)), report_data = SHA-512(JCS(payload)). The agent verifies it and
 * records each GPU's device id in the begin event; evidence that does not verify or is not bound to
 * that nonce stops begin (exit 2), so an event never records an unverified GPU.
 */
async function gpuAtBegin(opts, draft, deps) {
    const specs = gpuSpecs(opts.evidence);
    if (specs.length === 0)
        return null;
    const bytes = (0,jcs/* canonicalBytes */.M)(draft);
    const gn = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest();
    const rd = (0,external_node_crypto_.createHash)('sha512').update(bytes).digest();
    const roots = (0,evidence.loadTrustRoots)(opts.trustRootsDir ? (0,external_node_path_.resolve)(deps.cwd, opts.trustRootsDir) : undefined);
    const sd = { cwd: deps.cwd, env: deps.env, ...(deps.sourceDeps ?? {}) };
    const out = [];
    for (const spec of specs) {
        for (const c of await (0,evidence.parseEvidenceSpec)(spec, sd).collect(rd, gn)) {
            const v = await (0,evidence.verifyEvidence)({ bytes: c.bytes, formatHint: c.formatHint, aux: c.aux ?? [] }, `begin-${spec}`, { reportData: rd, gpuNonce: gn, trustRoots: roots, network: opts.network ?? false, at: deps.now() });
            if (v.kind !== 'nvidia-gpu')
                continue;
            if (v.status !== 'verified' || v.bindingMatches !== true)
                throw new errors/* InputError */.dz('EVIDENCE_MALFORMED', `begin: GPU evidence from ${spec} did not verify (${v.detail})`);
            const gpus = Array.isArray(v.claims['gpus']) ? v.claims['gpus'] : [];
            for (const g of gpus)
                out.push({ device_id: typeof g['device_id'] === 'string' ? g['device_id'] : null });
        }
    }
    return out;
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
        const tree = await (0,progress/* tracked */.rX)(deps.progress, 'workload', (p) => (0,digest/* digestTree */.hW)(workloadPaths, { ...digestOpts, ...p }));
        workloadDigest = tree.digest;
        workloadManifestDigest = (0,binding/* jsonDigest */.jW)((0,digest/* buildManifest */.u1)(tree));
    }
    const inputPaths = (0,run/* resolveAll */.WZ)(deps.cwd, opts.inputs, '--inputs');
    const inTree = await (0,progress/* tracked */.rX)(deps.progress, 'inputs', (p) => (0,digest/* digestTree */.hW)(inputPaths, { ...digestOpts, ...p }));
    const ic = (0,digest/* inputCommitment */.cU)(inTree, opts.inputKey);
    const draft = (0,execution_events/* beginPayload */.kZ)({
        session: (0,external_node_crypto_.randomBytes)(32).toString('hex'),
        job,
        workload_digest: workloadDigest,
        workload_manifest_digest: workloadManifestDigest,
        input_commitment: ic.commitment,
        input_manifest_digest: (0,binding/* jsonDigest */.jW)(ic.manifest),
        oidc_token_digest: opts.oidcToken ? (0,binding/* sha256Prefixed */.rc)(opts.oidcToken) : null,
        nonce,
    });
    const gpu = await gpuAtBegin(opts, draft, deps);
    const payload = gpu ? { ...draft, gpu } : draft;
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
    /**
     * GPUs attested at begin (NVIDIA evidence whose nonce is derived from this payload without `gpu`,
     * verified by the agent then): each GPU's device id (its certificate's `NVIDIA:` identity), or null
     * when the certificate names none. Absent when no GPU evidence was asked for.
     */
    gpu: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({ device_id: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(512).nullable() })).max(64).optional(),
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
    await (0,_receipt_write_js__WEBPACK_IMPORTED_MODULE_0__.writeAtomic)(path, (0,_binding_jcs_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalize */ .d)(s) + '\n');
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
