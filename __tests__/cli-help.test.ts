// Help and terminal manners: every command's own help from its spec, `help CMD`, colour only on a
// terminal, plurals, --quiet, and non-evidence as bad input. In-process for the spec; end to end
// through the CLI bundle (dist/cli/index.js) for what a user types.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SPECS, helpRequest, helpText, optionsOf, overview, specFor } from '../src/cli/spec.js';
import { count, styleFor } from '../src/cli/style.js';

describe('command specs', () => {
  it.each(SPECS.map((s) => [s.name, s] as const))('%s --help lists every flag with its default and an example', (name, s) => {
    const argv = [...name.split(' '), '--help'];
    const h = helpRequest(argv);
    expect(h).toEqual({ text: helpText(s) });
    const text = (h as { text: string }).text;
    expect(text).toMatch(new RegExp(`^usage: compute-receipt ${name}`));
    for (const f of s.flags) {
      expect(text).toContain(`--${f.name}`);
      if (f.default) expect(text).toContain(`default ${f.default}`);
    }
    expect(s.examples.length).toBeGreaterThan(0);
    for (const e of s.examples) expect(text).toContain(e);
    // `help CMD` is the same text, and -h too.
    expect(helpRequest(['help', ...name.split(' ')])).toEqual(h);
    expect(helpRequest([...name.split(' '), '-h'])).toEqual(h);
  });

  it('the spec drives parsing: every flag is an option of its type', () => {
    for (const s of SPECS) {
      const o = optionsOf(s.name);
      expect(Object.keys(o).sort()).toEqual(s.flags.map((f) => f.name).sort());
      for (const f of s.flags) expect(o[f.name]!.type).toBe(f.value ? 'string' : 'boolean');
    }
  });

  it('every command the CLI dispatches has a spec (add one in src/cli/spec.ts for a new command)', () => {
    const src = readFileSync(join(__dirname, '..', 'src', 'cli', 'commands.ts'), 'utf8');
    const body = src.slice(src.indexOf('export async function runCommand'));
    const cases = [...body.slice(0, body.indexOf('default:')).matchAll(/case '([a-z-]+)':/g)].map((m) => m[1]!);
    expect(cases.length).toBeGreaterThan(5);
    for (const c of cases) expect(SPECS.some((s) => s.name === c || s.name.startsWith(c + ' ')), c).toBe(true);
  });

  it('flag names are unique per command', () => {
    for (const s of SPECS) expect(new Set(s.flags.map((f) => f.name)).size).toBe(s.flags.length);
  });

  it('help without a command, and help for a command group, and an unknown command', () => {
    expect(helpRequest(['help'])).toEqual({ text: overview() });
    expect(helpRequest(['--help'])).toEqual({ text: overview() });
    const ev = helpRequest(['help', 'evidence']) as { text: string };
    expect(ev.text).toContain('usage: compute-receipt evidence inspect F');
    expect(ev.text).toContain('usage: compute-receipt evidence verify F');
    expect(helpRequest(['evidence', '--help'])).toEqual(ev);
    expect(helpRequest(['help', 'nope'])).toEqual({ error: expect.stringContaining('unknown command "nope"') });
    expect(helpRequest(['nope', '--help'])).toEqual({ error: expect.stringContaining('unknown command "nope"') });
  });

  it('--help after -- is an argument, not a help request', () => {
    expect(helpRequest(['lint', '--', '--help'])).toBeNull();
    expect(helpRequest(['create', '--workload', 'm'])).toBeNull();
    expect(helpRequest([])).toBeNull();
  });

  it('the overview names every command', () => {
    const o = overview();
    for (const s of SPECS) expect(o).toContain(`  ${s.name.split(' ')[0]}`);
    expect(specFor('nope')).toBeUndefined();
  });
});

describe('terminal manners', () => {
  it.each([
    [{ isTTY: true }, {}, true],
    [{ isTTY: false }, {}, false],
    [{}, {}, false],
    [{ isTTY: true }, { NO_COLOR: '1' }, false],
    [{ isTTY: true }, { NO_COLOR: '' }, true],
    [{ isTTY: true }, { TERM: 'dumb' }, false],
  ] as const)('colour for %j with env %j: %s', (stream, env, rich) => {
    const st = styleFor(stream, env);
    expect(st.rich).toBe(rich);
    expect(st.ok('PASS') === 'PASS').toBe(!rich);
    if (rich) expect(st.bad('DENY')).toBe('\u001b[31mDENY\u001b[39m');
  });

  it.each([
    [0, 'file', undefined, '0 files'],
    [1, 'file', undefined, '1 file'],
    [2, 'file', undefined, '2 files'],
    [1, 'mismatch', 'mismatches', '1 mismatch'],
    [3, 'mismatch', 'mismatches', '3 mismatches'],
  ] as const)('count(%d, %s)', (n, w, p, want) => {
    expect(count(n, w, p)).toBe(want);
  });
});

const cli = join(__dirname, '..', 'dist', 'cli', 'index.js');

describe.skipIf(!existsSync(cli))('CLI help and manners (dist/cli/index.js)', () => {
  let work = '';
  const run = (args: string[], env: Record<string, string> = {}) => {
    const r = spawnSync(process.execPath, [cli, ...args], { cwd: work, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', ...env }, timeout: 60_000 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'cr-help-'));
    mkdirSync(join(work, 'one'));
    writeFileSync(join(work, 'one', 'a.txt'), 'a\n');
    writeFileSync(join(work, 'notes.txt'), 'these are not evidence\n');
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each(SPECS.map((s) => s.name))('%s --help exits 0 with its own help', (name) => {
    const r = run([...name.split(' '), '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(helpText(specFor(name)!));
    expect(run(['help', ...name.split(' ')]).stdout).toBe(r.stdout);
  });

  it('an unknown flag is one line that points at the command help', () => {
    const r = run(['create', '--nope']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('see compute-receipt create --help');
  });

  it('plurals: one file is "1 file"; --quiet prints the digest only; no colour in a pipe', () => {
    const r = run(['hash', 'one']);
    expect(r.stdout.split('\n')[0]).toMatch(/^sha256:[0-9a-f]{64} {2}1 file, 2 bytes$/);
    expect(r.stdout).not.toContain('\u001b[');
    const q = run(['hash', '--quiet', 'one']);
    expect(q.stdout).toMatch(/^sha256:[0-9a-f]{64}\n$/);
  });

  it.each(['inspect', 'verify'])('evidence %s on a file that is not evidence exits 2 naming it', (sub) => {
    const r = run(['evidence', sub, 'notes.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('"notes.txt" is not attestation evidence');
  });
});
