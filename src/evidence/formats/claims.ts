import type { EvidenceFormat, EvidenceKind } from '../types.js';
import { hex } from './reader.js';
import { tdAttributeFlags, type TdxQuote } from './tdx-quote.js';
import {
  SNP_POLICY_BIT_NAMES,
  decodeSnpTcb,
  layoutOfProduct,
  snpPolicyBit,
  snpSigningKeyName,
  snpTcbLayout,
  type SevSnpReport,
  type SnpProduct,
} from './sev-snp-report.js';
import type { NvidiaSpdmEvidence } from './nvidia-spdm.js';
import type { NvidiaEvidenceEntry } from './nvidia-evidence-list.js';
import type { NrasEatTokenSet } from './nras-eat.js';

/** What a format speaks for. */
export function formatKind(format: EvidenceFormat): EvidenceKind | null {
  switch (format) {
    case 'simulated-tdx-quote':
      return 'simulated';
    case 'tdx-quote':
      return 'tdx';
    case 'sev-snp-report':
      return 'sev-snp';
    case 'nvidia-spdm':
    case 'nvidia-evidence-list':
    case 'nras-eat':
      return 'nvidia-gpu';
    case 'unknown':
      return null;
  }
}

/** The claims of a TDX-shaped quote (keys: TDX_CLAIM_KEYS in types.ts). */
export function tdxClaims(q: TdxQuote, simulated: boolean): Record<string, unknown> {
  const b = q.body;
  const flags = tdAttributeFlags(b.tdAttributes);
  const tee = Buffer.alloc(4);
  tee.writeUInt32LE(q.header.teeType, 0);
  return {
    quote_version: q.header.version,
    tee_type: hex(tee),
    qe_vendor_id: hex(q.header.qeVendorId),
    qe_svn: q.header.qeSvn,
    pce_svn: q.header.pceSvn,
    user_data: hex(q.header.userData),
    body_type: q.bodyType,
    tee_tcb_svn: hex(b.teeTcbSvn),
    tee_tcb_svn2: b.teeTcbSvn2 ? hex(b.teeTcbSvn2) : null,
    mr_seam: hex(b.mrSeam),
    mr_signer_seam: hex(b.mrSignerSeam),
    seam_attributes: hex(b.seamAttributes),
    td_attributes: hex(b.tdAttributes),
    xfam: hex(b.xfam),
    mr_td: hex(b.mrTd),
    mr_config_id: hex(b.mrConfigId),
    mr_owner: hex(b.mrOwner),
    mr_owner_config: hex(b.mrOwnerConfig),
    rtmr0: hex(b.rtmr[0]),
    rtmr1: hex(b.rtmr[1]),
    rtmr2: hex(b.rtmr[2]),
    rtmr3: hex(b.rtmr[3]),
    report_data: hex(b.reportData),
    mr_service_td: b.mrServiceTd ? hex(b.mrServiceTd) : null,
    ...flags,
    td_attribute_flags: Object.entries(flags)
      .filter(([, on]) => on)
      .map(([name]) => name),
    certification_data_type: q.certificationData.type,
    padding_bytes: q.trailing.length,
    simulated,
  };
}

/**
 * The claims of an SEV-SNP report (keys: SEV_SNP_CLAIM_KEYS in types.ts). `product` is the product
 * line the verifier established from the VCEK/VLEK chain; without it (inspect) the TCB layout comes
 * from the report's CPUID family.
 */
export function snpClaims(r: SevSnpReport, product: SnpProduct | null = null): Record<string, unknown> {
  const layout = product !== null ? layoutOfProduct(product) : snpTcbLayout(r);
  const build = (b: SevSnpReport['currentBuild']) => `${b.major}.${b.minor}.${b.build}`;
  const bits = Object.fromEntries(SNP_POLICY_BIT_NAMES.map((n) => [n, snpPolicyBit(r.policy, n)]));
  return {
    version: r.version,
    product,
    guest_svn: r.guestSvn,
    policy: '0x' + r.policy.toString(16),
    abi_major: Number((r.policy >> 8n) & 0xffn),
    abi_minor: Number(r.policy & 0xffn),
    ...bits,
    vmpl: r.vmpl,
    signature_algo: r.signatureAlgo,
    signing_key: snpSigningKeyName(r.signingKey),
    mask_chip_id: r.maskChipId,
    author_key_en: r.authorKeyEn,
    platform_info: '0x' + r.platformInfo.toString(16),
    cpuid: r.cpuid,
    tcb_layout: layout,
    current_tcb: decodeSnpTcb(r.currentTcb, layout),
    reported_tcb: decodeSnpTcb(r.reportedTcb, layout),
    committed_tcb: decodeSnpTcb(r.committedTcb, layout),
    launch_tcb: decodeSnpTcb(r.launchTcb, layout),
    current_build: build(r.currentBuild),
    committed_build: build(r.committedBuild),
    family_id: hex(r.familyId),
    image_id: hex(r.imageId),
    report_data: hex(r.reportData),
    measurement: hex(r.measurement),
    host_data: hex(r.hostData),
    id_key_digest: hex(r.idKeyDigest),
    author_key_digest: hex(r.authorKeyDigest),
    report_id: hex(r.reportId),
    report_id_ma: hex(r.reportIdMa),
    chip_id: hex(r.chipId),
  };
}

/**
 * One line for the TCB of SEV-SNP claims, as `evidence inspect|verify` print it before the fields:
 * `reported bootloader 3, tee 0, snp 8, microcode 115; current ...; committed ...; launch ...` and
 * the product (or the layout used when the product is not established yet).
 */
export function snpTcbSummary(claims: Record<string, unknown>): string {
  const one = (k: string) => {
    const t = claims[k];
    if (t === null || typeof t !== 'object') return null;
    const v = t as Record<string, unknown>;
    return `${k.replace('_tcb', '')} ${'fmc' in v ? `fmc ${String(v['fmc'])}, ` : ''}bootloader ${String(v['bootloader'])}, tee ${String(v['tee'])}, snp ${String(v['snp'])}, microcode ${String(v['microcode'])}`;
  };
  const parts = ['reported_tcb', 'current_tcb', 'committed_tcb', 'launch_tcb'].map(one).filter((x): x is string => x !== null);
  const product = typeof claims['product'] === 'string' ? `${claims['product']}` : `product not established, ${String(claims['tcb_layout'])} layout`;
  return `${parts.join('; ')} (${product})`;
}

export function gpuClaims(e: NvidiaSpdmEvidence, entry?: NvidiaEvidenceEntry): Record<string, unknown> {
  return {
    arch: entry?.arch ?? null,
    request_nonce: hex(e.requestNonce),
    spdm_version: `${e.spdmVersion >> 4}.${e.spdmVersion & 0xf}`,
    measurement_count: e.measurements.length,
    driver_version: e.driverVersion,
    vbios_version: e.vbiosVersion,
  };
}

export function nvidiaSpdmClaims(list: { spdm: NvidiaSpdmEvidence; entry?: NvidiaEvidenceEntry }[]): Record<string, unknown> {
  return { count: list.length, gpus: list.map((g) => gpuClaims(g.spdm, g.entry)) };
}

export function eatClaims(t: NrasEatTokenSet): Record<string, unknown> {
  const c = t.overall.claims;
  return {
    count: Object.keys(t.submods).length,
    eat_nonce: typeof c['eat_nonce'] === 'string' ? c['eat_nonce'] : null,
    iss: c['iss'] ?? null,
    iat: c['iat'] ?? null,
    exp: c['exp'] ?? null,
    overall_result: c['x-nvidia-overall-att-result'] ?? null,
    submods: Object.keys(t.submods),
  };
}
