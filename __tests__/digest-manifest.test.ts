import { spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  buildManifest,
  digestTree,
  inputCommitment,
  omsStatement,
  parseImageRef,
  sha256sums,
  type Manifest,
  type TreeDigest,
} from '../src/digest/index.js';
import { jsonDigest } from '../src/binding/binding.js';
import { makeTree, rmTree, rootOf, sha256hex, tmpDir } from './fixtures/digest/helpers.js';

let tmp: string;
beforeEach(() => {
  tmp = tmpDir();
});
afterEach(() => {
  rmTree(tmp);
});

const SPEC = {
  'model.bin': 'weights',
  'back\\slash.txt': 'backslash',
  'two\\\\slashes': 'two',
  'with space.txt': 'space',
  '-dash': 'dash',
  '\u{1f600}.md': 'emoji',
  'sub/dir/f': 'nested',
  empty: '',
};

function sha256sumCheck(cwd: string, sums: string): { status: number | null; out: string } {
  fs.writeFileSync(path.join(tmp, 'SHA256SUMS'), sums);
  const r = spawnSync('sha256sum', ['-c', '--strict', path.join(tmp, 'SHA256SUMS')], { cwd, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } });
  return { status: r.status, out: r.stdout + r.stderr };
}

describe('manifest and SHA256SUMS', () => {
  it('buildManifest has one plain sha256 entry per resource, in order', async () => {
    makeTree(tmp, { 'root/a': 'a', 'root/b': 'b' });
    const t = await digestTree([path.join(tmp, 'root')]);
    const m = buildManifest(t);
    expect(m).toEqual({
      serialization: t.serialization,
      resources: [
        { name: 'a', algorithm: 'sha256', digest: sha256hex('a') },
        { name: 'b', algorithm: 'sha256', digest: sha256hex('b') },
      ],
    });
    expect(jsonDigest(m)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('SHA256SUMS replays with sha256sum -c in the tree root, escaped names included', async () => {
    makeTree(tmp, Object.fromEntries(Object.entries(SPEC).map(([k, v]) => [`root/${k}`, v])));
    const t = await digestTree([path.join(tmp, 'root')]);
    const sums = sha256sums(buildManifest(t));
    expect(sums).toContain(`\\${sha256hex('backslash')}  back\\\\slash.txt\n`);
    expect(sums).toContain(`\\${sha256hex('two')}  two\\\\\\\\slashes\n`);
    expect(sums).toContain(`${sha256hex('space')}  with space.txt\n`);
    expect(sums.split('\n')).toHaveLength(t.files + 1);
    const ok = sha256sumCheck(path.join(tmp, 'root'), sums);
    expect(ok.out).not.toMatch(/FAILED|improperly/);
    expect(ok.status).toBe(0);

    fs.writeFileSync(path.join(tmp, 'root', 'back\\slash.txt'), 'tampered');
    const bad = sha256sumCheck(path.join(tmp, 'root'), sums);
    expect(bad.status).toBe(1);
    expect(bad.out).toMatch(/FAILED/);
  });

  it('SHA256SUMS of a single file replays in its directory, of several paths in the common parent', async () => {
    makeTree(tmp, { 'p/one.bin': '1', 'p/d/x': 'x', 'p/d/y z': 'yz' });
    const single = await digestTree([path.join(tmp, 'p', 'one.bin')]);
    expect(sha256sumCheck(path.join(tmp, 'p'), sha256sums(buildManifest(single))).status).toBe(0);
    const multi = await digestTree([path.join(tmp, 'p', 'd'), path.join(tmp, 'p', 'one.bin')]);
    expect(sha256sumCheck(path.join(tmp, 'p'), sha256sums(buildManifest(multi))).status).toBe(0);
  });

  it.each([
    { name: 'a\\b', line: '\\HEX  a\\\\b\n' },
    { name: 'new\nline', line: '\\HEX  new\\nline\n' },
    { name: 'cr\rhere', line: '\\HEX  cr\\rhere\n' },
    { name: 'plain name', line: 'HEX  plain name\n' },
  ])('GNU escaping of $name', ({ name, line }) => {
    const hex = sha256hex(name);
    const m: Manifest = { serialization: fakeSerialization(), resources: [{ name, algorithm: 'sha256', digest: hex }] };
    expect(sha256sums(m)).toBe(line.replace('HEX', hex));
  });

  it('SHA256SUMS refuses an HMAC manifest', () => {
    const m: Manifest = { serialization: fakeSerialization(), resources: [{ name: 'a', algorithm: 'hmac-sha256', digest: '00'.repeat(32) }] };
    expect(() => sha256sums(m)).toThrow(TypeError);
  });
});

describe('input commitment', () => {
  async function tree(): Promise<TreeDigest> {
    makeTree(tmp, { 'in/a.jsonl': 'prompt a', 'in/b.jsonl': 'prompt b', 'in/c/d.txt': 'prompt d' });
    return digestTree([path.join(tmp, 'in')]);
  }

  it('without a key: the tree digest and the plain manifest', async () => {
    const t = await tree();
    const c = inputCommitment(t);
    expect(c).toEqual({ commitment: t.digest, scheme: 'sha256', manifest: buildManifest(t) });
  });

  it('with a key: HMACs of the root and of each file digest, and no plain digest anywhere', async () => {
    const t = await tree();
    const key = Buffer.from('0123456789abcdef0123456789abcdef');
    const c = inputCommitment(t, key);
    expect(c.scheme).toBe('hmac-sha256');
    expect(c.commitment).toBe('hmac-sha256:' + createHmac('sha256', key).update(t.root).digest('hex'));
    expect(c.manifest.serialization).toEqual(t.serialization);
    expect(c.manifest.resources).toEqual(
      t.resources.map((r) => ({
        name: r.name,
        algorithm: 'hmac-sha256',
        digest: createHmac('sha256', key).update(Buffer.from(r.sha256, 'hex')).digest('hex'),
      })),
    );
    const json = JSON.stringify(c);
    for (const r of t.resources) expect(json).not.toContain(r.sha256);
    expect(json).not.toContain(t.root.toString('hex'));
    expect(Object.keys(c).sort()).toEqual(['commitment', 'manifest', 'scheme']);
    // A different key gives a different commitment.
    expect(inputCommitment(t, Buffer.from('other key')).commitment).not.toBe(c.commitment);
  });

  it('rejects an empty key as misuse', async () => {
    const t = await tree();
    expect(() => inputCommitment(t, Buffer.alloc(0))).toThrow(TypeError);
  });
});

describe('OMS v1.0 statement', () => {
  it('has the in-toto Statement v1 shape OMS verifiers read', async () => {
    makeTree(tmp, { 'my-model/config.json': '{}', 'my-model/w/0.safetensors': 'w0', 'my-model/.git/HEAD': 'x' });
    const t = await digestTree([path.join(tmp, 'my-model')]);
    const s = omsStatement(t, buildManifest(t));
    expect(s).toEqual({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'my-model', digest: { sha256: t.root.toString('hex') } }],
      predicateType: 'https://model_signing/signature/v1.0',
      predicate: {
        serialization: {
          method: 'files',
          hash_type: 'sha256',
          order: 'path-components',
          allow_symlinks: false,
          ignore_paths: ['.git', '.gitattributes', '.github', '.gitignore'],
        },
        resources: [
          { name: 'config.json', algorithm: 'sha256', digest: sha256hex('{}') },
          { name: 'w/0.safetensors', algorithm: 'sha256', digest: sha256hex('w0') },
        ],
      },
    });
    // What an OMS verifier checks: the subject digest is SHA-256 over the resource digests in order.
    expect('sha256:' + s.subject[0].digest.sha256).toBe(rootOf(s.predicate.resources.map((r) => r.digest)));
  });

  it('refuses an HMAC manifest or a manifest of another tree', async () => {
    makeTree(tmp, { 'a/x': 'x', 'b/y': 'y' });
    const a = await digestTree([path.join(tmp, 'a')]);
    const b = await digestTree([path.join(tmp, 'b')]);
    expect(() => omsStatement(a, inputCommitment(a, Buffer.from('k')).manifest)).toThrow(TypeError);
    expect(() => omsStatement(a, buildManifest(b))).toThrow(TypeError);
  });
});

describe('parseImageRef', () => {
  const hex = 'ab'.repeat(32);
  it.each([
    { ref: `ghcr.io/org/model@sha256:${hex}`, name: 'ghcr.io/org/model' },
    { ref: `registry:5000/team/img:v1.2@sha256:${hex}`, name: 'registry:5000/team/img:v1.2' },
    { ref: `busybox@sha256:${hex}`, name: 'busybox' },
  ])('parses $ref', ({ ref, name }) => {
    expect(parseImageRef(ref)).toEqual({ name, digest: `sha256:${hex}` });
  });

  it.each(['./model', 'models/llama', '/abs/path@v1', 'name@sha512:' + hex, 'sha256:' + hex])('a path is not an image: %s', (ref) => {
    expect(parseImageRef(ref)).toBeNull();
  });

  it.each([
    `img@sha256:${hex.slice(1)}`,
    `img@sha256:${hex}0`,
    `img@sha256:${hex.toUpperCase()}`,
    `@sha256:${hex}`,
    `img name@sha256:${hex}`,
    `img@sha256:`,
    `img@sha256:${hex}@sha256:${hex}`,
    `img\n@sha256:${hex}`,
  ])('a malformed image reference is a usage error: %j', (ref) => {
    let err: unknown;
    try {
      parseImageRef(ref);
    } catch (e) {
      err = e;
    }
    expect(err).toMatchObject({ code: 'USAGE' });
    expect((err as Error).message).not.toContain('\n');
  });
});

function fakeSerialization(): Manifest['serialization'] {
  return { method: 'files', hash_type: 'sha256', order: 'path-components', allow_symlinks: false, ignore_paths: [] };
}
