import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../util/errors.js';

export type Options = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** Strict argv parsing: an unknown flag, a missing value or a stray argument is a usage error (exit 2). */
export function parse(command: string, argv: string[], options: Options, allowPositionals: boolean): Parsed {
  try {
    const r = parseArgs({ args: argv, options, allowPositionals, strict: true });
    return { values: r.values as Parsed['values'], positionals: r.positionals };
  } catch (e) {
    const msg = (e as Error).message.split('\n')[0] ?? 'bad arguments';
    throw new InputError('USAGE', `${command}: ${msg.replace(/\. To specify a positional argument.*$/, '')} (see compute-receipt ${command} --help)`);
  }
}

export function str(v: Parsed['values'][string]): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function list(v: Parsed['values'][string]): string[] {
  if (Array.isArray(v)) return v;
  if (typeof v === 'string') return [v];
  return [];
}

export function oneOf<T extends string>(flag: string, v: string | undefined, allowed: readonly T[], dflt: T): T {
  if (v === undefined) return dflt;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new InputError('USAGE', `--${flag} must be one of ${allowed.join(', ')} (got ${JSON.stringify(v)})`);
}

export function parseTime(flag: string, v: string | undefined): Date | undefined {
  if (v === undefined) return undefined;
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) throw new InputError('USAGE', `--${flag} is not a time: ${JSON.stringify(v)} (use ISO 8601, e.g. 2026-01-31T12:00:00Z)`);
  return d;
}

export function hexArg(flag: string, v: string | undefined, bytes: number): Buffer | undefined {
  if (v === undefined) return undefined;
  const h = v.trim().toLowerCase();
  if (!/^[0-9a-f]*$/.test(h) || h.length !== bytes * 2) {
    throw new InputError('USAGE', `--${flag} must be exactly ${bytes} bytes as ${bytes * 2} hex digits`);
  }
  return Buffer.from(h, 'hex');
}
