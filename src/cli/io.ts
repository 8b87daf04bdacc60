// Output and file reading shared by the CLI commands. Kept apart from commands.ts so that `lint`
// (cli/lint.ts) can use them without loading the other commands.
import { resolve } from 'node:path';
import { readRegularText } from '../util/read-file.js';
import { progressHook, progressMode, type ProgressHook } from '../util/progress.js';

export function out(s: string): void {
  process.stdout.write(s);
}

/** A regular text file named on the command line (relative to the working directory), capped. */
export async function readText(path: string, what: string, maxBytes: number): Promise<string> {
  return readRegularText(resolve(path), { maxBytes, what, shown: path });
}

/** Hashing progress on stderr: a live line on a terminal, a line every few seconds in Actions. */
export function progressFor(quiet: boolean): ProgressHook | undefined {
  return progressHook(progressMode({ isTTY: process.stderr.isTTY === true, env: process.env, quiet }), (s) => process.stderr.write(s));
}

/**
 * Write in pieces with backpressure: on a pipe stdout is asynchronous, and a reader slower than the
 * writer (`hash --json | jq`) would otherwise leave the whole output queued in memory.
 */
export async function outPiece(s: string): Promise<void> {
  if (process.stdout.write(s)) return;
  await new Promise<void>((resolve) => {
    const done = (): void => {
      process.stdout.off('drain', done);
      process.stdout.off('close', done);
      process.stdout.off('error', done);
      resolve();
    };
    process.stdout.on('drain', done);
    process.stdout.on('close', done);
    process.stdout.on('error', done);
  });
}
