import { createHash } from 'node:crypto';
import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../../util/errors.js';
import { readRegularFile } from '../../util/read-file.js';
import { writeAtomic } from '../../receipt/write.js';

/**
 * RTMR3, the TD's runtime-extendable measurement register, as a device the `begin`/`seal` agent
 * extends (docs/execution.md).
 *
 * Linux 6.16+ exposes the TDX measurement registers through the TSM measurement-register interface:
 * `/sys/class/misc/tdx_guest/measurements/rtmr3:sha384` reads as the register's 48 bytes and, for a
 * root writer, extends it: the kernel computes RTMR3 = SHA-384(RTMR3 || data) for a write of exactly
 * 48 bytes and answers EINVAL to any other length. `simulated` keeps the register in a file and
 * extends it the same way, for demos and tests only.
 */

export const TDX_MEASUREMENTS_DIR = '/sys/class/misc/tdx_guest/measurements';
export const RTMR3_ATTRIBUTE = 'rtmr3:sha384';
export const RTMR_BYTES = 48;

/** The file operations the sysfs register needs, so tests can stand in a fake kernel. */
export interface MeasurementsFs {
  /** Whether the path exists (the attribute is present). */
  exists(path: string): Promise<boolean>;
  read(path: string): Promise<Buffer>;
  /** One write(2) of `data`; the kernel's answer (EINVAL, EACCES ...) is thrown as an errno error. */
  write(path: string, data: Uint8Array): Promise<void>;
}

export const realMeasurementsFs: MeasurementsFs = {
  exists: async (p) => {
    try {
      await stat(p);
      return true;
    } catch {
      return false;
    }
  },
  read: (p) => readRegularFile(p, { maxBytes: 4096, what: 'RTMR3 register' }),
  // 48 bytes go to the kernel in one write(2): writeFile writes a small buffer in a single call.
  write: (p, data) => writeFile(p, data),
};

export interface Rtmr3Device {
  readonly kind: 'tdx-rtmr3' | 'simulated-rtmr3';
  /** Where the register is, for messages and the state file. */
  readonly where: string;
  /** Extend RTMR3 with one 48-byte event digest. */
  extend(digest: Uint8Array): Promise<void>;
  /** The register's current 48 bytes. */
  read(): Promise<Buffer>;
}

function checkDigest(d: Uint8Array): void {
  if (d.byteLength !== RTMR_BYTES) throw new TypeError(`an RTMR3 extension is exactly ${RTMR_BYTES} bytes (got ${d.byteLength})`);
}

/** RTMR3 through the kernel's sysfs attribute (root only). */
export class SysfsRtmr3 implements Rtmr3Device {
  readonly kind = 'tdx-rtmr3';
  readonly where: string;
  constructor(
    readonly dir: string = TDX_MEASUREMENTS_DIR,
    private readonly fs: MeasurementsFs = realMeasurementsFs,
  ) {
    this.where = join(dir, RTMR3_ATTRIBUTE);
  }

  async supported(): Promise<{ supported: boolean; reason: string }> {
    return (await this.fs.exists(this.where))
      ? { supported: true, reason: `RTMR3 at ${this.where}` }
      : { supported: false, reason: `${this.where} is not present (needs an Intel TDX guest with Linux 6.16 or later)` };
  }

  async extend(digest: Uint8Array): Promise<void> {
    checkDigest(digest);
    try {
      await this.fs.write(this.where, digest);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'error';
      throw new InputError('PATH_UNREADABLE', `cannot extend RTMR3 through ${this.where} (${code}${code === 'EACCES' || code === 'EPERM' ? '; needs root' : ''})`);
    }
  }

  async read(): Promise<Buffer> {
    const b = await this.fs.read(this.where);
    if (b.length !== RTMR_BYTES) throw new InputError('EVIDENCE_MALFORMED', `${this.where} reads as ${b.length} bytes, not ${RTMR_BYTES}`);
    return b;
  }
}

/** A simulated RTMR3 kept in a file as 96 hex digits: no hardware, extended like the kernel does. */
export class SimulatedRtmr3 implements Rtmr3Device {
  readonly kind = 'simulated-rtmr3';
  constructor(readonly where: string) {}

  async read(): Promise<Buffer> {
    let text: string;
    try {
      text = (await readRegularFile(this.where, { maxBytes: 4096, what: 'simulated RTMR3 file' })).toString('utf8').trim();
    } catch (e) {
      if (e instanceof InputError && e.code === 'PATH_MISSING') return Buffer.alloc(RTMR_BYTES);
      throw e;
    }
    if (!/^[0-9a-f]{96}$/.test(text)) throw new InputError('EVIDENCE_MALFORMED', `simulated RTMR3 file ${this.where} does not hold 96 hex digits`);
    return Buffer.from(text, 'hex');
  }

  async extend(digest: Uint8Array): Promise<void> {
    checkDigest(digest);
    const next = createHash('sha384').update(await this.read()).update(digest).digest();
    await writeAtomic(this.where, next.toString('hex') + '\n');
  }
}

/** RTMR3 extended with `digests` in order, from 48 zero bytes (what a replay computes). */
export function replayRtmr(digests: readonly Uint8Array[], start: Uint8Array = Buffer.alloc(RTMR_BYTES)): Buffer {
  let r = Buffer.from(start);
  for (const d of digests) r = createHash('sha384').update(r).update(d).digest();
  return r;
}
