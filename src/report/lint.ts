import { assemble, codeUnits, utf8Bytes } from './assemble.js';
import { clamp, codeText, md } from './escape.js';
import { COMMENT_LIMIT_CHARS, SUMMARY_LIMIT_BYTES, commentMarker } from './summary.js';

/** One flagged sentence, with where it came from (a file path or `pull request body`). */
export interface LintFindingView {
  source: string;
  line: number;
  category: string;
  rule: string;
  sentence: string;
  rewrite: string;
  why: string;
}

function findingsTable(findings: LintFindingView[], max: number): string {
  const shown = findings.slice(0, max);
  const rows = shown.map(
    (f) =>
      `| ~~${md(f.sentence, 500)}~~ | ${codeText(clamp(f.source, 200))}:${f.line} | \`${/^[a-z-]+$/.test(f.category) ? f.category : 'other'}\` | ${md(f.rewrite, 500)} | ${md(f.why, 500)} |`,
  );
  const more = findings.length > shown.length ? `\n\n<sub>${findings.length - shown.length} more findings not shown.</sub>` : '';
  return ['| Sentence | Where | Category | Rewrite | Why |', '| --- | --- | --- | --- | --- |', ...rows].join('\n') + more;
}

function sections(findings: LintFindingView[], checked: string[], max: number) {
  const head =
    findings.length === 0
      ? `## ✅ Claim lint: no sentence flagged\n\nChecked: ${checked.length ? checked.map((c) => codeText(clamp(c, 200))).join(', ') : 'nothing'}.`
      : `## ❌ Claim lint: ${findings.length} sentence${findings.length === 1 ? '' : 's'} flagged\n\nEach flagged sentence makes a claim that the evidence cannot carry. Use the rewrite instead.`;
  return [
    { id: 'claim lint', markdown: head, priority: 'required' as const },
    { id: 'findings', markdown: findings.length ? findingsTable(findings, max) : '', priority: 1 },
  ];
}

/** The job summary for `mode: lint`. */
export function renderLintSummary(findings: LintFindingView[], checked: string[], limit = SUMMARY_LIMIT_BYTES): string {
  return assemble(sections(findings, checked, 1000), { limit, measure: utf8Bytes }).markdown;
}

/** The sticky PR comment for `mode: lint`. */
export function renderLintComment(findings: LintFindingView[], checked: string[], jobKey: string, limit = COMMENT_LIMIT_CHARS): string {
  return assemble(sections(findings, checked, 100), { limit, measure: codeUnits, prefix: commentMarker(jobKey) + '\n' }).markdown;
}
