import { spawn } from 'node:child_process';
import { mkdir, rmdir, stat, writeFile } from 'node:fs/promises';
import { READ_LIMITS, readRegularFile } from '../../util/read-file.js';

/** The configfs operations the tsm source needs, so tests can stand in a fake kernel. */
export interface TsmFs {
  mkdir(path: string): Promise<void>;
  rmdir(path: string): Promise<void>;
  readFile(path: string): Promise<Buffer>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  isDirectory(path: string): Promise<boolean>;
}

export interface ExecOptions {
  cwd?: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  maxStdoutBytes: number;
}

export interface ExecResult {
  /** Exit code; null when killed by a signal (timeout, overflow) or when the program could not start. */
  code: number | null;
  stdout: Buffer;
  stderr: Buffer;
  timedOut: boolean;
  /** stdout exceeded maxStdoutBytes (the process was killed). */
  overflow: boolean;
  /** Why the program could not start (ENOENT ...), else null. */
  spawnError: string | null;
}

/** Runs a program without a shell (the command source passes `/bin/sh -c CMD` itself). */
export type Exec = (file: string, args: string[], opts: ExecOptions) => Promise<ExecResult>;

/** What sources need from the outside world; real defaults fill what is not given. */
export interface SourceDeps {
  /** Working directory: `file:` paths and `command:` runs are relative to it. */
  cwd: string;
  /** Environment for `command:` and `nvidia` (PATH lookup). */
  env: NodeJS.ProcessEnv;
  tsmFs?: TsmFs;
  exec?: Exec;
  /** configfs-tsm root, default /sys/kernel/config/tsm. */
  tsmRoot?: string;
  /** Where GPU device nodes live, default /dev. */
  devDir?: string;
  /** The TDX measurement registers' sysfs directory and its file operations (tests stand in a fake kernel). */
  measurementsDir?: string;
  measurementsFs?: import('./rtmr3.js').MeasurementsFs;
  /** The simulated TD's RTMR3, which a `simulated` quote then reports (the execution flow's demo). */
  simulatedRtmr3?: () => Promise<Buffer>;
}

export const DEFAULT_TSM_ROOT = '/sys/kernel/config/tsm';
const STDERR_CAP = 64 * 1024;

export const realTsmFs: TsmFs = {
  mkdir: async (p) => {
    await mkdir(p);
  },
  rmdir: (p) => rmdir(p),
  readFile: (p) => readRegularFile(p, { maxBytes: READ_LIMITS.configfs, what: 'configfs-tsm attribute' }),
  writeFile: (p, d) => writeFile(p, d),
  isDirectory: async (p) => {
    try {
      return (await stat(p)).isDirectory();
    } catch {
      return false;
    }
  },
};

/** spawn() in its own process group, bounded in time and stdout; the whole group is killed on a limit. */
export const realExec: Exec = (file, args, opts) =>
  new Promise((resolve) => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outLen = 0;
    let errLen = 0;
    let timedOut = false;
    let overflow = false;
    let spawnError: string | null = null;
    const child = spawn(file, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const killGroup = () => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, opts.timeoutMs);
    child.stdout.on('data', (c: Buffer) => {
      if (overflow) return;
      outLen += c.length;
      if (outLen > opts.maxStdoutBytes) {
        overflow = true;
        killGroup();
        return;
      }
      out.push(c);
    });
    child.stderr.on('data', (c: Buffer) => {
      if (errLen < STDERR_CAP) {
        err.push(c);
        errLen += c.length;
      }
    });
    child.on('error', (e) => {
      spawnError = e.message;
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({
        code: spawnError !== null ? null : code,
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err),
        timedOut,
        overflow,
        spawnError,
      });
    });
  });

/** The first line of stderr, JSON-quoted (one printable line), at most 200 characters. */
export function firstLine(stderr: Buffer): string {
  const line = stderr.toString('utf8').split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  return JSON.stringify(line.length > 200 ? line.slice(0, 200) + '…' : line);
}
