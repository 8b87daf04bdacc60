import { relative } from 'node:path';
import { InputError } from '../util/errors.js';
import { list, oneOf, parse, parseTime, str } from './args.js';
import { optionsOf } from './spec.js';
import { FAIL_ON, type FailOn, gateFails, gateMessage } from '../policy/gate.js';
import { clean } from './render.js';
import { inputKey } from './commands.js';
import type { RunDeps } from '../run.js';

/** `compare R1 R2 [R...] --policy P`: exit 0 reproduced, 1 held or denied (at --fail-on, default hold), 2 bad input. */
export async function cmdCompare(argv: string[]): Promise<number> {
  const { values: v, positionals } = parse('compare', argv, optionsOf('compare'), true);
  if (positionals.length < 2) throw new InputError('USAGE', 'compare takes two or more RECEIPTs (receipt.json or its directory)');
  const policy = str(v['policy']);
  if (!policy) throw new InputError('USAGE', "compare needs --policy: the verifier's own policy (name or file), never a receipt's copy");
  const failOn = oneOf<FailOn>('fail-on', str(v['fail-on']), FAIL_ON, 'hold');
  const { compareReceipts } = await import('../compare/compare.js');
  const { writeCompare } = await import('../compare/write.js');
  const { renderCompareText } = await import('../compare/render-text.js');
  const deps: RunDeps = { cwd: process.cwd(), env: process.env, now: () => new Date() };
  const opts: Parameters<typeof compareReceipts>[0] = {
    receipts: positionals,
    policy,
    workload: list(v['workload']),
    inputs: list(v['inputs']),
    network: v['network'] === true,
  };
  const key = await inputKey(v);
  if (key) opts.inputKey = key;
  const at = parseTime('at', str(v['at']));
  if (at) opts.at = at;
  if (str(v['trust-roots'])) opts.trustRootsDir = str(v['trust-roots'])!;
  if (str(v['oidc-jwks'])) opts.oidcJwks = str(v['oidc-jwks'])!;
  const r = await compareReceipts(opts, deps);
  const out = str(v['out']) ?? 'compute-receipt-compare';
  const written = await writeCompare(out, r, deps.cwd, out);
  const c = r.compare;
  if (v['json']) process.stdout.write(JSON.stringify(c, null, 2) + '\n');
  else {
    process.stdout.write(renderCompareText(c, positionals));
    process.stdout.write(`\nwrote ${clean(relative(deps.cwd, written.path) || written.path)} (${written.digest})\n`);
  }
  const fails = gateFails(c.decision.status, failOn);
  if (fails) process.stderr.write(clean(gateMessage(c.decision.status, failOn, c.checks, c.decision.reason) ?? '') + '\n');
  return fails ? 1 : 0;
}
