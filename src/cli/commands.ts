import { createHash } from 'node:crypto';
import { relative, resolve } from 'node:path';
import { canonicalize } from '../binding/jcs.js';
import { InputError, q } from '../util/errors.js';
import { READ_LIMITS, readRegularFile } from '../util/read-file.js';
import { type Parsed, hexArg, list, oneOf, parse, parseTime, str } from './args.js';
import { clean, renderText, renderVerifyText } from './render.js';
import { SERIALIZATIONS, optionsOf } from './spec.js';
import { out, outPiece, progressFor, readText } from './io.js';
import { causeLine, foldedFields } from '../receipt/replay-causes.js';
import { count, styleFor } from './style.js';
import type { RunDeps } from '../run.js';
import { FAIL_ON, type FailOn, gateMessage } from '../policy/gate.js';

const STORAGE = ['ephemeral', 'persistent-provider-local', 'unknown'] as const;

function deps(quiet = true): RunDeps {
  const d: RunDeps = { cwd: process.cwd(), env: process.env, now: () => new Date() };
  const progress = quiet ? undefined : progressFor(false);
  if (progress) d.progress = progress;
  if (!quiet) d.note = (line) => process.stderr.write(`compute-receipt: ${clean(line)}\n`);
  return d;
}

function json(v: unknown): void {
  out(JSON.stringify(v, null, 2) + '\n');
}

/** The input key: from a file, or COMPUTE_RECEIPT_INPUT_KEY; never from argv. */
export async function inputKey(v: Parsed['values']): Promise<Buffer | undefined> {
  const f = str(v['input-key-file']);
  if (f) {
    const k = await readRegularFile(resolve(f), { maxBytes: READ_LIMITS.inputKey, what: 'input key file', shown: f });
    if (k.length === 0) throw new InputError('USAGE', `input key file ${q(f)} is empty`);
    return k;
  }
  const e = process.env['COMPUTE_RECEIPT_INPUT_KEY'];
  return e ? Buffer.from(e, 'utf8') : undefined;
}

export async function runCommand(cmd: string, argv: string[]): Promise<number> {
  switch (cmd) {
    case 'create':
      return cmdCreate(argv);
    case 'verify':
      return cmdVerify(argv);
    case 'hash':
      return (await import('./hash.js')).cmdHash(argv);
    case 'evidence':
      return cmdEvidence(argv);
    case 'lint':
      return (await import('./lint.js')).cmdLint(argv);
    case 'demo':
      return cmdDemo(argv);
    case 'policy':
      return (await import('./policy-init.js')).cmdPolicy(argv);
    case 'compare':
      return (await import('./compare.js')).cmdCompare(argv);
    case 'begin':
      return (await import('./begin.js')).cmdBegin(argv, deps(argv.includes('--json') || argv.includes('--quiet')), out, (s) => process.stderr.write(s));
    default:
      throw new InputError('USAGE', `unknown command ${q(cmd)} (see compute-receipt --help)`);
  }
}

async function cmdCreate(argv: string[]): Promise<number> {
  const { values: v } = parse('create', argv, optionsOf('create'), false);
  const sigFile = str(v['workload-signature']);
  const sigMaterial = (['workload-key', 'workload-cert-chain', 'workload-trusted-root'] as const).filter((f) => str(v[f]) !== undefined);
  if (!sigFile && sigMaterial.length) throw new InputError('USAGE', `--${sigMaterial[0]} needs --workload-signature (the model_signing bundle)`);
  const failOn = oneOf<FailOn>('fail-on', str(v['fail-on']), FAIL_ON, 'deny');
  const exitStatus = str(v['exit-status']);
  if (exitStatus !== undefined && !/^-?\d{1,10}$/.test(exitStatus)) throw new InputError('USAGE', `--exit-status must be an integer (got ${JSON.stringify(exitStatus)})`);
  const serialization = oneOf('serialization', str(v['serialization']), SERIALIZATIONS, 'files');
  const storage = oneOf('storage', str(v['storage']), STORAGE, 'unknown');
  const claims = await Promise.all(list(v['claims']).map(async (f) => ({ source: f, text: await readText(f, 'claims file', READ_LIMITS.claimText) })));
  const claimRules = await Promise.all(list(v['claim-rules']).map(async (f) => ({ source: f, text: await readText(f, 'claim rules file', READ_LIMITS.claimRules) })));
  const { create, gateFails, DEFAULT_POLICY } = await import('../run.js');
  const r = await create(
    {
      workload: list(v['workload']),
      inputs: list(v['inputs']),
      outputs: list(v['outputs']),
      benchmark: str(v['benchmark']),
      evidence: list(v['evidence']),
      policy: str(v['policy']) ?? DEFAULT_POLICY,
      jobId: str(v['job-id']),
      nonce: str(v['nonce']),
      inputKey: await inputKey(v),
      claims,
      claimRules,
      storage,
      trustRootsDir: str(v['trust-roots']),
      certs: list(v['certs']),
      rims: list(v['rim']),
      collateralDir: str(v['collateral']),
      network: v['network'] === true,
      out: str(v['out']) ?? 'compute-receipt',
      allowSymlinks: v['allow-symlinks'] === true,
      ignorePaths: list(v['ignore']),
      serialization,
      ...(sigFile
        ? {
            workloadSignature: {
              signature: sigFile,
              ...(str(v['workload-key']) ? { key: str(v['workload-key'])! } : {}),
              ...(str(v['workload-cert-chain']) ? { certChain: str(v['workload-cert-chain'])! } : {}),
              ...(str(v['workload-trusted-root']) ? { trustedRoot: str(v['workload-trusted-root'])! } : {}),
            },
          }
        : {}),
      ...(str(v['begin-state']) ? { beginState: str(v['begin-state']) } : {}),
      ...(exitStatus !== undefined ? { exitStatus: Number(exitStatus) } : {}),
    },
    deps(v['json'] === true || v['quiet'] === true),
  );
  if (v['json']) json(r.receipt);
  else if (!v['quiet']) {
    out(renderText(r.receipt, { style: styleFor(process.stdout, process.env) }));
    out(`\nwrote ${clean(relative(process.cwd(), r.receiptPath) || r.receiptPath)} (${r.receiptDigest})\n`);
  }
  const fails = gateFails(r.receipt.policy_decision.status, failOn);
  if (fails) {
    const d = r.receipt.policy_decision;
    process.stderr.write(clean(gateMessage(d.status, failOn, d.checks, d.reason) ?? '') + '\n');
  }
  // A workload signature that did not verify is named with its cause (the file, the key, the chain).
  const sig = r.receipt.workload.signature;
  if (sig && sig.status !== 'verified') process.stderr.write(clean(`compute-receipt: workload signature ${sig.status}: ${sig.detail}`) + '\n');
  return fails ? 1 : 0;
}


async function cmdVerify(argv: string[]): Promise<number> {
  const { values: v, positionals } = parse('verify', argv, optionsOf('verify'), true);
  if (positionals.length !== 1) throw new InputError('USAGE', 'verify takes exactly one RECEIPT (receipt.json or its directory)');
  const policy = str(v['policy']);
  if (!policy) throw new InputError('USAGE', "verify needs --policy: the verifier's own policy (name or file), never the receipt's copy");
  const failOn = oneOf<FailOn>('fail-on', str(v['fail-on']), FAIL_ON, 'hold');
  const { verifyReceipt } = await import('../receipt/replay.js');
  const { gateFails } = await import('../run.js');
  const opts: Parameters<typeof verifyReceipt>[0] = {
    receipt: positionals[0]!,
    policy,
    workload: list(v['workload']),
    inputs: list(v['inputs']),
    outputs: list(v['outputs']),
    inputKey: await inputKey(v),
    expectJob: str(v['expect-job']),
    expectSha: str(v['expect-sha']),
    at: parseTime('at', str(v['at'])),
    trustRootsDir: str(v['trust-roots']),
    network: v['network'] === true,
  };
  const jwks = str(v['oidc-jwks']);
  if (jwks) (opts as { oidcJwks?: string }).oidcJwks = jwks;
  const wtr = str(v['workload-trusted-root']);
  if (wtr) opts.workloadTrustedRoot = wtr;
  const r = await verifyReceipt(opts, deps(v['json'] === true || v['quiet'] === true));
  if (v['json']) {
    json({
      ok: r.ok,
      causes: r.causes,
      mismatches: r.mismatches,
      derived: r.derived,
      decision: r.decision,
      reason: r.reason,
      checks: r.checks,
      claim_tier: r.appraised.claim_tier,
      allowed_claim: r.appraised.allowed_claim,
      ...(r.appraised.execution ? { execution: r.appraised.execution } : {}),
      policy_matches_receipt: r.policy_matches_receipt,
      rederived: r.rederived,
      producer: r.producer,
      self_reported: r.unverified,
      leaves: r.leaves,
      notes: r.notes,
    });
  } else if (!v['quiet']) {
    out(renderVerifyText(r, styleFor(process.stdout, process.env)));
  }
  const fails = !r.ok || gateFails(r.decision, failOn);
  const folded = foldedFields(r.mismatches.filter((m) => r.derived.includes(m.field))).length;
  if (fails) {
    process.stderr.write(
      !r.ok
        ? `compute-receipt: verify failed: ${r.causes.slice(0, 3).map((c) => clean(causeLine(c))).join('; ')}${r.causes.length > 3 ? `; and ${r.causes.length - 3} more` : ''}` +
          `${folded ? ` (${count(folded, 'receipt field')} follow${folded === 1 ? 's' : ''} from ${r.causes.length === 1 ? 'it' : 'them'})` : ''}\n`
        : clean(gateMessage(r.decision, failOn, r.checks, r.reason) ?? '') + '\n',
    );
  }
  return fails ? 1 : 0;
}

async function cmdEvidence(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'inspect' && sub !== 'verify') throw new InputError('USAGE', 'evidence takes a subcommand: inspect F | verify F');
  const { values: v, positionals } = parse(`evidence ${sub}`, rest, optionsOf(`evidence ${sub}`), true);
  if (positionals.length !== 1) throw new InputError('USAGE', `evidence ${sub} takes exactly one file`);
  const file = positionals[0]!;
  const bytes = await readRegularFile(resolve(file), { maxBytes: READ_LIMITS.evidence, what: 'evidence file', shown: file });
  const ev = await import('../evidence/index.js');
  if (sub === 'inspect') {
    const r = ev.inspectEvidence(bytes);
    if (r.format === 'unknown') throw notEvidence(file);
    if (v['json']) json(r);
    else {
      out(`format ${r.format}${r.kind ? ` (${r.kind})` : ''}\n`);
      if (r.kind === 'sev-snp') {
        out('not verified: inspect checks no signature (run `evidence verify` with the VCEK)\n');
        out(`TCB: ${clean(ev.snpTcbSummary(r.fields))}\n`);
      }
      if (r.kind === 'nvidia-gpu') {
        out(
          r.format === 'nras-eat'
            ? 'not verified: inspect checks no signature (run `evidence verify` with the NRAS key set, or --network)\n'
            : 'not verified: inspect checks no signature (run `evidence verify`, with --certs for the device chain of a bare capture)\n',
        );
      }
      if (r.kind === 'tdx') {
        out('not verified: inspect checks no signature (run `evidence verify`, with --collateral DIR or --network for the TCB status)\n');
        const svn = (r.fields['td_report'] as Record<string, unknown> | undefined)?.['tee_tcb_svn'];
        out(`TCB status: not evaluated (TEE_TCB_SVN ${clean(String(svn))})\n`);
      }
      const fields = r.kind === 'nvidia-gpu' ? foldGpuFields(r.fields ?? {}) : (r.fields ?? {});
      for (const [k, val] of flatten(fields)) out(`  ${clean(k)}: ${clean(val)}\n`);
    }
    return 0;
  }
  const reportData = hexArg('report-data', str(v['report-data']), 64);
  const gpuNonce = hexArg('nonce', str(v['nonce']), 32);
  const { readAux, kdsOptions, nrasOptions, ocspOptions, pcsOptions } = await import('../run.js');
  const aux = await readAux({ certs: list(v['certs']), rims: list(v['rim']), collateralDir: str(v['collateral']) }, process.cwd());
  // Bytes no parser recognises are bad input (exit 2), not evidence that failed to verify (exit 1).
  if (ev.sniffFormat(bytes) === 'unknown') throw notEvidence(file);
  const r = await ev.verifyEvidence({ bytes, aux }, file, {
    reportData: reportData ?? null,
    gpuNonce: gpuNonce ?? null,
    trustRoots: ev.loadTrustRoots(str(v['trust-roots']) ? resolve(str(v['trust-roots'])!) : undefined),
    at: parseTime('at', str(v['at'])),
    network: v['network'] === true,
    pcs: pcsOptions(process.env),
    kds: kdsOptions(process.env),
    nras: nrasOptions(process.env),
    ocsp: ocspOptions(process.env),
  } as unknown as Parameters<typeof ev.verifyEvidence>[2]);
  const verified = r.status === 'verified';
  const tcb = typeof r.claims['tcb_status'] === 'string' ? (r.claims['tcb_status'] as string) : null;
  if (v['json']) {
    json({ verified, status: r.status, format: r.format, kind: r.kind, detail: r.detail, tcb_status: tcb, binding_matches: r.bindingMatches, checks: r.steps, claims: r.claims });
  } else {
    // The verdict and the TCB status first, then each step, then the fields.
    out(`${clean(r.format)}: ${r.status} — ${clean(r.detail)}\n`);
    if (r.kind === 'tdx') out(`TCB status: ${tcb === null ? 'not evaluated (no collateral)' : clean(tcb)}\n`);
    if (r.kind === 'sev-snp' && Object.keys(r.claims).length) out(`TCB: ${clean(ev.snpTcbSummary(r.claims))}\n`);
    for (const s of r.kind === 'nvidia-gpu' ? foldGpuSteps(r.steps) : r.steps) out(`  ${s.ok === null ? 'n/a ' : s.ok ? 'ok  ' : 'FAIL'} ${clean(s.id)}: ${clean(s.detail)}\n`);
    const fields = flatten(r.kind === 'nvidia-gpu' ? foldGpuFields(r.claims) : r.claims);
    if (fields.length) out(`fields${verified ? '' : ' (NOT verified: shown as parsed)'}:\n`);
    for (const [k, val] of fields) out(`  ${clean(k)}: ${clean(val)}\n`);
  }
  return verified ? 0 : 1;
}

function notEvidence(file: string): InputError {
  return new InputError(
    'EVIDENCE_MALFORMED',
    `${q(file)} is not attestation evidence compute-receipt recognises (a TDX quote, an SEV-SNP report, NVIDIA SPDM evidence or an NRAS token set)`,
  );
}

/**
 * The compact text view of GPU evidence: each GPU's measurement blocks folded into one line (64
 * blocks of 48 bytes are 150 lines otherwise; `--json` keeps every value) and its opaque fields
 * left to `--json`.
 */
function foldGpuFields(fields: Record<string, unknown>): Record<string, unknown> {
  const gpus = fields['gpus'];
  if (!Array.isArray(gpus)) return fields;
  const folded = gpus.map((g) => {
    if (g === null || typeof g !== 'object') return g;
    const { measurements, opaque, ...rest } = g as Record<string, unknown>;
    const f: Record<string, unknown> = { ...rest };
    if (Array.isArray(measurements)) {
      const values = measurements.map((m) => String((m as { value?: unknown }).value ?? ''));
      const zero = values.filter((v) => /^0*$/.test(v)).length;
      const digest = createHash('sha256').update(values.join('\n')).digest('hex').slice(0, 16);
      f['measurements'] = `${values.length} blocks, ${values.length - zero} non-zero (sha256 of the list ${digest}…; --json lists every value)`;
    }
    if (opaque !== null && typeof opaque === 'object') f['opaque'] = `${Object.keys(opaque).length} fields (--json lists them)`;
    return f;
  });
  if (gpus.length === 1) return { ...fields, gpus: folded };
  // Many GPUs: one line each, long hex shortened.
  const { gpus: _all, ...others } = fields;
  const line = (g: unknown) =>
    g !== null && typeof g === 'object'
      ? Object.entries(g as Record<string, unknown>)
          .filter(([, x]) => x !== null && x !== undefined)
          .map(([k, x]) => {
            const t = typeof x === 'string' ? x : JSON.stringify(x);
            return `${k} ${/^[0-9a-f]{33,}$/.test(t) ? `${t.slice(0, 16)}…` : t}`;
          })
          .join(', ')
      : JSON.stringify(g);
  return { ...others, ...Object.fromEntries(folded.map((g, i) => [`gpus[${i}]`, line(g)])) };
}

/** Per-GPU steps that all passed, folded to one line per GPU; any other step is shown as it is. */
function foldGpuSteps(steps: readonly { id: string; ok: boolean | null; detail: string }[]): { id: string; ok: boolean | null; detail: string }[] {
  const byGpu = new Map<string, { id: string; ok: boolean | null; detail: string }[]>();
  for (const st of steps) {
    const m = /^(gpu\d*)\.(.+)$/.exec(st.id);
    if (m) byGpu.set(m[1]!, [...(byGpu.get(m[1]!) ?? []), st]);
  }
  if (byGpu.size <= 1) return [...steps];
  const out: { id: string; ok: boolean | null; detail: string }[] = [];
  const done = new Set<string>();
  for (const st of steps) {
    const gpu = /^(gpu\d*)\./.exec(st.id)?.[1];
    if (gpu === undefined) {
      out.push(st);
      continue;
    }
    const all = byGpu.get(gpu)!;
    if (all.every((x) => x.ok === true)) {
      if (!done.has(gpu)) out.push({ id: gpu, ok: true, detail: `${all.map((x) => x.id.slice(gpu.length + 1)).join(', ')} (${all.find((x) => x.id.endsWith('.device'))?.detail ?? 'verified'})` });
      done.add(gpu);
    } else out.push(st);
  }
  return out;
}

/** Nested fields as dotted keys, one line each; long PEM text shown as its first line and length. */
function flatten(v: unknown, prefix = ''): [string, string][] {
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    return Object.entries(v as Record<string, unknown>).flatMap(([k, x]) => flatten(x, prefix ? `${prefix}.${k}` : k));
  }
  if (Array.isArray(v) && v.some((x) => x !== null && typeof x === 'object')) {
    return v.flatMap((x, i) => flatten(x, `${prefix}[${i}]`));
  }
  let s = typeof v === 'string' ? v : JSON.stringify(v);
  if (s.includes('\n')) s = `${s.split('\n')[0]}… (${s.length} characters)`;
  return [[prefix, s]];
}

async function cmdDemo(argv: string[]): Promise<number> {
  const { values: v } = parse('demo', argv, optionsOf('demo'), false);
  const { runDemo } = await import('./demo.js');
  const r = await runDemo(resolve(str(v['out']) ?? 'compute-receipt-demo'), deps());
  if (v['json']) json(JSON.parse(canonicalize(r.verified)));
  else out(r.text);
  return 0;
}
