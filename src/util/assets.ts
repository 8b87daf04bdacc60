import { DEMO_FILES, POLICY_FILES, ROOT_FILES } from '../generated/assets.js';

/** Files shipped inside the bundle (base64 in src/generated/assets.ts), by path relative to their folder. */
export type AssetGroup = 'policies' | 'roots' | 'demo';

function group(g: AssetGroup): Readonly<Record<string, string>> {
  switch (g) {
    case 'policies':
      return POLICY_FILES;
    case 'roots':
      return ROOT_FILES;
    case 'demo':
      return DEMO_FILES;
  }
}

export function assetNames(g: AssetGroup): string[] {
  return Object.keys(group(g)).sort();
}

export function assetBytes(g: AssetGroup, name: string): Buffer | undefined {
  const b64 = group(g)[name];
  return b64 === undefined ? undefined : Buffer.from(b64, 'base64');
}

export function assetText(g: AssetGroup, name: string): string | undefined {
  return assetBytes(g, name)?.toString('utf8');
}
