import { createHash } from 'node:crypto';
import { basename, dirname } from 'node:path';
import type { MeasurementsFs } from '../../src/evidence/sources/rtmr3.js';

/**
 * The kernel's TDX measurement registers (Linux 6.16+ tsm-mr) as a stand-in: under `dir`,
 * `rtmr0:sha384` .. `rtmr3:sha384` and `mrtd:sha384` read as 48 bytes; a write to an RTMR of exactly
 * 48 bytes extends it (RTMR = SHA-384(RTMR || data)), any other length is EINVAL, a write to MRTD is
 * EACCES (not extendable). `writable: false` answers EACCES to every write (not root).
 */
export class FakeTdxMeasurements implements MeasurementsFs {
  readonly rtmr: Buffer[] = [0, 1, 2, 3].map(() => Buffer.alloc(48));
  readonly mrtd = Buffer.alloc(48, 0x7d);
  readonly writes: { path: string; length: number; ok: boolean }[] = [];

  constructor(
    readonly dir = '/fake/sys/class/misc/tdx_guest/measurements',
    private readonly writable = true,
  ) {}

  private reg(path: string): number | 'mrtd' | null {
    if (dirname(path) !== this.dir) return null;
    const m = /^rtmr([0-3]):sha384$/.exec(basename(path));
    if (m) return Number(m[1]);
    return basename(path) === 'mrtd:sha384' ? 'mrtd' : null;
  }

  async exists(path: string): Promise<boolean> {
    return path === this.dir || this.reg(path) !== null;
  }

  async read(path: string): Promise<Buffer> {
    const r = this.reg(path);
    if (r === null) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    return Buffer.from(r === 'mrtd' ? this.mrtd : this.rtmr[r]!);
  }

  async write(path: string, data: Uint8Array): Promise<void> {
    const r = this.reg(path);
    const fail = (code: string) => {
      this.writes.push({ path, length: data.byteLength, ok: false });
      throw Object.assign(new Error(`${code}: ${path}`), { code });
    };
    if (r === null) return fail('ENOENT');
    if (!this.writable || r === 'mrtd') return fail('EACCES');
    if (data.byteLength !== 48) return fail('EINVAL');
    this.rtmr[r] = createHash('sha384').update(this.rtmr[r]!).update(data).digest();
    this.writes.push({ path, length: 48, ok: true });
  }

  /** Another agent in the TD extends RTMR3 (without logging it anywhere this job reads). */
  extendUnlogged(data: Buffer): void {
    this.rtmr[3] = createHash('sha384').update(this.rtmr[3]!).update(data).digest();
  }
}
