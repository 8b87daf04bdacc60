import { InputError } from '../util/errors.js';
import { displayName } from './names.js';

// registry[:port]/path[:tag], as OCI references spell it (lowercase repository, tag chars).
const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._\-/:]*[A-Za-z0-9_])?$/;
const HEX64 = /^[0-9a-f]{64}$/;

/**
 * A workload given as a container image pinned by digest, `name@sha256:<64 hex>`: returns the
 * name and `sha256:<hex>`. Anything containing '@sha256:' that is not exactly that is a usage
 * error (it is never silently treated as a path); anything else is a path: null.
 */
export function parseImageRef(ref: string): { name: string; digest: string } | null {
  const at = ref.indexOf('@sha256:');
  if (at < 0) return null;
  const name = ref.slice(0, at);
  const hex = ref.slice(at + '@sha256:'.length);
  if (!NAME.test(name) || name.includes('//') || !HEX64.test(hex)) {
    throw new InputError('USAGE', `malformed image reference (expected name@sha256:<64 lowercase hex>): ${displayName(ref)}`);
  }
  return { name, digest: `sha256:${hex}` };
}
