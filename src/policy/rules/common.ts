/**
 * The shared machinery of per-kind rules: claims in, one finding per subject (an evidence item, or one
 * GPU), folded into one Check per rule. A claim that is missing is "not evaluated" and takes the
 * policy's on_verifier_unavailable; a claim of the wrong shape denies. Neither ever passes.
 */
import type { Outcome } from '../schema.js';
import { worse, type Check } from '../types.js';

export interface Subject {
  /** Where the claims came from, e.g. `evidence.0` or `evidence.1.gpu0`. */
  label: string;
  claims: Record<string, unknown>;
  /** Set when the subject's claims could not be read at all (e.g. no `gpus` list). */
  unreadable?: string;
}

export interface Finding {
  outcome: Outcome;
  observed: string | null;
  detail: string;
}

export interface RuleContext {
  /** The policy's on_verifier_unavailable: the outcome of a check that could not be evaluated. */
  notEvaluated: 'hold' | 'deny';
}

export interface Rule {
  id: string;
  expected: string | null;
  /** Evaluate over every subject of the kind (one or more), folding into one finding. */
  evaluate(subjects: Subject[]): Finding;
}

export type Claim<T> = { ok: true; value: T } | { ok: false; finding: Finding };

export function missing(ctx: RuleContext, key: string): Finding {
  return {
    outcome: ctx.notEvaluated,
    observed: null,
    detail: `not evaluated: the verifier reported no "${key}" claim`,
  };
}

export function malformed(key: string, value: unknown, want: string): Finding {
  return { outcome: 'deny', observed: show(value), detail: `claim "${key}" is malformed: expected ${want}` };
}

export function show(value: unknown): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return s.length > 200 ? `${s.slice(0, 197)}...` : s;
}

export function hexClaim(ctx: RuleContext, claims: Record<string, unknown>, key: string, bytes: number): Claim<string> {
  const v = claims[key];
  if (v === undefined || v === null) return { ok: false, finding: missing(ctx, key) };
  if (typeof v !== 'string' || v.length !== bytes * 2 || !/^[0-9a-fA-F]*$/.test(v)) {
    return { ok: false, finding: malformed(key, v, `${bytes * 2} hex digits`) };
  }
  return { ok: true, value: v.toLowerCase() };
}

export function boolClaim(ctx: RuleContext, claims: Record<string, unknown>, key: string): Claim<boolean> {
  const v = claims[key];
  if (v === undefined || v === null) return { ok: false, finding: missing(ctx, key) };
  if (typeof v !== 'boolean') return { ok: false, finding: malformed(key, v, 'true or false') };
  return { ok: true, value: v };
}

export function stringClaim(ctx: RuleContext, claims: Record<string, unknown>, key: string): Claim<string> {
  const v = claims[key];
  if (v === undefined || v === null) return { ok: false, finding: missing(ctx, key) };
  if (typeof v !== 'string' || v.length === 0) return { ok: false, finding: malformed(key, v, 'a string') };
  return { ok: true, value: v };
}

/** Fold per-subject findings into one: the worst outcome; observed and detail per subject when several. */
export function fold(subjects: Subject[], each: (s: Subject) => Finding): Finding {
  const found = subjects.map((s) => ({ label: s.label, f: s.unreadable !== undefined ? unreadable(s) : each(s) }));
  if (found.length === 1) return found[0]!.f;
  const outcome = found.reduce<Outcome>((o, x) => worse(o, x.f.outcome), 'pass');
  const observed = found.map((x) => `${x.label}: ${x.f.observed ?? 'none'}`).join('; ');
  const details = new Set(found.map((x) => x.f.detail));
  const detail = details.size === 1 ? found[0]!.f.detail : found.map((x) => `${x.label}: ${x.f.detail}`).join('; ');
  return { outcome, observed, detail };
}

function unreadable(s: Subject): Finding {
  return { outcome: 'deny', observed: null, detail: `not evaluated: ${s.unreadable}` };
}

/** A rule evaluated subject by subject. */
export function perSubject(id: string, expected: string | null, each: (s: Subject) => Finding): Rule {
  return { id, expected, evaluate: (subjects) => fold(subjects, each) };
}

/**
 * An allow-list of reference values. An empty list means "not pinned": hold, never pass, showing the
 * observed value so the user can pin it in a copy of the policy (shipped strict policies do this).
 */
export function allowList(
  ctx: RuleContext,
  id: string,
  allowed: string[],
  read: (claims: Record<string, unknown>) => Claim<string>,
  what: string,
): Rule {
  const norm = allowed.map((a) => a.toLowerCase());
  return perSubject(id, allowed.length === 0 ? null : allowed.join(', '), (s) => {
    const c = read(s.claims);
    if (!c.ok) return c.finding;
    if (allowed.length === 0) {
      return {
        outcome: 'hold',
        observed: c.value,
        detail: `not pinned: the policy lists no reference value for ${what}; pin the observed value in a copy of the policy`,
      };
    }
    return norm.includes(c.value.toLowerCase())
      ? { outcome: 'pass', observed: c.value, detail: `${what} is on the policy's allow-list` }
      : { outcome: 'deny', observed: c.value, detail: `${what} is not on the policy's allow-list` };
  });
}

/** A boolean that must be false (`debug: forbid`, `migrate_ma: forbid`). */
export function forbidTrue(
  id: string,
  read: (claims: Record<string, unknown>) => Claim<boolean>,
  whenTrue: string,
  whenFalse: string,
): Rule {
  return perSubject(id, 'false', (s) => {
    const c = read(s.claims);
    if (!c.ok) return c.finding;
    return c.value
      ? { outcome: 'deny', observed: 'true', detail: whenTrue }
      : { outcome: 'pass', observed: 'false', detail: whenFalse };
  });
}

/** The outcome every check of a rule gets when it could not be evaluated at all. */
export function notEvaluated(rule: Rule, outcome: Outcome, why: string): Check {
  return { id: rule.id, outcome, observed: null, expected: rule.expected, detail: `not evaluated: ${why}` };
}
