// `compute-receipt lint`: the claim linter over files or standard input. Kept apart from the other
// commands so that linting (often run alone, on every PR) loads only the linter, markdown-it and the
// compiled rules: no evidence, crypto, receipt or policy code.
import { READ_LIMITS, readStreamCapped } from '../util/read-file.js';
import { list, parse } from './args.js';
import { clean } from './clean.js';
import { out, readText } from './io.js';
import { optionsOf } from './spec.js';

async function readStdin(): Promise<string> {
  return (await readStreamCapped(process.stdin, { maxBytes: READ_LIMITS.claimText, what: 'text on standard input' })).toString('utf8');
}

export async function cmdLint(argv: string[]): Promise<number> {
  const { values: v, positionals } = parse('lint', argv, optionsOf('lint'), true);
  // Only the linter and the shipped rules (compiled at build time) load; the YAML reader and its
  // schema only for user rule files.
  const [{ lint }, { loadShippedRules }] = await Promise.all([import('../claims/lint/lint.js'), import('../claims/lint/shipped.js')]);
  const ruleFiles = await Promise.all(list(v['rules']).map(async (f) => ({ source: f, text: await readText(f, 'claim rules file', READ_LIMITS.claimRules) })));
  const rules = ruleFiles.length ? (await import('../claims/struck.js')).claimRules(ruleFiles) : loadShippedRules();
  const inputs = positionals.length
    ? await Promise.all(positionals.map(async (f) => ({ file: f, text: await readText(f, 'file to lint', READ_LIMITS.claimText) })))
    : [{ file: '-', text: await readStdin() }];
  const findings = inputs.flatMap((i) => lint(i.text, rules).map((f) => ({ ...f, file: i.file })));
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
