import { leafPattern } from './leaves.js';
import type { FileChange } from './manifest-diff.js';

/**
 * Why a replay failed, cause first (the way `sha256sum -c` names `predictions.jsonl: FAILED`). One
 * changed output byte makes a dozen receipt fields differ: the output digest, the manifest digest,
 * the binding, report_data, the GPU nonce, the evidence binding, the decision and the claim. They all
 * follow from the one changed file, so they are folded under it; mismatches that no file change
 * explains stay causes of their own, each naming the file it was found in.
 */

export type TreeName = 'workload' | 'inputs' | 'outputs';

/** The mismatch shape of ./replay.ts (kept structural so this module stays below it). */
export interface MismatchLike {
  field: string;
  expected: string | null;
  actual: string | null;
  cause: string;
}

export interface ReplayCause {
  /** The file the line names first: a file of a tree (its manifest name), or a file of the receipt directory. */
  file: string;
  /** The tree the file belongs to, for files of a tree. */
  tree: TreeName | null;
  status: 'FAILED' | 'added' | 'missing' | 'renamed';
  /** A rename's old name. */
  from?: string;
  /** What differs, in words. */
  detail: string;
  /** The mismatch this cause is, for causes found in the receipt directory (null for a changed tree file). */
  field: string | null;
  expected: string | null;
  actual: string | null;
}

export interface ReplayCauses {
  causes: ReplayCause[];
  /** Mismatches that follow from the changed trees (folded under the causes). */
  derived: MismatchLike[];
  /** The trees whose files differ from the receipt. */
  trees: TreeName[];
}

const ROLE_KEY: Record<TreeName, { leaf: string; digest: string; binding: string[]; files: string[] }> = {
  workload: { leaf: 'workload', digest: 'workload_digest', binding: ['binding.workload_digest', 'binding.workload_manifest_digest'], files: ['workload.SHA256SUMS', 'workload.statement.json'] },
  inputs: { leaf: 'input', digest: 'input_commitment', binding: ['binding.input_commitment', 'binding.input_manifest_digest'], files: [] },
  outputs: { leaf: 'outputs', digest: 'output_digest', binding: ['binding.output_digest', 'binding.output_manifest_digest'], files: ['outputs.SHA256SUMS'] },
};

/** Fields that follow from any change to what is bound: the binding's hashes, the evidence's binding, the decision and the claim. */
function followsFromBinding(field: string): boolean {
  if (field === 'file binding.json') return true;
  const p = leafPattern(field.replace(/ \(count\)$/, ''));
  if (p === 'binding.report_data' || p === 'binding.gpu_nonce') return true;
  if (/^attestation_result\.evidence\[\]\.(verified|status|binding_matches|detail)$/.test(p)) return true;
  if (p.startsWith('runtime_measurement')) return true;
  // The two-phase flow's events are replayed against the recomputed binding (docs/execution.md).
  if (p.startsWith('execution.')) return true;
  if (p === 'claim_tier' || p === 'allowed_claim') return true;
  return /^policy_decision\.(status|reason|checks)/.test(p);
}

function followsFromTree(field: string, t: TreeName): boolean {
  const k = ROLE_KEY[t];
  if (field === k.digest || field.startsWith(`${k.leaf}.`) || k.binding.includes(field)) return true;
  return k.files.some((f) => field === `file ${f}`);
}

const TREE_FILE_DETAIL: Record<FileChange['status'], string> = {
  FAILED: 'its bytes differ from the receipt',
  added: 'on disk, not in the receipt',
  missing: 'in the receipt, not on disk',
  renamed: 'same bytes under another name',
};

/** A receipt-directory mismatch as a cause line: the file it was found in, first. */
function ownCause(m: MismatchLike): ReplayCause {
  const isFile = m.field.startsWith('file ');
  const file = isFile ? m.field.slice('file '.length) : 'receipt.json';
  const status = isFile && m.expected === 'present' && m.actual === 'missing' ? 'missing' : 'FAILED';
  return {
    file,
    tree: null,
    status,
    detail: isFile ? m.cause : `${m.field}: ${m.cause}`,
    field: m.field,
    expected: m.expected,
    actual: m.actual,
  };
}

/**
 * Order the replay's findings cause first. `changes` holds, per tree the verifier re-hashed, the
 * files that differ from the receipt's manifest; `manifestEdited` the trees whose saved manifest
 * itself differs from the receipt (then what follows from that tree is folded under that file).
 */
export function replayCauses(changes: Partial<Record<TreeName, FileChange[]>>, mismatches: MismatchLike[]): ReplayCauses {
  const causes: ReplayCause[] = [];
  const trees: TreeName[] = [];
  for (const t of ['workload', 'inputs', 'outputs'] as const) {
    const cs = changes[t] ?? [];
    if (cs.length) trees.push(t);
    for (const c of cs) {
      causes.push({
        file: c.name,
        tree: t,
        status: c.status,
        ...(c.from !== undefined ? { from: c.from } : {}),
        detail: `${t}: ${TREE_FILE_DETAIL[c.status]}`,
        field: null,
        expected: c.expected ?? null,
        actual: c.actual ?? null,
      });
    }
  }
  // A saved manifest that differs from the receipt explains what follows from its tree too.
  const edited = new Set<TreeName>();
  for (const t of ['workload', 'inputs', 'outputs'] as const) {
    if (mismatches.some((m) => m.field === `file ${t}.manifest.json` || m.field === `${t}.manifest`)) edited.add(t);
  }
  const explained = [...new Set([...trees, ...edited])];
  const derived: MismatchLike[] = [];
  const own: MismatchLike[] = [];
  for (const m of mismatches) {
    const isEditedManifest = [...edited].some((t) => m.field === `file ${t}.manifest.json` || m.field === `${t}.manifest`);
    if (!isEditedManifest && explained.length && (followsFromBinding(m.field) || explained.some((t) => followsFromTree(m.field, t)))) derived.push(m);
    else own.push(m);
  }
  causes.push(...own.map(ownCause));
  return { causes, derived, trees };
}

/** `predictions.jsonl: FAILED (outputs: its bytes differ from the receipt)`: the file first. */
export function causeLine(c: ReplayCause): string {
  const what = c.status === 'renamed' ? `renamed from ${c.from}` : c.status;
  return `${c.file}: ${what} (${c.detail})`;
}

/** Derived fields named once each: per-check and per-evidence leaves folded into their parent. */
export function foldedFields(derived: MismatchLike[]): string[] {
  const out: string[] = [];
  for (const m of derived) {
    const f = m.field
      .replace(/ \(count\)$/, '')
      .replace(/^(policy_decision\.checks)\[\d+\].*$/, '$1')
      .replace(/^(attestation_result\.evidence\[\d+\])\..*$/, '$1')
      .replace(/^(runtime_measurement)\..*$/, '$1')
      .replace(/^(execution\.(begin|seal))\..*$/, '$1');
    if (!out.includes(f)) out.push(f);
  }
  return out;
}

const TREE_WORDS: Record<TreeName, string> = { workload: 'the workload', inputs: 'the inputs', outputs: 'the outputs' };

/**
 * The allowed claim when the replay found a mismatch: what failed, in words (never a list of check
 * ids), and that nothing about the job may be claimed on the strength of this receipt.
 */
export function replayDeniedClaim(rc: ReplayCauses, jobLabel: string): string {
  const job = jobLabel;
  if (rc.trees.length) {
    const which = rc.trees.map((t) => TREE_WORDS[t]);
    const list = which.length === 1 ? which[0]! : `${which.slice(0, -1).join(', ')} and ${which[which.length - 1]}`;
    const files = rc.causes.filter((c) => c.tree !== null);
    const named = files.slice(0, 3).map((c) => `${c.file} ${c.status === 'renamed' ? `renamed from ${c.from}` : c.status}`);
    const more = files.length > 3 ? ` and ${files.length - 3} more` : '';
    return (
      `The verifier re-hashed the files of ${job}, and ${list} differ from the receipt (${named.join(', ')}${more}); ` +
      'no claim about this job is allowed on the strength of this receipt.'
    );
  }
  const first = rc.causes[0];
  const where = first ? ` (first: ${first.file}${first.field && first.field.startsWith('file ') ? '' : first.field ? `, ${first.field}` : ''})` : '';
  return (
    `The verifier replayed the receipt of ${job} and it differs from what the verifier re-derived${where}; ` +
    'no claim about this job is allowed on the strength of this receipt.'
  );
}
