/**
 * Concept matching for the claim-linter engine (engine.ts): the rules compiled into integer tables,
 * and a sentence's concepts matched on demand.
 *
 * Compiling: every token key a pattern can test ("s:prov" a stem, "f:is" a surface form, "#num" any
 * number) gets a number, and so does every concept (its index in dependency order). A pattern becomes
 * a list of elements whose alternatives are arrays of such numbers (a concept as -1 - its index), so
 * matching compares integers: a token carries the numbers of its stem key and its surface key (-1 for
 * a key no pattern tests), looked up once per sentence.
 *
 * Matching: beginSentence() sets up a sentence; a concept is matched the first time anything asks for
 * it (conceptSpans), after the concepts its viable patterns refer to. A concept's matches depend only
 * on the sentence and on those concepts' matches, so matching on demand finds exactly what matching
 * every concept in dependency order finds; concepts nobody asks for are never matched. Per concept
 * and start position only the longest match is kept: it serves both references and the concept's
 * spans. The buffers are reused from sentence to sentence (per-sentence marks are epoch stamps, not
 * cleared arrays). Matching is never re-entered: a sentence is finished before the next begins.
 */
import { InputError } from '../../util/errors.js';
import { atomKey, type Pattern } from './patterns.js';
import { checkReferences, patternOf, type ClaimRules, type RuleDef } from './rules.js';
import type { Token } from './tokens.js';

export interface Span {
  concept: string;
  start: number;
  end: number;
}

export interface CompiledConcept {
  name: string;
  source: boolean;
  direction: 'forward' | 'any';
  absorbsNegation: boolean;
}

/** One pattern element: a gap (gap > 0) or a list of alternatives. */
interface CElem {
  /** A gap's longest reach (*N, ~N); 0 for alternatives. */
  gap: number;
  /** ~N: the gap does not cross a clause mark. */
  clause: boolean;
  optional: boolean;
  /** Each alternative's atoms: a token key number (>= 0) or a concept (-1 - its index). */
  alts: Int32Array[];
  /**
   * For an element with many alternatives: the first single-word alternative per token key number,
   * and the other alternatives (phrases, concepts) by index, tried in order. Single-word alternatives
   * all lead to the same next state, so trying the first one that matches, in its place among the
   * others, explores what the plain loop over the alternatives explores, in the same order.
   */
  single: Map<number, number> | null;
  others: number[];
}

/** A compiled pattern. */
interface CPat {
  id: number;
  elems: CElem[];
  /** The pattern's required elements (numbered over all patterns), each of which must match somewhere. */
  req: number[];
  /** Concepts (indices) its atoms refer to. */
  refs: number[];
}

/** What one token key means to the rules (keys no pattern or gate tests have no entry). */
export interface KeyInfo {
  /** The key's number; -1 for none. */
  id: number;
  /** Concepts (by index) with patterns that start with this key, and those patterns. */
  startConcepts: number[];
  startPatterns: CPat[][];
  /** Required pattern elements the key satisfies. */
  elems: number[];
  /** Gate parts (rule * 3 + subject/claim/link) the key satisfies. */
  gate: number[];
}

const NO_KEY: KeyInfo = { id: -1, startConcepts: [], startPatterns: [], elems: [], gate: [] };

interface ConceptPatterns {
  patterns: CPat[];
  /** Patterns that start with another concept: those concepts, and their patterns in the same order. */
  firstConcepts: number[];
  firstPatterns: CPat[][];
  /** Patterns with an optional first element (tried at every position). */
  loose: CPat[];
  /** Token keys that can start a match (null: anything); for rule gates. */
  byFirst: Map<string, CPat[]>;
}

export interface Compiled {
  order: CompiledConcept[];
  byName: Map<string, CompiledConcept>;
  /** Concept name -> index in `order`. */
  index: Map<string, number>;
  rules: readonly RuleDef[];
  /** Per rule: whether some token key could start its subject, claim and link (null: any). */
  gates: { subject: Set<string> | null; claim: Set<string> | null; link: Set<string> | null }[];
  /** Gate parts open to any key (rule * 3 + subject/claim/link) start at 1. */
  gateInit: Uint8Array;
  /** Per rule: its subject, claim and link concepts (indices); link null when it has none. */
  ruleParts: { subject: number[]; claim: number[]; link: number[] | null }[];
  /**
   * Per rule: the groups of concepts (indices) that must each have a match for it to fire: subject,
   * claim, link, each `also` and each `context` group.
   */
  ruleGroups: number[][][];
  keys: Map<string, KeyInfo>;
  concepts: ConceptPatterns[];
  /** Per required element: the concepts whose matches satisfy it, and the pattern it belongs to. */
  elemRefs: number[][];
  elemPatterns: number[][];
  /** Per pattern: how many required elements it has, and its concept. */
  patternReq: Int32Array;
  patternConcept: Int32Array;
  /** Per concept: the required elements one of its matches satisfies. */
  conceptElems: number[][];
  /** lintPlain's results by sentence text (engine.ts). */
  memo: Map<string, Readonly<unknown> | null>;
  state: State;
}

/** Per-sentence state, reused (arrays grow as sentences do). */
interface State {
  epoch: number;
  head: Int32Array;
  next: number[];
  pos: number[];
  pats: CPat[][];
  /** Concept matched this sentence (stamp), its number of spans and spans, its longest end per start. */
  done: Int32Array;
  count: Int32Array;
  spans: Span[][];
  ends: Int32Array;
  /** Required element present as a word (stamp); decided from concepts (stamp) and how (1/0). */
  present: Int32Array;
  elemSeen: Int32Array;
  elemOk: Uint8Array;
  viableSeen: Int32Array;
  viable: Uint8Array;
  /** Possible this sentence (stamps): required elements, patterns (with a count of elements), concepts. */
  elemPossible: Int32Array;
  patternSeen: Int32Array;
  patternCount: Int32Array;
  possible: Int32Array;
  gate: Uint8Array;
  best: Int32Array;
  touched: number[];
}

/** The spans of a concept that matches nowhere (shared; never modified). */
export const NO_SPANS: Span[] = Object.freeze([]) as unknown as Span[];

/** Most distinct ends one pattern search collects from one start. */
const MAX_RESULTS = 64;
/** Below this many alternatives an element's alternatives are simply tried in order. */
const INDEX_MIN_ALTS = 4;

/** Keys a match of concept ci can start with (null when it could start with anything). */
function startKeys(ci: number, cons: ConceptPatterns[], order: CompiledConcept[], memo: Map<number, Set<string> | null>): Set<string> | null {
  if (memo.has(ci)) return memo.get(ci)!;
  memo.set(ci, null); // cycles are rejected earlier; this only guards the recursion
  const c = cons[ci]!;
  if (c.loose.length > 0) return null;
  const out = new Set<string>();
  for (const k of c.byFirst.keys()) out.add(k);
  for (const fc of c.firstConcepts) {
    const sub = startKeys(fc, cons, order, memo);
    if (sub === null) return null;
    for (const x of sub) out.add(x);
  }
  memo.set(ci, out);
  return out;
}

const cache = new WeakMap<ClaimRules, Compiled>();

export function compile(rules: ClaimRules): Compiled {
  const hit = cache.get(rules);
  if (hit) return hit;
  const names = checkReferences(rules);
  if (rules.rules.length === 0) throw new InputError('RULES_INVALID', `claim rules ${rules.sources.join(' + ')}: no rules`);
  const index = new Map(names.map((n, i) => [n, i]));
  const order: CompiledConcept[] = names.map((name) => {
    const def = rules.concepts[name]!;
    return { name, source: def.role === 'source', direction: def.direction ?? 'forward', absorbsNegation: def.absorbs_negation ?? false };
  });
  const byName = new Map(order.map((c) => [c.name, c]));
  const keys = new Map<string, KeyInfo>();
  const info = (k: string): KeyInfo => {
    let x = keys.get(k);
    if (!x) keys.set(k, (x = { id: keys.size, startConcepts: [], startPatterns: [], elems: [], gate: [] }));
    return x;
  };
  const elemRefs: number[][] = [];
  const elemIds = new Map<string, number>();
  const elemPats: number[][] = [];
  const patReq: number[] = [];
  const patConcept: number[] = [];
  let pid = 0;
  let compiling = 0;
  const compilePattern = (p: Pattern): CPat => {
    const elems: CElem[] = [];
    const req: number[] = [];
    const refs = new Set<number>();
    for (const el of p) {
      if (el.t === 'gap') {
        elems.push({ gap: el.max, clause: !!el.clause, optional: false, alts: [], single: null, others: [] });
        continue;
      }
      const alts = el.alts.map((alt) =>
        Int32Array.from(alt, (a) => {
          if (a.t === 'concept') {
            const ci = index.get(a.v)!;
            refs.add(ci);
            return -1 - ci;
          }
          return info(atomKey(a)).id;
        }),
      );
      let single: Map<number, number> | null = null;
      const others: number[] = [];
      if (alts.length >= INDEX_MIN_ALTS) {
        single = new Map();
        alts.forEach((alt, i) => {
          if (alt.length > 1 || alt[0]! < 0) others.push(i);
          else if (!single!.has(alt[0]!)) single!.set(alt[0]!, i);
        });
      }
      elems.push({ gap: 0, clause: false, optional: el.optional, alts, single, others });
      if (el.optional) continue;
      // A required element: the keys and concepts that can satisfy it. Elements with the same keys
      // and concepts are one (many patterns share "the|a|our", "@NEG" ...).
      const byKey = new Set<string>();
      const byConcept = new Set<number>();
      for (const alt of el.alts) {
        const a = alt[0]!;
        if (a.t === 'concept') byConcept.add(index.get(a.v)!);
        else byKey.add(atomKey(a));
      }
      const sig = [...byKey].sort().join(' ') + '|' + [...byConcept].sort((x, y) => x - y).join(' ');
      let id = elemIds.get(sig);
      if (id === undefined) {
        id = elemRefs.length;
        elemIds.set(sig, id);
        elemRefs.push([...byConcept]);
        elemPats.push([]);
        for (const k of byKey) info(k).elems.push(id);
      }
      if (!req.includes(id)) {
        req.push(id);
        elemPats[id]!.push(pid);
      }
    }
    patReq.push(req.length);
    patConcept.push(compiling);
    return { id: pid++, elems, req, refs: [...refs] };
  };
  const concepts: ConceptPatterns[] = names.map((name, ci) => {
    compiling = ci;
    const cp: ConceptPatterns = { patterns: [], firstConcepts: [], firstPatterns: [], loose: [], byFirst: new Map() };
    const firsts = new Map<number, CPat[]>();
    for (const src of rules.concepts[name]!.patterns) {
      const p = patternOf(rules, src);
      const x = compilePattern(p);
      cp.patterns.push(x);
      const el = p[0]!;
      if (el.t !== 'alt' || el.optional) {
        cp.loose.push(x);
        continue;
      }
      for (const k of new Set(el.alts.map((alt) => atomKey(alt[0]!)))) {
        if (k.startsWith('c:')) {
          const fc = index.get(k.slice(2))!;
          const l = firsts.get(fc);
          if (l) l.push(x);
          else firsts.set(fc, [x]);
        } else {
          const l = cp.byFirst.get(k);
          if (l) l.push(x);
          else cp.byFirst.set(k, [x]);
        }
      }
    }
    cp.firstConcepts = [...firsts.keys()];
    cp.firstPatterns = [...firsts.values()];
    return cp;
  });
  concepts.forEach((cp, ci) => {
    for (const [k, pats] of cp.byFirst) {
      const x = info(k);
      x.startConcepts.push(ci);
      x.startPatterns.push(pats);
    }
  });
  const memo = new Map<number, Set<string> | null>();
  const union = (ns: readonly string[]): Set<string> | null => {
    const out = new Set<string>();
    for (const n of ns) {
      const k = startKeys(index.get(n)!, concepts, order, memo);
      if (k === null) return null;
      for (const x of k) out.add(x);
    }
    return out;
  };
  const gates = rules.rules.map((r) => ({
    subject: union(r.subject),
    claim: union(r.claim),
    link: r.link && r.link.length > 0 ? union(r.link) : null,
  }));
  const gateInit = new Uint8Array(gates.length * 3);
  gates.forEach((g, i) => {
    [g.subject, g.claim, g.link].forEach((set, part) => {
      if (set === null) gateInit[i * 3 + part] = 1;
      else for (const k of set) info(k).gate.push(i * 3 + part);
    });
  });
  const ruleParts = rules.rules.map((r) => ({
    subject: r.subject.map((n) => index.get(n)!),
    claim: r.claim.map((n) => index.get(n)!),
    link: r.link && r.link.length > 0 ? r.link.map((n) => index.get(n)!) : null,
  }));
  const ruleGroups = rules.rules.map((r) =>
    [r.subject, r.claim, ...(r.link && r.link.length > 0 ? [r.link] : []), ...(r.also ?? []), ...(r.context ?? [])].map((g) => g.map((n) => index.get(n)!)),
  );
  const nc = order.length;
  const ne = elemRefs.length;
  const conceptElems: number[][] = order.map(() => []);
  elemRefs.forEach((refs, e) => {
    for (const r of refs) conceptElems[r]!.push(e);
  });
  const out: Compiled = {
    order, byName, index, rules: rules.rules, gates, gateInit, ruleParts, ruleGroups, keys, concepts, elemRefs,
    elemPatterns: elemPats, patternReq: Int32Array.from(patReq), patternConcept: Int32Array.from(patConcept), conceptElems,
    memo: new Map(),
    state: {
      epoch: 0,
      head: new Int32Array(nc),
      next: [],
      pos: [],
      pats: [],
      done: new Int32Array(nc),
      count: new Int32Array(nc),
      spans: new Array<Span[]>(nc).fill(NO_SPANS),
      ends: new Int32Array(nc * 64),
      present: new Int32Array(ne),
      elemSeen: new Int32Array(ne),
      elemOk: new Uint8Array(ne),
      viableSeen: new Int32Array(pid),
      viable: new Uint8Array(pid),
      elemPossible: new Int32Array(ne),
      patternSeen: new Int32Array(pid),
      patternCount: new Int32Array(pid),
      possible: new Int32Array(nc),
      gate: new Uint8Array(gateInit.length),
      best: new Int32Array(256),
      touched: [],
    },
  };
  cache.set(rules, out);
  return out;
}

// ---------------------------------------------------------------------------------------------
// The current sentence (module state: matching is never re-entered)

let cur: Compiled | null = null;
let st: State;
let ep = 0;
let n = 0;
/** Per token: its stem key's number (or "#num"'s), its surface key's number, and gap marks. */
let sid = new Int32Array(256);
let fid = new Int32Array(256);
let marks = new Uint8Array(256);
/** Longest ends of matched concepts: concept ci's row starts at ci * stride. */
let stride = 1;

/** A gap never crosses these; a clause gap (~N) not these either. */
const HARD = 1;
const CLAUSE = 2;
const MARKS = new Map<string, number>([
  [';', HARD], ['.', HARD], ['|', HARD],
  ...[',', ':', '(', ')', '\u2014', '\u2013', '\u2192', '\u21d2', '\u2713', '!', '?'].map((s): [string, number] => [s, CLAUSE]),
]);

/** Per token, the key info of its stem key and of its surface key: [stem 0, surface 0, stem 1, ...]. */
export function keyInfos(toks: Token[], c: Compiled): KeyInfo[] {
  const out = new Array<KeyInfo>(toks.length * 2);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    out[2 * i] = c.keys.get(t.sk!) ?? NO_KEY;
    out[2 * i + 1] = c.keys.get(t.fk!) ?? NO_KEY;
  }
  return out;
}

/**
 * Start matching a sentence: nothing is matched until asked for. `keys` is keyInfos(toks, c). Any
 * Matches of an earlier sentence are gone.
 */
export function beginSentence(c: Compiled, toks: Token[], keys: KeyInfo[]): void {
  cur = c;
  st = c.state;
  if (++st.epoch === 0x7fffffff) {
    for (const a of [st.done, st.present, st.elemSeen, st.viableSeen, st.elemPossible, st.patternSeen, st.possible]) a.fill(0);
    st.epoch = 1;
  }
  ep = st.epoch;
  n = toks.length;
  if (sid.length < n) {
    sid = new Int32Array(2 * n);
    fid = new Int32Array(2 * n);
    marks = new Uint8Array(2 * n);
  }
  stride = n + 1;
  if (st.ends.length < c.order.length * stride) st.ends = new Int32Array(2 * c.order.length * stride);
  if (st.best.length < stride) st.best = new Int32Array(2 * stride);
  st.best.fill(-1, 0, stride);
  const { head, next, pos, pats, present } = st;
  head.fill(-1);
  let nb = 0;
  for (let k = 0; k < keys.length; k++) {
    const info = keys[k]!;
    const i = k >> 1;
    if ((k & 1) === 0) {
      sid[i] = info.id;
      const t = toks[i]!;
      marks[i] = t.kind === 'punct' ? MARKS.get(t.surface) ?? 0 : 0;
    } else fid[i] = info.id;
    const es = info.elems;
    for (let j = 0; j < es.length; j++) {
      const e = es[j]!;
      if (present[e] === ep) continue;
      present[e] = ep;
      if (st.elemPossible[e] === ep) continue;
      st.elemPossible[e] = ep;
      satisfy(e);
    }
    // Bucket the literal-first patterns by concept, so each concept only tries positions that can
    // start it (a list per concept; the order does not matter, as each start keeps its longest match).
    const cis = info.startConcepts;
    for (let j = 0; j < cis.length; j++) {
      const ci = cis[j]!;
      pos[nb] = i;
      pats[nb] = info.startPatterns[j]!;
      next[nb] = head[ci]!;
      head[ci] = nb++;
    }
  }
}

function current(c: Compiled): void {
  if (c !== cur || c.state.epoch !== ep) throw new Error('claim linter: concept matching used outside its sentence');
}

/** The spans of concept ci in the current sentence, matched now if not yet. */
export function spansAt(c: Compiled, ci: number): Span[] {
  current(c);
  if (st.done[ci] !== ep) matchConcept(ci);
  return st.spans[ci]!;
}

/** The spans of a concept by name (undefined for a concept the rules do not define). */
export function conceptSpans(c: Compiled, name: string): Span[] | undefined {
  const ci = c.index.get(name);
  return ci === undefined ? undefined : spansAt(c, ci);
}

/**
 * Whether concept ci could match in the current sentence: one of its patterns has every required
 * element present (a word of the sentence, or a concept that could match). Decided without matching,
 * when the sentence begins.
 */
export function possible(c: Compiled, ci: number): boolean {
  current(c);
  return st.possible[ci] === ep;
}

/**
 * Required element e can match (a word of the sentence is one of its alternatives, or a concept that
 * could match is): count it for its pattern, and when that pattern has all its required elements, its
 * concept could match.
 */
function satisfy(e: number): void {
  const c = cur!;
  const ps = c.elemPatterns[e]!;
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    if (st.patternSeen[p] !== ep) {
      st.patternSeen[p] = ep;
      st.patternCount[p] = 0;
    }
    if (++st.patternCount[p]! !== c.patternReq[p]) continue;
    const ci = c.patternConcept[p]!;
    if (st.possible[ci] === ep) continue;
    st.possible[ci] = ep;
    const xs = c.conceptElems[ci]!;
    for (let j = 0; j < xs.length; j++) {
      const x = xs[j]!;
      if (st.elemPossible[x] === ep) continue;
      st.elemPossible[x] = ep;
      satisfy(x);
    }
  }
}

/** Whether required element e can match somewhere: a word of the sentence, or a concept's match. */
function elemOk(e: number): boolean {
  if (st.present[e] === ep) return true;
  if (st.elemSeen[e] === ep) return st.elemOk[e] === 1;
  let ok = false;
  const rs = cur!.elemRefs[e]!;
  for (let i = 0; i < rs.length; i++) {
    const r = rs[i]!;
    if (st.done[r] !== ep) matchConcept(r);
    if (st.count[r]! > 0) {
      ok = true;
      break;
    }
  }
  st.elemSeen[e] = ep;
  st.elemOk[e] = ok ? 1 : 0;
  return ok;
}

/**
 * Whether every required element of p can match somewhere; when so, the concepts it refers to are
 * matched. Matches concepts, so it is called before a concept's own search starts (never during it).
 */
function prepare(p: CPat): boolean {
  if (st.viableSeen[p.id] === ep) return st.viable[p.id] === 1;
  let ok = true;
  const req = p.req;
  for (let i = 0; i < req.length; i++) {
    if (!elemOk(req[i]!)) {
      ok = false;
      break;
    }
  }
  if (ok) {
    const refs = p.refs;
    for (let i = 0; i < refs.length; i++) if (st.done[refs[i]!] !== ep) matchConcept(refs[i]!);
  }
  st.viableSeen[p.id] = ep;
  st.viable[p.id] = ok ? 1 : 0;
  return ok;
}

/** prepare() every pattern of the list; whether one is viable. */
function prepareAll(list: CPat[]): boolean {
  let any = false;
  for (let i = 0; i < list.length; i++) if (prepare(list[i]!)) any = true;
  return any;
}

function matchConcept(ci: number): void {
  const c = cur!;
  st.done[ci] = ep;
  st.count[ci] = 0;
  st.spans[ci] = NO_SPANS;
  // No pattern of a concept that cannot match is viable.
  if (st.possible[ci] !== ep) return;
  const cp = c.concepts[ci]!;
  const { head, next, pos: bPos, pats: bPats } = st;
  const { firstConcepts, firstPatterns, loose } = cp;
  for (let f = 0; f < firstConcepts.length; f++) if (st.done[firstConcepts[f]!] !== ep) matchConcept(firstConcepts[f]!);
  // Decide which patterns are viable (matching the concepts they need) before searching: the search
  // below shares buffers with every other concept's.
  let any = false;
  for (let b = head[ci]!; b !== -1; b = next[b]!) if (prepareAll(bPats[b]!)) any = true;
  for (let f = 0; f < firstConcepts.length; f++) if (st.count[firstConcepts[f]!]! > 0 && prepareAll(firstPatterns[f]!)) any = true;
  if (loose.length > 0 && prepareAll(loose)) any = true;
  if (!any) return;
  for (let b = head[ci]!; b !== -1; b = next[b]!) tryAll(bPos[b]!, bPats[b]!);
  for (let f = 0; f < firstConcepts.length; f++) {
    const spans = st.spans[firstConcepts[f]!]!;
    for (let k = 0; k < spans.length; k++) tryAll(spans[k]!.start, firstPatterns[f]!);
  }
  if (loose.length > 0) for (let p = 0; p < n; p++) tryAll(p, loose);
  const { best, touched } = st;
  if (touched.length === 0) return;
  if (touched.length > 1) touched.sort((a, b) => a - b);
  const row = ci * stride;
  st.ends.fill(-1, row, row + stride);
  const list: Span[] = [];
  const name = c.order[ci]!.name;
  for (const p of touched) {
    const end = best[p]!;
    st.ends[row + p] = end;
    list.push({ concept: name, start: p, end });
    best[p] = -1;
  }
  touched.length = 0;
  st.count[ci] = list.length;
  st.spans[ci] = list;
}

/** Try the viable patterns of `list` at pos; record the longest end. */
function tryAll(pos: number, list: CPat[]): void {
  const { best, touched } = st;
  for (let i = 0; i < list.length; i++) {
    const p = list[i]!;
    if (st.viable[p.id] !== 1) continue;
    const e = longestEnd(p, pos);
    if (e > pos && e > best[pos]!) {
      if (best[pos] === -1) touched.push(pos);
      best[pos] = e;
    }
  }
}

// States (element, position) already explored in the current search: a state reached again by
// another path (gaps make many) can only add ends that were already found.
let seen = new Int32Array(1024);
let seenStamp = 0;
let seenWidth = 0;
let elems: CElem[] = [];
let found = 0;
let maxEnd = -1;

/**
 * The longest end of pattern p from pos (-1: none). The search stops after MAX_RESULTS distinct ends,
 * counted in the order of a depth-first search over elements and alternatives.
 */
function longestEnd(p: CPat, pos: number): number {
  elems = p.elems;
  seenWidth = n + 1;
  const size = (elems.length + 1) * seenWidth;
  if (seen.length < size) seen = new Int32Array(Math.max(size, seen.length * 2));
  if (++seenStamp === 0x7fffffff) {
    seen.fill(0);
    seenStamp = 1;
  }
  found = 0;
  maxEnd = -1;
  search(0, pos);
  return maxEnd;
}

const NONE = 0x7fffffff;

/** Explore elements [ei..] from pos. Gaps never cross ';', '.' or '|'. */
function search(ei: number, pos: number): void {
  if (found >= MAX_RESULTS) return;
  const state = ei * seenWidth + pos;
  if (seen[state] === seenStamp) return;
  seen[state] = seenStamp;
  if (ei === elems.length) {
    found++;
    if (pos > maxEnd) maxEnd = pos;
    return;
  }
  const el = elems[ei]!;
  if (el.gap > 0) {
    for (let k = 0; k <= el.gap && pos + k <= n; k++) {
      if (k > 0) {
        const m = marks[pos + k - 1]!;
        if (m === HARD || (el.clause && m === CLAUSE)) break;
      }
      search(ei + 1, pos + k);
    }
    return;
  }
  if (el.optional) search(ei + 1, pos);
  if (pos >= n) return;
  const s = sid[pos]!;
  const f = fid[pos]!;
  const single = el.single;
  if (single !== null) {
    let one = single.get(s) ?? NONE;
    const g = single.get(f);
    if (g !== undefined && g < one) one = g;
    const others = el.others;
    for (let k = 0; k < others.length; k++) {
      const i = others[k]!;
      if (one < i) {
        search(ei + 1, pos + 1);
        one = NONE;
      }
      const e = seqEnd(el.alts[i]!, pos);
      if (e >= 0) search(ei + 1, e);
    }
    if (one !== NONE) search(ei + 1, pos + 1);
    return;
  }
  const alts = el.alts;
  for (let k = 0; k < alts.length; k++) {
    const alt = alts[k]!;
    const a = alt[0]!;
    if (alt.length === 1 && a >= 0) {
      if (a === s || a === f) search(ei + 1, pos + 1);
      continue;
    }
    const e = seqEnd(alt, pos);
    if (e >= 0) search(ei + 1, e);
  }
}

/**
 * Where an atom sequence that starts at pos ends, or -1. A sequence has at most one end: each word
 * is one token and a concept is indexed by its longest match at each start.
 */
function seqEnd(seq: Int32Array, pos: number): number {
  let p = pos;
  for (let i = 0; i < seq.length; i++) {
    const a = seq[i]!;
    if (a < 0) {
      const ci = -1 - a;
      if (st.count[ci] === 0) return -1;
      const e = st.ends[ci * stride + p]!;
      if (e < 0) return -1;
      p = e;
      continue;
    }
    if (p >= n || (a !== sid[p] && a !== fid[p])) return -1;
    p++;
  }
  return p;
}
