export const id = 697;
export const ids = [697,219];
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


/***/ }),

/***/ 62697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* reexport */ loadReceipt),
  verifyReceipt: () => (/* binding */ verifyReceipt)
});

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
var job = __webpack_require__(15818);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/lib/key.js
var key = __webpack_require__(47859);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/lib/jws_algorithms.js
var jws_algorithms = __webpack_require__(68109);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/util/errors.js
var errors = __webpack_require__(5674);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/lib/validate.js
var validate = __webpack_require__(47784);
;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/jwks/local.js




function isUsableJWK(jwk, entry, alg, kid) {
  const { kty, key_ops: keyOps, ext, kid: jwkKid, alg: jwkAlg, use, crv } = jwk;
  return (ext === void 0 || typeof ext == "boolean") && (keyOps === void 0 || Array.isArray(keyOps) && keyOps.every((operation, index) => typeof operation == "string" && keyOps.indexOf(operation) === index) && keyOps.includes("verify")) && entry.kty.includes(kty) && (kid === void 0 || typeof kid == "string" && kid === jwkKid) && (jwkAlg === void 0 ? kty !== "AKP" : alg === jwkAlg) && (use === void 0 || use === "sig") && (!entry.crv || crv === entry.crv);
}
async function importWithAlgCache(cache, jwk, entry) {
  const cached = cache.get(jwk) || cache.set(jwk, {}).get(jwk), { alg } = entry;
  if (cached[alg] === void 0) {
    const pending = (0,key/* jwkToKey */.xY)(entry, jwk, !0).then((key) => {
      if (key.type !== "public")
        throw new errors/* JWKSInvalid */.Dm("JSON Web Key Set members must be public keys");
      return cached[alg] = key, key;
    }).catch((error) => {
      throw cached[alg] === pending && delete cached[alg], error;
    });
    cached[alg] = pending;
  }
  return cached[alg];
}
function createLocalJWKSet(jwks) {
  let snapshot;
  try {
    snapshot = structuredClone(jwks);
  } catch (cause) {
    throw new errors/* JWKSInvalid */.Dm("JSON Web Key Set malformed", { cause });
  }
  if (!(0,validate/* isJwkSet */.fV)(snapshot))
    throw new errors/* JWKSInvalid */.Dm("JSON Web Key Set malformed");
  const metadata = snapshot.keys.map((jwk) => {
    const normalized = (0,key/* snapshotJwk */.ZZ)(jwk);
    return Array.isArray(normalized.key_ops) && (normalized.key_ops = [...normalized.key_ops]), normalized;
  }), cached = /* @__PURE__ */ new WeakMap();
  return Object.defineProperty(async (protectedHeader, token) => {
    const { alg, kid } = { ...protectedHeader, ...token?.header }, entry = typeof alg == "string" ? jws_algorithms/* JWS */.p[alg] : void 0;
    if (!entry || entry.secret)
      throw new errors/* JOSENotSupported */.T0('Unsupported "alg" value for a JSON Web Key Set');
    const candidates = snapshot.keys.filter((_, index) => isUsableJWK(metadata[index], entry, alg, kid)), { 0: jwk, length } = candidates;
    if (!length)
      throw new errors/* JWKSNoMatchingKey */.BT();
    if (length !== 1) {
      const error = new errors/* JWKSMultipleMatchingKeys */.$4();
      throw error[Symbol.asyncIterator] = async function* () {
        for (const jwk2 of candidates)
          try {
            yield await importWithAlgCache(cached, jwk2, entry);
          } catch {
          }
      }, error;
    }
    return importWithAlgCache(cached, jwk, entry);
  }, "jwks", {
    value: () => structuredClone(snapshot)
  });
}


// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/util/base64url.js
var base64url = __webpack_require__(71445);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/lib/buffer_utils.js
var buffer_utils = __webpack_require__(77410);
;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/util/decode_jwt.js




function decodeJwt(jwt) {
  if (typeof jwt != "string")
    throw new errors/* JWTInvalid */.Dp("JWTs must use Compact JWS serialization, JWT must be a string");
  const { 1: encodedPayload, length } = jwt.split(".");
  if (length === 5)
    throw new errors/* JWTInvalid */.Dp("Only JWTs using Compact JWS serialization can be decoded");
  if (length !== 3)
    throw new errors/* JWTInvalid */.Dp("Invalid JWT");
  if (!encodedPayload)
    throw new errors/* JWTInvalid */.Dp("JWTs must contain a payload");
  let claimsSetBytes;
  try {
    claimsSetBytes = (0,base64url/* decode */.D)(encodedPayload);
  } catch (cause) {
    throw new errors/* JWTInvalid */.Dp("Failed to base64url decode the payload", { cause });
  }
  let claimsSet;
  try {
    claimsSet = JSON.parse(buffer_utils/* strictDecoder */.u8.decode(claimsSetBytes));
  } catch (cause) {
    throw new errors/* JWTInvalid */.Dp("Failed to parse the decoded payload as JSON", { cause });
  }
  if (!(0,validate/* isObject */.Gv)(claimsSet))
    throw new errors/* JWTInvalid */.Dp("Invalid JWT Claims Set");
  return claimsSet;
}


// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jwt/verify.js + 2 modules
var verify = __webpack_require__(64490);
// EXTERNAL MODULE: ./src/util/errors.ts
var util_errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/read-file.ts
var read_file = __webpack_require__(45201);
;// CONCATENATED MODULE: ./src/binding/oidc.ts



/**
 * GitHub OIDC job identity (DESIGN §3). The producer asks GitHub for a token with audience
 * `compute-receipt` and binds its SHA-256; the verifier checks the token's signature with GitHub's
 * keys (fetched when the network is allowed, or from a key-set file) and that its repository, run
 * and commit are the receipt's job context. This module does no `@actions/*` I/O, so the receipt
 * replay can use it.
 */
const OIDC_AUDIENCE = 'compute-receipt';
const GITHUB_OIDC_ISSUER = 'https://token.actions.githubusercontent.com';
/** The token issuer for a GitHub server: github.com's, or GHES's `/_services/token`. */
function oidcIssuer(serverUrl) {
    const s = (serverUrl ?? '').replace(/\/+$/, '');
    if (s === '' || /^https:\/\/github\.com$/i.test(s))
        return GITHUB_OIDC_ISSUER;
    return `${s}/_services/token`;
}
function jwksUrl(issuer) {
    return new URL(`${issuer.replace(/\/+$/, '')}/.well-known/jwks`);
}
/** Read a JWKS file (`{"keys": [...]}`); a malformed file is an input error. */
async function loadJwksFile(path) {
    const text = await (0,read_file/* readRegularText */.Aj)(path, { maxBytes: read_file/* READ_LIMITS */.Cl.jwks, what: 'key-set file' });
    let j;
    try {
        j = JSON.parse(text);
    }
    catch {
        throw new util_errors/* InputError */.dz('CONFIG_INVALID', `key-set file ${(0,util_errors.q)(path)} is not valid JSON`);
    }
    if (!j || typeof j !== 'object' || !Array.isArray(j.keys)) {
        throw new util_errors/* InputError */.dz('CONFIG_INVALID', `key-set file ${(0,util_errors.q)(path)} has no "keys" list`);
    }
    return j;
}
/**
 * Verify a saved OIDC token: signature first (RS256 by the issuer's keys), then issuer, audience,
 * and the job claims. A receipt is replayed after the token has expired, so `exp`/`nbf` are checked
 * at the token's own signed issue time; the signed `iat` is reported.
 */
async function verifyOidcToken(token, opts) {
    const issuer = opts.issuer ?? GITHUB_OIDC_ISSUER;
    let keys;
    if (opts.jwks)
        keys = createLocalJWKSet(opts.jwks);
    else if (opts.network && opts.remoteKeys)
        keys = opts.remoteKeys;
    else if (opts.network) {
        try {
            // Loaded only when used: the network layer brings the proxy-aware HTTP stack.
            const http = opts.http ?? (await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(663)]).then(__webpack_require__.bind(__webpack_require__, 59663))).createHttpFetcher({ allowed: true, timeoutMs: 10_000 });
            const res = await http.get(jwksUrl(issuer).href, { accept: 'application/json', maxBytes: 1024 * 1024 });
            const j = JSON.parse(res.body.toString('utf8'));
            if (!j || typeof j !== 'object' || !Array.isArray(j.keys))
                throw new Error(`${jwksUrl(issuer).href} did not return a key set`);
            keys = createLocalJWKSet(j);
        }
        catch (e) {
            return { status: 'unavailable', detail: `OIDC token not verified: key set unavailable (${e.message})`.replace(/[\r\n]+/g, ' ').slice(0, 300) };
        }
    }
    else
        return { status: 'unavailable', detail: 'OIDC token not verified: no key set (allow network, or give a key-set file)' };
    let unverified;
    try {
        unverified = decodeJwt(token.trim());
    }
    catch {
        return { status: 'failed', detail: 'OIDC token is not a JWT' };
    }
    if (typeof unverified.iat !== 'number')
        return { status: 'failed', detail: 'OIDC token has no iat' };
    const at = new Date(Math.max(unverified.iat, typeof unverified.nbf === 'number' ? unverified.nbf : 0) * 1000);
    let claims;
    try {
        ({ payload: claims } = await (0,verify/* jwtVerify */.V)(token.trim(), keys, {
            issuer,
            audience: opts.audience ?? OIDC_AUDIENCE,
            algorithms: ['RS256'],
            currentDate: at,
            clockTolerance: 5,
        }));
    }
    catch (e) {
        const code = e.code ?? 'ERR';
        if (code === 'ERR_JWKS_TIMEOUT' || (opts.network && !opts.jwks && /fetch|network|ENOTFOUND|ECONN/i.test(e.message))) {
            return { status: 'unavailable', detail: `OIDC token not verified: key set unavailable (${code})` };
        }
        return { status: 'failed', detail: `OIDC token rejected: ${code}: ${e.message}`.replace(/[\r\n]+/g, ' ').slice(0, 300) };
    }
    const wrong = [];
    const cmp = (claim, expected, required) => {
        const got = claims[claim];
        if (expected === undefined || (expected === null && !required))
            return;
        if (expected === null)
            wrong.push(`${claim}: the receipt has none to compare`);
        else if (typeof got !== 'string' || got.toLowerCase() !== expected.toLowerCase())
            wrong.push(`${claim}: token ${JSON.stringify(got ?? null)} vs receipt ${JSON.stringify(expected)}`);
    };
    cmp('repository', opts.expected.repository, true);
    cmp('run_id', opts.expected.run_id, true);
    cmp('sha', opts.expected.sha, true);
    cmp('run_attempt', opts.expected.run_attempt, false);
    cmp('workflow_ref', opts.expected.workflow_ref, false);
    if (wrong.length)
        return { status: 'failed', detail: `OIDC token does not match the receipt's job: ${wrong.join('; ')}` };
    return {
        status: 'verified',
        detail: `OIDC token signed by ${issuer} for ${String(claims['repository'])} run ${String(claims['run_id'])} at ${new Date((claims.iat ?? 0) * 1000).toISOString()}`,
        claims,
    };
}

// EXTERNAL MODULE: ./src/claims/tiers.ts
var tiers = __webpack_require__(1172);
// EXTERNAL MODULE: ./src/digest/index.ts + 4 modules
var src_digest = __webpack_require__(10837);
// EXTERNAL MODULE: ./src/evidence/index.ts + 40 modules
var evidence = __webpack_require__(36577);
// EXTERNAL MODULE: ./src/policy/index.ts + 2 modules
var src_policy = __webpack_require__(85234);
// EXTERNAL MODULE: ./src/policy/parse.ts
var parse = __webpack_require__(72745);
// EXTERNAL MODULE: ./src/run.ts + 1 modules
var run = __webpack_require__(61984);
// EXTERNAL MODULE: ./src/provenance/index.ts + 3 modules
var provenance = __webpack_require__(74929);
// EXTERNAL MODULE: ./src/util/progress.ts
var progress = __webpack_require__(65365);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/execution/index.ts + 2 modules
var execution = __webpack_require__(85219);
// EXTERNAL MODULE: ./src/receipt/leaves.ts
var leaves = __webpack_require__(46386);
// EXTERNAL MODULE: ./src/util/json.ts
var util_json = __webpack_require__(74976);
// EXTERNAL MODULE: ./src/receipt/schema.ts
var schema = __webpack_require__(66785);
;// CONCATENATED MODULE: ./src/receipt/read.ts
/**
 * Reading the receipt and the JSON files beside it, strictly: one parse, no differential between
 * this reader and any other JSON reader a reviewer may use. A duplicate key, invalid UTF-8, a lone
 * surrogate or a document that is not in RFC 8785 canonical form (the producer writes every JSON
 * file canonical) is refused; the receipt then goes through the strict zod schema.
 */







const UTF8 = new TextDecoder('utf-8', { fatal: true });
class JsonStrictError extends Error {
    constructor(message) {
        super(message);
        this.name = 'JsonStrictError';
    }
}
/**
 * Scan JSON text for duplicate object keys (JSON.parse keeps the last one silently). The text is
 * known to be valid JSON (JSON.parse ran first), so the scanner only tracks strings and nesting.
 */
function findDuplicateKey(text) {
    const stack = [];
    let i = 0;
    const n = text.length;
    while (i < n) {
        const c = text[i];
        if (c === '{') {
            stack.push(new Set());
            i++;
        }
        else if (c === '[') {
            stack.push(null);
            i++;
        }
        else if (c === '}' || c === ']') {
            stack.pop();
            i++;
        }
        else if (c === '"') {
            let j = i + 1;
            while (j < n && text[j] !== '"')
                j += text[j] === '\\' ? 2 : 1;
            const raw = text.slice(i, j + 1);
            i = j + 1;
            const top = stack[stack.length - 1];
            if (top) {
                // A string in an object is a key when a ':' follows it.
                let k = i;
                while (k < n && /\s/.test(text[k]))
                    k++;
                if (text[k] === ':') {
                    const key = JSON.parse(raw);
                    if (top.has(key))
                        return key;
                    top.add(key);
                }
            }
        }
        else
            i++;
    }
    return null;
}
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/**
 * Parse JSON bytes strictly: valid UTF-8, valid JSON, no duplicate keys, no lone surrogates, and
 * (when `canonical`) byte-for-byte the RFC 8785 form, optionally followed by one newline.
 */
function parseStrictJson(bytes, opts) {
    let text;
    try {
        text = UTF8.decode(bytes);
    }
    catch {
        throw new JsonStrictError('is not valid UTF-8');
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        throw new JsonStrictError(`is not valid JSON: ${e.message}`);
    }
    const dup = findDuplicateKey(text);
    if (dup !== null)
        throw new JsonStrictError(`has the key ${(0,util_errors.q)(dup)} twice`);
    if (LONE_SURROGATE.test(text) || /\\u[dD][89a-fA-F]/.test(text)) {
        // An escaped surrogate is fine only as part of a pair; re-check on the decoded strings.
        if (hasLoneSurrogate(value))
            throw new JsonStrictError('holds a lone surrogate (not Unicode text)');
    }
    if (opts.canonical) {
        const c = (0,jcs/* canonicalize */.d)(value);
        if (text !== c && text !== c + '\n')
            throw new JsonStrictError('is not in RFC 8785 canonical form (it was re-serialised or edited)');
    }
    return value;
}
function hasLoneSurrogate(v) {
    if (typeof v === 'string')
        return LONE_SURROGATE.test(v);
    if (Array.isArray(v))
        return v.some(hasLoneSurrogate);
    if (v !== null && typeof v === 'object')
        return Object.entries(v).some(([k, x]) => LONE_SURROGATE.test(k) || hasLoneSurrogate(x));
    return false;
}
/** A regular file under a size cap (src/util/read-file.ts), or null when the path does not exist. */
async function readRegularFile(path, max, shown) {
    try {
        return await (0,read_file/* readRegularFile */.XF)(path, { maxBytes: max, what: 'receipt file', shown, noFollow: true });
    }
    catch (e) {
        if (e instanceof util_errors/* InputError */.dz && e.code === 'PATH_MISSING')
            return null;
        throw e;
    }
}
/** Read and validate a receipt (file or directory); anything malformed is an exit-2 InputError. */
async function loadReceipt(path, cwd) {
    const abs = (0,external_node_path_.resolve)(cwd, path);
    let isDir = false;
    try {
        isDir = (await (0,promises_.stat)(abs)).isDirectory();
    }
    catch {
        throw new util_errors/* InputError */.dz('PATH_MISSING', `no such receipt: ${(0,util_errors.q)(path)}`);
    }
    const file = isDir ? (0,external_node_path_.join)(abs, 'receipt.json') : abs;
    let bytes;
    try {
        bytes = await (0,read_file/* readRegularFile */.XF)(file, { maxBytes: read_file/* READ_LIMITS */.Cl.receipt, what: 'receipt', shown: isDir ? (0,external_node_path_.join)(path, 'receipt.json') : path });
    }
    catch (e) {
        if (e instanceof util_errors/* InputError */.dz && e.code === 'PATH_MISSING')
            throw new util_errors/* InputError */.dz('PATH_MISSING', `no receipt.json at ${(0,util_errors.q)(path)}`);
        throw e;
    }
    let json;
    try {
        json = parseStrictJson(bytes, { canonical: true });
    }
    catch (e) {
        if (e instanceof JsonStrictError) {
            throw new util_errors/* InputError */.dz('RECEIPT_INVALID', `receipt ${(0,util_errors.q)(path)} ${e.message.startsWith('is not valid JSON') ? e.message : `${e.message}; refused`}`);
        }
        throw e;
    }
    (0,util_json/* checkJsonBounds */.S)(json, util_json/* RECEIPT_JSON_BOUNDS */.m, 'RECEIPT_INVALID', `receipt ${(0,util_errors.q)(path)}`);
    const r = schema/* ReceiptSchema */.Ci.safeParse(json);
    if (!r.success) {
        const first = r.error.issues[0];
        const where = first.path.map(String).join('.') || '(top level)';
        throw new util_errors/* InputError */.dz('RECEIPT_INVALID', `receipt ${(0,util_errors.q)(path)} fails the schema at ${where}: ${first.message}`);
    }
    return { receipt: r.data, dir: (0,external_node_path_.dirname)(file), bytes };
}

;// CONCATENATED MODULE: ./src/receipt/manifest-diff.ts

/** One digest per name; shards (`name:start:end`) are folded back into their file. */
function byFile(m) {
    const out = new Map();
    const shards = m.serialization.method === 'shards';
    for (const r of m.resources) {
        const name = shards ? ((0,src_digest/* parseShardName */.Di)(r.name)?.file ?? r.name) : r.name;
        const list = out.get(name) ?? [];
        list.push(`${r.algorithm}:${r.digest}`);
        out.set(name, list);
    }
    return new Map([...out].map(([k, v]) => [k, v.join(',')]));
}
function diffManifests(expected, actual) {
    const e = byFile(expected);
    const a = byFile(actual);
    const changes = [];
    const missing = [];
    const added = [];
    for (const [name, d] of e) {
        const got = a.get(name);
        if (got === undefined)
            missing.push(name);
        else if (got !== d)
            changes.push({ name, status: 'FAILED', expected: d, actual: got });
    }
    for (const name of a.keys())
        if (!e.has(name))
            added.push(name);
    // A rename: same bytes under another name. Paired one to one, in name order, so the result is stable.
    const addedByDigest = new Map();
    for (const n of added.sort(src_digest/* compareUtf8 */.zq)) {
        const d = a.get(n);
        addedByDigest.set(d, [...(addedByDigest.get(d) ?? []), n]);
    }
    const renamedTo = new Set();
    for (const n of missing.sort(src_digest/* compareUtf8 */.zq)) {
        const d = e.get(n);
        const to = addedByDigest.get(d)?.shift();
        if (to !== undefined) {
            renamedTo.add(to);
            changes.push({ name: to, status: 'renamed', from: n, expected: d, actual: d });
        }
        else
            changes.push({ name: n, status: 'missing', expected: d });
    }
    for (const n of added)
        if (!renamedTo.has(n))
            changes.push({ name: n, status: 'added', actual: a.get(n) });
    return changes.sort((x, y) => (0,src_digest/* compareUtf8 */.zq)(x.name, y.name));
}

// EXTERNAL MODULE: ./src/receipt/replay-causes.ts
var replay_causes = __webpack_require__(66134);
;// CONCATENATED MODULE: ./src/receipt/replay.ts

























/** Files in the receipt directory are read up to this size (evidence, manifests, a benchmark file). */
const FILE_MAX_BYTES = 256 * 1024 * 1024;
/** A receipt directory holding more entries than this is refused rather than walked. */
const DIR_MAX_ENTRIES = 100_000;
const FILE_ROLE = { workload: 'workload', input: 'inputs', outputs: 'outputs' };
function rootOf(m) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    for (const r of m.resources)
        h.update(Buffer.from(r.digest, 'hex'));
    return 'sha256:' + h.digest('hex');
}
function describeNameChange(expected, actual) {
    const e = new Set(expected.resources.map((r) => r.name));
    const a = new Set(actual.resources.map((r) => r.name));
    const gone = [...e].filter((n) => !a.has(n));
    const added = [...a].filter((n) => !e.has(n));
    if (!gone.length && !added.length)
        return null;
    const show = (xs) => xs.slice(0, 5).map((x) => JSON.stringify(x)).join(', ') + (xs.length > 5 ? ', …' : '');
    return [gone.length ? `only in the receipt: ${show(gone)}` : '', added.length ? `only on disk: ${show(added)}` : ''].filter(Boolean).join('; ');
}
/** Value for a mismatch line: strings as they are, anything else as JSON. */
function show(v) {
    if (v === undefined || v === null)
        return null;
    return typeof v === 'string' ? v : JSON.stringify(v);
}
/** The receipt directory's regular files (relative '/'-paths), and anything that is not one. */
async function listReceiptDir(dir) {
    const files = new Set();
    const odd = [];
    let seen = 0;
    const walk = async (abs, rel) => {
        for (const e of await (0,promises_.readdir)(abs, { withFileTypes: true })) {
            if (++seen > DIR_MAX_ENTRIES)
                throw new util_errors/* InputError */.dz('RECEIPT_INVALID', `receipt directory holds more than ${DIR_MAX_ENTRIES} entries; refused`);
            const r = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory())
                await walk((0,external_node_path_.join)(abs, e.name), r);
            else if (e.isFile())
                files.add(r);
            else
                odd.push(r);
        }
    };
    await walk(dir, '');
    return { files, odd };
}
/** A stand-in tree for the OMS statement when the verifier holds only the saved manifest. */
function treeFromManifest(name, m) {
    const root = Buffer.from(rootOf(m).slice('sha256:'.length), 'hex');
    return { digest: rootOf(m), root, kind: 'directory', name, serialization: m.serialization, resources: [], files: m.resources.length, bytes: 0 };
}
/**
 * The verifier role (DESIGN §0): replay a receipt. It re-derives every field it can (digests and
 * manifests from the paths it is given, the saved manifests otherwise; the binding, report_data and
 * GPU nonce; every file of the receipt directory the tool writes; the evidence, re-verified from its
 * saved bytes; the producer's policy identity from its saved copy; and, when it runs the same policy,
 * the producer's decision and claim), compares each with the receipt leaf by leaf, and names every
 * leaf it could not re-derive as self-reported. Any mismatch adds a denying `replay.integrity` check.
 * Fields that choose how something is re-derived (the input scheme, the ignores, symlinks) are never
 * taken from the receipt alone.
 */
async function verifyReceipt(opts, deps) {
    const { receipt, dir } = await loadReceipt(opts.receipt, deps.cwd);
    const policy = await (0,src_policy/* loadPolicy */.tb)(opts.policy, { cwd: deps.cwd });
    // Read up front, so a bad key-set file is an input error whether or not the receipt has a token.
    const jwks = opts.oidcJwks ? await loadJwksFile((0,external_node_path_.resolve)(deps.cwd, opts.oidcJwks)) : null;
    let verifierRoot = opts.workloadTrustedRoot
        ? await (0,read_file/* readRegularFile */.XF)((0,external_node_path_.resolve)(deps.cwd, opts.workloadTrustedRoot), { maxBytes: 16 * 1024 * 1024, what: 'Sigstore trusted root', shown: opts.workloadTrustedRoot })
        : null;
    const mismatches = [];
    const notes = [];
    const fileMismatch = (rel, expected, actual, cause) => mismatches.push({ field: `file ${rel}`, expected, actual, cause });
    // ---- The receipt directory: regular files only; each file the receipt names is read from here.
    const listing = await listReceiptDir(dir);
    for (const o of listing.odd)
        fileMismatch(o, 'a regular file', 'a symbolic link or special file', 'the receipt directory holds only regular files');
    const accounted = new Set(['receipt.json']);
    const readInDir = async (rel) => {
        accounted.add(rel);
        if (!listing.files.has(rel)) {
            if (!listing.odd.includes(rel))
                fileMismatch(rel, 'present', 'missing', 'the receipt names this file');
            return null;
        }
        return readRegularFile((0,external_node_path_.join)(dir, ...rel.split('/')), FILE_MAX_BYTES, `receipt file ${(0,util_errors.q)(rel)}`);
    };
    const readJson = async (rel) => {
        const bytes = await readInDir(rel);
        if (!bytes)
            return null;
        try {
            return { value: parseStrictJson(bytes, { canonical: true }), bytes };
        }
        catch (e) {
            if (!(e instanceof JsonStrictError))
                throw e;
            fileMismatch(rel, 'canonical JSON as the producer writes it', e.message, 'read strictly');
            return null;
        }
    };
    /** Compare a file's bytes with what the verifier regenerates. */
    const regenerated = async (rel, bytes, how) => {
        const got = await readInDir(rel);
        if (!got)
            return;
        const want = Buffer.from(bytes, 'utf8');
        if (!got.equals(want))
            fileMismatch(rel, (0,binding_binding/* sha256Prefixed */.rc)(got), (0,binding_binding/* sha256Prefixed */.rc)(want), `regenerated ${how}`);
    };
    // What the verifier derives, shaped like the receipt; undefined = not derived in this run.
    const d = {};
    const rederived = { workload: false, inputs: false, outputs: false };
    const ignoresForPolicy = {};
    /** Names only in the receipt or only on disk, per manifest leaf: the root digest does not cover names. */
    const nameChanges = {};
    /** Per tree re-hashed: the files that differ from the receipt's manifest. */
    const fileChanges = {};
    // ---- Trees: workload, inputs, outputs.
    const readManifest = async (role) => {
        const rel = `${FILE_ROLE[role]}.manifest.json`;
        const malformed = (why) => {
            mismatches.push({ field: `${FILE_ROLE[role]}.manifest`, expected: 'a manifest', actual: `malformed (${why})`, cause: `read ${rel} strictly` });
            return null;
        };
        const bytes = await readInDir(rel);
        if (!bytes)
            return null;
        let value;
        try {
            value = parseStrictJson(bytes, { canonical: true });
        }
        catch (e) {
            if (!(e instanceof JsonStrictError))
                throw e;
            return malformed(e.message);
        }
        const m = schema/* ManifestFileSchema */.VS.safeParse(value);
        if (!m.success) {
            const i = m.error.issues[0];
            return malformed(`${i.path.map(String).join('.') || 'top level'}: ${i.message}`);
        }
        const man = m.data;
        if (!(0,src_digest/* resourcesInOrder */.V9)(man.serialization.method, man.serialization.order, man.resources.map((r) => r.name))) {
            fileMismatch(rel, `resources sorted in ${man.serialization.order} order, no duplicates`, 'unsorted or duplicated', 'read strictly');
        }
        return man;
    };
    /** Hash paths the way the verifier decides: ignores its policy allows, symlinks only if both the receipt and its manifest say so. */
    const rehash = async (role, paths, serialization, saved) => {
        const claimed = new Set([...(0,run/* extraIgnores */.C8)(serialization), ...(saved ? (0,run/* extraIgnores */.C8)(saved.serialization) : [])]);
        const allowed = [...claimed].filter((p) => policy.policy.allowed_ignores.includes(p));
        const refused = [...claimed].filter((p) => !policy.policy.allowed_ignores.includes(p));
        if (refused.length)
            notes.push(`${FILE_ROLE[role]}: re-hashed including ${refused.map((p) => JSON.stringify(p)).join(', ')}, which the producer left out and the verifier's policy does not allow to be ignored`);
        const allowSymlinks = serialization.allow_symlinks && (saved?.serialization.allow_symlinks ?? false);
        // Order and method (files or shards) change no check: every byte is hashed either way. They are
        // bound through the manifest digest, so the saved manifest's are used; a shard size other than
        // OMS's is a mismatch (derived below), never replayed.
        const ser = saved?.serialization ?? serialization;
        const method = ser.method === 'shards' ? 'shards' : 'files';
        return (0,progress/* tracked */.rX)(deps.progress, FILE_ROLE[role], (p) => (0,src_digest/* digestTree */.hW)((0,run/* resolveAll */.WZ)(deps.cwd, paths), { allowSymlinks, ignorePaths: allowed, order: ser.order, method, ...p }));
    };
    const treeRole = async (role, given) => {
        const part = role === 'workload' ? receipt.workload : role === 'input' ? receipt.input : receipt.outputs;
        const saved = await readManifest(role);
        const out = { manifest: { path: `${FILE_ROLE[role]}.manifest.json` } };
        const producerIgnores = new Set([...(0,run/* extraIgnores */.C8)(part.serialization), ...(saved ? (0,run/* extraIgnores */.C8)(saved.serialization) : [])]);
        ignoresForPolicy[FILE_ROLE[role]] = [...producerIgnores].sort(src_digest/* compareUtf8 */.zq);
        if (saved) {
            out['serialization'] = saved.serialization.method === 'shards' ? { ...saved.serialization, shard_size: src_digest/* SHARD_SIZE */.jX } : saved.serialization;
            out['files'] = saved.resources.length;
            out['manifest'].digest = (0,binding_binding/* jsonDigest */.jW)(saved);
        }
        else {
            out['serialization'] = null;
            out['files'] = null;
            out['manifest'].digest = null;
        }
        let tree = null;
        let rehashed = null;
        const plain = saved !== null && saved.resources.every((r) => r.algorithm === 'sha256');
        // Only inputs may be keyed; a keyed commitment is not derivable from its manifest (compared with the binding instead).
        let digest = plain ? rootOf(saved) : saved && role === 'input' ? undefined : null;
        if (given?.length) {
            rederived[FILE_ROLE[role]] = true;
            tree = await rehash(role, given, part.serialization, saved);
            if (role === 'input') {
                const keyed = receipt.binding.input_commitment.startsWith('hmac-sha256:') || receipt.input_commitment.startsWith('hmac-sha256:') || saved?.resources.some((r) => r.algorithm !== 'sha256');
                if (keyed && !opts.inputKey) {
                    throw new util_errors/* InputError */.dz('USAGE', 'the input commitment is keyed (hmac-sha256): give the input key (--input-key-file or COMPUTE_RECEIPT_INPUT_KEY) to re-derive --inputs');
                }
                const ic = (0,src_digest/* inputCommitment */.cU)(tree, keyed ? opts.inputKey : undefined);
                rehashed = ic.manifest;
                digest = ic.commitment;
            }
            else {
                rehashed = (0,src_digest/* buildManifest */.u1)(tree);
                digest = tree.digest;
            }
            out['serialization'] = rehashed.serialization;
            out['files'] = tree.files;
            out['bytes'] = tree.bytes;
            out['manifest'].digest = (0,binding_binding/* jsonDigest */.jW)(rehashed);
            if (saved && (0,binding_binding/* jsonDigest */.jW)(saved) !== (0,binding_binding/* jsonDigest */.jW)(rehashed)) {
                fileChanges[FILE_ROLE[role]] = diffManifests(saved, rehashed);
                const change = describeNameChange(saved, rehashed);
                if (change)
                    nameChanges[`${role}.manifest.digest`] = change;
            }
        }
        else if (role !== 'input') {
            notes.push(`${FILE_ROLE[role]} not re-hashed (no --${FILE_ROLE[role]}): checked against the saved manifest only`);
        }
        if (saved && part.manifest && (0,binding_binding/* jsonDigest */.jW)(saved) !== part.manifest.digest) {
            fileMismatch(`${FILE_ROLE[role]}.manifest.json`, part.manifest.digest, (0,binding_binding/* jsonDigest */.jW)(saved), 'digest of the saved manifest');
        }
        return { out, saved, tree, rehashed, digest };
    };
    // Outputs.
    const outR = await treeRole('outputs', opts.outputs);
    d['outputs'] = outR.out;
    d['output_digest'] = outR.digest;
    const outManifest = outR.rehashed ?? outR.saved;
    // SHA256SUMS only for whole files: sha256sum cannot replay shards (byte ranges).
    if (outManifest && outManifest.serialization.method === 'files')
        await regenerated('outputs.SHA256SUMS', plainSums(outManifest), 'from the outputs manifest');
    // Workload: a tree, or a container image reference (then no files, and the binding has no manifest digest).
    const image = receipt.binding.workload_manifest_digest === null;
    let wR = null;
    if (image) {
        d['workload'] = {
            kind: 'image',
            serialization: { method: 'image', hash_type: 'sha256', order: receipt.workload.serialization.order === 'utf8-bytes' ? 'utf8-bytes' : src_digest/* DEFAULT_ORDER */.DJ, allow_symlinks: false, ignore_paths: [] },
            files: 0,
            bytes: 0,
            manifest: null,
            statement: null,
        };
        d['workload_digest'] = receipt.binding.workload_digest;
        if (opts.workload?.length) {
            rederived.workload = true;
            const ref = opts.workload.length === 1 ? (0,src_digest/* parseImageRef */.Q)(opts.workload[0]) : null;
            if (!ref)
                throw new util_errors/* InputError */.dz('USAGE', 'the receipt names a container image: give --workload as one reference name@sha256:<hex>');
            d['workload_digest'] = ref.digest;
            d['workload'].name = ref.name;
        }
        else
            notes.push('workload not re-derived (no --workload): the image reference is checked against the binding only');
    }
    else {
        wR = await treeRole('workload', opts.workload);
        d['workload'] = { ...wR.out, statement: 'workload.statement.json' };
        d['workload_digest'] = wR.digest;
        if (wR.tree) {
            d['workload'].kind = wR.tree.kind;
            d['workload'].name = wR.tree.name;
        }
        const wm = wR.rehashed ?? wR.saved;
        if (wm) {
            if (wm.serialization.method === 'files')
                await regenerated('workload.SHA256SUMS', plainSums(wm), 'from the workload manifest');
            const t = wR.tree ?? treeFromManifest(receipt.workload.name, wm);
            let statement = '(no statement: the manifest is not plain sha256)';
            try {
                statement = (0,jcs/* canonicalize */.d)((0,src_digest/* omsStatement */.RN)(t, wm)) + '\n';
            }
            catch (e) {
                if (!(e instanceof TypeError))
                    throw e;
            }
            await regenerated('workload.statement.json', statement, 'as the OMS statement of the workload manifest');
        }
    }
    // ---- Workload signature: re-verified from the saved bundle and material, and compared file by file
    // with the workload the verifier derived. The producer's view (its saved material, at its stated
    // time) is what the receipt must equal; the verifier's view (its own Sigstore trusted root, its clock)
    // is what it appraises. A keyless identity checked only under the producer's saved root is never
    // verified for the verifier.
    let sigP = null;
    let sigV = null;
    if (receipt.workload.signature || listing.files.has(provenance/* SIGNATURE_FILES */.dS.bundle)) {
        const bundle = await readInDir(provenance/* SIGNATURE_FILES */.dS.bundle);
        const material = {};
        for (const k of ['key', 'caCerts', 'trustedRoot']) {
            if (listing.files.has(provenance/* SIGNATURE_FILES */.dS[k]))
                material[k] = (await readInDir(provenance/* SIGNATURE_FILES */.dS[k])) ?? undefined;
        }
        const wm = wR ? (wR.rehashed ?? wR.saved) : null;
        if (!receipt.workload.signature) {
            mismatches.push({ field: 'workload.signature', expected: null, actual: 'a saved workload signature', cause: `found ${provenance/* SIGNATURE_FILES */.dS.bundle} in the receipt directory` });
        }
        if (bundle && wm && wR && !image) {
            const wl = { manifest: wm, kind: (wR.tree?.kind ?? (receipt.workload.kind === 'file' ? 'file' : 'directory')), digest: wR.digest ?? receipt.binding.workload_digest };
            const shown = { signature: provenance/* SIGNATURE_FILES */.dS.bundle, key: provenance/* SIGNATURE_FILES */.dS.key, caCerts: provenance/* SIGNATURE_FILES */.dS.caCerts, trustedRoot: provenance/* SIGNATURE_FILES */.dS.trustedRoot };
            try {
                const p = (0,provenance/* appraiseWorkloadSignature */.pu)({ bundle, material }, wl, new Date(receipt.issued_at), shown);
                d['workload'].signature = p.record;
                sigP = p.facts;
                // Keyless with --network and no root of its own: the verifier fetches the public-good root through TUF.
                if (p.facts.method === 'sigstore' && !verifierRoot && opts.network)
                    verifierRoot = await (0,run/* sigstoreRootOrNull */.Z7)(deps.env, deps.cwd);
                const vMaterial = p.facts.method === 'sigstore' && verifierRoot ? { trustedRoot: verifierRoot } : material;
                sigV = (0,provenance/* appraiseWorkloadSignature */.pu)({ bundle, material: vMaterial }, wl, opts.at ?? deps.now(), { ...shown, ...(opts.workloadTrustedRoot ? { trustedRoot: opts.workloadTrustedRoot } : {}) }).facts;
                if (sigV.method === 'sigstore' && !verifierRoot && sigV.status === 'verified') {
                    sigV = { ...sigV, status: 'unavailable', detail: `${sigV.detail}; verified under the producer's saved trusted root only (give --workload-trusted-root, or --network for the public-good root, to verify the identity under the verifier's own)` };
                }
            }
            catch (e) {
                if (!(e instanceof util_errors/* InputError */.dz))
                    throw e;
                d['workload'].signature = null;
                fileMismatch(provenance/* SIGNATURE_FILES */.dS.bundle, 'a model_signing bundle the producer verified', e.message, 're-read the saved workload signature');
            }
        }
        else if (receipt.workload.signature) {
            d['workload'].signature = null;
        }
    }
    // Inputs: the scheme is what the commitment's bound prefix and the saved manifest say, never the `scheme` field alone.
    const inR = await treeRole('input', opts.inputs);
    d['input'] = inR.out;
    const savedScheme = inR.saved ? (inR.saved.resources.every((r) => r.algorithm === 'sha256') ? 'sha256' : 'hmac-sha256') : null;
    const boundScheme = receipt.binding.input_commitment.startsWith('hmac-sha256:') ? 'hmac-sha256' : 'sha256';
    d['input'].scheme = savedScheme === null || savedScheme === boundScheme ? boundScheme : null;
    d['input_commitment'] = inR.digest;
    if (!opts.inputs?.length)
        notes.push(boundScheme === 'hmac-sha256' ? 'inputs not re-derived: the commitment is keyed; give --inputs and the input key' : 'inputs not re-hashed (no --inputs)');
    // ---- The policy the producer saved: its identity is re-derived from the copy (never used to decide).
    let producerPolicy = null;
    const savedPolicyRel = receipt.policy_decision.policy_file;
    const savedPolicy = await readInDir(savedPolicyRel);
    if (savedPolicy) {
        try {
            producerPolicy = (0,parse/* parsePolicyBytes */.vR)(savedPolicy, savedPolicyRel);
        }
        catch (e) {
            if (!(e instanceof util_errors/* InputError */.dz))
                throw e;
            fileMismatch(savedPolicyRel, 'the policy the producer ran', e.message, 'parsed the saved copy');
        }
    }
    d['verifier_policy_id'] = producerPolicy?.policy_id ?? null;
    d['policy_decision'] = {
        policy_id: producerPolicy?.policy_id ?? null,
        policy_version: producerPolicy?.policy_version ?? null,
        policy_digest: savedPolicy ? (0,binding_binding/* sha256Prefixed */.rc)(savedPolicy) : null,
        policy_file: producerPolicy ? (0,run/* policyFileName */.UW)(producerPolicy) : null,
        decision_ceiling: producerPolicy?.policy.decision_ceiling ?? null,
    };
    // Decided by the saved copy's bytes, never by the receipt's policy fields.
    const samePolicy = producerPolicy !== null && producerPolicy.policy_digest === policy.policy_digest;
    // ---- Benchmark: context only, but its digest is bound, so the saved copy must match.
    const benchmarkDigest = receipt.benchmark_result ? await readInDir(receipt.benchmark_result.file).then((b) => (b ? (0,binding_binding/* sha256Prefixed */.rc)(b) : null)) : null;
    if (receipt.benchmark_result) {
        d['benchmark_result'] = { digest: benchmarkDigest, file: `benchmark/${(0,run/* safeFileName */.Tx)(receipt.benchmark_result.id)}`, claim_limit: 'capacity context only; not per-job proof' };
    }
    // ---- OIDC token: its digest is bound; the saved token must match it and verify.
    let oidcDigest = null;
    let oidc = null;
    const tokenBytes = listing.files.has('oidc-token.jwt') || receipt.binding.oidc_token_digest ? await readInDir('oidc-token.jwt') : null;
    if (tokenBytes) {
        oidcDigest = (0,binding_binding/* sha256Prefixed */.rc)(tokenBytes.toString('utf8'));
        const j = receipt.binding.job;
        const v = await verifyOidcToken(tokenBytes.toString('utf8'), {
            jwks,
            network: opts.network,
            issuer: oidcIssuer(deps.env['GITHUB_SERVER_URL']),
            expected: { repository: j.repository, run_id: j.run_id, sha: j.sha, run_attempt: j.run_attempt, workflow_ref: j.workflow_ref },
        });
        oidc = v.status === 'verified' ? { status: v.status, detail: v.detail, claims: { ...v.claims } } : { status: v.status, detail: v.detail };
        if (v.status === 'failed')
            mismatches.push({ field: 'oidc_token', expected: 'a token signed by the issuer for the receipt job', actual: v.detail, cause: 'verified the saved OIDC token' });
        else
            notes.push(v.detail);
    }
    // ---- Two-phase flow: the begin and seal digests the binding carries come from the saved event log
    // (docs/execution.md); the checks below judge the log the quote replays.
    const ex = receipt.execution;
    const exLogBytes = ex ? await readInDir(ex.event_log) : null;
    const exDigests = ex ? ((0,execution.bindingDigests)((0,execution.viewOfLogBytes)(exLogBytes, ex.session)) ?? receipt.binding.execution ?? null) : null;
    // ---- The binding, recomputed from what the verifier derived (never the receipt's copy).
    const pick = (derived, fallback) => (derived === undefined || derived === null ? fallback : derived);
    const binding = {
        v: binding_binding/* BINDING_VERSION */.BW,
        job: receipt.binding.job,
        workload_digest: pick(d['workload_digest'], receipt.workload_digest),
        workload_manifest_digest: image ? null : pick(d['workload'].manifest?.digest, receipt.binding.workload_manifest_digest ?? ''),
        input_commitment: pick(d['input_commitment'], receipt.input_commitment),
        input_manifest_digest: pick(d['input'].manifest.digest, receipt.input.manifest.digest),
        output_digest: pick(d['output_digest'], receipt.output_digest),
        output_manifest_digest: pick(d['outputs'].manifest.digest, receipt.outputs.manifest.digest),
        benchmark_digest: receipt.benchmark_result ? pick(benchmarkDigest, receipt.benchmark_result.digest) : null,
        oidc_token_digest: oidcDigest,
        nonce: receipt.binding.nonce,
        ...(exDigests ? { execution: exDigests } : {}),
    };
    // The input commitment with a key and no --inputs cannot be re-derived: it is compared with the binding only.
    if (d['input_commitment'] === undefined)
        d['input_commitment'] = receipt.binding.input_commitment;
    const rd = (0,binding_binding/* reportData */.TI)(binding);
    const gn = (0,binding_binding/* gpuNonce */.ox)(binding);
    const fullBinding = { ...binding, report_data: rd.toString('hex'), gpu_nonce: gn.toString('hex') };
    d['binding'] = fullBinding;
    await regenerated('binding.json', (0,jcs/* canonicalize */.d)(fullBinding) + '\n', 'from the recomputed binding');
    // Releases before 0.2 wrote a label ("an unnamed job") when the job had no id: still re-derivable from the binding's job.
    const legacyJobId = receipt.binding.job.id === null ? (0,job/* jobLabel */.OP)(receipt.binding.job) : null;
    d['job_id'] = legacyJobId !== null && receipt.job_id === legacyJobId ? legacyJobId : (0,job/* jobIdOf */.wb)(receipt.binding.job, gn.toString('hex'));
    // ---- Evidence: re-verified from the saved bytes against the recomputed report_data, twice when
    // the conditions differ: as the producer did (its saved roots, at its stated time: to check what it
    // recorded) and as the verifier decides (its own roots and clock: what it renders and appraises).
    const savedTrust = [...listing.files].some((f) => f.startsWith('trust/'));
    const producerRoots = savedTrust ? (0,evidence.loadTrustRoots)((0,external_node_path_.join)(dir, 'trust')) : (0,evidence.loadTrustRoots)(undefined);
    for (const f of listing.files)
        if (f.startsWith('trust/'))
            accounted.add(f);
    const verifierRoots = (0,evidence.loadTrustRoots)(opts.trustRootsDir ? (0,external_node_path_.resolve)(deps.cwd, opts.trustRootsDir) : undefined);
    const producerAt = new Date(receipt.issued_at);
    // The host's GPU inventory, as the producer recorded it: self-reported, so it can only make a policy stricter.
    const listedGpus = receipt.deployment.gpu_inventory ? receipt.deployment.gpu_inventory.gpus.length : null;
    const verifierAt = opts.at ?? deps.now();
    if (!opts.at)
        notes.push(`evidence verified at the verifier's clock ${verifierAt.toISOString()}; pass --at to verify at another time (the receipt's issued_at is self-reported)`);
    const sameConditions = producerRoots.digest === verifierRoots.digest && producerAt.getTime() === verifierAt.getTime();
    const evP = [];
    const evV = [];
    const evVAt = [];
    const evDerived = [];
    for (const [i, e] of receipt.attestation_result.evidence.entries()) {
        const bytes = await readInDir(e.file);
        const aux = [];
        const auxDerived = [];
        for (const a of e.aux) {
            const prefix = `evidence/${i}-`;
            const ab = await readInDir(a.file);
            auxDerived.push({ file: a.file.startsWith(prefix) && !a.file.slice(prefix.length).includes('/') ? a.file : null, digest: ab ? (0,binding_binding/* sha256Prefixed */.rc)(ab) : null });
            if (ab)
                aux.push({ name: a.file.slice(a.file.lastIndexOf('/') + 1).replace(/^\d+-/, ''), bytes: ab });
        }
        if (!bytes) {
            evVAt.push(null);
            evDerived.push({ kind: null, format: null, file: null, digest: null, verified: false, status: null, binding_matches: null, detail: null, aux: auxDerived });
            continue;
        }
        const input = { bytes, aux };
        const fetchers = { pcs: (0,run.pcsOptions)(deps.env), kds: (0,run.kdsOptions)(deps.env), nras: (0,run.nrasOptions)(deps.env), ocsp: (0,run.ocspOptions)(deps.env) };
        const p = await (0,evidence.verifyEvidence)(input, e.file, { reportData: rd, gpuNonce: gn, trustRoots: producerRoots, at: producerAt, network: opts.network, ...fetchers });
        const v = sameConditions ? p : await (0,evidence.verifyEvidence)(input, e.file, { reportData: rd, gpuNonce: gn, trustRoots: verifierRoots, at: verifierAt, network: opts.network, ...fetchers });
        evP.push(p);
        evV.push(v);
        evVAt.push(v);
        evDerived.push({
            kind: p.kind,
            format: p.format,
            file: `evidence/${i}-${(0,run/* safeFileName */.Tx)(p.format)}.bin`,
            digest: (0,binding_binding/* sha256Prefixed */.rc)(bytes),
            verified: p.status === 'verified',
            status: p.status,
            binding_matches: p.bindingMatches,
            detail: p.detail,
            aux: auxDerived,
        });
        if (!sameConditions && (p.status !== v.status || p.bindingMatches !== v.bindingMatches)) {
            notes.push(`evidence[${i}]: ${p.status} under the producer's roots at its stated time, ${v.status} under the verifier's roots at ${verifierAt.toISOString()} (the verifier's result decides)`);
        }
    }
    d['attestation_result'] = {
        verifier: { name: version/* PRODUCER_NAME */.n },
        evidence_digest: (0,run/* evidenceDigest */.YB)(evDerived.map((x) => x['digest']).filter((x) => x !== null)),
        claim_limit: 'runtime or environment evidence only',
        trust_roots: savedTrust ? { custom: producerRoots.digest } : 'shipped',
        evidence: evDerived,
    };
    d['runtime_measurement'] = (0,run/* runtimeMeasurement */.fH)(evP);
    // ---- The producer's decision and claim: re-derived when the verifier runs the same policy.
    const workloadDigest = binding.workload_digest;
    const digests = { workload: workloadDigest, input: binding.input_commitment, output: binding.output_digest };
    const execP = ex ? (0,execution.executionChecks)(ex.session, binding, evP) : null;
    let tierReasonP;
    if (samePolicy && producerPolicy) {
        const a = (0,run/* appraiseAll */.lF)(producerPolicy, evP, workloadDigest, producerRoots.kind, receipt.benchmark_result !== null, execP?.checks ?? [], ignoresForPolicy, sigP, listedGpus);
        const pd = (0,run/* policyDecision */.dY)(producerPolicy, a, receipt.policy_decision.appraised_by);
        d['policy_decision'] = { ...d['policy_decision'], status: pd.status, reason: pd.reason, checks: pd.checks };
        const tier = execP ? (0,execution.executionTier)(a.checks, producerPolicy.policy, (0,execution.policyLabel)(producerPolicy), evP) : undefined;
        tierReasonP = tier?.reason;
        const c = (0,run/* claimsFor */.LQ)(a, producerPolicy, receipt.binding.job, digests, evP, tier, sigP);
        d['claim_tier'] = c.claim_tier;
        d['allowed_claim'] = c.allowed_claim;
    }
    if (ex) {
        const sec = { ...(0,execution.executionSection)(ex.session, ex.event_log, execP?.view ?? null, tierReasonP ?? '') };
        // The session is confirmed only by this job's begin in the replayed log; the tier's reason only under the producer's policy.
        if (!execP?.view?.begin)
            delete sec['session'];
        if (tierReasonP === undefined)
            delete sec['tier_reason'];
        sec['event_log'] = exLogBytes ? ex.event_log : null;
        d['execution'] = sec;
    }
    d['blocked_claims'] = [...tiers/* STANDING_BLOCKED_CLAIMS */.wc, ...receipt.struck_claims.map((s) => s.sentence)];
    if (receipt.struck_claims.length)
        d['struck_claims'] = await relint(receipt);
    d['deployment'] = { self_reported: true, storage: { note: (0,run/* storageNote */.Um)(receipt.deployment.storage.kind) } };
    d['schema_version'] = receipt.schema_version;
    d['issued_at_self_reported'] = true;
    d['producer'] = { name: version/* PRODUCER_NAME */.n };
    if (opts.expectJob !== undefined && opts.expectJob !== receipt.binding.job.id) {
        mismatches.push({ field: 'binding.job.id', expected: receipt.binding.job.id, actual: opts.expectJob, cause: '--expect-job' });
    }
    if (opts.expectSha !== undefined && opts.expectSha.toLowerCase() !== (receipt.binding.job.sha?.toLowerCase() ?? null)) {
        mismatches.push({ field: 'binding.job.sha', expected: receipt.binding.job.sha, actual: opts.expectSha.toLowerCase(), cause: '--expect-sha' });
    }
    // ---- Leaf by leaf: compared, or named self-reported.
    const unverified = [];
    let compared = 0;
    const all = (0,leaves/* leaves */.FQ)(receipt);
    for (const leaf of all) {
        const got = lookup(d, leaf.path);
        if (got.found) {
            compared++;
            if (JSON.stringify(got.value) !== JSON.stringify(leaf.value)) {
                const change = nameChanges[leaf.path];
                mismatches.push({ field: leaf.path, expected: show(leaf.value), actual: show(got.value), cause: causeOf(leaf.path, rederived) + (change ? `: ${change}` : '') });
            }
            continue;
        }
        const rule = (0,leaves/* selfReportedRule */.Y0)(leaf.path) ?? (0,leaves/* conditionalRule */.xi)(leaf.path);
        unverified.push({ field: leaf.path, why: rule?.why ?? 'not re-derived by this verifier' });
    }
    // Objects the verifier derives whole: a key on one side only is a mismatch too.
    for (const path of ['runtime_measurement', 'runtime_measurement.values', 'binding', 'workload.serialization', 'workload.signature', 'workload.signature.bundle', 'input.serialization', 'outputs.serialization']) {
        const want = lookup(d, path);
        const got = lookup(receipt, path);
        if (!want.found || !isObject(want.value) || !isObject(got.value))
            continue;
        const w = want.value;
        const g = got.value;
        for (const k of new Set([...Object.keys(w), ...Object.keys(g)])) {
            if (w[k] === undefined || g[k] === undefined) {
                mismatches.push({ field: `${path}.${k}`, expected: show(g[k]), actual: show(w[k]), cause: causeOf(path, rederived) });
            }
        }
    }
    // Array lengths the verifier derived (checks, evidence, blocked claims) must agree too.
    for (const [path, want] of arrayLengths(d)) {
        const got = lookup(receipt, path);
        const n = got.found && Array.isArray(got.value) ? got.value.length : null;
        if (n !== want)
            mismatches.push({ field: `${path} (count)`, expected: show(n), actual: String(want), cause: causeOf(path, rederived) });
    }
    const extra = [...listing.files].filter((f) => !accounted.has(f)).sort(src_digest/* compareUtf8 */.zq);
    if (extra.length)
        notes.push(`files in the receipt directory that the receipt does not name (not verified): ${extra.slice(0, 10).join(', ')}${extra.length > 10 ? ', …' : ''}`);
    const producerIgnored = Object.entries(ignoresForPolicy).filter(([, v]) => v && v.length);
    if (producerIgnored.length)
        notes.push(`the producer left out of its hashes: ${producerIgnored.map(([r, v]) => `${r}: ${v.join(', ')}`).join('; ')} (the verifier's policy decides: hashing.ignore_paths)`);
    // ---- The verifier's own appraisal and claim.
    const integrity = {
        id: 'replay.integrity',
        outcome: mismatches.length ? 'deny' : 'pass',
        observed: mismatches.length ? mismatches.map((m) => m.field).join(', ') : 'no mismatch',
        expected: 'every re-derived field and file equal to the receipt',
        detail: mismatches.length
            ? `${mismatches.length} mismatch${mismatches.length > 1 ? 'es' : ''} between the receipt and what the verifier re-derived`
            : 'the verifier re-derived what it was given and found the receipt consistent',
    };
    const execV = ex ? (sameConditions ? execP : (0,execution.executionChecks)(ex.session, binding, evV)) : null;
    const rc = (0,replay_causes/* replayCauses */._v)(fileChanges, mismatches);
    const appraisal = (0,run/* appraiseAll */.lF)(policy, evV, workloadDigest, verifierRoots.kind, receipt.benchmark_result !== null, [integrity, ...(execV?.checks ?? [])], ignoresForPolicy, sigV, listedGpus);
    const tierV = execV ? (0,execution.executionTier)(appraisal.checks, policy.policy, (0,execution.policyLabel)(policy), evV) : undefined;
    const claims = (0,run/* claimsFor */.LQ)(appraisal, policy, receipt.binding.job, digests, evV, tierV, sigV);
    if (!samePolicy) {
        notes.push(`the verifier's policy ${policy.policy_id}@${policy.policy_digest} differs from the producer's ${receipt.policy_decision.policy_id}@${receipt.policy_decision.policy_digest}: the producer's decision is shown as its own`);
    }
    const appraised = overlay(receipt, d);
    appraised.attestation_result = {
        ...appraised.attestation_result,
        trust_roots: verifierRoots.kind === 'shipped' ? 'shipped' : { custom: verifierRoots.digest },
        evidence: receipt.attestation_result.evidence.map((_e, i) => {
            const v = evVAt[i] ?? null;
            const base = appraised.attestation_result.evidence[i];
            return v
                ? { ...base, kind: v.kind, format: v.format, verified: v.status === 'verified', status: v.status, binding_matches: v.bindingMatches, detail: v.detail }
                : { ...base, verified: false, status: 'failed', binding_matches: null, detail: 'evidence file missing from the receipt directory' };
        }),
    };
    appraised.runtime_measurement = (0,run/* runtimeMeasurement */.fH)(evV);
    // The workload signature as the verifier judged it (its own trusted root and clock), not the producer's.
    if (sigV && appraised.workload.signature) {
        appraised.workload = {
            ...appraised.workload,
            signature: { ...appraised.workload.signature, status: sigV.status, signer: sigV.signer, issuer: sigV.issuer, key_fingerprint: sigV.keyFingerprint, covers_workload: sigV.coversWorkload, detail: sigV.detail },
        };
    }
    appraised.verifier_policy_id = policy.policy_id;
    appraised.policy_decision = (0,run/* policyDecision */.dY)(policy, appraisal, 'verifier');
    appraised.claim_tier = claims.claim_tier;
    // After a mismatch the claim says what failed (the files differ from the receipt), not that the policy rejected the evidence.
    appraised.allowed_claim = mismatches.length ? (0,replay_causes/* replayDeniedClaim */.LY)(rc, (0,job/* jobLabel */.OP)(receipt.binding.job)) : claims.allowed_claim;
    if (ex && execV && tierV)
        appraised.execution = (0,execution.executionSection)(ex.session, ex.event_log, execV.view, tierV.reason);
    return {
        ok: mismatches.length === 0,
        mismatches,
        causes: rc.causes,
        derived: rc.derived.map((m) => m.field),
        decision: appraisal.status,
        reason: appraisal.reason,
        checks: appraisal.checks,
        policy_matches_receipt: samePolicy,
        rederived,
        notes,
        receipt_dir: dir,
        unverified,
        producer: {
            status: receipt.policy_decision.status,
            reason: receipt.policy_decision.reason,
            policy_id: receipt.policy_decision.policy_id,
            appraised_by: receipt.policy_decision.appraised_by,
            claim_tier: receipt.claim_tier,
            allowed_claim: receipt.allowed_claim,
            compared: samePolicy,
        },
        appraised,
        leaves: { total: all.length, compared, self_reported: unverified.length },
        manifests: { workload: wR ? (wR.rehashed ?? wR.saved) : null, input: inR.rehashed ?? inR.saved, outputs: outManifest },
        oidc,
        evidence: evV,
    };
}
/** Re-lint each struck sentence alone; where the verifier's linter flags it, its finding is the derived one. */
async function relint(receipt) {
    const { lint, loadShippedRules } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 46928));
    const rules = loadShippedRules();
    return receipt.struck_claims.map((s) => {
        const fs = lint(s.sentence, rules);
        const f = fs.find((x) => x.rule === s.rule) ?? fs[0];
        return f ? { category: f.category, rule: f.rule, rewrite: f.rewrite, why: f.why } : {};
    });
}
/** SHA256SUMS lines for a plain manifest; a keyed one cannot have them. */
function plainSums(m) {
    return m.resources.every((r) => r.algorithm === 'sha256') ? (0,src_digest/* sha256sums */.U0)(m) : '(no SHA256SUMS: the manifest is not plain sha256)';
}
/** What a leaf's mismatch came from, for the reader of a mismatch line. */
function causeOf(path, rederived) {
    const p = (0,leaves/* leafPattern */.$b)(path);
    const tree = (role, saved) => (rederived[role] ? `re-hashed --${role}` : `the saved ${saved}`);
    if (p.startsWith('workload'))
        return tree('workload', 'workload.manifest.json');
    if (p.startsWith('input'))
        return tree('inputs', 'inputs.manifest.json');
    if (p.startsWith('output'))
        return tree('outputs', 'outputs.manifest.json');
    if (p.startsWith('binding'))
        return 'recomputed the binding from the re-derived digests';
    if (p.startsWith('attestation_result') || p.startsWith('runtime_measurement'))
        return 're-verified the saved evidence';
    if (p.startsWith('benchmark_result'))
        return 'hashed the saved benchmark file';
    if (p === 'verifier_policy_id' || /^policy_decision\.(policy_|decision_ceiling)/.test(p))
        return "read the producer's saved policy copy";
    if (p.startsWith('policy_decision') || p === 'claim_tier' || p === 'allowed_claim')
        return "re-ran the same policy on the re-verified evidence";
    if (p.startsWith('struck_claims') || p.startsWith('blocked_claims'))
        return 're-linted the struck sentences';
    if (p === 'job_id')
        return 'the job context in the binding';
    return 'derived by the verifier';
}
function isObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function lookup(root, path) {
    let cur = root;
    for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
        // The verifier derived a value of another shape here (null, or a string where the receipt has an object).
        if (cur === null || typeof cur !== 'object')
            return { found: true, value: cur === null ? null : `(${JSON.stringify(cur)})` };
        const key = m[1] ?? Number(m[2]);
        if (!Object.prototype.hasOwnProperty.call(cur, key))
            return { found: false, value: undefined };
        cur = cur[key];
        if (cur === undefined)
            return { found: false, value: undefined };
    }
    return { found: true, value: cur };
}
/** Paths of every array in the derived view whose length the verifier knows. */
function arrayLengths(v, path = '') {
    if (v === null || typeof v !== 'object')
        return [];
    if (Array.isArray(v))
        return [[path, v.length], ...v.flatMap((x, i) => arrayLengths(x, `${path}[${i}]`))];
    return Object.entries(v).flatMap(([k, x]) => (x === undefined ? [] : arrayLengths(x, path ? `${path}.${k}` : k)));
}
/** The receipt with every derived value in place of the producer's (derived arrays replace wholesale). */
function overlay(base, derived) {
    if (derived === undefined)
        return base;
    if (derived === null || typeof derived !== 'object')
        return derived;
    if (Array.isArray(derived)) {
        const b = Array.isArray(base) ? base : [];
        return derived.map((x, i) => overlay(b[i], x));
    }
    const b = base !== null && typeof base === 'object' && !Array.isArray(base) ? base : {};
    const out = { ...b };
    for (const [k, x] of Object.entries(derived))
        out[k] = overlay(b[k], x);
    return out;
}


/***/ })

};
