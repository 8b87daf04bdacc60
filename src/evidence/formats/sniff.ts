import type { EvidenceFormat } from '../types.js';
import { InputError } from '../../util/errors.js';
import { hasSimulatedMarker } from './simulated-quote.js';
import { isSevSnpReport } from './sev-snp-report.js';
import { isSpdmGetMeasurements } from './nvidia-spdm.js';
import { evidenceListEntries } from './nvidia-evidence-list.js';
import { isEatTokenSetShape } from './nras-eat.js';
import { TDX_TEE_TYPE } from './tdx-quote.js';
import { isQuoteWithEventLog } from './tdx-eventlog.js';

/** JSON evidence above this size is not parsed for sniffing (real token sets and lists are far smaller). */
const MAX_JSON_SNIFF = 16 * 1024 * 1024;

function isText(b: Uint8Array): boolean {
  for (const c of b) {
    if (c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x20 && c <= 0x7e)) continue;
    return false;
  }
  return true;
}

/**
 * Undo a hex-text or base64-text wrapper (as NVIDIA tools and `command:` sources print evidence).
 * Returns the bytes unchanged when they are binary, JSON, or neither decoding yields a known format
 * that the raw bytes do not already have. Whitespace (line breaks of wrapped text) is ignored.
 */
export function decodeEvidenceText(bytes: Uint8Array): Uint8Array {
  if (bytes.byteLength === 0 || !isText(bytes)) return bytes;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[') || trimmed.startsWith('-----BEGIN')) return bytes;
  const s = trimmed.replace(/\s+/g, '');
  const candidates: Buffer[] = [];
  const h = s.startsWith('0x') || s.startsWith('0X') ? s.slice(2) : s;
  if (h.length > 0 && h.length % 2 === 0 && /^[0-9a-fA-F]+$/.test(h)) candidates.push(Buffer.from(h, 'hex'));
  if (s.length % 4 !== 1 && /^[A-Za-z0-9+/_-]+={0,2}$/.test(s)) {
    const d = Buffer.from(s, 'base64');
    if (d.length > 0) candidates.push(d);
  }
  for (const c of candidates) if (sniffBinary(c) !== 'unknown') return c;
  return bytes;
}

/** The format of raw (already decoded) bytes. */
function sniffBinary(b: Uint8Array): EvidenceFormat {
  // The first 8 header bytes decide, so a truncated quote is reported as a malformed quote.
  if (b.byteLength >= 8) {
    const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
    const version = buf.readUInt16LE(0);
    const attKeyType = buf.readUInt16LE(2);
    if ((version === 4 || version === 5) && (attKeyType === 2 || attKeyType === 3) && buf.readUInt32LE(4) === TDX_TEE_TYPE) {
      return hasSimulatedMarker(b) ? 'simulated-tdx-quote' : 'tdx-quote';
    }
  }
  if (isSevSnpReport(b)) return 'sev-snp-report';
  if (isSpdmGetMeasurements(b)) return 'nvidia-spdm';
  const json = sniffJson(b);
  if (json !== null) return json;
  return 'unknown';
}

function sniffJson(b: Uint8Array): EvidenceFormat | null {
  if (b.byteLength > MAX_JSON_SNIFF || !isText(b)) return null;
  const text = Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8').trim();
  if (!text.startsWith('[') && !text.startsWith('{')) return null;
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  if (isEatTokenSetShape(v)) return 'nras-eat';
  // A TDX quote (hex) with its event log, as dstack's guest agent returns it.
  if (isQuoteWithEventLog(v)) {
    const h = v.quote.replace(/^0x/i, '');
    if (/^([0-9a-fA-F]{2})+$/.test(h) && sniffBinary(Buffer.from(h.slice(0, 16), 'hex')) === 'tdx-quote') return 'tdx-quote';
  }
  if (evidenceListEntries(v) !== null) return 'nvidia-evidence-list';
  return null;
}

/** The evidence format of bytes as stored (binary, hex text, base64 text or JSON). Never throws. */
export function sniffFormat(bytes: Uint8Array): EvidenceFormat {
  return sniffBinary(decodeEvidenceText(bytes));
}

/** Parse JSON evidence text (token sets, evidence lists). Throws EVIDENCE_MALFORMED. */
export function parseEvidenceJson(bytes: Uint8Array, what: string): unknown {
  try {
    return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
  } catch {
    throw new InputError('EVIDENCE_MALFORMED', `${what}: not valid JSON`);
  }
}
