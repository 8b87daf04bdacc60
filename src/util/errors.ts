/**
 * Errors carry a stable `code` so callers and tests switch on codes, not message text.
 *
 * - `InputError`: bad input or usage (exit 2): a missing path, a malformed file, an unknown flag.
 *   Its message is one line that names the culprit.
 * - `VerifierUnavailableError`: material needed to verify is missing (no network, no collateral);
 *   a policy may choose hold over deny for it.
 */
export type InputErrorCode =
  | 'USAGE'
  | 'PATH_MISSING'
  | 'PATH_UNREADABLE'
  | 'PATH_KIND'
  | 'SYMLINK'
  | 'NAME_INVALID'
  | 'TREE_EMPTY'
  | 'FILE_CHANGED'
  | 'FILE_TOO_LARGE'
  | 'OUT_UNSAFE'
  | 'DUPLICATE_ROOT'
  | 'POLICY_INVALID'
  | 'EVIDENCE_MALFORMED'
  | 'SIGNATURE_MALFORMED'
  | 'RECEIPT_INVALID'
  | 'RULES_INVALID'
  | 'CONFIG_INVALID';

export class InputError extends Error {
  readonly code: InputErrorCode;
  constructor(code: InputErrorCode, message: string) {
    super(oneLine(message));
    this.name = 'InputError';
    this.code = code;
  }
}

export class VerifierUnavailableError extends Error {
  readonly code = 'VERIFIER_UNAVAILABLE';
  constructor(message: string) {
    super(oneLine(message));
    this.name = 'VerifierUnavailableError';
  }
}

/** Collapse any control characters so an error is always one printable line. */
export function oneLine(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}

/** Render a user-supplied name for an error line: JSON-quoted, so control bytes cannot break the line. */
export function q(name: string): string {
  return JSON.stringify(name);
}
