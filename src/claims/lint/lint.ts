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
  // The sentences before this one in its paragraph (at most two) that passed alone and are not part
  // of a pair yet.
  let before: SentenceInContext[] = [];
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
    const s = sentences[i]!;
    if (hit || row !== undefined) before = [];
    else if (!s.follows) before = [s];
    else {
      // The sentence before, then the two before ("We ran one benchmark. A won. So A is faster.").
      let paired = false;
      for (let k = 1; k <= before.length && !paired; k++) {
        const from = before.slice(-k);
        // A question inside the run asks rather than states ("A won. Is it faster everywhere? Don't know.").
        if (from.slice(0, -1).some((x) => QUESTION_END.test(x.text))) continue;
        const first = from.map((x, n) => (n < from.length - 1 ? x.text.replace(/[.!]+$/, '') : x.text)).join('; ');
        const text = pairText(first, s.text);
        const f = text === null ? null : lintPlain(text, rules);
        if (f) {
          out.push({ ...f, sentence: [...from, s].map((x) => x.text).join(' '), line: from[0]!.line });
          paired = true;
        }
      }
      before = paired ? [] : [...before, s].slice(-2);
    }
    i = j;
  }
  return out;
}

/** The label of a question or its answer in a Q/A pair ("Q:", "A:"). */
const Q_LABEL = /^(?:q|question)\s*[:.)]\s*/i;
const A_LABEL = /^(?:a|answer)\s*[:.)]\s*/i;
const QUESTION_END = /\?+["'\u201d\u2019)\]*_]*$/;
/**
 * A sentence that goes on from the one before: it points back or concludes ("That shows ...",
 * "Therefore ...", "The job is therefore verified", "X is faster, period."), holds against it ("The
 * lease ended. The files are still there."), or has no subject of its own ("Means nothing.").
 */
const GOES_ON = new RegExp(
  '^(?:that|this|these|those|it|its|it\'s|which|so|therefore|thus|hence|consequently|ergo|meaning|means|proves|shows|confirms|tells|says)\\b' +
    '|\\b(?:therefore|thus|hence|consequently|ergo|simply|clearly|obviously|evidently|undeniably|period|hands down|no contest|full stop|end of story|case closed|still|anyway|regardless|nonetheless|nevertheless|either way|even so)\\b',
  'i',
);
/** A question answered yes or no ("Is the output right? Yes, ..."). */
const YES_NO = /^(?:is|are|was|were|do|does|did|can|could|will|would|should|shall|has|have|had|must|any)\b/i;
/** An answer that says yes. */
const YES = /^(?:yes|yep|yeah|yup|sure|absolutely|definitely|certainly|of course|correct|indeed|always|\u2705|\u2714|\u{1F44D})/iu;
/** An answer that says no, hedges or limits what it grants: it does not assert the question. */
const QUALIFIED =
  /\b(?:no|not|nope|nah|never|none|cannot|only|unless|if|may|might|maybe|perhaps|possibly|depends|but|except|though|although|however|need|needs|unclear|unknown|dont|doesnt|didnt|isnt|arent|cant|wont|idk|unsure|tbd)\b|n[\u2019']t\b/i;

/**
 * Two sentences of one paragraph read as one statement, or null when they are not one: a question
 * and an answer that grants it (the answer, then what it answers: "Q: Is the output right? A: Yes,
 * it was attested." reads "Yes, it was attested; so is the output right"), or a sentence and one
 * that goes on from it ("Accuracy was 0.91. That shows the job ran.", "One run on each. A is simply
 * the faster cloud.").
 */
function pairText(first: string, second: string): string | null {
  const q = first.replace(Q_LABEL, '');
  const answer = second.replace(A_LABEL, '');
  if (QUESTION_END.test(q)) {
    if (QUALIFIED.test(answer) || (YES_NO.test(q) && !YES.test(answer))) return null;
    return `${answer.replace(/[.!]+$/, '')}; so ${q.replace(QUESTION_END, '')}`;
  }
  if (!GOES_ON.test(answer)) return null;
  return `${q.replace(/[.!]+$/, '')}; ${answer}`;
}

/** Lint one plain sentence (no Markdown handling); the finding's line is 1. */
export function lintSentence(sentence: string, rules: ClaimRules = loadShippedRules()): Finding | null {
  const f = lintPlain(sentence.replace(/\s+/g, ' ').trim(), rules);
  return f ? { ...f, line: 1 } : null;
}
