import { z } from 'zod';
import type { AuxFile } from '../types.js';
import { isOcspResponse } from './ocsp.js';

/**
 * Intel PCS collateral for TDX quotes: bytes -> typed values, no crypto. Two shapes are read:
 *
 * - Intel PCS files, one response per file (what `--network` saves, and go-tdx-guest's testdata):
 *   a TCB info body `{"tcbInfo":{...},"signature":"<hex>"}`, a QE identity body
 *   `{"enclaveIdentity":{...},"signature":"<hex>"}`, CRLs (DER, PEM or hex of DER) and the issuer
 *   chains PCS sends in headers (PEM files; for TCB info and QE identity the leaf is "Intel SGX TCB
 *   Signing").
 * - dcap-qvl's QuoteCollateralV3 JSON (`tcb_info`, `tcb_info_signature`, `tcb_info_issuer_chain`,
 *   `qe_identity`, ..., `pck_crl`, `root_ca_crl` as hex, `pck_crl_issuer_chain`).
 *
 * The signature of TCB info and QE identity covers the exact bytes of the inner JSON object as PCS
 * served them, so those bytes are kept as they are (`signed`), never re-serialised.
 */

const hexString = (len?: number) =>
  z
    .string()
    .regex(/^[0-9a-fA-F]*$/, { error: 'must be hex' })
    .refine((s) => len === undefined || s.length === len, { error: `must be ${len} hex digits` });
const date = z.string().refine((s) => !Number.isNaN(Date.parse(s)), { error: 'must be a date' });
const svn = z.number().int().min(0).max(0xffff);
const component = z.object({ svn });
const advisories = z.array(z.string()).optional();

export const tcbLevelSchema = z.object({
  tcb: z.object({
    sgxtcbcomponents: z.array(component).length(16),
    pcesvn: svn,
    tdxtcbcomponents: z.array(component).length(16).optional(),
  }),
  tcbDate: date,
  tcbStatus: z.string().min(1),
  advisoryIDs: advisories,
});

const isvLevelSchema = z.object({ tcb: z.object({ isvsvn: svn }), tcbDate: date, tcbStatus: z.string().min(1), advisoryIDs: advisories });

const moduleSchema = z.object({ mrsigner: hexString(96), attributes: hexString(16), attributesMask: hexString(16) });

export const tcbInfoSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  issueDate: date,
  nextUpdate: date,
  fmspc: hexString(12),
  pceId: hexString(4),
  tcbType: z.number().int(),
  tcbEvaluationDataNumber: z.number().int(),
  tdxModule: moduleSchema.optional(),
  tdxModuleIdentities: z.array(moduleSchema.extend({ id: z.string(), tcbLevels: z.array(isvLevelSchema).min(1) })).optional(),
  tcbLevels: z.array(tcbLevelSchema).min(1),
});
export type TcbInfo = z.infer<typeof tcbInfoSchema>;
export type TcbLevel = z.infer<typeof tcbLevelSchema>;
export type IsvTcbLevel = z.infer<typeof isvLevelSchema>;

export const qeIdentitySchema = z.object({
  id: z.string(),
  version: z.number().int(),
  issueDate: date,
  nextUpdate: date,
  tcbEvaluationDataNumber: z.number().int(),
  miscselect: hexString(8),
  miscselectMask: hexString(8),
  attributes: hexString(32),
  attributesMask: hexString(32),
  mrsigner: hexString(64),
  isvprodid: z.number().int().min(0).max(0xffff),
  tcbLevels: z.array(isvLevelSchema).min(1),
});
export type QeIdentity = z.infer<typeof qeIdentitySchema>;

/** A signed PCS JSON object: the exact signed bytes, its parsed value, the signature and issuer chain. */
export interface Signed<T> {
  value: T;
  signed: Buffer;
  signature: Buffer;
  /** PEM of the issuer chain when the collateral carries it (dcap-qvl JSON); else null. */
  issuerChainPem: string | null;
  source: string;
}

export interface TdxCollateralFiles {
  tcbInfos: Signed<TcbInfo>[];
  qeIdentities: Signed<QeIdentity>[];
  /** DER blobs that may be CRLs (sorted out by the verifier, which parses them). */
  crls: { der: Buffer; source: string }[];
  /** PEM certificate text (issuer chains). */
  certPems: { pem: string; source: string }[];
  /** Files that hold nothing recognisable as TDX collateral, with why. */
  ignored: { source: string; why: string }[];
}

/** The exact text of the JSON object value of `key` at the top level of `text` (no re-serialisation). */
export function rawObjectOf(text: string, key: string): string | null {
  const m = new RegExp(`"${key}"\\s*:\\s*\\{`).exec(text);
  if (!m) return null;
  const start = m.index + m[0].length - 1;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return text.slice(start, i + 1);
  }
  return null;
}

class CollateralFormatError extends Error {}

function parseSigned<T>(schema: z.ZodType<T>, signedText: string, signatureHex: unknown, chain: string | null, source: string, what: string): Signed<T> {
  let json: unknown;
  try {
    json = JSON.parse(signedText);
  } catch {
    throw new CollateralFormatError(`${what} is not JSON`);
  }
  const r = schema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new CollateralFormatError(`${what} at ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  if (typeof signatureHex !== 'string' || !/^[0-9a-fA-F]{128}$/.test(signatureHex)) throw new CollateralFormatError(`${what} signature is not 128 hex digits`);
  return { value: r.data, signed: Buffer.from(signedText, 'utf8'), signature: Buffer.from(signatureHex, 'hex'), issuerChainPem: chain, source };
}

function hexOrDer(v: unknown): Buffer | null {
  if (typeof v !== 'string' || v.length === 0) return null;
  if (/^[0-9a-fA-F]+$/.test(v) && v.length % 2 === 0) return Buffer.from(v, 'hex');
  return null;
}

const PEM_CRL = /-----BEGIN X509 CRL-----([A-Za-z0-9+/=\s]+?)-----END X509 CRL-----/g;

/** Sort collateral files (already read) into TCB infos, QE identities, CRL candidates and issuer chains. */
export function readTdxCollateral(files: readonly AuxFile[]): TdxCollateralFiles {
  const out: TdxCollateralFiles = { tcbInfos: [], qeIdentities: [], crls: [], certPems: [], ignored: [] };
  for (const f of files) {
    const bytes = Buffer.from(f.bytes);
    const text = bytes.toString('utf8');
    const trimmed = text.trimStart();
    try {
      if (trimmed.startsWith('{')) {
        let json: Record<string, unknown>;
        try {
          json = JSON.parse(text) as Record<string, unknown>;
        } catch {
          throw new CollateralFormatError('not valid JSON');
        }
        if (json === null || typeof json !== 'object') throw new CollateralFormatError('not a JSON object');
        if ('tcbInfo' in json || 'enclaveIdentity' in json) {
          const key = 'tcbInfo' in json ? 'tcbInfo' : 'enclaveIdentity';
          const raw = rawObjectOf(text, key);
          if (raw === null) throw new CollateralFormatError(`no ${key} object`);
          if (key === 'tcbInfo') out.tcbInfos.push(parseSigned(tcbInfoSchema, raw, json['signature'], null, f.name, 'TCB info'));
          else out.qeIdentities.push(parseSigned(qeIdentitySchema, raw, json['signature'], null, f.name, 'QE identity'));
        } else if ('tcb_info' in json && 'qe_identity' in json) {
          const s = (k: string) => (typeof json[k] === 'string' ? (json[k] as string) : null);
          const tcb = s('tcb_info');
          const qe = s('qe_identity');
          if (tcb === null || qe === null) throw new CollateralFormatError('tcb_info and qe_identity must be JSON strings');
          out.tcbInfos.push(parseSigned(tcbInfoSchema, tcb, json['tcb_info_signature'], s('tcb_info_issuer_chain'), `${f.name}#tcb_info`, 'TCB info'));
          out.qeIdentities.push(parseSigned(qeIdentitySchema, qe, json['qe_identity_signature'], s('qe_identity_issuer_chain'), `${f.name}#qe_identity`, 'QE identity'));
          for (const k of ['pck_crl', 'root_ca_crl']) {
            const der = hexOrDer(json[k]);
            if (der) out.crls.push({ der, source: `${f.name}#${k}` });
          }
          for (const k of ['pck_crl_issuer_chain', 'tcb_info_issuer_chain', 'qe_identity_issuer_chain']) {
            const pem = s(k);
            if (pem) out.certPems.push({ pem, source: `${f.name}#${k}` });
          }
        } else {
          out.ignored.push({ source: f.name, why: 'JSON that is neither TCB info, QE identity nor dcap-qvl collateral' });
        }
        continue;
      }
      if (text.includes('-----BEGIN X509 CRL-----')) {
        for (const m of text.matchAll(PEM_CRL)) out.crls.push({ der: Buffer.from(m[1]!.replace(/\s+/g, ''), 'base64'), source: f.name });
        continue;
      }
      if (text.includes('-----BEGIN CERTIFICATE-----')) {
        out.certPems.push({ pem: text, source: f.name });
        continue;
      }
      if (bytes[0] === 0x30 && isOcspResponse(bytes)) {
        // A GPU chain's OCSP answer given beside TDX evidence (--certs goes to every item).
        out.ignored.push({ source: f.name, why: 'an OCSP response, not TDX collateral' });
        continue;
      }
      if (bytes[0] === 0x30) {
        out.crls.push({ der: bytes, source: f.name });
        continue;
      }
      const hexDer = hexOrDer(text.trim());
      if (hexDer && hexDer[0] === 0x30) {
        out.crls.push({ der: hexDer, source: f.name });
        continue;
      }
      out.ignored.push({ source: f.name, why: 'not TDX collateral' });
    } catch (e) {
      out.ignored.push({ source: f.name, why: e instanceof Error ? e.message : String(e) });
    }
  }
  return out;
}
