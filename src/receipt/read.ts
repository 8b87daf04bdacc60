/**
 * Reading the receipt and the JSON files beside it, strictly: one parse, no differential between
 * this reader and any other JSON reader a reviewer may use. A duplicate key, invalid UTF-8, a lone
 * surrogate or a document that is not in RFC 8785 canonical form (the producer writes every JSON
 * file canonical) is refused; the receipt then goes through the strict zod schema.
 */
import { stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { canonicalize } from '../binding/jcs.js';
import { InputError, q } from '../util/errors.js';
import { RECEIPT_JSON_BOUNDS, checkJsonBounds } from '../util/json.js';
import { READ_LIMITS, readRegularFile as readShared } from '../util/read-file.js';
import { type Receipt, ReceiptSchema } from './schema.js';


const UTF8 = new TextDecoder('utf-8', { fatal: true });

export class JsonStrictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JsonStrictError';
  }
}

/**
 * Scan JSON text for duplicate object keys (JSON.parse keeps the last one silently). The text is
 * known to be valid JSON (JSON.parse ran first), so the scanner only tracks strings and nesting.
 */
export function findDuplicateKey(text: string): string | null {
  const stack: (Set<string> | null)[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === '{') {
      stack.push(new Set());
      i++;
    } else if (c === '[') {
      stack.push(null);
      i++;
    } else if (c === '}' || c === ']') {
      stack.pop();
      i++;
    } else if (c === '"') {
      let j = i + 1;
      while (j < n && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const raw = text.slice(i, j + 1);
      i = j + 1;
      const top = stack[stack.length - 1];
      if (top) {
        // A string in an object is a key when a ':' follows it.
        let k = i;
        while (k < n && /\s/.test(text[k]!)) k++;
        if (text[k] === ':') {
          const key = JSON.parse(raw) as string;
          if (top.has(key)) return key;
          top.add(key);
        }
      }
    } else i++;
  }
  return null;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Parse JSON bytes strictly: valid UTF-8, valid JSON, no duplicate keys, no lone surrogates, and
 * (when `canonical`) byte-for-byte the RFC 8785 form, optionally followed by one newline.
 */
export function parseStrictJson(bytes: Uint8Array, opts: { canonical: boolean }): unknown {
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    throw new JsonStrictError('is not valid UTF-8');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new JsonStrictError(`is not valid JSON: ${(e as Error).message}`);
  }
  const dup = findDuplicateKey(text);
  if (dup !== null) throw new JsonStrictError(`has the key ${q(dup)} twice`);
  if (LONE_SURROGATE.test(text) || /\\u[dD][89a-fA-F]/.test(text)) {
    // An escaped surrogate is fine only as part of a pair; re-check on the decoded strings.
    if (hasLoneSurrogate(value)) throw new JsonStrictError('holds a lone surrogate (not Unicode text)');
  }
  if (opts.canonical) {
    const c = canonicalize(value);
    if (text !== c && text !== c + '\n') throw new JsonStrictError('is not in RFC 8785 canonical form (it was re-serialised or edited)');
  }
  return value;
}

function hasLoneSurrogate(v: unknown): boolean {
  if (typeof v === 'string') return LONE_SURROGATE.test(v);
  if (Array.isArray(v)) return v.some(hasLoneSurrogate);
  if (v !== null && typeof v === 'object') return Object.entries(v).some(([k, x]) => LONE_SURROGATE.test(k) || hasLoneSurrogate(x));
  return false;
}

/** A regular file under a size cap (src/util/read-file.ts), or null when the path does not exist. */
export async function readRegularFile(path: string, max: number, shown: string): Promise<Buffer | null> {
  try {
    return await readShared(path, { maxBytes: max, what: 'receipt file', shown, noFollow: true });
  } catch (e) {
    if (e instanceof InputError && e.code === 'PATH_MISSING') return null;
    throw e;
  }
}

/** Read and validate a receipt (file or directory); anything malformed is an exit-2 InputError. */
export async function loadReceipt(path: string, cwd: string): Promise<{ receipt: Receipt; dir: string; bytes: Buffer }> {
  const abs = resolve(cwd, path);
  let isDir = false;
  try {
    isDir = (await stat(abs)).isDirectory();
  } catch {
    throw new InputError('PATH_MISSING', `no such receipt: ${q(path)}`);
  }
  const file = isDir ? join(abs, 'receipt.json') : abs;
  let bytes: Buffer;
  try {
    bytes = await readShared(file, { maxBytes: READ_LIMITS.receipt, what: 'receipt', shown: isDir ? join(path, 'receipt.json') : path });
  } catch (e) {
    if (e instanceof InputError && e.code === 'PATH_MISSING') throw new InputError('PATH_MISSING', `no receipt.json at ${q(path)}`);
    throw e;
  }
  let json: unknown;
  try {
    json = parseStrictJson(bytes, { canonical: true });
  } catch (e) {
    if (e instanceof JsonStrictError) {
      throw new InputError('RECEIPT_INVALID', `receipt ${q(path)} ${e.message.startsWith('is not valid JSON') ? e.message : `${e.message}; refused`}`);
    }
    throw e;
  }
  checkJsonBounds(json, RECEIPT_JSON_BOUNDS, 'RECEIPT_INVALID', `receipt ${q(path)}`);
  const r = ReceiptSchema.safeParse(json);
  if (!r.success) {
    const first = r.error.issues[0]!;
    const where = first.path.map(String).join('.') || '(top level)';
    throw new InputError('RECEIPT_INVALID', `receipt ${q(path)} fails the schema at ${where}: ${first.message}`);
  }
  return { receipt: r.data, dir: dirname(file), bytes };
}
