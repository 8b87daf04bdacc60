// create --out never deletes what compute-receipt did not write (docs/safety.md, "The output
// directory"): the output may not be the working directory, a parent of it, or be, contain or lie
// inside a hashed path; it may not be a symlink; an existing directory is replaced only when its
// written-file list names everything in it; leftovers of killed runs are cleaned, and only those.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STAGING_MARK, WRITTEN_LIST, checkOutPath, cleanLeftovers, writeReceiptDir, type OutGuard } from '../src/receipt/write.js';
import { InputError } from '../src/util/errors.js';

let base = '';
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'cr-out-'));
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

const files = [
  { path: 'binding.json', bytes: '{}' },
  { path: 'evidence/0-tdx-quote.bin', bytes: new Uint8Array([1, 2, 3]) },
];

async function refusal(p: Promise<unknown>): Promise<InputError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(InputError);
  return e as InputError;
}

function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).sort();
}

describe('writeReceiptDir: replacing an existing directory', () => {
  it('records every file it wrote, and replaces its own directory whole', async () => {
    const out = join(base, 'out');
    await writeReceiptDir(out, files, '{"r":1}');
    const list = JSON.parse(readFileSync(join(out, WRITTEN_LIST), 'utf8')) as { files: string[] };
    expect(list.files).toEqual([WRITTEN_LIST, 'binding.json', 'evidence/0-tdx-quote.bin', 'receipt.json']);
    await writeReceiptDir(out, [{ path: 'other.json', bytes: '2' }], '{"r":2}');
    expect(tree(out)).toEqual([WRITTEN_LIST, 'other.json', 'receipt.json']);
    expect(readdirSync(base)).toEqual(['out']);
  });

  it.each([
    ['a file at the top', 'notes.txt'],
    ['a file inside evidence/', 'evidence/notes.txt'],
    ['a directory of its own', 'mine'],
  ])('refuses a receipt directory holding %s, naming it, and changes nothing', async (_what, foreign) => {
    const out = join(base, 'out');
    await writeReceiptDir(out, files, '{"r":1}');
    if (foreign === 'mine') mkdirSync(join(out, 'mine'));
    else writeFileSync(join(out, foreign), 'precious');
    const before = tree(out);
    const e = await refusal(writeReceiptDir(out, files, '{"r":2}', { shown: 'out' }));
    expect(e.code).toBe('OUT_UNSAFE');
    expect(e.message).toContain(`--out "out" holds "${foreign}", which compute-receipt did not write`);
    expect(tree(out)).toEqual(before);
    expect(readFileSync(join(out, 'receipt.json'), 'utf8')).toBe('{"r":1}');
    expect(readdirSync(base)).toEqual(['out']);
  });

  it('refuses a directory with a receipt.json but no list of written files (not known to be ours)', async () => {
    const out = join(base, 'repo');
    mkdirSync(join(out, '.git'), { recursive: true });
    writeFileSync(join(out, 'receipt.json'), '{}');
    writeFileSync(join(out, 'train.py'), 'print(1)');
    const e = await refusal(writeReceiptDir(out, files, '{}', { shown: 'repo' }));
    expect(e).toMatchObject({ code: 'OUT_UNSAFE', message: expect.stringContaining('holds ".git"') });
    expect(tree(out)).toEqual(['.git', 'receipt.json', 'train.py']);
  });

  it('writes into an empty directory', async () => {
    const out = join(base, 'empty');
    mkdirSync(out);
    await writeReceiptDir(out, files, '{}');
    expect(existsSync(join(out, 'receipt.json'))).toBe(true);
  });

  it('refuses file paths that would leave the directory', async () => {
    await expect(writeReceiptDir(join(base, 'o'), [{ path: '../x', bytes: '' }], '{}')).rejects.toThrow(/bad file path/);
    await expect(writeReceiptDir(join(base, 'o'), [{ path: 'receipt.json', bytes: '' }], '{}')).rejects.toThrow(/bad file path/);
    expect(readdirSync(base)).toEqual([]);
  });
});

describe('checkOutPath', () => {
  it('refuses a symlinked --out, dangling or not, and leaves what it points to alone', async () => {
    mkdirSync(join(base, 'real'));
    writeFileSync(join(base, 'real', 'keep'), 'x');
    symlinkSync(join(base, 'real'), join(base, 'link'));
    symlinkSync(join(base, 'nowhere'), join(base, 'dangling'));
    const e1 = await refusal(writeReceiptDir(join(base, 'link'), files, '{}', { shown: 'link' }));
    expect(e1).toMatchObject({ code: 'OUT_UNSAFE', message: '--out "link" is a symlink; give a directory path that is not a symlink' });
    const e2 = await refusal(writeReceiptDir(join(base, 'dangling'), files, '{}', { shown: 'dangling' }));
    expect(e2.message).toBe('--out "dangling" is a symlink that points to nothing; give a directory path that is not a symlink');
    expect(tree(join(base, 'real'))).toEqual(['keep']);
    expect(existsSync(join(base, 'nowhere'))).toBe(false);
  });

  it('refuses a file, and a path through a file', () => {
    writeFileSync(join(base, 'f'), 'x');
    expect(() => checkOutPath(join(base, 'f'), 'f')).toThrow(/--out "f" exists and is not a directory/);
    expect(() => checkOutPath(join(base, 'f', 'sub'), 'f/sub')).toThrow(/a part of it is not a directory/);
    expect(() => checkOutPath('', '')).toThrow(/empty path/);
  });

  describe('with the working directory and hashed paths', () => {
    let guard: OutGuard;
    beforeEach(() => {
      for (const d of ['repo/model', 'repo/inputs', 'repo/outputs']) mkdirSync(join(base, d), { recursive: true });
      writeFileSync(join(base, 'repo', 'bench.json'), '{}');
      symlinkSync(join(base, 'repo', 'model'), join(base, 'alias'));
      const r = (p: string) => join(base, 'repo', p);
      guard = {
        cwd: join(base, 'repo'),
        hashed: [
          { flag: '--workload', path: r('model'), shown: 'model' },
          { flag: '--inputs', path: r('inputs'), shown: 'inputs' },
          { flag: '--outputs', path: r('outputs'), shown: 'outputs' },
          { flag: '--benchmark', path: r('bench.json'), shown: 'bench.json' },
        ],
      };
    });

    it.each([
      ['.', '', /is the working directory/],
      ['..', '..', /is a parent of the working directory/],
      ['/', '/', /is a parent of the working directory/],
      ['model', 'model', /is the hashed --workload path "model"/],
      ['model/receipt', 'model/receipt', /lies inside the hashed --workload path "model"/],
      ['outputs/sub/receipt', 'outputs/sub/receipt', /lies inside the hashed --outputs path "outputs"/],
      ['a symlinked alias inside the workload', '../alias/receipt', /lies inside the hashed --workload path "model"/],
    ])('refuses --out %s', (_n, rel, re) => {
      const out = rel.startsWith('/') ? rel : join(base, 'repo', rel);
      expect(() => checkOutPath(out, rel, guard)).toThrow(re);
      try {
        checkOutPath(out, rel, guard);
      } catch (e) {
        expect((e as InputError).code).toBe('OUT_UNSAFE');
      }
    });

    it('refuses an --out that contains a hashed path', () => {
      const g: OutGuard = { cwd: base, hashed: [{ flag: '--outputs', path: join(base, 'repo', 'outputs'), shown: 'repo/outputs' }] };
      expect(() => checkOutPath(join(base, 'repo'), 'repo', g)).toThrow(/--out "repo" contains the hashed --outputs path "repo\/outputs"/);
      const b: OutGuard = { cwd: base, hashed: [{ flag: '--benchmark', path: join(base, 'repo', 'bench.json'), shown: 'repo/bench.json' }] };
      expect(() => checkOutPath(join(base, 'repo'), 'repo', b)).toThrow(/contains the hashed --benchmark path/);
    });

    it('accepts an --out inside a hashed tree that --ignore leaves out (the receipt is not hashed)', () => {
      const g: OutGuard = { cwd: join(base, 'repo'), hashed: [{ flag: '--workload', path: join(base, 'repo'), shown: '.', ignore: ['compute-receipt/'] }] };
      expect(() => checkOutPath(join(base, 'repo', 'compute-receipt'), 'compute-receipt', g)).not.toThrow();
      expect(() => checkOutPath(join(base, 'repo', 'receipt'), 'receipt', g)).toThrow(/--out "receipt" lies inside the hashed --workload path "\."/);
      const w: OutGuard = { cwd: base, hashed: [{ flag: '--workload', path: join(base, 'repo', 'model'), shown: 'repo/model', ignore: ['./receipt'] }] };
      expect(() => checkOutPath(join(base, 'repo', 'model', 'receipt'), 'repo/model/receipt', w)).not.toThrow();
      expect(() => checkOutPath(join(base, 'repo', 'model', 'receipt2'), 'repo/model/receipt2', w)).toThrow(/lies inside the hashed --workload path/);
      const multi: OutGuard = { cwd: base, hashed: [{ flag: '--outputs', path: join(base, 'repo', 'outputs'), shown: 'repo/outputs', ignore: ['outputs/r'], prefixed: true }] };
      expect(() => checkOutPath(join(base, 'repo', 'outputs', 'r'), 'repo/outputs/r', multi)).not.toThrow();
    });

    it('accepts a directory of its own inside the working directory', () => {
      expect(() => checkOutPath(join(base, 'repo', 'compute-receipt'), 'compute-receipt', guard)).not.toThrow();
      expect(() => checkOutPath(join(base, 'repo', 'modelx'), 'modelx', guard)).not.toThrow();
    });
  });
});

describe('cleanLeftovers: only what killed runs of compute-receipt left', () => {
  const out = () => join(base, 'out');
  const leftover = (kind: 'staging' | 'old', tag = 'a1b2c3d4e5f6') => join(base, `.out.compute-receipt-${kind}-${tag}`);
  const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;
  const mark = (dir: string, pid: number, host = hostname()) =>
    writeFileSync(join(dir, STAGING_MARK), JSON.stringify({ written_by: 'compute-receipt', pid, host }));

  it('removes a staging directory whose writer is gone, keeps one whose writer is alive', async () => {
    mkdirSync(join(leftover('staging'), 'evidence'), { recursive: true });
    writeFileSync(join(leftover('staging'), 'evidence', 'big.bin'), 'x'.repeat(1000));
    mark(leftover('staging'), deadPid());
    mkdirSync(leftover('staging', '0000000000aa'));
    mark(leftover('staging', '0000000000aa'), process.pid);
    await cleanLeftovers(out());
    expect(readdirSync(base)).toEqual(['.out.compute-receipt-staging-0000000000aa']);
  });

  it('keeps a look-alike directory that holds no mark and no list', async () => {
    mkdirSync(leftover('staging'));
    writeFileSync(join(leftover('staging'), 'mine.txt'), 'x');
    mkdirSync(join(base, '.out.compute-receipt-staging-not-hex'));
    await cleanLeftovers(out());
    expect(readdirSync(base).sort()).toEqual(['.out.compute-receipt-staging-a1b2c3d4e5f6', '.out.compute-receipt-staging-not-hex']);
    expect(tree(leftover('staging'))).toEqual(['mine.txt']);
  });

  it('puts an old receipt directory back when --out is missing (a kill between the two renames)', async () => {
    await writeReceiptDir(out(), files, '{"r":1}');
    const { renameSync } = await import('node:fs');
    renameSync(out(), leftover('old'));
    await cleanLeftovers(out());
    expect(readdirSync(base)).toEqual(['out']);
    expect(readFileSync(join(out(), 'receipt.json'), 'utf8')).toBe('{"r":1}');
  });

  it('from an old directory beside a present --out, removes only the listed files', async () => {
    await writeReceiptDir(out(), files, '{"r":1}');
    const { cpSync } = await import('node:fs');
    cpSync(out(), leftover('old'), { recursive: true });
    writeFileSync(join(leftover('old'), 'evidence', 'mine.txt'), 'precious');
    await cleanLeftovers(out());
    expect(tree(leftover('old'))).toEqual(['evidence', 'evidence/mine.txt']);
    expect(existsSync(join(out(), 'receipt.json'))).toBe(true);
  });
});

// The same rules end to end, through the committed CLI bundle as users run it.
const cli = join(__dirname, '..', 'dist', 'cli', 'index.js');
describe.skipIf(!existsSync(cli))('create and hash refuse what would lose data or never verify (dist/cli/index.js)', () => {
  let repo = '';
  const run = (args: string[]) => {
    const r = spawnSync(process.execPath, [cli, ...args], {
      cwd: repo,
      encoding: 'utf8',
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '' },
      timeout: 60_000,
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const job = ['create', '--workload', 'model', '--inputs', 'inputs', '--outputs', 'outputs', '--evidence', 'none'];
  const oneLine = (r: { code: number | null; stderr: string }, re: RegExp) => {
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(re);
  };

  beforeEach(() => {
    repo = join(base, 'repo');
    for (const d of ['.git/objects', 'model', 'inputs', 'outputs', 'src']) mkdirSync(join(repo, d), { recursive: true });
    writeFileSync(join(repo, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    writeFileSync(join(repo, 'model', 'weights.bin'), 'weights');
    writeFileSync(join(repo, 'inputs', 'in.txt'), 'in');
    writeFileSync(join(repo, 'outputs', 'out.txt'), 'out');
    writeFileSync(join(repo, 'src', 'train.py'), 'print(1)');
    // An old receipt.json at the repository root: what made `--out .` delete the whole repository.
    writeFileSync(join(repo, 'receipt.json'), '{}');
  });

  it('--out . in a repository with an old receipt.json: exit 2, nothing deleted', () => {
    const before = tree(repo);
    oneLine(run([...job, '--out', '.']), /--out "\." is the working directory/);
    expect(tree(repo)).toEqual(before);
  });

  it.each([
    ['model', /--out "model" is the hashed --workload path "model"/],
    ['outputs/receipt', /--out "outputs\/receipt" lies inside the hashed --outputs path "outputs"/],
    ['..', /--out "\.\." is a parent of the working directory/],
  ])('--out %s: exit 2, one line, nothing written', (out, re) => {
    const before = tree(repo);
    oneLine(run([...job, '--out', out]), re);
    expect(tree(repo)).toEqual(before);
  });

  it('an old receipt directory with a file of the user: exit 2 naming it, the file kept', () => {
    expect(run([...job, '--out', 'receipt']).code).toBe(0);
    writeFileSync(join(repo, 'receipt', 'NOTES.md'), 'my notes');
    oneLine(run([...job, '--out', 'receipt']), /--out "receipt" holds "NOTES\.md", which compute-receipt did not write/);
    expect(readFileSync(join(repo, 'receipt', 'NOTES.md'), 'utf8')).toBe('my notes');
    rmSync(join(repo, 'receipt', 'NOTES.md'));
    expect(run([...job, '--out', 'receipt']).code).toBe(0);
    expect(readdirSync(repo).filter((n) => n.startsWith('.receipt.'))).toEqual([]);
  });

  it('a symlinked --out and a dangling one: exit 2, one line, the target untouched', () => {
    mkdirSync(join(repo, 'elsewhere'));
    writeFileSync(join(repo, 'elsewhere', 'keep.txt'), 'x');
    symlinkSync('elsewhere', join(repo, 'link'));
    symlinkSync('missing-dir', join(repo, 'dangling'));
    oneLine(run([...job, '--out', 'link']), /--out "link" is a symlink; give a directory path that is not a symlink/);
    oneLine(run([...job, '--out', 'dangling']), /--out "dangling" is a symlink that points to nothing/);
    expect(tree(join(repo, 'elsewhere'))).toEqual(['keep.txt']);
    expect(existsSync(join(repo, 'missing-dir'))).toBe(false);
  });

  it.each([
    [['create', '--workload', '', '--inputs', 'inputs', '--outputs', 'outputs', '--out', 'r'], /empty path given for --workload/],
    [['create', '--workload', 'model', '--inputs', 'inputs', '--outputs', 'outputs', '--out', ''], /empty path given for --out/],
    [['hash', ''], /empty path given for hash/],
    [['hash', 'model/weights.bin/'], /hash "model\/weights\.bin\/" ends with "\/" but is not a directory/],
    [['create', '--workload', 'model/weights.bin/', '--inputs', 'inputs', '--outputs', 'outputs', '--out', 'r'], /--workload "model\/weights\.bin\/" ends with "\/" but is not a directory/],
    [['create', '--workload', 'model', '--inputs', 'inputs/in.txt/.', '--outputs', 'outputs', '--out', 'r'], /--inputs "inputs\/in\.txt\/\." ends with "\/" but is not a directory/],
  ])('refuses a wrong path %j', (args, re) => {
    oneLine(run(args), re);
    expect(existsSync(join(repo, 'r'))).toBe(false);
  });

  it('a directory named with a trailing slash is still fine', () => {
    expect(run(['hash', 'model/']).code).toBe(0);
  });

  it('a YAML alias bomb in --policy names the file, exit 2', () => {
    const rows = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (const [p, c] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e']]) rows.push(`${p}: &${p} [${Array(9).fill(`*${c}`).join(',')}]`);
    writeFileSync(join(repo, 'bomb.yml'), rows.join('\n') + '\npolicy_id: bomb\n');
    oneLine(run([...job, '--out', 'r', '--policy', 'bomb.yml']), /^compute-receipt: .*policy "bomb\.yml": YAML aliases expand too far/);
  });
});
