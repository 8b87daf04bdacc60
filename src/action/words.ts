/**
 * Replay notes and mismatch causes are written in CLI words (`--outputs`, `pass --at`). In the Action
 * they are read next to a workflow file, so they name the Action's inputs instead.
 */
const RULES: [RegExp, string][] = [
  // The Action has no `at` input: it verifies at the runner's clock.
  [/; pass --at to verify at another time/g, '; the Action verifies at the runner clock'],
  [/\(--input-key-file or COMPUTE_RECEIPT_INPUT_KEY\)/g, '(the `input-key` input)'],
  [/the input key \(--input-key-file[^)]*\)/g, 'the `input-key` input'],
  [/give --inputs and the input key/g, 'give the `inputs` and `input-key` inputs'],
  [/\(no --(workload|inputs|outputs)\)/g, '(no `$1` input)'],
  [/re-hashed --(workload|inputs|outputs)/g, 're-hashed the `$1` input'],
  [/--(workload|inputs|outputs|expect-job|expect-sha|oidc-jwks|policy|network|trust-roots)\b/g, 'the `$1` input'],
];

export function inActionWords(s: string): string {
  let out = s;
  for (const [re, to] of RULES) out = out.replace(re, to);
  return out;
}
