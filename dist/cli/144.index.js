export const id = 144;
export const ids = [144];
export const modules = {

/***/ 5144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyReceipt: () => (/* binding */ verifyReceipt)
});

// UNUSED EXPORTS: loadReceipt

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/binding/binding.ts
var binding_binding = __webpack_require__(6200);
// EXTERNAL MODULE: ./src/claims/tiers.ts
var tiers = __webpack_require__(1172);
// EXTERNAL MODULE: ./src/digest/index.ts + 9 modules
var digest = __webpack_require__(9717);
// EXTERNAL MODULE: ./src/evidence/index.ts + 39 modules
var src_evidence = __webpack_require__(8920);
// EXTERNAL MODULE: ./src/policy/index.ts + 11 modules
var src_policy = __webpack_require__(8277);
// EXTERNAL MODULE: ./src/run.ts + 1 modules
var run = __webpack_require__(2607);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/progress.ts
var progress = __webpack_require__(5365);
;// CONCATENATED MODULE: ./src/util/json.ts
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
            throw new errors/* InputError */.dz(code, `${what} nests deeper than ${bounds.maxDepth} levels`);
        const children = Array.isArray(v) ? v : Object.values(v);
        nodes += children.length;
        if (nodes > bounds.maxNodes)
            throw new errors/* InputError */.dz(code, `${what} holds more than ${bounds.maxNodes} JSON values`);
        for (const x of children)
            if (x !== null && typeof x === 'object')
                stack.push([x, depth + 1]);
    }
}

// EXTERNAL MODULE: ./src/util/read-file.ts
var read_file = __webpack_require__(5201);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jwks/local.js
var local = __webpack_require__(6687);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/util/decode_jwt.js
var decode_jwt = __webpack_require__(7961);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jwt/verify.js + 2 modules
var verify = __webpack_require__(4490);
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
        throw new errors/* InputError */.dz('CONFIG_INVALID', `key-set file ${(0,errors.q)(path)} is not valid JSON`);
    }
    if (!j || typeof j !== 'object' || !Array.isArray(j.keys)) {
        throw new errors/* InputError */.dz('CONFIG_INVALID', `key-set file ${(0,errors.q)(path)} has no "keys" list`);
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
        keys = (0,local/* createLocalJWKSet */.w)(opts.jwks);
    else if (opts.network && opts.remoteKeys)
        keys = opts.remoteKeys;
    else if (opts.network) {
        try {
            // Loaded only when used: the network layer brings the proxy-aware HTTP stack.
            const http = opts.http ?? (await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(663)]).then(__webpack_require__.bind(__webpack_require__, 9663))).createHttpFetcher({ allowed: true, timeoutMs: 10_000 });
            const res = await http.get(jwksUrl(issuer).href, { accept: 'application/json', maxBytes: 1024 * 1024 });
            const j = JSON.parse(res.body.toString('utf8'));
            if (!j || typeof j !== 'object' || !Array.isArray(j.keys))
                throw new Error(`${jwksUrl(issuer).href} did not return a key set`);
            keys = (0,local/* createLocalJWKSet */.w)(j);
        }
        catch (e) {
            return { status: 'unavailable', detail: `OIDC token not verified: key set unavailable (${e.message})`.replace(/[\r\n]+/g, ' ').slice(0, 300) };
        }
    }
    else
        return { status: 'unavailable', detail: 'OIDC token not verified: no key set (allow network, or give a key-set file)' };
    let unverified;
    try {
        unverified = (0,decode_jwt/* decodeJwt */.i)(token.trim());
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

// EXTERNAL MODULE: ./src/receipt/schema.ts
var schema = __webpack_require__(6785);
;// CONCATENATED MODULE: ./src/receipt/replay.ts















/** Read and validate a receipt (file or directory); bad JSON or schema -> exit-2 InputError. */
async function loadReceipt(path, cwd) {
    const abs = (0,external_node_path_.resolve)(cwd, path);
    let file = abs;
    try {
        if ((await (0,promises_.stat)(abs)).isDirectory())
            file = (0,external_node_path_.join)(abs, 'receipt.json');
    }
    catch {
        throw new errors/* InputError */.dz('PATH_MISSING', `no such receipt: ${(0,errors.q)(path)}`);
    }
    let bytes;
    try {
        bytes = await (0,read_file/* readRegularFile */.XF)(file, { maxBytes: read_file/* READ_LIMITS */.Cl.receipt, what: 'receipt', shown: file === abs ? path : (0,external_node_path_.join)(path, 'receipt.json') });
    }
    catch (e) {
        if (e instanceof errors/* InputError */.dz && e.code === 'PATH_MISSING')
            throw new errors/* InputError */.dz('PATH_MISSING', `no receipt.json at ${(0,errors.q)(path)}`);
        throw e;
    }
    let json;
    try {
        json = JSON.parse(bytes.toString('utf8'));
    }
    catch (e) {
        throw new errors/* InputError */.dz('RECEIPT_INVALID', `receipt ${(0,errors.q)(path)} is not valid JSON: ${e.message}`);
    }
    checkJsonBounds(json, RECEIPT_JSON_BOUNDS, 'RECEIPT_INVALID', `receipt ${(0,errors.q)(path)}`);
    const r = schema/* ReceiptSchema */.Ci.safeParse(json);
    if (!r.success) {
        const first = r.error.issues[0];
        const where = first.path.map(String).join('.') || '(top level)';
        throw new errors/* InputError */.dz('RECEIPT_INVALID', `receipt ${(0,errors.q)(path)} fails the schema at ${where}: ${first.message}`);
    }
    return { receipt: r.data, dir: (0,external_node_path_.dirname)(file), bytes };
}
function rootOf(manifest) {
    if (manifest.resources.some((r) => r.algorithm !== 'sha256'))
        return null;
    const h = (0,external_node_crypto_.createHash)('sha256');
    for (const r of manifest.resources)
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
    return [gone.length ? `missing ${show(gone)}` : '', added.length ? `new ${show(added)}` : ''].filter(Boolean).join('; ');
}
/**
 * The verifier role (DESIGN §0): replay a receipt. Re-derives every digest it has paths for, checks
 * the saved manifests against the receipt, recomputes the binding and report_data itself, re-verifies
 * the saved evidence with that report_data, re-runs the caller's policy, checks the expected job, and
 * reports every mismatch. Any mismatch adds a denying `replay.integrity` check.
 */
async function verifyReceipt(opts, deps) {
    const { receipt, dir } = await loadReceipt(opts.receipt, deps.cwd);
    const policy = await (0,src_policy/* loadPolicy */.tb)(opts.policy, { cwd: deps.cwd });
    // Read up front, so a bad key-set file is an input error whether or not the receipt has a token.
    const jwks = opts.oidcJwks ? await loadJwksFile((0,external_node_path_.resolve)(deps.cwd, opts.oidcJwks)) : null;
    const mismatches = [];
    const notes = [];
    const mis = (field, expected, actual) => {
        if (expected !== actual)
            mismatches.push({ field, expected, actual });
    };
    const readInDir = async (rel) => {
        if (rel.includes('..') || (0,external_node_path_.isAbsolute)(rel)) {
            mis(`file ${rel}`, 'a path inside the receipt directory', rel);
            return null;
        }
        try {
            return await (0,read_file/* readRegularFile */.XF)((0,external_node_path_.join)(dir, ...rel.split('/')), { maxBytes: read_file/* READ_LIMITS */.Cl.receiptDirFile, what: 'receipt file', shown: rel, noFollow: true });
        }
        catch (e) {
            mis(`file ${rel}`, 'present', e instanceof errors/* InputError */.dz && e.code !== 'PATH_MISSING' ? `unreadable (${e.code})` : null);
            return null;
        }
    };
    const readManifest = async (field, ref) => {
        const bytes = await readInDir(ref.path);
        if (!bytes)
            return null;
        const parsed = (0,digest/* parseManifestJson */.vW)(bytes.toString('utf8'));
        if ('error' in parsed) {
            mis(`${field}.manifest`, 'a manifest', `malformed (${parsed.error})`);
            return null;
        }
        const m = parsed.manifest;
        mis(`${field}.manifest.digest`, ref.digest, (0,binding_binding/* jsonDigest */.jW)(m));
        const order = m.serialization.order;
        if (!(0,digest/* resourcesInOrder */.V9)(m.serialization.method, order, m.resources.map((r) => r.name))) {
            mis(`${field}.manifest.order`, `resources sorted in ${JSON.stringify(order)} order, no duplicates`, 'unsorted');
        }
        return m;
    };
    // Re-hash the way the receipt says it hashed; a shards receipt must use the OMS shard size.
    const digestOpts = (s) => {
        if (s.method === 'shards')
            mis('serialization.shard_size', String(digest/* SHARD_SIZE */.jX), String(s.shard_size ?? null));
        return {
            order: s.order,
            allowSymlinks: s.allow_symlinks,
            ignorePaths: s.ignore_paths.filter((p) => !digest/* DEFAULT_IGNORES */.a$.includes(p)),
            method: s.method === 'shards' ? 'shards' : 'files',
        };
    };
    const rehash = (label, paths, s) => (0,progress/* tracked */.rX)(deps.progress, label, (p) => (0,digest.digestTree)(abs(paths), { ...digestOpts(s), ...p }));
    const abs = (ps) => (0,run.resolveAll)(deps.cwd, ps);
    // Outputs.
    const outManifest = await readManifest('outputs', receipt.outputs.manifest);
    if (outManifest)
        mis('output_digest (from outputs manifest)', receipt.output_digest, rootOf(outManifest));
    let outputDigest = receipt.output_digest;
    let outputManifestDigest = receipt.outputs.manifest.digest;
    if (opts.outputs?.length) {
        const tree = await rehash('outputs', opts.outputs, receipt.outputs.serialization);
        const m = (0,digest/* buildManifest */.u1)(tree);
        outputDigest = tree.digest;
        outputManifestDigest = (0,binding_binding/* jsonDigest */.jW)(m);
        mis('output_digest', receipt.output_digest, outputDigest);
        if (outManifest && outputManifestDigest !== receipt.outputs.manifest.digest) {
            const d = describeNameChange(outManifest, m);
            mismatches.push({ field: 'outputs.manifest', expected: receipt.outputs.manifest.digest, actual: outputManifestDigest + (d ? ` (${d})` : '') });
        }
        else
            mis('outputs.manifest', receipt.outputs.manifest.digest, outputManifestDigest);
    }
    else
        notes.push('outputs not re-hashed (no --outputs): checked the saved manifest only');
    // Workload.
    let workloadDigest = receipt.workload_digest;
    let workloadManifestDigest = receipt.workload.manifest?.digest ?? null;
    if (receipt.workload.kind !== 'image' && receipt.workload.manifest) {
        const wm = await readManifest('workload', receipt.workload.manifest);
        if (wm)
            mis('workload_digest (from workload manifest)', receipt.workload_digest, rootOf(wm));
        if (opts.workload?.length) {
            const tree = await rehash('workload', opts.workload, receipt.workload.serialization);
            const m = (0,digest/* buildManifest */.u1)(tree);
            workloadDigest = tree.digest;
            workloadManifestDigest = (0,binding_binding/* jsonDigest */.jW)(m);
            mis('workload_digest', receipt.workload_digest, workloadDigest);
            const d = wm ? describeNameChange(wm, m) : null;
            if (workloadManifestDigest !== receipt.workload.manifest.digest) {
                mismatches.push({ field: 'workload.manifest', expected: receipt.workload.manifest.digest, actual: workloadManifestDigest + (d ? ` (${d})` : '') });
            }
        }
        else
            notes.push('workload not re-hashed (no --workload): checked the saved manifest only');
    }
    else if (opts.workload?.length) {
        const ref = opts.workload.length === 1 ? (0,digest/* parseImageRef */.Q)(opts.workload[0]) : null;
        mis('workload_digest', receipt.workload_digest, ref?.digest ?? null);
        mis('workload.name', receipt.workload.name, ref?.name ?? opts.workload.join(','));
    }
    // Inputs.
    const im = await readManifest('inputs', receipt.input.manifest);
    if (im && receipt.input.scheme === 'sha256')
        mis('input_commitment (from inputs manifest)', receipt.input_commitment, rootOf(im));
    let inputCommit = receipt.input_commitment;
    let inputManifestDigest = receipt.input.manifest.digest;
    if (opts.inputs?.length) {
        if (receipt.input.scheme === 'hmac-sha256' && !opts.inputKey) {
            notes.push('inputs not re-derived: the commitment is keyed and no input key was given');
        }
        else {
            const tree = await rehash('inputs', opts.inputs, receipt.input.serialization);
            const ic = (0,digest/* inputCommitment */.cU)(tree, receipt.input.scheme === 'hmac-sha256' ? opts.inputKey : undefined);
            inputCommit = ic.commitment;
            inputManifestDigest = (0,binding_binding/* jsonDigest */.jW)(ic.manifest);
            mis('input_commitment', receipt.input_commitment, inputCommit);
            mis('input.manifest', receipt.input.manifest.digest, inputManifestDigest);
        }
    }
    else
        notes.push('inputs not re-derived (no --inputs)');
    // The producer's policy copy must be the one it recorded (the verifier never uses it to decide).
    const savedPolicy = await readInDir(receipt.policy_decision.policy_file);
    if (savedPolicy)
        mis('policy_decision.policy_digest (saved copy)', receipt.policy_decision.policy_digest, (0,binding_binding/* sha256Prefixed */.rc)(savedPolicy));
    // Benchmark: context only, but its digest is bound, so the saved copy must match.
    if (receipt.benchmark_result) {
        const b = await readInDir(receipt.benchmark_result.file);
        if (b)
            mis('benchmark_result.digest', receipt.benchmark_result.digest, (0,binding_binding/* sha256Prefixed */.rc)(b));
    }
    // OIDC token: its digest is bound; the saved token must match it.
    if (receipt.binding.oidc_token_digest) {
        const t = await readInDir('oidc-token.jwt');
        if (t) {
            mis('binding.oidc_token_digest', receipt.binding.oidc_token_digest, (0,binding_binding/* sha256Prefixed */.rc)(t.toString('utf8')));
            // Signature by the issuer's keys, then the token's repository, run and sha vs the job context.
            const j = receipt.binding.job;
            const v = await verifyOidcToken(t.toString('utf8'), {
                jwks,
                network: opts.network,
                issuer: oidcIssuer(deps.env['GITHUB_SERVER_URL']),
                expected: { repository: j.repository, run_id: j.run_id, sha: j.sha, run_attempt: j.run_attempt, workflow_ref: j.workflow_ref },
            });
            if (v.status === 'failed')
                mismatches.push({ field: 'oidc_token', expected: 'a token signed by the issuer for the receipt job', actual: v.detail });
            else if (v.status === 'unavailable')
                notes.push(v.detail);
            else
                notes.push(v.detail);
        }
    }
    // The binding, recomputed by the verifier from what it re-derived (never the receipt's copy).
    const binding = {
        v: binding_binding/* BINDING_VERSION */.BW,
        job: receipt.binding.job,
        workload_digest: workloadDigest,
        workload_manifest_digest: workloadManifestDigest,
        input_commitment: inputCommit,
        input_manifest_digest: inputManifestDigest,
        output_digest: outputDigest,
        output_manifest_digest: outputManifestDigest,
        benchmark_digest: receipt.benchmark_result?.digest ?? null,
        oidc_token_digest: receipt.binding.oidc_token_digest,
        nonce: receipt.binding.nonce,
    };
    if (receipt.binding.v !== binding_binding/* BINDING_VERSION */.BW)
        mis('binding.v', binding_binding/* BINDING_VERSION */.BW, receipt.binding.v);
    for (const k of [
        'workload_digest',
        'workload_manifest_digest',
        'input_commitment',
        'input_manifest_digest',
        'output_digest',
        'output_manifest_digest',
        'benchmark_digest',
    ]) {
        mis(`binding.${k}`, binding[k], receipt.binding[k]);
    }
    mis('job_id', receipt.binding.job.id ?? receipt.job_id, receipt.job_id);
    const rd = (0,binding_binding/* reportData */.TI)(binding);
    const gn = (0,binding_binding/* gpuNonce */.ox)(binding);
    mis('binding.report_data', rd.toString('hex'), receipt.binding.report_data);
    mis('binding.gpu_nonce', gn.toString('hex'), receipt.binding.gpu_nonce);
    if (opts.expectJob !== undefined)
        mis('job.id (expected)', opts.expectJob, receipt.binding.job.id);
    if (opts.expectSha !== undefined)
        mis('job.sha (expected)', opts.expectSha.toLowerCase(), receipt.binding.job.sha?.toLowerCase() ?? null);
    // Evidence: re-verify from the saved bytes, against the verifier's report_data.
    const roots = (0,src_evidence.loadTrustRoots)(opts.trustRootsDir ? (0,external_node_path_.resolve)(deps.cwd, opts.trustRootsDir) : undefined);
    const at = opts.at ?? new Date(receipt.issued_at);
    if (!opts.at)
        notes.push(`evidence checked at the receipt's self-reported time ${receipt.issued_at} (historical); pass --at to choose`);
    const evidence = [];
    for (const [i, e] of receipt.attestation_result.evidence.entries()) {
        const bytes = await readInDir(e.file);
        if (!bytes)
            continue;
        mis(`attestation_result.evidence[${i}].digest`, e.digest, (0,binding_binding/* sha256Prefixed */.rc)(bytes));
        const aux = [];
        for (const a of e.aux) {
            const ab = await readInDir(a.file);
            if (!ab)
                continue;
            mis(`attestation_result.evidence[${i}].aux ${a.file}`, a.digest, (0,binding_binding/* sha256Prefixed */.rc)(ab));
            aux.push({ name: a.file.slice(a.file.lastIndexOf('/') + 1).replace(/^\d+-/, ''), bytes: ab });
        }
        const v = await (0,src_evidence.verifyEvidence)({ bytes, aux }, e.file, { reportData: rd, gpuNonce: gn, trustRoots: roots, at, network: opts.network, pcs: (0,run.pcsOptions)(deps.env), kds: (0,run.kdsOptions)(deps.env) });
        if (v.bindingMatches === false)
            mis(`attestation_result.evidence[${i}].binding`, 'report_data of the recomputed binding', 'different report_data');
        evidence.push(v);
    }
    const extra = [];
    extra.push({
        id: 'replay.integrity',
        outcome: mismatches.length ? 'deny' : 'pass',
        observed: mismatches.length ? mismatches.map((m) => m.field).join(', ') : 'no mismatch',
        expected: 'every re-derived digest, manifest and binding field equal to the receipt',
        detail: mismatches.length
            ? `${mismatches.length} mismatch${mismatches.length > 1 ? 'es' : ''} between the receipt and what the verifier re-derived`
            : 'the verifier re-derived what it was given and found the receipt consistent',
    });
    const appraisal = (0,run/* appraiseAll */.lF)(policy, evidence, workloadDigest, roots.kind, receipt.benchmark_result !== null, extra);
    const claims = (0,run/* claimsFor */.LQ)(appraisal, policy, receipt.binding.job, { workload: workloadDigest, input: inputCommit, output: outputDigest }, evidence);
    const policyMatches = policy.policy_digest === receipt.policy_decision.policy_digest;
    if (!policyMatches)
        notes.push(`the verifier's policy ${policy.policy_id}@${policy.policy_digest} differs from the producer's ${receipt.policy_decision.policy_id}@${receipt.policy_decision.policy_digest}`);
    const appraised = {
        ...receipt,
        attestation_result: {
            ...receipt.attestation_result,
            evidence: receipt.attestation_result.evidence.map((e, i) => {
                const v = evidence[i];
                return v
                    ? { ...e, verified: v.status === 'verified', status: v.status, binding_matches: v.bindingMatches, detail: v.detail }
                    : { ...e, verified: false, status: 'failed', binding_matches: null, detail: 'evidence file missing from the receipt directory' };
            }),
        },
        verifier_policy_id: policy.policy_id,
        policy_decision: (0,run/* policyDecision */.dY)(policy, appraisal, 'verifier'),
        claim_tier: claims.claim_tier,
        allowed_claim: claims.allowed_claim,
        blocked_claims: [...new Set([...tiers/* STANDING_BLOCKED_CLAIMS */.wc, ...receipt.blocked_claims])],
    };
    return {
        ok: mismatches.length === 0,
        mismatches,
        decision: appraisal.status,
        reason: appraisal.reason,
        checks: appraisal.checks,
        policy_matches_receipt: policyMatches,
        rederived: {
            workload: Boolean(opts.workload?.length),
            inputs: Boolean(opts.inputs?.length) && !(receipt.input.scheme === 'hmac-sha256' && !opts.inputKey),
            outputs: Boolean(opts.outputs?.length),
        },
        notes,
        receipt_dir: dir,
        appraised,
    };
}


/***/ })

};
