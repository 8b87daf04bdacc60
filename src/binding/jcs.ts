/**
 * RFC 8785 JSON Canonicalization Scheme.
 *
 * Keys are sorted by their UTF-16 code units (as the RFC specifies), numbers use the ECMAScript
 * shortest round-trip form (JSON.stringify's), strings use JSON.stringify's escaping (which the RFC
 * adopts). Non-finite numbers, undefined in arrays, functions, symbols and bigints are rejected.
 */
export function canonicalize(value: unknown): string {
  return ser(value);
}

function ser(v: unknown): string {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'boolean':
      return v ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(v)) throw new TypeError('JCS: non-finite number');
      return JSON.stringify(v);
    case 'string':
      return JSON.stringify(v);
    case 'object': {
      if (Array.isArray(v)) {
        return '[' + v.map((x) => {
          if (x === undefined || typeof x === 'function' || typeof x === 'symbol') {
            throw new TypeError('JCS: unserializable array element');
          }
          return ser(x);
        }).join(',') + ']';
      }
      const obj = v as Record<string, unknown>;
      if (typeof (obj as { toJSON?: unknown }).toJSON === 'function') {
        return ser((obj as { toJSON: () => unknown }).toJSON());
      }
      const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort(compareUtf16);
      return '{' + keys.map((k) => JSON.stringify(k) + ':' + ser(obj[k])).join(',') + '}';
    }
    default:
      throw new TypeError(`JCS: cannot serialize ${typeof v}`);
  }
}

function compareUtf16(a: string, b: string): number {
  // Plain comparison of JS strings is by UTF-16 code units, which is what RFC 8785 asks for.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Canonical JSON as UTF-8 bytes. */
export function canonicalBytes(value: unknown): Buffer {
  return Buffer.from(canonicalize(value), 'utf8');
}
