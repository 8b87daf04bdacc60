/**
 * Resolve a policy by shipped name (inside the bundle, so it works in any workspace) or by path.
 * A bare name (no `/`, no .yml/.yaml) is a shipped name; anything else is a path relative to cwd.
 */
import { resolve } from 'node:path';
import { assetNames, assetText } from '../util/assets.js';
import { InputError } from '../util/errors.js';
import { READ_LIMITS, readRegularFile } from '../util/read-file.js';
import { parsePolicy, parsePolicyBytes, type LoadedPolicy } from './parse.js';

/** Names of the policies shipped in the bundle (top-level policies/*.yml; claim rules excluded). */
export function shippedPolicyNames(): string[] {
  return assetNames('policies')
    .filter((n) => !n.includes('/') && n.endsWith('.yml'))
    .map((n) => n.slice(0, -'.yml'.length))
    .sort();
}

function isPath(s: string): boolean {
  return s.includes('/') || s.includes('\\') || /\.ya?ml$/i.test(s);
}

export async function loadPolicy(nameOrPath: string, opts: { cwd?: string } = {}): Promise<LoadedPolicy> {
  const shipped = shippedPolicyNames();
  const hint = `shipped policies: ${shipped.join(', ')}`;
  if (!isPath(nameOrPath)) {
    const text = shipped.includes(nameOrPath) ? assetText('policies', `${nameOrPath}.yml`) : undefined;
    if (text === undefined) {
      throw new InputError('PATH_MISSING', `policy ${JSON.stringify(nameOrPath)} is neither a shipped policy nor a path (${hint}; give a file as ./name.yml)`);
    }
    return parsePolicy(text, `shipped:${nameOrPath}`);
  }
  const full = resolve(opts.cwd ?? process.cwd(), nameOrPath);
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(full, { maxBytes: READ_LIMITS.policy, what: 'policy file', shown: nameOrPath });
  } catch (e) {
    if (e instanceof InputError && e.code === 'PATH_MISSING') throw new InputError('PATH_MISSING', `${e.message} (${hint})`);
    throw e;
  }
  return parsePolicyBytes(bytes, nameOrPath);
}
