import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/** The hardening rules of docs/action.md, checked on the shipped workflows and examples. */

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  'runs-on': string | string[];
  if?: string;
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown> | string | string[];
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const OWN_ACTION = '<owner>/compute-receipt@<release-commit-sha>';
const files = [
  '.github/workflows/ci.yml',
  '.github/workflows/release.yml',
  ...readdirSync(new URL('../docs/examples/', import.meta.url))
    .filter((f) => f.endsWith('.yml'))
    .map((f) => `docs/examples/${f}`),
];
const load = (f: string) => parse(readFileSync(new URL(`../${f}`, import.meta.url), 'utf8')) as Workflow;

describe.each(files)('%s', (file) => {
  const wf = load(file);
  const jobs = Object.entries(wf.jobs);

  it('grants nothing by default and declares least permissions per job', () => {
    expect(wf.permissions).toEqual({});
    for (const [name, job] of jobs) expect(job.permissions, name).toBeDefined();
  });

  it('pins every action by commit SHA', () => {
    for (const [, job] of jobs) {
      for (const s of job.steps) {
        if (!s.uses) continue;
        expect(s.uses === './' || s.uses === OWN_ACTION || /^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/.test(s.uses), s.uses).toBe(true);
      }
    }
  });

  it('never uses pull_request_target', () => {
    expect(JSON.stringify(wf.on)).not.toContain('pull_request_target');
  });

  it('passes expressions to scripts through env:, never inline in run:', () => {
    for (const [, job] of jobs) for (const s of job.steps) if (s.run) expect(s.run, s.run).not.toContain('${{');
  });

  it('keeps fork code off self-hosted runners', () => {
    for (const [name, job] of jobs) {
      const labels = ([] as string[]).concat(job['runs-on']);
      if (labels.includes('self-hosted')) {
        expect(job.if, name).toMatch(/head\.repo\.full_name == github\.repository/);
        expect(labels, name).toContain('ephemeral');
      }
    }
  });

  it('checks out without persisting credentials', () => {
    for (const [, job] of jobs) {
      for (const s of job.steps) if (s.uses?.startsWith('actions/checkout@')) expect(s.with?.['persist-credentials']).toBe(false);
    }
  });
});

describe('examples', () => {
  const all = () => files.map((f) => [f, load(f)] as const);
  const steps = () => all().flatMap(([f, wf]) => Object.values(wf.jobs).flatMap((j) => j.steps.map((s) => [f, s] as const)));

  it('the verifier takes its policy from a file on the trusted branch and the producer needs no write permission', () => {
    const pv = load('docs/examples/producer-verifier.yml');
    expect(pv.jobs.train!.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    const verify = pv.jobs.verify!.steps.find((s) => s.with?.['mode'] === 'verify')!;
    expect(verify.with!['policy']).toBe('.github/compute-receipt/policy.yml');
    expect(pv.jobs.verify!['runs-on']).toBe('ubuntu-latest');
    expect(pv.jobs.verify!.steps[0]!.with!['ref']).toBe('${{ github.event.repository.default_branch }}');
  });

  it('the release gate verifies a receipt from another run', () => {
    const gate = load('docs/examples/release-gate.yml').jobs.gate!.steps.find((s) => s.with?.['mode'] === 'verify')!;
    expect(gate.with!['receipt-run-id']).toBeTruthy();
    expect(gate.with!['fail-on']).toBe('hold');
  });

  it('the fork pattern runs on workflow_run and checks out no PR code', () => {
    const wf = load('docs/examples/fork-pr.yml');
    expect(Object.keys(wf.on as object)).toEqual(['workflow_run']);
    const checkout = wf.jobs.comment!.steps.find((s) => s.uses?.startsWith('actions/checkout@'))!;
    expect(checkout.with!['ref']).toBeUndefined();
    expect(checkout.with!['sparse-checkout']).toBe('.github/compute-receipt');
  });

  it('signs with actions/attest: receipt as predicate, outputs as subjects', () => {
    const attest = steps().find(([, s]) => s.uses?.startsWith('actions/attest@'))![1];
    expect(attest.with).toMatchObject({ 'predicate-type': 'urn:compute-receipt:receipt:v1' });
    expect(String(attest.with!['predicate-path'])).toMatch(/receipt\.json$/);
    expect(String(attest.with!['subject-checksums'])).toMatch(/outputs\.SHA256SUMS$/);
  });

  it('ci.yml runs the tests, checks dist freshness and runs the action itself on the demo', () => {
    const ci = load('.github/workflows/ci.yml');
    const runs = Object.values(ci.jobs).flatMap((j) => j.steps.map((s) => s.run ?? '')).join('\n');
    expect(runs).toContain('npm test');
    expect(runs).toMatch(/npm run build[\s\S]*git diff --exit-code -- dist/);
    const own = Object.values(ci.jobs).flatMap((j) => j.steps.filter((s) => s.uses === './'));
    expect(own.map((s) => s.with!['mode'])).toEqual(['create', 'verify']);
    expect(own[0]!.with).toMatchObject({ evidence: 'simulated', policy: 'demo' });
  });
});

describe('release workflow', () => {
  const rel = load('.github/workflows/release.yml');
  const runs = (job: string) => rel.jobs[job]!.steps.map((s) => s.run ?? '').join('\n');

  it('runs on version tags only', () => {
    expect(rel.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } });
  });

  it('checks the tag against package.json, runs the tests and the dist freshness check before releasing', () => {
    expect(runs('check')).toMatch(/require\("\.\/package\.json"\)\.version/);
    expect(runs('check')).toContain('npm test');
    expect(runs('check')).toMatch(/npm run build[\s\S]*git diff --exit-code -- dist/);
    expect(rel.jobs.check!.permissions).toEqual({ contents: 'read' });
  });

  it('creates the release with notes from CHANGELOG.md and moves the major tag, with contents: write only there', () => {
    const release = rel.jobs.release as Job & { needs?: string };
    expect(release.needs).toBe('check');
    expect(release.permissions).toEqual({ contents: 'write' });
    expect(runs('release')).toContain('scripts/release-notes.mjs "$TAG"');
    expect(runs('release')).toContain('gh release create "$TAG" --verify-tag');
    expect(runs('release')).toMatch(/major="\$\{TAG%%\.\*\}"/);
    expect(runs('release')).toContain('git/refs/tags/$major');
  });
});

describe('dependabot', () => {
  it('updates npm packages and the pinned actions', () => {
    const d = parse(readFileSync(new URL('../.github/dependabot.yml', import.meta.url), 'utf8')) as { updates: { 'package-ecosystem': string }[] };
    expect(d.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
  });
});
