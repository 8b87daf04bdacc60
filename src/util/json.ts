/**
 * Bounds on a parsed JSON value before a schema looks at it. JSON.parse of a capped file is cheap;
 * a schema check of a value with a million nodes is not (every failing node becomes an issue object:
 * 2.4 GB for a 63 MiB receipt of small objects). Real receipts and manifest-sized files are far
 * below these bounds. The walk is iterative: a value nested a million levels deep cannot overflow
 * the stack.
 */
import { InputError, type InputErrorCode } from './errors.js';

export interface JsonBounds {
  /** Most values (objects, arrays, strings, numbers, booleans, nulls) in the whole document. */
  maxNodes: number;
  /** Deepest nesting of objects and arrays. */
  maxDepth: number;
}

/** Bounds for receipt.json (a genuine receipt holds a few thousand values). */
export const RECEIPT_JSON_BOUNDS: JsonBounds = { maxNodes: 250_000, maxDepth: 32 };

/** Throws `code` naming `what` when `value` exceeds the bounds. */
export function checkJsonBounds(value: unknown, bounds: JsonBounds, code: InputErrorCode, what: string): void {
  // Values are counted as they are found, before any is queued, so the queue stays within the bound.
  let nodes = 1;
  const stack: [object, number][] = value !== null && typeof value === 'object' ? [[value, 1]] : [];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (depth > bounds.maxDepth) throw new InputError(code, `${what} nests deeper than ${bounds.maxDepth} levels`);
    const children = Array.isArray(v) ? (v as unknown[]) : Object.values(v);
    nodes += children.length;
    if (nodes > bounds.maxNodes) throw new InputError(code, `${what} holds more than ${bounds.maxNodes} JSON values`);
    for (const x of children) if (x !== null && typeof x === 'object') stack.push([x, depth + 1]);
  }
}
