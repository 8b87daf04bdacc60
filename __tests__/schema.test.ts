import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { receiptJsonSchema } from '../src/receipt/schema.js';
import { VERSION } from '../src/version.js';
import { generate } from '../scripts/gen-assets.mjs';

const root = join(__dirname, '..');

describe('committed generated files are current', () => {
  it('schema/receipt.v1.json equals the zod schema export (UPDATE_SCHEMA=1 rewrites it)', () => {
    const want = JSON.stringify(receiptJsonSchema(), null, 2) + '\n';
    const path = join(root, 'schema', 'receipt.v1.json');
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(path, want);
    expect(readFileSync(path, 'utf8')).toBe(want);
  });

  it('src/generated/assets.ts embeds the current policies, roots and demo example', () => {
    expect(readFileSync(join(root, 'src', 'generated', 'assets.ts'), 'utf8')).toBe(generate());
  });

  it('the producer version equals package.json', () => {
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version).toBe(VERSION);
  });
});
