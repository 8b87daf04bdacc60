/**
 * A small GitHub REST client for the sticky PR comment, over `fetch` against GITHUB_API_URL (so it
 * works on GHES and against a local test server). Only the issue-comment endpoints are used:
 * `GET /user` is refused to GITHUB_TOKEN, so the bot's own comment is recognised by its marker and
 * by its author being a bot.
 */

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
  fetch?: typeof fetch;
  userAgent?: string;
  /** Most pages to read when listing (100 comments each). */
  maxPages?: number;
}

const enc = encodeURIComponent;

export function createGitHubClient(opts: RestClientOptions): GitHubClient {
  const f = opts.fetch ?? fetch;
  const base = opts.apiUrl.replace(/\/+$/, '');
  const origin = new URL(base).origin;
  const headers = {
    accept: 'application/vnd.github+json',
    authorization: `Bearer ${opts.token}`,
    'x-github-api-version': '2022-11-28',
    'user-agent': opts.userAgent ?? 'compute-receipt',
  };

  async function call(method: string, url: string, body?: unknown): Promise<Response> {
    const res = await f(url, {
      method,
      headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) {
      let msg = res.statusText;
      try {
        const j = (await res.json()) as { message?: unknown };
        if (typeof j.message === 'string') msg = j.message.slice(0, 200);
      } catch {
        /* not JSON */
      }
      throw new GitHubApiError(res.status, method, new URL(url).pathname, msg);
    }
    return res;
  }

  function nextLink(res: Response): string | null {
    const link = res.headers.get('link');
    if (!link) return null;
    for (const part of link.split(',')) {
      const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
      if (m) {
        // Never send the token anywhere but the API we were given.
        try {
          return new URL(m[1]!).origin === origin ? m[1]! : null;
        } catch {
          return null;
        }
      }
    }
    return null;
  }

  return {
    async listIssueComments(owner, repo, issue) {
      const out: IssueComment[] = [];
      let url: string | null = `${base}/repos/${enc(owner)}/${enc(repo)}/issues/${issue}/comments?per_page=100`;
      for (let page = 0; url && page < (opts.maxPages ?? 50); page++) {
        const res = await call('GET', url);
        const items = (await res.json()) as IssueComment[];
        if (!Array.isArray(items)) break;
        out.push(...items);
        url = nextLink(res);
      }
      return out;
    },
    async createIssueComment(owner, repo, issue, body) {
      const res = await call('POST', `${base}/repos/${enc(owner)}/${enc(repo)}/issues/${issue}/comments`, { body });
      return (await res.json()) as IssueComment;
    },
    async updateIssueComment(owner, repo, commentId, body) {
      const res = await call('PATCH', `${base}/repos/${enc(owner)}/${enc(repo)}/issues/comments/${commentId}`, { body });
      return (await res.json()) as IssueComment;
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
