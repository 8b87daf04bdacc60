/**
 * Tokens for the claim linter: lowercased words, numbers and punctuation, each with a crude stem.
 *
 * The stemmer is deliberately simple and is applied to both the text and the rule patterns, so what
 * matters is that it is consistent (proves / proved / proving / proof -> "prov"), not that it is
 * linguistically right. Contractions are split so that negation is always a separate token
 * ("doesn't" -> "does" "not").
 */
export interface Token {
  /** Lowercased surface form ("proves"); numbers are their digits. */
  surface: string;
  /** Normalised form used for matching ("prov"); every number is "#num". */
  stem: string;
  kind: 'word' | 'num' | 'punct';
  /** Lookup keys: "s:<stem>" (or "#num") and "f:<surface>" (set by tokenize). */
  sk?: string;
  fk?: string;
}

// Irregular forms and a few words whose family the suffix rules would not join.
const IRREGULAR: Record<string, string> = {
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
const BARE_NEGATIVE = new Map<string, string>([
  ['dont', 'do'], ['doesnt', 'does'], ['didnt', 'did'], ['isnt', 'is'], ['arent', 'are'], ['wasnt', 'was'],
  ['werent', 'were'], ['cant', 'can'], ['couldnt', 'could'], ['shouldnt', 'should'], ['wouldnt', 'would'],
  ['wont', 'will'], ['hasnt', 'has'], ['havent', 'have'], ['hadnt', 'had'], ['mustnt', 'must'], ['neednt', 'need'],
]);

const IS_AFTER = new Set(['it', 'that', 'this', 'there', 'here', 'what', 'who', 'where', 'he', 'she', 'which', 'everything', 'nothing', 'something']);

const UNDOUBLE = new Set(['bb', 'dd', 'gg', 'mm', 'nn', 'pp', 'rr', 'tt']);

const IRREGULAR_MAP = new Map(Object.entries(IRREGULAR));
const memo = new Map<string, string>();

/**
 * The stem tokenize() gives a lone plain lowercase word, or null when tokenize splits it into more
 * than one token ("cannot", "dont") or it is not a plain word.
 */
export function plainWordStem(w: string): string | null {
  if (!/^[a-z][a-z0-9]*$/.test(w) || w === 'cannot' || BARE_NEGATIVE.has(w)) return null;
  return stem(w);
}

/** A consistent, crude stemmer (see the module comment). Memoised: prose repeats its words. */
export function stem(word: string): string {
  const hit = memo.get(word);
  if (hit !== undefined) return hit;
  const s = stemUncached(word.toLowerCase());
  if (memo.size > 50_000) memo.clear();
  memo.set(word, s);
  return s;
}

function stemUncached(w: string): string {
  const irr = IRREGULAR_MAP.get(w);
  if (irr !== undefined) return stripE(irr);
  if (w.length <= 3) return w;
  let s = w;
  let verbal = false;
  if (s.endsWith('ies') && s.length > 4) s = s.slice(0, -3) + 'y';
  else if (s.endsWith('ied') && s.length > 4) s = s.slice(0, -3) + 'y';
  else if (s.endsWith('ational')) s = s.slice(0, -7) + 'ate';
  else if (s.endsWith('ations') && s.length > 8) s = s.slice(0, -6) + 'ate';
  else if (s.endsWith('ation') && s.length > 7) s = s.slice(0, -5) + 'ate';
  else if (s.endsWith('ions') && s.length > 6) s = s.slice(0, -4);
  else if (s.endsWith('ion') && s.length > 6) s = s.slice(0, -3);
  else if (s.endsWith('ingly') && s.length > 7) { s = s.slice(0, -5); verbal = true; }
  else if (s.endsWith('ings') && s.length > 6) { s = s.slice(0, -4); verbal = true; }
  else if (s.endsWith('ing') && s.length > 5) { s = s.slice(0, -3); verbal = true; }
  else if (s.endsWith('edly') && s.length > 6) { s = s.slice(0, -4); verbal = true; }
  else if (s.endsWith('ed') && s.length > 4) { s = s.slice(0, -2); verbal = true; }
  else if (/(ss|us|is)$/.test(s)) { /* keep */ }
  else if (/(sses|xes|zes|ches|shes)$/.test(s)) s = s.slice(0, -2);
  else if (s.endsWith('s')) s = s.slice(0, -1);
  if (verbal && s.length > 3 && UNDOUBLE.has(s.slice(-2))) s = s.slice(0, -1);
  return stripE(s);
}

function stripE(s: string): string {
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
const NON_ASCII = /[^\x00-\x7f]/;
const PICTOGRAPHS = /\p{Extended_Pictographic}|[\uFE0E\uFE0F\u200D\u{1F3FB}-\u{1F3FF}]/gu;

/** Tokenise one plain sentence. Linear in the input; no backtracking-heavy regexes. */
export function tokenize(text: string): Token[] {
  let lower = text.toLowerCase();
  // Quotes, check marks and pictographs are outside ASCII: most sentences skip those passes.
  const ascii = !NON_ASCII.test(lower);
  if (!ascii) lower = lower.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"');
  // Each rewrite below is skipped when there is nothing for it to rewrite (most sentences).
  if (lower.includes('cannot')) lower = lower.replace(/\bcannot\b/g, 'can not');
  if (!ascii) lower = lower.replace(CHECK_MARKS, ' \u2713 ');
  // ASCII arrows are arrows: "=>" as "⇒", "->" as "→".
  if (lower.includes('=>')) lower = lower.replace(/=>/g, ' \u21d2 ');
  if (lower.includes('->')) lower = lower.replace(/(^|[^-])->/g, '$1 \u2192 ');
  if (!ascii) lower = lower.replace(PICTOGRAPHS, ' ');
  const out: Token[] = [];
  // exec() on the one global expression rather than matchAll(), which copies it for every call.
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(lower); m !== null; m = TOKEN_RE.exec(lower)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      out.push(mk(t, '#num', 'num'));
    } else if (c >= 97 && c <= 122) {
      if (t.endsWith("n't")) {
        const head = t.slice(0, -3);
        const base = head === 'wo' ? 'will' : head === 'ca' ? 'can' : head === 'sha' ? 'shall' : head;
        if (base) out.push(mk(base, stem(base), 'word'));
        out.push(mk('not', 'not', 'word'));
      } else if (t.includes("'")) {
        const [head, tail] = t.split("'") as [string, string];
        out.push(mk(head, stem(head), 'word'));
        // 's is either "is" or a possessive; after a pronoun it is "is" ("it's faster"), otherwise
        // it is dropped.
        if (tail === 's' && IS_AFTER.has(head)) out.push(mk('is', 'be', 'word'));
        else if (tail === 're' || tail === 've' || tail === 'll' || tail === 'd') {
          const full = tail === 're' ? 'are' : tail === 've' ? 'have' : tail === 'll' ? 'will' : 'would';
          out.push(mk(full, stem(full), 'word'));
        }
      } else if (BARE_NEGATIVE.has(t)) {
        const base = BARE_NEGATIVE.get(t)!;
        out.push(mk(base, stem(base), 'word'));
        out.push(mk('not', 'not', 'word'));
      } else {
        out.push(plainWord(t));
      }
    } else if (t !== '-' && t !== '_' && t !== '*' && t !== '`') {
      // Hyphens join compounds ("provider-local" reads as "provider local"); markup is not content.
      out.push(mk(t, t, 'punct'));
    }
  }
  return out;
}

/** A token with its lookup keys (every token has the same shape). */
function mk(surface: string, stem: string, kind: Token['kind']): Token {
  return { surface, stem, kind, sk: kind === 'num' ? '#num' : lookupKey(stemKeys, 's:', stem), fk: lookupKey(surfaceKeys, 'f:', surface) };
}

// Per plain word: its stem and lookup keys, so that the commonest token costs one lookup.
const plainWords = new Map<string, { stem: string; sk: string; fk: string }>();

function plainWord(w: string): Token {
  let x = plainWords.get(w);
  if (x === undefined) {
    const st = stem(w);
    x = { stem: st, sk: lookupKey(stemKeys, 's:', st), fk: lookupKey(surfaceKeys, 'f:', w) };
    if (plainWords.size > 50_000) plainWords.clear();
    plainWords.set(w, x);
  }
  return { surface: w, stem: x.stem, kind: 'word', sk: x.sk, fk: x.fk };
}

// Lookup keys are interned: the engine looks every token up in maps, and a key made once (with its
// hash computed once) is cheaper to look up than a fresh string per token.
const stemKeys = new Map<string, string>();
const surfaceKeys = new Map<string, string>();

function lookupKey(cache: Map<string, string>, prefix: string, s: string): string {
  const hit = cache.get(s);
  if (hit !== undefined) return hit;
  const k = prefix + s;
  if (cache.size > 50_000) cache.clear();
  cache.set(s, k);
  return k;
}
