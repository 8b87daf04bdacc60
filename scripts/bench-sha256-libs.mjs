#!/usr/bin/env node
// SHA-256 throughput of node:crypto (OpenSSL) against @noble/hashes (pure JS), one core, on the same
// buffers in the same run: `node scripts/bench-sha256-libs.mjs [--mib 256]`. Prints MB/s and the ratio;
// asserts nothing. This is why node:crypto carries the hashing (docs/design-notes.md).
import { createHash, randomFillSync } from 'node:crypto';
import { performance } from 'node:perf_hooks';

const argMib = process.argv.indexOf('--mib');
const mib = argMib > 0 ? Number(process.argv[argMib + 1]) : 256;
let noble;
try {
  ({ sha256: noble } = await import('@noble/hashes/sha2.js'));
} catch {
  console.error('@noble/hashes is not installed (npm ci installs it as a devDependency)');
  process.exit(2);
}
const chunk = randomFillSync(Buffer.alloc(1024 * 1024));
const run = (name, fn) => {
  fn(4); // warm up
  const t0 = performance.now();
  const digest = fn(mib);
  const s = (performance.now() - t0) / 1000;
  return { name, mbps: (mib * 1.048576) / s, digest };
};
const nodeRes = run('node:crypto', (n) => {
  const h = createHash('sha256');
  for (let i = 0; i < n; i++) h.update(chunk);
  return h.digest('hex');
});
const nobleRes = run('@noble/hashes', (n) => {
  const h = noble.create();
  for (let i = 0; i < n; i++) h.update(chunk);
  return Buffer.from(h.digest()).toString('hex');
});
if (nodeRes.digest !== nobleRes.digest) {
  console.error('digests differ');
  process.exit(1);
}
console.log(`${mib} MiB in 1 MiB updates, one core, node ${process.version}`);
for (const r of [nodeRes, nobleRes]) console.log(`${r.name.padEnd(14)} ${r.mbps.toFixed(0).padStart(6)} MB/s`);
console.log(`node:crypto is ${(nodeRes.mbps / nobleRes.mbps).toFixed(1)}x @noble/hashes`);
