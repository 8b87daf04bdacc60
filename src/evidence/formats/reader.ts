import { InputError } from '../../util/errors.js';

/** Lowercase hex of a byte slice. */
export function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function isAllZero(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0) return false;
  return true;
}

/**
 * A bounds-checked little-endian reader. Every read names the field, so a short input yields one
 * line saying what is short (`TDX quote: truncated at td_report.mr_td: needs 48 bytes at offset
 * 184, 20 left`), as an InputError EVIDENCE_MALFORMED.
 */
export class ByteReader {
  readonly buf: Buffer;
  offset: number;
  private readonly what: string;
  private readonly end: number;

  constructor(bytes: Uint8Array, what: string, start = 0, end = bytes.byteLength) {
    this.buf = asBuffer(bytes);
    this.what = what;
    this.offset = start;
    this.end = end;
  }

  get remaining(): number {
    return this.end - this.offset;
  }

  need(n: number, field: string): void {
    if (n < 0 || this.offset + n > this.end) {
      throw new InputError(
        'EVIDENCE_MALFORMED',
        `${this.what}: truncated at ${field}: needs ${n} bytes at offset ${this.offset}, ${Math.max(0, this.remaining)} left`,
      );
    }
  }

  bytes(n: number, field: string): Buffer {
    this.need(n, field);
    const b = this.buf.subarray(this.offset, this.offset + n);
    this.offset += n;
    return b;
  }

  u8(field: string): number {
    this.need(1, field);
    return this.buf.readUInt8(this.offset++);
  }

  u16(field: string): number {
    this.need(2, field);
    const v = this.buf.readUInt16LE(this.offset);
    this.offset += 2;
    return v;
  }

  u24(field: string): number {
    this.need(3, field);
    const v = this.buf.readUIntLE(this.offset, 3);
    this.offset += 3;
    return v;
  }

  u32(field: string): number {
    this.need(4, field);
    const v = this.buf.readUInt32LE(this.offset);
    this.offset += 4;
    return v;
  }

  /** A sub-reader over the next n bytes (the parent skips them). */
  sub(n: number, field: string, what = this.what): ByteReader {
    this.need(n, field);
    const r = new ByteReader(this.buf, what, this.offset, this.offset + n);
    this.offset += n;
    return r;
  }

  malformed(message: string): InputError {
    return new InputError('EVIDENCE_MALFORMED', `${this.what}: ${message}`);
  }
}
