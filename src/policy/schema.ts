/**
 * The appraisal-policy schema (DESIGN §5): strict zod objects everywhere, so an unknown key is an
 * error that names the key's path. No expressions: allow-lists, minimums, forbid/require, waivers.
 *
 * The TypeScript types below are written out for readers; `_SchemaMatchesPolicy` makes the compiler
 * prove that the schema's output is exactly `Policy`.
 */
import { z } from 'zod';
import { SNP_POLICY_BIT_NAMES, type SnpPolicyBit } from '../evidence/formats/sev-snp-report.js';
import { type Reproduction, reproductionSchema } from './reproduction.js';

export const EVIDENCE_KINDS = ['tdx', 'sev-snp', 'nvidia-gpu', 'simulated'] as const;
export type PolicyEvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const OUTCOMES = ['pass', 'hold', 'deny'] as const;

/** One allowed workload signer (docs/model-signing.md). */
export type WorkloadSigner = { key: string } | { identity: string; issuer: string };
export type Outcome = (typeof OUTCOMES)[number];

/** TD_ATTRIBUTES bits a policy may forbid or require, with their bit numbers (Intel TDX module ABI). */
export const TD_ATTRIBUTE_BITS = {
  debug: 0,
  sept_ve_disable: 28,
  pks: 30,
  kl: 31,
  perfmon: 63,
} as const;
export type TdAttributeName = keyof typeof TD_ATTRIBUTE_BITS;
export const TD_ATTRIBUTE_NAMES = Object.keys(TD_ATTRIBUTE_BITS) as TdAttributeName[];

/** TDX measurement registers a policy may pin (each an allow-list of 48-byte values). */
export const TDX_MEASUREMENTS = [
  'mr_td',
  'mr_seam',
  'mr_config_id',
  'mr_owner',
  'rtmr0',
  'rtmr1',
  'rtmr2',
  'rtmr3',
] as const;
export type TdxMeasurement = (typeof TDX_MEASUREMENTS)[number];

export const SNP_TCB_COMPONENTS = ['bootloader', 'tee', 'snp', 'microcode', 'fmc'] as const;

/**
 * SEV-SNP guest policy flags a policy may forbid or require (SNP ABI spec, GUEST_POLICY bits 16..25;
 * the verifier's claims carry one boolean per name).
 */
export const SNP_GUEST_POLICY_FLAGS = SNP_POLICY_BIT_NAMES as [SnpPolicyBit, ...SnpPolicyBit[]];
export type SnpGuestPolicyFlag = SnpPolicyBit;
export const SNP_SIGNING_KEYS = ['vcek', 'vlek'] as const;
export type SnpTcbComponent = (typeof SNP_TCB_COMPONENTS)[number];

export type RequiredGroup = PolicyEvidenceKind | PolicyEvidenceKind[];

/** An event that must appear in a TDX event log that replays: its register, and name/type/digest/payload as given. */
export interface TdxEventPin {
  rtmr: number;
  name?: string | undefined;
  type?: number | undefined;
  digest?: string | undefined;
  payload?: string | undefined;
}

export interface Waiver {
  /** The exact id of the check to waive, e.g. `tdx.mr_td`. */
  check: string;
  /** Why; copied into the check and so into the receipt. */
  any: string;
}

export interface Policy {
  policy_id: string;
  version: number;
  description?: string | undefined;
  decision_ceiling: Outcome;
  evidence: {
    /** Every item must be satisfied; an item that is a list is satisfied by any one of its kinds. */
    required: RequiredGroup[];
    on_missing: 'hold' | 'deny';
    on_unsupported: 'hold' | 'deny';
    on_verifier_unavailable: 'hold' | 'deny';
    trust_roots: 'shipped' | 'any';
    accept_simulated: boolean;
  };
  tdx?:
    | {
        debug?: 'forbid' | 'allow' | undefined;
        mr_td?: string[] | undefined;
        mr_seam?: string[] | undefined;
        mr_config_id?: string[] | undefined;
        mr_owner?: string[] | undefined;
        rtmr0?: string[] | undefined;
        rtmr1?: string[] | undefined;
        rtmr2?: string[] | undefined;
        rtmr3?: string[] | undefined;
        td_attributes?: { forbid: TdAttributeName[]; require: TdAttributeName[] } | undefined;
        /** Allow-list of XFAM values (16 hex, the 8 bytes as they sit in the quote). */
        xfam?: string[] | undefined;
        /** Minimums: TEE_TCB_SVN byte by byte, the PCK's PCE SVN, the QE SVN. */
        min_tcb?: { tee_tcb_svn?: string | undefined; pce_svn?: number | undefined; qe_svn?: number | undefined } | undefined;
        tcb_status?: { pass: string[]; hold: string[] } | undefined;
        /** Event-log replay against RTMR0-3, and events that must appear in a log that replays. */
        event_log?: { replay: 'require'; events: TdxEventPin[] } | undefined;
      }
    | undefined;
  'sev-snp'?:
    | {
        debug?: 'forbid' | 'allow' | undefined;
        migrate_ma?: 'forbid' | 'allow' | undefined;
        measurement?: string[] | undefined;
        /** HOST_DATA allow-list (64 hex). */
        host_data?: string[] | undefined;
        /** ID_KEY_DIGEST / AUTHOR_KEY_DIGEST allow-lists (96 hex). */
        id_key_digest?: string[] | undefined;
        author_key_digest?: string[] | undefined;
        /** VMPL the report was requested at (allow-list, 0..3). */
        vmpl?: number[] | undefined;
        /** Which endorsement keys may sign (default: either). */
        signing_key?: ('vcek' | 'vlek')[] | undefined;
        guest_policy?: { forbid: SnpGuestPolicyFlag[]; require: SnpGuestPolicyFlag[] } | undefined;
        min_reported_tcb?:
          | { bootloader: number; tee: number; snp: number; microcode: number; fmc?: number | undefined }
          | undefined;
      }
    | undefined;
  'nvidia-gpu'?:
    | {
        count?: { min: number; max?: number | undefined } | undefined;
        debug?: 'forbid' | 'allow' | undefined;
        measres?: 'success' | undefined;
        driver_versions?: string[] | undefined;
        vbios_versions?: string[] | undefined;
        /** Allow-list of GPU architectures (HOPPER, BLACKWELL), from the verified device certificate or NRAS. */
        architectures?: ('HOPPER' | 'BLACKWELL')[] | undefined;
        /** NRAS's verdict on each GPU's device certificate chain must be `valid`. */
        cert_status?: 'valid' | undefined;
        /** Every GPU the host lists (nvidia-smi inventory, self-reported) must have attested. */
        all_listed?: 'require' | undefined;
      }
    | undefined;
  workload?:
    | {
        digests?: string[] | undefined;
        /**
         * Who may have signed the workload with OpenSSF model_signing: a key by its fingerprint
         * (`sha256:` of its SubjectPublicKeyInfo DER), or a certificate identity with its issuer (the
         * OIDC issuer for Sigstore keyless; `sha256:` of the trusted CA certificate's DER for a
         * certificate chain). When listed, an unsigned, unverified or mismatched workload denies.
         */
        signers?: WorkloadSigner[] | undefined;
      }
    | undefined;
  /**
   * Exact relative paths a receipt's trees may leave out beyond the default ignores (.git,
   * .gitattributes, .github, .gitignore). Default: none. The producer's ignores are reported; any
   * not listed here denies (`hashing.ignore_paths`), and `verify` re-hashes them.
   */
  allowed_ignores: string[];
  benchmark: 'context-only';
  waivers: Waiver[];
  /** What `compare` needs for the tier `reproduced` (./reproduction.ts); absent: compare holds. */
  reproduction?: Reproduction | undefined;
}

const HEX96 = /^[0-9a-f]{96}$/;
const SHA256 = /^sha256:[0-9a-f]{64}$/;
const POLICY_ID = /^[a-z0-9][a-z0-9._-]*$/;

const oneOf = (values: readonly string[]) => `must be one of ${values.join(', ')}`;

const kind = z.enum(EVIDENCE_KINDS, { error: oneOf(EVIDENCE_KINDS) });
const holdOrDeny = z.enum(['hold', 'deny'], { error: oneOf(['hold', 'deny']) });
const forbidOrAllow = z.enum(['forbid', 'allow'], { error: oneOf(['forbid', 'allow']) });
const hex96List = z.array(z.string({ error: 'must be 96 lowercase hex' }).regex(HEX96, { error: 'must be 96 lowercase hex' }), {
  error: 'must be a list of 96-lowercase-hex values',
});
const nameList = z.array(z.string({ error: 'must be a non-empty string' }).min(1, { error: 'must be a non-empty string' }), {
  error: 'must be a list of strings',
});
const tdAttr = z.enum(TD_ATTRIBUTE_NAMES as [TdAttributeName, ...TdAttributeName[]], {
  error: oneOf(TD_ATTRIBUTE_NAMES),
});
const hexList = (n: number) =>
  z.array(
    z.string({ error: `must be ${n} lowercase hex` }).regex(new RegExp(`^[0-9a-f]{${n}}$`), { error: `must be ${n} lowercase hex` }),
    { error: `must be a list of ${n}-lowercase-hex values` },
  );
const snpFlag = z.enum(SNP_GUEST_POLICY_FLAGS, { error: oneOf(SNP_GUEST_POLICY_FLAGS) });
/** `{forbid: [...], require: [...]}` of one set of names; a name on both sides is an error. */
function forbidRequire<T extends z.ZodType<string>>(name: T) {
  return z
    .strictObject({
      forbid: z.array(name, { error: 'must be a list' }).default([]),
      require: z.array(name, { error: 'must be a list' }).default([]),
    })
    .superRefine((a, ctx) => {
      for (const n of a.forbid) {
        if (a.require.includes(n)) ctx.addIssue({ code: 'custom', path: ['require'], message: `names "${n}", which forbid also names` });
      }
    });
}
const tcbComponent = z
  .number({ error: 'must be an integer 0..255' })
  .int({ error: 'must be an integer 0..255' })
  .min(0, { error: 'must be an integer 0..255' })
  .max(255, { error: 'must be an integer 0..255' });
const count = z.number({ error: 'must be a non-negative integer' }).int({ error: 'must be a non-negative integer' }).min(0, {
  error: 'must be a non-negative integer',
});

const evidenceSchema = z
  .strictObject({
    required: z
      .array(
        z.union([kind, z.array(kind, { error: oneOf(EVIDENCE_KINDS) }).min(1, { error: 'an alternative list must not be empty' })], {
          error: `must be a kind (${EVIDENCE_KINDS.join(', ')}) or a list of alternative kinds`,
        }),
        { error: 'must be a list' },
      )
      .default([]),
    on_missing: holdOrDeny.default('deny'),
    on_unsupported: holdOrDeny.default('deny'),
    on_verifier_unavailable: holdOrDeny.default('deny'),
    trust_roots: z.enum(['shipped', 'any'], { error: oneOf(['shipped', 'any']) }).default('shipped'),
    accept_simulated: z.boolean({ error: 'must be true or false' }).default(false),
  })
  .superRefine((e, ctx) => {
    const seen = new Set<string>();
    e.required.forEach((g, i) => {
      const kinds = Array.isArray(g) ? g : [g];
      kinds.forEach((k, j) => {
        if (seen.has(k)) {
          ctx.addIssue({
            code: 'custom',
            path: Array.isArray(g) ? ['required', i, j] : ['required', i],
            message: `names "${k}" more than once`,
          });
        }
        seen.add(k);
      });
    });
    if (seen.has('simulated') && !e.accept_simulated) {
      ctx.addIssue({
        code: 'custom',
        path: ['accept_simulated'],
        message: 'must be true when evidence.required names simulated',
      });
    }
  });

const tdxSchema = z
  .strictObject({
    debug: forbidOrAllow.optional(),
    mr_td: hex96List.optional(),
    mr_seam: hex96List.optional(),
    mr_config_id: hex96List.optional(),
    mr_owner: hex96List.optional(),
    rtmr0: hex96List.optional(),
    rtmr1: hex96List.optional(),
    rtmr2: hex96List.optional(),
    rtmr3: hex96List.optional(),
    td_attributes: forbidRequire(tdAttr).optional(),
    xfam: z.array(z.string({ error: 'must be 16 lowercase hex' }).regex(/^[0-9a-f]{16}$/, { error: 'must be 16 lowercase hex' }), { error: 'must be a list' }).optional(),
    min_tcb: z
      .strictObject({
        tee_tcb_svn: z.string({ error: 'must be 32 lowercase hex' }).regex(/^[0-9a-f]{32}$/, { error: 'must be 32 lowercase hex' }).optional(),
        pce_svn: z.number({ error: 'must be an integer 0..65535' }).int({ error: 'must be an integer 0..65535' }).min(0).max(0xffff, { error: 'must be an integer 0..65535' }).optional(),
        qe_svn: z.number({ error: 'must be an integer 0..65535' }).int({ error: 'must be an integer 0..65535' }).min(0).max(0xffff, { error: 'must be an integer 0..65535' }).optional(),
      })
      .optional(),
    event_log: z
      .strictObject({
        replay: z.literal('require', { error: 'must be require (a log that replays to RTMR0-3 is required)' }).default('require'),
        events: z
          .array(
            z
              .strictObject({
                rtmr: z.number({ error: 'must be 0..3' }).int({ error: 'must be 0..3' }).min(0, { error: 'must be 0..3' }).max(3, { error: 'must be 0..3' }),
                name: z.string({ error: 'must be a string' }).optional(),
                type: z.number({ error: 'must be an integer' }).int({ error: 'must be an integer' }).min(0).max(0xffffffff).optional(),
                digest: z.string({ error: 'must be 96 lowercase hex' }).regex(HEX96, { error: 'must be 96 lowercase hex' }).optional(),
                payload: z.string({ error: 'must be lowercase hex' }).regex(/^([0-9a-f]{2})*$/, { error: 'must be lowercase hex' }).optional(),
              })
              .refine((e) => e.name !== undefined || e.digest !== undefined || e.payload !== undefined, { error: 'must name the event (name, digest or payload)' }),
            { error: 'must be a list' },
          )
          .default([]),
      })
      .optional(),
    tcb_status: z
      .strictObject({
        pass: nameList.default([]),
        hold: nameList.default([]),
      })
      .superRefine((t, ctx) => {
        for (const s of t.hold) {
          if (t.pass.includes(s)) ctx.addIssue({ code: 'custom', path: ['hold'], message: `names "${s}", which pass also names` });
        }
      })
      .optional(),
  })
  .optional();

const snpSchema = z
  .strictObject({
    debug: forbidOrAllow.optional(),
    migrate_ma: forbidOrAllow.optional(),
    measurement: hex96List.optional(),
    host_data: hexList(64).optional(),
    id_key_digest: hex96List.optional(),
    author_key_digest: hex96List.optional(),
    vmpl: z
      .array(z.number({ error: 'must be an integer 0..3' }).int({ error: 'must be an integer 0..3' }).min(0, { error: 'must be an integer 0..3' }).max(3, { error: 'must be an integer 0..3' }), {
        error: 'must be a list of integers 0..3',
      })
      .optional(),
    signing_key: z.array(z.enum(SNP_SIGNING_KEYS, { error: oneOf(SNP_SIGNING_KEYS) }), { error: 'must be a list' }).optional(),
    guest_policy: forbidRequire(snpFlag).optional(),
    min_reported_tcb: z
      .strictObject({
        bootloader: tcbComponent,
        tee: tcbComponent,
        snp: tcbComponent,
        microcode: tcbComponent,
        fmc: tcbComponent.optional(),
      })
      .optional(),
  })
  .optional();

const gpuSchema = z
  .strictObject({
    count: z
      .strictObject({ min: count, max: count.optional() })
      .superRefine((c, ctx) => {
        if (c.max !== undefined && c.max < c.min) ctx.addIssue({ code: 'custom', path: ['max'], message: 'must be at least min' });
      })
      .optional(),
    debug: forbidOrAllow.optional(),
    measres: z.literal('success', { error: 'must be success' }).optional(),
    driver_versions: nameList.optional(),
    vbios_versions: nameList.optional(),
    architectures: z.array(z.enum(['HOPPER', 'BLACKWELL'], { error: 'must be HOPPER or BLACKWELL' }), { error: 'must be a list of HOPPER, BLACKWELL' }).optional(),
    cert_status: z.literal('valid', { error: 'must be valid' }).optional(),
    all_listed: z.literal('require', { error: 'must be require' }).optional(),
  })
  .optional();

export const policySchema = z.strictObject({
  policy_id: z
    .string({ error: 'must be a string' })
    .max(64, { error: 'must be at most 64 characters' })
    .regex(POLICY_ID, { error: 'must match [a-z0-9][a-z0-9._-]*' }),
  version: z.number({ error: 'must be a positive integer' }).int({ error: 'must be a positive integer' }).positive({
    error: 'must be a positive integer',
  }),
  description: z.string({ error: 'must be a string' }).optional(),
  decision_ceiling: z.enum(OUTCOMES, { error: oneOf(OUTCOMES) }).default('pass'),
  evidence: evidenceSchema.prefault({}),
  tdx: tdxSchema,
  'sev-snp': snpSchema,
  'nvidia-gpu': gpuSchema,
  workload: z
    .strictObject({
      digests: z
        .array(z.string({ error: 'must be sha256:<64 lowercase hex>' }).regex(SHA256, { error: 'must be sha256:<64 lowercase hex>' }), {
          error: 'must be a list',
        })
        .optional(),
      signers: z
        .array(
          z.union(
            [
              z.strictObject({ key: z.string({ error: 'must be sha256:<64 lowercase hex>' }).regex(SHA256, { error: 'must be sha256:<64 lowercase hex>' }) }),
              z.strictObject({
                identity: z.string({ error: 'must be a string' }).min(1, { error: 'must not be empty' }).max(4096),
                issuer: z.string({ error: 'must be a string' }).min(1, { error: 'must not be empty' }).max(4096),
              }),
            ],
            { error: 'must be {key: sha256:<hex>} or {identity, issuer}' },
          ),
          { error: 'must be a list' },
        )
        .min(1, { error: 'must list at least one signer (leave signers out to accept any)' })
        .max(1000)
        .optional(),
    })
    .optional(),
  allowed_ignores: z
    .array(
      z
        .string({ error: 'must be a relative path inside a tree' })
        .min(1, { error: 'must be a relative path inside a tree' })
        .max(1024, { error: 'must be at most 1024 characters' })
        .refine((p) => !p.startsWith('/') && p.split('/').every((x) => x !== '' && x !== '.' && x !== '..') && !/[\u0000-\u001f\u007f-\u009f]/.test(p), {
          error: "must be a relative path inside a tree ('/'-separated, no '.' or '..' parts, no control characters)",
        }),
      { error: 'must be a list of paths' },
    )
    .max(10_000, { error: 'must list at most 10000 paths' })
    .default([]),
  benchmark: z
    .literal('context-only', {
      error: 'must be context-only: a benchmark is capacity context and never counts as evidence',
    })
    .default('context-only'),
  waivers: z
    .array(
      z.strictObject({
        check: z.string({ error: 'must be a check id' }).min(1, { error: 'must be a check id' }),
        any: z.string({ error: 'must be a reason (a non-empty string)' }).trim().min(1, { error: 'must be a reason (a non-empty string)' }),
      }),
      { error: 'must be a list' },
    )
    .default([]),
  reproduction: reproductionSchema.optional(),
});

// Compile-time proof that the schema and the written-out type agree, both ways.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _SchemaMatchesPolicy: Exact<z.output<typeof policySchema>, Policy> = true;
void _SchemaMatchesPolicy;
