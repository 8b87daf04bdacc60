// compute-receipt CLI entry. Only this adapter touches process.argv, stdout and the exit code.
// Heavy modules load lazily so `--version` and `--help` start fast.
import { isMainThread, workerData } from 'node:worker_threads';
import { VERSION } from '../version.js';
import { helpRequest, overview } from './spec.js';

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (cmd === undefined) {
    process.stdout.write(overview());
    return 2;
  }
  const help = helpRequest(argv);
  if (help && 'text' in help) {
    process.stdout.write(help.text);
    return 0;
  }
  if (help) {
    process.stderr.write(`compute-receipt: error: ${help.error.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD')}\n`);
    return 2;
  }
  if (cmd === '--version' || cmd === '-v' || cmd === 'version') {
    process.stdout.write(`compute-receipt ${VERSION}\n`);
    return 0;
  }
  // `lint` (run on its own, on every PR) skips the other commands' modules: see lint.ts.
  // The entry file is also what lint workers run (see below).
  if (cmd === 'lint') return (await import('./lint.js')).cmdLint(rest, process.argv[1]);
  // `hash` loads the digest engine and not the receipt pipeline: see hash.ts.
  if (cmd === 'hash') return (await import('./hash.js')).cmdHash(rest);
  const { runCommand } = await import('./commands.js');
  return runCommand(cmd, rest);
}

if (!isMainThread && (workerData as { role?: unknown } | null)?.role === 'claim-lint') {
  // A worker thread that `lint` started for a large document (claims/lint/parallel.ts LINT_WORKER_ROLE).
  void import('../claims/lint/parallel.js').then((m) => m.serveLintWorker());
} else {
  // A closed pipe (`... | head`) ends the program quietly instead of with an unhandled error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });

  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    async (e: unknown) => {
      const { reportError } = await import('./errors.js');
      process.exitCode = reportError(e);
    },
  );
}
