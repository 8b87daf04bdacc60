// The install path a new user takes: `npx compute-receipt` from the package `npm pack` makes,
// installed into a temporary prefix with the network off. The CLI bundle (dist/cli/index.js) is
// self-contained (ncc), so installing it needs nothing from the registry.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

describe('package.json', () => {
  it('has no runtime dependencies: the bundles carry their code, so installing fetches nothing', () => {
    // A new library goes in devDependencies: ncc bundles it into dist/ (the Action and the CLI).
    expect(pkg.dependencies ?? {}, 'move runtime libraries to devDependencies (the bundles are self-contained)').toEqual({});
  });

  it('ships the CLI bundle as its bin', () => {
    expect(pkg.bin).toEqual({ 'compute-receipt': 'dist/cli/index.js' });
    expect(pkg.files).toContain('dist/cli/');
    expect(pkg.engines.node).toBe('>=20');
  });
});

function npm(args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  return spawnSync('npm', args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
}

const haveNpm = spawnSync('npm', ['--version'], { encoding: 'utf8' }).status === 0;
const haveCli = existsSync(join(root, 'dist', 'cli', 'index.js'));

describe.skipIf(!haveNpm || !haveCli)('npm pack, then npx compute-receipt offline in a temporary prefix', () => {
  let tmp = '';
  let env: NodeJS.ProcessEnv = {};
  let prefix = '';
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'cr-install-'));
    prefix = join(tmp, 'prefix');
    mkdirSync(prefix);
    // An empty cache and --offline: any registry fetch fails the install.
    env = { PATH: process.env['PATH'] ?? '', HOME: tmp, npm_config_cache: join(tmp, 'cache'), npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
    const packed = npm(['pack', '--pack-destination', tmp, '--ignore-scripts'], root, env);
    expect(packed.status, packed.stderr).toBe(0);
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('packs the CLI bundle and nothing from the sources', () => {
    const tgz = readdirSync(tmp).find((f) => f.endsWith('.tgz'))!;
    expect(tgz).toBe(`compute-receipt-${pkg.version}.tgz`);
    const list = execFileSync('tar', ['-tzf', join(tmp, tgz)], { encoding: 'utf8' }).split('\n');
    expect(list).toContain('package/dist/cli/index.js');
    expect(list.some((f) => f.startsWith('package/src/') || f.startsWith('package/__tests__/'))).toBe(false);
  });

  it('installs offline, and `npx compute-receipt` runs: --help, a command help, and the demo', () => {
    const tgz = join(tmp, `compute-receipt-${pkg.version}.tgz`);
    const inst = npm(['install', '--prefix', prefix, '--ignore-scripts', tgz], tmp, env);
    expect(inst.status, inst.stderr).toBe(0);
    const npx = (args: string[]) => spawnSync('npx', ['--offline', '--no-install', 'compute-receipt', ...args], { cwd: prefix, env, encoding: 'utf8', timeout: 120_000 });
    const help = npx(['--help']);
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toMatch(/^compute-receipt — /);
    const create = npx(['create', '--help']);
    expect(create.status).toBe(0);
    expect(create.stdout).toMatch(/^usage: compute-receipt create \[options\]/);
    const demo = npx(['demo']);
    expect(demo.status, demo.stderr).toBe(0);
    expect(demo.stdout).toContain('compute-receipt verify');
    expect(existsSync(join(prefix, 'compute-receipt-demo', 'receipt.json'))).toBe(true);
  });
});
