export const id = 230;
export const ids = [230];
export const modules = {

/***/ 50169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ID: () => (/* binding */ lintPlain),
  eI: () => (/* binding */ refutingHeader)
});

// UNUSED EXPORTS: explain

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/claims/lint/patterns.ts
var patterns = __webpack_require__(60596);
// EXTERNAL MODULE: ./src/claims/lint/rules.ts
var lint_rules = __webpack_require__(28360);
;// CONCATENATED MODULE: ./src/claims/lint/match.ts
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



const NO_KEY = { id: -1, startConcepts: [], startPatterns: [], elems: [], gate: [] };
/** The spans of a concept that matches nowhere (shared; never modified). */
const NO_SPANS = Object.freeze([]);
/** Most distinct ends one pattern search collects from one start. */
const MAX_RESULTS = 64;
/** Below this many alternatives an element's alternatives are simply tried in order. */
const INDEX_MIN_ALTS = 4;
/** Keys a match of concept ci can start with (null when it could start with anything). */
function startKeys(ci, cons, order, memo) {
    if (memo.has(ci))
        return memo.get(ci);
    memo.set(ci, null); // cycles are rejected earlier; this only guards the recursion
    const c = cons[ci];
    if (c.loose.length > 0)
        return null;
    const out = new Set();
    for (const k of c.byFirst.keys())
        out.add(k);
    for (const fc of c.firstConcepts) {
        const sub = startKeys(fc, cons, order, memo);
        if (sub === null)
            return null;
        for (const x of sub)
            out.add(x);
    }
    memo.set(ci, out);
    return out;
}
const cache = new WeakMap();
function match_compile(rules) {
    const hit = cache.get(rules);
    if (hit)
        return hit;
    const names = (0,lint_rules/* checkReferences */.$x)(rules);
    if (rules.rules.length === 0)
        throw new errors/* InputError */.dz('RULES_INVALID', `claim rules ${rules.sources.join(' + ')}: no rules`);
    const index = new Map(names.map((n, i) => [n, i]));
    const order = names.map((name) => {
        const def = rules.concepts[name];
        return { name, source: def.role === 'source', direction: def.direction ?? 'forward', absorbsNegation: def.absorbs_negation ?? false };
    });
    const byName = new Map(order.map((c) => [c.name, c]));
    const keys = new Map();
    const info = (k) => {
        let x = keys.get(k);
        if (!x)
            keys.set(k, (x = { id: keys.size, startConcepts: [], startPatterns: [], elems: [], gate: [] }));
        return x;
    };
    const elemRefs = [];
    const elemIds = new Map();
    const elemPats = [];
    const patReq = [];
    const patConcept = [];
    let pid = 0;
    let compiling = 0;
    const compilePattern = (p) => {
        const elems = [];
        const req = [];
        const refs = new Set();
        for (const el of p) {
            if (el.t === 'gap') {
                elems.push({ gap: el.max, clause: !!el.clause, optional: false, alts: [], single: null, others: [] });
                continue;
            }
            const alts = el.alts.map((alt) => Int32Array.from(alt, (a) => {
                if (a.t === 'concept') {
                    const ci = index.get(a.v);
                    refs.add(ci);
                    return -1 - ci;
                }
                return info((0,patterns/* atomKey */.td)(a)).id;
            }));
            let single = null;
            const others = [];
            if (alts.length >= INDEX_MIN_ALTS) {
                single = new Map();
                alts.forEach((alt, i) => {
                    if (alt.length > 1 || alt[0] < 0)
                        others.push(i);
                    else if (!single.has(alt[0]))
                        single.set(alt[0], i);
                });
            }
            elems.push({ gap: 0, clause: false, optional: el.optional, alts, single, others });
            if (el.optional)
                continue;
            // A required element: the keys and concepts that can satisfy it. Elements with the same keys
            // and concepts are one (many patterns share "the|a|our", "@NEG" ...).
            const byKey = new Set();
            const byConcept = new Set();
            for (const alt of el.alts) {
                const a = alt[0];
                if (a.t === 'concept')
                    byConcept.add(index.get(a.v));
                else
                    byKey.add((0,patterns/* atomKey */.td)(a));
            }
            const sig = [...byKey].sort().join(' ') + '|' + [...byConcept].sort((x, y) => x - y).join(' ');
            let id = elemIds.get(sig);
            if (id === undefined) {
                id = elemRefs.length;
                elemIds.set(sig, id);
                elemRefs.push([...byConcept]);
                elemPats.push([]);
                for (const k of byKey)
                    info(k).elems.push(id);
            }
            if (!req.includes(id)) {
                req.push(id);
                elemPats[id].push(pid);
            }
        }
        patReq.push(req.length);
        patConcept.push(compiling);
        return { id: pid++, elems, req, refs: [...refs] };
    };
    const concepts = names.map((name, ci) => {
        compiling = ci;
        const cp = { patterns: [], firstConcepts: [], firstPatterns: [], loose: [], byFirst: new Map() };
        const firsts = new Map();
        for (const src of rules.concepts[name].patterns) {
            const p = (0,lint_rules/* patternOf */.Id)(rules, src);
            const x = compilePattern(p);
            cp.patterns.push(x);
            const el = p[0];
            if (el.t !== 'alt' || el.optional) {
                cp.loose.push(x);
                continue;
            }
            for (const k of new Set(el.alts.map((alt) => (0,patterns/* atomKey */.td)(alt[0])))) {
                if (k.startsWith('c:')) {
                    const fc = index.get(k.slice(2));
                    const l = firsts.get(fc);
                    if (l)
                        l.push(x);
                    else
                        firsts.set(fc, [x]);
                }
                else {
                    const l = cp.byFirst.get(k);
                    if (l)
                        l.push(x);
                    else
                        cp.byFirst.set(k, [x]);
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
    const memo = new Map();
    const union = (ns) => {
        const out = new Set();
        for (const n of ns) {
            const k = startKeys(index.get(n), concepts, order, memo);
            if (k === null)
                return null;
            for (const x of k)
                out.add(x);
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
            if (set === null)
                gateInit[i * 3 + part] = 1;
            else
                for (const k of set)
                    info(k).gate.push(i * 3 + part);
        });
    });
    const ruleParts = rules.rules.map((r) => ({
        subject: r.subject.map((n) => index.get(n)),
        claim: r.claim.map((n) => index.get(n)),
        link: r.link && r.link.length > 0 ? r.link.map((n) => index.get(n)) : null,
    }));
    const ruleGroups = rules.rules.map((r) => [r.subject, r.claim, ...(r.link && r.link.length > 0 ? [r.link] : []), ...(r.also ?? []), ...(r.context ?? [])].map((g) => g.map((n) => index.get(n))));
    const nc = order.length;
    const ne = elemRefs.length;
    const conceptElems = order.map(() => []);
    elemRefs.forEach((refs, e) => {
        for (const r of refs)
            conceptElems[r].push(e);
    });
    const out = {
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
            spans: new Array(nc).fill(NO_SPANS),
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
let cur = null;
let st;
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
const MARKS = new Map([
    [';', HARD], ['.', HARD], ['|', HARD],
    ...[',', ':', '(', ')', '\u2014', '\u2013', '\u2192', '\u21d2', '\u2713', '!', '?'].map((s) => [s, CLAUSE]),
]);
/** Per token, the key info of its stem key and of its surface key: [stem 0, surface 0, stem 1, ...]. */
function match_keyInfos(toks, c) {
    const out = new Array(toks.length * 2);
    for (let i = 0; i < toks.length; i++) {
        const t = toks[i];
        out[2 * i] = c.keys.get(t.sk) ?? NO_KEY;
        out[2 * i + 1] = c.keys.get(t.fk) ?? NO_KEY;
    }
    return out;
}
/**
 * Start matching a sentence: nothing is matched until asked for. `keys` is keyInfos(toks, c). Any
 * Matches of an earlier sentence are gone.
 */
function match_beginSentence(c, toks, keys) {
    cur = c;
    st = c.state;
    if (++st.epoch === 0x7fffffff) {
        for (const a of [st.done, st.present, st.elemSeen, st.viableSeen, st.elemPossible, st.patternSeen, st.possible])
            a.fill(0);
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
    if (st.ends.length < c.order.length * stride)
        st.ends = new Int32Array(2 * c.order.length * stride);
    if (st.best.length < stride)
        st.best = new Int32Array(2 * stride);
    st.best.fill(-1, 0, stride);
    const { head, next, pos, pats, present } = st;
    head.fill(-1);
    let nb = 0;
    for (let k = 0; k < keys.length; k++) {
        const info = keys[k];
        const i = k >> 1;
        if ((k & 1) === 0) {
            sid[i] = info.id;
            const t = toks[i];
            marks[i] = t.kind === 'punct' ? MARKS.get(t.surface) ?? 0 : 0;
        }
        else
            fid[i] = info.id;
        const es = info.elems;
        for (let j = 0; j < es.length; j++) {
            const e = es[j];
            if (present[e] === ep)
                continue;
            present[e] = ep;
            if (st.elemPossible[e] === ep)
                continue;
            st.elemPossible[e] = ep;
            satisfy(e);
        }
        // Bucket the literal-first patterns by concept, so each concept only tries positions that can
        // start it (a list per concept; the order does not matter, as each start keeps its longest match).
        const cis = info.startConcepts;
        for (let j = 0; j < cis.length; j++) {
            const ci = cis[j];
            pos[nb] = i;
            pats[nb] = info.startPatterns[j];
            next[nb] = head[ci];
            head[ci] = nb++;
        }
    }
}
function current(c) {
    if (c !== cur || c.state.epoch !== ep)
        throw new Error('claim linter: concept matching used outside its sentence');
}
/** The spans of concept ci in the current sentence, matched now if not yet. */
function match_spansAt(c, ci) {
    current(c);
    if (st.done[ci] !== ep)
        matchConcept(ci);
    return st.spans[ci];
}
/** The spans of a concept by name (undefined for a concept the rules do not define). */
function conceptSpans(c, name) {
    const ci = c.index.get(name);
    return ci === undefined ? undefined : match_spansAt(c, ci);
}
/**
 * Whether concept ci could match in the current sentence: one of its patterns has every required
 * element present (a word of the sentence, or a concept that could match). Decided without matching,
 * when the sentence begins.
 */
function possible(c, ci) {
    current(c);
    return st.possible[ci] === ep;
}
/**
 * Required element e can match (a word of the sentence is one of its alternatives, or a concept that
 * could match is): count it for its pattern, and when that pattern has all its required elements, its
 * concept could match.
 */
function satisfy(e) {
    const c = cur;
    const ps = c.elemPatterns[e];
    for (let i = 0; i < ps.length; i++) {
        const p = ps[i];
        if (st.patternSeen[p] !== ep) {
            st.patternSeen[p] = ep;
            st.patternCount[p] = 0;
        }
        if (++st.patternCount[p] !== c.patternReq[p])
            continue;
        const ci = c.patternConcept[p];
        if (st.possible[ci] === ep)
            continue;
        st.possible[ci] = ep;
        const xs = c.conceptElems[ci];
        for (let j = 0; j < xs.length; j++) {
            const x = xs[j];
            if (st.elemPossible[x] === ep)
                continue;
            st.elemPossible[x] = ep;
            satisfy(x);
        }
    }
}
/** Whether required element e can match somewhere: a word of the sentence, or a concept's match. */
function elemOk(e) {
    if (st.present[e] === ep)
        return true;
    if (st.elemSeen[e] === ep)
        return st.elemOk[e] === 1;
    let ok = false;
    const rs = cur.elemRefs[e];
    for (let i = 0; i < rs.length; i++) {
        const r = rs[i];
        if (st.done[r] !== ep)
            matchConcept(r);
        if (st.count[r] > 0) {
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
function prepare(p) {
    if (st.viableSeen[p.id] === ep)
        return st.viable[p.id] === 1;
    let ok = true;
    const req = p.req;
    for (let i = 0; i < req.length; i++) {
        if (!elemOk(req[i])) {
            ok = false;
            break;
        }
    }
    if (ok) {
        const refs = p.refs;
        for (let i = 0; i < refs.length; i++)
            if (st.done[refs[i]] !== ep)
                matchConcept(refs[i]);
    }
    st.viableSeen[p.id] = ep;
    st.viable[p.id] = ok ? 1 : 0;
    return ok;
}
/** prepare() every pattern of the list; whether one is viable. */
function prepareAll(list) {
    let any = false;
    for (let i = 0; i < list.length; i++)
        if (prepare(list[i]))
            any = true;
    return any;
}
function matchConcept(ci) {
    const c = cur;
    st.done[ci] = ep;
    st.count[ci] = 0;
    st.spans[ci] = NO_SPANS;
    // No pattern of a concept that cannot match is viable.
    if (st.possible[ci] !== ep)
        return;
    const cp = c.concepts[ci];
    const { head, next, pos: bPos, pats: bPats } = st;
    const { firstConcepts, firstPatterns, loose } = cp;
    for (let f = 0; f < firstConcepts.length; f++)
        if (st.done[firstConcepts[f]] !== ep)
            matchConcept(firstConcepts[f]);
    // Decide which patterns are viable (matching the concepts they need) before searching: the search
    // below shares buffers with every other concept's.
    let any = false;
    for (let b = head[ci]; b !== -1; b = next[b])
        if (prepareAll(bPats[b]))
            any = true;
    for (let f = 0; f < firstConcepts.length; f++)
        if (st.count[firstConcepts[f]] > 0 && prepareAll(firstPatterns[f]))
            any = true;
    if (loose.length > 0 && prepareAll(loose))
        any = true;
    if (!any)
        return;
    for (let b = head[ci]; b !== -1; b = next[b])
        tryAll(bPos[b], bPats[b]);
    for (let f = 0; f < firstConcepts.length; f++) {
        const spans = st.spans[firstConcepts[f]];
        for (let k = 0; k < spans.length; k++)
            tryAll(spans[k].start, firstPatterns[f]);
    }
    if (loose.length > 0)
        for (let p = 0; p < n; p++)
            tryAll(p, loose);
    const { best, touched } = st;
    if (touched.length === 0)
        return;
    if (touched.length > 1)
        touched.sort((a, b) => a - b);
    const row = ci * stride;
    st.ends.fill(-1, row, row + stride);
    const list = [];
    const name = c.order[ci].name;
    for (const p of touched) {
        const end = best[p];
        st.ends[row + p] = end;
        list.push({ concept: name, start: p, end });
        best[p] = -1;
    }
    touched.length = 0;
    st.count[ci] = list.length;
    st.spans[ci] = list;
}
/** Try the viable patterns of `list` at pos; record the longest end. */
function tryAll(pos, list) {
    const { best, touched } = st;
    for (let i = 0; i < list.length; i++) {
        const p = list[i];
        if (st.viable[p.id] !== 1)
            continue;
        const e = longestEnd(p, pos);
        if (e > pos && e > best[pos]) {
            if (best[pos] === -1)
                touched.push(pos);
            best[pos] = e;
        }
    }
}
// States (element, position) already explored in the current search: a state reached again by
// another path (gaps make many) can only add ends that were already found.
let seen = new Int32Array(1024);
let seenStamp = 0;
let seenWidth = 0;
let elems = [];
let found = 0;
let maxEnd = -1;
/**
 * The longest end of pattern p from pos (-1: none). The search stops after MAX_RESULTS distinct ends,
 * counted in the order of a depth-first search over elements and alternatives.
 */
function longestEnd(p, pos) {
    elems = p.elems;
    seenWidth = n + 1;
    const size = (elems.length + 1) * seenWidth;
    if (seen.length < size)
        seen = new Int32Array(Math.max(size, seen.length * 2));
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
function search(ei, pos) {
    if (found >= MAX_RESULTS)
        return;
    const state = ei * seenWidth + pos;
    if (seen[state] === seenStamp)
        return;
    seen[state] = seenStamp;
    if (ei === elems.length) {
        found++;
        if (pos > maxEnd)
            maxEnd = pos;
        return;
    }
    const el = elems[ei];
    if (el.gap > 0) {
        for (let k = 0; k <= el.gap && pos + k <= n; k++) {
            if (k > 0) {
                const m = marks[pos + k - 1];
                if (m === HARD || (el.clause && m === CLAUSE))
                    break;
            }
            search(ei + 1, pos + k);
        }
        return;
    }
    if (el.optional)
        search(ei + 1, pos);
    if (pos >= n)
        return;
    const s = sid[pos];
    const f = fid[pos];
    const single = el.single;
    if (single !== null) {
        let one = single.get(s) ?? NONE;
        const g = single.get(f);
        if (g !== undefined && g < one)
            one = g;
        const others = el.others;
        for (let k = 0; k < others.length; k++) {
            const i = others[k];
            if (one < i) {
                search(ei + 1, pos + 1);
                one = NONE;
            }
            const e = seqEnd(el.alts[i], pos);
            if (e >= 0)
                search(ei + 1, e);
        }
        if (one !== NONE)
            search(ei + 1, pos + 1);
        return;
    }
    const alts = el.alts;
    for (let k = 0; k < alts.length; k++) {
        const alt = alts[k];
        const a = alt[0];
        if (alt.length === 1 && a >= 0) {
            if (a === s || a === f)
                search(ei + 1, pos + 1);
            continue;
        }
        const e = seqEnd(alt, pos);
        if (e >= 0)
            search(ei + 1, e);
    }
}
/**
 * Where an atom sequence that starts at pos ends, or -1. A sequence has at most one end: each word
 * is one token and a concept is indexed by its longest match at each start.
 */
function seqEnd(seq, pos) {
    let p = pos;
    for (let i = 0; i < seq.length; i++) {
        const a = seq[i];
        if (a < 0) {
            const ci = -1 - a;
            if (st.count[ci] === 0)
                return -1;
            const e = st.ends[ci * stride + p];
            if (e < 0)
                return -1;
            p = e;
            continue;
        }
        if (p >= n || (a !== sid[p] && a !== fid[p]))
            return -1;
        p++;
    }
    return p;
}

// EXTERNAL MODULE: ./src/claims/lint/tokens.ts
var tokens = __webpack_require__(45849);
;// CONCATENATED MODULE: ./src/claims/lint/engine.ts
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


/** Cues that concepts absorbing negation may absorb. */
const CUES = ['NEG', 'HEDGE', 'HEDGE_AFTER', 'CONDITION'];
// ---------------------------------------------------------------------------------------------
// Sentence analysis
const WINDOW_BEFORE = 8;
/** Negation cues that reach forward only ("finished without errors", "executed rather than cached"). */
const FORWARD_ONLY = new Set(['without', 'rather', 'instead', 'separately', 'separate', 'independently', 'independent', 'apart', 'regardless', 'irrespective', 'unrelated']);
/** Words that may stand between a negation and the source it negates ("not by the benchmark"). */
const SOURCE_LEAD = new Set(['by', 'from', 'via', 'through', 'with', 'on', 'the', 'its', 'their', 'our', 'a', 'an', 'any', 'this', 'that', 'those', 'these', 'some', 'even', 'just', 'only', 'merely', 'simply', 'single', 'one', 'every', 'each', 'mere']);
function overlaps(a, b) {
    return a.start < b.end && b.start < a.end;
}
/** The current sentence's matches (beginSentence), valid until the next sentence begins. */
function spansFor(c) {
    return { get: (name) => conceptSpans(c, name) };
}
/** Analyse the sentence that beginSentence() began (toks: its tokens). */
function analyse(toks, c) {
    const spans = spansFor(c);
    const n = toks.length;
    const contrastStarts = new Set((spans.get('CONTRAST') ?? []).map((s) => s.start));
    // Optional CLAUSE_BREAK ("because", "since"): a new clause, so a negation or hedge before it does
    // not reach past it ("we won't need S3 because the disk is durable").
    const breakStarts = new Set((spans.get('CLAUSE_BREAK') ?? []).map((s) => s.start));
    const zone = new Array(n).fill(0);
    const scope = new Array(n).fill(0);
    const paren = new Array(n).fill(false);
    let z = 0;
    let sc = 0;
    for (let i = 0; i < n; i++) {
        const s = toks[i].surface;
        if (contrastStarts.has(i)) {
            z++;
            sc++;
        }
        else if (breakStarts.has(i)) {
            sc++;
        }
        else if (s === ';' || s === ',' || s === ':' || s === '(' || s === ')' || s === '\u2014' || s === '\u2013' || s === '|') {
            // A short comma-bracketed aside (", however fast,") does not cut the scope.
            if (s === ',') {
                let j = i + 1;
                while (j < n && j - i <= 5 && toks[j].surface !== ',' && toks[j].kind !== 'punct')
                    j++;
                if (j < n && j - i <= 5 && j > i + 1 && toks[j].surface === ',') {
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
    const absorbed = new Set();
    if (CUES.some((name) => (spans.get(name)?.length ?? 0) > 0)) {
        c.order.forEach((concept, ci) => {
            if (!concept.absorbsNegation)
                return;
            for (const s of match_spansAt(c, ci))
                for (let k = s.start; k < s.end; k++)
                    absorbed.add(k);
        });
    }
    const falseNeg = new Set();
    for (const s of spans.get('NEG_FALSE') ?? [])
        for (let k = s.start; k < s.end; k++)
            falseNeg.add(k);
    const sourceSpans = [];
    for (const concept of c.order)
        if (concept.source)
            sourceSpans.push(...(spans.get(concept.name) ?? []));
    const negCues = [];
    // "X without Y", "X rather than Y", "X apart from Y": these cues negate what follows only.
    const forwardOnly = new Set();
    const parenNegCues = [];
    const sourceCues = [];
    for (const s of spans.get('NEG') ?? []) {
        if (absorbed.has(s.start) || falseNeg.has(s.start))
            continue;
        // "no benchmark", "not the benchmark": the cue negates the source, not the predicate.
        // "not by the benchmark", "not from its score": a preposition and a determiner may come between.
        let reach = s.end + 1;
        while (reach < n && reach <= s.end + 3 && SOURCE_LEAD.has(toks[reach - 1].surface))
            reach++;
        const attached = sourceSpans.some((x) => x.start >= s.end && x.start < reach && zone[x.start] === zone[s.start]);
        if (FORWARD_ONLY.has(toks[s.start].surface))
            forwardOnly.add(s.start);
        if (attached)
            sourceCues.push(s.start);
        else if (!paren[s.start])
            negCues.push(s.start);
        else
            parenNegCues.push(s.start);
    }
    const hedgeCues = (spans.get('HEDGE') ?? []).map((s) => s.start).filter((i) => !paren[i] && !absorbed.has(i));
    const hedgeAfterCues = (spans.get('HEDGE_AFTER') ?? []).map((s) => s.start).filter((i) => !paren[i] && !absorbed.has(i));
    // Optional CONDITION ("if", "unless"): the whole clause it opens is hedged, however long.
    const condCues = (spans.get('CONDITION') ?? []).map((s) => s.start).filter((i) => !paren[i] && !absorbed.has(i));
    const sourceNegated = (s) => sourceCues.some((c0) => c0 < s.start && c0 >= s.start - 4);
    const notLink = new Map();
    for (const s of spans.get('LINK_FALSE') ?? [])
        for (let k = s.start; k < s.end; k++)
            notLink.set(k, Math.max(notLink.get(k) ?? 0, s.end));
    const semi = new Array(n).fill(0);
    for (let i = 0, k = 0; i < n; i++) {
        if (toks[i].surface === ';')
            k++;
        semi[i] = k;
    }
    return { toks, spans, zone, scope, paren, negCues, negCuesBack: negCues.filter((i) => !forwardOnly.has(i)), parenNegCues, hedgeCues, hedgeAfterCues, condCues, notLink, semi, sourceNegated };
}
/** A cue scopes over a span when it sits in the same clause, at most 8 tokens before it, or inside it. */
function cued(a, cues, s, after) {
    for (const c0 of cues) {
        // A cue right after the span ("faster, not" / "proves nothing") reaches back over no punctuation.
        if (c0 >= s.end && c0 <= s.end + after - 1 && a.scope[c0] === a.scope[s.end - 1] && !a.toks.slice(s.end, c0).some((t) => t.kind === 'punct'))
            return true;
        if (c0 >= s.start && c0 < s.end)
            return true;
        if (c0 < s.start && c0 >= s.start - WINDOW_BEFORE && a.scope[c0] === a.scope[s.start])
            return true;
    }
    return false;
}
function negated(a, s) {
    const inAside = (c0) => {
        if (c0 >= s.start || c0 < s.start - WINDOW_BEFORE)
            return false;
        for (let k = c0; k < s.end; k++)
            if (!a.paren[k] || (k > c0 && a.toks[k].surface === ','))
                return false;
        return true;
    };
    return cued(a, a.negCues, s, 0) || cued(a, a.negCuesBack, s, 2) || a.parenNegCues.some(inAside);
}
function hedged(a, s) {
    if (a.condCues.some((c0) => c0 < s.start && a.scope[c0] === a.scope[s.start]))
        return true;
    if (a.hedgeAfterCues.some((c0) => c0 >= s.end && c0 - s.end < WINDOW_BEFORE && a.scope[c0] === a.scope[s.end - 1]))
        return true;
    return cued(a, a.hedgeCues, s, 0);
}
function inZone(a, s, zones) {
    return zones.has(a.zone[s.start]);
}
function spansOf(a, names) {
    const out = [];
    for (const n of names)
        out.push(...(a.spans.get(n) ?? []));
    return out;
}
/**
 * Whether the sentence is a question. Optional QUESTION_FALSE: an opening that only looks like a
 * question ("Don't worry ...", an imperative). Optional RHETORICAL: a question asked to assert ("What
 * more proof do you need than ...?"), which is linted like a statement.
 */
function isQuestion(a, text) {
    if ((a.spans.get('RHETORICAL') ?? []).length > 0)
        return false;
    if (/\?["'\u201d\u2019)\]*_]*\s*$/.test(text))
        return true;
    if ((a.spans.get('QUESTION_FALSE') ?? []).some((s) => s.start === 0))
        return false;
    return (a.spans.get('QUESTION_START') ?? []).some((s) => s.start === 0);
}
function distance(link, s) {
    if (overlaps(link, s))
        return 0;
    return s.end <= link.start ? link.start - s.end : s.start - link.end;
}
function evalRule(a, rule, c, z) {
    const zones = new Set([z]);
    const all = (names) => spansOf(a, names).filter((s) => inZone(a, s, zones));
    const excluded = spansOf(a, rule.except ?? []);
    // An excepted phrase inside a prepositional modifier of the claim ("the loss values [in the report
    // are accurate]") does not make the claim about it.
    const preps = a.spans.get('PREP') ?? [];
    // Unless it names the evidence itself ("the values in the attestation report are valid").
    const own = spansOf(a, rule.subject);
    const modifier = (x, s) => preps.some((p) => p.start > s.start && p.end <= x.start && p.end >= x.start - 2) && !own.some((o) => overlaps(o, x));
    const claims = all(rule.claim).filter((s) => !negated(a, s) && !hedged(a, s) && !excluded.some((x) => overlaps(x, s) && !modifier(x, s)));
    if (claims.length === 0)
        return false;
    for (const group of rule.also ?? []) {
        if (!all(group).some((s) => !negated(a, s)))
            return false;
    }
    // `context` groups may sit in any clause or zone of the sentence.
    // A cue after the circumstance does not negate it ("leases expire without warning").
    for (const group of rule.context ?? []) {
        if (!spansOf(a, group).some((s) => !cued(a, a.negCues, s, 0)))
            return false;
    }
    // A zone without its own subject that opens with a pronoun ("..., but it proves ...") borrows the previous zone's.
    const subjectZones = new Set([z]);
    const zoneStart = a.zone.indexOf(z);
    const pronoun = (a.spans.get('PRONOUN') ?? []).some((s) => a.zone[s.start] === z && s.start - zoneStart <= 3);
    // `not_subject` names words that only look like a subject ("denial-of-service", "Node.js").
    const notSubject = spansOf(a, rule.not_subject ?? []);
    const usable = (s) => !a.sourceNegated(s) && !notSubject.some((x) => x.start <= s.start && x.end >= s.end);
    let subjects = all(rule.subject).filter(usable);
    if (subjects.length === 0 && pronoun && z > 0) {
        subjectZones.add(z - 1);
        subjects = spansOf(a, rule.subject).filter((s) => inZone(a, s, subjectZones) && usable(s));
    }
    if (subjects.length === 0)
        return false;
    const subjectNames = new Set(rule.subject);
    if (!rule.link || rule.link.length === 0) {
        // The subject may sit inside a long claim ("persist on provider storage after the lease"), but
        // one word cannot be both.
        return claims.some((cl) => subjects.some((s) => !(s.start <= cl.start && s.end >= cl.end)));
    }
    const sources = [];
    for (const concept of c.order) {
        if (!concept.source)
            continue;
        for (const s of a.spans.get(concept.name) ?? [])
            if (inZone(a, s, subjectZones) && usable(s))
                sources.push(s);
    }
    // A compound of sources ("latency test", "benchmark report") reaches to its last word: the
    // modifier names the kind, the span reaches the head.
    const extend = (s) => {
        let end = s.end;
        for (let grew = true; grew;) {
            grew = false;
            for (const t of sources)
                if (t.start <= end && t.end > end)
                    ((end = t.end), (grew = true));
        }
        return end === s.end ? s : { concept: s.concept, start: s.start, end };
    };
    const links = all(rule.link);
    // A link inside a longer, negated link shares its negation ("Nothing in X puts it [beyond doubt]").
    const negatedLinks = links.filter((l) => negated(a, l));
    for (const link of links) {
        if (negatedLinks.some((l) => l !== link && l.start <= link.start && l.end >= link.end))
            continue;
        // A link that starts inside a LINK_FALSE phrase is that other sense, unless it reaches past the
        // phrase ("make it" is no link; "make it certain that" is).
        if (negated(a, link) || hedged(a, link) || (a.notLink.get(link.start) ?? -1) >= link.end)
            continue;
        const dir = c.byName.get(link.concept).direction;
        // A link inside the claim ("the job obviously finished", "is guaranteed to be correct") joins it too.
        // So does a claim inside an "any" link ("tell the batch completed from ...").
        const inside = (cl) => (cl.start < link.start && cl.end > link.end) || (dir === 'any' && cl.start > link.start && cl.end < link.end);
        // A claim that another source introduces with its own link after this one belongs to that source
        // ("the attestation verifies the runtime, while the eval suite checks the outputs are correct").
        const reclaimed = (cl) => dir === 'forward' &&
            !!rule.nearest_subject &&
            !inside(cl) &&
            sources.some((s) => !subjectNames.has(s.concept) &&
                s.start >= link.end &&
                s.end <= cl.start &&
                links.some((l) => l !== link && l.start >= s.end && l.end <= cl.start && !negated(a, l)));
        const okClaims = claims.filter((cl) => (inside(cl) || (dir === 'forward' ? cl.start >= link.end : !overlaps(cl, link))) && !reclaimed(cl));
        if (okClaims.length === 0)
            continue;
        // A source inside an "any" link ("as the throughput numbers show") is that link's subject.
        const grown = (x) => {
            const e = extend(x);
            return overlaps(e, link) && !overlaps(x, link) ? x : e;
        };
        // A subject may sit inside a claim that the link also sits in, before the link: "answers
        // [produced in the attested enclave] are, by definition, correct".
        // Likewise when an "any" link follows the claim it qualifies: "answers [from an attested enclave]
        // are correct by construction".
        const within = (cl, s) => (cl.start < link.start && cl.end > link.end && s.start > cl.start && s.end <= link.start) ||
            (dir === 'any' && link.start >= cl.end && s.start > cl.start && s.end < cl.end);
        const candidates = (rule.nearest_subject ? sources.map(grown) : subjects).filter((s) => (dir === 'any' ? !(s.start <= link.start && s.end >= link.end) : !overlaps(s, link) && s.end <= link.start) &&
            !okClaims.every((cl) => overlaps(cl, s) && !within(cl, s)) &&
            (a.semi[s.start] === a.semi[link.start] || okClaims.some((cl) => a.semi[cl.start] === a.semi[link.start])));
        if (candidates.length === 0)
            continue;
        if (!rule.nearest_subject)
            return true;
        // The evidence source nearest to the link is what the sentence presents as evidence.
        // A source inside a prepositional phrase ("the report from the benchmark") is a modifier: demote it.
        // After the link a preposition opens the reason itself ("... because they came out of a TEE").
        const weight = (s) => {
            let d = distance(link, s);
            const preps = a.spans.get('PREP') ?? [];
            if (s.end <= link.start && preps.some((p) => p.end <= s.start && p.end >= s.start - 2))
                d += 6;
            return d;
        };
        let best = Infinity;
        for (const s of candidates)
            best = Math.min(best, weight(s));
        if (candidates.some((s) => weight(s) === best && subjectNames.has(s.concept)))
            return true;
    }
    return false;
}
/**
 * Whether the sentence reports a claim in order to reject it. A refuting word that is itself negated
 * ("its answers cannot be wrong", "it is not false that ...") asserts rather than refutes.
 */
function refuted(a) {
    const negs = a.spans.get('NEG') ?? [];
    return (a.spans.get('REFUTE') ?? []).some((r) => !negs.some((n) => n.end <= r.start && n.end >= r.start - 1 && a.scope[n.start] === a.scope[r.start]));
}
/** Marks that end a clause, for reported speech and its rebuttal. */
const CLAUSE_ENDS = new Set([';', ',', ':', '(', ')', '\u2014', '\u2013']);
/**
 * Whether the sentence reports a claim (optional concept REPORT: "the vendor says", "it is often
 * claimed that", a quotation) and a later clause rebuts it (optional concept REBUT: "; it doesn't",
 * "but that conflates ...", "we make no such claim"). Reported speech refuted in its own sentence is
 * not asserted.
 */
function reportRefuted(a) {
    const reports = [...(a.spans.get('REPORT') ?? []), ...(a.spans.get('REPORT_OTHER') ?? [])];
    const rebuts = a.spans.get('REBUT') ?? [];
    if (reports.length === 0 || rebuts.length === 0)
        return false;
    const contrast = new Set((a.spans.get('CONTRAST') ?? []).map((x) => x.start));
    return reports.some((r) => rebuts.some((b) => {
        if (b.start < r.end)
            return false;
        for (let k = r.end; k <= b.start; k++)
            if (CLAUSE_ENDS.has(a.toks[k].surface) || contrast.has(k))
                return true;
        return false;
    }));
}
/**
 * Zones that only report what someone else holds (optional concept REPORT_OTHER: "someone said",
 * "some vendors claim", "it is sometimes argued") when a contrast follows ("..., but the auditors asked
 * for them"): the writer sets the report against what comes after, so the report's own zone is not
 * asserted. The zones after the contrast are the writer's own and are still read.
 */
function reportedZones(a) {
    const out = new Set();
    const last = a.zone[a.zone.length - 1] ?? 0;
    for (const r of a.spans.get('REPORT_OTHER') ?? []) {
        const z = a.zone[r.start];
        if (z < last)
            out.add(z);
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
function lintPlain(text, rules) {
    const c = match_compile(rules);
    const hit = c.memo.get(text);
    if (hit !== undefined)
        return hit;
    const f = lintUncached(text, c);
    const out = f && Object.freeze(f);
    if (c.memo.size >= MEMO_MAX)
        c.memo.clear();
    c.memo.set(text, out);
    return out;
}
function lintUncached(text, c) {
    const toks = (0,tokens/* tokenize */.qw)(text);
    if (toks.length === 0 || !toks.some((t) => t.kind === 'word'))
        return null;
    // Cheap gate: skip the full analysis unless some rule could find its subject, claim and link.
    // Live rules: those whose subject, claim and link could all occur.
    const keys = match_keyInfos(toks, c);
    const part = c.state.gate;
    part.set(c.gateInit);
    for (const k of keys)
        for (const g of k.gate)
            part[g] = 1;
    const keyLive = [];
    for (let i = 0; i < c.gates.length; i++)
        if (part[i * 3] && part[i * 3 + 1] && part[i * 3 + 2])
            keyLive.push(i);
    if (keyLive.length === 0)
        return null;
    // Then by what could match at all: a concept is possible when one of its patterns has every required
    // element present (a word in the sentence, or a possible concept). Nothing is matched yet.
    match_beginSentence(c, toks, keys);
    const anyOf = (l) => l.some((ci) => possible(c, ci));
    const live = keyLive.filter((i) => {
        const r = c.ruleParts[i];
        return anyOf(r.subject) && anyOf(r.claim) && (r.link === null || anyOf(r.link));
    });
    if (live.length === 0)
        return null;
    // A rule fires only when its subject, claim, link, `also` and `context` concepts all match: a piece
    // is analysed only when some live rule has them all, which is decided group by group, matching
    // only what each group needs and stopping at a group that does not match.
    const some = (group) => group.some((ci) => match_spansAt(c, ci).length > 0);
    const core = () => live.some((i) => c.ruleGroups[i].every(some));
    const pieces = chunk(toks);
    for (const [i, piece] of pieces.entries()) {
        if (pieces.length > 1)
            match_beginSentence(c, piece, match_keyInfos(piece, c));
        // The first of several pieces is read in full: a question there clears the whole sentence.
        if ((pieces.length === 1 || i > 0) && !core())
            continue;
        const a = analyse(piece, c);
        if (i === 0 && isQuestion(a, text))
            return null;
        if (refuted(a) || reportRefuted(a))
            continue;
        const reported = reportedZones(a);
        const zones = [...new Set(a.zone)].filter((z) => !reported.has(z));
        for (const ri of live) {
            const rule = c.rules[ri];
            if (rule.unless && spansOf(a, rule.unless).some((s) => !negated(a, s)))
                continue;
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
function chunk(toks) {
    if (toks.length <= MAX_TOKENS)
        return [toks];
    const out = [];
    for (let i = 0; i < toks.length;) {
        let end = Math.min(i + MAX_TOKENS, toks.length);
        if (end < toks.length) {
            for (let k = end - 1; k > i + MAX_TOKENS / 2; k--) {
                const s = toks[k].surface;
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
function refutingHeader(text, rules) {
    const c = match_compile(rules);
    const toks = (0,tokens/* tokenize */.qw)(text);
    if (toks.length === 0)
        return false;
    // Negation cues and REFUTE: only the concepts they need are matched, as in lintPlain.
    match_beginSentence(c, toks, match_keyInfos(toks, c));
    const a = analyse(toks, c);
    return a.negCues.length > 0 || (a.spans.get('REFUTE') ?? []).length > 0;
}
/** For tests and debugging: the concept spans found in a sentence, as "CONCEPT: words". */
function explain(text, rules) {
    const c = compile(rules);
    const toks = tokenize(text);
    beginSentence(c, toks, keyInfos(toks, c));
    const out = [];
    c.order.forEach((concept, ci) => {
        for (const s of spansAt(c, ci))
            out.push(`${concept.name}: ${toks.slice(s.start, s.end).map((t) => t.surface).join(' ')}`);
    });
    const a = analyse(toks, c);
    out.push(`neg@${a.negCues.join(',')} hedge@${a.hedgeCues.join(',')} zones=${a.zone.join('')} scopes=${a.scope.join(',')}`);
    return out;
}


/***/ }),

/***/ 21230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lint: () => (/* binding */ lint),
/* harmony export */   lintPart: () => (/* binding */ lintPart),
/* harmony export */   lintSentence: () => (/* binding */ lintSentence)
/* harmony export */ });
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50169);
/* harmony import */ var _shipped_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15839);
/* harmony import */ var _split_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67983);
/**
 * Linting text with the claim rules: Markdown is split into sentences (split.ts), each is read by the
 * engine (engine.ts). This module and what it imports are all the `lint` command loads: no YAML or
 * schema library unless user rule files are given (parse-rules.ts).
 */



/**
 * Lint Markdown (or plain text): at most one finding per sentence, in document order. A table row
 * whose cells pass one by one is read once more as a whole ("| Provider X | fastest everywhere |").
 * Cells under a header that refutes its column ("never says", "Bad claim") are quoted, not asserted.
 */
function lint(markdown, rules = (0,_shipped_js__WEBPACK_IMPORTED_MODULE_1__.loadShippedRules)()) {
    return lintInContext((0,_split_js__WEBPACK_IMPORTED_MODULE_2__/* .splitInContext */ .ln)(markdown), rules);
}
/**
 * Part k of a document parsed by parseBlocks: the findings lint() gives for the sentences of that
 * part, since parts start at top-level blocks (a table lies in one part).
 */
function lintPart(doc, k, rules) {
    return lintInContext((0,_split_js__WEBPACK_IMPORTED_MODULE_2__/* .splitPart */ ._r)(doc, k), rules);
}
function lintInContext(all, rules) {
    const out = [];
    const refuting = new Map();
    const quoted = (h) => {
        if (h === undefined)
            return false;
        let r = refuting.get(h);
        if (r === undefined)
            refuting.set(h, (r = (0,_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .refutingHeader */ .eI)(h, rules)));
        return r;
    };
    const sentences = all.filter((s) => !quoted(s.header));
    // The sentences before this one in its paragraph (at most two) that passed alone and are not part
    // of a pair yet.
    let before = [];
    for (let i = 0; i < sentences.length;) {
        const row = sentences[i].row;
        let j = i + 1;
        if (row !== undefined)
            while (j < sentences.length && sentences[j].row === row)
                j++;
        let hit = false;
        for (let k = i; k < j; k++) {
            const s = sentences[k];
            const f = (0,_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .lintPlain */ .ID)(s.text, rules);
            if (f) {
                out.push({ ...f, line: s.line });
                hit = true;
            }
        }
        if (!hit && j - i > 1) {
            const text = sentences.slice(i, j).map((s) => s.text).join(', ');
            const f = (0,_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .lintPlain */ .ID)(text, rules);
            if (f)
                out.push({ ...f, line: sentences[i].line });
        }
        const s = sentences[i];
        if (hit || row !== undefined)
            before = [];
        else if (!s.follows)
            before = [s];
        else {
            // The sentence before, then the two before ("We ran one benchmark. A won. So A is faster.").
            let paired = false;
            for (let k = 1; k <= before.length && !paired; k++) {
                const from = before.slice(-k);
                // A question inside the run asks rather than states ("A won. Is it faster everywhere? Don't know.").
                if (from.slice(0, -1).some((x) => QUESTION_END.test(x.text)))
                    continue;
                const first = from.map((x, n) => (n < from.length - 1 ? x.text.replace(/[.!]+$/, '') : x.text)).join('; ');
                const text = pairText(first, s.text);
                const f = text === null ? null : (0,_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .lintPlain */ .ID)(text, rules);
                if (f) {
                    out.push({ ...f, sentence: [...from, s].map((x) => x.text).join(' '), line: from[0].line });
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
const GOES_ON = new RegExp('^(?:that|this|these|those|it|its|it\'s|which|so|therefore|thus|hence|consequently|ergo|meaning|means|proves|shows|confirms|tells|says)\\b' +
    '|\\b(?:therefore|thus|hence|consequently|ergo|simply|clearly|obviously|evidently|undeniably|period|hands down|no contest|full stop|end of story|case closed|still|anyway|regardless|nonetheless|nevertheless|either way|even so)\\b', 'i');
/** A question answered yes or no ("Is the output right? Yes, ..."). */
const YES_NO = /^(?:is|are|was|were|do|does|did|can|could|will|would|should|shall|has|have|had|must|any)\b/i;
/** An answer that says yes. */
const YES = /^(?:yes|yep|yeah|yup|sure|absolutely|definitely|certainly|of course|correct|indeed|always|\u2705|\u2714|\u{1F44D})/iu;
/** An answer that says no, hedges or limits what it grants: it does not assert the question. */
const QUALIFIED = /\b(?:no|not|nope|nah|never|none|cannot|only|unless|if|may|might|maybe|perhaps|possibly|depends|but|except|though|although|however|need|needs|unclear|unknown|dont|doesnt|didnt|isnt|arent|cant|wont|idk|unsure|tbd)\b|n[\u2019']t\b/i;
/**
 * Two sentences of one paragraph read as one statement, or null when they are not one: a question
 * and an answer that grants it (the answer, then what it answers: "Q: Is the output right? A: Yes,
 * it was attested." reads "Yes, it was attested; so is the output right"), or a sentence and one
 * that goes on from it ("Accuracy was 0.91. That shows the job ran.", "One run on each. A is simply
 * the faster cloud.").
 */
function pairText(first, second) {
    const q = first.replace(Q_LABEL, '');
    const answer = second.replace(A_LABEL, '');
    if (QUESTION_END.test(q)) {
        if (QUALIFIED.test(answer) || (YES_NO.test(q) && !YES.test(answer)))
            return null;
        return `${answer.replace(/[.!]+$/, '')}; so ${q.replace(QUESTION_END, '')}`;
    }
    if (!GOES_ON.test(answer))
        return null;
    return `${q.replace(/[.!]+$/, '')}; ${answer}`;
}
/** Lint one plain sentence (no Markdown handling); the finding's line is 1. */
function lintSentence(sentence, rules = (0,_shipped_js__WEBPACK_IMPORTED_MODULE_1__.loadShippedRules)()) {
    const f = (0,_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .lintPlain */ .ID)(sentence.replace(/\s+/g, ' ').trim(), rules);
    return f ? { ...f, line: 1 } : null;
}


/***/ }),

/***/ 28360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $x: () => (/* binding */ checkReferences),
/* harmony export */   Db: () => (/* binding */ LINT_CATEGORIES),
/* harmony export */   Id: () => (/* binding */ patternOf),
/* harmony export */   ub: () => (/* binding */ mergeRules)
/* harmony export */ });
/* unused harmony export RESERVED_CONCEPTS */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _patterns_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60596);
/**
 * Claim rules: the data in policies/claims/*.yml, validated by a strict schema and merged.
 *
 * A rule file has two optional sections. `concepts` name families of words and phrases (a lexicon);
 * `rules` combine concepts into the shape of an overclaim. User files extend the shipped ones: a
 * concept with a shipped name adds patterns to it, a rule with a shipped id replaces it.
 */


const LINT_CATEGORIES = [
    'benchmark-as-proof',
    'attestation-as-correctness',
    'denial-as-nothing',
    'storage-durability',
    'speed-superiority',
];
/** A pattern of a rule set, parsed: from the rule set's ahead-of-time parses, or parsed now. */
function patternOf(rules, src) {
    const hit = rules.parsed?.get(src);
    // A fresh array each time, as parsePattern gives: compiled concepts tell patterns apart by identity.
    return hit ? [...hit] : (0,_patterns_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePattern */ .EY)(src);
}
/** Concepts the engine itself relies on; a merged rule set must define them. */
const RESERVED_CONCEPTS = ['NEG', 'NEG_FALSE', 'HEDGE', 'QUESTION_START', 'REFUTE', 'CONTRAST', 'PRONOUN', 'PREP'];
/** User rule files extend the shipped ones: concepts gain patterns, rules with the same id are replaced. */
function mergeRules(base, extra) {
    const concepts = { ...base.concepts };
    for (const [name, def] of Object.entries(extra.concepts)) {
        const old = concepts[name];
        concepts[name] = old === undefined ? def : { ...old, ...def, patterns: [...old.patterns, ...def.patterns] };
    }
    const rules = [...base.rules];
    for (const rule of extra.rules) {
        const i = rules.findIndex((x) => x.id === rule.id);
        if (i >= 0)
            rules[i] = rule;
        else
            rules.push(rule);
    }
    const parsed = base.parsed ?? extra.parsed;
    return { concepts, rules, sources: [...base.sources, ...extra.sources], ...(parsed ? { parsed } : {}) };
}
/**
 * Check that every concept a pattern or rule names exists and that references are not circular.
 * Returns the concept names in dependency order (referenced concepts first).
 */
function checkReferences(rules) {
    const where = rules.sources.join(' + ');
    const names = new Set(Object.keys(rules.concepts));
    for (const r of RESERVED_CONCEPTS) {
        if (!names.has(r))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('RULES_INVALID', `claim rules ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__.q)(where)}: concepts.${r}: required concept is missing`);
    }
    const deps = new Map();
    for (const [name, def] of Object.entries(rules.concepts)) {
        const refs = def.patterns.flatMap((p) => (0,_patterns_js__WEBPACK_IMPORTED_MODULE_1__/* .patternRefs */ .F5)(patternOf(rules, p)));
        for (const ref of refs) {
            if (!names.has(ref))
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('RULES_INVALID', `claim rules ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__.q)(where)}: concepts.${name}: unknown concept @${ref}`);
        }
        deps.set(name, refs);
    }
    for (const [i, rule] of rules.rules.entries()) {
        const used = [
            ...rule.subject,
            ...(rule.link ?? []),
            ...rule.claim,
            ...(rule.except ?? []),
            ...(rule.not_subject ?? []),
            ...(rule.also ?? []).flat(),
            ...(rule.context ?? []).flat(),
            ...(rule.unless ?? []),
        ];
        for (const u of used) {
            if (!names.has(u))
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('RULES_INVALID', `claim rules ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__.q)(where)}: rules[${i}] (${rule.id}): unknown concept ${u}`);
        }
    }
    const order = [];
    const state = new Map();
    const visit = (n, chain) => {
        const s = state.get(n);
        if (s === 2)
            return;
        if (s === 1)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('RULES_INVALID', `claim rules ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__.q)(where)}: concepts.${n}: circular reference ${[...chain, n].join(' -> ')}`);
        state.set(n, 1);
        for (const d of deps.get(n) ?? [])
            visit(d, [...chain, n]);
        state.set(n, 2);
        order.push(n);
    };
    for (const n of [...names].sort())
        visit(n, []);
    return order;
}


/***/ }),

/***/ 67983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SV: () => (/* binding */ parseBlocks),
/* harmony export */   _r: () => (/* binding */ splitPart),
/* harmony export */   ln: () => (/* binding */ splitInContext)
/* harmony export */ });
/* unused harmony export splitSentences */
/* harmony import */ var markdown_it__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65251);
/**
 * Markdown-aware sentence splitting: the Markdown is parsed first, then prose is split into sentences.
 *
 * The parser is markdown-it (CommonMark, plus the GFM table and strikethrough extensions), so code,
 * tables, list items, headings, block quotes, links, emphasis and HTML are what CommonMark and GFM say
 * they are. Prose units are paragraphs (inside list items, block quotes and footnotes too), headings
 * and table cells. Not prose: fenced and indented code, code spans, HTML blocks and inline HTML
 * (comments included), link reference definitions, link targets and titles, thematic breaks, and
 * struck text (`~~...~~`: withdrawn, not asserted). Link text and image alt text are prose. Soft and
 * hard line breaks inside a unit join its lines.
 *
 * Within a unit, sentences end at . ! ? followed by white space or the unit's end, except after
 * abbreviations (e.g. i.e. vs. etc. ...) and single initials, and except after a short question that leads
 * in to what follows ("Denials? Zero value."). Decimals, versions, URLs and file names
 * never split because their dots are not followed by white space.
 *
 * Every sentence keeps the 1-based line of its first character (block positions come from the parser;
 * line breaks inside a paragraph are counted) and offsets into the original text.
 */

const ABBREVIATIONS = new Set([
    'e.g', 'i.e', 'vs', 'etc', 'cf', 'approx', 'incl', 'esp', 'fig', 'no', 'nos', 'dr', 'mr', 'mrs', 'ms', 'st', 'al', 'eq',
    'sec', 'min', 'max', 'ca', 'resp', 'viz', 'vol', 'ed', 'jr', 'sr', 'inc', 'ltd', 'co', 'u.s', 'a.k.a',
]);
let parser;
/**
 * CommonMark with raw HTML recognised (so it can be left out), GFM tables and strikethrough. The
 * one configuration of every parser here: a document read whole and read in parts must parse alike.
 */
function configured() {
    return new markdown_it__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A('commonmark', { html: true }).enable(['table', 'strikethrough']);
}
function markdown() {
    parser ??= configured();
    return parser;
}
/** The text of one prose unit, with where each piece of it came from in the source. */
class Unit {
    text = '';
    /** Piece i starts at text index at[i] and source offset src[i]; len[i] characters map one to one. */
    at = [];
    src = [];
    len = [];
    add(s, srcOffset, mapped) {
        this.at.push(this.text.length);
        this.src.push(srcOffset);
        this.len.push(mapped ? s.length : 0);
        this.text += s;
    }
    /** Source offset of text index i. */
    offset(i) {
        let lo = 0;
        let hi = this.at.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.at[mid] <= i)
                lo = mid;
            else
                hi = mid - 1;
        }
        return this.src[lo] + Math.min(i - this.at[lo], this.len[lo]);
    }
}
function isSpace(ch) {
    if (ch === undefined)
        return true;
    const c = ch.charCodeAt(0);
    return c === 32 || (c >= 9 && c <= 13) || c === 160 || (c > 255 && /\s/.test(ch));
}
const CLOSERS = /["'\u201d\u2019)\]]/;
/** Whether the character at i ends a sentence (see the module comment). */
function isBoundary(text, i) {
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?')
        return false;
    let j = i + 1;
    while (j < text.length && CLOSERS.test(text[j]))
        j++;
    if (j < text.length && !isSpace(text[j]))
        return false;
    if (ch !== '.')
        return true;
    let k = i - 1;
    while (k >= 0 && /[A-Za-z.]/.test(text[k]))
        k--;
    const word = text.slice(k + 1, i);
    const lower = word.toLowerCase();
    if (ABBREVIATIONS.has(lower)) {
        if (lower !== 'etc')
            return false;
        // "etc." ends a sentence only when a capital letter (or the end) follows.
        let m = j;
        while (m < text.length && isSpace(text[m]))
            m++;
        return m >= text.length || /[A-Z]/.test(text[m]);
    }
    // Single initials ("J. Smith") do not end a sentence.
    return !/^[A-Z]$/.test(word);
}
function lineStarts(text) {
    const out = [0];
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            out.push(i + 1);
    return out;
}
function lineOf(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo + 1;
}
/** Split Markdown into prose sentences with their line numbers and offsets. */
function splitSentences(markdownText) {
    return splitInContext(markdownText).map(({ text, line, start, end }) => ({ text, line, start, end }));
}
function splitInContext(source) {
    const tokens = markdown().parse(source, {});
    return sentencesIn(source, tokens, lineStarts(source), 0, tokens.length);
}
let blockParser;
let inlineParser;
/** Parse the block structure of `source` and cut it into at most `parts` parts of similar size. */
function parseBlocks(source, parts) {
    if (blockParser === undefined) {
        blockParser = configured();
        blockParser.core.ruler.disable(['inline', 'text_join']);
    }
    const env = {};
    const tokens = blockParser.parse(source, env);
    const starts = lineStarts(source);
    const cuts = [0];
    // Cut at the first top-level block starting at or after each 1/parts of the source.
    let next = 1;
    for (let t = 1; t < tokens.length && next < parts; t++) {
        const tok = tokens[t];
        if (tok.level !== 0 || tok.nesting === -1 || !tok.map)
            continue;
        const at = starts[Math.min(tok.map[0], starts.length - 1)];
        if (at < (source.length * next) / parts)
            continue;
        cuts.push(t);
        while (next < parts && at >= (source.length * next) / parts)
            next++;
    }
    cuts.push(tokens.length);
    return { source, tokens, starts, env, cuts };
}
/** The sentences of part `k` of a block parse (its inline content is parsed here). */
function splitPart(doc, k) {
    if (inlineParser === undefined) {
        inlineParser = configured();
        inlineParser.core.ruler.enableOnly(['inline', 'text_join']);
    }
    const from = doc.cuts[k];
    const to = doc.cuts[k + 1];
    const state = new inlineParser.core.State('', inlineParser, doc.env);
    state.tokens = doc.tokens.slice(from, to);
    inlineParser.core.process(state);
    return sentencesIn(doc.source, doc.tokens, doc.starts, from, to);
}
/** The sentences of tokens [from, to), which start at a top-level block (see BlockParse). */
function sentencesIn(source, tokens, starts, from, to) {
    const lineStart = (line0) => starts[Math.min(line0, starts.length - 1)];
    const out = [];
    // Table state: the header cells of the current table, the current row's line and column.
    let headers = null;
    let inHead = false;
    let rowLine = -1;
    let col = -1;
    let cellCursor = 0;
    for (let t = from; t < to; t++) {
        const tok = tokens[t];
        switch (tok.type) {
            case 'table_open':
                headers = [];
                break;
            case 'table_close':
                headers = null;
                break;
            case 'thead_open':
                inHead = true;
                break;
            case 'thead_close':
                inHead = false;
                break;
            case 'tr_open':
                rowLine = tok.map ? tok.map[0] : rowLine;
                col = -1;
                cellCursor = lineStart(rowLine);
                break;
            case 'th_open':
            case 'td_open':
                col++;
                break;
            case 'inline': {
                const inCell = tokens[t - 1]?.type === 'th_open' || tokens[t - 1]?.type === 'td_open';
                const firstLine = inCell ? rowLine : (tok.map?.[0] ?? 0);
                const from = inCell ? cellCursor : lineStart(firstLine);
                const unit = readInline(tok, source, from, starts);
                if (inCell) {
                    cellCursor = Math.max(cellCursor, unit.cursor);
                    if (inHead && headers)
                        headers[col] = unit.unit.text.replace(/\s+/g, ' ').trim();
                    const row = lineStart(rowLine);
                    const header = !inHead && headers && headers.length > 0 ? headers[col] : undefined;
                    for (const s of sentencesOf(unit.unit, starts))
                        out.push(header !== undefined ? { ...s, row, header } : { ...s, row });
                }
                else {
                    for (const [k, s] of sentencesOf(unit.unit, starts).entries())
                        out.push(k > 0 ? { ...s, follows: true } : s);
                }
                break;
            }
            default:
                // fence, code_block, html_block, hr: not prose. Paragraph, heading, list and quote markers
                // only open and close units; their text comes as `inline` tokens.
                break;
        }
    }
    return out;
}
/**
 * The prose of one inline token (a paragraph, heading or cell) as a Unit. `from` is the source offset
 * where the block's text starts; pieces are located in the source from there on, in order.
 */
function readInline(tok, source, from, starts) {
    const unit = new Unit();
    let cursor = from;
    let struck = 0;
    // The end of the line the cursor is on: a piece is only looked for up to there (and its successor
    // lines, for pieces that follow a line break), so the search stays linear.
    const lineEnd = (offset) => {
        const l = lineOf(starts, offset);
        return l < starts.length ? starts[l] - 1 : source.length;
    };
    const locate = (s) => {
        if (s === '')
            return -1;
        const limit = lineEnd(cursor);
        if (limit - cursor < s.length)
            return -1;
        // Search the rest of the line only: text that differs from its source (an entity, an escape)
        // would otherwise be looked for to the end of the document, for every such piece.
        const j = source.slice(cursor, limit).indexOf(s);
        return j >= 0 ? cursor + j : -1;
    };
    const addText = (s) => {
        const j = locate(s);
        if (j >= 0) {
            unit.add(s, j, true);
            cursor = j + s.length;
        }
        else {
            // Unescaped or decoded text (\* or &amp;) differs from its source: map it to where we are.
            unit.add(s, cursor, false);
        }
    };
    const skip = (raw) => {
        unit.add(' ', cursor, false);
        const j = locate(raw);
        if (j >= 0)
            cursor = j + raw.length;
    };
    const newline = () => {
        unit.add(' ', cursor, false);
        const l = lineOf(starts, cursor);
        if (l < starts.length)
            cursor = starts[l];
    };
    for (const c of tok.children ?? []) {
        switch (c.type) {
            case 'text':
                if (struck === 0)
                    addText(c.content);
                else
                    skip(c.content);
                break;
            case 'softbreak':
            case 'hardbreak':
                newline();
                break;
            case 'code_inline':
                skip(c.content);
                break;
            case 'html_inline': {
                // Raw HTML may span lines ("<!-- a\nb -->"): keep the cursor on the right line.
                const j = locate(c.content.split('\n')[0]);
                if (j >= 0)
                    cursor = j;
                const nl = c.content.split('\n').length - 1;
                for (let k = 0; k < nl; k++) {
                    const l = lineOf(starts, cursor);
                    if (l < starts.length)
                        cursor = starts[l];
                }
                unit.add(' ', cursor, false);
                break;
            }
            case 'image':
                if (struck === 0)
                    addText(c.content);
                break;
            case 's_open':
                struck++;
                break;
            case 's_close':
                struck = Math.max(0, struck - 1);
                unit.add(' ', cursor, false);
                break;
            default:
                // em / strong / link open and close: markup, not content.
                break;
        }
    }
    return { unit, cursor };
}
/** Words that open a real question: "Why? Because ..." stays two sentences. */
const QUESTION_WORDS = new Set(['who', 'what', 'when', 'where', 'why', 'how', 'which', 'whose', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'could', 'should', 'would', 'will', 'has', 'have', 'had', 'shall', 'may', 'might', 'must']);
/**
 * A question of at most three words that opens a sentence ("Denials? Zero value.", "Lease ended? Your
 * files are still there.") is a lead-in to what follows, not a sentence of its own: the two are read
 * as one, with the question mark as a clause mark. A lead-in at the end of its unit is a question.
 */
function leadIn(text, s, i) {
    if (text[i] !== '?' || i + 1 >= text.length || !isSpace(text[i + 1]))
        return false;
    const words = text.slice(s, i).trim().split(/\s+/);
    if (words.length > 3 || QUESTION_WORDS.has(words[0].toLowerCase().replace(/[^a-z]/g, '')))
        return false;
    for (let k = i + 1; k < text.length; k++)
        if (/[\p{L}\p{N}]/u.test(text[k]))
            return true;
    return false;
}
function sentencesOf(unit, starts) {
    const out = [];
    const text = unit.text;
    let s = -1;
    const flush = (end) => {
        if (s < 0)
            return;
        let a = s;
        let b = end;
        while (a < b && isSpace(text[a]))
            a++;
        while (b > a && isSpace(text[b - 1]))
            b--;
        if (b > a) {
            const t = text.slice(a, b).replace(/\s+/g, ' ').trim();
            if (/[\p{L}\p{N}]/u.test(t)) {
                const start = unit.offset(a);
                out.push({ text: t, line: lineOf(starts, start), start, end: Math.max(start + 1, unit.offset(b - 1) + 1) });
            }
        }
        s = -1;
    };
    for (let i = 0; i < text.length; i++) {
        if (s < 0 && !isSpace(text[i]))
            s = i;
        if (s >= 0 && isBoundary(text, i) && !leadIn(text, s, i)) {
            let j = i + 1;
            while (j < text.length && CLOSERS.test(text[j]))
                j++;
            flush(j);
            i = j - 1;
        }
    }
    flush(text.length);
    return out;
}


/***/ })

};
