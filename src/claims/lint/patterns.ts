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
import { plainWordStem, tokenize } from './tokens.js';

export type Atom =
  | { t: 'stem'; v: string }
  | { t: 'surface'; v: string }
  | { t: 'num' }
  | { t: 'concept'; v: string };

export type Element =
  | { t: 'alt'; alts: Atom[][]; optional: boolean }
  | { t: 'gap'; max: number; clause?: boolean };

export type Pattern = Element[];

const parsed = new Map<string, Pattern>();

/**
 * Parse one pattern string; throws Error with a short reason on bad syntax. Memoised: the same
 * pattern is validated, checked and compiled, and shipped and user files share most of them.
 */
export function parsePattern(src: string): Pattern {
  const hit = parsed.get(src);
  // A fresh array each time: compiled concepts tell patterns apart by identity.
  if (hit) return [...hit];
  const p = parseUncached(src);
  if (parsed.size > 20_000) parsed.clear();
  parsed.set(src, p);
  return [...p];
}

function parseUncached(src: string): Pattern {
  const parts = src.trim().split(/\s+/).filter((p) => p.length > 0);
  if (parts.length === 0) throw new Error('empty pattern');
  const out: Pattern = [];
  for (const part of parts) {
    const gap = /^([*~])(\d)$/.exec(part);
    if (gap) {
      const max = Number(gap[2]);
      if (max < 1 || max > 8) throw new Error(`gap ${part} must be ${gap[1]}1..${gap[1]}8`);
      out.push(gap[1] === '~' ? { t: 'gap', max, clause: true } : { t: 'gap', max });
      continue;
    }
    let body = part;
    let optional = false;
    if (body.endsWith('?') && body.length > 1) {
      optional = true;
      body = body.slice(0, -1);
    }
    const alts: Atom[][] = [];
    for (const alt of body.split('|')) {
      if (alt === '') throw new Error(`empty alternative in ${JSON.stringify(part)}`);
      if (alt.startsWith('@')) {
        if (!/^@[A-Z][A-Z0-9_]*$/.test(alt)) throw new Error(`bad concept reference ${alt}`);
        alts.push([{ t: 'concept', v: alt.slice(1) }]);
      } else if (alt === '#num') {
        alts.push([{ t: 'num' }]);
      } else if (alt.startsWith('=') && alt.length > 1) {
        // "=took-place": exact surface words, joined by hyphens.
        const ws = alt.slice(1).toLowerCase().split('-');
        if (!ws.every((w) => /^(?:[a-z]+|[0-9]+)$/.test(w))) throw new Error(`bad surface word ${alt}`);
        alts.push(ws.map((v): Atom => ({ t: 'surface', v })));
      } else if (plainWordStem(alt) !== null) {
        // One plain lowercase word (most alternatives): its stem, as tokenize would give it.
        alts.push([{ t: 'stem', v: plainWordStem(alt)! }]);
      } else {
        const toks = tokenize(alt);
        if (toks.length === 0) throw new Error(`nothing to match in ${JSON.stringify(alt)}`);
        alts.push(toks.map((k): Atom => (k.kind === 'num' ? { t: 'num' } : { t: 'stem', v: k.stem })));
      }
    }
    out.push({ t: 'alt', alts, optional });
  }
  if (out[0]?.t === 'gap' || out[out.length - 1]?.t === 'gap') throw new Error('a pattern cannot start or end with a gap');
  if (out.every((e) => e.t === 'alt' && e.optional)) throw new Error('a pattern needs one required element');
  return out;
}

/** Concept names a pattern refers to. */
export function patternRefs(p: Pattern): string[] {
  const refs: string[] = [];
  for (const e of p) if (e.t === 'alt') for (const a of e.alts) for (const x of a) if (x.t === 'concept') refs.push(x.v);
  return refs;
}

/**
 * A parsed pattern in the compact form that the build embeds for the shipped rules: a gap is its
 * length (negative for a clause gap, ~N), an alternatives element is the list of its alternatives,
 * each the atoms' keys joined by spaces ("s:prov", "f:took f:place", "#num", "c:BENCH"), with "?"
 * first when the element is optional.
 */
export type PackedPattern = (number | string[])[];

/** An atom's key, as tokens, gates and packed patterns spell it: "s:prov", "f:is", "#num", "c:BENCH". */
export function atomKey(a: Atom): string {
  return a.t === 'stem' ? `s:${a.v}` : a.t === 'surface' ? `f:${a.v}` : a.t === 'num' ? '#num' : `c:${a.v}`;
}

export function packPattern(p: Pattern): PackedPattern {
  return p.map((el) => {
    if (el.t === 'gap') return el.clause ? -el.max : el.max;
    const alts = el.alts.map((alt) =>
      alt.map(atomKey).join(' '),
    );
    return el.optional ? ['?', ...alts] : alts;
  });
}

export function unpackPattern(packed: PackedPattern): Pattern {
  return packed.map((x): Element => {
    if (typeof x === 'number') return x < 0 ? { t: 'gap', max: -x, clause: true } : { t: 'gap', max: x };
    const optional = x[0] === '?';
    const alts = (optional ? x.slice(1) : x).map((alt) => alt.split(' ').map(atomOf));
    return { t: 'alt', alts, optional };
  });
}

// Atoms are never modified, so the many patterns that share a word share its atom.
const atoms = new Map<string, Atom>();

function atomOf(k: string): Atom {
  let a = atoms.get(k);
  if (a === undefined) {
    const v = k.slice(2);
    a = k === '#num' ? { t: 'num' } : k.startsWith('s:') ? { t: 'stem', v } : k.startsWith('f:') ? { t: 'surface', v } : { t: 'concept', v };
    atoms.set(k, a);
  }
  return a;
}
