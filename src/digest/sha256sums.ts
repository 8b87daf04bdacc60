import type { Manifest } from './types.js';

/**
 * GNU coreutils `sha256sum` lines, `<hex>  <name>\n`, replayable with `sha256sum -c` from the
 * tree root (the common parent for a multi-path tree). A name with a backslash, newline or
 * carriage return uses GNU's escaped form: the line starts with '\' and those characters are
 * written '\\', '\n', '\r'.
 */
export function sha256sums(manifest: Manifest): string {
  if (manifest.serialization.method !== 'files') throw new TypeError(`SHA256SUMS needs the files serialization, got ${manifest.serialization.method}`);
  let out = '';
  for (const r of manifest.resources) {
    if (r.algorithm !== 'sha256') throw new TypeError(`SHA256SUMS needs plain sha256 entries, got ${r.algorithm}`);
    if (/[\\\n\r]/.test(r.name)) {
      const name = r.name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
      out += `\\${r.digest}  ${name}\n`;
    } else {
      out += `${r.digest}  ${r.name}\n`;
    }
  }
  return out;
}
