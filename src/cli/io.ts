// Output and file reading shared by the CLI commands. Kept apart from commands.ts so that `lint`
// (cli/lint.ts) can use them without loading the other commands.
import { resolve } from 'node:path';
import { readRegularText } from '../util/read-file.js';

export function out(s: string): void {
  process.stdout.write(s);
}

/** A regular text file named on the command line (relative to the working directory), capped. */
export async function readText(path: string, what: string, maxBytes: number): Promise<string> {
  return readRegularText(resolve(path), { maxBytes, what, shown: path });
}
