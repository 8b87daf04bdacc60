// Findings keep their line on real Markdown: the claim linter parses CommonMark + GFM (markdown-it)
// before it splits sentences, so tables, lists, code, HTML and emphasis are what Markdown says they are.
import { describe, expect, it } from 'vitest';
import { lint, splitSentences } from '../src/claims/lint/index.js';

const at = (md: string): [string, number][] => lint(md).map((f) => [f.category, f.line]);
const lines = (md: string): [string, number][] => splitSentences(md).map((s) => [s.text, s.line]);

describe('claim linter on Markdown: lines of findings', () => {
  const doc = [
    'Release notes', //                                                         1
    '=============', //                                                         2
    '', //                                                                      3
    'Intro: all good. The tokens/s figure', //                                  4
    'confirms the batch finished.', //                                          5
    '', //                                                                      6
    '| Provider | Note |', //                                                  7
    '|:--|--:|', //                                                             8
    '| A | `the benchmark proves the job ran` |', //                            9
    '| B \\| C | Persistent storage survives lease termination. |', //          10
    '', //                                                                      11
    '- first item', //                                                          12
    '  - nested: attestation is fine', //                                      13
    '  - nested two, wrapped', //                                              14
    '    so the attested answer is correct.', //                                15
    '', //                                                                      16
    '        indented code in the item: the benchmark proves the job ran', //  17
    '', //                                                                      18
    '1. ordered', //                                                            19
    '2. One run on provider B was quicker, so provider B is always faster.', // 20
    '', //                                                                      21
    '~~~', //                                                                   22
    'The benchmark proves the job ran.', //                                     23
    '~~~', //                                                                   24
    '', //                                                                      25
    '> Quoted:', //                                                             26
    '> - A denial tells us nothing.', //                                       27
    '', //                                                                      28
    '<div>', //                                                                 29
    'The benchmark proves the job ran.', //                                     30
    '</div>', //                                                                31
    '', //                                                                      32
    'Text <!-- the benchmark', //                                               33
    'proves the job ran --> then *the throughput* **proves** the job ran.', //  34
    '', //                                                                      35
    '~~The benchmark proves the job ran.~~ Withdrawn above.', //                36
  ].join('\n');

  it('reports each finding on the line where its sentence starts', () => {
    expect(at(doc)).toEqual([
      ['benchmark-as-proof', 4],
      ['storage-durability', 10],
      ['attestation-as-correctness', 14],
      ['speed-superiority', 20],
      ['denial-as-nothing', 27],
      ['benchmark-as-proof', 33],
    ]);
  });

  it('keeps the same lines with CRLF line endings', () => {
    expect(at(doc.replace(/\n/g, '\r\n'))).toEqual(at(doc));
  });

  it('splits prose by Markdown structure and leaves code, HTML and struck text out', () => {
    const got = lines(doc);
    const texts = got.map(([t]) => t);
    expect(texts).not.toContain('The benchmark proves the job ran.');
    expect(texts.some((t) => t.includes('indented code'))).toBe(false);
    expect(got).toContainEqual(['Release notes', 1]);
    expect(got).toContainEqual(['B | C', 10]);
    expect(got).toContainEqual(['nested two, wrapped so the attested answer is correct.', 14]);
    expect(got).toContainEqual(['Withdrawn above.', 36]);
    expect(got).toContainEqual(['Text then the throughput proves the job ran.', 33]);
  });

  it('gives a table cell its row and the header of its column', () => {
    const md = '| Bad claim | Safer claim |\n|---|---|\n| The benchmark proves the job ran. | It gives capacity context. |\n\nAfter the table the benchmark proves the job ran.';
    expect(at(md)).toEqual([['benchmark-as-proof', 5]]);
  });

  it('does not read a pipe line without a delimiter row as a table, nor a link title as prose', () => {
    expect(lines('| a | b |')).toEqual([['| a | b |', 1]]);
    expect(lines('[x]: https://example.com "the benchmark proves the job ran"\n\nSee [x].')).toEqual([['See x.', 3]]);
  });

  it('offsets point into the original text', () => {
    const md = '# Title\n\n- item *one*. Item `two`\n  wraps.\n\n| a | b |\n|---|---|\n| cell text | more |';
    for (const s of splitSentences(md)) {
      const first = s.text.split(' ')[0]!;
      expect(md.slice(s.start, s.end).startsWith(first), `${s.text} @${s.start}`).toBe(true);
      expect(md.slice(0, s.start).split('\n').length).toBe(s.line);
    }
  });
});
