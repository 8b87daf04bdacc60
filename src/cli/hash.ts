// `compute-receipt hash`: kept apart from commands.ts so that hashing loads the digest engine and
// little else (no receipt pipeline, no renderers): its start-up is part of every hash's time.
import { InputError } from '../util/errors.js';
import { list, oneOf, parse, str } from './args.js';
import { clean } from './clean.js';
import { SERIALIZATIONS, optionsOf } from './spec.js';
import { out, outPiece, progressFor } from './io.js';
import { count } from './style.js';
import { tracked } from '../util/progress.js';
import { digestTree } from '../digest/digest-tree.js';
import { resolveAll } from '../digest/resolve-paths.js';

export async function cmdHash(argv: string[]): Promise<number> {
  const { values: v, positionals } = parse('hash', argv, optionsOf('hash'), true);
  if (positionals.length === 0) throw new InputError('USAGE', 'hash needs at least one path');
  const method = oneOf('serialization', str(v['serialization']), SERIALIZATIONS, 'files');
  const roots = resolveAll(process.cwd(), positionals, 'hash');
  const progress = progressFor(v['json'] === true || v['quiet'] === true);
  const tree = await tracked(progress, 'hash', (p) =>
    digestTree(roots, {
      allowSymlinks: v['allow-symlinks'] === true,
      ignorePaths: list(v['ignore']),
      method,
      ...p,
    }),
  );
  if (v['json']) {
    // Written in pieces: a tree of 100,000 files would otherwise be one string of many MB.
    const head = JSON.stringify({ digest: tree.digest, serialization: tree.serialization, files: [] }, null, 2);
    const open = head.slice(0, head.lastIndexOf('[') + 1);
    let buf = open;
    for (let k = 0; k < tree.resources.length; k++) {
      const r = tree.resources[k]!;
      // The layout of JSON.stringify(…, null, 2) at this depth (a test holds them equal).
      buf += `${k === 0 ? '' : ','}\n    {\n      "name": ${JSON.stringify(r.name)},\n      "size": ${r.size},\n      "sha256": "${r.sha256}"\n    }`;
      if (buf.length >= 1 << 16) {
        await outPiece(buf);
        buf = '';
      }
    }
    out(buf + (tree.resources.length ? '\n  ]\n}\n' : ']\n}\n'));
  } else if (v['quiet']) {
    out(`${tree.digest}\n`);
  } else {
    out(`${tree.digest}  ${count(tree.files, 'file')}, ${count(tree.bytes, 'byte')}\n`);
    let buf = '';
    for (const r of tree.resources) {
      buf += `  ${r.sha256}  ${clean(r.name)}\n`;
      if (buf.length >= 1 << 16) {
        await outPiece(buf);
        buf = '';
      }
    }
    out(buf);
  }
  return 0;
}
