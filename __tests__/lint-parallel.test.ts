// Linting a document part by part (and on worker threads) gives exactly lint()'s findings.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint, lintPart } from '../src/claims/lint/lint.js';
import { LintPool, PARALLEL_MIN_CHARS, lintWorkersFor } from '../src/claims/lint/parallel.js';
import { loadShippedRules } from '../src/claims/lint/shipped.js';
import { parseBlocks, splitInContext, splitPart } from '../src/claims/lint/split.js';

const root = join(__dirname, '..');
const cli = join(root, 'dist', 'cli', 'index.js');
const haveCli = existsSync(cli);

const sentences = ['corpus.jsonl', 'registers.jsonl'].flatMap((f) =>
  readFileSync(join(root, '__tests__/fixtures/claims', f), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { text: string }).text.replace(/\s+/g, ' ').trim()),
);

/**
 * Corpus sentences (about half of them overclaims) in every kind of Markdown block the splitter
 * reads: headings, soft-wrapped paragraphs, lists, tables (with a refuting header), code, quotes,
 * HTML, entities and escapes, and links to a reference defined at the end of the document.
 */
function corpusDoc(chars: number, eol = '\n'): string {
  const out: string[] = [];
  let size = 0;
  let k = 0;
  const next = (): string => sentences[k++ % sentences.length]!.replace(/([.!?])?$/, ` (ref ${k})$1`);
  const cell = (): string => next().replace(/\|/g, '\\|');
  for (let sec = 0; size < chars; sec++) {
    const block = [
      `## Section ${sec}: ${next()}`,
      '',
      `${next()} *${next()}*`,
      `See [the notes][notes] and \`npm run bench -- --n ${sec}\`. ${next()} &amp; \\*${sec}\\*.`,
      '',
      `- ${next()}`,
      `- **${next()}**`,
      `  ${next()}`,
      `1. ${next()}`,
      '',
      '| Provider | Result | Never say |',
      '|---|---|---|',
      `| P${sec} | ${cell()} | ${cell()} |`,
      `| Q${sec} | fastest everywhere | ${cell()} |`,
      '',
      '```text',
      next(),
      '```',
      '',
      `> ${next()} <!-- ${next()} -->`,
      '',
    ].join(eol);
    out.push(block);
    size += block.length;
  }
  out.push(`[notes]: https://example.com/notes "${next()}"`);
  return out.join(eol);
}

/** The project's own Markdown, repeated to at least `chars` characters. */
function docsDoc(chars: number): string {
  const files = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];
  const text = files.map((f) => readFileSync(join(root, f), 'utf8')).join('\n\n');
  let out = '';
  while (out.length < chars) out += text + '\n\n';
  return out;
}

const rules = loadShippedRules();

describe('linting part by part', () => {
  const docs: [string, string][] = [
    ['corpus document', corpusDoc(150_000)],
    ['corpus document, CRLF', corpusDoc(60_000, '\r\n')],
    ['the project docs', docsDoc(150_000)],
  ];

  it.each(docs)('%s: the parts give the sentences and findings of the whole', (_name, md) => {
    const whole = lint(md, rules);
    expect(whole.length).toBeGreaterThan(0);
    const sentences = splitInContext(md);
    for (const k of [1, 2, 7, 32]) {
      const doc = parseBlocks(md, k);
      const n = doc.cuts.length - 1;
      expect(n).toBe(k);
      const parts: ReturnType<typeof splitPart>[] = [];
      const found: ReturnType<typeof lint> = [];
      for (let i = 0; i < n; i++) {
        // Every part starts at a top-level block (never inside a table, list or quote).
        const first = doc.tokens[doc.cuts[i]!]!;
        expect([first.level, first.nesting === -1]).toEqual([0, false]);
        found.push(...lintPart(doc, i, rules));
      }
      // splitPart parses each part's inline content afresh.
      const again = parseBlocks(md, k);
      for (let i = 0; i < n; i++) parts.push(splitPart(again, i));
      expect(parts.flat()).toEqual(sentences);
      expect(found).toEqual(whole);
    }
  });

  it('gives a short document one part, and no empty parts', () => {
    const doc = parseBlocks('The benchmark proves the job ran.\n', 16);
    expect(doc.cuts).toEqual([0, doc.tokens.length]);
    expect(lintPart(doc, 0, rules).map((f) => f.rule)).toEqual(lint('The benchmark proves the job ran.\n', rules).map((f) => f.rule));
  });
});

describe('how many lint workers', () => {
  it.each([
    // characters, CPUs, load average, workers
    [PARALLEL_MIN_CHARS - 1, 8, 0, 0],
    [PARALLEL_MIN_CHARS, 1, 0, 0],
    [PARALLEL_MIN_CHARS, 2, 0, 1],
    [1_000_000, 2, 0.5, 1],
    [1_000_000, 2, 1.2, 0],
    [1_000_000, 2, 3, 0],
    [1_000_000, 16, 0, 3],
    [1_000_000, 16, 14.6, 0],
    [100_000_000, 64, 0, 7],
    [100_000_000, 8, 4, 3],
    [100_000_000, 8, 4.6, 2],
  ])('%i characters on %i CPUs, load %d: %i', (chars, cpus, load, n) => {
    expect(lintWorkersFor(chars, { cpus, load })).toBe(n);
  });

  it.each([
    [1, 0],
    [2, 1],
    [3, 2],
    [100, 3],
  ])('--threads %i: %i workers (1 MB, 16 busy CPUs)', (threads, n) => {
    expect(lintWorkersFor(1_000_000, { cpus: 16, threads, load: 40 })).toBe(n);
  });
});

describe.skipIf(!haveCli)('lint workers (the CLI bundle as worker entry)', () => {
  const md = corpusDoc(200_000);
  const whole = lint(md, rules);

  it('a worker alone reads every part: the findings of lint()', async () => {
    const pool = new LintPool(cli, 1, rules, { mainTakesParts: false });
    try {
      expect(await pool.lint(md)).toEqual(whole);
      expect(pool.partsByWorkers).toBe(parseBlocks(md, 16).cuts.length - 1);
    } finally {
      await pool.close();
    }
  });

  it('two workers and this thread together: the findings of lint(), twice in a row', async () => {
    const pool = new LintPool(cli, 2, rules);
    try {
      expect(await pool.lint(md)).toEqual(whole);
      expect(await pool.lint(md.slice(0, 100_000))).toEqual(lint(md.slice(0, 100_000), rules));
    } finally {
      await pool.close();
    }
  });

  it('user rules travel to the workers', async () => {
    // The same rules as a fresh object: not the shipped rule set, so they are sent along.
    const custom = { ...rules };
    const pool = new LintPool(cli, 1, custom, { mainTakesParts: false });
    try {
      expect(await pool.lint(md)).toEqual(lint(md, custom));
    } finally {
      await pool.close();
    }
  });

  it('parts a failed worker took are read on this thread', async () => {
    const pool = new LintPool(join(root, '__tests__', 'fixtures', 'no-such-entry.js'), 1, rules, { mainTakesParts: false });
    try {
      expect(await pool.lint(md)).toEqual(whole);
      expect(pool.partsByWorkers).toBe(0);
    } finally {
      await pool.close();
    }
  });

  describe('through `lint --json`', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lint-parallel-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('a document large enough for workers gives the findings of lint()', () => {
      const big = corpusDoc(PARALLEL_MIN_CHARS + 50_000);
      const file = join(dir, 'big.md');
      writeFileSync(file, big);
      // --threads 2: a worker and the main thread (on a machine with two CPUs or more), however busy.
      const r = spawnSync(process.execPath, [cli, 'lint', '--json', '--threads', '2', file], { encoding: 'utf8', maxBuffer: 1 << 28, timeout: 120_000 });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(1);
      const expected = lint(big, rules).map((f) => ({ category: f.category, rule: f.rule, sentence: f.sentence, rewrite: f.rewrite, why: f.why, line: f.line, file }));
      expect(expected.length).toBeGreaterThan(100);
      expect(r.stdout).toBe(JSON.stringify({ findings: expected }, null, 2) + '\n');
      // --threads 1 (no workers) and the default: the same output.
      for (const extra of [['--threads', '1'], []]) {
        const other = spawnSync(process.execPath, [cli, 'lint', '--json', ...extra, file], { encoding: 'utf8', maxBuffer: 1 << 28, timeout: 120_000 });
        expect([other.status, other.stdout]).toEqual([1, r.stdout]);
      }
    });

    it.each(['0', '-1', 'two', '1.5', ''])('--threads %j is refused in one line (exit 2)', (n) => {
      const r = spawnSync(process.execPath, [cli, 'lint', '--threads', n], { input: 'The benchmark proves the job ran.\n', encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('--threads');
    });
  });
});
