import { join } from 'node:path';
import { InputError, oneLine } from '../util/errors.js';

/**
 * Action inputs (DESIGN §8), parsed and validated without touching the environment: `index.ts`
 * reads the raw strings, this module turns them into a typed value and reports every bad input at
 * once. Multi-value inputs take one value per line; blank lines are ignored.
 */

export const MODES = ['create', 'verify', 'lint', 'compare', 'begin'] as const;
export type Mode = (typeof MODES)[number];
export const FAIL_ON = ['deny', 'hold', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];
export const STORAGE_KINDS = ['ephemeral', 'persistent-provider-local', 'unknown'] as const;
export type Storage = (typeof STORAGE_KINDS)[number];

/** Every input name in action.yml; the e2e test proves the two lists agree. */
export const INPUT_NAMES = [
  'mode',
  'workload',
  'inputs',
  'outputs',
  'benchmark',
  'evidence',
  'policy',
  'nonce',
  'input-key',
  'claims',
  'lint-pr-body',
  'lint-paths',
  'job-id',
  'storage',
  'network',
  'oidc',
  'oidc-jwks',
  'fail-on',
  'receipt',
  'receipt-artifact',
  'receipt-run-id',
  'artifact-name',
  'upload-artifact',
  'comment',
  'summary',
  'github-token',
  'pr-number',
  'expect-job',
  'expect-sha',
  'begin-state',
  'exit-status',
  'workload-signature',
  'workload-key',
  'workload-cert-chain',
  'workload-trusted-root',
] as const;
export type InputName = (typeof INPUT_NAMES)[number];

/** Every output name in action.yml. */
export const OUTPUT_NAMES = [
  'decision',
  'claim-tier',
  'receipt-path',
  'receipt-digest',
  'allowed-claim',
  'workload-digest',
  'output-digest',
  'artifact-id',
  'artifact-url',
  'lint-findings',
  'begin-state',
] as const;
export type OutputName = (typeof OUTPUT_NAMES)[number];

export const DEFAULT_RECEIPT_DIR = 'compute-receipt';
export const DEFAULT_ARTIFACT_NAME = 'compute-receipt';
/** compare: where compare.json is written. */
export const DEFAULT_COMPARE_DIR = 'compute-receipt-compare';

export interface ActionInputs {
  mode: Mode;
  workload: string[];
  inputs: string[];
  outputs: string[];
  benchmark: string | null;
  evidence: string[];
  /** null: `record-only` for create; verify requires its own policy. */
  policy: string | null;
  nonce: string | null;
  /** Key bytes for the keyed input commitment (the input's UTF-8 bytes). Never logged. */
  inputKey: Buffer | null;
  /** Files of user text (model card, release notes) to lint into the receipt. */
  claims: string[];
  lintPrBody: boolean;
  lintPaths: string[];
  jobId: string | null;
  storage: Storage;
  network: boolean;
  oidc: boolean;
  oidcJwks: string | null;
  failOn: FailOn;
  /** create: the directory written; verify: the receipt read (or the folder an artifact is downloaded to). */
  receipt: string;
  /** verify: download the receipt from this artifact (of this run, or of `receiptRunId`). */
  receiptArtifact: string | null;
  receiptRunId: string | null;
  artifactName: string;
  uploadArtifact: boolean;
  comment: boolean;
  summary: boolean;
  githubToken: string;
  prNumber: number | null;
  expectJob: string | null;
  expectSha: string | null;
  /** begin: where the state is written; create: the begin state to seal (docs/execution.md). */
  beginState: string | null;
  /** create with a begin state: the job's exit status, recorded in the seal event. */
  exitStatus: number | null;
  /** create: an OpenSSF model_signing bundle for the workload, and what it is checked with. */
  workloadSignature: string | null;
  workloadKey: string | null;
  workloadCertChain: string | null;
  /** create and verify: a Sigstore trusted root (JSON) for keyless workload signatures. */
  workloadTrustedRoot: string | null;
  /** compare: receipts to compare (paths, one per line of `receipt`). */
  receipts: string[];
  /** compare: artifacts to download and compare (one per line of `receipt-artifact`), of this run or of `receiptRunId`. */
  receiptArtifacts: string[];
}

/** What parsing needs from the runner: only where temporary files go. */
export interface ParseContext {
  runnerTemp: string | null;
  cwd: string;
}

const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);

/** One value per line, trimmed; blank lines dropped. */
export function lines(s: string): string[] {
  return s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

// Names @actions/artifact refuses.
const BAD_ARTIFACT_NAME = /["':<>|*?\r\n\\/]/;

export function parseInputs(get: (name: InputName) => string, ctx: ParseContext): ActionInputs {
  const errors: string[] = [];
  const raw = (n: InputName) => (get(n) ?? '').trim();
  const one = (n: InputName): string | null => {
    const v = raw(n);
    if (v === '') return null;
    if (/[\r\n]/.test(v)) {
      errors.push(`input ${n} takes one value, got ${lines(v).length} lines`);
      return lines(v)[0] ?? null;
    }
    return v;
  };
  const choice = <T extends string>(n: InputName, allowed: readonly T[], dflt: T): T => {
    const v = one(n);
    if (v === null) return dflt;
    if (!(allowed as readonly string[]).includes(v)) {
      errors.push(`input ${n} must be one of ${allowed.join(', ')}, got ${JSON.stringify(oneLine(v).slice(0, 60))}`);
      return dflt;
    }
    return v as T;
  };
  const bool = (n: InputName, dflt: boolean): boolean => {
    const v = one(n);
    if (v === null) return dflt;
    if (TRUE.has(v)) return true;
    if (FALSE.has(v)) return false;
    errors.push(`input ${n} must be true or false, got ${JSON.stringify(oneLine(v).slice(0, 60))}`);
    return dflt;
  };
  const digits = (n: InputName): string | null => {
    const v = one(n);
    if (v === null) return null;
    if (!/^[1-9][0-9]{0,19}$/.test(v)) {
      errors.push(`input ${n} must be a positive number, got ${JSON.stringify(oneLine(v).slice(0, 60))}`);
      return null;
    }
    return v;
  };

  const mode = choice('mode', MODES, 'create');
  const modeValid = (MODES as readonly string[]).includes(raw('mode') || 'create');
  const failOn = choice('fail-on', FAIL_ON, mode === 'verify' || mode === 'compare' ? 'hold' : 'deny');
  // compare takes several receipts and artifacts, one per line; the other modes one of each.
  const comparing = mode === 'compare';
  const receiptList = comparing ? lines(raw('receipt')) : [];
  const artifactList = comparing ? lines(raw('receipt-artifact')) : [];
  const storage = choice('storage', STORAGE_KINDS, 'unknown');

  const workload = lines(raw('workload'));
  const inputs = lines(raw('inputs'));
  const outputs = lines(raw('outputs'));
  const evidence = lines(raw('evidence'));
  const claims = lines(raw('claims'));
  const lintPaths = lines(raw('lint-paths'));
  const policy = one('policy');
  const nonce = one('nonce');
  if (nonce !== null && !/^[0-9a-fA-F]+$/.test(nonce)) errors.push('input nonce must be hex');
  const keyText = get('input-key') ?? '';
  const inputKey = keyText === '' ? null : Buffer.from(keyText, 'utf8');
  const lintPrBody = bool('lint-pr-body', false);
  const receiptArtifact = comparing ? null : one('receipt-artifact');
  const receiptRunId = digits('receipt-run-id');
  const prRaw = digits('pr-number');
  const artifactName = one('artifact-name') ?? DEFAULT_ARTIFACT_NAME;
  if (BAD_ARTIFACT_NAME.test(artifactName)) errors.push(`input artifact-name must not contain any of " ' : < > | * ? \\ / or a line break`);
  for (const a of artifactList) if (BAD_ARTIFACT_NAME.test(a)) errors.push(`input receipt-artifact must not contain any of " ' : < > | * ? \\ / (one name per line)`);
  if (receiptArtifact !== null && BAD_ARTIFACT_NAME.test(receiptArtifact)) errors.push(`input receipt-artifact must not contain any of " ' : < > | * ? \\ / or a line break`);
  const expectSha = one('expect-sha');
  if (expectSha !== null && !/^[0-9a-fA-F]{40}([0-9a-fA-F]{24})?$/.test(expectSha)) errors.push('input expect-sha must be a 40- or 64-hex-digit commit id');

  if (modeValid) {
    if (mode === 'create') {
      // With a begin state, the workload and inputs default to the ones begin measured.
      const begun = raw('begin-state') !== '';
      if (workload.length === 0 && !begun) errors.push('mode create needs input workload (paths, one per line, or an image reference name@sha256:<hex>)');
      if (inputs.length === 0 && !begun) errors.push('mode create needs input inputs (the job\'s input files or directory)');
      if (outputs.length === 0) errors.push('mode create needs input outputs (the job\'s output files or directory)');
    }
    if (mode === 'verify' && policy === null) {
      errors.push("mode verify needs input policy: the verifier's own policy (a shipped name or a file from the trusted branch), never the receipt's copy");
    }
    if (comparing && policy === null) errors.push("mode compare needs input policy: the verifier's own policy with a reproduction block (for example reproduce)");
    if (comparing && receiptList.length + artifactList.length < 2) {
      errors.push('mode compare needs two or more receipts: paths in input receipt and/or artifact names in input receipt-artifact, one per line');
    }
    if (mode === 'lint' && lintPaths.length === 0 && !lintPrBody) errors.push('mode lint needs input lint-paths or lint-pr-body: true');
    if (mode === 'begin') {
      if (workload.length === 0) errors.push('mode begin needs input workload (what the job will run: paths, one per line, or an image reference)');
      if (inputs.length === 0) errors.push("mode begin needs input inputs (the job's input files or directory, staged before the workload runs)");
    }
  }

  const exitRaw = one('exit-status');
  if (exitRaw !== null && !/^-?\d{1,9}$/.test(exitRaw)) errors.push('input exit-status must be an integer');
  const beginStateInput = one('begin-state');
  const receiptInput = comparing ? DEFAULT_COMPARE_DIR : one('receipt');
  const downloading = mode === 'verify' && (receiptArtifact !== null || receiptRunId !== null);
  const receipt =
    receiptInput ??
    (downloading ? join(ctx.runnerTemp ?? ctx.cwd, 'compute-receipt-artifact') : DEFAULT_RECEIPT_DIR);

  const parsed: ActionInputs = {
    mode,
    workload,
    inputs,
    outputs,
    benchmark: one('benchmark'),
    evidence: evidence.length ? evidence : ['auto'],
    policy,
    nonce,
    inputKey,
    claims,
    lintPrBody,
    lintPaths,
    jobId: one('job-id'),
    storage,
    network: bool('network', false),
    oidc: bool('oidc', false),
    oidcJwks: one('oidc-jwks'),
    failOn,
    receipt,
    receiptArtifact: downloading ? (receiptArtifact ?? artifactName) : null,
    receiptRunId,
    artifactName,
    uploadArtifact: bool('upload-artifact', mode === 'create'),
    comment: bool('comment', mode === 'verify' || comparing),
    summary: bool('summary', true),
    githubToken: raw('github-token'),
    prNumber: prRaw === null ? null : Number(prRaw),
    expectJob: one('expect-job'),
    expectSha: expectSha === null ? null : expectSha.toLowerCase(),
    beginState: beginStateInput ?? (mode === 'begin' ? join(ctx.runnerTemp ?? ctx.cwd, 'compute-receipt-begin', 'state.json') : null),
    exitStatus: exitRaw !== null && /^-?\d{1,9}$/.test(exitRaw) ? Number(exitRaw) : null,
    workloadSignature: one('workload-signature'),
    workloadKey: one('workload-key'),
    workloadCertChain: one('workload-cert-chain'),
    workloadTrustedRoot: one('workload-trusted-root'),
    receipts: receiptList,
    receiptArtifacts: artifactList,
  };
  if (parsed.workloadSignature === null && (parsed.workloadKey || parsed.workloadCertChain) && mode === 'create') {
    errors.push('inputs workload-key and workload-cert-chain need workload-signature (the model_signing bundle)');
  }
  if (errors.length) throw new InputError('USAGE', errors.join('; '));
  return parsed;
}
