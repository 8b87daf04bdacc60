/**
 * The one entry point to @peculiar/x509 (certificate extensions, CRLs, test certificate generation).
 * The library resolves its parsers through tsyringe, which needs the reflect-metadata polyfill loaded
 * first; importing the library through this module guarantees the order. node's WebCrypto is the
 * provider, so no other crypto implementation is pulled in.
 */
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

export { x509 };
