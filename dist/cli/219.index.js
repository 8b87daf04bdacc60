export const id = 219;
export const ids = [219];
export const modules = {

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
        // With a verified quote, a log that does not replay (or none) is evidence against the events; without one, nothing can be judged.
        const outcome = q ? 'deny' : 'hold';
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
    const g = gpuCheck(v.begin?.payload.gpu, evidence);
    if (g)
        checks.push(g);
    const want = bindingDigests(v);
    const got = binding.execution ?? null;
    checks.push(want && got && want.begin_event_digest === got.begin_event_digest && want.seal_event_digest === got.seal_event_digest
        ? check('execution.binding', 'pass', 'equal', "the binding's begin and seal digests equal the replayed events'", 'the quote is bound to the begin and seal events that RTMR3 replays')
        : check('execution.binding', 'deny', got ? `${got.begin_event_digest.slice(0, 16)}…, ${got.seal_event_digest.slice(0, 16)}…` : 'none', "the binding's begin and seal digests equal the replayed events'", 'the binding names begin and seal events other than the ones RTMR3 replays'));
    return { checks, view: v };
}
/**
 * `execution.gpu`: the same GPUs attested at begin and at seal. At begin the agent recorded the
 * device ids of the GPU evidence it verified (nonce from the begin payload) in the begin event, which
 * RTMR3 vouches for; at seal they come from the verified GPU evidence bound to this binding. Present
 * only when either point has GPU evidence; a mismatch denies, what cannot be compared holds.
 */
function gpuCheck(atBegin, evidence) {
    const sealGpus = evidence
        .filter((e) => e.kind === 'nvidia-gpu' && e.status === 'verified' && e.bindingMatches === true)
        .flatMap((e) => (Array.isArray(e.claims['gpus']) ? e.claims['gpus'] : []))
        .map((x) => (typeof x['device_id'] === 'string' ? x['device_id'] : null));
    if (atBegin === undefined && sealGpus.length === 0)
        return null;
    const expected = 'the same GPUs (device ids) attested at begin and at seal';
    const show = (ids) => ids.map((i) => i ?? '(no device id)').join(', ') || 'none';
    if (atBegin === undefined || atBegin.length === 0)
        return check('execution.gpu', 'hold', `begin: none; seal: ${show(sealGpus)}`, expected, 'not evaluated: no GPU was attested at begin (give --evidence nvidia to begin too)');
    const b = atBegin.map((x) => x.device_id);
    if (sealGpus.length === 0)
        return check('execution.gpu', 'hold', `begin: ${show(b)}; seal: none`, expected, 'not evaluated: no verified GPU evidence bound to this job at seal');
    if (b.includes(null) || sealGpus.includes(null))
        return check('execution.gpu', 'hold', `begin: ${show(b)}; seal: ${show(sealGpus)}`, expected, 'not evaluated: a GPU certificate names no device id');
    const same = JSON.stringify([...b].sort()) === JSON.stringify([...sealGpus].sort());
    return same
        ? check('execution.gpu', 'pass', show(b), expected, `${b.length} GPU(s), the same device ids at begin and at seal`)
        : check('execution.gpu', 'deny', `begin: ${show(b)}; seal: ${show(sealGpus)}`, expected, 'the GPUs attested at seal are not the ones attested at begin');
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


/***/ })

};
