/**
 * GitHub REST calls for the sticky PR comment, through `@actions/github` (Octokit with the REST
 * endpoint and pagination plugins). Requests go through the tool's one network layer
 * (`src/net/http.ts`): HTTPS_PROXY / NO_PROXY, timeouts, bounded retries with backoff, and waits on
 * rate limits. The base URL is GITHUB_API_URL, so GHES works. Only the issue-comment endpoints are
 * used: `GET /user` is refused to GITHUB_TOKEN, so the bot's own comment is recognised by its marker
 * and by its author being a bot. The `GitHubClient` interface lets tests inject fakes.
 */
import { getOctokit } from '@actions/github';
import { type NetOptions, proxyFetch, withRetries } from '../net/http.js';

export interface IssueComment {
  id: number;
  body: string;
  html_url?: string;
  user: { login: string; type: string } | null;
}

export interface GitHubClient {
  /** Every comment on an issue or PR, following pagination. */
  listIssueComments(owner: string, repo: string, issue: number): Promise<IssueComment[]>;
  createIssueComment(owner: string, repo: string, issue: number, body: string): Promise<IssueComment>;
  updateIssueComment(owner: string, repo: string, commentId: number, body: string): Promise<IssueComment>;
}

export class GitHubApiError extends Error {
  readonly code = 'GITHUB_API';
  constructor(
    readonly status: number,
    readonly method: string,
    readonly path: string,
    message: string,
  ) {
    super(`GitHub API ${method} ${path}: ${status} ${message}`.replace(/[\r\n]+/g, ' '));
    this.name = 'GitHubApiError';
  }
}

export interface RestClientOptions {
  apiUrl: string;
  token: string;
  /** The transport under Octokit; default the proxy-aware fetch of the network layer. */
  fetch?: typeof fetch;
  userAgent?: string;
  /** Most pages to read when listing (100 comments each). */
  maxPages?: number;
  /** Timeout and retry policy (tests shorten the waits). */
  net?: Omit<NetOptions, 'allowed' | 'maxBytes'>;
}

/**
 * Requests only to the API we were given: a `Link` header pointing elsewhere must not receive the
 * token.
 */
function sameOrigin(f: typeof fetch, origin: string): typeof fetch {
  return ((input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (new URL(url).origin !== origin) return Promise.reject(new Error(`refusing to send the token to ${new URL(url).origin}`));
    return f(input, init);
  }) as typeof fetch;
}

function apiError(e: unknown, method: string, path: string): Error {
  const err = e as { status?: number; message?: string; response?: { data?: { message?: unknown } } };
  if (typeof err?.status === 'number') {
    const m = err.response?.data?.message;
    return new GitHubApiError(err.status, method, path, (typeof m === 'string' ? m : (err.message ?? '')).slice(0, 200));
  }
  return new GitHubApiError(0, method, path, (e as Error)?.message ?? String(e));
}

export function createGitHubClient(opts: RestClientOptions): GitHubClient {
  const baseUrl = opts.apiUrl.replace(/\/+$/, '');
  const origin = new URL(baseUrl).origin;
  const octokit = getOctokit(opts.token, {
    baseUrl,
    userAgent: opts.userAgent ?? 'compute-receipt',
    request: { fetch: sameOrigin(withRetries(opts.fetch ?? proxyFetch, opts.net), origin) },
  });
  octokit.hook.before('request', (o) => {
    o.headers['x-github-api-version'] = '2022-11-28';
  });
  const maxPages = opts.maxPages ?? 50;
  const pick = (c: { id: number; body?: string; html_url?: string; user?: { login: string; type: string } | null }): IssueComment => ({
    id: c.id,
    body: c.body ?? '',
    html_url: c.html_url,
    user: c.user ? { login: c.user.login, type: c.user.type } : null,
  });
  return {
    async listIssueComments(owner, repo, issue) {
      const path = `/repos/${owner}/${repo}/issues/${issue}/comments`;
      try {
        let pages = 0;
        const all = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issue, per_page: 100 }, (res, done) => {
          if (++pages >= maxPages) done();
          return res.data;
        });
        return all.map(pick);
      } catch (e) {
        throw apiError(e, 'GET', path);
      }
    },
    async createIssueComment(owner, repo, issue, body) {
      try {
        return pick((await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body })).data);
      } catch (e) {
        throw apiError(e, 'POST', `/repos/${owner}/${repo}/issues/${issue}/comments`);
      }
    },
    async updateIssueComment(owner, repo, commentId, body) {
      try {
        return pick((await octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body })).data);
      } catch (e) {
        throw apiError(e, 'PATCH', `/repos/${owner}/${repo}/issues/comments/${commentId}`);
      }
    },
  };
}

export interface StickyTarget {
  owner: string;
  repo: string;
  issue: number;
  /** The hidden marker, the comment's first line. */
  marker: string;
  body: string;
}

/**
 * Create or update the one comment per job key. An existing comment counts only when it starts with
 * the marker and a bot wrote it, so a person pasting the marker cannot have their comment replaced.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  t: StickyTarget,
): Promise<{ action: 'created' | 'updated'; id: number; url: string | null }> {
  if (!t.body.startsWith(t.marker)) throw new TypeError('comment body must start with its marker');
  const comments = await client.listIssueComments(t.owner, t.repo, t.issue);
  const mine = comments.find((c) => c.user?.type === 'Bot' && typeof c.body === 'string' && c.body.startsWith(t.marker));
  if (mine) {
    const r = await client.updateIssueComment(t.owner, t.repo, mine.id, t.body);
    return { action: 'updated', id: r.id ?? mine.id, url: r.html_url ?? null };
  }
  const r = await client.createIssueComment(t.owner, t.repo, t.issue, t.body);
  return { action: 'created', id: r.id, url: r.html_url ?? null };
}
