export const id = 469;
export const ids = [469];
export const modules = {

/***/ 46928:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lint: () => (/* reexport */ lint.lint),
  loadShippedRules: () => (/* reexport */ shipped.loadShippedRules),
  ub: () => (/* reexport */ rules/* mergeRules */.ub),
  NR: () => (/* reexport */ parseRules)
});

// UNUSED EXPORTS: LINT_CATEGORIES, explain, lintSentence, splitSentences

// EXTERNAL MODULE: ./src/claims/lint/rules.ts
var rules = __webpack_require__(28360);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/claims/lint/patterns.ts
var patterns = __webpack_require__(60596);
;// CONCATENATED MODULE: ./src/claims/lint/parse-rules.ts
/**
 * Reading claim rule files: YAML, validated by a strict schema (rules.ts says what the sections mean).
 * The shipped files are read at build time (scripts/gen-assets.mjs embeds the result in
 * src/generated/claim-rules.ts); user files (--rules, claim-rules) are read here at run time.
 */






const conceptName = schemas/* string */.YjP().regex(/^[A-Z][A-Z0-9_]*$/, 'concept names are UPPER_SNAKE_CASE');
const patternString = schemas/* string */.YjP().superRefine((s, ctx) => {
    try {
        (0,patterns/* parsePattern */.EY)(s);
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
    category: schemas/* enum */.k5n(rules/* LINT_CATEGORIES */.Db),
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
/**
 * The shipped rule files (name and text; merged in name order), validated, checked, and with every
 * pattern parsed: what src/generated/claim-rules.ts embeds. Throws when a pattern's compact form does
 * not read back as the same pattern.
 */
function buildShippedRules(files) {
    let acc = { concepts: {}, rules: [], sources: [] };
    for (const f of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        acc = mergeRules(acc, parseRules(f.text, f.name));
    }
    checkReferences(acc);
    const packed = {};
    for (const [name, def] of Object.entries(acc.concepts)) {
        packed[name] = def.patterns.map((src) => {
            const parsed = parsePattern(src);
            const p = packPattern(parsed);
            if (!isDeepStrictEqual(unpackPattern(p), parsed))
                throw new Error(`pattern ${JSON.stringify(src)} does not survive packing`);
            return p;
        });
    }
    return { concepts: { ...acc.concepts }, rules: [...acc.rules], sources: [...acc.sources], packed };
}
/** The text of src/generated/claim-rules.ts for these rule files. */
function shippedRulesModule(files) {
    const data = JSON.stringify(buildShippedRules(files));
    // In single quotes, JSON's many double quotes need no escaping.
    const literal = `'${data.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
    return ('// Generated by scripts/gen-assets.mjs from policies/claims/*.yml (validated, merged, patterns parsed). Do not edit.\n' +
        "import type { ShippedRuleSet } from '../claims/lint/rules.js';\n\n" +
        '// JSON.parse of one string reads faster than the same data as an object literal.\n' +
        `export const SHIPPED_CLAIM_RULES: ShippedRuleSet = JSON.parse(${literal});\n`);
}

// EXTERNAL MODULE: ./src/claims/lint/shipped.ts + 1 modules
var shipped = __webpack_require__(15839);
// EXTERNAL MODULE: ./src/claims/lint/lint.ts
var lint = __webpack_require__(21230);
// EXTERNAL MODULE: ./src/claims/lint/split.ts
var split = __webpack_require__(67983);
// EXTERNAL MODULE: ./src/claims/lint/engine.ts + 1 modules
var engine = __webpack_require__(50169);
;// CONCATENATED MODULE: ./src/claims/lint/index.ts








/***/ }),

/***/ 83469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   claimRules: () => (/* binding */ claimRules),
/* harmony export */   lintForReceipt: () => (/* binding */ lintForReceipt)
/* harmony export */ });
/* harmony import */ var _lint_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46928);

/** Rules: the shipped set, extended by any user rule files. */
function claimRules(extra = []) {
    let rules = (0,_lint_index_js__WEBPACK_IMPORTED_MODULE_0__.loadShippedRules)();
    for (const r of extra)
        rules = (0,_lint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .mergeRules */ .ub)(rules, (0,_lint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRules */ .NR)(r.text, r.source));
    return rules;
}
/** Lint user text handed to `create`; every flagged sentence is struck and recorded with its rewrite. */
function lintForReceipt(texts, extraRules = []) {
    if (texts.length === 0)
        return [];
    const rules = claimRules(extraRules);
    const out = [];
    for (const t of texts) {
        for (const f of (0,_lint_index_js__WEBPACK_IMPORTED_MODULE_0__.lint)(t.text, rules)) {
            out.push({ sentence: f.sentence, category: f.category, rule: f.rule, rewrite: f.rewrite, why: f.why, source: t.source, line: f.line });
        }
    }
    return out;
}


/***/ })

};
