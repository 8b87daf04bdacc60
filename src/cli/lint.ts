// `compute-receipt lint`: the claim linter over files or standard input. Kept apart from the other
// commands so that linting (often run alone, on every PR) loads only the linter, markdown-it and the
// compiled rules: no evidence, crypto, receipt or policy code.
import { InputError } from '../util/errors.js';
import { READ_LIMITS, readStreamCapped } from '../util/read-file.js';
import { list, parse } from './args.js';
import { clean } from './clean.js';
import { out, readText } from './io.js';
import { optionsOf } from './spec.js';
import type { Finding } from '../claims/lint/engine.js';

async function readStdin(): Promise<string> {
  return (await readStreamCapped(process.stdin, { maxBytes: READ_LIMITS.claimText, what: 'text on standard input' })).toString('utf8');
}

/**
 * `entry`: the program's entry file, which lint workers run (see claims/lint/parallel.ts); without
 * it every document is linted on this thread.
 */
export async function cmdLint(argv: string[], entry?: string): Promise<number> {
  const { values: v, positionals } = parse('lint', argv, optionsOf('lint'), true);
  const threadsArg = v['threads'] as string | undefined;
  if (threadsArg !== undefined && !/^[1-9]\d{0,3}$/.test(threadsArg)) throw new InputError('USAGE', `--threads must be a whole number from 1 (got ${JSON.stringify(threadsArg)})`);
  // Only the linter and the shipped rules (compiled at build time) load; the YAML reader and its
  // schema only for user rule files.
  // The worker-thread module loads only when --threads asks for threads (without it, one thread).
  const [{ lint }, { loadShippedRules }, parallel] = await Promise.all([
    import('../claims/lint/lint.js'),
    import('../claims/lint/shipped.js'),
    threadsArg !== undefined && entry !== undefined ? import('../claims/lint/parallel.js') : undefined,
  ]);
  const ruleFiles = await Promise.all(list(v['rules']).map(async (f) => ({ source: f, text: await readText(f, 'claim rules file', READ_LIMITS.claimRules) })));
  const rules = ruleFiles.length ? (await import('../claims/struck.js')).claimRules(ruleFiles) : loadShippedRules();
  const inputs = positionals.length
    ? await Promise.all(positionals.map(async (f) => ({ file: f, text: await readText(f, 'file to lint', READ_LIMITS.claimText) })))
    : [{ file: '-', text: await readStdin() }];
  // Large documents are read by worker threads and this one together (same findings, in order).
  const min = parallel?.PARALLEL_MIN_CHARS ?? Infinity;
  const chars = inputs.reduce((n, i) => (i.text.length >= min ? n + i.text.length : n), 0);
  const workers = parallel ? parallel.lintWorkersFor(chars, { threads: Number(threadsArg) }) : 0;
  const pool = parallel && workers > 0 ? new parallel.LintPool(entry!, workers, rules) : undefined;
  const findings: (Finding & { file: string })[] = [];
  try {
    for (const i of inputs) {
      const found = pool && i.text.length >= min ? await pool.lint(i.text) : lint(i.text, rules);
      for (const f of found) findings.push({ ...f, file: i.file });
    }
  } finally {
    await pool?.close();
  }
  if (v['json']) {
    out(JSON.stringify({
      findings: findings.map((f) => ({
        category: f.category,
        rule: f.rule,
        sentence: f.sentence,
        rewrite: f.rewrite,
        why: f.why,
        line: f.line,
        ...(positionals.length ? { file: f.file } : {}),
      })),
    }, null, 2) + '\n');
  } else if (!v['quiet']) {
    for (const f of findings) {
      out(`${clean(f.file)}:${f.line}: ${f.category} (${f.rule}): ${clean(f.sentence)}\n  rewrite: ${clean(f.rewrite)}\n  why: ${clean(f.why)}\n`);
    }
    if (!findings.length) out('no overclaims found\n');
  }
  return findings.length ? 1 : 0;
}
