/**
 * Rules over verified NVIDIA GPU evidence. Each evidence item carries `gpus: [{debug, measres,
 * driver_version, vbios_version}]`; every rule but `count` looks at each GPU.
 */
import type { Policy } from '../schema.js';
import { allowList, boolClaim, forbidTrue, malformed, missing, perSubject, stringClaim, type Rule, type RuleContext, type Subject } from './common.js';

type GpuBlock = NonNullable<Policy['nvidia-gpu']>;

/** One subject per GPU; an item whose `gpus` claim is missing or malformed stays one unreadable subject. */
export function gpuSubjects(items: Subject[]): Subject[] {
  return items.flatMap((it) => {
    const gpus = it.claims['gpus'];
    if (!Array.isArray(gpus)) return [{ ...it, unreadable: gpus === undefined ? 'the verifier reported no "gpus" claim' : 'claim "gpus" is not a list' }];
    return gpus.map((g, j) =>
      g !== null && typeof g === 'object'
        ? { label: `${it.label}.gpu${j}`, claims: g as Record<string, unknown> }
        : { label: `${it.label}.gpu${j}`, claims: {}, unreadable: `gpus[${j}] is not an object` },
    );
  });
}

export function gpuRules(block: GpuBlock, ctx: RuleContext): Rule[] {
  const rules: Rule[] = [];
  const count = block.count;
  if (count) {
    const expected = count.max === undefined ? `>= ${count.min}` : `${count.min}..${count.max}`;
    rules.push({
      id: 'nvidia-gpu.count',
      expected,
      evaluate(items) {
        let n = 0;
        for (const it of items) {
          const gpus = it.claims['gpus'];
          if (gpus === undefined || gpus === null) return missing(ctx, 'gpus');
          if (!Array.isArray(gpus)) return malformed('gpus', gpus, 'a list');
          n += gpus.length;
        }
        const ok = n >= count.min && (count.max === undefined || n <= count.max);
        return ok
          ? { outcome: 'pass', observed: String(n), detail: `${n} attested GPU(s), within ${expected}` }
          : { outcome: 'deny', observed: String(n), detail: `${n} attested GPU(s), outside ${expected}` };
      },
    });
  }
  const perGpu = (r: Rule): Rule => ({ ...r, evaluate: (items) => r.evaluate(gpuSubjects(items)) });
  if (block.debug === 'forbid') {
    rules.push(perGpu(forbidTrue('nvidia-gpu.debug', (c) => boolClaim(ctx, c, 'debug'), 'the GPU runs in debug mode', 'the GPU is not in debug mode')));
  }
  if (block.measres) {
    rules.push(
      perGpu(
        perSubject('nvidia-gpu.measres', 'success', (s) => {
          const c = stringClaim(ctx, s.claims, 'measres');
          if (!c.ok) return c.finding;
          return c.value === 'success'
            ? { outcome: 'pass', observed: c.value, detail: 'the GPU measurements matched the reference values' }
            : { outcome: 'deny', observed: c.value, detail: 'the GPU measurements did not match the reference values' };
        }),
      ),
    );
  }
  if (block.driver_versions !== undefined) {
    rules.push(perGpu(allowList(ctx, 'nvidia-gpu.driver_versions', block.driver_versions, (c) => stringClaim(ctx, c, 'driver_version'), 'the driver version')));
  }
  if (block.vbios_versions !== undefined) {
    rules.push(perGpu(allowList(ctx, 'nvidia-gpu.vbios_versions', block.vbios_versions, (c) => stringClaim(ctx, c, 'vbios_version'), 'the VBIOS version')));
  }
  return rules;
}
