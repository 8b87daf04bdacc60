/**
 * Linting text with the claim rules: Markdown is split into sentences (split.ts), each is read by the
 * engine (engine.ts). This module and what it imports are all the `lint` command loads: no YAML or
 * schema library unless user rule files are given (parse-rules.ts).
 */
import { lintPlain, refutingHeader, type Finding } from './engine.js';
import type { ClaimRules } from './rules.js';
import { loadShippedRules } from './shipped.js';
import { splitInContext, splitPart, type BlockParse, type SentenceInContext } from './split.js';

/**
 * Lint Markdown (or plain text): at most one finding per sentence, in document order. A table row
 * whose cells pass one by one is read once more as a whole ("| Provider X | fastest everywhere |").
 * Cells under a header that refutes its column ("never says", "Bad claim") are quoted, not asserted.
 */
export function lint(markdown: string, rules: ClaimRules = loadShippedRules()): Finding[] {
  return lintInContext(splitInContext(markdown), rules);
}

/**
 * Part k of a document parsed by parseBlocks: the findings lint() gives for the sentences of that
 * part, since parts start at top-level blocks (a table lies in one part).
 */
export function lintPart(doc: BlockParse, k: number, rules: ClaimRules): Finding[] {
  return lintInContext(splitPart(doc, k), rules);
}

function lintInContext(all: SentenceInContext[], rules: ClaimRules): Finding[] {
  const out: Finding[] = [];
  const refuting = new Map<string, boolean>();
  const quoted = (h: string | undefined): boolean => {
    if (h === undefined) return false;
    let r = refuting.get(h);
    if (r === undefined) refuting.set(h, (r = refutingHeader(h, rules)));
    return r;
  };
  const sentences = all.filter((s) => !quoted(s.header));
  for (let i = 0; i < sentences.length; ) {
    const row = sentences[i]!.row;
    let j = i + 1;
    if (row !== undefined) while (j < sentences.length && sentences[j]!.row === row) j++;
    let hit = false;
    for (let k = i; k < j; k++) {
      const s = sentences[k]!;
      const f = lintPlain(s.text, rules);
      if (f) {
        out.push({ ...f, line: s.line });
        hit = true;
      }
    }
    if (!hit && j - i > 1) {
      const text = sentences.slice(i, j).map((s) => s.text).join(', ');
      const f = lintPlain(text, rules);
      if (f) out.push({ ...f, line: sentences[i]!.line });
    }
    i = j;
  }
  return out;
}

/** Lint one plain sentence (no Markdown handling); the finding's line is 1. */
export function lintSentence(sentence: string, rules: ClaimRules = loadShippedRules()): Finding | null {
  const f = lintPlain(sentence.replace(/\s+/g, ' ').trim(), rules);
  return f ? { ...f, line: 1 } : null;
}
