/**
 * The workflow context the Action needs beyond its inputs, as a plain value. `index.ts` builds it
 * from the runner's environment and event payload; everything else receives it.
 */

export interface ActionContext {
  repository: string | null;
  serverUrl: string;
  apiUrl: string;
  runId: string | null;
  runAttempt: string | null;
  /** GITHUB_JOB: shared by matrix legs, so `job-id` may refine it. */
  job: string | null;
  /** GITHUB_WORKFLOW_REF: `owner/repo/.github/workflows/file.yml@ref`. */
  workflowRef: string | null;
  workflow: string | null;
  sha: string | null;
  eventName: string | null;
  /** The parsed GITHUB_EVENT_PATH payload, or null. */
  event: unknown;
  runnerTemp: string | null;
}

export function contextFromEnv(env: NodeJS.ProcessEnv, event: unknown): ActionContext {
  const s = (k: string) => (env[k] ? env[k]! : null);
  return {
    repository: s('GITHUB_REPOSITORY'),
    serverUrl: (s('GITHUB_SERVER_URL') ?? 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (s('GITHUB_API_URL') ?? 'https://api.github.com').replace(/\/+$/, ''),
    runId: s('GITHUB_RUN_ID'),
    runAttempt: s('GITHUB_RUN_ATTEMPT'),
    job: s('GITHUB_JOB'),
    workflowRef: s('GITHUB_WORKFLOW_REF'),
    workflow: s('GITHUB_WORKFLOW'),
    sha: s('GITHUB_SHA'),
    eventName: s('GITHUB_EVENT_NAME'),
    event,
    runnerTemp: s('RUNNER_TEMP'),
  };
}

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
  /** The head branch lives in another repository: the workflow's token is read-only. */
  fork: boolean;
  /** The PR description: untrusted text. */
  body: string;
}

const rec = (v: unknown): Record<string, unknown> | null => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/**
 * The pull request this run speaks for: `pull_request`/`pull_request_target` payloads,
 * `issue_comment` on a PR, `workflow_run` with its PR list (empty for fork PRs: pass `pr-number`),
 * or an explicit number.
 */
export function pullRequestOf(ctx: ActionContext, explicitNumber: number | null): PullRequestRef | null {
  const [owner, repo] = (ctx.repository ?? '').split('/');
  if (!owner || !repo) return null;
  const ev = rec(ctx.event);
  const pr = rec(ev?.['pull_request']);
  if (explicitNumber !== null) {
    // Named by the workflow (e.g. workflow_run): the token is this repository's own.
    const body = pr && pr['number'] === explicitNumber ? (str(pr['body']) ?? '') : '';
    return { owner, repo, number: explicitNumber, fork: false, body };
  }
  if (pr && typeof pr['number'] === 'number') {
    const head = str(rec(rec(pr['head'])?.['repo'])?.['full_name']);
    const base = str(rec(rec(pr['base'])?.['repo'])?.['full_name']) ?? ctx.repository;
    // A deleted fork has head.repo null: treat it as a fork too.
    const fork = head === null || head.toLowerCase() !== (base ?? '').toLowerCase();
    return { owner, repo, number: pr['number'], fork: ctx.eventName === 'pull_request_target' ? false : fork, body: str(pr['body']) ?? '' };
  }
  const issue = rec(ev?.['issue']);
  if (issue && rec(issue['pull_request']) && typeof issue['number'] === 'number') {
    return { owner, repo, number: issue['number'], fork: false, body: '' };
  }
  const wr = rec(ev?.['workflow_run']);
  const prs = wr?.['pull_requests'];
  if (Array.isArray(prs) && prs.length > 0) {
    const n = rec(prs[0])?.['number'];
    if (typeof n === 'number') return { owner, repo, number: n, fork: false, body: '' };
  }
  return null;
}

/** The workflow file without its ref, so later pushes and re-runs map to the same comment. */
export function workflowPath(ctx: ActionContext): string {
  if (ctx.workflowRef) return ctx.workflowRef.replace(/@.*$/, '');
  return `${ctx.repository ?? 'local'}/${ctx.workflow ?? 'workflow'}`;
}

/** The sticky comment's job key: workflow file, job and mode; no run id or attempt. */
export function jobKey(ctx: ActionContext, jobId: string | null, mode: string): string {
  return `${workflowPath(ctx)}#${jobId ?? ctx.job ?? 'job'}:${mode}`;
}

export function runUrl(ctx: ActionContext): string | null {
  if (!ctx.repository || !ctx.runId) return null;
  return `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}${ctx.runAttempt ? `/attempts/${ctx.runAttempt}` : ''}`;
}
