#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 63379:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GI: () => (/* binding */ SERIALIZATIONS),
/* harmony export */   M0: () => (/* binding */ overview),
/* harmony export */   cz: () => (/* binding */ optionsOf),
/* harmony export */   ro: () => (/* binding */ helpRequest)
/* harmony export */ });
/* unused harmony exports SPECS, specFor, helpText */
const JSON_FLAG = { name: 'json', help: 'machine-readable JSON on stdout (no colour, no progress)' };
const QUIET = { name: 'quiet', help: 'for scripts: no progress and no report on stdout; the exit code and errors only' };
const NETWORK = { name: 'network', help: 'allow network fetches (Intel PCS, AMD KDS, NRAS and OIDC keys); off by default' };
const TRUST_ROOTS = { name: 'trust-roots', value: 'DIR', help: 'vendor roots to use instead of the shipped ones (test chains); recorded, and denied by shipped policies' };
/** The tree serializations `--serialization` offers (`files` is the default). */
const SERIALIZATIONS = ['files', 'shards'];
const HASHING = [
    { name: 'allow-symlinks', help: 'follow symbolic links that stay inside the root (rejected by default)' },
    { name: 'ignore', value: 'PATH', multiple: true, help: 'leave out this exact relative path (besides .git, .gitattributes, .github, .gitignore)' },
    { name: 'serialization', value: 'files|shards', default: 'files', help: 'hash whole files, or 1 GB shards (OMS shards)' },
];
const WORKLOAD = { name: 'workload', value: 'P', multiple: true, help: 'model bundle: a file, a directory, or an image name@sha256:<hex>' };
const INPUTS = { name: 'inputs', value: 'P', multiple: true, help: 'the job inputs' };
const INPUT_KEY = { name: 'input-key-file', value: 'F', help: 'key for a keyed (hmac-sha256) input commitment; or env COMPUTE_RECEIPT_INPUT_KEY' };
const REHASH_WORKLOAD = { name: 'workload', value: 'P', multiple: true, help: 're-hash the workload from these paths' };
const REHASH_INPUTS = { name: 'inputs', value: 'P', multiple: true, help: 're-hash the inputs from these paths' };
const VERIFIER_INPUT_KEY = { name: 'input-key-file', value: 'F', help: 'key for a keyed input commitment; or env COMPUTE_RECEIPT_INPUT_KEY' };
const RIM = {
    name: 'rim',
    value: 'F',
    multiple: true,
    help: "NVIDIA reference manifests (driver and VBIOS RIMs) to appraise raw GPU measurements with (measres), saved with the evidence",
};
const FAIL_ON = (dflt) => ({ name: 'fail-on', value: 'deny|hold|never', default: dflt, help: 'exit 1 when the decision is at or past this' });
const SPECS = [
    {
        name: 'create',
        summary: 'hash workload, inputs and outputs, bind and collect evidence, appraise, write the receipt (the producer role)',
        flags: [
            WORKLOAD,
            INPUTS,
            { name: 'outputs', value: 'P', multiple: true, help: 'what the job wrote' },
            { name: 'benchmark', value: 'F', help: 'a benchmark result, kept as capacity context only (never evidence)' },
            { name: 'evidence', value: 'SRC', multiple: true, default: 'auto', help: 'auto | none | tsm | nvidia | nvidia-nras | simulated | file:PATH | command:CMD' },
            { name: 'policy', value: 'NAME|FILE', default: 'record-only', help: 'record-only, demo, cpu-tee-strict, gpu-tee-strict, or a policy file' },
            { name: 'job-id', value: 'ID', help: 'the job id (default GITHUB_JOB; outside CI an id derived from the binding)' },
            { name: 'nonce', value: 'HEX', help: "a relying party's nonce, bound into the evidence" },
            { name: 'claims', value: 'F', multiple: true, help: 'text to lint (a PR body, a report): flagged sentences are struck and listed' },
            { name: 'claim-rules', value: 'F', multiple: true, help: 'extra claim-linter rules' },
            { name: 'storage', value: 'KIND', default: 'unknown', help: 'ephemeral | persistent-provider-local | unknown (self-reported)' },
            TRUST_ROOTS,
            { name: 'certs', value: 'F', multiple: true, help: 'certificates for the evidence (VCEK, PCK chain), saved with it for offline replay' },
            { name: 'collateral', value: 'DIR', help: 'TDX collateral (TCB info, QE identity, CRLs), saved with the evidence' },
            RIM,
            INPUT_KEY,
            ...HASHING,
            NETWORK,
            { name: 'out', value: 'DIR', default: './compute-receipt', help: 'where the receipt directory is written (receipt.json last)' },
            FAIL_ON('deny'),
            { name: 'begin-state', value: 'F', help: 'seal what `begin` measured (two-phase flow, docs/execution.md)' },
            { name: 'exit-status', value: 'N', help: "the workload's exit status, recorded with the seal event" },
            { name: 'workload-signature', value: 'F', help: 'an OpenSSF model_signing bundle (model.sig) of the workload: verified and compared file by file (docs/model-signing.md)' },
            { name: 'workload-key', value: 'PEM', help: 'the public key the workload signature was made with (model_signing key method)' },
            { name: 'workload-cert-chain', value: 'PEM', help: "CA certificates the workload signature's certificate must chain to (certificate method)" },
            { name: 'workload-trusted-root', value: 'JSON', help: 'a Sigstore trusted root for a keyless workload signature (without it the identity is unverified)' },
            JSON_FLAG,
            QUIET,
        ],
        examples: [
            'compute-receipt create --workload model --inputs data --outputs out --evidence auto --policy record-only',
            'compute-receipt create --workload model --inputs data --outputs out --evidence simulated --policy demo --job-id try-1',
        ],
    },
    {
        name: 'verify',
        args: 'RECEIPT',
        summary: 'replay a receipt (receipt.json or its directory) as a separate verifier: re-derive, re-verify, re-appraise',
        flags: [
            { name: 'policy', value: 'NAME|FILE', help: "required: the verifier's own policy (never the receipt's copy)" },
            REHASH_WORKLOAD,
            REHASH_INPUTS,
            { name: 'outputs', value: 'P', multiple: true, help: 're-hash the outputs from these paths' },
            VERIFIER_INPUT_KEY,
            { name: 'expect-job', value: 'ID', help: 'the job id the receipt must name' },
            { name: 'expect-sha', value: 'SHA', help: 'the commit the receipt must name' },
            { name: 'at', value: 'TIME', default: "the verifier's clock", help: 'verify the evidence at this time (ISO 8601)' },
            TRUST_ROOTS,
            { name: 'oidc-jwks', value: 'F', help: "the OIDC issuer's key set, to check a saved OIDC token offline" },
            { name: 'workload-trusted-root', value: 'JSON', help: "the verifier's own Sigstore trusted root, to verify a keyless workload signature's identity" },
            NETWORK,
            FAIL_ON('hold'),
            JSON_FLAG,
            QUIET,
        ],
        examples: ['compute-receipt verify compute-receipt --policy gpu-tee-strict --outputs out'],
        notes: ['Changed, added, missing and renamed files are named first, like `sha256sum -c`; what follows from them is folded under that cause.'],
    },
    {
        name: 'compare',
        args: 'R1 R2 [R...]',
        summary: 'verify each receipt under your policy, then compare workload, input and output digests (files that differ named; tier reproduced)',
        flags: [
            { name: 'policy', value: 'NAME|FILE', help: "required: the verifier's own policy (its reproduction block)" },
            REHASH_WORKLOAD,
            REHASH_INPUTS,
            VERIFIER_INPUT_KEY,
            { name: 'at', value: 'TIME', default: "the verifier's clock", help: 'verify the evidence at this time (ISO 8601)' },
            TRUST_ROOTS,
            { name: 'oidc-jwks', value: 'F', help: "the OIDC issuer's key set, to check saved OIDC tokens offline" },
            NETWORK,
            { name: 'out', value: 'DIR', default: './compute-receipt-compare', help: 'where compare.json is written' },
            FAIL_ON('hold'),
            JSON_FLAG,
        ],
        examples: ['compute-receipt compare run-a/compute-receipt run-b/compute-receipt --policy record-only'],
    },
    {
        name: 'begin',
        summary: 'two-phase flow (TDX), before the workload runs: hash workload and inputs, extend RTMR3 with the begin event, write a state file',
        flags: [
            WORKLOAD,
            INPUTS,
            { name: 'state', value: 'F', help: 'required: the state file that `create --begin-state F` seals' },
            { name: 'event-log', value: 'F', default: 'beside the state file', help: 'where the begin event is recorded' },
            { name: 'evidence', value: 'SRC', multiple: true, default: "the kernel's RTMR3", help: 'simulated: a simulated RTMR3 for demos and tests; nvidia or command:CMD: GPUs attested at begin' },
            { name: 'job-id', value: 'ID', help: 'the job id (default GITHUB_JOB)' },
            { name: 'nonce', value: 'HEX', help: "a relying party's nonce" },
            INPUT_KEY,
            ...HASHING,
            TRUST_ROOTS,
            NETWORK,
            JSON_FLAG,
            QUIET,
        ],
        examples: ['compute-receipt begin --workload model --inputs data --state begin.json', 'compute-receipt create --begin-state begin.json --outputs out --workload model --inputs data'],
        notes: ['See docs/execution.md for what the two-phase flow shows and what it assumes.'],
    },
    {
        name: 'hash',
        args: 'P...',
        summary: 'tree digest and manifest of files or directories (OMS v1.0 files serialization)',
        flags: [...HASHING, JSON_FLAG, { name: 'quiet', help: 'for scripts: print the digest only' }],
        examples: ['compute-receipt hash model/', 'compute-receipt hash --json outputs/ > outputs.json'],
    },
    {
        name: 'evidence inspect',
        args: 'F',
        summary: 'parse attestation evidence and print its fields (format sniffed; no signature is checked)',
        flags: [JSON_FLAG],
        examples: ['compute-receipt evidence inspect quote.bin'],
        notes: ['A file that is not evidence is bad input: exit 2.'],
    },
    {
        name: 'evidence verify',
        args: 'F',
        summary: 'verify evidence signatures and certificate chains to the vendor roots (no policy)',
        flags: [
            { name: 'report-data', value: 'HEX', help: 'the expected 64-byte report_data (128 hex digits)' },
            { name: 'nonce', value: 'HEX', help: 'the expected 32-byte GPU nonce (64 hex digits)' },
            { name: 'certs', value: 'F', multiple: true, help: 'certificates (VCEK, PCK chain)' },
            { name: 'collateral', value: 'DIR', help: 'TDX collateral (TCB info, QE identity, CRLs)' },
            RIM,
            TRUST_ROOTS,
            { name: 'at', value: 'TIME', default: 'now', help: 'verify at this time (ISO 8601)' },
            NETWORK,
            JSON_FLAG,
        ],
        examples: ['compute-receipt evidence verify quote.bin --collateral collateral/ --at 2026-01-31T12:00:00Z'],
        notes: ['Exit 0 verified, 1 not verified, 2 not evidence or bad input.'],
    },
    {
        name: 'policy init',
        summary: 'write a commented starting policy pinned to the measurements of known-good evidence (TDX, SEV-SNP, NVIDIA GPU)',
        flags: [
            { name: 'from', value: 'F', multiple: true, help: 'required: evidence from a run you trust (a TDX quote, an SNP report, GPU SPDM evidence)' },
            { name: 'out', value: 'F', default: '.github/compute-receipt/policy.yml', help: 'where the policy is written; - for stdout' },
            { name: 'id', value: 'ID', default: 'my-tee-policy', help: 'the policy_id' },
            { name: 'certs', value: 'F', multiple: true, help: 'certificates to verify the evidence with (VCEK, PCK chain)' },
            { name: 'collateral', value: 'DIR', help: 'TDX collateral to verify the quotes with' },
            { name: 'force', help: 'replace an existing file' },
        ],
        examples: ['compute-receipt policy init --from tdx-quote.bin --from gpu-evidence.json', 'compute-receipt policy init --from report.bin --certs vcek.pem --out - > policy.yml'],
        notes: ['Each pinned value carries a comment saying where it came from; commit the file on a branch the attested job cannot change.'],
    },
    {
        name: 'lint',
        args: '[F...]',
        summary: 'flag overclaims in text (benchmark as proof, attestation as correctness, ...); stdin when no file',
        flags: [
            { name: 'rules', value: 'F', multiple: true, help: 'extra claim-linter rules' },
            JSON_FLAG,
            { name: 'quiet', help: 'for scripts: nothing on stdout; exit 1 when a sentence is flagged' },
            { name: 'threads', value: 'N', help: 'read a large document (400,000 characters or more) on up to N threads, one per CPU at most (default 1); the findings are the same' },
        ],
        examples: ['compute-receipt lint README.md', 'gh pr view --json body -q .body | compute-receipt lint'],
    },
    {
        name: 'demo',
        summary: 'the whole pipeline on a bundled example with simulated evidence: no hardware, no network',
        flags: [{ name: 'out', value: 'DIR', default: './compute-receipt-demo', help: 'where the demo receipt is written' }, JSON_FLAG],
        examples: ['npx compute-receipt demo'],
    },
];
function specFor(name) {
    return SPECS.find((s) => s.name === name);
}
/** The parseArgs options of a command (every flag in its spec). */
function optionsOf(name) {
    const s = specFor(name);
    if (!s)
        throw new TypeError(`no spec for command ${name}`);
    const o = {};
    for (const f of s.flags)
        o[f.name] = f.value ? { type: 'string', ...(f.multiple ? { multiple: true } : {}) } : { type: 'boolean' };
    return o;
}
function flagLine(f) {
    const left = `--${f.name}${f.value ? ` ${f.value}` : ''}`;
    const extra = [f.multiple ? 'repeatable' : '', f.default ? `default ${f.default}` : ''].filter(Boolean).join('; ');
    return [left, `${f.help}${extra ? ` (${extra})` : ''}`];
}
/** `compute-receipt CMD --help`: usage, what it does, every flag with its default, examples. */
function helpText(s) {
    const L = [];
    L.push(`usage: compute-receipt ${s.name}${s.args ? ` ${s.args}` : ''} [options]`);
    L.push('');
    L.push(s.summary);
    L.push('');
    L.push('options:');
    const rows = [...s.flags.map(flagLine), ['--help', 'show this help']];
    const w = Math.max(...rows.map(([l]) => l.length));
    for (const [l, r] of rows)
        L.push(`  ${l.padEnd(w)}  ${r}`);
    for (const n of s.notes ?? [])
        L.push('', n);
    L.push('');
    L.push(s.examples.length === 1 ? 'example:' : 'examples:');
    for (const e of s.examples)
        L.push(`  ${e}`);
    return L.join('\n') + '\n';
}
/** The top-level help: one line per command. */
function overview() {
    const top = new Map();
    for (const s of SPECS) {
        const cmd = s.name.split(' ')[0];
        if (!top.has(cmd))
            top.set(cmd, cmd === 'evidence' ? 'inspect F | verify F: parse, or verify signatures and chains of, attestation evidence' : s.name.includes(' ') ? `${s.name.split(' ')[1]}: ${s.summary}` : s.summary);
    }
    const w = Math.max(...[...top.keys()].map((k) => k.length));
    const L = [
        'compute-receipt — a receipt for one compute job: digests, bound TEE evidence, a policy decision and the narrowest safe claim',
        '',
        'usage: compute-receipt <command> [options]',
        '',
        'commands:',
        ...[...top].map(([k, v]) => `  ${k.padEnd(w)}  ${v}`),
        `  ${'help'.padEnd(w)}  help CMD: a command's flags, defaults and an example (same as CMD --help)`,
        '',
        'Hashing shows progress on stderr on a terminal (a line every few seconds in GitHub Actions); --json and',
        '--quiet turn it off. Colour only on a terminal, and never with NO_COLOR set.',
        '',
        'exit codes: 0 success; 1 a finding (gate failed, verify mismatch, evidence not verified, lint flagged);',
        '            2 bad input or usage (one line naming the culprit).',
        '',
        'start here: npx compute-receipt demo',
    ];
    return L.join('\n') + '\n';
}
/**
 * What a help request asks for, before any command runs: `help`, `help CMD [SUB]`, or `--help`/`-h`
 * anywhere before `--`. Returns null when argv is not a help request.
 */
function helpRequest(argv) {
    const [cmd, ...rest] = argv;
    if (cmd === '--help' || cmd === '-h')
        return { text: overview() };
    if (cmd === 'help') {
        if (rest.length === 0)
            return { text: overview() };
        return helpFor(rest.join(' ')) ?? { error: `help: unknown command ${JSON.stringify(rest.join(' '))} (see compute-receipt --help)` };
    }
    if (cmd === undefined)
        return null;
    const end = rest.indexOf('--');
    const before = end === -1 ? rest : rest.slice(0, end);
    if (!before.includes('--help') && !before.includes('-h'))
        return null;
    const sub = cmd === 'evidence' && (before[0] === 'inspect' || before[0] === 'verify') ? `evidence ${before[0]}` : cmd;
    return helpFor(sub) ?? { error: `unknown command ${JSON.stringify(cmd)} (see compute-receipt --help)` };
}
function helpFor(name) {
    const s = specFor(name);
    if (s)
        return { text: helpText(s) };
    const subs = SPECS.filter((x) => x.name.startsWith(name + ' '));
    return subs.length ? { text: subs.map(helpText).join('\n') } : null;
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ PRODUCER_NAME),
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The producer version written into receipts; a test keeps it equal to package.json's. */
const VERSION = '0.1.0';
const PRODUCER_NAME = 'compute-receipt';


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 58500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(311);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(63379);
// compute-receipt CLI entry. Only this adapter touches process.argv, stdout and the exit code.
// Heavy modules load lazily so `--version` and `--help` start fast.



async function main(argv) {
    const [cmd, ...rest] = argv;
    if (cmd === undefined) {
        process.stdout.write((0,_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .overview */ .M0)());
        return 2;
    }
    const help = (0,_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .helpRequest */ .ro)(argv);
    if (help && 'text' in help) {
        process.stdout.write(help.text);
        return 0;
    }
    if (help) {
        process.stderr.write(`compute-receipt: error: ${help.error.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD')}\n`);
        return 2;
    }
    if (cmd === '--version' || cmd === '-v' || cmd === 'version') {
        process.stdout.write(`compute-receipt ${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x}\n`);
        return 0;
    }
    // `lint` (run on its own, on every PR) skips the other commands' modules: see lint.ts.
    // The entry file is also what lint workers run (see below).
    if (cmd === 'lint')
        return (await Promise.all(/* import() */[__nccwpck_require__.e(788), __nccwpck_require__.e(761)]).then(__nccwpck_require__.bind(__nccwpck_require__, 93761))).cmdLint(rest, process.argv[1]);
    // `hash` loads the digest engine and not the receipt pipeline: see hash.ts.
    if (cmd === 'hash')
        return (await Promise.all(/* import() */[__nccwpck_require__.e(516), __nccwpck_require__.e(788), __nccwpck_require__.e(127)]).then(__nccwpck_require__.bind(__nccwpck_require__, 40508))).cmdHash(rest);
    const { runCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(788), __nccwpck_require__.e(603), __nccwpck_require__.e(654)]).then(__nccwpck_require__.bind(__nccwpck_require__, 31654));
    return runCommand(cmd, rest);
}
if (!node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread && node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData?.role === 'claim-lint') {
    // A worker thread that `lint` started for a large document (claims/lint/parallel.ts LINT_WORKER_ROLE).
    void Promise.all(/* import() */[__nccwpck_require__.e(251), __nccwpck_require__.e(839), __nccwpck_require__.e(230), __nccwpck_require__.e(112)]).then(__nccwpck_require__.bind(__nccwpck_require__, 65280)).then((m) => m.serveLintWorker());
}
else {
    // A closed pipe (`... | head`) ends the program quietly instead of with an unhandled error.
    process.stdout.on('error', (e) => {
        if (e.code === 'EPIPE')
            process.exit(process.exitCode ?? 0);
        throw e;
    });
    main(process.argv.slice(2)).then((code) => {
        process.exitCode = code;
    }, async (e) => {
        const { reportError } = await Promise.all(/* import() */[__nccwpck_require__.e(603), __nccwpck_require__.e(307)]).then(__nccwpck_require__.bind(__nccwpck_require__, 76675));
        process.exitCode = reportError(e);
    });
}

