import { InputError, q } from '../util/errors.js';
import type { JobContext } from './binding.js';

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** What each job field may hold (the receipt schema enforces the same), and where it came from. */
const JOB_FIELDS: [keyof JobContext, string, RegExp | null, number][] = [
  ['id', '--job-id / GITHUB_JOB', null, 256],
  ['repository', 'GITHUB_REPOSITORY', /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 256],
  ['run_id', 'GITHUB_RUN_ID', /^[0-9]+$/, 32],
  ['run_attempt', 'GITHUB_RUN_ATTEMPT', /^[0-9]+$/, 16],
  ['sha', 'GITHUB_SHA', /^([0-9a-f]{40}|[0-9a-f]{64})$/, 64],
  ['workflow_ref', 'GITHUB_WORKFLOW_REF', null, 1024],
];

/** Refuse (exit 2) a job field with control characters or the wrong shape, naming where it came from. */
export function checkJobContext(job: JobContext): JobContext {
  for (const [k, from, re, max] of JOB_FIELDS) {
    const v = job[k];
    if (v === null) continue;
    if (CONTROL.test(v) || LONE_SURROGATE.test(v)) throw new InputError('USAGE', `${from} contains a control character or invalid Unicode: ${q(v)}`);
    if (v.length > max) throw new InputError('USAGE', `${from} is longer than ${max} characters`);
    if (re && !re.test(v)) throw new InputError('USAGE', `${from} is malformed: ${q(v)}`);
  }
  return job;
}

/**
 * Job context from the CI environment. On GitHub Actions: repository, run id, attempt, sha and
 * workflow ref; the job id defaults to GITHUB_JOB (matrix legs share it, so callers pass `jobId`).
 * Elsewhere every field is null unless given.
 */
export function jobContextFromEnv(env: NodeJS.ProcessEnv, jobId?: string | null): JobContext {
  const s = (k: string): string | null => {
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
export function jobIdOf(job: JobContext, gpuNonceHex: string): string {
  if (job.id) return job.id;
  if (job.run_id) return `run-${job.run_id}${job.run_attempt ? `.${job.run_attempt}` : ''}`;
  return `job-${gpuNonceHex.slice(0, 16)}`;
}

/** A human label for the job, used inside sentences: "job build (owner/repo run 123.1)", "job demo". */
export function jobLabel(job: JobContext): string {
  const where: string[] = [];
  if (job.repository) where.push(job.repository);
  if (job.run_id) where.push(`run ${job.run_id}${job.run_attempt ? `.${job.run_attempt}` : ''}`);
  const name = job.id ? `job ${job.id}` : 'an unnamed job';
  return where.length ? `${name} (${where.join(' ')})` : name;
}
