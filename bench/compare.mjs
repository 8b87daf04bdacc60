#!/usr/bin/env node
/**
 * compute-receipt compare benchmark: `node bench/compare.mjs [--files N] [--cli PATH]`.
 *
 * Makes one job tree (a small workload, one input file, N output files of 64 bytes), writes two
 * receipts with `create` under two run ids (the second with one output byte changed), then times
 * `compare` of the equal pair (runs 1 and 2 of the same outputs) and of the differing pair, and
 * prints seconds, peak RSS, the decision and the differing file. Exit 1 when the decisions are not
 * pass (equal) and deny (one byte), 2 on bad usage. Timings depend on the machine; nothing is enforced.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const files = Number(opt('files', '20000'));
const cli = path.resolve(opt('cli', 'dist/cli/index.js'));
if (!Number.isInteger(files) || files < 1 || !fs.existsSync(cli)) {
  console.error('usage: node bench/compare.mjs [--files N] [--cli dist/cli/index.js]');
  process.exit(2);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cr-bench-compare-'));
const run = (argv, env = {}) => {
  const t = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, cli, ...argv], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } });
  const s = Number(process.hrtime.bigint() - t) / 1e9;
  const rss = Number(r.stderr.trim().split('\n').at(-1)) / 1024;
  return { code: r.status, s, rss, stdout: r.stdout, stderr: r.stderr };
};
try {
  for (const job of ['a', 'b', 'c']) {
    fs.mkdirSync(path.join(dir, job, 'model'), { recursive: true });
    fs.mkdirSync(path.join(dir, job, 'inputs'), { recursive: true });
    fs.mkdirSync(path.join(dir, job, 'outputs'), { recursive: true });
    fs.writeFileSync(path.join(dir, job, 'model', 'weights.bin'), Buffer.alloc(1 << 20, 7));
    fs.writeFileSync(path.join(dir, job, 'inputs', 'prompts.jsonl'), '{"q":"hi"}\n');
    for (let i = 0; i < files; i++) fs.writeFileSync(path.join(dir, job, 'outputs', `out-${String(i).padStart(6, '0')}.json`), `{"i":${i}}`.padEnd(64, ' '));
  }
  fs.writeFileSync(path.join(dir, 'c', 'outputs', 'out-000001.json'), '{"i":X}'.padEnd(64, ' '));
  for (const [job, runId] of [['a', '1'], ['b', '2'], ['c', '3']]) {
    const r = run(['create', '--workload', `${job}/model`, '--inputs', `${job}/inputs`, '--outputs', `${job}/outputs`, '--evidence', 'none', '--policy', 'reproduce', '--job-id', 'bench', '--out', `r-${job}`, '--fail-on', 'never', '--quiet'], { GITHUB_RUN_ID: runId });
    if (r.code !== 0) throw new Error(`create ${job} failed: ${r.stderr}`);
  }
  const eq = run(['compare', 'r-a', 'r-b', '--policy', 'reproduce', '--out', 'cmp-eq', '--json']);
  const ne = run(['compare', 'r-a', 'r-c', '--policy', 'reproduce', '--out', 'cmp-ne', '--json']);
  const dEq = JSON.parse(eq.stdout);
  const dNe = JSON.parse(ne.stdout);
  console.log(`compare, ${files} output files per receipt`);
  console.log(`  equal pair:    ${eq.s.toFixed(2)} s, peak RSS ${eq.rss.toFixed(0)} MiB, decision ${dEq.decision.status}, ${dEq.outputs.matching} of ${dEq.outputs.files} files match`);
  console.log(`  one byte off:  ${ne.s.toFixed(2)} s, peak RSS ${ne.rss.toFixed(0)} MiB, decision ${dNe.decision.status}, differing ${JSON.stringify(dNe.outputs.differences[0]?.differing ?? [])}, ${dNe.outputs.matching} match`);
  process.exitCode = dEq.decision.status === 'pass' && dNe.decision.status === 'deny' ? 0 : 1;
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
