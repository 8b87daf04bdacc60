import type { EvidenceFormat } from '../types.js';
import { decodeEvidenceText, parseEvidenceJson, sniffFormat } from './sniff.js';
import { parseTdxQuote, type TdxQuote } from './tdx-quote.js';
import { isQuoteWithEventLog, parseRuntimeEventLog, type TdxEvent } from './tdx-eventlog.js';
import { InputError } from '../../util/errors.js';
import { checkSimulatedQuoteShape } from './simulated-quote.js';
import { parseSevSnpReport, type SevSnpReport } from './sev-snp-report.js';
import { parseNvidiaSpdmEvidence, type NvidiaSpdmEvidence } from './nvidia-spdm.js';
import { parseNvidiaEvidenceList, parseNvidiaEvidenceListSpdm, type NvidiaEvidenceEntry } from './nvidia-evidence-list.js';
import { parseNrasEatTokenSet, type NrasEatTokenSet } from './nras-eat.js';

export interface ParsedGpu {
  spdm: NvidiaSpdmEvidence;
  /** Present when the GPU came from a JSON evidence list. */
  entry?: NvidiaEvidenceEntry;
}

/** Typed evidence, tagged by format. */
export type ParsedEvidence =
  | { format: 'simulated-tdx-quote'; quote: TdxQuote }
  | { format: 'tdx-quote'; quote: TdxQuote; /** An event log that came in one JSON with the quote. */ eventLog?: TdxEvent[] }
  | { format: 'sev-snp-report'; report: SevSnpReport }
  | { format: 'nvidia-spdm'; gpus: ParsedGpu[] }
  | { format: 'nvidia-evidence-list'; gpus: ParsedGpu[] }
  | { format: 'nras-eat'; tokens: NrasEatTokenSet }
  | { format: 'unknown' };

/**
 * Sniff (undoing hex/base64 text) and parse. The bytes decide the format; a source's hint is used
 * only when the bytes are not recognised (so a truncated quote from configfs is reported as a
 * malformed TDX quote, and a simulated quote is never taken for a real one). Throws InputError
 * EVIDENCE_MALFORMED when the format is known but the bytes do not parse.
 */
export function parseEvidence(bytes: Uint8Array, formatHint?: EvidenceFormat): ParsedEvidence {
  const raw = decodeEvidenceText(bytes);
  const sniffed = sniffFormat(raw);
  const format = sniffed === 'unknown' && formatHint !== undefined ? formatHint : sniffed;
  switch (format) {
    case 'simulated-tdx-quote': {
      const quote = parseTdxQuote(raw);
      checkSimulatedQuoteShape(quote);
      return { format, quote };
    }
    case 'tdx-quote': {
      // A binary quote starts with its version (4 or 5); JSON with a brace.
      if (!Buffer.from(raw).toString('latin1', 0, 64).trimStart().startsWith('{')) return { format, quote: parseTdxQuote(raw) };
      // `{quote: "<hex>", event_log: [...] | "<json>"}`: the quote and its event log together.
      const v = parseEvidenceJson(raw, 'TDX quote with event log');
      if (!isQuoteWithEventLog(v)) throw new InputError('EVIDENCE_MALFORMED', 'TDX quote with event log: expected {quote, event_log}');
      const quote = parseTdxQuote(Buffer.from(v.quote.replace(/^0x/i, ''), 'hex'));
      return { format, quote, eventLog: parseRuntimeEventLog(v.event_log, 'TDX event log') };
    }
    case 'sev-snp-report':
      return { format, report: parseSevSnpReport(raw) };
    case 'nvidia-spdm':
      return { format, gpus: [{ spdm: parseNvidiaSpdmEvidence(raw) }] };
    case 'nvidia-evidence-list': {
      const entries = parseNvidiaEvidenceList(parseEvidenceJson(raw, 'NVIDIA evidence list'));
      const spdm = parseNvidiaEvidenceListSpdm(entries);
      return { format, gpus: entries.map((entry, i) => ({ spdm: spdm[i]!, entry })) };
    }
    case 'nras-eat':
      return { format, tokens: parseNrasEatTokenSet(parseEvidenceJson(raw, 'NRAS token set')) };
    case 'unknown':
      return { format };
  }
}
