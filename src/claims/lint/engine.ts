/**
 * The claim-linter engine: one plain sentence in, at most one finding out.
 *
 * 1. Tokenise and stem (tokens.ts).
 * 2. Tag concepts: every pattern of every concept in policies/claims/*.yml is matched; concepts may
 *    refer to each other, so "@JOB_NOUN *3 @EVENT" finds "the batch clearly completed".
 * 3. Polarity: questions, refutations ("it is wrong to say ...") and reported speech that a later
 *    clause rebuts ("the vendor says X; it doesn't") clear the sentence; negation
 *    and hedge cues clear the element they scope over (a cue scopes over elements up to 8 tokens
 *    after it within the same comma clause; a cue right before an evidence source negates that
 *    source instead: "the receipt, not the benchmark, proves ..."). Optional concepts: a CONDITION
 *    ("if", "unless") hedges everything after it in its clause; a CLAUSE_BREAK ("because", "since")
 *    ends the clause a cue reaches over. A refuting word that is itself negated ("cannot be wrong")
 *    asserts rather than refutes.
 * 4. Rules: within a zone (the sentence cut at contrast words like "but"), a rule fires when its
 *    subject, claim and `also` groups co-occur un-negated (`context` groups anywhere in the sentence),
 *    no safe phrasing is present, and, for rules with links, a link joins them in the right direction with the subject as the evidence
 *    source nearest to the link. A link word used in another sense (LINK_FALSE: "so far", "make
 *    sure") is no link, and a link must share its semicolon clause with its subject or its claim.
 *    `except` drops claims, `not_subject` drops subjects ("denial-of-service", "Node.js").
 * Text of more than MAX_TOKENS tokens without a sentence end is analysed in pieces, which keeps the
 * work linear in the input.
 *
 * Speed: a sentence is analysed only for its live rules, those whose subject, claim and link could
 * occur (their first words are present, and every required element of one of their patterns is).
 * Concepts are matched on demand (match.ts), when first read: a piece is analysed only when some live
 * rule has all its groups, checked one at a time; concepts that absorb negation only when the
 * sentence has a negation or hedge cue. Results are remembered by sentence text (lintPlain). None of
 * this changes what is found.
 */
import { beginSentence, compile, conceptSpans, keyInfos, possible, spansAt, type Compiled, type KeyInfo, type Span } from './match.js';
import type { ClaimRules, LintCategory, RuleDef } from './rules.js';
import { tokenize, type Token } from './tokens.js';

export interface Finding {
  category: LintCategory;
  rule: string;
  sentence: string;
  rewrite: string;
  why: string;
  /** 1-based line where the sentence starts. */
  line: number;
}

/** Cues that concepts absorbing negation may absorb. */
const CUES = ['NEG', 'HEDGE', 'HEDGE_AFTER', 'CONDITION'];

// ---------------------------------------------------------------------------------------------
// Sentence analysis

const WINDOW_BEFORE = 8;
/** Negation cues that reach forward only ("finished without errors", "executed rather than cached"). */
const FORWARD_ONLY = new Set(['without', 'rather', 'instead', 'separately', 'separate', 'independently', 'independent', 'apart', 'regardless', 'irrespective', 'unrelated']);
/** Words that may stand between a negation and the source it negates ("not by the benchmark"). */
const SOURCE_LEAD = new Set(['by', 'from', 'via', 'through', 'with', 'on', 'the', 'its', 'their', 'our', 'a', 'an', 'any', 'this', 'that', 'those', 'these', 'some', 'even', 'just', 'only', 'merely', 'simply', 'single', 'one', 'every', 'each', 'mere']);

/** A sentence's concept matches by name, matched when first asked for (match.ts). */
interface Spans {
  get(name: string): Span[] | undefined;
}

interface Analysis {
  toks: Token[];
  spans: Spans;
  /** zone id per token: zones are cut by contrast words ("but", "however"). */
  zone: number[];
  /** scope id per token: scopes are cut by zones, commas and dashes; short parentheticals are skipped. */
  scope: number[];
  paren: boolean[];
  negCues: number[];
  /** Negation cues that may also reach back over what precedes them ("proves nothing"), unlike "without". */
  negCuesBack: number[];
  /** Negation cues inside a short comma-bracketed aside: they reach only what follows in that aside (", not S3,"). */
  parenNegCues: number[];
  hedgeCues: number[];
  /** Optional HEDGE_AFTER ("only if", "sometimes"): hedges what precedes it in its clause. */
  hedgeAfterCues: number[];
  condCues: number[];
  /** Token positions where a word that usually links evidence is used otherwise ("so far", "by means of"). */
  /** For each token inside a LINK_FALSE phrase, where the longest such phrase over it ends. */
  notLink: Map<number, number>;
  /** Semicolon-separated clause id per token: a link must share one with its subject or its claim. */
  semi: number[];
  sourceNegated: (s: Span) => boolean;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The current sentence's matches (beginSentence), valid until the next sentence begins. */
function spansFor(c: Compiled): Spans {
  return { get: (name) => conceptSpans(c, name) };
}

/** Analyse the sentence that beginSentence() began (toks: its tokens). */
function analyse(toks: Token[], c: Compiled): Analysis {
  const spans = spansFor(c);
  const n = toks.length;
  const contrastStarts = new Set((spans.get('CONTRAST') ?? []).map((s) => s.start));
  // Optional CLAUSE_BREAK ("because", "since"): a new clause, so a negation or hedge before it does
  // not reach past it ("we won't need S3 because the disk is durable").
  const breakStarts = new Set((spans.get('CLAUSE_BREAK') ?? []).map((s) => s.start));
  const zone = new Array<number>(n).fill(0);
  const scope = new Array<number>(n).fill(0);
  const paren = new Array<boolean>(n).fill(false);
  let z = 0;
  let sc = 0;
  for (let i = 0; i < n; i++) {
    const s = toks[i]!.surface;
    if (contrastStarts.has(i)) {
      z++;
      sc++;
    } else if (breakStarts.has(i)) {
      sc++;
    } else if (s === ';' || s === ',' || s === ':' || s === '(' || s === ')' || s === '\u2014' || s === '\u2013' || s === '|') {
      // A short comma-bracketed aside (", however fast,") does not cut the scope.
      if (s === ',') {
        let j = i + 1;
        while (j < n && j - i <= 5 && toks[j]!.surface !== ',' && toks[j]!.kind !== 'punct') j++;
        if (j < n && j - i <= 5 && j > i + 1 && toks[j]!.surface === ',') {
          for (let k = i; k <= j; k++) {
            paren[k] = true;
            zone[k] = z;
            scope[k] = sc;
          }
          i = j;
          continue;
        }
      }
      sc++;
    }
    zone[i] = z;
    scope[i] = sc;
  }

  // Concepts that absorb negation also absorb hedges ("should accept ... as proof", "may safely be
  // assumed"); they matter only when there is a cue to absorb, so they are matched only then.
  const absorbed = new Set<number>();
  if (CUES.some((name) => (spans.get(name)?.length ?? 0) > 0)) {
    c.order.forEach((concept, ci) => {
      if (!concept.absorbsNegation) return;
      for (const s of spansAt(c, ci)) for (let k = s.start; k < s.end; k++) absorbed.add(k);
    });
  }
  const falseNeg = new Set<number>();
  for (const s of spans.get('NEG_FALSE') ?? []) for (let k = s.start; k < s.end; k++) falseNeg.add(k);

  const sourceSpans: Span[] = [];
  for (const concept of c.order) if (concept.source) sourceSpans.push(...(spans.get(concept.name) ?? []));

  const negCues: number[] = [];
  // "X without Y", "X rather than Y", "X apart from Y": these cues negate what follows only.
  const forwardOnly = new Set<number>();
  const parenNegCues: number[] = [];
  const sourceCues: number[] = [];
  for (const s of spans.get('NEG') ?? []) {
    if (absorbed.has(s.start) || falseNeg.has(s.start)) continue;
    // "no benchmark", "not the benchmark": the cue negates the source, not the predicate.
    // "not by the benchmark", "not from its score": a preposition and a determiner may come between.
    let reach = s.end + 1;
    while (reach < n && reach <= s.end + 3 && SOURCE_LEAD.has(toks[reach - 1]!.surface)) reach++;
    const attached = sourceSpans.some((x) => x.start >= s.end && x.start < reach && zone[x.start] === zone[s.start]);
    if (FORWARD_ONLY.has(toks[s.start]!.surface)) forwardOnly.add(s.start);
    if (attached) sourceCues.push(s.start);
    else if (!paren[s.start]) negCues.push(s.start);
    else parenNegCues.push(s.start);
  }
  const hedgeCues = (spans.get('HEDGE') ?? []).map((s) => s.start).filter((i) => !paren[i] && !absorbed.has(i));
  const hedgeAfterCues = (spans.get('HEDGE_AFTER') ?? []).map((s) => s.start).filter((i) => !paren[i] && !absorbed.has(i));
  // Optional CONDITION ("if", "unless"): the whole clause it opens is hedged, however long.
  const condCues = (spans.get('CONDITION') ?? []).map((s) => s.start).filter((i) => !paren[i] && !absorbed.has(i));
  const sourceNegated = (s: Span): boolean => sourceCues.some((c0) => c0 < s.start && c0 >= s.start - 4);
  const notLink = new Map<number, number>();
  for (const s of spans.get('LINK_FALSE') ?? []) for (let k = s.start; k < s.end; k++) notLink.set(k, Math.max(notLink.get(k) ?? 0, s.end));
  const semi = new Array<number>(n).fill(0);
  for (let i = 0, k = 0; i < n; i++) {
    if (toks[i]!.surface === ';') k++;
    semi[i] = k;
  }
  return { toks, spans, zone, scope, paren, negCues, negCuesBack: negCues.filter((i) => !forwardOnly.has(i)), parenNegCues, hedgeCues, hedgeAfterCues, condCues, notLink, semi, sourceNegated };
}

/** A cue scopes over a span when it sits in the same clause, at most 8 tokens before it, or inside it. */
function cued(a: Analysis, cues: number[], s: Span, after: number): boolean {
  for (const c0 of cues) {
    // A cue right after the span ("faster, not" / "proves nothing") reaches back over no punctuation.
    if (c0 >= s.end && c0 <= s.end + after - 1 && a.scope[c0] === a.scope[s.end - 1] && !a.toks.slice(s.end, c0).some((t) => t.kind === 'punct')) return true;
    if (c0 >= s.start && c0 < s.end) return true;
    if (c0 < s.start && c0 >= s.start - WINDOW_BEFORE && a.scope[c0] === a.scope[s.start]) return true;
  }
  return false;
}

function negated(a: Analysis, s: Span): boolean {
  const inAside = (c0: number): boolean => {
    if (c0 >= s.start || c0 < s.start - WINDOW_BEFORE) return false;
    for (let k = c0; k < s.end; k++) if (!a.paren[k] || (k > c0 && a.toks[k]!.surface === ',')) return false;
    return true;
  };
  return cued(a, a.negCues, s, 0) || cued(a, a.negCuesBack, s, 2) || a.parenNegCues.some(inAside);
}

function hedged(a: Analysis, s: Span): boolean {
  if (a.condCues.some((c0) => c0 < s.start && a.scope[c0] === a.scope[s.start])) return true;
  if (a.hedgeAfterCues.some((c0) => c0 >= s.end && c0 - s.end < WINDOW_BEFORE && a.scope[c0] === a.scope[s.end - 1])) return true;
  return cued(a, a.hedgeCues, s, 0);
}

function inZone(a: Analysis, s: Span, zones: Set<number>): boolean {
  return zones.has(a.zone[s.start]!);
}

function spansOf(a: Analysis, names: readonly string[]): Span[] {
  const out: Span[] = [];
  for (const n of names) out.push(...(a.spans.get(n) ?? []));
  return out;
}

/**
 * Whether the sentence is a question. Optional QUESTION_FALSE: an opening that only looks like a
 * question ("Don't worry ...", an imperative). Optional RHETORICAL: a question asked to assert ("What
 * more proof do you need than ...?"), which is linted like a statement.
 */
function isQuestion(a: Analysis, text: string): boolean {
  if ((a.spans.get('RHETORICAL') ?? []).length > 0) return false;
  if (/\?["'\u201d\u2019)\]*_]*\s*$/.test(text)) return true;
  if ((a.spans.get('QUESTION_FALSE') ?? []).some((s) => s.start === 0)) return false;
  return (a.spans.get('QUESTION_START') ?? []).some((s) => s.start === 0);
}

function distance(link: Span, s: Span): number {
  if (overlaps(link, s)) return 0;
  return s.end <= link.start ? link.start - s.end : s.start - link.end;
}

function evalRule(a: Analysis, rule: RuleDef, c: Compiled, z: number): boolean {
  const zones = new Set([z]);
  const all = (names: readonly string[]): Span[] => spansOf(a, names).filter((s) => inZone(a, s, zones));
  const excluded = spansOf(a, rule.except ?? []);
  // An excepted phrase inside a prepositional modifier of the claim ("the loss values [in the report
  // are accurate]") does not make the claim about it.
  const preps = a.spans.get('PREP') ?? [];
  // Unless it names the evidence itself ("the values in the attestation report are valid").
  const own = spansOf(a, rule.subject);
  const modifier = (x: Span, s: Span): boolean =>
    preps.some((p) => p.start > s.start && p.end <= x.start && p.end >= x.start - 2) && !own.some((o) => overlaps(o, x));
  const claims = all(rule.claim).filter(
    (s) => !negated(a, s) && !hedged(a, s) && !excluded.some((x) => overlaps(x, s) && !modifier(x, s)),
  );
  if (claims.length === 0) return false;
  for (const group of rule.also ?? []) {
    if (!all(group).some((s) => !negated(a, s))) return false;
  }
  // `context` groups may sit in any clause or zone of the sentence.
  // A cue after the circumstance does not negate it ("leases expire without warning").
  for (const group of rule.context ?? []) {
    if (!spansOf(a, group).some((s) => !cued(a, a.negCues, s, 0))) return false;
  }
  // A zone without its own subject that opens with a pronoun ("..., but it proves ...") borrows the previous zone's.
  const subjectZones = new Set([z]);
  const zoneStart = a.zone.indexOf(z);
  const pronoun = (a.spans.get('PRONOUN') ?? []).some((s) => a.zone[s.start] === z && s.start - zoneStart <= 3);
  // `not_subject` names words that only look like a subject ("denial-of-service", "Node.js").
  const notSubject = spansOf(a, rule.not_subject ?? []);
  const usable = (s: Span): boolean => !a.sourceNegated(s) && !notSubject.some((x) => x.start <= s.start && x.end >= s.end);
  let subjects = all(rule.subject).filter(usable);
  if (subjects.length === 0 && pronoun && z > 0) {
    subjectZones.add(z - 1);
    subjects = spansOf(a, rule.subject).filter((s) => inZone(a, s, subjectZones) && usable(s));
  }
  if (subjects.length === 0) return false;
  const subjectNames = new Set(rule.subject);

  if (!rule.link || rule.link.length === 0) {
    // The subject may sit inside a long claim ("persist on provider storage after the lease"), but
    // one word cannot be both.
    return claims.some((cl) => subjects.some((s) => !(s.start <= cl.start && s.end >= cl.end)));
  }
  const sources: Span[] = [];
  for (const concept of c.order) {
    if (!concept.source) continue;
    for (const s of a.spans.get(concept.name) ?? []) if (inZone(a, s, subjectZones) && usable(s)) sources.push(s);
  }
  // A compound of sources ("latency test", "benchmark report") reaches to its last word: the
  // modifier names the kind, the span reaches the head.
  const extend = (s: Span): Span => {
    let end = s.end;
    for (let grew = true; grew; ) {
      grew = false;
      for (const t of sources) if (t.start <= end && t.end > end) ((end = t.end), (grew = true));
    }
    return end === s.end ? s : { concept: s.concept, start: s.start, end };
  };
  const links = all(rule.link);
  // A link inside a longer, negated link shares its negation ("Nothing in X puts it [beyond doubt]").
  const negatedLinks = links.filter((l) => negated(a, l));
  for (const link of links) {
    if (negatedLinks.some((l) => l !== link && l.start <= link.start && l.end >= link.end)) continue;
    // A link that starts inside a LINK_FALSE phrase is that other sense, unless it reaches past the
    // phrase ("make it" is no link; "make it certain that" is).
    if (negated(a, link) || hedged(a, link) || (a.notLink.get(link.start) ?? -1) >= link.end) continue;
    const dir = c.byName.get(link.concept)!.direction;
    // A link inside the claim ("the job obviously finished", "is guaranteed to be correct") joins it too.
    // So does a claim inside an "any" link ("tell the batch completed from ...").
    const inside = (cl: Span): boolean =>
      (cl.start < link.start && cl.end > link.end) || (dir === 'any' && cl.start > link.start && cl.end < link.end);
    // A claim that another source introduces with its own link after this one belongs to that source
    // ("the attestation verifies the runtime, while the eval suite checks the outputs are correct").
    const reclaimed = (cl: Span): boolean =>
      dir === 'forward' &&
      !!rule.nearest_subject &&
      !inside(cl) &&
      sources.some(
        (s) =>
          !subjectNames.has(s.concept) &&
          s.start >= link.end &&
          s.end <= cl.start &&
          links.some((l) => l !== link && l.start >= s.end && l.end <= cl.start && !negated(a, l)),
      );
    const okClaims = claims.filter(
      (cl) => (inside(cl) || (dir === 'forward' ? cl.start >= link.end : !overlaps(cl, link))) && !reclaimed(cl),
    );
    if (okClaims.length === 0) continue;
    // A source inside an "any" link ("as the throughput numbers show") is that link's subject.
    const grown = (x: Span): Span => {
      const e = extend(x);
      return overlaps(e, link) && !overlaps(x, link) ? x : e;
    };
    // A subject may sit inside a claim that the link also sits in, before the link: "answers
    // [produced in the attested enclave] are, by definition, correct".
    // Likewise when an "any" link follows the claim it qualifies: "answers [from an attested enclave]
    // are correct by construction".
    const within = (cl: Span, s: Span): boolean =>
      (cl.start < link.start && cl.end > link.end && s.start > cl.start && s.end <= link.start) ||
      (dir === 'any' && link.start >= cl.end && s.start > cl.start && s.end < cl.end);
    const candidates = (rule.nearest_subject ? sources.map(grown) : subjects).filter(
      (s) =>
        (dir === 'any' ? !(s.start <= link.start && s.end >= link.end) : !overlaps(s, link) && s.end <= link.start) &&
        !okClaims.every((cl) => overlaps(cl, s) && !within(cl, s)) &&
        (a.semi[s.start] === a.semi[link.start] || okClaims.some((cl) => a.semi[cl.start] === a.semi[link.start])),
    );
    if (candidates.length === 0) continue;
    if (!rule.nearest_subject) return true;
    // The evidence source nearest to the link is what the sentence presents as evidence.
    // A source inside a prepositional phrase ("the report from the benchmark") is a modifier: demote it.
    // After the link a preposition opens the reason itself ("... because they came out of a TEE").
    const weight = (s: Span): number => {
      let d = distance(link, s);
      const preps = a.spans.get('PREP') ?? [];
      if (s.end <= link.start && preps.some((p) => p.end <= s.start && p.end >= s.start - 2)) d += 6;
      return d;
    };
    let best = Infinity;
    for (const s of candidates) best = Math.min(best, weight(s));
    if (candidates.some((s) => weight(s) === best && subjectNames.has(s.concept))) return true;
  }
  return false;
}

/**
 * Whether the sentence reports a claim in order to reject it. A refuting word that is itself negated
 * ("its answers cannot be wrong", "it is not false that ...") asserts rather than refutes.
 */
function refuted(a: Analysis): boolean {
  const negs = a.spans.get('NEG') ?? [];
  return (a.spans.get('REFUTE') ?? []).some(
    (r) => !negs.some((n) => n.end <= r.start && n.end >= r.start - 1 && a.scope[n.start] === a.scope[r.start]),
  );
}

/** Marks that end a clause, for reported speech and its rebuttal. */
const CLAUSE_ENDS = new Set([';', ',', ':', '(', ')', '\u2014', '\u2013']);

/**
 * Whether the sentence reports a claim (optional concept REPORT: "the vendor says", "it is often
 * claimed that", a quotation) and a later clause rebuts it (optional concept REBUT: "; it doesn't",
 * "but that conflates ...", "we make no such claim"). Reported speech refuted in its own sentence is
 * not asserted.
 */
function reportRefuted(a: Analysis): boolean {
  const reports = [...(a.spans.get('REPORT') ?? []), ...(a.spans.get('REPORT_OTHER') ?? [])];
  const rebuts = a.spans.get('REBUT') ?? [];
  if (reports.length === 0 || rebuts.length === 0) return false;
  const contrast = new Set((a.spans.get('CONTRAST') ?? []).map((x) => x.start));
  return reports.some((r) =>
    rebuts.some((b) => {
      if (b.start < r.end) return false;
      for (let k = r.end; k <= b.start; k++) if (CLAUSE_ENDS.has(a.toks[k]!.surface) || contrast.has(k)) return true;
      return false;
    }),
  );
}

/**
 * Zones that only report what someone else holds (optional concept REPORT_OTHER: "someone said",
 * "some vendors claim", "it is sometimes argued") when a contrast follows ("..., but the auditors asked
 * for them"): the writer sets the report against what comes after, so the report's own zone is not
 * asserted. The zones after the contrast are the writer's own and are still read.
 */
function reportedZones(a: Analysis): Set<number> {
  const out = new Set<number>();
  const last = a.zone[a.zone.length - 1] ?? 0;
  for (const r of a.spans.get('REPORT_OTHER') ?? []) {
    const z = a.zone[r.start]!;
    if (z < last) out.add(z);
  }
  return out;
}

/** Most results remembered per rule set; the memo starts afresh when full. */
const MEMO_MAX = 50_000;

/**
 * Lint one plain sentence (no Markdown). Returns the first rule that fires, or null. The result is a
 * function of the text and the rules alone, so it is remembered per rule set by the exact text:
 * a sentence met again (a repeated table cell, boilerplate, a document included twice) is read once.
 * The finding returned is shared, and frozen.
 */
export function lintPlain(text: string, rules: ClaimRules): Omit<Finding, 'line'> | null {
  const c = compile(rules);
  const hit = c.memo.get(text) as Omit<Finding, 'line'> | null | undefined;
  if (hit !== undefined) return hit;
  const f = lintUncached(text, c);
  const out = f && Object.freeze(f);
  if (c.memo.size >= MEMO_MAX) c.memo.clear();
  c.memo.set(text, out);
  return out;
}

function lintUncached(text: string, c: Compiled): Omit<Finding, 'line'> | null {
  const toks = tokenize(text);
  if (toks.length === 0 || !toks.some((t) => t.kind === 'word')) return null;
  // Cheap gate: skip the full analysis unless some rule could find its subject, claim and link.
  // Live rules: those whose subject, claim and link could all occur.
  const keys = keyInfos(toks, c);
  const part = c.state.gate;
  part.set(c.gateInit);
  for (const k of keys) for (const g of k.gate) part[g] = 1;
  const keyLive: number[] = [];
  for (let i = 0; i < c.gates.length; i++) if (part[i * 3] && part[i * 3 + 1] && part[i * 3 + 2]) keyLive.push(i);
  if (keyLive.length === 0) return null;
  // Then by what could match at all: a concept is possible when one of its patterns has every required
  // element present (a word in the sentence, or a possible concept). Nothing is matched yet.
  beginSentence(c, toks, keys);
  const anyOf = (l: number[]): boolean => l.some((ci) => possible(c, ci));
  const live = keyLive.filter((i) => {
    const r = c.ruleParts[i]!;
    return anyOf(r.subject) && anyOf(r.claim) && (r.link === null || anyOf(r.link));
  });
  if (live.length === 0) return null;
  // A rule fires only when its subject, claim, link, `also` and `context` concepts all match: a piece
  // is analysed only when some live rule has them all, which is decided group by group, matching
  // only what each group needs and stopping at a group that does not match.
  const some = (group: number[]): boolean => group.some((ci) => spansAt(c, ci).length > 0);
  const core = (): boolean => live.some((i) => c.ruleGroups[i]!.every(some));
  const pieces = chunk(toks);
  for (const [i, piece] of pieces.entries()) {
    if (pieces.length > 1) beginSentence(c, piece, keyInfos(piece, c));
    // The first of several pieces is read in full: a question there clears the whole sentence.
    if ((pieces.length === 1 || i > 0) && !core()) continue;
    const a = analyse(piece, c);
    if (i === 0 && isQuestion(a, text)) return null;
    if (refuted(a) || reportRefuted(a)) continue;
    const reported = reportedZones(a);
    const zones = [...new Set(a.zone)].filter((z) => !reported.has(z));
    for (const ri of live) {
      const rule = c.rules[ri]!;
      if (rule.unless && spansOf(a, rule.unless).some((s) => !negated(a, s))) continue;
      for (const z of zones) {
        if (evalRule(a, rule, c, z)) {
          return { category: rule.category, rule: rule.id, sentence: text, rewrite: rule.rewrite.trim(), why: rule.why.trim() };
        }
      }
    }
  }
  return null;
}

/** Longest run of tokens analysed at once; a longer "sentence" (unpunctuated text) is cut at clause marks. */
const MAX_TOKENS = 240;

/** Cut a very long token run into pieces of at most MAX_TOKENS, preferring a cut after , ; or :. */
function chunk(toks: Token[]): Token[][] {
  if (toks.length <= MAX_TOKENS) return [toks];
  const out: Token[][] = [];
  for (let i = 0; i < toks.length; ) {
    let end = Math.min(i + MAX_TOKENS, toks.length);
    if (end < toks.length) {
      for (let k = end - 1; k > i + MAX_TOKENS / 2; k--) {
        const s = toks[k]!.surface;
        if (s === ',' || s === ';' || s === ':') {
          end = k + 1;
          break;
        }
      }
    }
    out.push(toks.slice(i, end));
    i = end;
  }
  return out;
}

/**
 * Whether a table header sets its column apart as not asserted ("never says", "Bad claim", "Do not
 * write"): its cells are quoted or refuted claims, like a sentence that opens "it is wrong to say".
 */
export function refutingHeader(text: string, rules: ClaimRules): boolean {
  const c = compile(rules);
  const toks = tokenize(text);
  if (toks.length === 0) return false;
  // Negation cues and REFUTE: only the concepts they need are matched, as in lintPlain.
  beginSentence(c, toks, keyInfos(toks, c));
  const a = analyse(toks, c);
  return a.negCues.length > 0 || (a.spans.get('REFUTE') ?? []).length > 0;
}

/** For tests and debugging: the concept spans found in a sentence, as "CONCEPT: words". */
export function explain(text: string, rules: ClaimRules): string[] {
  const c = compile(rules);
  const toks = tokenize(text);
  beginSentence(c, toks, keyInfos(toks, c));
  const out: string[] = [];
  c.order.forEach((concept, ci) => {
    for (const s of spansAt(c, ci)) out.push(`${concept.name}: ${toks.slice(s.start, s.end).map((t) => t.surface).join(' ')}`);
  });
  const a = analyse(toks, c);
  out.push(`neg@${a.negCues.join(',')} hedge@${a.hedgeCues.join(',')} zones=${a.zone.join('')} scopes=${a.scope.join(',')}`);
  return out;
}
