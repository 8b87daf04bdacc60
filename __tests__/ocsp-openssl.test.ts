// Interoperability with OpenSSL's OCSP tools: OpenSSL answers the requests this tool builds, and this
// tool verifies what OpenSSL's responder signs (issuer-signed and delegated, good and revoked). Skipped
// where no `openssl` is on PATH.
import { spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkOcspResponse, ocspRequestFor } from '../src/evidence/verify/ocsp.js';

const haveOpenssl = spawnSync('openssl', ['version'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!haveOpenssl)('OCSP with OpenSSL on the other side', () => {
  let dir: string;
  let root: X509Certificate;
  let int: X509Certificate;
  const ssl = (...args: string[]) => {
    const r = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`openssl ${args.join(' ')}: ${r.stderr}`);
    return r.stdout;
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cr-ocsp-openssl-'));
    writeFileSync(
      join(dir, 'ext.cnf'),
      '[ca]\nbasicConstraints=critical,CA:true\nkeyUsage=critical,keyCertSign,cRLSign\n[resp]\nbasicConstraints=CA:false\nextendedKeyUsage=OCSPSigning\n',
    );
    for (const k of ['root', 'int', 'resp']) ssl('ecparam', '-name', 'secp384r1', '-genkey', '-noout', '-out', `${k}.key`);
    ssl('req', '-new', '-x509', '-key', 'root.key', '-subj', '/CN=OpenSSL Test Root/O=t', '-days', '30', '-addext', 'basicConstraints=critical,CA:true', '-addext', 'keyUsage=critical,keyCertSign,cRLSign', '-out', 'root.pem');
    for (const [k, cn, ext, serial] of [['int', 'OpenSSL Test Intermediate', 'ca', '0x9abc'], ['resp', 'OpenSSL Test Responder', 'resp', '0x77']] as const) {
      ssl('req', '-new', '-key', `${k}.key`, '-subj', `/CN=${cn}/O=t`, '-out', `${k}.csr`);
      ssl('x509', '-req', '-in', `${k}.csr`, '-CA', 'root.pem', '-CAkey', 'root.key', '-set_serial', serial, '-days', '30', '-extfile', 'ext.cnf', '-extensions', ext, '-out', `${k}.pem`);
    }
    writeFileSync(join(dir, 'good.txt'), 'V\t491231000000Z\t\t9ABC\tunknown\t/CN=OpenSSL Test Intermediate/O=t\n');
    writeFileSync(join(dir, 'revoked.txt'), 'R\t491231000000Z\t250101000000Z,keyCompromise\t9ABC\tunknown\t/CN=OpenSSL Test Intermediate/O=t\n');
    root = new X509Certificate(readFileSync(join(dir, 'root.pem')));
    int = new X509Certificate(readFileSync(join(dir, 'int.pem')));
  });

  it.each([
    ['good.txt', 'resp', 'good', /delegated responder OpenSSL Test Responder of OpenSSL Test Root/],
    ['good.txt', 'root', 'good', /signed by the issuer OpenSSL Test Root/],
    ['revoked.txt', 'resp', 'revoked', /REVOKED at 2025-01-01T00:00:00.000Z \(keyCompromise/],
  ])('index %s, signed by %s: %s', (index, signer, result, detail) => {
    const req = ocspRequestFor(int, root);
    writeFileSync(join(dir, 'req.der'), req.der);
    // OpenSSL reads the request: one SHA-384 CertID for serial 9ABC and our nonce.
    const text = ssl('ocsp', '-reqin', 'req.der', '-req_text');
    expect(text).toMatch(/Hash Algorithm: sha384/);
    expect(text).toMatch(/Serial Number: 9ABC/);
    expect(text.replace(/\s+/g, '')).toContain(req.nonce.toString('hex').toUpperCase());
    ssl('ocsp', '-index', index, '-rsigner', `${signer}.pem`, '-rkey', `${signer}.key`, '-CA', 'root.pem', '-reqin', 'req.der', '-respout', 'resp.der', '-ndays', '1');
    const der = readFileSync(join(dir, 'resp.der'));
    expect(checkOcspResponse(der, int, root, { at: new Date(), nonce: req.nonce })).toMatchObject({ result, detail: expect.stringMatching(detail) });
    // Another nonce than the one this answer echoes: refused.
    expect(checkOcspResponse(der, int, root, { at: new Date(), nonce: Buffer.alloc(32, 7) })).toMatchObject({ result: 'invalid', code: 'OCSP_NONCE' });
  });
});
