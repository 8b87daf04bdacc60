// The SEV-SNP certificate table parser: table-driven cases and properties over arbitrary bytes.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  SNP_CERT_GUIDS,
  SNP_CERT_TABLE_MAX_BYTES,
  SNP_CERT_TABLE_MAX_ENTRIES,
  buildSnpCertTable,
  guidBytes,
  guidText,
  looksLikeSnpCertTable,
  parseSnpCertTable,
} from '../src/evidence/formats/sev-snp-certs.js';
import { InputError } from '../src/util/errors.js';

const cert = (n: number, fill: number) => Buffer.alloc(n, fill);

function malformed(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).code).toBe('EVIDENCE_MALFORMED');
    expect((e as InputError).message).not.toMatch(/\n/);
    return (e as InputError).message;
  }
  throw new Error('expected a malformed-table error');
}

describe('parseSnpCertTable', () => {
  it('the GUIDs are the GHCB specification\'s, on the wire in the order their text is written', () => {
    expect(SNP_CERT_GUIDS).toEqual({
      vcek: '63da758d-e664-4564-adc5-f4b93be8accd',
      vlek: 'a8074bc2-a25a-483e-aae6-39c045a0b8a1',
      ask: '4ab7b379-bbac-4fe4-a02f-05aef327c782',
      ark: 'c0b406a4-a803-4952-9743-3fb6014cd0ae',
      crl: '92f81bc3-5811-4d3d-97ff-d19f88dc67ea',
    });
    expect(guidBytes(SNP_CERT_GUIDS.vcek).toString('hex')).toBe('63da758de6644564adc5f4b93be8accd');
    expect(guidText(guidBytes(SNP_CERT_GUIDS.ark))).toBe(SNP_CERT_GUIDS.ark);
  });

  it('reads entries in order, by slot, with their bytes', () => {
    const t = buildSnpCertTable([
      { guid: SNP_CERT_GUIDS.vcek, bytes: cert(10, 1) },
      { guid: SNP_CERT_GUIDS.ask, bytes: cert(20, 2) },
      { guid: SNP_CERT_GUIDS.ark, bytes: cert(30, 3) },
      { guid: '11111111-2222-3333-4444-555555555555', bytes: cert(5, 4) },
    ]);
    const e = parseSnpCertTable(t);
    expect(e.map((x) => [x.slot, x.offset, x.length])).toEqual([
      ['vcek', 120, 10],
      ['ask', 130, 20],
      ['ark', 150, 30],
      ['other', 180, 5],
    ]);
    expect(e[2]!.bytes.equals(cert(30, 3))).toBe(true);
    expect(e[3]!.guid).toBe('11111111-2222-3333-4444-555555555555');
  });

  it('an all-zero blob is an empty table', () => {
    expect(parseSnpCertTable(Buffer.alloc(4096))).toEqual([]);
    expect(looksLikeSnpCertTable(Buffer.alloc(4096))).toBe(true);
  });

  it.each([
    ['no terminator', () => buildSnpCertTable([{ guid: SNP_CERT_GUIDS.vcek, bytes: cert(10, 1) }]).subarray(0, 24), /no all-zero terminator/],
    ['shorter than one entry', () => Buffer.alloc(10), /truncated at entry 0 GUID/],
    [
      'entry past the end',
      () => {
        const t = buildSnpCertTable([{ guid: SNP_CERT_GUIDS.vcek, bytes: cert(10, 1) }]);
        t.writeUInt32LE(11, 20);
        return t;
      },
      /entry 0 .* outside the 58-byte table/,
    ],
    [
      'entry inside the header',
      () => {
        const t = buildSnpCertTable([{ guid: SNP_CERT_GUIDS.vcek, bytes: cert(10, 1) }]);
        t.writeUInt32LE(0, 16);
        return t;
      },
      /after its 48-byte header/,
    ],
    [
      'offset + length overflows 32 bits',
      () => {
        const t = buildSnpCertTable([{ guid: SNP_CERT_GUIDS.vcek, bytes: cert(10, 1) }]);
        t.writeUInt32LE(0xffffffff, 16);
        t.writeUInt32LE(0xffffffff, 20);
        return t;
      },
      /outside/,
    ],
    [
      'empty entry',
      () => {
        const t = buildSnpCertTable([{ guid: SNP_CERT_GUIDS.vcek, bytes: cert(10, 1) }]);
        t.writeUInt32LE(0, 20);
        return t;
      },
      /entry 0 .* is empty/,
    ],
    [
      'two VCEK entries',
      () =>
        buildSnpCertTable([
          { guid: SNP_CERT_GUIDS.vcek, bytes: cert(10, 1) },
          { guid: SNP_CERT_GUIDS.vcek, bytes: cert(10, 2) },
        ]),
      /a second VCEK entry/,
    ],
    [
      'terminator with an offset',
      () => {
        const t = buildSnpCertTable([]);
        t.writeUInt32LE(5, 16);
        return t;
      },
      /terminator entry 0 has a non-zero offset/,
    ],
    [
      'too many entries',
      () => buildSnpCertTable(Array.from({ length: SNP_CERT_TABLE_MAX_ENTRIES + 1 }, (_, i) => ({ guid: `00000000-0000-0000-0000-${(i + 1).toString(16).padStart(12, '0')}`, bytes: cert(1, i) }))),
      /more than 64 entries/,
    ],
    ['too large', () => Buffer.alloc(SNP_CERT_TABLE_MAX_BYTES + 1), /at most/],
  ] as const)('%s is malformed', (_n, make, msg) => {
    expect(malformed(() => parseSnpCertTable(make()))).toMatch(msg);
  });

  it('64 entries are accepted', () => {
    const t = buildSnpCertTable(Array.from({ length: SNP_CERT_TABLE_MAX_ENTRIES }, (_, i) => ({ guid: `00000000-0000-0000-0000-${(i + 1).toString(16).padStart(12, '0')}`, bytes: cert(1, i) })));
    expect(parseSnpCertTable(t)).toHaveLength(64);
  });
});

describe('parseSnpCertTable properties', () => {
  const guid = fc.uint8Array({ minLength: 16, maxLength: 16 }).filter((g) => g.some((b) => b !== 0)).map((g) => guidText(g));
  const entries = fc.uniqueArray(fc.record({ guid, bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }), { maxLength: 12, selector: (e) => e.guid });

  it('round trips every table it builds', () => {
    fc.assert(
      fc.property(entries, (es) => {
        const parsed = parseSnpCertTable(buildSnpCertTable(es));
        expect(parsed.map((p) => [p.guid, Buffer.from(p.bytes).toString('hex')])).toEqual(es.map((e) => [e.guid, Buffer.from(e.bytes).toString('hex')]));
      }),
    );
  });

  it('on arbitrary bytes: entries within the blob, or one InputError; never anything else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        try {
          for (const e of parseSnpCertTable(bytes)) {
            expect(e.length).toBeGreaterThan(0);
            expect(e.offset + e.length).toBeLessThanOrEqual(bytes.length);
          }
        } catch (err) {
          expect(err).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('every truncation of a valid table is malformed or a table whose entries stay in bounds', () => {
    fc.assert(
      fc.property(entries, fc.nat(), (es, cut) => {
        const t = buildSnpCertTable(es);
        const short = t.subarray(0, cut % (t.length + 1));
        try {
          for (const e of parseSnpCertTable(short)) expect(e.offset + e.length).toBeLessThanOrEqual(short.length);
        } catch (err) {
          expect(err).toBeInstanceOf(InputError);
        }
      }),
    );
  });

  it('flipping any byte of a header entry yields a parse or an InputError', () => {
    fc.assert(
      fc.property(entries.filter((e) => e.length > 0), fc.nat(), fc.integer({ min: 1, max: 255 }), (es, at, x) => {
        const t = Buffer.from(buildSnpCertTable(es));
        const i = at % ((es.length + 1) * 24);
        t[i] = t[i]! ^ x;
        try {
          for (const e of parseSnpCertTable(t)) expect(e.offset + e.length).toBeLessThanOrEqual(t.length);
        } catch (err) {
          expect(err).toBeInstanceOf(InputError);
        }
      }),
    );
  });
});
