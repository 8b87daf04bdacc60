export const id = 256;
export const ids = [256];
export const modules = {

/***/ 99256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareReceipts: () => (/* binding */ compareReceipts)
});

// EXTERNAL MODULE: ./src/binding/binding.ts
var binding = __webpack_require__(26200);
// EXTERNAL MODULE: ./src/binding/job.ts
var job = __webpack_require__(15818);
// EXTERNAL MODULE: ./src/claims/tiers.ts
var tiers = __webpack_require__(1172);
;// CONCATENATED MODULE: ./src/claims/reproduced.ts
/**
 * The claim of the tier `reproduced` (DESIGN §6), written by `compare`. It says that distinct jobs
 * recorded the same outputs from the same workload and inputs, and what that distinctness rests on
 * (verified job identities, self-reported runners and providers). It never says that the outputs
 * are correct, nor that another run would produce them; both are named as not shown.
 */
/** The standing claims compare always blocks, quoted as blocked, never as true. */
const REPRODUCTION_BLOCKED_CLAIMS = [
    'Matching outputs from two runs prove that the outputs are correct.',
    'Two matching runs prove that every other run will produce the same outputs.',
];
function reproduced_short(d) {
    const i = d.indexOf(':');
    return i >= 0 ? `${d.slice(0, i + 1)}${d.slice(i + 1, i + 13)}` : d;
}
function list(xs) {
    if (xs.length <= 2)
        return xs.join(' and ');
    return `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}
function compareTier(status) {
    return status === 'pass' ? 'reproduced' : status === 'deny' ? 'denied' : 'none';
}
function basisText(b) {
    const jobs = b.jobs === 'verified'
        ? 'the jobs are distinct by their verified OIDC identities (run id and run attempt)'
        : 'the jobs are distinct by their job context, which is self-reported';
    const runners = b.runners === 'verified'
        ? 'the runners are distinct by verified TEE platform identifiers'
        : b.runners === 'self-reported'
            ? 'the runners are distinct by self-report only'
            : 'distinct runners were not shown';
    const providers = b.providers === 'self-reported' ? 'the providers are distinct by self-report only' : 'distinct providers were not shown';
    return `${jobs}; ${runners}; ${providers}`;
}
/** The allowed claim for a comparison: never wider than what was compared and verified. */
function reproducedClaim(f) {
    const p = `${f.policyId}@${reproduced_short(f.policyDigest)}`;
    switch (compareTier(f.status)) {
        case 'reproduced': {
            const out = f.allowed.length && f.comparedOutputDigest
                ? `outputs ${reproduced_short(f.comparedOutputDigest)} (every output file except ${list(f.allowed.map((a) => JSON.stringify(a.name)))}, which policy ${p} allows to differ: ${list([...new Set(f.allowed.map((a) => a.reason))])})`
                : `outputs ${reproduced_short(f.outputDigest)}`;
            const jobs = list(f.jobs);
            return (`${jobs.charAt(0).toUpperCase()}${jobs.slice(1)} recorded the same ${out} ` +
                `from workload ${reproduced_short(f.workloadDigest)} and inputs ${reproduced_short(f.inputCommitment)}, compared under policy ${p}; ` +
                `${basisText(f.basis)}. ` +
                'This does not show that the outputs are correct, and it does not show that any other run would produce them.');
        }
        case 'denied':
            return (`The verifier compared ${f.receipts} receipts under policy ${p} and the comparison was denied ` +
                `(${f.deciding.join(', ')}); no reproduction claim is allowed.`);
        case 'none':
            return (`The verifier compared ${f.receipts} receipts under policy ${p} and the comparison was held ` +
                `(${f.deciding.join(', ')}); no reproduction claim is allowed.`);
    }
}

// EXTERNAL MODULE: ./src/policy/index.ts + 2 modules
var src_policy = __webpack_require__(85234);
// EXTERNAL MODULE: ./src/policy/reproduction.ts
var reproduction = __webpack_require__(59846);
// EXTERNAL MODULE: ./src/receipt/replay.ts + 5 modules
var replay = __webpack_require__(62697);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/digest/index.ts + 4 modules
var digest = __webpack_require__(10837);
;// CONCATENATED MODULE: ./src/compare/diff.ts
/**
 * Comparing two manifests file by file, by name: the root digest binds the files' bytes in order but
 * not their names (DESIGN §2), so equal trees need equal names as well as equal root digests, and a
 * difference is reported by the names from the manifests.
 */



/** Names per side, when the two manifests can be compared file by file; a reason when they cannot. */
function comparable(a, b) {
    if (a.serialization.method !== b.serialization.method)
        return `one receipt hashed ${a.serialization.method}, the other ${b.serialization.method}`;
    const algo = (m) => [...new Set(m.resources.map((r) => r.algorithm))].join(',');
    if (algo(a) !== algo(b))
        return `the manifests use different digest algorithms (${algo(a) || 'none'} and ${algo(b) || 'none'})`;
    return null;
}
function diffManifests(reference, other, allow = []) {
    const want = new Map(reference.resources.map((r) => [r.name, r.digest]));
    const got = new Map(other.resources.map((r) => [r.name, r.digest]));
    const d = { matching: 0, differing: [], only_in_reference: [], only_in_receipt: [], allowed: [] };
    const differ = (name, into) => {
        const a = (0,reproduction/* allowedToDiffer */.Sv)(name, allow);
        if (a)
            d.allowed.push({ name, reason: a.reason });
        else
            into.push(name);
    };
    for (const [name, digest] of want) {
        const g = got.get(name);
        if (g === undefined)
            differ(name, d.only_in_reference);
        else if (g === digest)
            d.matching++;
        else
            differ(name, d.differing);
    }
    for (const name of got.keys())
        if (!want.has(name))
            differ(name, d.only_in_receipt);
    for (const xs of [d.differing, d.only_in_reference, d.only_in_receipt])
        xs.sort(digest/* compareUtf8 */.zq);
    d.allowed.sort((x, y) => (0,digest/* compareUtf8 */.zq)(x.name, y.name));
    return d;
}
function isEqual(d) {
    return d.differing.length === 0 && d.only_in_reference.length === 0 && d.only_in_receipt.length === 0;
}
/**
 * The root digest of a plain manifest without the files the policy allows to differ: the same
 * construction as the tree digest (SHA-256 over the raw resource digests in manifest order).
 */
function digestWithout(m, allow) {
    if (!m.resources.every((r) => r.algorithm === 'sha256'))
        return null;
    const h = (0,external_node_crypto_.createHash)('sha256');
    for (const r of m.resources)
        if (!(0,reproduction/* allowedToDiffer */.Sv)(r.name, allow))
            h.update(Buffer.from(r.digest, 'hex'));
    return 'sha256:' + h.digest('hex');
}

// EXTERNAL MODULE: ./src/binding/jcs.ts
var jcs = __webpack_require__(43069);
;// CONCATENATED MODULE: ./src/compare/independence.ts
/**
 * Independence of the compared receipts, stated by what was verified (DESIGN §6, tier `reproduced`):
 * jobs by the OIDC identity the verifier checked (run id and run attempt) or else by the job
 * context the producer wrote; runners by platform identifiers in verified TEE evidence or else by
 * the runner facts the producer wrote; providers only ever by the producer's word.
 */

/** The job as the producer wrote it; null when it names no job at all (then it cannot be told apart). */
function selfReportedJob(job) {
    if (job.id === null && job.run_id === null)
        return null;
    return (0,jcs/* canonicalize */.d)({ repository: job.repository, run_id: job.run_id, run_attempt: job.run_attempt, id: job.id });
}
/** The run an OIDC token the verifier verified names: repository, run id and attempt. */
function verifiedRun(claims) {
    if (!claims)
        return null;
    const s = (k) => (typeof claims[k] === 'string' ? claims[k] : null);
    const run = s('run_id');
    if (run === null)
        return null;
    const attempt = s('run_attempt');
    return `${s('repository') ?? '?'} run ${run}${attempt ? ` attempt ${attempt}` : ''}`;
}
const ZERO = /^0*$/;
/**
 * Platform identifiers from evidence that verified and matched the binding: an SEV-SNP CHIP_ID
 * (unless masked), an Intel PCK certificate's PPID. FMSPC names a platform family, not one platform:
 * it is used only when no PPID is present, and then equal FMSPCs count as one platform.
 */
function platformIds(evidence) {
    const ids = [];
    for (const e of evidence) {
        if (e.status !== 'verified' || e.bindingMatches !== true || e.kind === 'simulated' || e.claims['simulated'] === true)
            continue;
        const c = e.claims;
        if (e.kind === 'sev-snp' && typeof c['chip_id'] === 'string' && c['mask_chip_id'] !== true && !ZERO.test(c['chip_id']))
            ids.push(`sev-snp chip_id ${c['chip_id']}`);
        if (e.kind === 'tdx') {
            if (typeof c['ppid'] === 'string' && !ZERO.test(c['ppid']))
                ids.push(`tdx ppid ${c['ppid']}`);
            else if (typeof c['fmspc'] === 'string')
                ids.push(`tdx fmspc ${c['fmspc']}`);
        }
    }
    return [...new Set(ids)].sort();
}
/** The runner as the producer wrote it; null when it wrote nothing. */
function selfReportedRunner(runner) {
    return Object.keys(runner).length ? (0,jcs/* canonicalize */.d)(runner) : null;
}
/**
 * How many of the receipts are distinct by a key: receipts with no key count for nothing, and
 * receipts sharing a key count once. For platforms (several ids per receipt), two receipts are one
 * platform when they share any id.
 */
function distinctCount(keys) {
    return new Set(keys.filter((k) => k !== null)).size;
}
function distinctPlatforms(ids) {
    // Union-find over receipts that share an identifier; receipts with none count for nothing.
    const groups = [];
    for (const own of ids) {
        if (!own.length)
            continue;
        const mine = new Set(own);
        for (let i = groups.length - 1; i >= 0; i--) {
            if ([...groups[i]].some((x) => mine.has(x))) {
                for (const x of groups[i])
                    mine.add(x);
                groups.splice(i, 1);
            }
        }
        groups.push(mine);
    }
    return groups.length;
}

// EXTERNAL MODULE: ./src/compare/schema.ts
var schema = __webpack_require__(63764);
;// CONCATENATED MODULE: ./src/compare/compare.ts
/**
 * `compare` (DESIGN §6, tier `reproduced`; docs/compare.md): verify each receipt as `verify` does,
 * under the verifier's policy, then compare what the verifier re-derived — workload, input
 * commitment, outputs — file by file from the manifests, and state the jobs' independence by what
 * was verified. Disagreeing digests deny; requirements that are not met (too few distinct jobs, a
 * keyed commitment the verifier could not recompute, no `reproduction` block) hold.
 */











const DEFAULT_REPRODUCTION = reproduction/* reproductionSchema */.Uz.parse({});
function worst(outcomes) {
    return outcomes.includes('deny') ? 'deny' : outcomes.includes('hold') ? 'hold' : 'pass';
}
function capNames(xs) {
    return xs.slice(0, schema/* NAMES_MAX */._r);
}
function showNames(xs, max = 5) {
    return xs.slice(0, max).map((x) => JSON.stringify(x)).join(', ') + (xs.length > max ? `, … (${xs.length} in all)` : '');
}
async function compareReceipts(opts, deps) {
    if (opts.receipts.length < 2)
        throw new TypeError('compareReceipts: give two or more receipts');
    const policy = await (0,src_policy/* loadPolicy */.tb)(opts.policy, { cwd: deps.cwd });
    const repro = policy.policy.reproduction ?? DEFAULT_REPRODUCTION;
    // ---- Each receipt, verified as `verify` verifies it, under the verifier's policy.
    const sides = [];
    for (const path of opts.receipts) {
        const { receipt, bytes } = await (0,replay/* loadReceipt */.z)(path, deps.cwd);
        const keyed = receipt.binding.input_commitment.startsWith('hmac-sha256:');
        // A keyed commitment is re-derived only with the key; without it the inputs are not re-hashed
        // for that receipt (verify would refuse), and the inputs comparison holds.
        const inputs = opts.inputs?.length && (!keyed || opts.inputKey) ? opts.inputs : undefined;
        const v = await (0,replay.verifyReceipt)({
            receipt: path,
            policy: opts.policy,
            network: opts.network,
            ...(opts.workload?.length ? { workload: opts.workload } : {}),
            ...(inputs ? { inputs } : {}),
            ...(opts.inputKey && keyed ? { inputKey: opts.inputKey } : {}),
            ...(opts.at ? { at: opts.at } : {}),
            ...(opts.trustRootsDir ? { trustRootsDir: opts.trustRootsDir } : {}),
            ...(opts.oidcJwks ? { oidcJwks: opts.oidcJwks } : {}),
        }, deps);
        sides.push({ path, digest: (0,binding/* sha256Prefixed */.rc)(bytes), receipt, verify: v, keyed });
    }
    const checks = [];
    if (!policy.policy.reproduction) {
        checks.push({
            id: 'compare.policy',
            outcome: 'hold',
            observed: 'no reproduction block',
            expected: 'a reproduction block in the verifier policy',
            detail: `the verifier's policy ${policy.policy_id} has no reproduction block, so it does not say what a reproduction needs (docs/compare.md)`,
        });
    }
    sides.forEach((s, i) => {
        const v = s.verify;
        const bad = !v.ok || v.decision === 'deny';
        checks.push({
            id: `compare.receipt.${i + 1}`,
            outcome: bad ? 'deny' : 'pass',
            observed: !v.ok ? `${v.mismatches.length} mismatch(es): ${v.mismatches.slice(0, 5).map((m) => m.field).join(', ')}` : `decision ${v.decision}, claim tier ${v.appraised.claim_tier}`,
            expected: 'verifies with no mismatch and is not denied by the policy',
            detail: !v.ok
                ? `receipt ${i + 1} (${s.digest}) does not verify: what it records cannot be compared`
                : v.decision === 'deny'
                    ? `receipt ${i + 1} (${s.digest}) is denied by policy ${policy.policy_id}: ${v.reason}`
                    : `receipt ${i + 1} (${s.digest}) verified; it keeps its own decision (${v.decision}) and claim tier (${v.appraised.claim_tier})`,
        });
    });
    // ---- Workload, inputs, outputs: equal file by file, or the names that differ.
    const distinctReceipts = new Set(sides.map((s) => s.digest)).size;
    const roleCmp = (role) => {
        const manifest = (s) => (role === 'workload' ? s.verify.manifests.workload : role === 'inputs' ? s.verify.manifests.input : s.verify.manifests.outputs);
        const digestOf = (s) => (role === 'workload' ? s.verify.appraised.workload_digest : role === 'inputs' ? s.verify.appraised.input_commitment : s.verify.appraised.output_digest);
        const rehashed = (s) => s.verify.rederived[role];
        const ref = sides[0];
        const refM = manifest(ref);
        const base = { digest: digestOf(ref), files: refM ? refM.resources.length : null, differences: [] };
        const all = sides.every(rehashed);
        const basis = all
            ? `every receipt re-hashed from --${role} (the files the verifier holds)`
            : sides.some(rehashed)
                ? `--${role} re-hashed for some receipts; the saved manifests, checked against the bound digests, for the others`
                : 'the saved manifests, checked against the bound digests';
        if (role === 'inputs') {
            const unkeyedless = sides.filter((s) => s.keyed && !rehashed(s));
            if (unkeyedless.length) {
                const why = opts.inputKey ? 'give --inputs: a keyed commitment is recomputed from the input files with the key' : 'the verifier does not hold the input key (--input-key-file or COMPUTE_RECEIPT_INPUT_KEY) and --inputs';
                return {
                    cmp: { ...base, result: 'not-compared', basis, matching: null, detail: `keyed input commitments (hmac-sha256) not recomputed for receipt(s) ${unkeyedless.map((s) => sides.indexOf(s) + 1).join(', ')}: ${why}` },
                    diffs: [],
                    outcome: 'hold',
                };
            }
        }
        if (role === 'workload' && sides.some((s) => s.receipt.workload.kind === 'image')) {
            const other = sides.filter((s) => digestOf(s) !== digestOf(ref));
            const mixed = sides.some((s) => s.receipt.workload.kind !== 'image');
            const eq = !other.length && !mixed;
            return {
                cmp: { ...base, result: eq ? 'equal' : 'differ', basis: 'the container image digests bound in each receipt', files: null, matching: null, detail: eq ? `every receipt names the image ${digestOf(ref)}` : `the workload images differ: receipt(s) ${other.map((s) => sides.indexOf(s) + 1).join(', ')}${mixed ? '; some receipts name files, not an image' : ''}` },
                diffs: [],
                outcome: eq ? 'pass' : 'deny',
            };
        }
        const allow = role === 'outputs' ? repro.allow_differ : [];
        const diffs = [];
        const differences = [];
        let matchingNames = refM ? new Set(refM.resources.map((r) => r.name)) : null;
        const problems = [];
        for (const [i, s] of sides.entries()) {
            if (i === 0)
                continue;
            const m = manifest(s);
            if (!refM || !m) {
                problems.push(`receipt ${!refM ? 1 : i + 1} has no ${role} manifest`);
                continue;
            }
            // Receipts whose inputs the verifier re-hashed from the same files are equal whatever their scheme.
            if (role === 'inputs' && rehashed(ref) && rehashed(s) && ref.verify.ok && s.verify.ok)
                continue;
            const why = comparable(refM, m);
            if (why) {
                if (digestOf(s) !== digestOf(ref))
                    problems.push(`receipt ${i + 1} cannot be compared file by file (${why})`);
                continue;
            }
            const d = diffManifests(refM, m, allow);
            diffs.push({ receipt: i + 1, d });
            const refDigests = new Map(refM.resources.map((r) => [r.name, r.digest]));
            const mine = new Set(m.resources.filter((r) => refDigests.get(r.name) === r.digest).map((r) => r.name));
            matchingNames = new Set([...(matchingNames ?? [])].filter((n) => mine.has(n)));
            if (!isEqual(d)) {
                differences.push({
                    receipt: i + 1,
                    matching: d.matching,
                    differing: capNames(d.differing),
                    differing_count: d.differing.length,
                    only_in_reference: capNames(d.only_in_reference),
                    only_in_reference_count: d.only_in_reference.length,
                    only_in_receipt: capNames(d.only_in_receipt),
                    only_in_receipt_count: d.only_in_receipt.length,
                });
            }
        }
        const allowedNames = new Set(diffs.flatMap((x) => x.d.allowed.map((a) => a.name)));
        const matching = matchingNames ? [...matchingNames].filter((n) => !allowedNames.has(n)).length : null;
        if (problems.length) {
            return { cmp: { ...base, differences, result: 'not-compared', basis, matching, detail: problems.join('; ') }, diffs, outcome: 'hold' };
        }
        if (differences.length) {
            const lines = differences.map((d) => {
                const parts = [
                    d.differing_count ? `${d.differing_count} differ (${showNames(d.differing)})` : '',
                    d.only_in_reference_count ? `${d.only_in_reference_count} only in receipt 1 (${showNames(d.only_in_reference)})` : '',
                    d.only_in_receipt_count ? `${d.only_in_receipt_count} only in receipt ${d.receipt} (${showNames(d.only_in_receipt)})` : '',
                ].filter(Boolean);
                return `receipt ${d.receipt} vs receipt 1: ${parts.join('; ')}; ${d.matching} match`;
            });
            return { cmp: { ...base, differences, result: 'differ', basis, matching, detail: lines.join('\n') }, diffs, outcome: 'deny' };
        }
        const allowedNote = allowedNames.size ? `; ${allowedNames.size} file(s) differ that the policy allows to differ (${showNames([...allowedNames])})` : '';
        return {
            cmp: { ...base, differences, result: 'equal', basis, matching, detail: `${matching ?? 0} of ${base.files ?? 0} file(s) equal in all ${sides.length} receipts${allowedNote}` },
            diffs,
            outcome: 'pass',
        };
    };
    const roles = { workload: roleCmp('workload'), inputs: roleCmp('inputs'), outputs: roleCmp('outputs') };
    for (const role of ['workload', 'inputs', 'outputs']) {
        const r = roles[role];
        checks.push({
            id: `compare.${role}`,
            outcome: r.outcome,
            observed: r.cmp.result === 'equal' ? `equal (${r.cmp.digest ?? '—'})` : r.cmp.result,
            expected: `the same ${role === 'inputs' ? 'input commitment' : role} in every receipt`,
            detail: r.cmp.detail,
        });
    }
    // ---- Outputs the policy allows to differ: each with its reason, never silently.
    const allowed = new Map();
    for (const { receipt, d } of roles.outputs.diffs) {
        for (const a of d.allowed) {
            const e = allowed.get(a.name) ?? { name: a.name, reason: a.reason, receipts: [] };
            e.receipts.push(receipt);
            allowed.set(a.name, e);
        }
    }
    const allowedList = [...allowed.values()].slice(0, schema/* NAMES_MAX */._r);
    const refOut = sides[0].verify.manifests.outputs;
    const comparedDigest = allowedList.length && refOut ? digestWithout(refOut, repro.allow_differ) : null;
    // ---- Independence.
    const unique = sides.filter((s, i) => sides.findIndex((x) => x.digest === s.digest) === i);
    const oidcRuns = unique.map((s) => (s.verify.oidc?.status === 'verified' ? verifiedRun(s.verify.oidc.claims) : null));
    const jobsVerified = distinctCount(oidcRuns);
    const jobsSelf = distinctCount(unique.map((s) => selfReportedJob(s.receipt.binding.job)));
    const platforms = unique.map((s) => platformIds(s.verify.evidence));
    const runnersVerified = distinctPlatforms(platforms);
    const runnersSelf = distinctCount(unique.map((s) => selfReportedRunner(s.receipt.deployment.runner)));
    const providersSelf = distinctCount(unique.map((s) => s.receipt.deployment.provider));
    const min = repro.min_receipts;
    const basisOf = (verified, self) => (verified >= min ? 'verified' : self >= min ? 'self-reported' : 'none');
    const jobsBasis = basisOf(jobsVerified, jobsSelf);
    const runnersBasis = basisOf(runnersVerified, runnersSelf);
    const providersBasis = basisOf(0, providersSelf);
    checks.push({
        id: 'compare.receipts',
        outcome: distinctReceipts >= min ? 'pass' : 'hold',
        observed: `${distinctReceipts} distinct receipt(s) of ${sides.length} given`,
        expected: `at least ${min}`,
        detail: distinctReceipts < sides.length ? 'the same receipt was given more than once; it counts once' : 'every receipt given is a different receipt',
    });
    const need = (kind, required, verified, self, what) => {
        const ok = required === 'not-required' || (required === 'verified' ? verified >= min : Math.max(verified, self) >= min);
        return {
            id: `compare.distinct.${kind}`,
            outcome: ok ? 'pass' : 'hold',
            observed: `${verified} distinct by verified ${what}, ${self} by self-report`,
            expected: required === 'not-required' ? 'not required' : `at least ${min} distinct ${kind} (${required})`,
            detail: ok
                ? required === 'not-required'
                    ? `the policy does not require distinct ${kind}`
                    : `${Math.max(verified, self)} distinct ${kind}; the claim says what that rests on`
                : `too few distinct ${kind} for a reproduction: ${kind === 'jobs' ? 'the same job (or the same run and attempt) cannot reproduce itself' : `the policy requires ${min} distinct ${kind} (${required})`}`,
        };
    };
    checks.push(need('jobs', repro.distinct.jobs, jobsVerified, jobsSelf, 'OIDC identity (run id and attempt)'));
    checks.push(need('runners', repro.distinct.runners, runnersVerified, runnersSelf, 'TEE platform identifiers'));
    checks.push(need('providers', repro.distinct.providers, 0, providersSelf, 'means (none exist)'));
    const status = worst(checks.map((c) => c.outcome));
    const deciding = checks.filter((c) => c.outcome === status && status !== 'pass').map((c) => c.id);
    const reason = status === 'pass' ? 'every comparison and requirement passed' : `${status} by ${deciding.join(', ')}`;
    // Distinct job labels, in receipt order (the same job once).
    const labels = [...new Set(unique.map((s) => (0,job/* jobLabel */.OP)(s.receipt.binding.job)))];
    const claim = reproducedClaim({
        status,
        deciding,
        policyId: policy.policy_id,
        policyDigest: policy.policy_digest,
        jobs: labels,
        workloadDigest: roles.workload.cmp.digest ?? sides[0].verify.appraised.workload_digest,
        inputCommitment: roles.inputs.cmp.digest ?? sides[0].verify.appraised.input_commitment,
        outputDigest: roles.outputs.cmp.digest ?? sides[0].verify.appraised.output_digest,
        allowed: allowedList,
        comparedOutputDigest: comparedDigest,
        receipts: sides.length,
        basis: {
            jobs: jobsBasis,
            runners: runnersBasis,
            providers: providersBasis,
        },
    });
    const compare = {
        schema_version: schema/* COMPARE_SCHEMA_VERSION */.te,
        compared_at: deps.now().toISOString(),
        producer: { name: version/* PRODUCER_NAME */.n, version: version/* VERSION */.x },
        policy: { policy_id: policy.policy_id, policy_version: policy.policy_version, policy_digest: policy.policy_digest },
        receipts: sides.map((s) => {
            const run = s.verify.oidc?.status === 'verified' ? verifiedRun(s.verify.oidc.claims) : null;
            const plats = platformIds(s.verify.evidence);
            return {
                digest: s.digest,
                receipt_id: s.receipt.receipt_id,
                job: s.receipt.binding.job,
                job_label: (0,job/* jobLabel */.OP)(s.receipt.binding.job),
                oidc: s.verify.oidc?.status ?? 'none',
                oidc_run: run,
                platforms: plats,
                runner: s.receipt.deployment.runner,
                provider: s.receipt.deployment.provider,
                self_reported: [...(run ? [] : ['job']), ...(plats.length ? [] : ['runner']), 'provider'],
                verify: {
                    ok: s.verify.ok,
                    mismatches: s.verify.mismatches.length,
                    decision: s.verify.decision,
                    claim_tier: s.verify.appraised.claim_tier,
                    allowed_claim: s.verify.appraised.allowed_claim,
                },
            };
        }),
        workload: roles.workload.cmp,
        inputs: roles.inputs.cmp,
        outputs: { ...roles.outputs.cmp, compared_digest: comparedDigest, allowed_to_differ: allowedList },
        independence: {
            min_receipts: min,
            distinct_receipts: distinctReceipts,
            jobs: { required: repro.distinct.jobs, basis: jobsBasis, verified: jobsVerified, self_reported: jobsSelf },
            runners: { required: repro.distinct.runners, basis: runnersBasis, verified: runnersVerified, self_reported: runnersSelf },
            providers: { required: repro.distinct.providers, basis: providersBasis, verified: 0, self_reported: providersSelf },
        },
        checks,
        decision: { status, reason },
        claim_tier: compareTier(status),
        allowed_claim: claim,
        blocked_claims: [...tiers/* STANDING_BLOCKED_CLAIMS */.wc, ...REPRODUCTION_BLOCKED_CLAIMS],
    };
    return { compare, sides };
}


/***/ }),

/***/ 63764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _r: () => (/* binding */ NAMES_MAX),
/* harmony export */   bs: () => (/* binding */ CompareSchema),
/* harmony export */   te: () => (/* binding */ COMPARE_SCHEMA_VERSION)
/* harmony export */ });
/* unused harmony export compareJsonSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38816);
/* harmony import */ var _receipt_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66785);


/**
 * compare.json, version 1: the comparison receipt `compare` writes (RFC 8785 canonical JSON). It
 * names each input receipt by the SHA-256 of its receipt.json bytes, says for the workload, the
 * inputs and the outputs whether they were equal and on what basis, which files differ by name,
 * what the jobs' independence rests on, every check, the decision and the claim. Strict, and
 * exported as JSON Schema to schema/compare.v1.json (a test keeps the file current).
 */
const COMPARE_SCHEMA_VERSION = 'compute-receipt/compare/v1';
const sha256Digest = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^sha256:[0-9a-f]{64}$/, 'sha256:<64 lowercase hex>');
const anyDigest = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^(sha256|hmac-sha256):[0-9a-f]{64}$/, 'sha256: or hmac-sha256: + 64 lowercase hex');
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_EXCEPT_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const text = (max = 4096) => zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(max).refine((s) => !CONTROL.test(s), 'must not contain control characters');
const multiline = (max = 65536) => zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(max).refine((s) => !CONTROL_EXCEPT_BREAKS.test(s), 'must not contain control characters other than line breaks and tabs');
const count = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const Outcome = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['pass', 'hold', 'deny']);
const Basis = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['verified', 'self-reported', 'none']);
/** At most this many names per list; the count says how many there were. */
const NAMES_MAX = 1000;
const names = zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(text(4096)).max(NAMES_MAX);
const DifferenceSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    /** 1-based index of the receipt compared with receipt 1 (the reference). */
    receipt: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(2),
    matching: count,
    differing: names,
    differing_count: count,
    only_in_reference: names,
    only_in_reference_count: count,
    only_in_receipt: names,
    only_in_receipt_count: count,
});
const RoleSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    /** equal: every receipt has the same files with the same digests; differ; not-compared (held, see detail). */
    result: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['equal', 'differ', 'not-compared']),
    /** How the values compared were derived (re-hashed files, or the saved manifests checked against the bound digests). */
    basis: text(1024),
    /** Receipt 1's digest or commitment (as the verifier re-derived it), or null for none. */
    digest: anyDigest.nullable(),
    files: count.nullable(),
    /** Files of receipt 1 equal in every receipt (allowed-to-differ files not counted). */
    matching: count.nullable(),
    differences: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(DifferenceSchema).max(1000),
    detail: multiline(),
});
const CompareSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(COMPARE_SCHEMA_VERSION),
    /** The verifier's clock when it compared. */
    compared_at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(64),
    producer: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ name: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('compute-receipt'), version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(64).regex(/^[0-9A-Za-z.+-]+$/) }),
    policy: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ policy_id: text(64), policy_version: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(), policy_digest: sha256Digest }),
    receipts: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        /** SHA-256 of the receipt.json bytes: this names the receipt. */
        digest: sha256Digest,
        receipt_id: text(256),
        job: _receipt_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .JobSchema */ .nu,
        job_label: text(2048),
        /** The saved OIDC token: verified by the verifier, failed, unavailable (no key set), or none saved. */
        oidc: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['verified', 'failed', 'unavailable', 'none']),
        /** The OIDC-verified run (repository, run id, run attempt), when verified. */
        oidc_run: text(512).nullable(),
        /** Platform identifiers from verified TEE evidence (SNP chip id, TDX PCK PPID / FMSPC). */
        platforms: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(text(512)).max(100),
        runner: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(64).regex(/^[a-z_]+$/), text(1024)),
        provider: text(1024).nullable(),
        /** Job context, runner and provider are the producer's word unless `oidc_run` / `platforms` say otherwise. */
        self_reported: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['job', 'runner', 'provider'])).max(3),
        verify: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
            ok: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
            mismatches: count,
            decision: Outcome,
            claim_tier: _receipt_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .ClaimTierSchema */ .cn,
            allowed_claim: multiline(),
        }),
    }))
        .min(1)
        .max(1000),
    workload: RoleSchema,
    inputs: RoleSchema,
    outputs: RoleSchema.extend({
        /** The outputs digest without the files the policy allows to differ (null when none were left out). */
        compared_digest: sha256Digest.nullable(),
        allowed_to_differ: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ name: text(4096), reason: multiline(1024), receipts: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(2)).max(1000) }))
            .max(NAMES_MAX),
    }),
    independence: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        min_receipts: count,
        distinct_receipts: count,
        jobs: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ required: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['verified', 'self-reported']), basis: Basis, verified: count, self_reported: count }),
        runners: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ required: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['verified', 'self-reported', 'not-required']), basis: Basis, verified: count, self_reported: count }),
        providers: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ required: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['self-reported', 'not-required']), basis: Basis, verified: count, self_reported: count }),
    }),
    checks: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(_receipt_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .CheckSchema */ .Yr).max(10_000),
    decision: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ status: Outcome, reason: multiline() }),
    claim_tier: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['reproduced', 'none', 'denied']),
    allowed_claim: multiline(),
    blocked_claims: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(multiline()).max(100),
});
/** JSON Schema (draft 2020-12) of compare.json, as committed in schema/compare.v1.json. */
function compareJsonSchema() {
    const js = z.toJSONSchema(CompareSchema, { target: 'draft-2020-12' });
    return { $id: 'urn:compute-receipt:schema:compare:v1', title: 'compute-receipt comparison v1', ...js };
}


/***/ })

};
