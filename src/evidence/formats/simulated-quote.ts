import { InputError } from '../../util/errors.js';
import { ATT_KEY_TYPE_ECDSA_P256, TDX_BODY_V10_SIZE, TDX_HEADER_SIZE, TDX_TEE_TYPE } from './tdx-quote.js';

/**
 * The simulated evidence format: a TDX quote v4 in layout (so `evidence inspect` shows TDX fields),
 * unmistakably simulated in its own bytes. No crypto here: signing is the simulated source's job
 * (src/evidence/sources/simulated.ts), checking it the simulated verifier's.
 *
 * offset  size  field                    simulated value
 *      0     2  version                  4
 *      2     2  att_key_type             2 (ECDSA P-256)
 *      4     4  tee_type                 0x81
 *      8     2  qe_svn                   0
 *     10     2  pce_svn                  0
 *     12    16  qe_vendor_id             ASCII "SIMULATED-QUOTE!"   <- the marker sniffFormat checks
 *     28    20  user_data                ASCII "compute-receipt sim" + 0x01 (format version 1)
 *     48   584  TD report body           tee_tcb_svn, mr_seam, mr_signer_seam, seam_attributes,
 *                                        mr_config_id, mr_owner, mr_owner_config, xfam: zero;
 *                                        td_attributes: SEPT_VE_DISABLE (bit 28) only, DEBUG clear;
 *                                        mr_td, rtmr0..3: ASCII "SIMULATED <NAME> no hardware" padded
 *                                        with zeros to 48 bytes (RTMR3: the simulated TD's
 *                                        register when `begin` extended one); report_data: the
 *                                        binding's 64 bytes
 *    632     4  sig_data_len             128 + 6 + certification data length
 *    636    64  quote signature          ECDSA P-256 r||s over bytes 0..631 (SHA-256), by a key
 *                                        made for this run and thrown away
 *    700    64  attestation key          the raw public key X||Y of that key
 *    764     2  certification data type  0xFFFF (Intel defines 1..7; no real quote uses 0xFFFF)
 *    766     4  certification data size  47
 *    770    47  certification data       ASCII "compute-receipt simulated evidence: no hardware"
 *    817        end (817 bytes in all)
 */

export const SIMULATED_QE_VENDOR_ID = Buffer.from('SIMULATED-QUOTE!', 'ascii');
export const SIMULATED_USER_DATA = Buffer.concat([Buffer.from('compute-receipt sim', 'ascii'), Buffer.from([1])]);
export const SIMULATED_CERT_DATA_TYPE = 0xffff;
export const SIMULATED_CERT_DATA = Buffer.from('compute-receipt simulated evidence: no hardware', 'ascii');
/** TD_ATTRIBUTES of the simulated quote: SEPT_VE_DISABLE (bit 28), not DEBUG. */
export const SIMULATED_TD_ATTRIBUTES = Buffer.from('0000001000000000', 'hex');
export const SIMULATED_SIGNED_LENGTH = TDX_HEADER_SIZE + TDX_BODY_V10_SIZE;

/** A 48-byte measurement register that says what it is: `SIMULATED MR_TD no hardware`, zero-padded. */
export function simulatedRegister(name: string): Buffer {
  const out = Buffer.alloc(48);
  out.write(`SIMULATED ${name} no hardware`.slice(0, 48), 'ascii');
  return out;
}

/** Whether the bytes carry the simulated marker (QE vendor id) in a TDX-shaped header. */
export function hasSimulatedMarker(bytes: Uint8Array): boolean {
  if (bytes.byteLength < 28) return false;
  return SIMULATED_QE_VENDOR_ID.equals(Buffer.from(bytes.buffer, bytes.byteOffset + 12, 16));
}

/** Header || TD report body of a simulated quote carrying reportData: the bytes to sign. */
export function simulatedSignedBytes(reportData: Uint8Array, rtmr3?: Uint8Array): Buffer {
  if (reportData.byteLength !== 64) throw new TypeError('reportData must be exactly 64 bytes');
  if (rtmr3 !== undefined && rtmr3.byteLength !== 48) throw new TypeError('rtmr3 must be exactly 48 bytes');
  const h = Buffer.alloc(TDX_HEADER_SIZE);
  h.writeUInt16LE(4, 0);
  h.writeUInt16LE(ATT_KEY_TYPE_ECDSA_P256, 2);
  h.writeUInt32LE(TDX_TEE_TYPE, 4);
  SIMULATED_QE_VENDOR_ID.copy(h, 12);
  SIMULATED_USER_DATA.copy(h, 28);
  const body = Buffer.concat([
    Buffer.alloc(16), // tee_tcb_svn
    Buffer.alloc(48), // mr_seam
    Buffer.alloc(48), // mr_signer_seam
    Buffer.alloc(8), // seam_attributes
    SIMULATED_TD_ATTRIBUTES,
    Buffer.alloc(8), // xfam
    simulatedRegister('MR_TD'),
    Buffer.alloc(48), // mr_config_id
    Buffer.alloc(48), // mr_owner
    Buffer.alloc(48), // mr_owner_config
    simulatedRegister('RTMR0'),
    simulatedRegister('RTMR1'),
    simulatedRegister('RTMR2'),
    rtmr3 !== undefined ? Buffer.from(rtmr3) : simulatedRegister('RTMR3'),
    Buffer.from(reportData),
  ]);
  return Buffer.concat([h, body]);
}

/** signedBytes || sig_data_len || signature || public key || certification data. */
export function encodeSimulatedQuote(signedBytes: Uint8Array, signature: Uint8Array, publicKey: Uint8Array): Buffer {
  if (signedBytes.byteLength !== SIMULATED_SIGNED_LENGTH) throw new TypeError('signedBytes must be header || body (632 bytes)');
  if (signature.byteLength !== 64) throw new TypeError('signature must be 64 bytes (r||s)');
  if (publicKey.byteLength !== 64) throw new TypeError('publicKey must be 64 bytes (X||Y)');
  const cert = Buffer.alloc(6);
  cert.writeUInt16LE(SIMULATED_CERT_DATA_TYPE, 0);
  cert.writeUInt32LE(SIMULATED_CERT_DATA.length, 2);
  const sigData = Buffer.concat([Buffer.from(signature), Buffer.from(publicKey), cert, SIMULATED_CERT_DATA]);
  const len = Buffer.alloc(4);
  len.writeUInt32LE(sigData.length, 0);
  return Buffer.concat([Buffer.from(signedBytes), len, sigData]);
}

/** Structural checks beyond the TDX layout that make a quote a well-formed simulated quote. */
export function checkSimulatedQuoteShape(q: {
  header: { version: number; qeVendorId: Buffer; userData: Buffer };
  certificationData: { type: number; data: Buffer };
  trailing: { length: number; allZero: boolean };
}): void {
  const bad = (m: string) => new InputError('EVIDENCE_MALFORMED', `simulated quote: ${m}`);
  if (q.header.version !== 4) throw bad(`version ${q.header.version} (expected 4)`);
  if (!q.header.qeVendorId.equals(SIMULATED_QE_VENDOR_ID)) throw bad('QE vendor id is not the simulated marker');
  if (q.certificationData.type !== SIMULATED_CERT_DATA_TYPE) {
    throw bad(`certification data type ${q.certificationData.type} (expected 0xffff)`);
  }
  if (!q.trailing.allZero) throw bad(`${q.trailing.length} non-zero bytes after the signature data`);
}
