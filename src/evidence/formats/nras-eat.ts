import { InputError } from '../../util/errors.js';

/**
 * NRAS detached EAT token set: `[["JWT", <overall JWT>], {"GPU-0": <device JWT>, ...}]`.
 * Decoded only (header and claims): no signature check here (that needs the NRAS JWKS).
 */

export interface DecodedJwt {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
  /** The compact serialization, as given. */
  token: string;
}

export interface NrasEatTokenSet {
  overall: DecodedJwt;
  submods: Record<string, DecodedJwt>;
}

export function isEatTokenSetShape(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length >= 1 &&
    Array.isArray(value[0]) &&
    value[0][0] === 'JWT' &&
    typeof value[0][1] === 'string'
  );
}

export function decodeJwt(token: string, what: string): DecodedJwt {
  const parts = token.split('.');
  if (parts.length !== 3) throw new InputError('EVIDENCE_MALFORMED', `${what}: not a compact JWT (${parts.length} parts)`);
  const part = (s: string, name: string): Record<string, unknown> => {
    try {
      const v: unknown = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
      if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new Error('not an object');
      return v as Record<string, unknown>;
    } catch {
      throw new InputError('EVIDENCE_MALFORMED', `${what}: JWT ${name} is not a base64url JSON object`);
    }
  };
  return { header: part(parts[0]!, 'header'), claims: part(parts[1]!, 'claims'), token };
}

export function parseNrasEatTokenSet(value: unknown): NrasEatTokenSet {
  if (!isEatTokenSetShape(value)) throw new InputError('EVIDENCE_MALFORMED', 'NRAS token set: expected [["JWT", <token>], {<name>: <token>}]');
  const arr = value as unknown[];
  const overall = decodeJwt((arr[0] as unknown[])[1] as string, 'NRAS token set overall token');
  const submods: Record<string, DecodedJwt> = {};
  const rest = arr[1];
  if (rest !== undefined) {
    if (rest === null || typeof rest !== 'object' || Array.isArray(rest)) {
      throw new InputError('EVIDENCE_MALFORMED', 'NRAS token set: the second element must be an object of device tokens');
    }
    for (const [name, tok] of Object.entries(rest)) {
      if (typeof tok !== 'string') throw new InputError('EVIDENCE_MALFORMED', `NRAS token set: device token ${JSON.stringify(name)} is not a string`);
      submods[name] = decodeJwt(tok, `NRAS token set device token ${JSON.stringify(name)}`);
    }
  }
  return { overall, submods };
}
