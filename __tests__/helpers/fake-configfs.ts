import { basename, dirname } from 'node:path';
import type { TsmFs } from '../../src/evidence/index.js';

interface Entry {
  generation: number;
  inblob: Buffer;
}

export interface FakeConfigfsOptions {
  root?: string;
  provider?: 'tdx_guest' | 'sev_guest';
  /** What the "kernel" returns as outblob for an inblob. */
  outblob: (inblob: Buffer) => Buffer;
  auxblob?: Buffer;
  /** How many outblob reads see another writer bump the generation first. */
  races?: number;
  /** Other files the "machine" has, by absolute path (the CCEL under /sys/firmware/acpi). */
  files?: Record<string, Buffer>;
}

/**
 * A configfs-tsm stand-in that behaves like the kernel: mkdir under report/ creates an entry with
 * provider, generation, inblob, outblob (and auxblob for sev_guest); a write to inblob bumps the
 * generation; rmdir removes the entry. `races` simulates another writer on the same entry.
 */
export class FakeConfigfs implements TsmFs {
  readonly root: string;
  readonly entries = new Map<string, Entry>();
  readonly created: string[] = [];
  readonly removed: string[] = [];
  writes = 0;
  private races: number;

  constructor(private readonly opts: FakeConfigfsOptions) {
    this.root = opts.root ?? '/fake/tsm';
    this.races = opts.races ?? 0;
  }

  async isDirectory(p: string): Promise<boolean> {
    return p === this.root || p === `${this.root}/report` || this.entries.has(p);
  }

  async mkdir(p: string): Promise<void> {
    if (dirname(p) !== `${this.root}/report`) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
    if (this.entries.has(p)) throw Object.assign(new Error(`EEXIST: ${p}`), { code: 'EEXIST' });
    this.entries.set(p, { generation: 0, inblob: Buffer.alloc(0) });
    this.created.push(p);
  }

  async rmdir(p: string): Promise<void> {
    if (!this.entries.delete(p)) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
    this.removed.push(p);
  }

  private entry(p: string): Entry {
    const e = this.entries.get(dirname(p));
    if (!e) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
    return e;
  }

  async readFile(p: string): Promise<Buffer> {
    const extra = this.opts.files?.[p];
    if (extra !== undefined) return extra;
    const e = this.entry(p);
    switch (basename(p)) {
      case 'provider':
        return Buffer.from(`${this.opts.provider ?? 'tdx_guest'}\n`);
      case 'generation':
        return Buffer.from(`${e.generation}\n`);
      case 'outblob':
        if (this.races > 0) {
          this.races--;
          e.generation++; // another writer's inblob landed between our write and our read
        }
        return this.opts.outblob(e.inblob);
      case 'auxblob':
        if (this.opts.provider !== 'sev_guest' || !this.opts.auxblob) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
        return this.opts.auxblob;
      default:
        throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
    }
  }

  async writeFile(p: string, data: Uint8Array): Promise<void> {
    const e = this.entry(p);
    if (basename(p) !== 'inblob') throw Object.assign(new Error(`EACCES: ${p}`), { code: 'EACCES' });
    if (data.byteLength !== 64) throw Object.assign(new Error('EINVAL'), { code: 'EINVAL' });
    e.inblob = Buffer.from(data);
    e.generation++;
    this.writes++;
  }
}
