/**
 * The Action entry (runs.main in action.yml, bundled to dist/index.js). It only reads the inputs and
 * the workflow context into typed values, builds the real dependencies, and calls `runAction`.
 */
import * as core from '@actions/core';
import { lint, loadShippedRules } from '../claims/lint/index.js';
import { verifyReceipt } from '../receipt/replay.js';
import { create } from '../run.js';
import { begin } from '../execution/begin.js';
import { escapeLogCommand } from '../report/escape.js';
import { oneLine } from '../util/errors.js';
import { progressHook } from '../util/progress.js';
import { READ_LIMITS, readRegularFileSync } from '../util/read-file.js';
import { githubArtifactStore } from './artifact.js';
import { contextFromEnv } from './context.js';
import { errorMessage } from './gate.js';
import { createGitHubClient } from './github.js';
import { INPUT_NAMES, type InputName, parseInputs } from './inputs.js';
import { type Engine, runAction } from './main.js';

function readEvent(path: string | undefined): unknown {
  if (!path) return null;
  try {
    return JSON.parse(readRegularFileSync(path, { maxBytes: READ_LIMITS.event, what: 'event payload' }).toString('utf8'));
  } catch (e) {
    core.warning(escapeLogCommand(`compute-receipt: cannot read the event payload: ${oneLine((e as Error).message)}`));
    return null;
  }
}

export async function main(): Promise<void> {
  const env = process.env;
  const cwd = process.cwd();
  let inputs;
  const raw: Partial<Record<InputName, string>> = {};
  for (const n of INPUT_NAMES) raw[n] = n === 'input-key' ? core.getInput(n, { trimWhitespace: false }) : core.getInput(n);
  if (raw['github-token']) core.setSecret(raw['github-token']);
  if (raw['input-key']) core.setSecret(raw['input-key']);
  const ctx = contextFromEnv(env, readEvent(env['GITHUB_EVENT_PATH']));
  try {
    inputs = parseInputs((n) => raw[n] ?? '', { runnerTemp: ctx.runnerTemp, cwd });
  } catch (e) {
    core.setFailed(escapeLogCommand(errorMessage(e)));
    return;
  }
  let rules: ReturnType<typeof loadShippedRules> | null = null;
  const engine: Engine = {
    create,
    begin,
    verify: verifyReceipt,
    lint: (text) => lint(text, (rules ??= loadShippedRules())),
  };
  const token = inputs.githubToken;
  await runAction(inputs, ctx, {
    cwd,
    env,
    now: () => new Date(),
    engine,
    artifacts: githubArtifactStore({ token, repository: ctx.repository }),
    github: token ? createGitHubClient({ apiUrl: ctx.apiUrl, token }) : null,
    progress: progressHook('log', (s) => core.info(s.replace(/\n$/, ''))),
  });
}

main().catch((e: unknown) => core.setFailed(escapeLogCommand(errorMessage(e))));
