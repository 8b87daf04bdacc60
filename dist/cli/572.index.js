export const id = 572;
export const ids = [572];
export const modules = {

/***/ 94572:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lint: () => (/* binding */ lint),
  loadShippedRules: () => (/* reexport */ rules_loadShippedRules),
  ub: () => (/* reexport */ mergeRules),
  NR: () => (/* reexport */ parseRules)
});

// UNUSED EXPORTS: LINT_CATEGORIES, explain, lintSentence, splitSentences

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/claims/lint/tokens.ts
// Irregular forms and a few words whose family the suffix rules would not join.
const IRREGULAR = {
    ran: 'run', running: 'run', runs: 'run',
    proof: 'prove', proofs: 'prove', proven: 'prove',
    shown: 'show',
    is: 'be', are: 'be', was: 'be', were: 'be', been: 'be', being: 'be', am: 'be', "'s": 'be', "'re": 'be',
    does: 'do', did: 'do', done: 'do', doing: 'do',
    has: 'have', had: 'have', having: 'have',
    told: 'tell', said: 'say', says: 'say', taught: 'teach', going: 'go', brought: 'bring', thought: 'think',
    gave: 'give', given: 'give', gives: 'give',
    meant: 'mean', knew: 'know', known: 'know',
    beaten: 'beat', took: 'take', taken: 'take', went: 'go', gone: 'go', goes: 'go',
    kept: 'keep', lost: 'lose', learnt: 'learn', wrote: 'write', written: 'write',
    denial: 'deny', denials: 'deny',
    verification: 'verify', verifications: 'verify',
    this: 'this', these: 'this', those: 'that',
    its: 'it', us: 'us', always: 'always', less: 'less', across: 'across', various: 'various',
    news: 'news', lens: 'lens', bus: 'bus', status: 'status', analysis: 'analysis', basis: 'basis',
    thus: 'thus', towards: 'toward', evidence: 'evidence', evident: 'evident', evidently: 'evident',
    faster: 'faster', quicker: 'quicker', slower: 'slower', fastest: 'fastest', quickest: 'quickest',
    better: 'better', best: 'best', worse: 'worse', never: 'never', ever: 'ever',
    correctly: 'correct', correctness: 'correct', accurately: 'accurate', accuracy: 'accuracy',
    truly: 'true', truth: 'true', truthful: 'true', trustworthy: 'trustworthy',
    durably: 'durable', durability: 'durable', permanently: 'permanent', permanence: 'permanent',
    persistence: 'persist', persistent: 'persistent', persistently: 'persistent',
    information: 'information', informative: 'informative', uninformative: 'uninformative',
    useless: 'useless', meaningless: 'meaningless', worthless: 'worthless', pointless: 'pointless',
    wasted: 'waste', wastes: 'waste', wasting: 'waste', wasteful: 'waste',
    migration: 'migrate', migrations: 'migrate',
    attestation: 'attest', attestations: 'attest', attested: 'attest', attests: 'attest',
    completion: 'complete', executions: 'execute', execution: 'execute',
    indication: 'indicate', demonstration: 'demonstrate', confirmation: 'confirm',
    guarantee: 'guarantee', guarantees: 'guarantee', guaranteed: 'guarantee',
    termination: 'terminate',
    // "note" would otherwise stem to "not", the negation.
    note: 'notes', notes: 'notes', noted: 'notes', noting: 'notes',
};
/** Words after which 's stands for "is". */
// Contractions typed without the apostrophe in chat-style text ("doesnt", "cant"): read as "does not".
const BARE_NEGATIVE = new Map([
    ['dont', 'do'], ['doesnt', 'does'], ['didnt', 'did'], ['isnt', 'is'], ['arent', 'are'], ['wasnt', 'was'],
    ['werent', 'were'], ['cant', 'can'], ['couldnt', 'could'], ['shouldnt', 'should'], ['wouldnt', 'would'],
    ['wont', 'will'], ['hasnt', 'has'], ['havent', 'have'], ['hadnt', 'had'], ['mustnt', 'must'], ['neednt', 'need'],
]);
const IS_AFTER = new Set(['it', 'that', 'this', 'there', 'here', 'what', 'who', 'where', 'he', 'she', 'which', 'everything', 'nothing', 'something']);
const UNDOUBLE = new Set(['bb', 'dd', 'gg', 'mm', 'nn', 'pp', 'rr', 'tt']);
const IRREGULAR_MAP = new Map(Object.entries(IRREGULAR));
const memo = new Map();
/**
 * The stem tokenize() gives a lone plain lowercase word, or null when tokenize splits it into more
 * than one token ("cannot", "dont") or it is not a plain word.
 */
function plainWordStem(w) {
    if (!/^[a-z][a-z0-9]*$/.test(w) || w === 'cannot' || BARE_NEGATIVE.has(w))
        return null;
    return stem(w);
}
/** A consistent, crude stemmer (see the module comment). Memoised: prose repeats its words. */
function stem(word) {
    const hit = memo.get(word);
    if (hit !== undefined)
        return hit;
    const s = stemUncached(word.toLowerCase());
    if (memo.size > 50_000)
        memo.clear();
    memo.set(word, s);
    return s;
}
function stemUncached(w) {
    const irr = IRREGULAR_MAP.get(w);
    if (irr !== undefined)
        return stripE(irr);
    if (w.length <= 3)
        return w;
    let s = w;
    let verbal = false;
    if (s.endsWith('ies') && s.length > 4)
        s = s.slice(0, -3) + 'y';
    else if (s.endsWith('ied') && s.length > 4)
        s = s.slice(0, -3) + 'y';
    else if (s.endsWith('ational'))
        s = s.slice(0, -7) + 'ate';
    else if (s.endsWith('ations') && s.length > 8)
        s = s.slice(0, -6) + 'ate';
    else if (s.endsWith('ation') && s.length > 7)
        s = s.slice(0, -5) + 'ate';
    else if (s.endsWith('ions') && s.length > 6)
        s = s.slice(0, -4);
    else if (s.endsWith('ion') && s.length > 6)
        s = s.slice(0, -3);
    else if (s.endsWith('ingly') && s.length > 7) {
        s = s.slice(0, -5);
        verbal = true;
    }
    else if (s.endsWith('ings') && s.length > 6) {
        s = s.slice(0, -4);
        verbal = true;
    }
    else if (s.endsWith('ing') && s.length > 5) {
        s = s.slice(0, -3);
        verbal = true;
    }
    else if (s.endsWith('edly') && s.length > 6) {
        s = s.slice(0, -4);
        verbal = true;
    }
    else if (s.endsWith('ed') && s.length > 4) {
        s = s.slice(0, -2);
        verbal = true;
    }
    else if (/(ss|us|is)$/.test(s)) { /* keep */ }
    else if (/(sses|xes|zes|ches|shes)$/.test(s))
        s = s.slice(0, -2);
    else if (s.endsWith('s'))
        s = s.slice(0, -1);
    if (verbal && s.length > 3 && UNDOUBLE.has(s.slice(-2)))
        s = s.slice(0, -1);
    return stripE(s);
}
function stripE(s) {
    return s.length > 3 && s.endsWith('e') && !s.endsWith('ee') ? s.slice(0, -1) : s;
}
// Words (a word may carry digits after its first letter: "h100", "win32", "gsm8k"), numbers
// (1,200 / 3.2 / v1.2.3 stay one number), and single punctuation characters.
// A number may carry a k/m/b multiplier ("3.1k tok/s"). Anything else that is neither a word nor a
// number is one punctuation character (code point, not UTF-16 unit).
const TOKEN_RE = /\d+(?:[.,]\d+)*(?:[kmb](?![a-z0-9]))?|[a-z][a-z0-9]*(?:'[a-z]+)?|[^\s\w]/gu;
// Check marks stand for one thing ("✓": done, confirmed); other pictographs (emoji), variation
// selectors and joiners carry no claim and are dropped.
const CHECK_MARKS = /[\u2705\u2714\u2611\u{1F5F8}]\uFE0F?/gu;
const PICTOGRAPHS = /\p{Extended_Pictographic}|[\uFE0E\uFE0F\u200D\u{1F3FB}-\u{1F3FF}]/gu;
/** Tokenise one plain sentence. Linear in the input; no backtracking-heavy regexes. */
function tokens_tokenize(text) {
    const lower = text
        .toLowerCase()
        .replace(/[\u2018\u2019\u02bc]/g, "'")
        .replace(/[\u201c\u201d]/g, '"')
        .replace(/\bcannot\b/g, 'can not')
        .replace(CHECK_MARKS, ' \u2713 ')
        // ASCII arrows are arrows: "=>" as "⇒", "->" as "→".
        .replace(/=>/g, ' \u21d2 ')
        .replace(/(^|[^-])->/g, '$1 \u2192 ')
        .replace(PICTOGRAPHS, ' ');
    const out = [];
    for (const m of lower.matchAll(TOKEN_RE)) {
        const t = m[0];
        const c = t.charCodeAt(0);
        if (c >= 48 && c <= 57) {
            out.push({ surface: t, stem: '#num', kind: 'num' });
        }
        else if (c >= 97 && c <= 122) {
            if (t.endsWith("n't")) {
                const head = t.slice(0, -3);
                const base = head === 'wo' ? 'will' : head === 'ca' ? 'can' : head === 'sha' ? 'shall' : head;
                if (base)
                    out.push({ surface: base, stem: stem(base), kind: 'word' });
                out.push({ surface: 'not', stem: 'not', kind: 'word' });
            }
            else if (t.includes("'")) {
                const [head, tail] = t.split("'");
                out.push({ surface: head, stem: stem(head), kind: 'word' });
                // 's is either "is" or a possessive; after a pronoun it is "is" ("it's faster"), otherwise
                // it is dropped.
                if (tail === 's' && IS_AFTER.has(head))
                    out.push({ surface: 'is', stem: 'be', kind: 'word' });
                else if (tail === 're' || tail === 've' || tail === 'll' || tail === 'd') {
                    const full = tail === 're' ? 'are' : tail === 've' ? 'have' : tail === 'll' ? 'will' : 'would';
                    out.push({ surface: full, stem: stem(full), kind: 'word' });
                }
            }
            else if (BARE_NEGATIVE.has(t)) {
                const base = BARE_NEGATIVE.get(t);
                out.push({ surface: base, stem: stem(base), kind: 'word' });
                out.push({ surface: 'not', stem: 'not', kind: 'word' });
            }
            else {
                out.push({ surface: t, stem: stem(t), kind: 'word' });
            }
        }
        else if (t !== '-' && t !== '_' && t !== '*' && t !== '`') {
            // Hyphens join compounds ("provider-local" reads as "provider local"); markup is not content.
            out.push({ surface: t, stem: t, kind: 'punct' });
        }
    }
    for (const k of out) {
        k.sk = k.kind === 'num' ? '#num' : `s:${k.stem}`;
        k.fk = `f:${k.surface}`;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/claims/lint/patterns.ts
/**
 * Concept patterns: a tiny token-sequence language used by policies/claims/*.yml.
 *
 *   word        a word, compared after stemming (so "prove" matches proves / proved / proof)
 *   =word       the exact lowercased surface form ("=is" matches "is" but not "was"); =a-b for a phrase;
 *               a lone "=" is the equals sign
 *   a|b|c       any one of the alternatives; an alternative may be a hyphenated or slashed phrase
 *   x?          optional element
 *   *N          a gap of 0..N tokens (N <= 8), never first or last
 *   ~N          the same, but the gap does not cross a comma, colon, dash or parenthesis (one clause)
 *   @NAME       any match of another concept
 *   #num        any number (1,200 / 3.2 / 95)
 *
 * Elements are matched left to right with bounded backtracking; there are no regular expressions
 * over the input, so matching is linear in practice.
 */

const parsed = new Map();
/**
 * Parse one pattern string; throws Error with a short reason on bad syntax. Memoised: the same
 * pattern is validated, checked and compiled, and shipped and user files share most of them.
 */
function parsePattern(src) {
    const hit = parsed.get(src);
    // A fresh array each time: compiled concepts tell patterns apart by identity.
    if (hit)
        return [...hit];
    const p = parseUncached(src);
    if (parsed.size > 20_000)
        parsed.clear();
    parsed.set(src, p);
    return [...p];
}
function parseUncached(src) {
    const parts = src.trim().split(/\s+/).filter((p) => p.length > 0);
    if (parts.length === 0)
        throw new Error('empty pattern');
    const out = [];
    for (const part of parts) {
        const gap = /^([*~])(\d)$/.exec(part);
        if (gap) {
            const max = Number(gap[2]);
            if (max < 1 || max > 8)
                throw new Error(`gap ${part} must be ${gap[1]}1..${gap[1]}8`);
            out.push(gap[1] === '~' ? { t: 'gap', max, clause: true } : { t: 'gap', max });
            continue;
        }
        let body = part;
        let optional = false;
        if (body.endsWith('?') && body.length > 1) {
            optional = true;
            body = body.slice(0, -1);
        }
        const alts = [];
        for (const alt of body.split('|')) {
            if (alt === '')
                throw new Error(`empty alternative in ${JSON.stringify(part)}`);
            if (alt.startsWith('@')) {
                if (!/^@[A-Z][A-Z0-9_]*$/.test(alt))
                    throw new Error(`bad concept reference ${alt}`);
                alts.push([{ t: 'concept', v: alt.slice(1) }]);
            }
            else if (alt === '#num') {
                alts.push([{ t: 'num' }]);
            }
            else if (alt.startsWith('=') && alt.length > 1) {
                // "=took-place": exact surface words, joined by hyphens.
                const ws = alt.slice(1).toLowerCase().split('-');
                if (!ws.every((w) => /^[a-z]+$/.test(w)))
                    throw new Error(`bad surface word ${alt}`);
                alts.push(ws.map((v) => ({ t: 'surface', v })));
            }
            else if (plainWordStem(alt) !== null) {
                // One plain lowercase word (most alternatives): its stem, as tokenize would give it.
                alts.push([{ t: 'stem', v: plainWordStem(alt) }]);
            }
            else {
                const toks = tokens_tokenize(alt);
                if (toks.length === 0)
                    throw new Error(`nothing to match in ${JSON.stringify(alt)}`);
                alts.push(toks.map((k) => (k.kind === 'num' ? { t: 'num' } : { t: 'stem', v: k.stem })));
            }
        }
        out.push({ t: 'alt', alts, optional });
    }
    if (out[0]?.t === 'gap' || out[out.length - 1]?.t === 'gap')
        throw new Error('a pattern cannot start or end with a gap');
    if (out.every((e) => e.t === 'alt' && e.optional))
        throw new Error('a pattern needs one required element');
    return out;
}
/** Concept names a pattern refers to. */
function patternRefs(p) {
    const refs = [];
    for (const e of p)
        if (e.t === 'alt')
            for (const a of e.alts)
                for (const x of a)
                    if (x.t === 'concept')
                        refs.push(x.v);
    return refs;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/util/assets.ts + 1 modules
var assets = __webpack_require__(47382);
;// CONCATENATED MODULE: ./src/claims/lint/rules.ts
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
const conceptName = schemas/* string */.YjP().regex(/^[A-Z][A-Z0-9_]*$/, 'concept names are UPPER_SNAKE_CASE');
const patternString = schemas/* string */.YjP().superRefine((s, ctx) => {
    try {
        parsePattern(s);
    }
    catch (e) {
        ctx.addIssue({ code: 'custom', message: `bad pattern ${JSON.stringify(s)}: ${e.message}` });
    }
});
const ConceptSchema = schemas/* strictObject */.rej({
    about: schemas/* string */.YjP().optional(),
    /** `source`: a thing that can be presented as evidence (benchmark, attestation, receipt ...). */
    role: schemas/* literal */.euz('source').optional(),
    /** For link concepts: `forward` when the claimed fact follows the link ("proves that X"). */
    direction: schemas/* enum */.k5n(['forward', 'any']).optional(),
    /** Negation words inside this concept's matches are part of its meaning ("not tell anything"). */
    absorbs_negation: schemas/* boolean */.zMY().optional(),
    patterns: schemas/* array */.YOg(patternString).min(1),
});
const RuleSchema = schemas/* strictObject */.rej({
    id: schemas/* string */.YjP().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'rule ids look like bench.evidence-of-job'),
    category: schemas/* enum */.k5n(LINT_CATEGORIES),
    about: schemas/* string */.YjP().optional(),
    /** What is presented as evidence; one of these must occur in the clause. */
    subject: schemas/* array */.YOg(conceptName).min(1),
    /** The subject must be the evidence source nearest to the link (not some other source). */
    nearest_subject: schemas/* boolean */.zMY().optional(),
    /** Evidence links ("proves", "so", "as X shows"); when given, one must join subject and claim. */
    link: schemas/* array */.YOg(conceptName).optional(),
    /** The overclaimed fact; negation or a hedge on it (or on the link) makes the sentence safe. */
    claim: schemas/* array */.YOg(conceptName).min(1),
    /** Claim matches that overlap these are not claims ("the output digest is valid"). */
    except: schemas/* array */.YOg(conceptName).optional(),
    /** Subject matches inside these are not subjects ("denial-of-service", "Node.js"). */
    not_subject: schemas/* array */.YOg(conceptName).optional(),
    /** Further groups: each needs one un-negated match in the clause. */
    also: schemas/* array */.YOg(schemas/* array */.YOg(conceptName).min(1)).optional(),
    /**
     * Circumstances the claim is made against: each group needs one un-negated match anywhere in the
     * sentence, in any clause ("the lease can end at any time; the volume keeps the outputs regardless").
     */
    context: schemas/* array */.YOg(schemas/* array */.YOg(conceptName).min(1)).optional(),
    /** Safe phrasings: any match anywhere in the sentence clears this rule. */
    unless: schemas/* array */.YOg(conceptName).optional(),
    rewrite: schemas/* string */.YjP().min(1),
    why: schemas/* string */.YjP().min(1),
});
const FileSchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(1),
    concepts: schemas/* record */.g1P(conceptName, ConceptSchema).optional(),
    rules: schemas/* array */.YOg(RuleSchema).optional(),
});
/** Concepts the engine itself relies on; a merged rule set must define them. */
const RESERVED_CONCEPTS = ['NEG', 'NEG_FALSE', 'HEDGE', 'QUESTION_START', 'REFUTE', 'CONTRAST', 'PRONOUN', 'PREP'];
function pathText(path) {
    let s = '';
    for (const p of path)
        s += typeof p === 'number' ? `[${p}]` : s === '' ? String(p) : `.${String(p)}`;
    return s === '' ? '(top level)' : s;
}
/** Parse and validate one rule file. Throws InputError('RULES_INVALID') naming the key path and source. */
function parseRules(yamlText, source) {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(yamlText);
    }
    catch (e) {
        throw new errors/* InputError */.dz('RULES_INVALID', `claim rules ${(0,errors.q)(source)}: not valid YAML: ${e.message}`);
    }
    const r = FileSchema.safeParse(doc);
    if (!r.success) {
        const issue = r.error.issues[0];
        if (issue.code === 'unrecognized_keys') {
            const keys = issue.keys.map((k) => pathText([...issue.path, k])).join(', ');
            throw new errors/* InputError */.dz('RULES_INVALID', `claim rules ${(0,errors.q)(source)}: unknown key ${keys}`);
        }
        throw new errors/* InputError */.dz('RULES_INVALID', `claim rules ${(0,errors.q)(source)}: ${pathText(issue.path)}: ${issue.message}`);
    }
    const ids = new Set();
    for (const [i, rule] of (r.data.rules ?? []).entries()) {
        if (ids.has(rule.id))
            throw new errors/* InputError */.dz('RULES_INVALID', `claim rules ${(0,errors.q)(source)}: rules[${i}].id: duplicate id ${(0,errors.q)(rule.id)}`);
        ids.add(rule.id);
    }
    return { concepts: r.data.concepts ?? {}, rules: r.data.rules ?? [], sources: [source] };
}
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
    return { concepts, rules, sources: [...base.sources, ...extra.sources] };
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
            throw new errors/* InputError */.dz('RULES_INVALID', `claim rules ${(0,errors.q)(where)}: concepts.${r}: required concept is missing`);
    }
    const deps = new Map();
    for (const [name, def] of Object.entries(rules.concepts)) {
        const refs = def.patterns.flatMap((p) => patternRefs(parsePattern(p)));
        for (const ref of refs) {
            if (!names.has(ref))
                throw new errors/* InputError */.dz('RULES_INVALID', `claim rules ${(0,errors.q)(where)}: concepts.${name}: unknown concept @${ref}`);
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
                throw new errors/* InputError */.dz('RULES_INVALID', `claim rules ${(0,errors.q)(where)}: rules[${i}] (${rule.id}): unknown concept ${u}`);
        }
    }
    const order = [];
    const state = new Map();
    const visit = (n, chain) => {
        const s = state.get(n);
        if (s === 2)
            return;
        if (s === 1)
            throw new errors/* InputError */.dz('RULES_INVALID', `claim rules ${(0,errors.q)(where)}: concepts.${n}: circular reference ${[...chain, n].join(' -> ')}`);
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
let shipped;
/** The shipped rules: every policies/claims/*.yml embedded in the bundle, merged in name order. */
function rules_loadShippedRules() {
    if (shipped)
        return shipped;
    const files = (0,assets/* assetNames */.PB)('policies').filter((n) => n.startsWith('claims/') && /\.ya?ml$/.test(n));
    if (files.length === 0)
        throw new errors/* InputError */.dz('RULES_INVALID', 'no shipped claim rules: run node scripts/gen-assets.mjs');
    let acc = { concepts: {}, rules: [], sources: [] };
    for (const f of files)
        acc = mergeRules(acc, parseRules((0,assets/* assetText */.G_)('policies', f) ?? '', `policies/${f}`));
    checkReferences(acc);
    shipped = acc;
    return acc;
}

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
 * Only the concepts those rules and the engine read are matched; concepts that absorb negation only
 * when the sentence has a negation or hedge cue. None of this changes what is found.
 */




function firstKeys(p) {
    const el = p[0];
    if (el.t !== 'alt' || el.optional)
        return null;
    const keys = [];
    for (const alt of el.alts) {
        const a = alt[0];
        keys.push(a.t === 'stem' ? `s:${a.v}` : a.t === 'surface' ? `f:${a.v}` : a.t === 'num' ? '#num' : `c:${a.v}`);
    }
    return keys;
}
function indexPatterns(c) {
    for (const p of c.patterns) {
        const keys = firstKeys(p);
        if (keys === null) {
            c.loose.push(p);
            continue;
        }
        for (const k of new Set(keys)) {
            const list = c.byFirst.get(k);
            if (list)
                list.push(p);
            else
                c.byFirst.set(k, [p]);
            if (k.startsWith('c:') && !c.firstConcepts.includes(k.slice(2)))
                c.firstConcepts.push(k.slice(2));
        }
    }
}
/** Concepts the engine reads itself (required or optional), besides evidence sources. */
const ENGINE_CONCEPTS = [
    'NEG', 'NEG_FALSE', 'HEDGE', 'HEDGE_AFTER', 'CONDITION', 'CLAUSE_BREAK', 'QUESTION_START', 'QUESTION_FALSE',
    'RHETORICAL', 'REFUTE', 'REPORT', 'REBUT', 'CONTRAST', 'PRONOUN', 'PREP', 'LINK_FALSE',
];
function masks(order, rules) {
    const index = new Map(order.map((c, i) => [c.name, i]));
    const refs = order.map((c) => [...new Set(c.patterns.flatMap((p) => patternRefs(p)))]);
    const closure = (names) => {
        const m = new Uint8Array(order.length);
        const stack = [...names].filter((n) => index.has(n));
        while (stack.length > 0) {
            const i = index.get(stack.pop());
            if (m[i])
                continue;
            m[i] = 1;
            stack.push(...refs[i]);
        }
        return m;
    };
    const baseMask = closure([...ENGINE_CONCEPTS, ...order.filter((c) => c.source).map((c) => c.name)]);
    const ruleMasks = rules.map((r) => closure([
        ...r.subject, ...(r.link ?? []), ...r.claim, ...(r.except ?? []), ...(r.not_subject ?? []),
        ...(r.also ?? []).flat(), ...(r.context ?? []).flat(), ...(r.unless ?? []),
    ]));
    const absorbMask = closure(order.filter((c) => c.absorbsNegation || c.name === 'NEG_FALSE').map((c) => c.name));
    return { baseMask, ruleMasks, absorbMask };
}
/** Token keys an atom sequence can start with, or the concept it refers to. */
function atomKey(a) {
    return a.t === 'stem' ? `s:${a.v}` : a.t === 'surface' ? `f:${a.v}` : a.t === 'num' ? '#num' : `c:${a.v}`;
}
function indexRequired(order) {
    const keyElems = new Map();
    const elemConcepts = [];
    const required = new Map();
    let pid = 0;
    for (const concept of order) {
        for (const p of concept.patterns) {
            const elems = [];
            for (const el of p) {
                if (el.t !== 'alt' || el.optional)
                    continue;
                const id = elemConcepts.length;
                const refs = [];
                for (const alt of el.alts) {
                    const k = atomKey(alt[0]);
                    if (k.startsWith('c:'))
                        refs.push(k.slice(2));
                    else {
                        const l = keyElems.get(k);
                        if (l)
                            l.push(id);
                        else
                            keyElems.set(k, [id]);
                    }
                }
                elemConcepts.push(refs);
                elems.push(id);
            }
            required.set(p, { id: pid++, elems });
        }
    }
    const conceptReq = order.map((concept) => concept.patterns.map((p) => required.get(p)));
    const elemInit = Int8Array.from(elemConcepts, (refs) => (refs.length > 0 ? 0 : -1));
    return { keyElems, elemConcepts, required, conceptReq, elemInit };
}
/** Keys a match of `name` can start with (null when it could start with anything). */
function startKeys(name, byName, memo) {
    if (memo.has(name))
        return memo.get(name);
    memo.set(name, null); // cycles are rejected earlier; this only guards the recursion
    const c = byName.get(name);
    if (c.loose.length > 0)
        return null;
    const out = new Set();
    for (const k of c.byFirst.keys()) {
        if (k.startsWith('c:')) {
            const sub = startKeys(k.slice(2), byName, memo);
            if (sub === null)
                return null;
            for (const x of sub)
                out.add(x);
        }
        else
            out.add(k);
    }
    memo.set(name, out);
    return out;
}
function union(names, byName, memo) {
    const out = new Set();
    for (const n of names) {
        const k = startKeys(n, byName, memo);
        if (k === null)
            return null;
        for (const x of k)
            out.add(x);
    }
    return out;
}
const cache = new WeakMap();
function compile(rules) {
    const hit = cache.get(rules);
    if (hit)
        return hit;
    const names = checkReferences(rules);
    const byName = new Map();
    const order = [];
    for (const name of names) {
        const def = rules.concepts[name];
        const c = {
            name,
            source: def.role === 'source',
            direction: def.direction ?? 'forward',
            absorbsNegation: def.absorbs_negation ?? false,
            patterns: def.patterns.map((p) => parsePattern(p)),
            byFirst: new Map(),
            firstConcepts: [],
            loose: [],
        };
        indexPatterns(c);
        byName.set(name, c);
        order.push(c);
    }
    if (rules.rules.length === 0)
        throw new errors/* InputError */.dz('RULES_INVALID', `claim rules ${rules.sources.join(' + ')}: no rules`);
    const memo = new Map();
    const gates = rules.rules.map((r) => ({
        subject: union(r.subject, byName, memo),
        claim: union(r.claim, byName, memo),
        link: r.link && r.link.length > 0 ? union(r.link, byName, memo) : null,
    }));
    const byKey = new Map();
    order.forEach((concept, ci) => {
        for (const [k, pats] of concept.byFirst) {
            if (k.startsWith('c:'))
                continue;
            const l = byKey.get(k);
            if (l)
                l.push([ci, pats]);
            else
                byKey.set(k, [[ci, pats]]);
        }
    });
    const gateKeys = new Map();
    const gateInit = new Uint8Array(gates.length * 3);
    gates.forEach((g, i) => {
        [g.subject, g.claim, g.link].forEach((set, part) => {
            if (set === null)
                gateInit[i * 3 + part] = 1;
            else
                for (const k of set) {
                    const l = gateKeys.get(k);
                    if (l)
                        l.push(i * 3 + part);
                    else
                        gateKeys.set(k, [i * 3 + part]);
                }
        });
    });
    const req = indexRequired(order);
    const pos = new Map(order.map((x, i) => [x.name, i]));
    const elemConceptIdx = req.elemConcepts.map((refs) => refs.map((n) => pos.get(n)));
    const ruleParts = rules.rules.map((r) => ({
        subject: r.subject.map((n) => pos.get(n)),
        claim: r.claim.map((n) => pos.get(n)),
        link: r.link && r.link.length > 0 ? r.link.map((n) => pos.get(n)) : null,
    }));
    const out = {
        order, byName, rules: rules.rules, gates, byKey, ...req, ...masks(order, rules.rules), gateKeys, gateInit,
        elemConceptIdx, ruleParts,
    };
    cache.set(rules, out);
    return out;
}
const MAX_RESULTS = 64;
/** Marks that a clause gap (~N) does not cross. */
const CLAUSE_MARKS = new Set([',', ':', '(', ')', '\u2014', '\u2013', '\u2192', '\u21d2', '\u2713', '!', '?']);
function atomEnds(a, toks, pos, idx) {
    switch (a.t) {
        case 'stem':
            return pos < toks.length && toks[pos].stem === a.v ? [pos + 1] : [];
        case 'surface':
            return pos < toks.length && toks[pos].surface === a.v ? [pos + 1] : [];
        case 'num':
            return pos < toks.length && toks[pos].kind === 'num' ? [pos + 1] : [];
        case 'concept':
            return idx.get(a.v)?.get(pos) ?? [];
    }
}
function seqEnds(seq, toks, pos, idx) {
    let cur = [pos];
    for (const a of seq) {
        const next = [];
        for (const p of cur)
            for (const e of atomEnds(a, toks, p, idx))
                if (!next.includes(e))
                    next.push(e);
        if (next.length === 0)
            return [];
        cur = next;
    }
    return cur;
}
/** All end positions of pattern elements [ei..] starting at pos. Gaps never cross ';' or a period. */
function patternEnds(p, ei, toks, pos, idx, out) {
    if (out.size >= MAX_RESULTS)
        return;
    if (ei === p.length) {
        out.add(pos);
        return;
    }
    const el = p[ei];
    if (el.t === 'gap') {
        for (let k = 0; k <= el.max && pos + k <= toks.length; k++) {
            if (k > 0) {
                const s = toks[pos + k - 1].surface;
                if (s === ';' || s === '.' || s === '|')
                    break;
                if (el.clause && CLAUSE_MARKS.has(s))
                    break;
            }
            patternEnds(p, ei + 1, toks, pos + k, idx, out);
        }
        return;
    }
    if (el.optional)
        patternEnds(p, ei + 1, toks, pos, idx, out);
    if (pos >= toks.length)
        return;
    const t = toks[pos];
    for (const alt of el.alts) {
        if (alt.length === 1) {
            // Fast path for the common single-word alternative: no arrays.
            const a = alt[0];
            if (a.t === 'stem' ? t.stem === a.v : a.t === 'surface' ? t.surface === a.v : a.t === 'num' ? t.kind === 'num' : false) {
                patternEnds(p, ei + 1, toks, pos + 1, idx, out);
                continue;
            }
            if (a.t !== 'concept')
                continue;
        }
        for (const e of seqEnds(alt, toks, pos, idx))
            patternEnds(p, ei + 1, toks, e, idx, out);
    }
}
/**
 * Match the concepts a sentence needs. `needed` (null: all) is matched first; `ifCued` (concepts that
 * absorb negation and hedges) only when the sentence has a negation, hedge or condition cue, since
 * otherwise they have nothing to absorb.
 */
function matchConcepts(toks, c, needed, ifCued = null) {
    const idx = new Map();
    const spans = new Map();
    // Bucket the literal-first patterns by concept, so each concept only tries positions that can start it.
    const buckets = new Map();
    const bucket = (ci, pos, pats) => {
        const b = buckets.get(ci);
        if (b)
            b.push([pos, pats]);
        else
            buckets.set(ci, [[pos, pats]]);
    };
    for (let pos = 0; pos < toks.length; pos++) {
        const t = toks[pos];
        for (const [ci, pats] of c.byKey.get(t.sk) ?? [])
            bucket(ci, pos, pats);
        for (const [ci, pats] of c.byKey.get(t.fk) ?? [])
            bucket(ci, pos, pats);
    }
    // Which pattern elements can match somewhere in this sentence (literal keys now, concepts as they
    // are matched, in dependency order).
    // State per element: 1 can match, -1 cannot, 0 not decided yet (decided from concept matches).
    const state = Int8Array.from(c.elemInit);
    for (const t of toks) {
        for (const e of c.keyElems.get(t.sk) ?? [])
            state[e] = 1;
        for (const e of c.keyElems.get(t.fk) ?? [])
            state[e] = 1;
    }
    const elemOk = (e) => {
        const st = state[e];
        if (st !== 0)
            return st === 1;
        let ok = false;
        for (const cn of c.elemConcepts[e])
            if ((spans.get(cn)?.length ?? 0) > 0)
                ok = true;
        state[e] = ok ? 1 : -1;
        return ok;
    };
    const viable = new Uint8Array(c.required.size);
    const none = new Map();
    const done = new Uint8Array(c.order.length);
    const phase = (mask) => c.order.forEach((concept, ci) => {
        if (done[ci] === 1 || (mask && mask[ci] !== 1))
            return;
        done[ci] = 1;
        let any = false;
        for (const r of c.conceptReq[ci]) {
            let ok = true;
            for (const e of r.elems) {
                if (!elemOk(e)) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                viable[r.id] = 1;
                any = true;
            }
        }
        if (!any || (!buckets.has(ci) && concept.loose.length === 0 && !concept.firstConcepts.some((fc) => idx.get(fc).size > 0))) {
            idx.set(concept.name, none);
            spans.set(concept.name, []);
            return;
        }
        const best = new Map();
        const ends = new Set();
        const tryAll = (pos, list) => {
            if (!list)
                return;
            for (const p of list) {
                if (viable[c.required.get(p).id] !== 1)
                    continue;
                ends.clear();
                patternEnds(p, 0, toks, pos, idx, ends);
                for (const e of ends)
                    if (e > pos && e > (best.get(pos) ?? -1))
                        best.set(pos, e);
            }
        };
        for (const [pos, pats] of buckets.get(ci) ?? [])
            tryAll(pos, pats);
        for (const fc of concept.firstConcepts) {
            const list = concept.byFirst.get(`c:${fc}`);
            for (const pos of idx.get(fc)?.keys() ?? [])
                tryAll(pos, list);
        }
        if (concept.loose.length > 0)
            for (let pos = 0; pos < toks.length; pos++)
                tryAll(pos, concept.loose);
        const starts = new Map();
        const list = [];
        for (const pos of [...best.keys()].sort((a, b) => a - b)) {
            // The longest match at each start serves both references and the concept's own span.
            const end = best.get(pos);
            starts.set(pos, [end]);
            list.push({ concept: concept.name, start: pos, end });
        }
        idx.set(concept.name, starts);
        spans.set(concept.name, list);
    });
    phase(needed);
    if (ifCued && CUES.some((n) => (spans.get(n)?.length ?? 0) > 0))
        phase(ifCued);
    c.order.forEach((concept, ci) => {
        if (done[ci] !== 1) {
            idx.set(concept.name, none);
            spans.set(concept.name, []);
        }
    });
    return { spans, idx };
}
/** Per concept (index in `order`): 1 when some pattern has all its required elements in the sentence. */
function possibleConcepts(toks, c) {
    const present = new Uint8Array(c.elemConcepts.length);
    for (const t of toks) {
        for (const e of c.keyElems.get(t.sk) ?? [])
            present[e] = 1;
        for (const e of c.keyElems.get(t.fk) ?? [])
            present[e] = 1;
    }
    const possible = new Uint8Array(c.order.length);
    for (let ci = 0; ci < c.order.length; ci++) {
        for (const r of c.conceptReq[ci]) {
            let ok = true;
            for (const e of r.elems) {
                if (present[e] === 1)
                    continue;
                if (!c.elemConceptIdx[e].some((x) => possible[x] === 1)) {
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
/** Cues that concepts absorbing negation may absorb. */
const CUES = ['NEG', 'HEDGE', 'HEDGE_AFTER', 'CONDITION'];
// ---------------------------------------------------------------------------------------------
// Sentence analysis
const WINDOW_BEFORE = 8;
/** Words that may stand between a negation and the source it negates ("not by the benchmark"). */
const SOURCE_LEAD = new Set(['by', 'from', 'via', 'through', 'with', 'on', 'the', 'its', 'their', 'our', 'a', 'an', 'any', 'this', 'that', 'those', 'these', 'some', 'even', 'just', 'only', 'merely', 'simply', 'single', 'one', 'every', 'each', 'mere']);
function overlaps(a, b) {
    return a.start < b.end && b.start < a.end;
}
function analyse(toks, c, needed = null, ifCued = null) {
    const { spans } = matchConcepts(toks, c, needed, ifCued);
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
    const absorbed = new Set();
    for (const concept of c.order) {
        if (!concept.absorbsNegation)
            continue;
        for (const s of spans.get(concept.name) ?? [])
            for (let k = s.start; k < s.end; k++)
                absorbed.add(k);
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
    return { toks, spans, zone, scope, paren, negCues, parenNegCues, hedgeCues, hedgeAfterCues, condCues, notLink, semi, sourceNegated };
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
    return cued(a, a.negCues, s, 2) || a.parenNegCues.some(inAside);
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
        const weight = (s) => {
            let d = distance(link, s);
            const preps = a.spans.get('PREP') ?? [];
            if (preps.some((p) => p.end <= s.start && p.end >= s.start - 2))
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
    const reports = a.spans.get('REPORT') ?? [];
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
/** Lint one plain sentence (no Markdown). Returns the first rule that fires, or null. */
function engine_lintPlain(text, rules) {
    const c = compile(rules);
    const toks = tokens_tokenize(text);
    if (toks.length === 0 || !toks.some((t) => t.kind === 'word'))
        return null;
    // Cheap gate: skip the full analysis unless some rule could find its subject, claim and link.
    // Live rules: those whose subject, claim and link could all occur. Only their concepts (and the
    // engine's) are matched.
    const part = Uint8Array.from(c.gateInit);
    for (const t of toks) {
        for (const k of c.gateKeys.get(t.sk) ?? [])
            part[k] = 1;
        for (const k of c.gateKeys.get(t.fk) ?? [])
            part[k] = 1;
    }
    const keyLive = [];
    for (let i = 0; i < c.gates.length; i++)
        if (part[i * 3] && part[i * 3 + 1] && part[i * 3 + 2])
            keyLive.push(i);
    if (keyLive.length === 0)
        return null;
    // Then by what could match at all: a concept is possible when one of its patterns has every required
    // element present (a word in the sentence, or a possible concept).
    const possible = possibleConcepts(toks, c);
    const anyOf = (l) => l.some((ci) => possible[ci] === 1);
    const live = keyLive.filter((i) => {
        const r = c.ruleParts[i];
        return anyOf(r.subject) && anyOf(r.claim) && (r.link === null || anyOf(r.link));
    });
    if (live.length === 0)
        return null;
    const needed = Uint8Array.from(c.baseMask);
    const or = (m) => {
        for (let k = 0; k < m.length; k++)
            if (m[k])
                needed[k] = 1;
    };
    for (const i of live)
        or(c.ruleMasks[i]);
    // Concepts that absorb negation also absorb hedges ("should accept ... as proof", "may safely be
    // assumed"): they are matched when the sentence has such a cue.
    const pieces = chunk(toks);
    for (const [i, piece] of pieces.entries()) {
        const a = analyse(piece, c, needed, c.absorbMask);
        if (i === 0 && isQuestion(a, text))
            return null;
        if (refuted(a) || reportRefuted(a))
            continue;
        const zones = [...new Set(a.zone)];
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
    const c = compile(rules);
    const toks = tokens_tokenize(text);
    if (toks.length === 0)
        return false;
    const a = analyse(toks, c);
    return a.negCues.length > 0 || (a.spans.get('REFUTE') ?? []).length > 0;
}
/** For tests and debugging: the concept spans found in a sentence, as "CONCEPT: words". */
function explain(text, rules) {
    const c = compile(rules);
    const toks = tokenize(text);
    const a = analyse(toks, c);
    const out = [];
    for (const [name, list] of a.spans) {
        for (const s of list)
            out.push(`${name}: ${toks.slice(s.start, s.end).map((t) => t.surface).join(' ')}`);
    }
    out.push(`neg@${a.negCues.join(',')} hedge@${a.hedgeCues.join(',')} zones=${a.zone.join('')} scopes=${a.scope.join(',')}`);
    return out;
}

// EXTERNAL MODULE: ./node_modules/markdown-it/dist/markdown-it.mjs + 12 modules
var markdown_it = __webpack_require__(65251);
;// CONCATENATED MODULE: ./src/claims/lint/split.ts
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
 * abbreviations (e.g. i.e. vs. etc. ...) and single initials. Decimals, versions, URLs and file names
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
function markdown() {
    // CommonMark with raw HTML recognised (so it can be left out), GFM tables and strikethrough.
    parser ??= new markdown_it/* default */.A('commonmark', { html: true }).enable(['table', 'strikethrough']);
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
    const starts = lineStarts(source);
    const lineStart = (line0) => starts[Math.min(line0, starts.length - 1)];
    const out = [];
    // Table state: the header cells of the current table, the current row's line and column.
    let headers = null;
    let inHead = false;
    let rowLine = -1;
    let col = -1;
    let cellCursor = 0;
    for (let t = 0; t < tokens.length; t++) {
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
                    for (const s of sentencesOf(unit.unit, starts))
                        out.push(s);
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
        const j = source.indexOf(s, cursor);
        return j >= 0 && j + s.length <= limit ? j : -1;
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
        if (s >= 0 && isBoundary(text, i)) {
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

;// CONCATENATED MODULE: ./src/claims/lint/index.ts
/**
 * The claim linter (DESIGN §6): finds sentences that say more than the evidence allows.
 * Rules are data (policies/claims/*.yml); engine.ts says how they are applied.
 */






/**
 * Lint Markdown (or plain text): at most one finding per sentence, in document order. A table row
 * whose cells pass one by one is read once more as a whole ("| Provider X | fastest everywhere |").
 * Cells under a header that refutes its column ("never says", "Bad claim") are quoted, not asserted.
 */
function lint(markdown, rules = rules_loadShippedRules()) {
    const out = [];
    const refuting = new Map();
    const quoted = (h) => {
        if (h === undefined)
            return false;
        let r = refuting.get(h);
        if (r === undefined)
            refuting.set(h, (r = refutingHeader(h, rules)));
        return r;
    };
    const sentences = splitInContext(markdown).filter((s) => !quoted(s.header));
    for (let i = 0; i < sentences.length;) {
        const row = sentences[i].row;
        let j = i + 1;
        if (row !== undefined)
            while (j < sentences.length && sentences[j].row === row)
                j++;
        let hit = false;
        for (let k = i; k < j; k++) {
            const s = sentences[k];
            const f = engine_lintPlain(s.text, rules);
            if (f) {
                out.push({ ...f, line: s.line });
                hit = true;
            }
        }
        if (!hit && j - i > 1) {
            const text = sentences.slice(i, j).map((s) => s.text).join(', ');
            const f = engine_lintPlain(text, rules);
            if (f)
                out.push({ ...f, line: sentences[i].line });
        }
        i = j;
    }
    return out;
}
/** Lint one plain sentence (no Markdown handling); the finding's line is 1. */
function lintSentence(sentence, rules = loadShippedRules()) {
    const f = lintPlain(sentence.replace(/\s+/g, ' ').trim(), rules);
    return f ? { ...f, line: 1 } : null;
}


/***/ })

};
