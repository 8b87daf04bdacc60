import { neutralizeBidi, neutralizeWorkflowCommands } from '../report/escape.js';

/**
 * Make untrusted text safe for a terminal or a CI log: control characters (ANSI escapes included)
 * become U+FFFD, bidi controls are shown as `<U+202E>`, and `::` and `##[` are broken with a
 * zero-width space wherever they occur, so no name can pose as a runner workflow command
 * (`::error::`, `::add-mask::`, `##[set-output]`, ...) when the CLI runs in GitHub Actions.
 */
export function clean(s: string): string {
  return neutralizeWorkflowCommands(neutralizeBidi(s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\uFFFD')));
}
