/**
 * The evidence contract shared by sources, parsers, verifiers and the policy.
 *
 * Data flows one way: a source collects bytes (CollectedEvidence), a parser turns bytes into typed
 * fields (no crypto, no policy), a verifier checks signatures, chains and the binding (no policy) and
 * yields VerifiedEvidence, and the policy appraises VerifiedEvidence.
 */

/** What a piece of evidence speaks for. `null` when no parser recognised the bytes. */
export type EvidenceKind = 'tdx' | 'sev-snp' | 'nvidia-gpu' | 'simulated';

/**
 * The wire format, as sniffed. `unknown` bytes are never accepted.
 *
 * - `simulated-tdx-quote`: a TDX v4-shaped quote made by the `simulated` source (QE vendor id
 *   `SIMULATED-QUOTE!`); see src/evidence/formats/simulated-quote.ts.
 * - `tdx-quote`: Intel TDX DCAP quote v4 or v5.
 * - `sev-snp-report`: AMD SEV-SNP attestation report v2, v3 or v5 (1184 bytes).
 * - `nvidia-spdm`: one GPU's SPDM GET_MEASUREMENTS request || response (binary; hex or base64 text too).
 * - `nvidia-evidence-list`: the JSON evidence list of `nvattest collect-evidence` / nvtrust
 *   (`[{arch, evidence, certificate, nonce, ...}]` or `{"evidences": [...]}`), one entry per GPU.
 * - `nras-eat`: an NRAS detached EAT token set (`[["JWT", <jwt>], {"GPU-0": <jwt>, ...}]`).
 */
export type EvidenceFormat =
  | 'simulated-tdx-quote'
  | 'tdx-quote'
  | 'sev-snp-report'
  | 'nvidia-spdm'
  | 'nvidia-evidence-list'
  | 'nras-eat'
  | 'unknown';

/** An extra file that travels with a piece of evidence (cert table, VCEK, JWKS, collateral). */
export interface AuxFile {
  /** Name inside the receipt directory's `evidence/` folder, a plain file name. */
  name: string;
  bytes: Uint8Array;
}

export interface CollectedEvidence {
  /** Which source produced it, e.g. `simulated`, `tsm`, `file:quote.bin`, `command:./get.sh`. */
  source: string;
  bytes: Uint8Array;
  /** A hint from the source (tsm knows its provider); the parser sniffs when absent. */
  formatHint?: EvidenceFormat;
  aux?: AuxFile[];
}

export interface SourceSupport {
  supported: boolean;
  reason: string;
}

/** Every evidence source: `none`, `file:PATH`, `command:CMD`, `simulated`, `tsm`, `nvidia`, `auto`. */
export interface EvidenceSource {
  readonly kind: string;
  isSupported(): Promise<SourceSupport>;
  /** reportData is exactly 64 bytes, gpuNonce exactly 32. */
  collect(reportData: Buffer, gpuNonce: Buffer): Promise<CollectedEvidence[]>;
}

/** One verification step (signature, chain, binding, ...). `ok: null` = could not be evaluated. */
export interface VerifyStep {
  id: string;
  ok: boolean | null;
  detail: string;
}

/**
 * - `verified`: every step passed (signature, chain to a trusted root, binding).
 * - `failed`: a signature, chain or binding step failed: always deny.
 * - `unsupported`: no parser or verifier for this format yet: the policy's on_unsupported decides.
 * - `unavailable`: material needed is missing (collateral, network): on_verifier_unavailable decides.
 */
export type VerificationStatus = 'verified' | 'failed' | 'unsupported' | 'unavailable';

export interface VerifiedEvidence {
  kind: EvidenceKind | null;
  format: EvidenceFormat;
  /** File name under the receipt directory, e.g. `evidence/0-simulated-tdx-quote.bin`. */
  file: string;
  /** sha256:<hex> of the evidence bytes. */
  digest: string;
  status: VerificationStatus;
  /** Short human summary of the status. */
  detail: string;
  steps: VerifyStep[];
  /** Whether the evidence's report_data / nonce equals the expected binding hash; null if not evaluated. */
  bindingMatches: boolean | null;
  /**
   * Fields for appraisal and display, lowercase hex strings for byte fields. The keys per kind are
   * listed in TDX_CLAIM_KEYS, SEV_SNP_CLAIM_KEYS and NVIDIA_GPU_CLAIM_KEYS below.
   */
  claims: Record<string, unknown>;
  /** Which roots the chain was checked against. */
  trustRoots: 'shipped' | 'custom' | 'none';
  /**
   * Material the verifier fetched (network) and used, as files named like `--collateral DIR` reads
   * them: the receipt keeps them beside the evidence so that `verify` replays offline.
   */
  material?: AuxFile[];
}

/**
 * Claim keys of `tdx` and `simulated` evidence (the simulated quote is TDX-shaped, so a policy reads
 * both the same way). Byte fields are lowercase hex of the raw bytes as they sit in the quote
 * (little-endian fields are NOT byte-swapped: td_attributes `0000001000000000` has bit 28 set).
 *
 * - quote_version (number 4|5), tee_type (hex u32 LE, `81000000`), qe_vendor_id (32 hex),
 *   qe_svn, pce_svn (numbers), user_data (40 hex), body_type (number: 2 = TDX 1.0, 3 = TDX 1.5)
 * - tee_tcb_svn (32 hex), tee_tcb_svn2 (32 hex, or null before TDX 1.5)
 * - mr_seam, mr_signer_seam, mr_td, mr_config_id, mr_owner, mr_owner_config, rtmr0..rtmr3 (96 hex)
 * - mr_service_td (96 hex, or null before TDX 1.5)
 * - seam_attributes, td_attributes, xfam (16 hex)
 * - report_data (128 hex)
 * - debug (TD_ATTRIBUTES bit 0), sept_ve_disable (bit 28), pks (bit 30), key_locker (bit 31),
 *   perfmon (bit 63): booleans; td_attribute_flags: the names of the set bits among those
 * - certification_data_type (number), padding_bytes (number of bytes after the signed data)
 * - simulated: boolean (true only for the simulated format)
 */
export const TDX_CLAIM_KEYS = [
  'quote_version',
  'tee_type',
  'qe_vendor_id',
  'qe_svn',
  'pce_svn',
  'user_data',
  'body_type',
  'tee_tcb_svn',
  'tee_tcb_svn2',
  'mr_seam',
  'mr_signer_seam',
  'seam_attributes',
  'td_attributes',
  'xfam',
  'mr_td',
  'mr_config_id',
  'mr_owner',
  'mr_owner_config',
  'rtmr0',
  'rtmr1',
  'rtmr2',
  'rtmr3',
  'report_data',
  'mr_service_td',
  'debug',
  'sept_ve_disable',
  'pks',
  'key_locker',
  'perfmon',
  'td_attribute_flags',
  'certification_data_type',
  'padding_bytes',
  'simulated',
] as const;

/**
 * Claim keys of `sev-snp` evidence. Byte fields are lowercase hex of the raw report bytes.
 *
 * - version (2|3|5), product (`Milan` | `Genoa` | `Turin` once the VCEK/VLEK chain named it; null
 *   before), cpuid ({family, model, stepping} from report v3 on, else null), tcb_layout
 *   (`milan-genoa` | `turin`)
 * - guest_svn, vmpl, signature_algo (numbers); policy (`0x...` hex u64); abi_major, abi_minor;
 *   guest policy bits as booleans: smt_allowed, migrate_ma, debug, single_socket, cxl_allowed,
 *   mem_aes_256_xts, rapl_dis, ciphertext_hiding, page_swap_disable
 * - signing_key (`vcek` | `vlek` | `none` | `reserved`), mask_chip_id, author_key_en (booleans),
 *   platform_info (`0x...`)
 * - current_tcb, reported_tcb, committed_tcb, launch_tcb: {raw (16 hex), bootloader, tee, snp,
 *   microcode, fmc (Turin only)}; current_build, committed_build (`major.minor.build`)
 * - family_id, image_id (32 hex), report_data (128), measurement (96), host_data (64),
 *   id_key_digest, author_key_digest (96), report_id, report_id_ma (64), chip_id (128)
 */
export const SEV_SNP_CLAIM_KEYS = [
  'version',
  'product',
  'cpuid',
  'tcb_layout',
  'guest_svn',
  'policy',
  'abi_major',
  'abi_minor',
  'smt_allowed',
  'migrate_ma',
  'debug',
  'single_socket',
  'cxl_allowed',
  'mem_aes_256_xts',
  'rapl_dis',
  'ciphertext_hiding',
  'page_swap_disable',
  'vmpl',
  'signature_algo',
  'signing_key',
  'mask_chip_id',
  'author_key_en',
  'platform_info',
  'current_tcb',
  'reported_tcb',
  'committed_tcb',
  'launch_tcb',
  'current_build',
  'committed_build',
  'family_id',
  'image_id',
  'report_data',
  'measurement',
  'host_data',
  'id_key_digest',
  'author_key_digest',
  'report_id',
  'report_id_ma',
  'chip_id',
] as const;

/**
 * Claim keys of `nvidia-gpu` evidence. SPDM evidence and evidence lists: count (number of GPUs),
 * gpus: [{ arch (HOPPER | BLACKWELL, from the verified device certificate), model (GH100, GB100),
 * device_id, fwid (hex), request_nonce (64 hex), spdm_version, measurement_count, driver_version,
 * vbios_version, listed_arch (what an evidence list said, unverified), cert_status (`valid` |
 * `revoked` | `unknown` by OCSP, null when not evaluated), ocsp_status (`good` | `revoked` | `unknown`
 * | null) }] (docs/gpu.md). NRAS token
 * sets: count, eat_nonce, iss, iat, exp, overall_result and submods (the names).
 */
export const NVIDIA_GPU_CLAIM_KEYS = ['count', 'gpus', 'eat_nonce', 'iss', 'iat', 'exp', 'overall_result', 'submods'] as const;

/** One trusted certificate: a vendor root (or a pinned intermediate) or a custom test root. */
export interface TrustRoot {
  /** Asset name (`intel/Intel_SGX_Root_CA.pem`), with `#<i>` for the i-th cert of a multi-cert file. */
  name: string;
  vendor: 'intel' | 'amd' | 'nvidia';
  der: Buffer;
  x509: import('node:crypto').X509Certificate;
  /** SHA-256 of the DER, lowercase hex. */
  sha256: string;
}

export interface TrustRoots {
  /** `shipped`: the pinned vendor roots in the bundle. `custom`: `--trust-roots DIR` (test chains). */
  kind: 'shipped' | 'custom';
  /** `sha256:` + SHA-256 over the sorted, de-duplicated raw 32-byte DER pins: recorded in the receipt. */
  digest: string;
  certs: TrustRoot[];
}

/** What a verifier is given: the expected binding, trust material and the outside world. */
export interface VerifyOptions {
  /** The expected TDX REPORTDATA / SNP REPORT_DATA: exactly 64 bytes. */
  reportData: Buffer | null;
  /** The expected NVIDIA SPDM / EAT nonce: exactly 32 bytes. null (evidence verify without --nonce): not compared. */
  gpuNonce: Buffer | null;
  trustRoots: TrustRoots;
  /** The clock for certificate validity; default now. */
  at?: Date;
  /** Whether collateral / keys may be fetched. */
  network: boolean;
  /**
   * Files that travel with the evidence (cert table, --certs, --collateral DIR, event logs), as
   * verifyEvidence received them. Each verifier picks what it reads.
   */
  aux?: readonly AuxFile[];
  /** Where Intel PCS collateral is fetched from when `network` is true (tests: a local stand-in). */
  pcs?: import('./verify/pcs.js').PcsOptions;
  /** Where AMD KDS is reached when `network` is true (tests: a local stand-in). */
  kds?: import('./verify/amd-kds.js').KdsOptions;
  /** Where the NRAS key set is fetched when `network` is true (tests: a local stand-in). */
  nras?: import('./verify/nras.js').NrasOptions;
  /** Where NVIDIA's OCSP service is reached when `network` is true (tests: a local stand-in). */
  ocsp?: import('./verify/ocsp.js').OcspOptions;
}
