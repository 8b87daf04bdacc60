import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { releaseNotes } from '../scripts/release-notes.mjs';

const changelog = `# Changelog

## [Unreleased]

- next

## [1.2.0]

- Added a thing.
- Fixed another.

## [1.1.9]

- Older.
`;

describe('release notes from CHANGELOG.md', () => {
  it("returns one version's section, without the heading, and null for a missing or empty one", () => {
    expect(releaseNotes(changelog, 'v1.2.0')).toBe('- Added a thing.\n- Fixed another.\n');
    expect(releaseNotes(changelog, '1.1.9')).toBe('- Older.\n');
    expect(releaseNotes(changelog, 'v1.2.1')).toBeNull();
    expect(releaseNotes('## [2.0.0]\n\n## [1.0.0]\n- x\n', 'v2.0.0')).toBeNull();
  });

  it('the shipped CHANGELOG has notes for the package version, so its tag can be released', () => {
    const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
    const out = execFileSync(process.execPath, [new URL('../scripts/release-notes.mjs', import.meta.url).pathname, `v${version}`], { encoding: 'utf8' });
    expect(out.trim().length).toBeGreaterThan(0);
  });

  it('exits 1 for a version without notes', () => {
    let code = 0;
    try {
      execFileSync(process.execPath, [new URL('../scripts/release-notes.mjs', import.meta.url).pathname, 'v99.0.0'], { stdio: 'pipe' });
    } catch (e) {
      code = (e as { status: number }).status;
    }
    expect(code).toBe(1);
  });
});
