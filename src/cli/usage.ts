export const USAGE = `compute-receipt — a receipt for one compute job: digests, bound TEE evidence, a policy decision and the narrowest safe claim

usage: compute-receipt <command> [options]

commands:
  create     hash workload, inputs and outputs, bind and collect evidence, appraise, write the receipt
             --workload P (repeatable, or name@sha256:<hex>)  --inputs P (repeatable)  --outputs P (repeatable)
             --benchmark F  --evidence SRC (repeatable: auto|none|tsm|nvidia|simulated|file:PATH|command:CMD)
             --policy NAME|FILE (default record-only)  --job-id ID  --nonce HEX  --claims F (repeatable)
             --claim-rules F  --storage ephemeral|persistent-provider-local|unknown  --trust-roots DIR
             --certs F (repeatable)  --collateral DIR  (saved with the evidence for offline replay)
             --input-key-file F (or env COMPUTE_RECEIPT_INPUT_KEY)  --allow-symlinks  --ignore PATH (repeatable)
             --serialization files|shards (default files)  --network  --out DIR (default ./compute-receipt)
             --fail-on deny|hold|never (default deny)  --json  --quiet
             --begin-state F (seal what begin measured: docs/execution.md)  --exit-status N
  verify     verify RECEIPT (receipt.json or its directory): replay it as a separate verifier
             --policy NAME|FILE (required: the verifier's own policy)  --workload P  --inputs P  --outputs P
             --input-key-file F  --expect-job ID  --expect-sha SHA  --at TIME  --trust-roots DIR
             --oidc-jwks FILE  --network  --fail-on deny|hold|never (default hold)  --json  --quiet
  compare    compare R1 R2 [R...]: verify each receipt, then compare workload, inputs and outputs (tier reproduced)
             --policy NAME|FILE (required; its reproduction block)  --workload P  --inputs P  --input-key-file F
             --at TIME  --trust-roots DIR  --oidc-jwks FILE  --network  --out DIR (default ./compute-receipt-compare)
             --fail-on deny|hold|never (default hold)  --json
  begin      two-phase flow (TDX), before the workload runs: hash workload and inputs, extend RTMR3 with
             the begin event, write --state F for create --begin-state F (docs/execution.md)
             --workload P  --inputs P  --state F (required)  --event-log F (default beside the state)
             --evidence simulated (a simulated RTMR3; default the kernel's RTMR3), nvidia or command:CMD (GPUs
             attested at begin)  --trust-roots DIR  --network  --job-id ID  --nonce HEX
             --input-key-file F  --allow-symlinks  --ignore PATH  --serialization files|shards  --json  --quiet
  hash       hash P...: tree digest and manifest  [--allow-symlinks] [--ignore PATH]
             [--serialization files|shards] [--json] [--quiet]
  evidence   evidence inspect F [--json]
             evidence verify F [--report-data HEX] [--nonce HEX] [--trust-roots DIR] [--at TIME] [--network] [--json]
  lint       lint [F...]: flag overclaims in text (stdin when no file)  [--rules F] [--json]
  demo       the whole pipeline on a bundled example with simulated evidence; writes ./compute-receipt-demo/

Hashing shows progress on stderr on a terminal (a line every few seconds in GitHub Actions);
--json and --quiet turn it off.

exit codes: 0 success; 1 a finding (gate failed, verify mismatch, evidence not verified, lint flagged);
            2 bad input or usage (one line naming the culprit).
`;
