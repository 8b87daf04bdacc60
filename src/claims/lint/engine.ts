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
 * Only the concepts those rules and the engine read are matched; concepts that absorb negation only
 * when the sentence has a negation or hedge cue. None of this changes what is found.
 */
import { InputError } from '../../util/errors.js';
import { patternRefs, type Atom, type Pattern } from './patterns.js';
import { checkReferences, patternOf, type ClaimRules, type LintCategory, type RuleDef } from './rules.js';
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

interface Span {
  concept: string;
  start: number;
  end: number;
}

interface CompiledConcept {
  name: string;
  source: boolean;
  direction: 'forward' | 'any';
  absorbsNegation: boolean;
  patterns: Pattern[];
  /** Patterns by the key their first token must have ("s:prov", "f:is", "#num", "c:BENCH"). */
  byFirst: Map<string, Pattern[]>;
  /** Concepts that can start a pattern, and patterns with an optional first element (tried everywhere). */
  firstConcepts: string[];
  /** byFirst's entries for firstConcepts, in the same order. */
  firstLists: [string, Pattern[]][];
  loose: Pattern[];
}

function firstKeys(p: Pattern): string[] | null {
  const el = p[0]!;
  if (el.t !== 'alt' || el.optional) return null;
  const keys: string[] = [];
  for (const alt of el.alts) {
    const a = alt[0]!;
    keys.push(a.t === 'stem' ? `s:${a.v}` : a.t === 'surface' ? `f:${a.v}` : a.t === 'num' ? '#num' : `c:${a.v}`);
  }
  return keys;
}

function indexPatterns(c: CompiledConcept): void {
  for (const p of c.patterns) {
    const keys = firstKeys(p);
    if (keys === null) {
      c.loose.push(p);
      continue;
    }
    for (const k of new Set(keys)) {
      const list = c.byFirst.get(k);
      if (list) list.push(p);
      else c.byFirst.set(k, [p]);
      if (k.startsWith('c:') && !c.firstConcepts.includes(k.slice(2))) c.firstConcepts.push(k.slice(2));
    }
  }
  c.firstLists = c.firstConcepts.map((fc) => [fc, c.byFirst.get(`c:${fc}`)!]);
}

interface Compiled {
  order: CompiledConcept[];
  byName: Map<string, CompiledConcept>;
  rules: readonly RuleDef[];
  /** Literal first-token key -> the concepts (by index in `order`) and patterns that start with it. */
  byKey: Map<string, [number, Pattern[]][]>;
  /** Per rule: token keys one of which must occur for its subject, and for its claim (null: any). */
  gates: { subject: Set<string> | null; claim: Set<string> | null; link: Set<string> | null }[];
  /**
   * A pattern can only match where each of its required elements can match somewhere in the sentence.
   * Elements are numbered; `keyElems` lists the elements a token key can satisfy, `elemConcepts` the
   * concepts whose matches satisfy an element, `required` each pattern's required elements.
   */
  keyElems: Map<string, number[]>;
  elemConcepts: string[][];
  required: Map<Pattern, { id: number; elems: number[] }>;
  /** Per concept (by index in `order`): its patterns' ids and required elements. */
  conceptReq: { id: number; elems: number[] }[][];
  /** Initial element states: 0 when concepts may satisfy it (decided later), -1 otherwise. */
  elemInit: Int8Array;
  /**
   * Which concepts (by index in `order`) a sentence needs: the engine's and the evidence sources'
   * always, each live rule's (a rule is live when its gate passes), and those that absorb negation.
   */
  baseMask: Uint8Array;
  ruleMasks: Uint8Array[];
  absorbMask: Uint8Array;
  /** Gate parts (rule * 3 + subject/claim/link) each token key satisfies; parts open to any key start at 1. */
  gateKeys: Map<string, number[]>;
  gateInit: Uint8Array;
  /** elemConcepts as indices into `order`; per rule the concept indices of its subject, claim and link. */
  elemConceptIdx: number[][];
  ruleParts: { subject: number[]; claim: number[]; link: number[] | null }[];
  /** byKey, keyElems and gateKeys in one map, so a token key is looked up once per sentence. */
  keys: Map<string, KeyInfo>;
  /**
   * Per rule: the concepts (closed over references) that decide whether its subject, claim and link
   * could occur (`partMasks`, ascending indices), and those that must all match for it to fire: subject,
   * claim, link, `also` and `context` groups (`coreMasks`).
   */
  partMasks: number[][];
  coreMasks: number[][];
  scratch: Scratch;
  /** ruleMasks as lists of concept indices. */
  ruleLists: number[][];
}

interface KeyInfo {
  /** Concepts (by index in `order`) with patterns that start with this key, and those patterns. */
  startConcepts: number[];
  startPatterns: Pattern[][];
  elems: number[];
  gate: number[];
}

const NO_KEY: KeyInfo = { startConcepts: [], startPatterns: [], elems: [], gate: [] };

/**
 * Buffers one sentence's matching reuses (matching is never re-entered): which positions can start
 * which concept, as linked lists (head per concept, then next), and per-sentence flags.
 */
interface Scratch {
  head: Int32Array;
  next: number[];
  pos: number[];
  pats: Pattern[][];
  gate: Uint8Array;
  which: Uint8Array;
  possible: Uint8Array;
  present: Uint8Array;
  state: Int8Array;
  viable: Int8Array;
  done: Uint8Array;
  best: Int32Array;
  /** lintPlain's concept masks for the sentence (`needed`, `core`). */
  needed: Uint8Array;
  core: Uint8Array;
}

/** The spans of a concept that matches nowhere (shared; never modified). */
const NO_SPANS: Span[] = Object.freeze([]) as unknown as Span[];

/** Concepts the engine reads itself (required or optional), besides evidence sources. */
const ENGINE_CONCEPTS = [
  'NEG', 'NEG_FALSE', 'HEDGE', 'HEDGE_AFTER', 'CONDITION', 'CLAUSE_BREAK', 'QUESTION_START', 'QUESTION_FALSE',
  'RHETORICAL', 'REFUTE', 'REPORT', 'REBUT', 'REPORT_OTHER', 'CONTRAST', 'PRONOUN', 'PREP', 'LINK_FALSE',
];

function masks(order: CompiledConcept[], rules: readonly RuleDef[]): Pick<Compiled, 'baseMask' | 'ruleMasks' | 'absorbMask' | 'partMasks' | 'coreMasks' | 'ruleLists'> {
  const index = new Map(order.map((c, i) => [c.name, i]));
  const refs = order.map((c) => [...new Set(c.patterns.flatMap((p) => patternRefs(p)))]);
  const closure = (names: Iterable<string>): Uint8Array => {
    const m = new Uint8Array(order.length);
    const stack = [...names].filter((n) => index.has(n));
    while (stack.length > 0) {
      const i = index.get(stack.pop()!)!;
      if (m[i]) continue;
      m[i] = 1;
      stack.push(...refs[i]!);
    }
    return m;
  };
  const baseMask = closure([...ENGINE_CONCEPTS, ...order.filter((c) => c.source).map((c) => c.name)]);
  const ruleMasks = rules.map((r) =>
    closure([
      ...r.subject, ...(r.link ?? []), ...r.claim, ...(r.except ?? []), ...(r.not_subject ?? []),
      ...(r.also ?? []).flat(), ...(r.context ?? []).flat(), ...(r.unless ?? []),
    ]),
  );
  const absorbMask = closure(order.filter((c) => c.absorbsNegation || c.name === 'NEG_FALSE').map((c) => c.name));
  const partMasks = rules.map((r) => {
    const m = closure([...r.subject, ...(r.link ?? []), ...r.claim]);
    const out: number[] = [];
    m.forEach((v, i) => v && out.push(i));
    return out;
  });
  const list = (m: Uint8Array): number[] => {
    const out: number[] = [];
    m.forEach((v, i) => v && out.push(i));
    return out;
  };
  const coreMasks = rules.map((r) => list(closure([...r.subject, ...(r.link ?? []), ...r.claim, ...(r.also ?? []).flat(), ...(r.context ?? []).flat()])));
  return { baseMask, ruleMasks, absorbMask, partMasks, coreMasks, ruleLists: ruleMasks.map(list) };
}

/** Token keys an atom sequence can start with, or the concept it refers to. */
function atomKey(a: Atom): string {
  return a.t === 'stem' ? `s:${a.v}` : a.t === 'surface' ? `f:${a.v}` : a.t === 'num' ? '#num' : `c:${a.v}`;
}

function indexRequired(order: CompiledConcept[]): Pick<Compiled, 'keyElems' | 'elemConcepts' | 'required' | 'conceptReq' | 'elemInit'> {
  const keyElems = new Map<string, number[]>();
  const elemConcepts: string[][] = [];
  const required = new Map<Pattern, { id: number; elems: number[] }>();
  let pid = 0;
  for (const concept of order) {
    for (const p of concept.patterns) {
      const elems: number[] = [];
      for (const el of p) {
        if (el.t !== 'alt' || el.optional) continue;
        const id = elemConcepts.length;
        const refs: string[] = [];
        for (const alt of el.alts) {
          const k = atomKey(alt[0]!);
          if (k.startsWith('c:')) refs.push(k.slice(2));
          else {
            const l = keyElems.get(k);
            if (l) l.push(id);
            else keyElems.set(k, [id]);
          }
        }
        elemConcepts.push(refs);
        elems.push(id);
      }
      required.set(p, { id: pid++, elems });
    }
  }
  const conceptReq = order.map((concept) => concept.patterns.map((p) => required.get(p)!));
  const elemInit = Int8Array.from(elemConcepts, (refs) => (refs.length > 0 ? 0 : -1));
  return { keyElems, elemConcepts, required, conceptReq, elemInit };
}

/** Keys a match of `name` can start with (null when it could start with anything). */
function startKeys(name: string, byName: Map<string, CompiledConcept>, memo: Map<string, Set<string> | null>): Set<string> | null {
  if (memo.has(name)) return memo.get(name)!;
  memo.set(name, null); // cycles are rejected earlier; this only guards the recursion
  const c = byName.get(name)!;
  if (c.loose.length > 0) return null;
  const out = new Set<string>();
  for (const k of c.byFirst.keys()) {
    if (k.startsWith('c:')) {
      const sub = startKeys(k.slice(2), byName, memo);
      if (sub === null) return null;
      for (const x of sub) out.add(x);
    } else out.add(k);
  }
  memo.set(name, out);
  return out;
}

function union(names: readonly string[], byName: Map<string, CompiledConcept>, memo: Map<string, Set<string> | null>): Set<string> | null {
  const out = new Set<string>();
  for (const n of names) {
    const k = startKeys(n, byName, memo);
    if (k === null) return null;
    for (const x of k) out.add(x);
  }
  return out;
}

const cache = new WeakMap<ClaimRules, Compiled>();

function compile(rules: ClaimRules): Compiled {
  const hit = cache.get(rules);
  if (hit) return hit;
  const names = checkReferences(rules);
  const byName = new Map<string, CompiledConcept>();
  const order: CompiledConcept[] = [];
  for (const name of names) {
    const def = rules.concepts[name]!;
    const c: CompiledConcept = {
      name,
      source: def.role === 'source',
      direction: def.direction ?? 'forward',
      absorbsNegation: def.absorbs_negation ?? false,
      patterns: def.patterns.map((p) => patternOf(rules, p)),
      byFirst: new Map(),
      firstConcepts: [],
      firstLists: [],
      loose: [],
    };
    indexPatterns(c);
    byName.set(name, c);
    order.push(c);
  }
  if (rules.rules.length === 0) throw new InputError('RULES_INVALID', `claim rules ${rules.sources.join(' + ')}: no rules`);
  const memo = new Map<string, Set<string> | null>();
  const gates = rules.rules.map((r) => ({
    subject: union(r.subject, byName, memo),
    claim: union(r.claim, byName, memo),
    link: r.link && r.link.length > 0 ? union(r.link, byName, memo) : null,
  }));
  const byKey = new Map<string, [number, Pattern[]][]>();
  order.forEach((concept, ci) => {
    for (const [k, pats] of concept.byFirst) {
      if (k.startsWith('c:')) continue;
      const l = byKey.get(k);
      if (l) l.push([ci, pats]);
      else byKey.set(k, [[ci, pats]]);
    }
  });
  const gateKeys = new Map<string, number[]>();
  const gateInit = new Uint8Array(gates.length * 3);
  gates.forEach((g, i) => {
    [g.subject, g.claim, g.link].forEach((set, part) => {
      if (set === null) gateInit[i * 3 + part] = 1;
      else for (const k of set) {
        const l = gateKeys.get(k);
        if (l) l.push(i * 3 + part);
        else gateKeys.set(k, [i * 3 + part]);
      }
    });
  });
  const req = indexRequired(order);
  const pos = new Map(order.map((x, i) => [x.name, i]));
  const elemConceptIdx = req.elemConcepts.map((refs) => refs.map((n) => pos.get(n)!));
  const ruleParts = rules.rules.map((r) => ({
    subject: r.subject.map((n) => pos.get(n)!),
    claim: r.claim.map((n) => pos.get(n)!),
    link: r.link && r.link.length > 0 ? r.link.map((n) => pos.get(n)!) : null,
  }));
  const keys = new Map<string, KeyInfo>();
  const info = (k: string): KeyInfo => {
    let x = keys.get(k);
    if (!x) keys.set(k, (x = { startConcepts: [], startPatterns: [], elems: [], gate: [] }));
    return x;
  };
  for (const [k, v] of byKey) {
    const x = info(k);
    x.startConcepts = v.map(([ci]) => ci);
    x.startPatterns = v.map(([, pats]) => pats);
  }
  for (const [k, v] of req.keyElems) info(k).elems = v;
  for (const [k, v] of gateKeys) info(k).gate = v;
  const out = {
    order, byName, rules: rules.rules, gates, byKey, ...req, ...masks(order, rules.rules), gateKeys, gateInit,
    elemConceptIdx, ruleParts, keys,
    scratch: {
      head: new Int32Array(order.length),
      next: [],
      pos: [],
      pats: [],
      gate: new Uint8Array(gateInit.length),
      which: new Uint8Array(order.length),
      possible: new Uint8Array(order.length),
      present: new Uint8Array(req.elemConcepts.length),
      state: new Int8Array(req.elemInit.length),
      viable: new Int8Array(req.required.size),
      done: new Uint8Array(order.length),
      best: new Int32Array(256),
      needed: new Uint8Array(order.length),
      core: new Uint8Array(order.length),
    },
  };
  cache.set(rules, out);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Concept matching

/** Per concept: the end of its longest match at each start position. */
type StartIndex = Map<string, Map<number, number>>;

const MAX_RESULTS = 64;

/** Marks that a clause gap (~N) does not cross. */
const CLAUSE_MARKS = new Set([',', ':', '(', ')', '\u2014', '\u2013', '\u2192', '\u21d2', '\u2713', '!', '?']);

/**
 * Where an atom sequence that starts at pos ends, or -1. A sequence has at most one end: each word
 * is one token and a concept is indexed by its longest match at each start.
 */
function seqEnd(seq: Atom[], toks: Token[], pos: number, idx: StartIndex): number {
  let p = pos;
  for (const a of seq) {
    if (a.t === 'concept') {
      const e = idx.get(a.v)?.get(p);
      if (e === undefined) return -1;
      p = e;
      continue;
    }
    if (p >= toks.length) return -1;
    const t = toks[p]!;
    if (a.t === 'stem' ? t.stem !== a.v : a.t === 'surface' ? t.surface !== a.v : t.kind !== 'num') return -1;
    p++;
  }
  return p;
}

// States (element, position) already explored in the current patternEnds search: a state reached
// again by another path (gaps make many) can only add ends that are already in `out`.
let seen = new Int32Array(1024);
let seenStamp = 0;
let seenWidth = 0;

/**
 * An alternative element with many alternatives, indexed: where the first single-word alternative
 * with a given stem or surface form is (or a number), and the other alternatives (phrases and
 * concepts), which are tried in order. Single-word alternatives all lead to the same next state, so
 * trying the first one that matches, in its place among the others, explores what the plain loop
 * over the alternatives explores, in the same order.
 */
interface AltIndex {
  stems: Map<string, number>;
  surfaces: Map<string, number>;
  num: number;
  others: number[];
}

/** Below this many alternatives an element's alternatives are simply tried in order. */
const INDEX_MIN_ALTS = 4;
const altIndexes = new WeakMap<Pattern, (AltIndex | null)[]>();

function altIndexesOf(p: Pattern): (AltIndex | null)[] {
  let ix = altIndexes.get(p);
  if (ix) return ix;
  ix = p.map((el) => {
    if (el.t !== 'alt' || el.alts.length < INDEX_MIN_ALTS) return null;
    const x: AltIndex = { stems: new Map(), surfaces: new Map(), num: -1, others: [] };
    el.alts.forEach((alt, i) => {
      const a = alt[0]!;
      if (alt.length > 1 || a.t === 'concept') x.others.push(i);
      else if (a.t === 'stem') { if (!x.stems.has(a.v)) x.stems.set(a.v, i); }
      else if (a.t === 'surface') { if (!x.surfaces.has(a.v)) x.surfaces.set(a.v, i); }
      else if (x.num < 0) x.num = i;
    });
    return x;
  });
  altIndexes.set(p, ix);
  return ix;
}

/** The current patternEnds search's alternative indexes (patternEnds is never re-entered). */
let curIx: (AltIndex | null)[] = [];

/** All end positions of pattern p starting at pos (at most MAX_RESULTS of them, into `out`). */
function allEnds(p: Pattern, toks: Token[], pos: number, idx: StartIndex, out: Set<number>): void {
  curIx = altIndexesOf(p);
  seenWidth = toks.length + 1;
  const size = (p.length + 1) * seenWidth;
  if (seen.length < size) seen = new Int32Array(Math.max(size, seen.length * 2));
  if (++seenStamp === 0x7fffffff) {
    seen.fill(0);
    seenStamp = 1;
  }
  patternEnds(p, 0, toks, pos, idx, out);
}

/** All end positions of pattern elements [ei..] starting at pos. Gaps never cross ';' or a period. */
function patternEnds(p: Pattern, ei: number, toks: Token[], pos: number, idx: StartIndex, out: Set<number>): void {
  if (out.size >= MAX_RESULTS) return;
  const state = ei * seenWidth + pos;
  if (seen[state] === seenStamp) return;
  seen[state] = seenStamp;
  if (ei === p.length) {
    out.add(pos);
    return;
  }
  const el = p[ei]!;
  if (el.t === 'gap') {
    for (let k = 0; k <= el.max && pos + k <= toks.length; k++) {
      if (k > 0) {
        const s = toks[pos + k - 1]!.surface;
        if (s === ';' || s === '.' || s === '|') break;
        if (el.clause && CLAUSE_MARKS.has(s)) break;
      }
      patternEnds(p, ei + 1, toks, pos + k, idx, out);
    }
    return;
  }
  if (el.optional) patternEnds(p, ei + 1, toks, pos, idx, out);
  if (pos >= toks.length) return;
  const t = toks[pos]!;
  const x = curIx[ei];
  if (x) {
    // The first single-word alternative that matches, if any, is explored in its place.
    let single = x.stems.get(t.stem) ?? Infinity;
    const f = x.surfaces.get(t.surface);
    if (f !== undefined && f < single) single = f;
    if (t.kind === 'num' && x.num >= 0 && x.num < single) single = x.num;
    for (const i of x.others) {
      if (single < i) {
        patternEnds(p, ei + 1, toks, pos + 1, idx, out);
        single = Infinity;
      }
      const e = seqEnd(el.alts[i]!, toks, pos, idx);
      if (e >= 0) patternEnds(p, ei + 1, toks, e, idx, out);
    }
    if (single !== Infinity) patternEnds(p, ei + 1, toks, pos + 1, idx, out);
    return;
  }
  for (const alt of el.alts) {
    if (alt.length === 1) {
      // Fast path for the common single-word alternative: no arrays.
      const a = alt[0]!;
      if (a.t === 'stem' ? t.stem === a.v : a.t === 'surface' ? t.surface === a.v : a.t === 'num' ? t.kind === 'num' : false) {
        patternEnds(p, ei + 1, toks, pos + 1, idx, out);
        continue;
      }
      if (a.t !== 'concept') continue;
    }
    const e = seqEnd(alt, toks, pos, idx);
    if (e >= 0) patternEnds(p, ei + 1, toks, e, idx, out);
  }
}

/** Per token, the key info of its stem key and of its surface key: [stem 0, surface 0, stem 1, ...]. */
function keyInfos(toks: Token[], c: Compiled): KeyInfo[] {
  const out = new Array<KeyInfo>(toks.length * 2);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    out[2 * i] = c.keys.get(t.sk!) ?? NO_KEY;
    out[2 * i + 1] = c.keys.get(t.fk!) ?? NO_KEY;
  }
  return out;
}

/** The concepts of one stage of matching, and a test the matches so far must pass to go on. */
interface Stage {
  mask: Uint8Array;
  ok: (spans: Map<string, Span[]>) => boolean;
}

/**
 * Match the concepts a sentence needs. `needed` (null: all) is matched first; `ifCued` (concepts that
 * absorb negation and hedges) only when the sentence has a negation, hedge or condition cue, since
 * otherwise they have nothing to absorb. With `first`, its concepts are matched before all others,
 * and when its test fails nothing more is matched (null). A concept's matches depend only on the
 * concepts it refers to, so the order of stages changes nothing when each stage's mask is closed
 * over references.
 */
function matchConcepts(
  toks: Token[],
  c: Compiled,
  needed: Uint8Array | null,
  ifCued: Uint8Array | null = null,
  keys: KeyInfo[] = keyInfos(toks, c),
  first: Stage | null = null,
): { spans: Map<string, Span[]>; idx: StartIndex } | null {
  const idx: StartIndex = new Map();
  const spans = new Map<string, Span[]>();
  // Bucket the literal-first patterns by concept, so each concept only tries positions that can start
  // it (a list per concept; the order does not matter, as each start keeps its longest match).
  const { head, next, pos: bPos, pats: bPats } = c.scratch;
  head.fill(-1);
  let nb = 0;
  for (let k = 0; k < keys.length; k++) {
    const info = keys[k]!;
    const cis = info.startConcepts;
    for (let j = 0; j < cis.length; j++) {
      const ci = cis[j]!;
      bPos[nb] = k >> 1;
      bPats[nb] = info.startPatterns[j]!;
      next[nb] = head[ci]!;
      head[ci] = nb++;
    }
  }
  // Which pattern elements can match somewhere in this sentence (literal keys now, concepts as they
  // are matched, in dependency order).
  // State per element: 1 can match, -1 cannot, 0 not decided yet (decided from concept matches).
  const state = c.scratch.state;
  state.set(c.elemInit);
  for (const k of keys) for (const e of k.elems) state[e] = 1;
  const elemOk = (e: number): boolean => {
    const st = state[e]!;
    if (st !== 0) return st === 1;
    let ok = false;
    for (const cn of c.elemConcepts[e]!) if ((spans.get(cn)?.length ?? 0) > 0) ok = true;
    state[e] = ok ? 1 : -1;
    return ok;
  };
  // Per pattern: whether each of its required elements can match somewhere (0: not decided yet).
  const viable = c.scratch.viable;
  viable.fill(0);
  const isViable = (p: Pattern): boolean => {
    const r = c.required.get(p)!;
    let v = viable[r.id]!;
    if (v === 0) {
      v = 1;
      for (const e of r.elems) {
        if (!elemOk(e)) {
          v = -1;
          break;
        }
      }
      viable[r.id] = v;
    }
    return v === 1;
  };
  const none = new Map<number, number>();
  const done = c.scratch.done;
  done.fill(0);
  // The longest match at each start position of the concept being matched (-1: none yet).
  if (c.scratch.best.length < toks.length + 1) c.scratch.best = new Int32Array(2 * (toks.length + 1));
  const best = c.scratch.best;
  best.fill(-1, 0, toks.length + 1);
  const touched: number[] = [];
  const ends = new Set<number>();
  const tryAll = (pos: number, list: Pattern[] | undefined): void => {
    if (!list) return;
    for (const p of list) {
      if (!isViable(p)) continue;
      ends.clear();
      allEnds(p, toks, pos, idx, ends);
      for (const e of ends) {
        if (e > pos && e > best[pos]!) {
          if (best[pos] === -1) touched.push(pos);
          best[pos] = e;
        }
      }
    }
  };
  const startsSomewhere = (names: string[]): boolean => {
    for (const fc of names) if ((idx.get(fc)?.size ?? 0) > 0) return true;
    return false;
  };
  const matchOne = (concept: CompiledConcept, ci: number): void => {
    done[ci] = 1;
    // A concept matches nowhere unless one of its patterns can start somewhere and has all its
    // required elements in the sentence; viability is decided per pattern when it is first tried.
    if (head[ci] === -1 && concept.loose.length === 0 && !startsSomewhere(concept.firstConcepts)) {
      idx.set(concept.name, none);
      spans.set(concept.name, NO_SPANS);
      return;
    }
    for (let b = head[ci]!; b !== -1; b = next[b]!) tryAll(bPos[b]!, bPats[b]!);
    for (const [fc, list] of concept.firstLists) {
      const at = idx.get(fc);
      if (at) for (const pos of at.keys()) tryAll(pos, list);
    }
    if (concept.loose.length > 0) for (let pos = 0; pos < toks.length; pos++) tryAll(pos, concept.loose);
    if (touched.length === 0) {
      idx.set(concept.name, none);
      spans.set(concept.name, NO_SPANS);
      return;
    }
    const starts = new Map<number, number>();
    const list: Span[] = [];
    if (touched.length > 1) touched.sort((a, b) => a - b);
    for (const pos of touched) {
      // The longest match at each start serves both references and the concept's own span.
      const end = best[pos]!;
      starts.set(pos, end);
      list.push({ concept: concept.name, start: pos, end });
      best[pos] = -1;
    }
    touched.length = 0;
    idx.set(concept.name, starts);
    spans.set(concept.name, list);
  };
  const phase = (mask: Uint8Array | null): void => {
    for (let ci = 0; ci < c.order.length; ci++) {
      if (done[ci] === 1 || (mask && mask[ci] !== 1)) continue;
      matchOne(c.order[ci]!, ci);
    }
  };
  if (first) {
    phase(first.mask);
    if (!first.ok(spans)) return null;
  }
  phase(needed);
  if (ifCued && CUES.some((n) => (spans.get(n)?.length ?? 0) > 0)) phase(ifCued);
  // Concepts not matched have no entry: readers take a missing entry as no match.
  return { spans, idx };
}

/**
 * Per concept (index in `order`): 1 when some pattern has all its required elements in the sentence.
 * Only the concepts flagged in `which` (closed over references) are decided; others stay 0. The
 * result is a shared buffer, valid until the next call.
 */
function possibleConcepts(keys: KeyInfo[], c: Compiled, which: Uint8Array): Uint8Array {
  const { present, possible } = c.scratch;
  present.fill(0);
  possible.fill(0);
  for (const k of keys) for (const e of k.elems) present[e] = 1;
  for (let ci = 0; ci < which.length; ci++) {
    if (which[ci] !== 1) continue;
    for (const r of c.conceptReq[ci]!) {
      let ok = true;
      for (const e of r.elems) {
        if (present[e] === 1) continue;
        if (!anyPossible(c.elemConceptIdx[e]!, possible)) {
          ok = false;
          break;
        }
      }
      if (ok) {
        possible[ci] = 1;
        break;
      }
    }
  }
  return possible;
}

function anyPossible(concepts: number[], possible: Uint8Array): boolean {
  for (const x of concepts) if (possible[x] === 1) return true;
  return false;
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

interface Analysis {
  toks: Token[];
  spans: Map<string, Span[]>;
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

function analyse(toks: Token[], c: Compiled): Analysis;
function analyse(toks: Token[], c: Compiled, needed: Uint8Array | null, ifCued: Uint8Array | null, keys?: KeyInfo[], first?: Stage | null): Analysis | null;
function analyse(
  toks: Token[],
  c: Compiled,
  needed: Uint8Array | null = null,
  ifCued: Uint8Array | null = null,
  keys?: KeyInfo[],
  first: Stage | null = null,
): Analysis | null {
  const matched = matchConcepts(toks, c, needed, ifCued, keys, first);
  if (matched === null) return null;
  const { spans } = matched;
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

  const absorbed = new Set<number>();
  for (const concept of c.order) {
    if (!concept.absorbsNegation) continue;
    for (const s of spans.get(concept.name) ?? []) for (let k = s.start; k < s.end; k++) absorbed.add(k);
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

/** Lint one plain sentence (no Markdown). Returns the first rule that fires, or null. */
export function lintPlain(text: string, rules: ClaimRules): Omit<Finding, 'line'> | null {
  const c = compile(rules);
  const toks = tokenize(text);
  if (toks.length === 0 || !toks.some((t) => t.kind === 'word')) return null;
  // Cheap gate: skip the full analysis unless some rule could find its subject, claim and link.
  // Live rules: those whose subject, claim and link could all occur. Only their concepts (and the
  // engine's) are matched.
  const keys = keyInfos(toks, c);
  const part = c.scratch.gate;
  part.set(c.gateInit);
  for (const k of keys) for (const g of k.gate) part[g] = 1;
  const keyLive: number[] = [];
  for (let i = 0; i < c.gates.length; i++) if (part[i * 3] && part[i * 3 + 1] && part[i * 3 + 2]) keyLive.push(i);
  if (keyLive.length === 0) return null;
  // Then by what could match at all: a concept is possible when one of its patterns has every required
  // element present (a word in the sentence, or a possible concept). Only the concepts that decide the
  // key-live rules' subjects, claims and links are looked at.
  const which = c.scratch.which;
  which.fill(0);
  for (const i of keyLive) for (const ci of c.partMasks[i]!) which[ci] = 1;
  const possible = possibleConcepts(keys, c, which);
  const anyOf = (l: number[]): boolean => l.some((ci) => possible[ci] === 1);
  const live = keyLive.filter((i) => {
    const r = c.ruleParts[i]!;
    return anyOf(r.subject) && anyOf(r.claim) && (r.link === null || anyOf(r.link));
  });
  if (live.length === 0) return null;
  const needed = c.scratch.needed;
  needed.set(c.baseMask);
  for (const i of live) for (const k of c.ruleLists[i]!) needed[k] = 1;
  // A rule fires only when its subject, claim, link, `also` and `context` concepts all match: those
  // are matched first, and the rest only when some live rule has them all.
  const core = c.scratch.core;
  core.fill(0);
  for (const i of live) for (const k of c.coreMasks[i]!) core[k] = 1;
  const has = (spans: Map<string, Span[]>, names: readonly string[]): boolean => names.some((n) => (spans.get(n)?.length ?? 0) > 0);
  const first: Stage = {
    mask: core,
    ok: (spans) =>
      live.some((i) => {
        const r = c.rules[i]!;
        return (
          has(spans, r.subject) &&
          has(spans, r.claim) &&
          (!r.link || r.link.length === 0 || has(spans, r.link)) &&
          (r.also ?? []).every((g) => has(spans, g)) &&
          (r.context ?? []).every((g) => has(spans, g))
        );
      }),
  };
  // Concepts that absorb negation also absorb hedges ("should accept ... as proof", "may safely be
  // assumed"): they are matched when the sentence has such a cue.
  const pieces = chunk(toks);
  for (const [i, piece] of pieces.entries()) {
    // The first of several pieces is read in full: a question there clears the whole sentence.
    const a = pieces.length === 1 ? analyse(piece, c, needed, c.absorbMask, keys, first) : analyse(piece, c, needed, c.absorbMask, undefined, i > 0 ? first : null);
    if (a === null) continue;
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
  // Negation cues and REFUTE need the engine's concepts and the sources (baseMask), and those that
  // absorb negation, which only matter when there is a cue: as in lintPlain, not every concept.
  const a = analyse(toks, c, c.baseMask, c.absorbMask)!;
  return a.negCues.length > 0 || (a.spans.get('REFUTE') ?? []).length > 0;
}

/** For tests and debugging: the concept spans found in a sentence, as "CONCEPT: words". */
export function explain(text: string, rules: ClaimRules): string[] {
  const c = compile(rules);
  const toks = tokenize(text);
  const a = analyse(toks, c);
  const out: string[] = [];
  for (const [name, list] of a.spans) {
    for (const s of list) out.push(`${name}: ${toks.slice(s.start, s.end).map((t) => t.surface).join(' ')}`);
  }
  out.push(`neg@${a.negCues.join(',')} hedge@${a.hedgeCues.join(',')} zones=${a.zone.join('')} scopes=${a.scope.join(',')}`);
  return out;
}
