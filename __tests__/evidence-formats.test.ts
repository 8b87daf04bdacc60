import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  decodeEvidenceText,
  inspectEvidence,
  makeSimulatedQuote,
  parseNvidiaSpdmEvidence,
  parseSevSnpReport,
  parseTdxQuote,
  sniffFormat,
  type EvidenceFormat,
} from '../src/evidence/index.js';
import { InputError } from '../src/util/errors.js';
import { VECTORS, checkerOutput, haveVectors, vector } from './helpers/vectors.js';

const hex = (b: Buffer) => b.toString('hex');
const REPORT_DATA = Buffer.alloc(64, 0xab);

function expectMalformed(fn: () => unknown, pattern?: RegExp) {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).code).toBe('EVIDENCE_MALFORMED');
    expect((e as InputError).message).not.toMatch(/\n/);
    if (pattern) expect((e as InputError).message).toMatch(pattern);
    return;
  }
  throw new Error('expected EVIDENCE_MALFORMED');
}

describe('simulated quote format', () => {
  const quote = makeSimulatedQuote(REPORT_DATA);

  it('is TDX v4-shaped, marked simulated in its own bytes, and sniffs as simulated', () => {
    expect(quote.readUInt16LE(0)).toBe(4);
    expect(quote.readUInt32LE(4)).toBe(0x81);
    expect(quote.subarray(12, 28).toString('ascii')).toBe('SIMULATED-QUOTE!');
    expect(quote.subarray(28, 47).toString('ascii')).toBe('compute-receipt sim');
    expect(quote.toString('latin1')).toContain('compute-receipt simulated evidence: no hardware');
    expect(sniffFormat(quote)).toBe('simulated-tdx-quote');
    expect(sniffFormat(Buffer.from(quote.toString('hex')))).toBe('simulated-tdx-quote');
    expect(sniffFormat(Buffer.from(quote.toString('base64')))).toBe('simulated-tdx-quote');
  });

  it('parses with TDX fields, the 0xFFFF certification data and no padding', () => {
    const q = parseTdxQuote(quote);
    expect(q.header.version).toBe(4);
    expect(q.body.reportData.equals(REPORT_DATA)).toBe(true);
    expect(q.certificationData.type).toBe(0xffff);
    expect(q.signature.length).toBe(64);
    expect(q.attestationKey.length).toBe(64);
    expect(q.quoteLength).toBe(quote.length);
    expect(q.trailing).toEqual({ length: 0, allZero: true });
    expect(q.body.mrTd.toString('latin1')).toMatch(/^SIMULATED MR_TD no hardware/);
  });

  it('inspect shows TDX fields and says simulated', () => {
    const i = inspectEvidence(quote);
    expect(i.format).toBe('simulated-tdx-quote');
    expect(i.kind).toBe('simulated');
    expect(i.fields['simulated']).toBe(true);
    const tdr = i.fields['td_report'] as Record<string, string>;
    expect(tdr['report_data']).toBe(hex(REPORT_DATA));
    expect(tdr['td_attributes']).toBe('0000001000000000');
    expect(i.fields['td_attribute_flags']).toEqual(['sept_ve_disable']);
  });

  it('accepts zero padding after the signature data but not non-zero bytes', () => {
    const padded = Buffer.concat([quote, Buffer.alloc(100)]);
    expect(inspectEvidence(padded).fields['padding_bytes']).toBe(100);
    expectMalformed(() => inspectEvidence(Buffer.concat([quote, Buffer.from('garbage')])), /non-zero bytes/);
  });

  it.each(Array.from({ length: 40 }, (_, i) => Math.floor((i * quote.length) / 40)).concat([8, 47, 48, 631, 632, 635, 636, 699, 763, quote.length - 1]))(
    'truncated to %i bytes: EVIDENCE_MALFORMED naming what is short',
    (n) => {
      expectMalformed(() => parseTdxQuote(quote.subarray(0, n)), /truncated at|version/);
    },
  );

  it('rejects a wrong version, tee type or key type', () => {
    const cases: [number, (b: Buffer) => void, RegExp][] = [
      [0, (b) => b.writeUInt16LE(3, 0), /version 3/],
      [1, (b) => b.writeUInt32LE(0, 4), /tee_type/],
      [2, (b) => b.writeUInt16LE(3, 2), /attestation key type 3/],
      [3, (b) => b.writeUInt32LE(b.readUInt32LE(632) + 1, 632), /truncated at signature data/],
      [4, (b) => b.writeUInt32LE(b.readUInt32LE(632) - 1, 632), /truncated at certification_data.data/],
    ];
    for (const [, mutate, re] of cases) {
      const b = Buffer.from(quote);
      mutate(b);
      expectMalformed(() => parseTdxQuote(b), re);
    }
  });
});

describe('decodeEvidenceText', () => {
  const quote = makeSimulatedQuote(REPORT_DATA);
  it.each([
    ['binary', quote, quote],
    ['lowercase hex', Buffer.from(quote.toString('hex')), quote],
    ['uppercase hex with line breaks', Buffer.from(quote.toString('hex').toUpperCase().replace(/(.{64})/g, '$1\n')), quote],
    ['base64 wrapped at 76', Buffer.from(quote.toString('base64').replace(/(.{76})/g, '$1\r\n') + '\n'), quote],
    ['base64url', Buffer.from(quote.toString('base64url')), quote],
    ['JSON stays JSON', Buffer.from('[1,2]'), Buffer.from('[1,2]')],
    ['plain text stays', Buffer.from('hello world'), Buffer.from('hello world')],
  ])('%s', (_name, input, expected) => {
    expect(Buffer.from(decodeEvidenceText(input)).equals(expected)).toBe(true);
  });
});

/** Every file of every vector folder and its expected format; anything not listed is 'unknown'. */
const SNIFF: Record<string, EvidenceFormat> = {
  'dcapqvl-tdx/tdx_quote': 'tdx-quote',
  'dcapqvl-tdx/tdx_quote_outdated': 'tdx-quote',
  'gotdx-spr-e4/tdx_prod_quote_SPR_E4.dat': 'tdx-quote',
  'gotdx-v5/quote_v5_sample.dat': 'tdx-quote',
  'gotdx-cos113/cos-113-tdx-quote.dat': 'tdx-quote',
  'trustee-tdx/tdx_quote_4.dat': 'tdx-quote',
  'trustee-tdx/tdx_quote_5.dat': 'tdx-quote',
  'trustee-tdx/tdx_quote_6.dat': 'tdx-quote',
  'trustee-az-tdx/td-quote.bin': 'tdx-quote',
  // dstack's {quote, event_log}: a TDX quote with its event log.
  'dstack-rtmr3/quote-report.json': 'tdx-quote',
  'dstack-rtmr3/tdx-lite-getquote.json': 'tdx-quote',
  'gosev-milan/attestation.bin': 'sev-snp-report',
  'virtee-milan/report_milan.hex': 'sev-snp-report',
  'trustee-snp/test-report.bin': 'sev-snp-report',
  'trustee-snp/test-vlek-report.bin': 'sev-snp-report',
  'trustee-az-snp/snp-report-genoa.bin': 'sev-snp-report',
  'trustee-az-snp/snp-report-milan-from-hcl.bin': 'sev-snp-report',
  'nvtrust-hopper/hopperAttestationReport.txt': 'nvidia-spdm',
  'trustee-nvidia/hopper_coco_report1.txt': 'nvidia-spdm',
  'nvattest-sdk/hopperAttestationReport.txt': 'nvidia-spdm',
  'nvattest-sdk/blackwellAttestationReport.txt': 'nvidia-spdm',
  'nvattest-sdk/evidence_hopper_590_12.json': 'nvidia-evidence-list',
  'nvattest-sdk/hopper_evidence.json': 'nvidia-evidence-list',
  'nvattest-sdk/hopperClaimsv3_detached_eat.json': 'nras-eat',
  'nvtrust-ppcie-8gpu/gpu_evidence.json': 'nvidia-evidence-list',
  ...Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`nvtrust-ppcie-8gpu/gpu${i}_evidence.b64`, 'nvidia-spdm' as const])),
};

function vectorFiles(): string[] {
  if (!haveVectors) return [];
  const out: string[] = [];
  for (const dir of readdirSync(VECTORS).sort()) {
    if (!statSync(join(VECTORS, dir)).isDirectory()) continue;
    const walk = (rel: string) => {
      for (const f of readdirSync(join(VECTORS, rel)).sort()) {
        const r = `${rel}/${f}`;
        if (statSync(join(VECTORS, r)).isDirectory()) walk(r);
        else out.push(r);
      }
    };
    walk(dir);
  }
  return out;
}

describe.skipIf(!haveVectors)('real vectors: sniffing every file of every folder', () => {
  const files = vectorFiles();
  it('lists every expected evidence file', () => {
    for (const f of Object.keys(SNIFF)) expect(files).toContain(f);
  });
  it.each(files)('%s', (f) => {
    expect(sniffFormat(vector(f))).toBe(SNIFF[f] ?? 'unknown');
  });
});

/** TDX vectors and the README section whose checker output they must match. */
const TDX_VECTORS: [file: string, readme: string, section: string][] = [
  ['gotdx-spr-e4/tdx_prod_quote_SPR_E4.dat', 'gotdx-spr-e4/README.txt', ''],
  ['gotdx-v5/quote_v5_sample.dat', 'gotdx-v5/README.txt', ''],
  ['gotdx-cos113/cos-113-tdx-quote.dat', 'gotdx-cos113/README.txt', ''],
  ['trustee-tdx/tdx_quote_4.dat', 'trustee-tdx/README.txt', 'tdx_quote_4.dat'],
  ['trustee-tdx/tdx_quote_5.dat', 'trustee-tdx/README.txt', 'tdx_quote_5.dat'],
  ['trustee-tdx/tdx_quote_6.dat', 'trustee-tdx/README.txt', 'tdx_quote_6.dat'],
  ['trustee-az-tdx/td-quote.bin', 'trustee-az-tdx/README.txt', ''],
];

describe.skipIf(!haveVectors)('real TDX quotes: fields equal the README checker output', () => {
  it.each(TDX_VECTORS)('%s', (file, readme, section) => {
    const bytes = vector(file);
    const expected = checkerOutput(readme).get(section)!;
    const q = parseTdxQuote(bytes);
    const cd = q.certificationData.qeReportCertificationData!;
    const actual: Record<string, string> = {
      size: String(bytes.length),
      version: String(q.header.version),
      att_key_type: String(q.header.attKeyType),
      tee_type: '0x' + q.header.teeType.toString(16),
      qe_vendor_id: hex(q.header.qeVendorId),
      user_data: hex(q.header.userData),
      tee_tcb_svn: hex(q.body.teeTcbSvn),
      mrseam: hex(q.body.mrSeam),
      mrsignerseam: hex(q.body.mrSignerSeam),
      seam_attributes: hex(q.body.seamAttributes),
      td_attributes: hex(q.body.tdAttributes),
      xfam: hex(q.body.xfam),
      mrtd: hex(q.body.mrTd),
      mrconfigid: hex(q.body.mrConfigId),
      mrowner: hex(q.body.mrOwner),
      mrownerconfig: hex(q.body.mrOwnerConfig),
      rtmr0: hex(q.body.rtmr[0]),
      rtmr1: hex(q.body.rtmr[1]),
      rtmr2: hex(q.body.rtmr[2]),
      rtmr3: hex(q.body.rtmr[3]),
      report_data: hex(q.body.reportData),
      sig_data_len: String(q.sigDataLength),
      trailing_bytes_after_sig_data: String(q.trailing.length),
      outer_cert_type: String(q.certificationData.type),
      inner_cert_type: String(cd.certificationData.type),
      qe_auth_data_len: String(cd.qeAuthData.length),
      qe_mrenclave: hex(cd.qeReport.mrEnclave),
      qe_mrsigner: hex(cd.qeReport.mrSigner),
      qe_isvprodid: String(cd.qeReport.isvProdId),
      qe_isvsvn: String(cd.qeReport.isvSvn),
      ...(q.header.version === 5
        ? {
            body_type: String(q.bodyType),
            body_size: String(q.bodyType === 3 ? 648 : 584),
            tee_tcb_svn2: hex(q.body.teeTcbSvn2!),
            mrservicetd: hex(q.body.mrServiceTd!),
          }
        : {}),
    };
    let compared = 0;
    for (const [k, v] of Object.entries(actual)) {
      if (!expected.has(k)) continue;
      expect({ [k]: v }).toEqual({ [k]: expected.get(k) });
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(30);
    // The chain travels as PEM inside type 6 -> type 5.
    expect(inspectEvidence(bytes).fields['pck_chain_pem']).toMatch(/^-----BEGIN CERTIFICATE-----/);
  });

  it('SPR_E4: the 39 bytes after the signed data are an unsigned test tail, reported, not parsed', () => {
    const bytes = vector('gotdx-spr-e4/tdx_prod_quote_SPR_E4.dat');
    const q = parseTdxQuote(bytes);
    expect(q.quoteLength).toBe(4935);
    expect(q.trailing).toEqual({ length: 39, allZero: false });
    expect(bytes.subarray(q.quoteLength).toString('latin1')).toBe('\nextra bytes(only for testing purpose)\n');
    const i = inspectEvidence(bytes);
    expect(i.fields['padding_bytes']).toBe(39);
    expect(i.fields['padding_all_zero']).toBe(false);
  });

  it('cos-113: 3065 zero padding bytes and REPORTDATA = nonce.dat', () => {
    const q = parseTdxQuote(vector('gotdx-cos113/cos-113-tdx-quote.dat'));
    expect(q.trailing).toEqual({ length: 3065, allZero: true });
    expect(q.body.reportData.equals(vector('gotdx-cos113/nonce.dat'))).toBe(true);
  });

  it('trustee tdx_quote_4 matches parse_tdx_claims_expected.json and is a DEBUG TD', () => {
    const exp = JSON.parse(readFileSync(join(VECTORS, 'trustee-tdx/parse_tdx_claims_expected.json'), 'utf8'));
    const i = inspectEvidence(vector('trustee-tdx/tdx_quote_4.dat'));
    const h = i.fields['header'] as Record<string, unknown>;
    const b = i.fields['td_report'] as Record<string, unknown>;
    const eb = exp.quote.body;
    const eh = exp.quote.header;
    expect(h['qe_vendor_id']).toBe(eh.vendor_id);
    expect(h['user_data']).toBe(eh.user_data);
    expect(h['tee_type']).toBe(eh.tee_type);
    expect(h['version']).toBe(Buffer.from(eh.version, 'hex').readUInt16LE(0));
    expect(b['mr_config_id']).toBe(eb.mr_config_id);
    expect(b['mr_owner']).toBe(eb.mr_owner);
    expect(b['mr_owner_config']).toBe(eb.mr_owner_config);
    expect(b['mr_seam']).toBe(eb.mr_seam);
    expect(b['mr_signer_seam']).toBe(eb.mrsigner_seam);
    expect(b['mr_td']).toBe(eb.mr_td);
    expect(b['report_data']).toBe(eb.report_data);
    expect(b['seam_attributes']).toBe(eb.seam_attributes);
    expect(b['tee_tcb_svn']).toBe(eb.tcb_svn);
    expect(b['td_attributes']).toBe(eb.td_attributes);
    expect(b['xfam']).toBe(eb.xfam);
    for (const n of [0, 1, 2, 3]) expect(b[`rtmr${n}`]).toBe(eb[`rtmr_${n}`]);
    expect(exp.td_attributes.debug).toBe(true);
    expect(i.fields['td_attribute_flags']).toEqual(['debug', 'sept_ve_disable']);
  });

  it.each(Array.from({ length: 25 }, (_, i) => i * 197).concat([47, 48, 631, 632, 636, 4934]))(
    'SPR_E4 truncated to %i bytes: EVIDENCE_MALFORMED',
    (n) => {
      expectMalformed(() => parseTdxQuote(vector('gotdx-spr-e4/tdx_prod_quote_SPR_E4.dat').subarray(0, n)));
    },
  );
});

describe.skipIf(!haveVectors)('real NVIDIA SPDM evidence: structure equals the README checker output', () => {
  it.each([
    ['nvtrust-hopper/hopperAttestationReport.txt', 'nvtrust-hopper/README.txt', ''],
    ['trustee-nvidia/hopper_coco_report1.txt', 'trustee-nvidia/README.txt', ''],
    ['nvattest-sdk/hopperAttestationReport.txt', 'nvattest-sdk/README.txt', 'hopper'],
    ['nvattest-sdk/blackwellAttestationReport.txt', 'nvattest-sdk/README.txt', 'blackwell'],
  ])('%s', (file, readme, section) => {
    const expected = checkerOutput(readme).get(section)!;
    const raw = decodeEvidenceText(vector(file));
    const e = parseNvidiaSpdmEvidence(raw);
    expect(String(raw.byteLength)).toBe(expected.get('report_len'));
    expect(e.requestNonce.toString('hex')).toBe(expected.get('request_nonce'));
    expect(e.responderNonce.toString('hex')).toBe(expected.get('responder_nonce'));
    expect(String(e.measurements.length)).toBe(expected.get('num_blocks'));
    expect(String(e.opaque.reduce((n, o) => n + 4 + o.value.length, 0))).toBe(expected.get('opaque_len'));
    expect(String(e.trailing.length)).toBe(expected.get('trailing_after_signature'));
  });

  it('nvtrust hopper: driver and VBIOS versions as NVIDIA prints them', () => {
    const e = parseNvidiaSpdmEvidence(decodeEvidenceText(vector('nvtrust-hopper/hopperAttestationReport.txt')));
    expect(e.driverVersion).toBe('550.90.07');
    expect(e.vbiosVersion).toBe('96.00.9F.00.01');
  });

  it('ppcie 8-GPU list: every GPU parses with the list nonce', () => {
    const i = inspectEvidence(vector('nvtrust-ppcie-8gpu/gpu_evidence.json'));
    expect(i.format).toBe('nvidia-evidence-list');
    expect(i.kind).toBe('nvidia-gpu');
    expect(i.fields['count']).toBe(8);
    for (const g of i.fields['gpus'] as Record<string, unknown>[]) {
      expect(g['request_nonce']).toBe('4760e30534a0621357d458b1a7936551b5dc4cd1e69718adf7ed9fb0252a537e');
      expect(g['driver_version']).toBe('590.12');
      expect(g['vbios_version']).toBe('96.00.A5.00.01');
      expect(g['arch']).toBe('HOPPER');
    }
  });

  it.each([10, 36, 38, 45, 200, 4000])('truncated SPDM evidence (%i bytes) is malformed', (n) => {
    const raw = Buffer.from(decodeEvidenceText(vector('nvtrust-hopper/hopperAttestationReport.txt')));
    expectMalformed(() => parseNvidiaSpdmEvidence(raw.subarray(0, n)));
  });
});

describe.skipIf(!haveVectors)('real SEV-SNP reports: light parse', () => {
  it.each([
    ['gosev-milan/attestation.bin', 'gosev-milan/README.txt', ''],
    ['virtee-milan/report_milan.hex', 'virtee-milan/README.txt', ''],
  ])('%s', (file, readme, section) => {
    const expected = checkerOutput(readme).get(section)!;
    const r = parseSevSnpReport(decodeEvidenceText(vector(file)));
    expect(String(r.version)).toBe(expected.get('version'));
    expect(String(r.guestSvn)).toBe(expected.get('guest_svn'));
    expect('0x' + r.policy.toString(16)).toBe(expected.get('policy'));
  });

  it('gosev-milan: DEBUG allowed by the guest policy; report_data 0102030405...', () => {
    const i = inspectEvidence(vector('gosev-milan/attestation.bin'));
    expect(i.kind).toBe('sev-snp');
    expect(i.fields['debug']).toBe(true);
    expect(i.fields['report_data']).toBe('0102030405' + '00'.repeat(59));
    expect(i.fields['signing_key']).toBe('vcek');
  });

  it('trustee VLEK report: signing key VLEK, version 3', () => {
    const i = inspectEvidence(vector('trustee-snp/test-vlek-report.bin'));
    expect(i.fields['version']).toBe(3);
    expect(i.fields['signing_key']).toBe('vlek');
  });
});

describe.skipIf(!haveVectors)('real NRAS detached EAT token set: decode', () => {
  it('hopperClaimsv3_detached_eat.json', () => {
    const i = inspectEvidence(vector('nvattest-sdk/hopperClaimsv3_detached_eat.json'));
    expect(i.format).toBe('nras-eat');
    expect(i.kind).toBe('nvidia-gpu');
    expect(i.fields['eat_nonce']).toBe('931d8dd0add203ac3d8b4fbde75e115278eefcdceac5b87671a748f32364dfcb');
    expect(i.fields['iss']).toBe('https://nras.attestation.nvidia.com');
    expect(i.fields['submods']).toEqual(['GPU-0']);
    const dev = (i.fields['devices'] as Record<string, { claims: Record<string, unknown> }>)['GPU-0']!;
    const decoded = JSON.parse(readFileSync(join(VECTORS, 'nvattest-sdk/hopperClaimsv3_decoded.json'), 'utf8'));
    expect(dev.claims).toEqual(decoded['GPU-0']);
  });
});
