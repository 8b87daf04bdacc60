import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitHubApiError, createGitHubClient, upsertStickyComment } from '../src/action/github.js';
import { FakeGitHubApi } from './fixtures/action/api-server.js';

const marker = '<!-- compute-receipt:octo-org/ml/.github/workflows/ci.yml#verify:verify -->';
const bot = { login: 'github-actions[bot]', type: 'Bot' };
const human = { login: 'mallory', type: 'User' };

describe('GitHub REST client against a local API server', () => {
  let api: FakeGitHubApi;
  beforeEach(async () => {
    api = await new FakeGitHubApi().start();
  });
  afterEach(async () => {
    await api.stop();
  });
  const client = () => createGitHubClient({ apiUrl: api.url, token: 'ghs_test' });

  it('creates a comment when none is ours, with the token and API version headers', async () => {
    const r = await upsertStickyComment(client(), { owner: 'octo-org', repo: 'ml', issue: 7, marker, body: marker + '\nhello' });
    expect(r.action).toBe('created');
    const post = api.requests.find((q) => q.method === 'POST')!;
    expect(post.path).toBe('/repos/octo-org/ml/issues/7/comments');
    expect(post.body).toEqual({ body: marker + '\nhello' });
    expect(post.headers['authorization']).toBe('token ghs_test');
    expect(post.headers['x-github-api-version']).toBe('2022-11-28');
  });

  it('updates its own comment in place, found across pages', async () => {
    api.pageSize = 2;
    for (let i = 0; i < 5; i++) api.seed(7, `chatter ${i}`, human);
    const mine = api.seed(7, marker + '\nold', bot);
    const r = await upsertStickyComment(client(), { owner: 'octo-org', repo: 'ml', issue: 7, marker, body: marker + '\nnew' });
    expect(r).toMatchObject({ action: 'updated', id: mine.id });
    expect(api.requests.filter((q) => q.method === 'GET').length).toBe(3);
    const patch = api.requests.find((q) => q.method === 'PATCH')!;
    expect(patch.path).toBe(`/repos/octo-org/ml/issues/comments/${mine.id}`);
    expect(api.requests.some((q) => q.method === 'POST')).toBe(false);
    expect(api.comments.get(7)!.find((c) => c.id === mine.id)!.body).toBe(marker + '\nnew');
  });

  it('ignores a marker pasted by a person, or quoted mid-comment', async () => {
    const pasted = api.seed(7, marker + '\nplease update me', human);
    api.seed(7, '> ' + marker + '\nquoted by a bot', bot);
    const r = await upsertStickyComment(client(), { owner: 'octo-org', repo: 'ml', issue: 7, marker, body: marker + '\nreal' });
    expect(r.action).toBe('created');
    expect(api.comments.get(7)!.find((c) => c.id === pasted.id)!.body).toBe(marker + '\nplease update me');
  });

  it('reports a read-only token as a 403 GitHubApiError', async () => {
    api.writeStatus = 403;
    const e = await upsertStickyComment(client(), { owner: 'octo-org', repo: 'ml', issue: 8, marker, body: marker }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(GitHubApiError);
    expect((e as GitHubApiError).status).toBe(403);
    expect((e as Error).message).toContain('Resource not accessible by integration');
  });

  it('does not follow a pagination link to another host', async () => {
    const calls: string[] = [];
    const fakeFetch = (async (url: string | URL | Request) => {
      calls.push(String(url));
      return new Response('[]', { status: 200, headers: { 'content-type': 'application/json', link: '<https://evil.example/steal?page=2>; rel="next"' } });
    }) as typeof fetch;
    const e = await createGitHubClient({ apiUrl: 'https://ghes.example/api/v3', token: 't', fetch: fakeFetch })
      .listIssueComments('o', 'r', 1)
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(GitHubApiError);
    expect((e as Error).message).toContain('refusing to send the token to https://evil.example');
    expect(calls).toEqual(['https://ghes.example/api/v3/repos/o/r/issues/1/comments?per_page=100']);
  });
});
