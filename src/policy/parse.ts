/**
 * Policy text -> typed Policy. YAML (duplicate keys are errors), then the strict schema, then the
 * cross-field checks the schema cannot express (waivers must name a check the policy can produce).
 * Every failure is one InputError line, code POLICY_INVALID, naming the file and the key path.
 */
import { createHash } from 'node:crypto';
import { isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'zod';
import { InputError } from '../util/errors.js';
import { policyCanEmit } from './check-ids.js';
import { policySchema, type Policy } from './schema.js';

export interface LoadedPolicy {
  policy: Policy;
  policy_id: string;
  policy_version: number;
  /** `sha256:` + hex of the raw file bytes. */
  policy_digest: string;
  /** `shipped:<name>` or the path as given. */
  source: string;
  /** The raw YAML. */
  text: string;
}

const MAX_BYTES = 1 << 20;

export function parsePolicy(text: string, source: string): LoadedPolicy {
  return parsePolicyBytes(Buffer.from(text, 'utf8'), source);
}

/** Parse from the file's bytes, so the digest is of exactly what was read. */
export function parsePolicyBytes(bytes: Uint8Array, source: string): LoadedPolicy {
  const fail = (msg: string): never => {
    throw new InputError('POLICY_INVALID', `policy ${JSON.stringify(source)}: ${msg}`);
  };
  if (bytes.length > MAX_BYTES) fail(`file is larger than ${MAX_BYTES} bytes`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('file is not valid UTF-8');
  }

  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  const err = doc.errors[0];
  if (err) {
    const line = err.linePos?.[0]?.line ?? lineOf(text, err.pos[0]);
    if (err.code === 'DUPLICATE_KEY') fail(`duplicate key "${duplicatePath(doc, err.pos[0]) ?? '?'}" at line ${line}`);
    fail(`YAML syntax error at line ${line}: ${err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    // yaml refuses aliases that expand without bound (a "billion laughs" file) with a ReferenceError.
    return fail(`YAML aliases expand too far (${(e as Error).message.split('\n')[0]})`);
  }
  if (data === null || data === undefined) fail('file is empty');
  if (typeof data !== 'object' || Array.isArray(data)) fail('the top level must be a mapping of keys');

  const parsed = policySchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const issues = parsed.error.issues;
    fail(describeIssue(issues[0]!) + (issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''));
  }
  const policy = parsed.data as Policy;

  const seen = new Set<string>();
  policy.waivers.forEach((w, i) => {
    if (seen.has(w.check)) fail(`waivers[${i}].check names "${w.check}" twice`);
    seen.add(w.check);
    if (!policyCanEmit(policy, w.check)) fail(`waivers[${i}].check: no check "${w.check}" can come from this policy`);
  });

  return {
    policy,
    policy_id: policy.policy_id,
    policy_version: policy.version,
    policy_digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
    source,
    text,
  };
}

/** `evidence.required[0][1]` */
export function keyPath(path: readonly PropertyKey[]): string {
  let s = '';
  for (const p of path) {
    if (typeof p === 'number') s += `[${p}]`;
    else s += s === '' ? String(p) : `.${String(p)}`;
  }
  return s;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const at = keyPath(issue.path);
  const where = at === '' ? 'the top level' : at;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `"${keyPath([...issue.path, k])}"`);
      return `unknown key${keys.length > 1 ? 's' : ''} ${keys.join(', ')}`;
    }
    case 'invalid_type':
      if (issue.input === undefined) return `${where} is required`;
      return `${where} ${issue.message.startsWith('must') ? issue.message : `must be ${issue.expected}`}`;
    default:
      return `${where} ${issue.message}`;
  }
}

function lineOf(text: string, pos: number): number {
  return text.slice(0, pos).split('\n').length;
}

/** The key path of the pair whose key starts at `pos` (the second of a duplicate pair). */
function duplicatePath(doc: Document, pos: number): string | null {
  let found: string | null = null;
  visit(doc, {
    Pair(_, pair, ancestors) {
      const key = pair.key;
      if (!isScalar(key) || key.range?.[0] !== pos) return undefined;
      const path: (string | number)[] = [];
      const chain = [...ancestors, pair];
      for (let i = 0; i < chain.length; i++) {
        const node = chain[i];
        const next = chain[i + 1];
        if (isPair(node) && isScalar(node.key)) path.push(String(node.key.value));
        else if (isSeq(node) && next !== undefined) path.push(node.items.indexOf(next as never));
        else if (isMap(node)) continue;
      }
      found = keyPath(path);
      return visit.BREAK;
    },
  });
  return found;
}
