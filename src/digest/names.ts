import { InputError, q } from '../util/errors.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** C0 controls, DEL and C1 controls: never allowed in a resource name. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Files at the top of each directory root that are never hashed (as in OMS). */
export const DEFAULT_IGNORES: readonly string[] = ['.git', '.gitattributes', '.github', '.gitignore'];

/** Compare two names by their UTF-8 bytes (= code-point order; JS `<` compares UTF-16 units). */
export function compareUtf8(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** Sort names by UTF-8 bytes, returning a new array. */
export function sortUtf8(names: Iterable<string>): string[] {
  return [...names]
    .map((s) => ({ s, b: Buffer.from(s, 'utf8') }))
    .sort((x, y) => Buffer.compare(x.b, y.b))
    .map((x) => x.s);
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
 * Whether resource names are strictly in the tree's order for a serialization method: files by
 * the UTF-8 bytes of their names; shards (`<name>:<start>:<end>`) by file name, then by start
 * offset as a number (as OMS model_signing sorts them), each shard well formed and non-empty.
 */
export function resourcesInOrder(method: string, names: readonly string[]): boolean {
  if (method !== 'shards') {
    for (let i = 1; i < names.length; i++) if (compareUtf8(names[i - 1]!, names[i]!) >= 0) return false;
    return true;
  }
  let prev: { file: Buffer; start: number } | null = null;
  for (const n of names) {
    const s = parseShardName(n);
    if (!s) return false;
    const file = Buffer.from(s.file, 'utf8');
    if (prev) {
      const c = Buffer.compare(prev.file, file);
      if (c > 0 || (c === 0 && prev.start >= s.start)) return false;
    }
    prev = { file, start: s.start };
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
