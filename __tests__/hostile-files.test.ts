// Hostile files given to every flag that names a file (issue: hangs and memory): a FIFO, /dev/zero,
// a socket-like non-file and an oversized file are refused with one line and exit 2, through the
// committed CLI bundle as users run it.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const cli = join(root, 'dist', 'cli', 'index.js');
const haveCli = existsSync(cli);
let work = '';

function run(args: string[]) {
  // The timeout only turns a hang into a failure (status null); nothing here asserts a duration.
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '' },
    timeout: 60_000,
    maxBuffer: 1024 * 1024,
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

const job = ['create', '--workload', 'model', '--inputs', 'inputs', '--outputs', 'outputs', '--evidence', 'none', '--out', 'receipt'];

/** [case name, argv with HOSTILE where the hostile path goes, what the message calls the file]. */
const FLAGS: [string, string[], RegExp][] = [
  ['create --policy', [...job, '--policy', 'HOSTILE'], /policy file/],
  ['create --benchmark', [...job, '--benchmark', 'HOSTILE'], /benchmark file/],
  ['create --claims', [...job, '--claims', 'HOSTILE'], /claims file/],
  ['create --claim-rules', [...job, '--claim-rules', 'HOSTILE'], /claim rules file/],
  ['create --certs', [...job, '--certs', 'HOSTILE'], /certificate file/],
  ['create --input-key-file', [...job, '--input-key-file', 'HOSTILE'], /input key file/],
  ['create --evidence file:', [...job.slice(0, -4), '--out', 'receipt', '--evidence', 'file:HOSTILE'], /evidence file/],
  ['lint FILE', ['lint', 'HOSTILE'], /file to lint/],
  ['lint --rules', ['lint', '--rules', 'HOSTILE', 'notes.md'], /claim rules file/],
  ['evidence inspect', ['evidence', 'inspect', 'HOSTILE'], /evidence file/],
  ['evidence verify', ['evidence', 'verify', 'HOSTILE'], /evidence file/],
  ['evidence verify --certs', ['evidence', 'verify', '--certs', 'HOSTILE', 'notes.md'], /certificate file/],
  ['verify RECEIPT', ['verify', '--policy', 'record-only', 'HOSTILE'], /receipt/],
  ['verify --policy', ['verify', '--policy', 'HOSTILE', 'good'], /policy file/],
  ['verify --input-key-file', ['verify', '--policy', 'record-only', '--input-key-file', 'HOSTILE', 'good'], /input key file/],
  ['verify --oidc-jwks', ['verify', '--policy', 'record-only', '--oidc-jwks', 'HOSTILE', 'good'], /key-set file/],
];

describe.skipIf(!haveCli)('hostile files given to file flags (dist/cli/index.js)', () => {
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'cr-hostile-'));
    for (const d of ['model', 'inputs', 'outputs']) mkdirSync(join(work, d));
    writeFileSync(join(work, 'model', 'w.bin'), 'weights');
    writeFileSync(join(work, 'inputs', 'in.txt'), 'in');
    writeFileSync(join(work, 'outputs', 'out.txt'), 'out');
    writeFileSync(join(work, 'notes.md'), 'plain notes\n');
    execFileSync('mkfifo', [join(work, 'fifo.yml')]);
    // A 500 MB file that takes no disk: the cap must refuse it by its size, not after reading it.
    const fd = openSync(join(work, 'huge.json'), 'w');
    ftruncateSync(fd, 500 * 1024 * 1024);
    closeSync(fd);
    // Small on disk, but 300,001 values: a schema check of it would build an issue per value.
    writeFileSync(join(work, 'wide.json'), `{"schema_version":"compute-receipt/v1","x":[${'0,'.repeat(300_000)}0]}`);
    const made = run(['create', '--workload', 'model', '--inputs', 'inputs', '--outputs', 'outputs', '--evidence', 'none', '--out', 'good']);
    expect(made.code, made.stderr).toBe(0);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const cases = FLAGS.flatMap(([name, argv, what]) => [
    [`${name} FIFO`, argv.map((a) => a.replace('HOSTILE', 'fifo.yml')), what, /FIFO/] as const,
    [`${name} /dev/zero`, argv.map((a) => a.replace('HOSTILE', '/dev/zero')), what, /character device/] as const,
  ]);

  it.each(cases)('%s: exit 2, one line naming the file', (_name, argv, what, kind) => {
    const r = run([...argv]);
    expect(r.signal, 'the command hung').toBeNull();
    expect(r.code, r.stderr).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(what);
    expect(lines[0]).toMatch(kind);
    expect(lines[0]).toMatch(/fifo\.yml|\/dev\/zero/);
    expect(existsSync(join(work, 'receipt'))).toBe(false);
  });

  it.each([
    ['verify a 500 MB receipt.json', ['verify', '--policy', 'record-only', 'huge.json'], /receipt "huge.json" is larger than 64 MiB/],
    ['create --benchmark of 500 MB', [...job, '--benchmark', 'huge.json'], /benchmark file "huge.json" is larger than 64 MiB/],
    ['create --policy of 500 MB', [...job, '--policy', './huge.json'], /policy file ".\/huge.json" is larger than 1 MiB/],
    ['evidence inspect of 500 MB', ['evidence', 'inspect', 'huge.json'], /evidence file "huge.json" is larger than 64 MiB/],
    ['verify a receipt.json of 300,001 values', ['verify', '--policy', 'record-only', 'wide.json'], /receipt "wide.json" holds more than 250000 JSON values/],
  ])('%s is refused by its size or count', (_name, argv, re) => {
    const r = run(argv);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr.trim()).toMatch(re);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
