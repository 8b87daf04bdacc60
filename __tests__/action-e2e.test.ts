/**
 * End to end: the committed bundle `dist/index.js`, run the way the runner runs it — a child
 * process with INPUT_* variables (hyphens kept), GITHUB_STEP_SUMMARY, GITHUB_OUTPUT,
 * GITHUB_EVENT_PATH (a real pull_request payload) and GITHUB_API_URL pointing at a local HTTP
 * server on 127.0.0.1 that records every request.
 *
 * COMPUTE_RECEIPT_ACTION_BUNDLE may point at another bundle (for trying a build before committing).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHubApi } from './fixtures/action/api-server.js';

const root = resolve(fileURLToPath(import.meta.url), '..', '..');
const bundle = process.env['COMPUTE_RECEIPT_ACTION_BUNDLE'] ?? join(root, 'dist', 'index.js');
const haveBundle = existsSync(bundle);
if (!haveBundle) console.warn(`action e2e skipped: ${bundle} is missing; run \`npm run build\` (CI builds it and checks it is committed)`);
const cli = process.env['COMPUTE_RECEIPT_CLI_BUNDLE'] ?? join(root, 'dist', 'cli', 'index.js');
const haveCli = existsSync(cli);
if (haveBundle && !haveCli) console.warn(`action e2e: CLI replay skipped: ${cli} is missing; run \`npm run build\``);

const HOSTILE = ['<img src=x onerror=alert(1)>.bin', '@octocat.txt', '::set-output name=x::y', '| table | breaker |.txt', '`code`.md'];

interface RunResult {
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Parse the GITHUB_OUTPUT file (`name<<DELIM\nvalue\nDELIM`). */
function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

let api: FakeGitHubApi;
let ws: string;
let n = 0;

function workspace(): string {
  const d = mkdtempSync(join(tmpdir(), 'action-e2e-'));
  for (const sub of ['model', 'data', 'out', 'rt']) mkdirSync(join(d, sub));
  writeFileSync(join(d, 'model', 'weights.bin'), Buffer.alloc(4096, 7));
  writeFileSync(join(d, 'model', 'config.json'), '{"layers": 2}\n');
  writeFileSync(join(d, 'data', 'prompts.jsonl'), '{"p": "hello"}\n');
  for (const [i, name] of HOSTILE.entries()) writeFileSync(join(d, 'out', name), `output ${i}\n`);
  copyFileSync(fileURLToPath(new URL('./fixtures/action/pull_request.json', import.meta.url)), join(d, 'pull_request.json'));
  copyFileSync(fileURLToPath(new URL('./fixtures/action/pull_request_fork.json', import.meta.url)), join(d, 'pull_request_fork.json'));
  writeFileSync(
    join(d, 'must-have-tdx.yml'),
    'policy_id: must-have-tdx\nversion: 1\ndecision_ceiling: pass\nevidence:\n  required: [tdx]\n  on_missing: deny\ntdx:\n  debug: forbid\nbenchmark: context-only\n',
  );
  writeFileSync(join(d, 'broken-policy.yml'), 'policy_id: [unclosed\n');
  return d;
}

async function runAction(inputs: Record<string, string>, opts: { event?: string; job?: string; attempt?: string } = {}): Promise<RunResult> {
  const tag = String(++n);
  const summaryFile = join(ws, 'rt', `summary-${tag}.md`);
  const outputFile = join(ws, 'rt', `output-${tag}.txt`);
  writeFileSync(summaryFile, '');
  writeFileSync(outputFile, '');
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? ws,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_REPOSITORY: 'octo-org/ml',
    GITHUB_REPOSITORY_OWNER: 'octo-org',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: opts.attempt ?? tag,
    GITHUB_RUN_NUMBER: '17',
    GITHUB_JOB: opts.job ?? 'train',
    GITHUB_SHA: '1111111111111111111111111111111111111111',
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_WORKFLOW: 'ml',
    GITHUB_WORKFLOW_REF: 'octo-org/ml/.github/workflows/ml.yml@refs/pull/7/merge',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: join(ws, opts.event ?? 'pull_request.json'),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: api.url,
    ACTIONS_ID_TOKEN_REQUEST_URL: `${api.url}/_oidc/token?api-version=2.0`,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'id-token-request-token',
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_WORKSPACE: ws,
    RUNNER_TEMP: join(ws, 'rt'),
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    'INPUT_GITHUB-TOKEN': 'ghs_e2e_token',
    'INPUT_UPLOAD-ARTIFACT': 'false',
  };
  // The runner's naming: INPUT_ + name upper-cased, spaces to '_', hyphens kept.
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  const child = spawn(process.execPath, [bundle], { cwd: ws, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr.on('data', (b: Buffer) => (stdout += b.toString()));
  const code = await new Promise<number | null>((ok) => child.on('close', ok));
  return { code, stdout, outputs: parseOutputFile(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') };
}

const demo = { mode: 'create', workload: 'model', inputs: 'data', outputs: 'out', evidence: 'simulated', policy: 'demo', comment: 'true' };

describe.skipIf(!haveBundle)('dist/index.js on a pull_request event against a local API server', () => {
  beforeAll(async () => {
    api = await new FakeGitHubApi().start();
    ws = workspace();
    // A stand-in for GitHub's OIDC issuer: a test key, published to the verifier as a key-set file.
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    writeFileSync(join(ws, 'jwks.json'), JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'test', alg: 'RS256', use: 'sig' }] }));
    api.idToken = async (audience) =>
      new SignJWT({ repository: 'octo-org/ml', run_id: '4242', run_attempt: '90', sha: '1111111111111111111111111111111111111111', workflow_ref: 'octo-org/ml/.github/workflows/ml.yml@refs/pull/7/merge' })
        .setProtectedHeader({ alg: 'RS256', kid: 'test' })
        .setIssuer('https://token.actions.githubusercontent.com')
        .setAudience(audience ?? '')
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(privateKey);
  });
  afterAll(async () => {
    await api?.stop();
  });

  let firstCommentId = 0;

  it('create with the demo policy: outputs, summary, and one sticky comment', async () => {
    const r = await runAction(demo);
    expect(r.stdout).not.toMatch(/^::error::/m);
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ decision: 'pass', 'claim-tier': 'simulated', 'artifact-id': '', 'artifact-url': '' });
    expect(r.outputs['receipt-digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(r.outputs['workload-digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(r.outputs['output-digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(r.outputs['receipt-path']).toBe(join(ws, 'compute-receipt', 'receipt.json'));
    expect(r.outputs['allowed-claim']).toMatch(/^Simulated evidence only/);
    expect(existsSync(join(ws, 'compute-receipt', 'receipt.json'))).toBe(true);

    expect(r.summary).toContain('Compute receipt: PASS · simulated evidence, no hardware claim (self-appraised)');
    expect(r.summary).toContain('self-appraised by the attested job; replay with a separate verifier before relying on it');
    expect(r.summary).toContain('### 📊 Capacity (benchmark)');
    expect(r.summary).toContain('### 🔒 Runtime (attestation)');
    expect(r.summary).toContain('### 🧾 Job (digests)');
    expect(r.summary).toContain('<details');

    const writes = api.requests.filter((q) => q.method !== 'GET');
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatchObject({ method: 'POST', path: '/repos/octo-org/ml/issues/7/comments' });
    expect(writes[0]!.headers['authorization']).toBe('token ghs_e2e_token');
    const body = (writes[0]!.body as { body: string }).body;
    expect(body.startsWith('<!-- compute-receipt:octo-org/ml/.github/workflows/ml.yml#train:create -->\n')).toBe(true);
    expect(body).toContain('self-appraised by the attested job');
    expect(body.length).toBeLessThan(65_536);
    firstCommentId = api.comments.get(7)![0]!.id;
  });

  it('escapes hostile file names in the summary and runs none as a workflow command', async () => {
    const r = await runAction({ ...demo, comment: 'false' });
    expect(r.code).toBe(0);
    expect(r.summary).toContain('&lt;img src=x onerror=alert(1)&gt;.bin');
    expect(r.summary).not.toMatch(/<img/i);
    expect(r.summary).toContain('@\u200doctocat.txt');
    expect(r.summary).not.toMatch(/(^|[^A-Za-z0-9])@octocat/);
    expect(r.summary).toContain('\\| table \\| breaker \\|.txt');
    expect(r.summary).toContain('\\`code\\`.md');
    for (const line of r.summary.split('\n')) expect(line.trim()).not.toMatch(/^::/);
    expect(r.stdout).not.toMatch(/^::set-output/m);
  });

  it('a second run (a re-run attempt) updates the same comment in place', async () => {
    const before = api.requests.length;
    const r = await runAction(demo);
    expect(r.code).toBe(0);
    const writes = api.requests.slice(before).filter((q) => q.method !== 'GET');
    expect(writes).toEqual([expect.objectContaining({ method: 'PATCH', path: `/repos/octo-org/ml/issues/comments/${firstCommentId}` })]);
    expect(api.comments.get(7)).toHaveLength(1);
  });

  it('a denying policy fails the gate and names the decision and the checks', async () => {
    const r = await runAction({ ...demo, evidence: 'none', policy: 'must-have-tdx.yml', comment: 'false', receipt: 'denied' });
    expect(r.code).toBe(1);
    expect(r.outputs['decision']).toBe('deny');
    expect(r.outputs['claim-tier']).toBe('denied');
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^::error::compute-receipt: decision deny \(fail-on deny\): denied by evidence\.required/);
    expect(r.summary).toContain('Compute receipt: DENY');
  });

  it('record-only holds, and fail-on: hold fails on it', async () => {
    const r = await runAction({ ...demo, evidence: 'none', policy: 'record-only', comment: 'false', receipt: 'held', 'fail-on': 'hold' });
    expect(r.code).toBe(1);
    expect(r.outputs['decision']).toBe('hold');
    expect(r.stdout).toMatch(/^::error::compute-receipt: decision hold \(fail-on hold\)/m);
  });

  it('a fork PR does not comment, warns, and does not fail', async () => {
    const before = api.requests.length;
    const r = await runAction(demo, { event: 'pull_request_fork.json' });
    expect(r.code).toBe(0);
    expect(api.requests.slice(before).filter((q) => q.method !== 'GET')).toEqual([]);
    expect(r.stdout).toMatch(/^::warning::compute-receipt: PR comment skipped: this pull request comes from a fork/m);
    expect(r.outputs['decision']).toBe('pass');
  });

  it('verify replays the receipt in a separate job with its own policy and comments under its own key', async () => {
    const before = api.requests.length;
    const r = await runAction({ mode: 'verify', receipt: 'compute-receipt', policy: 'demo', outputs: 'out' }, { job: 'verify' });
    expect(r.stdout).not.toMatch(/^::error::/m);
    expect(r.code).toBe(0);
    expect(r.outputs['decision']).toBe('pass');
    expect(r.summary).toContain('Compute receipt: PASS · simulated evidence, no hardware claim (verified)');
    expect(r.summary).toContain('Replay: no mismatch');
    expect(r.summary).not.toContain('self-appraised by the attested job');
    const post = api.requests.slice(before).find((q) => q.method === 'POST')!;
    expect((post.body as { body: string }).body).toContain('<!-- compute-receipt:octo-org/ml/.github/workflows/ml.yml#verify:verify -->');
  });

  it('oidc: true binds a GitHub OIDC token that the verifier checks against a key-set file', async () => {
    const c = await runAction({ ...demo, comment: 'false', oidc: 'true', receipt: 'with-oidc' }, { attempt: '90' });
    expect(c.code).toBe(0);
    const receipt = JSON.parse(readFileSync(join(ws, 'with-oidc', 'receipt.json'), 'utf8')) as { binding: { oidc_token_digest: string | null } };
    expect(receipt.binding.oidc_token_digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(existsSync(join(ws, 'with-oidc', 'oidc-token.jwt'))).toBe(true);
    expect(api.requests.some((q) => q.path === '/_oidc/token' && q.query['audience'] === 'compute-receipt')).toBe(true);

    const v = await runAction({ mode: 'verify', receipt: 'with-oidc', policy: 'demo', 'oidc-jwks': 'jwks.json', comment: 'false' }, { job: 'verify' });
    expect(v.code).toBe(0);
    expect(v.summary).toContain('OIDC token signed by https://token.actions.githubusercontent.com for octo-org/ml run 4242');

    const unkeyed = await runAction({ mode: 'verify', receipt: 'with-oidc', policy: 'demo', comment: 'false' }, { job: 'verify' });
    expect(unkeyed.code).toBe(0);
    expect(unkeyed.summary).toContain('OIDC token not verified: no key set');

    writeFileSync(join(ws, 'other-jwks.json'), JSON.stringify({ keys: [{ ...(await exportJWK((await generateKeyPair('RS256', { extractable: true })).publicKey)), kid: 'test', alg: 'RS256' }] }));
    const forged = await runAction({ mode: 'verify', receipt: 'with-oidc', policy: 'demo', 'oidc-jwks': 'other-jwks.json', comment: 'false' }, { job: 'verify' });
    expect(forged.code).toBe(1);
    expect(forged.summary).toContain('oidc\\_token');
  });

  it.skipIf(!haveCli)('the producer/verifier split replayed with the CLI: create in the Action, verify with dist/cli', async () => {
    const child = spawn(process.execPath, [cli, 'verify', 'compute-receipt', '--policy', 'demo', '--workload', 'model', '--inputs', 'data', '--outputs', 'out', '--expect-sha', '1111111111111111111111111111111111111111', '--json'], { cwd: ws, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    const code = await new Promise<number | null>((ok) => child.on('close', ok));
    expect(code).toBe(0);
    const r = JSON.parse(stdout) as { ok: boolean; decision: string; mismatches: unknown[] };
    expect(r).toMatchObject({ ok: true, decision: 'pass', mismatches: [] });
  });

  it('verify catches a changed output and fails the gate', async () => {
    writeFileSync(join(ws, 'out', '@octocat.txt'), 'tampered\n');
    const r = await runAction({ mode: 'verify', receipt: 'compute-receipt', policy: 'demo', outputs: 'out', comment: 'false' }, { job: 'verify' });
    expect(r.code).toBe(1);
    expect(r.outputs['decision']).toBe('deny');
    expect(r.stdout).toMatch(/^::error::compute-receipt: decision deny \(fail-on hold\): denied by .*replay\.integrity/m);
    expect(r.summary).toContain('### Replay mismatches');
  });

  it.each([
    [{ mode: 'produce' }, /input mode must be one of create, verify, lint/],
    [{ ...demo, 'fail-on': 'sometimes' }, /input fail-on must be one of deny, hold, never/],
    [{ ...demo, outputs: 'no-such-dir', comment: 'false' }, /no-such-dir/],
    [{ ...demo, policy: 'broken-policy.yml', comment: 'false' }, /broken-policy\.yml/],
  ])('bad input %j fails the gate with one clear line', async (inputs, re) => {
    const r = await runAction(inputs as Record<string, string>);
    expect(r.code).toBe(1);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(re);
    expect(r.stdout).not.toMatch(/^\s+at /m);
  });
});
