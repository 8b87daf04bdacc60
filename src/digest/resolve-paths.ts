import { statSync } from 'node:fs';
import { isAbsolute, resolve, sep } from 'node:path';
import { InputError, q } from '../util/errors.js';

/**
 * Paths relative to the working directory (absolute ones stay as they are). An empty path is
 * refused (it would name the working directory), and so is a path that ends in "/" (or "/.") but
 * names a file: the kernel's own answer for the path as given decides. Kept apart from run.ts so
 * `hash` does not load the whole receipt pipeline.
 */
export function resolveAll(cwd: string, paths: string[], flag?: string): string[] {
  return paths.map((p) => {
    if (typeof p !== 'string' || p === '') throw new InputError('USAGE', `empty path given${flag ? ` for ${flag}` : ''}`);
    const abs = resolve(cwd, p);
    if (/[\\/]\.?$/.test(p)) {
      try {
        statSync(isAbsolute(p) ? p : cwd + sep + p);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOTDIR') throw new InputError('PATH_KIND', `${flag ?? 'path'} ${q(p)} ends with "/" but is not a directory`);
      }
    }
    return abs;
  });
}
