import type { EvidenceFormat, EvidenceKind } from '../types.js';
import { hex } from './reader.js';
import { parseEvidence } from './parse.js';
import { eatClaims, formatKind, gpuClaims, snpClaims, tdxClaims } from './claims.js';
import { pckChainPem, type CertificationData, type TdxQuote } from './tdx-quote.js';

export interface InspectedEvidence {
  format: EvidenceFormat;
  kind: EvidenceKind | null;
  /** Parsed fields, lowercase hex strings for byte fields. */
  fields: Record<string, unknown>;
}

/**
 * Parse and describe evidence for `evidence inspect`: no signature is checked. Throws InputError
 * EVIDENCE_MALFORMED when a recognised format does not parse; unknown bytes give format `unknown`.
 */
export function inspectEvidence(bytes: Uint8Array, formatHint?: EvidenceFormat): InspectedEvidence {
  const p = parseEvidence(bytes, formatHint);
  const kind = formatKind(p.format);
  switch (p.format) {
    case 'simulated-tdx-quote':
      return { format: p.format, kind, fields: tdxFields(p.quote, true) };
    case 'tdx-quote': {
      const fields = tdxFields(p.quote, false);
      // A quote carried with its event log: the events as recorded (replayed only by evidence verify).
      if (p.eventLog) fields['event_log'] = p.eventLog.map((e) => ({ rtmr: e.rtmr, type: `0x${e.type.toString(16)}`, name: e.name, digest: e.digest, payload: e.data }));
      return { format: p.format, kind, fields };
    }
    case 'sev-snp-report':
      return { format: p.format, kind, fields: { ...snpClaims(p.report), signature: hex(p.report.signature.subarray(0, 144)) } };
    case 'nvidia-spdm':
    case 'nvidia-evidence-list':
      return {
        format: p.format,
        kind,
        fields: {
          count: p.gpus.length,
          gpus: p.gpus.map((g) => ({
            ...gpuClaims(g.spdm, g.entry),
            responder_nonce: hex(g.spdm.responderNonce),
            measurements: g.spdm.measurements.map((m) => ({ index: m.index, value: hex(m.value) })),
            opaque: Object.fromEntries(g.spdm.opaque.map((o) => [o.name, hex(o.value)])),
            signature: hex(g.spdm.signature),
            trailing_bytes: g.spdm.trailing.length,
          })),
        },
      };
    case 'nras-eat':
      return {
        format: p.format,
        kind,
        fields: {
          ...eatClaims(p.tokens),
          header: p.tokens.overall.header,
          claims: p.tokens.overall.claims,
          devices: Object.fromEntries(Object.entries(p.tokens.submods).map(([k, v]) => [k, { header: v.header, claims: v.claims }])),
        },
      };
    case 'unknown':
      return { format: p.format, kind, fields: { size: bytes.byteLength } };
  }
}

function certFields(cd: CertificationData): Record<string, unknown> {
  const q = cd.qeReportCertificationData;
  if (q === null) {
    const printable = /^[\x20-\x7e\r\n\t]*$/.test(cd.data.toString('latin1'));
    return { type: cd.type, size: cd.data.length, data: printable ? cd.data.toString('latin1') : hex(cd.data) };
  }
  return {
    type: cd.type,
    size: cd.data.length,
    qe_report: {
      cpu_svn: hex(q.qeReport.cpuSvn),
      misc_select: q.qeReport.miscSelect,
      attributes: hex(q.qeReport.attributes),
      mr_enclave: hex(q.qeReport.mrEnclave),
      mr_signer: hex(q.qeReport.mrSigner),
      isv_prod_id: q.qeReport.isvProdId,
      isv_svn: q.qeReport.isvSvn,
      report_data: hex(q.qeReport.reportData),
    },
    qe_report_signature: hex(q.qeReportSignature),
    qe_auth_data: hex(q.qeAuthData),
    certification_data: certFields(q.certificationData),
  };
}

function tdxFields(q: TdxQuote, simulated: boolean): Record<string, unknown> {
  const c = tdxClaims(q, simulated);
  return {
    simulated,
    header: {
      version: q.header.version,
      att_key_type: q.header.attKeyType,
      tee_type: c['tee_type'],
      qe_svn: q.header.qeSvn,
      pce_svn: q.header.pceSvn,
      qe_vendor_id: c['qe_vendor_id'],
      user_data: c['user_data'],
    },
    body_type: q.bodyType,
    td_report: {
      tee_tcb_svn: c['tee_tcb_svn'],
      mr_seam: c['mr_seam'],
      mr_signer_seam: c['mr_signer_seam'],
      seam_attributes: c['seam_attributes'],
      td_attributes: c['td_attributes'],
      xfam: c['xfam'],
      mr_td: c['mr_td'],
      mr_config_id: c['mr_config_id'],
      mr_owner: c['mr_owner'],
      mr_owner_config: c['mr_owner_config'],
      rtmr0: c['rtmr0'],
      rtmr1: c['rtmr1'],
      rtmr2: c['rtmr2'],
      rtmr3: c['rtmr3'],
      report_data: c['report_data'],
      ...(q.bodyType === 3 ? { tee_tcb_svn2: c['tee_tcb_svn2'], mr_service_td: c['mr_service_td'] } : {}),
    },
    td_attribute_flags: c['td_attribute_flags'],
    signature_data: {
      sig_data_len: q.sigDataLength,
      quote_signature: hex(q.signature),
      attestation_key: hex(q.attestationKey),
      certification_data: certFields(q.certificationData),
    },
    pck_chain_pem: pckChainPem(q),
    quote_length: q.quoteLength,
    padding_bytes: q.trailing.length,
    padding_all_zero: q.trailing.allZero,
  };
}
