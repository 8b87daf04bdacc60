#!/usr/bin/env node
// Print the CHANGELOG.md section of one release (`node scripts/release-notes.mjs v1.2.3`), for the
// release workflow. Exits 1 when the version has no section, so a release cannot ship without notes.
import { readFileSync } from 'node:fs';

export function releaseNotes(changelog, tag) {
  const version = tag.replace(/^v/, '');
  const lines = changelog.split(/\r?\n/);
  const head = (l) => /^## \[?(\d+\.\d+\.\d+[^\]\s]*)\]?/.exec(l)?.[1];
  const start = lines.findIndex((l) => head(l) === version);
  if (start === -1) return null;
  let end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  if (end === -1) end = lines.length;
  const body = lines.slice(start + 1, end).join('\n').trim();
  return body === '' ? null : body + '\n';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const tag = process.argv[2];
  if (!tag || !/^v?\d+\.\d+\.\d+/.test(tag)) {
    console.error('usage: release-notes.mjs vMAJOR.MINOR.PATCH');
    process.exit(2);
  }
  const notes = releaseNotes(readFileSync(new URL('../CHANGELOG.md', import.meta.url), 'utf8'), tag);
  if (notes === null) {
    console.error(`CHANGELOG.md has no notes for ${tag}`);
    process.exit(1);
  }
  process.stdout.write(notes);
}
