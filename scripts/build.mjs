#!/usr/bin/env node
// Builds the two committed bundles with ncc: dist/index.js (the Action) and dist/cli/index.js (the CLI).
// Shipped policies, claim rules, vendor roots and the demo example are embedded first (gen-assets).
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

execFileSync(process.execPath, [join(root, 'scripts', 'gen-assets.mjs')], { stdio: 'inherit' });
rmSync(join(root, 'dist'), { recursive: true, force: true });
for (const [entry, out] of [
  ['src/action/index.ts', 'dist'],
  ['src/cli/index.ts', 'dist/cli'],
]) {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--target', 'es2022', '--transpile-only', '-q'], {
    cwd: root,
    stdio: 'inherit',
  });
}
// The CLI runs as a program: give it a shebang and the executable bit.
const cli = join(root, 'dist', 'cli', 'index.js');
const src = readFileSync(cli, 'utf8');
if (!src.startsWith('#!')) writeFileSync(cli, '#!/usr/bin/env node\n' + src);
chmodSync(cli, 0o755);
console.log('built dist/index.js and dist/cli/index.js');
