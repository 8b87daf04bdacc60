import { InputError, q } from '../util/errors.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** C0 controls, DEL and C1 controls: never allowed in a resource name. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Files at the top of each directory root that are never hashed (as in OMS). */
export const DEFAULT_IGNORES: readonly string[] = ['.git', '.gitattributes', '.github', '.gitignore'];

/**
 * How resources are ordered (DESIGN §2). `path-components` is the OpenSSF model_signing order (Python
 * `PurePath` order): names compared as lists of '/'-separated components, each component by Unicode
 * code point, so `a/b` < `a-b` and `model/x` < `model.safetensors`. `utf8-bytes`, a sort of the
 * whole name's UTF-8 bytes, is the order of older receipts, kept so they still replay.
 */
export type ResourceOrder = 'path-components' | 'utf8-bytes';
export const RESOURCE_ORDERS: readonly ResourceOrder[] = ['path-components', 'utf8-bytes'];
export const DEFAULT_ORDER: ResourceOrder = 'path-components';

/**
 * The sort key of a name under `order`: its UTF-8 bytes (byte order = code-point order), with '/'
 * mapped to 0x00 for `path-components`. Names never hold NUL (control characters are rejected), so
 * 0x00 sorts below every byte of a component, and comparing keys equals comparing component lists:
 * a component that is a prefix of another ends first.
 */
export function orderKey(name: string, order: ResourceOrder): Buffer {
  const b = Buffer.from(name, 'utf8');
  if (order === 'path-components') {
    for (let i = b.indexOf(0x2f); i >= 0; i = b.indexOf(0x2f, i + 1)) b[i] = 0;
  }
  return b;
}

/**
 * Compare two names under `order` (JS `<` compares UTF-16 units, which is neither order). Works on
 * the strings themselves: sorting 100,000 names allocates nothing per comparison.
 */
export function compareNames(a: string, b: string, order: ResourceOrder): number {
  return order === 'path-components' ? compareComponents(a, b) : compareCodePoints(a, b);
}

/** Compare two names by their UTF-8 bytes (= code-point order of the whole name). */
export function compareUtf8(a: string, b: string): number {
  return compareNames(a, b, 'utf8-bytes');
}

/** Sort items by their names under `order`, returning a new array. */
export function sortByName<T>(items: Iterable<T>, nameOf: (x: T) => string, order: ResourceOrder): T[] {
  const cmp = order === 'path-components' ? compareComponents : compareCodePoints;
  return [...items].sort((p, q) => cmp(nameOf(p), nameOf(q)));
}

/** Sort names by UTF-8 bytes, returning a new array. */
export function sortUtf8(names: Iterable<string>): string[] {
  return sortByName(names, (s) => s, 'utf8-bytes');
}

/**
 * Render a user-supplied name for a one-line message: JSON-quoted, with C1 controls escaped too
 * (JSON leaves them raw, and 0x9b is a terminal CSI).
 */
export function displayName(name: string): string {
  return q(name).replace(/[\u007f-\u009f]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** Raw directory-entry bytes shown safely: printable ASCII as is, anything else as \xHH. */
export function displayBytes(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) {
    s += b >= 0x20 && b < 0x7f && b !== 0x22 && b !== 0x5c ? String.fromCharCode(b) : '\\x' + b.toString(16).padStart(2, '0');
  }
  return '"' + s + '"';
}

/**
 * Compare two strings by Unicode code point (= UTF-8 byte order) without encoding them. UTF-16
 * unit order differs only where a surrogate (an astral character) meets U+E000..U+FFFF.
 */
export function compareCodePoints(a: string, b: string): number {
  return compareUnits(a, b, false);
}

/**
 * Compare two names as lists of '/'-separated components, each by code point: the order of
 * `orderKey(…, 'path-components')` ('/' sorts below every other character), without encoding.
 */
export function compareComponents(a: string, b: string): number {
  return compareUnits(a, b, true);
}

function compareUnits(a: string, b: string, slashFirst: boolean): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x !== y) {
      if (slashFirst && x === 0x2f) return -1;
      if (slashFirst && y === 0x2f) return 1;
      if (x >= 0xd800 && y >= 0xd800) {
        x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
        y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
      }
      return x - y;
    }
  }
  return a.length - b.length;
}

/** Decode one directory entry name; reject invalid UTF-8 and control characters. */
export function decodeEntryName(raw: Buffer, parentDisplay: string): string {
  let name: string;
  try {
    name = UTF8.decode(raw);
  } catch {
    throw new InputError('NAME_INVALID', `file name is not valid UTF-8: ${displayBytes(raw)} in ${displayName(parentDisplay)}`);
  }
  checkName(name, parentDisplay);
  return name;
}

/** Reject names with control characters or unpaired surrogates (not representable in UTF-8). */
export function checkName(name: string, context?: string): void {
  const where = (): string => (context === undefined ? '' : ` in ${displayName(context)}`);
  if (LONE_SURROGATE.test(name)) {
    throw new InputError('NAME_INVALID', `file name is not valid UTF-8: ${displayName(name)}${where()}`);
  }
  if (CONTROL.test(name)) {
    throw new InputError('NAME_INVALID', `file name contains a control character: ${displayName(name)}${where()}`);
  }
}

/**
 * Whether resource names are strictly in the tree's order (so no duplicates either) for a
 * serialization method and a recorded order: files by name in that order; shards
 * (`<name>:<start>:<end>`) by file name in that order, then by start offset as a number (as OMS
 * model_signing sorts them), each shard name well formed and non-empty. An unknown order is false.
 */
export function resourcesInOrder(method: string, order: unknown, names: readonly string[]): boolean {
  if (!RESOURCE_ORDERS.includes(order as ResourceOrder)) return false;
  const o = order as ResourceOrder;
  if (method !== 'shards') {
    for (let i = 1; i < names.length; i++) if (compareNames(names[i - 1]!, names[i]!, o) >= 0) return false;
    return true;
  }
  let prev: { file: string; start: number } | null = null;
  for (const n of names) {
    const s = parseShardName(n);
    if (!s) return false;
    if (prev) {
      const c = compareNames(prev.file, s.file, o);
      if (c > 0 || (c === 0 && prev.start >= s.start)) return false;
    }
    prev = { file: s.file, start: s.start };
  }
  return true;
}

/** `<name>:<start>:<end>` -> its parts; null unless start < end are canonical decimal integers. */
export function parseShardName(n: string): { file: string; start: number; end: number } | null {
  const m = /^(.+):(0|[1-9][0-9]{0,15}):([1-9][0-9]{0,15})$/.exec(n);
  if (!m) return null;
  const start = Number(m[2]);
  const end = Number(m[3]);
  if (!Number.isSafeInteger(end) || start >= end) return null;
  return { file: m[1]!, start, end };
}
