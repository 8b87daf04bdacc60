// The evidence layer's public API: sources collect, formats parse (no crypto), verify checks (no policy).
export * from './types.js';
export { listTrustRootFiles, loadTrustRoots, loadShippedTrustRoots, pemCertificates, trustRootsDigest, SHIPPED_ROOT_PINS } from './roots.js';

export type { SourceDeps, TsmFs, Exec, ExecOptions, ExecResult } from './sources/deps.js';
export { realExec, realTsmFs, DEFAULT_TSM_ROOT } from './sources/deps.js';
export { parseEvidenceSpec, EVIDENCE_SPECS } from './sources/parse-spec.js';
export { NoneSource } from './sources/none.js';
export { FileSource, readEvidenceFile } from './sources/file.js';
export { CommandSource, type CommandSourceOptions } from './sources/command.js';
export { SimulatedSource, makeSimulatedQuote } from './sources/simulated.js';
export { TsmSource, type TsmSourceOptions } from './sources/tsm.js';
export { NvidiaSource, parseCcMode, parseNvattestOutput, parseNvattestAttestOutput, type NvidiaSourceOptions } from './sources/nvidia.js';
export { AutoSource } from './sources/auto.js';

export { sniffFormat, decodeEvidenceText } from './formats/sniff.js';
export { parseEvidence, type ParsedEvidence, type ParsedGpu } from './formats/parse.js';
export {
  parseTdxQuote,
  tdAttributeFlags,
  pckChainPem,
  type TdxQuote,
  type TdxQuoteHeader,
  type TdReport,
  type QeReport,
  type CertificationData,
  type QeReportCertificationData,
} from './formats/tdx-quote.js';
export {
  SIMULATED_QE_VENDOR_ID,
  SIMULATED_USER_DATA,
  SIMULATED_CERT_DATA_TYPE,
  SIMULATED_CERT_DATA,
  hasSimulatedMarker,
} from './formats/simulated-quote.js';
export { parseSevSnpReport, type SevSnpReport } from './formats/sev-snp-report.js';
export { parseNvidiaSpdmEvidence, type NvidiaSpdmEvidence } from './formats/nvidia-spdm.js';
export { parseNvidiaEvidenceList, type NvidiaEvidenceEntry } from './formats/nvidia-evidence-list.js';
export { parseNrasEatTokenSet, type NrasEatTokenSet } from './formats/nras-eat.js';
export { formatKind, snpTcbSummary } from './formats/claims.js';
export { inspectEvidence, type InspectedEvidence } from './formats/inspect.js';

export { verifyEvidence, type EvidenceInput } from './verify/verify-evidence.js';
export { fetchTdxCollateral, realHttpGet, INTEL_PCS_URL, INTEL_ROOT_CRL_URL, type PcsOptions, type HttpGet, type HttpResponse } from './verify/pcs.js';
export { defaultVerifiers, type VerifierRegistry, type FormatVerdict } from './verify/registry.js';
export { fetchVcek, vcekUrl, AMD_KDS_URL, type KdsOptions } from './verify/amd-kds.js';
export { verifyNrasTokens, submodsProblems, NRAS_ISSUER, NRAS_JWKS_URL, type NrasOptions } from './verify/nras.js';
export { checkOcspResponse, certIdFor, ocspRequestFor, NVIDIA_OCSP_URL, type OcspOptions, type OcspCheck, type HttpPost } from './verify/ocsp.js';
export { parseOcspResponse, encodeOcspRequest, isOcspResponse, type ParsedOcspResponse } from './formats/ocsp.js';
export { verifyNvidiaGpus, verifyGpu } from './verify/nvidia-gpu.js';
