import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { AuxFile, CollectedEvidence, EvidenceFormat, EvidenceSource, SourceSupport } from '../types.js';
import { InputError } from '../../util/errors.js';
import { DEFAULT_TSM_ROOT, realTsmFs, type TsmFs } from './deps.js';

export const TSM_MAX_TRIES = 3;

const PROVIDER_FORMATS: Readonly<Record<string, EvidenceFormat>> = {
  tdx_guest: 'tdx-quote',
  sev_guest: 'sev-snp-report',
};

export interface TsmSourceOptions {
  fs?: TsmFs;
  root?: string;
  maxTries?: number;
  /** Name of the report entry; default `compute-receipt-<pid>-<random>`. */
  entryName?: () => string;
  /** Where the TD's CCEL (ACPI table and event log area) is read from; default the Linux sysfs paths. */
  ccel?: { table: string; data: string };
}

/** Linux exposes the CCEL ACPI table and its log area here (root only, like configfs-tsm). */
export const DEFAULT_CCEL = { table: '/sys/firmware/acpi/tables/CCEL', data: '/sys/firmware/acpi/tables/data/CCEL' } as const;

/**
 * `tsm`: Linux configfs-tsm (needs root). One report entry per collect: mkdir, read `provider`
 * and `generation`, write the 64-byte `inblob`, read `outblob` (and `auxblob` on SNP), read
 * `generation` again. It must have grown by exactly the one write made, else another writer used the
 * entry in between and the outblob may answer someone else's inblob: retry, bounded. The entry is
 * always removed. On TDX the CCEL (ACPI table and log area) is saved beside the quote when present.
 */
export class TsmSource implements EvidenceSource {
  readonly kind = 'tsm';
  private readonly fs: TsmFs;
  private readonly root: string;
  private readonly maxTries: number;
  private readonly entryName: () => string;
  private readonly ccel: { table: string; data: string };

  constructor(opts: TsmSourceOptions = {}) {
    this.fs = opts.fs ?? realTsmFs;
    this.root = opts.root ?? DEFAULT_TSM_ROOT;
    this.maxTries = opts.maxTries ?? TSM_MAX_TRIES;
    this.entryName = opts.entryName ?? (() => `compute-receipt-${process.pid}-${randomBytes(6).toString('hex')}`);
    this.ccel = opts.ccel ?? DEFAULT_CCEL;
  }

  async isSupported(): Promise<SourceSupport> {
    if (!(await this.fs.isDirectory(this.root))) return { supported: false, reason: `${this.root} is not present (no configfs-tsm)` };
    if (!(await this.fs.isDirectory(join(this.root, 'report')))) {
      return { supported: false, reason: `${this.root}/report is not present (no TSM report provider)` };
    }
    return { supported: true, reason: `configfs-tsm at ${this.root}` };
  }

  async collect(reportData: Buffer): Promise<CollectedEvidence[]> {
    if (reportData.length !== 64) throw new TypeError('tsm: reportData must be exactly 64 bytes');
    // Say what is missing in words: a machine without configfs-tsm is not a permissions problem.
    const support = await this.isSupported();
    if (!support.supported) {
      throw new InputError(
        'PATH_MISSING',
        `--evidence tsm: ${support.reason}: this machine is not a TDX or SEV-SNP guest with configfs-tsm (Linux 6.7 or later); use --evidence auto, none or file:PATH`,
      );
    }
    const dir = join(this.root, 'report', this.entryName());
    try {
      await this.fs.mkdir(dir);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'error';
      const why = code === 'EACCES' || code === 'EPERM' ? 'writing a TSM report needs root' : code;
      throw new InputError('PATH_UNREADABLE', `configfs-tsm: cannot create ${dir} (${why})`);
    }
    try {
      const provider = (await this.fs.readFile(join(dir, 'provider'))).toString('utf8').trim();
      for (let attempt = 1; attempt <= this.maxTries; attempt++) {
        const before = await this.generation(dir);
        await this.fs.writeFile(join(dir, 'inblob'), reportData);
        const outblob = await this.fs.readFile(join(dir, 'outblob'));
        const aux: AuxFile[] = [];
        if (provider === 'sev_guest') {
          const auxblob = await this.readOptional(join(dir, 'auxblob'));
          if (auxblob !== null && auxblob.length > 0) aux.push({ name: 'sev-snp-certs.bin', bytes: auxblob });
        }
        const after = await this.generation(dir);
        if (after !== before + 1) continue; // another writer raced us: the outblob may not be ours
        if (outblob.length === 0) throw new InputError('EVIDENCE_MALFORMED', `configfs-tsm: provider ${provider} returned an empty outblob`);
        if (provider === 'tdx_guest') {
          // The boot event log travels with the quote so that a verifier can replay RTMR0-2 (when present).
          const table = await this.readOptional(this.ccel.table);
          const data = await this.readOptional(this.ccel.data);
          if (table !== null && table.length > 0 && data !== null && data.length > 0) aux.push({ name: 'ccel-table.bin', bytes: table }, { name: 'ccel-data.bin', bytes: data });
        }
        const formatHint = PROVIDER_FORMATS[provider];
        return [
          {
            source: this.kind,
            bytes: outblob,
            ...(formatHint !== undefined ? { formatHint } : {}),
            ...(aux.length > 0 ? { aux } : {}),
          },
        ];
      }
      throw new InputError(
        'EVIDENCE_MALFORMED',
        `configfs-tsm: another writer changed the report entry during each of ${this.maxTries} tries (generation did not grow by exactly 1)`,
      );
    } finally {
      await this.fs.rmdir(dir).catch(() => undefined);
    }
  }

  private async generation(dir: string): Promise<number> {
    const text = (await this.fs.readFile(join(dir, 'generation'))).toString('utf8').trim();
    if (!/^\d+$/.test(text)) throw new InputError('EVIDENCE_MALFORMED', `configfs-tsm: generation is not a number: ${JSON.stringify(text.slice(0, 40))}`);
    return Number(text);
  }

  private async readOptional(path: string): Promise<Buffer | null> {
    try {
      return await this.fs.readFile(path);
    } catch {
      return null;
    }
  }
}
