// One spec per command: its flags, their defaults and an example. The spec drives both argv parsing
// (src/cli/args.ts) and the help a user reads (`compute-receipt CMD --help`, `compute-receipt help CMD`),
// so the two cannot drift apart.
import type { Options } from './args.js';

export interface FlagSpec {
  name: string;
  /** Placeholder for the value (`P`, `DIR`); absent for a boolean flag. */
  value?: string;
  multiple?: boolean;
  /** Shown as `(default ...)`. */
  default?: string;
  help: string;
}

export interface CommandSpec {
  /** `create`, or `evidence inspect` for a subcommand. */
  name: string;
  /** What follows the command name in the usage line (positionals). */
  args?: string;
  summary: string;
  flags: FlagSpec[];
  examples: string[];
  notes?: string[];
}

const JSON_FLAG: FlagSpec = { name: 'json', help: 'machine-readable JSON on stdout (no colour, no progress)' };
const QUIET: FlagSpec = { name: 'quiet', help: 'for scripts: no progress and no report on stdout; the exit code and errors only' };
const NETWORK: FlagSpec = { name: 'network', help: 'allow network fetches (Intel PCS, AMD KDS, NRAS and OIDC keys); off by default' };
const TRUST_ROOTS: FlagSpec = { name: 'trust-roots', value: 'DIR', help: 'vendor roots to use instead of the shipped ones (test chains); recorded, and denied by shipped policies' };
/** The tree serializations `--serialization` offers (`files` is the default). */
export const SERIALIZATIONS = ['files', 'shards'] as const;

const HASHING: FlagSpec[] = [
  { name: 'allow-symlinks', help: 'follow symbolic links that stay inside the root (rejected by default)' },
  { name: 'ignore', value: 'PATH', multiple: true, help: 'leave out this exact relative path (besides .git, .gitattributes, .github, .gitignore)' },
  { name: 'serialization', value: 'files|shards', default: 'files', help: 'hash whole files, or 1 GB shards (OMS shards)' },
];
const WORKLOAD: FlagSpec = { name: 'workload', value: 'P', multiple: true, help: 'model bundle: a file, a directory, or an image name@sha256:<hex>' };
const INPUTS: FlagSpec = { name: 'inputs', value: 'P', multiple: true, help: 'the job inputs' };
const INPUT_KEY: FlagSpec = { name: 'input-key-file', value: 'F', help: 'key for a keyed (hmac-sha256) input commitment; or env COMPUTE_RECEIPT_INPUT_KEY' };
const REHASH_WORKLOAD: FlagSpec = { name: 'workload', value: 'P', multiple: true, help: 're-hash the workload from these paths' };
const REHASH_INPUTS: FlagSpec = { name: 'inputs', value: 'P', multiple: true, help: 're-hash the inputs from these paths' };
const VERIFIER_INPUT_KEY: FlagSpec = { name: 'input-key-file', value: 'F', help: 'key for a keyed input commitment; or env COMPUTE_RECEIPT_INPUT_KEY' };
const RIM: FlagSpec = {
  name: 'rim',
  value: 'F',
  multiple: true,
  help: "NVIDIA reference manifests (driver and VBIOS RIMs) to appraise raw GPU measurements with (measres), saved with the evidence",
};
const FAIL_ON = (dflt: string): FlagSpec => ({ name: 'fail-on', value: 'deny|hold|never', default: dflt, help: 'exit 1 when the decision is at or past this' });

export const SPECS: readonly CommandSpec[] = [
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

export function specFor(name: string): CommandSpec | undefined {
  return SPECS.find((s) => s.name === name);
}

/** The parseArgs options of a command (every flag in its spec). */
export function optionsOf(name: string): Options {
  const s = specFor(name);
  if (!s) throw new TypeError(`no spec for command ${name}`);
  const o: Options = {};
  for (const f of s.flags) o[f.name] = f.value ? { type: 'string', ...(f.multiple ? { multiple: true } : {}) } : { type: 'boolean' };
  return o;
}

function flagLine(f: FlagSpec): [string, string] {
  const left = `--${f.name}${f.value ? ` ${f.value}` : ''}`;
  const extra = [f.multiple ? 'repeatable' : '', f.default ? `default ${f.default}` : ''].filter(Boolean).join('; ');
  return [left, `${f.help}${extra ? ` (${extra})` : ''}`];
}

/** `compute-receipt CMD --help`: usage, what it does, every flag with its default, examples. */
export function helpText(s: CommandSpec): string {
  const L: string[] = [];
  L.push(`usage: compute-receipt ${s.name}${s.args ? ` ${s.args}` : ''} [options]`);
  L.push('');
  L.push(s.summary);
  L.push('');
  L.push('options:');
  const rows = [...s.flags.map(flagLine), ['--help', 'show this help'] as [string, string]];
  const w = Math.max(...rows.map(([l]) => l.length));
  for (const [l, r] of rows) L.push(`  ${l.padEnd(w)}  ${r}`);
  for (const n of s.notes ?? []) L.push('', n);
  L.push('');
  L.push(s.examples.length === 1 ? 'example:' : 'examples:');
  for (const e of s.examples) L.push(`  ${e}`);
  return L.join('\n') + '\n';
}

/** The top-level help: one line per command. */
export function overview(): string {
  const top = new Map<string, string>();
  for (const s of SPECS) {
    const cmd = s.name.split(' ')[0]!;
    if (!top.has(cmd)) top.set(cmd, cmd === 'evidence' ? 'inspect F | verify F: parse, or verify signatures and chains of, attestation evidence' : s.name.includes(' ') ? `${s.name.split(' ')[1]}: ${s.summary}` : s.summary);
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
export function helpRequest(argv: string[]): { text: string } | { error: string } | null {
  const [cmd, ...rest] = argv;
  if (cmd === '--help' || cmd === '-h') return { text: overview() };
  if (cmd === 'help') {
    if (rest.length === 0) return { text: overview() };
    return helpFor(rest.join(' ')) ?? { error: `help: unknown command ${JSON.stringify(rest.join(' '))} (see compute-receipt --help)` };
  }
  if (cmd === undefined) return null;
  const end = rest.indexOf('--');
  const before = end === -1 ? rest : rest.slice(0, end);
  if (!before.includes('--help') && !before.includes('-h')) return null;
  const sub = cmd === 'evidence' && (before[0] === 'inspect' || before[0] === 'verify') ? `evidence ${before[0]}` : cmd;
  return helpFor(sub) ?? { error: `unknown command ${JSON.stringify(cmd)} (see compute-receipt --help)` };
}

function helpFor(name: string): { text: string } | null {
  const s = specFor(name);
  if (s) return { text: helpText(s) };
  const subs = SPECS.filter((x) => x.name.startsWith(name + ' '));
  return subs.length ? { text: subs.map(helpText).join('\n') } : null;
}
