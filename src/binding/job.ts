import type { JobContext } from './binding.js';

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
  return {
    id: jobId && jobId !== '' ? jobId : s('GITHUB_JOB'),
    repository: s('GITHUB_REPOSITORY'),
    run_id: s('GITHUB_RUN_ID'),
    run_attempt: s('GITHUB_RUN_ATTEMPT'),
    sha: s('GITHUB_SHA'),
    workflow_ref: s('GITHUB_WORKFLOW_REF'),
  };
}

/** A human label for the job, used inside sentences: "job build (owner/repo run 123.1)", "job demo". */
export function jobLabel(job: JobContext): string {
  const where: string[] = [];
  if (job.repository) where.push(job.repository);
  if (job.run_id) where.push(`run ${job.run_id}${job.run_attempt ? `.${job.run_attempt}` : ''}`);
  const name = job.id ? `job ${job.id}` : 'an unnamed job';
  return where.length ? `${name} (${where.join(' ')})` : name;
}
