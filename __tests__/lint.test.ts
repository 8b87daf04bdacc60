import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  lint,
  lintSentence,
  loadShippedRules,
  mergeRules,
  parseRules,
  splitSentences,
  type ClaimRules,
  type LintCategory,
} from '../src/claims/lint/index.js';
import { shippedRulesModule } from '../src/claims/lint/parse-rules.js';
import { explain } from '../src/claims/lint/engine.js';
import { parsePattern } from '../src/claims/lint/patterns.js';
import { InputError } from '../src/util/errors.js';

const texts = (md: string): string[] => splitSentences(md).map((s) => s.text);

describe('splitSentences', () => {
  const cases: [string, string, string[]][] = [
    ['two sentences', 'The job ran. The receipt was written!', ['The job ran.', 'The receipt was written!']],
    ['question', 'Did it run? Yes.', ['Did it run?', 'Yes.']],
    ['short question leading in', 'Denials? Zero value. Lease ended? Files stay.', ['Denials? Zero value.', 'Lease ended? Files stay.']],
    ['a question word keeps its question', 'Why? Because it ran. Proof please?', ['Why?', 'Because it ran.', 'Proof please?']],
    ['a longer question keeps its question', 'Is the bench enough here? No.', ['Is the bench enough here?', 'No.']],
    ['decimals and versions', 'Throughput rose 1.5x in v1.2.3 of the runner. Done.', ['Throughput rose 1.5x in v1.2.3 of the runner.', 'Done.']],
    ['abbreviations', 'Use a TEE, e.g. TDX, i.e. a confidential VM, vs. a plain VM. Next.', ['Use a TEE, e.g. TDX, i.e. a confidential VM, vs. a plain VM.', 'Next.']],
    ['etc. mid-sentence', 'Hashes, manifests, etc. are written first.', ['Hashes, manifests, etc. are written first.']],
    ['file names and URLs', 'Load model.bin from https://example.com/a.b/c.html today. Then stop.', ['Load model.bin from https://example.com/a.b/c.html today.', 'Then stop.']],
    ['soft wrap joins', 'The benchmark gives\ncapacity context\nonly.', ['The benchmark gives capacity context only.']],
    ['list items split', '- first item\n- second item\n  continues here\n1. third', ['first item', 'second item continues here', 'third']],
    ['headings split', '# Title\nBody text here.', ['Title', 'Body text here.']],
    ['table cells split', '| a cell | b cell |\n|---|---|\n| c | d |', ['a cell', 'b cell', 'c', 'd']],
    ['fenced code skipped', 'Before.\n```\nthe benchmark proves the job ran.\n```\nAfter.', ['Before.', 'After.']],
    ['indented code skipped', 'Before.\n\n    benchmark proves the job ran\n\nAfter.', ['Before.', 'After.']],
    ['code spans blanked', 'Run `npm test. now` then stop.', ['Run then stop.']],
    ['links keep their text', 'See [the guide](https://x.y/z.md) for more.', ['See the guide for more.']],
    ['blockquote', '> Quoted line one\n> continues.', ['Quoted line one continues.']],
    ['html comment', 'Text <!-- hidden. stuff --> here.', ['Text here.']],
  ];
  it.each(cases)('%s', (_name, md, want) => {
    expect(texts(md)).toEqual(want);
  });

  it('reports the 1-based line where each sentence starts, and offsets into the original', () => {
    const md = 'Intro line.\n\n```\ncode\n```\n\n- item one\n- item two. Second sentence\n  wraps here.\n\n| x | y |\n|---|---|';
    const got = splitSentences(md);
    expect(got.map((s) => [s.text, s.line])).toEqual([
      ['Intro line.', 1],
      ['item one', 7],
      ['item two.', 8],
      ['Second sentence wraps here.', 8],
      ['x', 11],
      ['y', 11],
    ]);
    for (const s of got) expect(md.slice(s.start, s.end).startsWith(s.text.split(' ')[0]!)).toBe(true);
  });
});

type Case = [string, LintCategory | null];

describe('lintSentence: categories, polarity, safe phrasings', () => {
  const cases: Case[] = [
    // benchmark-as-proof
    ['The benchmark proves the job ran.', 'benchmark-as-proof'],
    ['The tokens/s figure confirms the batch finished.', 'benchmark-as-proof'],
    ['As the throughput numbers show, the batch completed.', 'benchmark-as-proof'],
    ['The batch completed, as the throughput numbers show.', 'benchmark-as-proof'],
    ['That the job ran is proven by the MLPerf result.', 'benchmark-as-proof'],
    ['The benchmark gives capacity context for this hardware class.', null],
    ["The benchmark is capacity context; proving this job is the receipt's work.", null],
    ['This test proves the parser handles padding.', null],
    ['The receipt, not the benchmark, proves this job ran.', null],
    ['The benchmark finished in 3 minutes, and the attestation shows the quote was fresh.', null],
    // attestation-as-correctness
    ["A TEE attestation proves the model's answer is true.", 'attestation-as-correctness'],
    ['Since the inference ran in an enclave, the answer is correct.', 'attestation-as-correctness'],
    ['TEE attestation backs the runtime/environment claim only.', null],
    ['The attestation proves the output digest is bound to this job.', null],
    // denial-as-nothing (the negative phrasing is the bad claim)
    ['The verifier turned the request down, so nothing was learned.', 'denial-as-nothing'],
    ["A failed verification doesn't tell us anything.", 'denial-as-nothing'],
    ['The denial still tells us the verifier ran.', null],
    ['The denial does not mean nothing was learned.', null],
    ['A failed receipt is not wasted.', null],
    // storage-durability
    ['Since the provider offers persistent storage, the artifact is durable anywhere.', 'storage-durability'],
    ['Persistent storage survives lease termination.', 'storage-durability'],
    ['Persistent storage is local to the provider and does not outlive the lease.', null],
    ['Persistent storage survives a container restart.', null],
    ['We back up the persistent volume to S3 so the outputs survive migration.', null],
    // speed-superiority
    ['This run was faster than the last one, so provider X is always faster.', 'speed-superiority'],
    ['Provider X beats every other vendor on latency.', 'speed-superiority'],
    ['This run was faster than the last one on this benchmark.', null],
    ['This run was faster than all previous runs on this provider.', null],
    ['The new cache is always faster than a cold start.', null],
  ];
  it.each(cases)('%s -> %s', (sentence, want) => {
    expect(lintSentence(sentence)?.category ?? null).toBe(want);
  });

  const negations: string[] = [
    'The benchmark does not prove the job ran.',
    'No benchmark proves a job completed.',
    'A benchmark is not evidence that a specific job ran.',
    'The throughput numbers never show that a batch finished.',
    'Benchmark numbers cannot tell us whether this job ran.',
    'The benchmark proves nothing about whether this job completed.',
    'Attestation does not prove the answer is true.',
    'Attestation proves the runtime state, not that the answer is correct.',
    'One run does not show the provider is always faster.',
    'Provider storage is not durable beyond the lease.',
    'Never treat a denial as meaningless.',
  ];
  it.each(negations)('negation clears: %s', (s) => expect(lintSentence(s)).toBeNull());

  const questions: string[] = [
    'Does the benchmark prove the job ran?',
    'Is the provider always faster?',
    'Does TEE attestation prove the answer is true',
    'Was nothing learned from the denial?',
  ];
  it.each(questions)('question clears: %s', (s) => expect(lintSentence(s)).toBeNull());

  const hedges: string[] = [
    'The benchmark may suggest the job ran.',
    'The throughput figure suggests the batch finished.',
    'The latency numbers could indicate that the run completed.',
    'If the benchmark proved the job ran, we would not need a receipt.',
    'Provider X may be faster for small batches.',
  ];
  it.each(hedges)('hedge clears: %s', (s) => expect(lintSentence(s)).toBeNull());

  const refutations: string[] = [
    'The claim that the benchmark proves the job ran is wrong.',
    'It is a mistake to say the TEE proves the answer is right.',
    'Avoid claiming that throughput numbers prove a batch finished.',
    'It would be misleading to claim provider X is always faster.',
  ];
  it.each(refutations)('refutation clears: %s', (s) => expect(lintSentence(s)).toBeNull());

  it('fills every field of a finding', () => {
    const f = lintSentence('The benchmark proves the job ran.')!;
    expect(f).toMatchObject({ category: 'benchmark-as-proof', rule: 'bench.evidence-of-job', sentence: 'The benchmark proves the job ran.', line: 1 });
    expect(f.rewrite.length).toBeGreaterThan(20);
    expect(f.why.length).toBeGreaterThan(20);
  });
});

describe('lint over Markdown', () => {
  it('finds claims in prose, lists and tables with their lines, and ignores code', () => {
    const md = [
      '# Results', //                                            1
      '',
      'The run went well. The tokens/s figure confirms', //   3
      'the batch finished.', //                                4
      '',
      '```text', //                                            6
      'The benchmark proves the job ran.',
      '```',
      '',
      'Run `the benchmark proves the job ran` locally.', //   10
      '',
      '- Persistent storage survives lease termination.', //  12
      '',
      '| Provider X | fastest for all workloads (one run) |', // 14
    ].join('\n');
    expect(lint(md).map((f) => [f.category, f.line])).toEqual([
      ['benchmark-as-proof', 3],
      ['storage-durability', 12],
      ['speed-superiority', 14],
    ]);
  });

  it('does not flag ordinary engineering prose', () => {
    const md = `# compute-receipt

Hash one compute job, bind TEE attestation to it and emit a receipt. The CLI exits 2 on bad input.

## Changelog
- v1.2.3: fixed a race in the manifest writer; the job now completes 2x faster on large trees.
- The benchmark suite runs nightly and posts p95 latency to the dashboard.
- Persistent volumes are mounted at /data; outputs are uploaded as an artifact before the lease ends.
- The verifier rejects quotes whose TCB is out of date and records which check failed.

## Performance
| GPU | tokens/s | p99 latency |
|---|---|---|
| H100 | 1,200 | 41 ms |
| H200 | 1,650 | 33 ms |

On this benchmark the H200 was 37% faster than the H100. Attestation shows which TD launched and with
which measurements. This test proves the parser handles padding. Our experiments show that larger
batches improve GPU utilisation.`;
    expect(lint(md)).toEqual([]);
  });

  it('reads a sentence with the one that concludes from it, and a question with the answer that grants it', () => {
    const md = [
      'Accuracy was 0.91 on the held-out set. That shows the job ran to completion.', // 1
      '',
      'The inference was attested.', //                                                  3
      'Therefore its output is trustworthy.',
      '',
      'Q: Is the output right? A: Yes, it was attested by the confidential computing mode.', // 6
      '',
      'Q: Which provider is faster? A: Provider A, we ran it once and it won.', //          8
      '',
      'The receipt was refused. That tells us nothing.', //                               10
      '',
      'We ran one benchmark. Provider A won by 15%. So A is the faster provider.', //      12
    ].join('\n');
    const found = lint(md);
    expect(found.map((f) => [f.category, f.line])).toEqual([
      ['benchmark-as-proof', 1],
      ['attestation-as-correctness', 3],
      ['attestation-as-correctness', 6],
      ['speed-superiority', 8],
      ['denial-as-nothing', 10],
      ['speed-superiority', 12],
    ]);
    expect(found[5]!.sentence).toBe('We ran one benchmark. Provider A won by 15%. So A is the faster provider.');
    // The finding quotes both sentences, and the verifier's re-lint of that text finds it again.
    expect(found[1]!.sentence).toBe('The inference was attested. Therefore its output is trustworthy.');
    expect(lint(found[1]!.sentence).map((f) => f.rule)).toEqual([found[1]!.rule]);
  });

  it('does not join sentences that do not go on from each other, nor an answer that says no or hedges', () => {
    const md = [
      'Benchmark numbers came back normal. That still does not verify the job.',
      '',
      'The attestation report is embedded in the receipt. Outputs are evaluated separately.',
      '',
      'Q: Does attestation guarantee the output is accurate? A: No, it only binds the output to the measured code.',
      '',
      'Q: Is provider A faster in general? A: Yes for this configuration, but one benchmark is not enough to say.',
      '',
      'Q: Which provider is faster? A: We cannot tell from one run.',
      '',
      'Q: Is the provider disk durable after the lease ends? A: Not guaranteed.',
      '',
      'We ran one benchmark. Provider A won by 15%. So we will run it ten more times.',
      '',
      '| Attested | Output correct? |',
      '|---|---|',
      '| yes | not shown by attestation |',
    ].join('\n');
    expect(lint(md)).toEqual([]);
  });

  it('does not assert someone else\'s view set against a contrast, nor negate what precedes "without"', () => {
    expect(lint('Someone on the thread argued that denials carry no information, but the auditors asked for them.')).toEqual([]);
    expect(lint('Some vendors say a high leaderboard rank shows a job ran correctly, but a rank is only a score.')).toEqual([]);
    // The writer's own clause after the contrast is still read.
    expect(lint('Some people say the cost is too high, but the benchmark proves the job ran.').map((f) => f.category)).toEqual(['benchmark-as-proof']);
    expect(lint('The replayed workload hit 95% of peak bandwidth, which confirms that the restore job completed without data loss.').map((f) => f.category)).toEqual(['benchmark-as-proof']);
    expect(lint('The benchmark shows nothing about whether the job completed without errors.')).toEqual([]);
  });

  it('does not read a question in the middle of three sentences as asserted', () => {
    expect(lint('H100 won by 2x on this model. Is it faster for every model? dont know yet')).toEqual([]);
    expect(lint('H100 won by 2x on this model. Is it faster for every model? Yes, simply faster everywhere.').length).toBe(1);
  });

  it('reads table cells under a refuting header as quoted, and skips link definitions', () => {
    const md = `| box | says | never says |
|---|---|---|
| runtime | which TEE evidence was presented and whether it verified | that an output is true or correct |
| capacity | the benchmark proves the job ran | - |

| Bad claim | Safer claim |
|---|---|
| The benchmark proves the job ran. | The benchmark gives capacity context. |

[bench]: https://example.com/benchmark-proves-the-job-ran "fastest provider always"`;
    expect(lint(md).map((f) => [f.category, f.line])).toEqual([['benchmark-as-proof', 4]]);
  });

  it('finishes on very long unpunctuated text, finding what it finds in a short one', () => {
    // Speed is measured by `npm run lint:eval`, not asserted here (no timed assertions in tests).
    const text = (n: number) => 'the benchmark so the job ran and the attestation with the enclave , the answer '.repeat(n);
    const categories = (n: number) => [...new Set(lint(text(n)).map((f) => f.category))].sort();
    expect(categories(8000)).toEqual(categories(200));
  });

  it('finds a sentence met again each time, on its own line, and remembers results per rule set', () => {
    const md = [
      'The smoke-run proves the job ran.', //            1
      '',
      '- The smoke-run proves the job ran.', //          3
      '',
      '| Run | Note |',
      '|---|---|',
      '| 1 | The smoke-run proves the job ran. |', //    7
      '',
      'The benchmark proves the job ran.', //           9
      '',
      'The benchmark proves the job ran.', //           11
    ].join('\n');
    const shipped = loadShippedRules();
    const mine = mergeRules(shipped, parseRules('version: 1\nconcepts:\n  BENCH:\n    patterns: [smoke-run]\n', 'mine.yml'));
    const lines = (rules: ClaimRules): number[] => lint(md, rules).map((f) => f.line);
    expect(lines(shipped)).toEqual([9, 11]);
    // The same sentences under other rules are read with those rules, and back again with the first.
    expect(lines(mine)).toEqual([1, 3, 7, 9, 11]);
    expect(lines(shipped)).toEqual([9, 11]);
    // A finding handed out is the caller's: changing it changes nothing remembered.
    const first = lint(md, shipped)[0]!;
    first.rule = 'changed';
    first.sentence = 'changed';
    expect(lint(md, shipped)[0]).toMatchObject({ sentence: 'The benchmark proves the job ran.', line: 9 });
    expect(lint(md, shipped)[0]!.rule).not.toBe('changed');
  });

  it('explain lists the concepts a sentence matches, however many are asked for', () => {
    const rules = loadShippedRules();
    const got = explain('The benchmark proves the job ran.', rules);
    expect(got).toContain('BENCH: benchmark');
    expect(got.some((l) => l.startsWith('JOB_EVENT: '))).toBe(true);
    // Linting between two explanations does not change what the next one finds.
    lintSentence('Nothing here is a claim, but the attestation is not wrong.');
    expect(explain('The benchmark proves the job ran.', rules)).toEqual(got);
  });

  it("lints 1 MB of Markdown (speed: node scripts/bench-lint.mjs)", () => {
    const para = readFileSync(join(__dirname, '..', 'node_modules', 'yaml', 'README.md'), 'utf8');
    let big = '';
    while (big.length < 1_000_000) big += para + '\n\nThe benchmark proves the job ran.\n\n';
    big = big.slice(0, 1_000_000);
    lint('warm up');
    const t0 = performance.now();
    const found = lint(big);
    const ms = performance.now() - t0;
    console.log(`lint of 1 MB: ${ms.toFixed(0)} ms, ${found.length} findings`);
    expect(found.length).toBeGreaterThan(10);
  });
});

describe('rules as data', () => {
  const shipped = loadShippedRules();

  it('every rule rewrite passes the linter', () => {
    for (const r of shipped.rules) {
      expect(lint(r.rewrite), r.id).toEqual([]);
      expect(lint(r.why), r.id).toEqual([]);
    }
  });

  it('ships at least one rule per category', () => {
    const cats = new Set(shipped.rules.map((r) => r.category));
    expect([...cats].sort()).toEqual(['attestation-as-correctness', 'benchmark-as-proof', 'denial-as-nothing', 'speed-superiority', 'storage-durability']);
  });

  it('the compiled shipped rules are the policies/claims/*.yml files as parseRules reads them (run node scripts/gen-assets.mjs after editing)', () => {
    const dir = join(__dirname, '..', 'policies', 'claims');
    const files = readdirSync(dir).filter((n) => n.endsWith('.yml')).sort();
    expect(files.length).toBeGreaterThan(0);
    let fromYaml: ClaimRules = { concepts: {}, rules: [], sources: [] };
    for (const f of files) fromYaml = mergeRules(fromYaml, parseRules(readFileSync(join(dir, f), 'utf8'), `policies/claims/${f}`));
    // The embedded module is what the build makes from these files today (not stale) ...
    const want = shippedRulesModule(files.map((f) => ({ name: `policies/claims/${f}`, text: readFileSync(join(dir, f), 'utf8') })));
    expect(readFileSync(join(__dirname, '..', 'src', 'generated', 'claim-rules.ts'), 'utf8')).toBe(want);
    // ... and what it loads is the same rule set, with every pattern parsed as parsePattern parses it.
    const { parsed, ...data } = shipped;
    expect(data).toEqual(fromYaml);
    const texts = Object.values(fromYaml.concepts).flatMap((c) => c.patterns);
    expect(parsed?.size).toBe(new Set(texts).size);
    for (const t of texts) expect(parsed?.get(t), t).toEqual(parsePattern(t));
  });

  it('a user file merged into the compiled rules lints as the same files all read from YAML do', () => {
    const dir = join(__dirname, '..', 'policies', 'claims');
    let fromYaml: ClaimRules = { concepts: {}, rules: [], sources: [] };
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.yml')).sort()) {
      fromYaml = mergeRules(fromYaml, parseRules(readFileSync(join(dir, f), 'utf8'), `policies/claims/${f}`));
    }
    const extra = parseRules('version: 1\nconcepts:\n  BENCH:\n    patterns: [smoke-run]\n', 'mine.yml');
    const text = 'The smoke-run proves the job ran. The benchmark shows the job completed. Our runner is the fastest.';
    const got = lint(text, mergeRules(shipped, extra));
    expect(got.map((f) => f.rule)).toEqual(lint(text, mergeRules(fromYaml, extra)).map((f) => f.rule));
    expect(got.length).toBeGreaterThan(1);
  });

  const bad: [string, string, RegExp][] = [
    ['unknown top-level key', 'version: 1\nrulez: []\n', /unknown key rulez/],
    ['unknown rule key', 'version: 1\nrules:\n  - id: my.rule\n    category: benchmark-as-proof\n    subject: [BENCH]\n    claim: [JOB_EVENT]\n    rewrite: r\n    why: w\n    negate: true\n', /unknown key rules\[0\]\.negate/],
    ['unknown concept key', 'version: 1\nconcepts:\n  FOO:\n    patterns: [foo]\n    colour: red\n', /unknown key concepts\.FOO\.colour/],
    ['bad category', 'version: 1\nrules:\n  - id: my.rule\n    category: vibes\n    subject: [BENCH]\n    claim: [JOB_EVENT]\n    rewrite: r\n    why: w\n', /rules\[0\]\.category/],
    ['bad pattern', 'version: 1\nconcepts:\n  FOO:\n    patterns: ["*3 foo"]\n', /concepts\.FOO\.patterns\[0\].*gap/],
    ['wrong version', 'version: 2\n', /version/],
    ['not YAML', 'version: [1\n', /not valid YAML/],
  ];
  it.each(bad)('rejects a rule file with %s', (_name, yaml, msg) => {
    let err: unknown;
    try {
      parseRules(yaml, 'my-rules.yml');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe('RULES_INVALID');
    expect((err as InputError).message).toMatch(msg);
    expect((err as InputError).message).toContain('my-rules.yml');
    expect((err as InputError).message).not.toContain('\n');
  });

  it('rejects a reference to an unknown concept when the rules are used', () => {
    const extra = parseRules('version: 1\nconcepts:\n  FOO:\n    patterns: ["@NOPE thing"]\n', 'mine.yml');
    expect(() => lint('anything', mergeRules(shipped, extra))).toThrow(/unknown concept @NOPE/);
  });

  it('mergeRules: user files add concepts and rules, extend concepts, and replace rules by id', () => {
    const extra = parseRules(
      `version: 1
concepts:
  BENCH:
    patterns: ["gpu-olympics"]
  MAGIC:
    patterns: ["pixie-dust"]
rules:
  - id: custom.magic
    category: benchmark-as-proof
    subject: [MAGIC]
    claim: [JOB_EVENT]
    rewrite: Name the evidence that covers this job.
    why: Pixie dust is not evidence.
  - id: speed.always-faster
    category: speed-superiority
    subject: [PROVIDER]
    claim: [SPEED_ALWAYS]
    rewrite: Say which runs were faster.
    why: Replaced by the user.
`,
      'team-rules.yml',
    );
    const merged = mergeRules(shipped, extra);
    expect(merged.rules.length).toBe(shipped.rules.length + 1);
    expect(merged.sources).toEqual([...shipped.sources, 'team-rules.yml']);
    expect(lintSentence('Thanks to pixie dust the job completed.', merged)?.rule).toBe('custom.magic');
    expect(lintSentence('The GPU olympics result proves the job ran.', merged)?.category).toBe('benchmark-as-proof');
    expect(lintSentence('The GPU olympics result proves the job ran.', shipped)).toBeNull();
    expect(lintSentence('Provider X is always faster.', merged)?.why).toBe('Replaced by the user.');
    // The shipped set is unchanged.
    expect(lintSentence('Provider X is always faster.', shipped)?.why).not.toBe('Replaced by the user.');
  });

  it('context groups may sit in another clause or zone, and only a cue before them negates them', () => {
    const rule = 'storage.keeps-regardless';
    expect(lintSentence('The lease can end at any time; our persistent volume keeps the outputs regardless.')?.rule).toBe(rule);
    expect(lintSentence('The lease ends tomorrow, but our persistent volume keeps the outputs anyway.')?.rule).toBe(rule);
    expect(lintSentence('Leases expire without warning; the node NVMe retains every artifact no matter what.')?.rule).toBe(rule);
    // No lease end, migration or other provider named: a restart is within the lease.
    expect(lintSentence('The node may reboot at any time; our persistent volume keeps the outputs regardless.')).toBeNull();
    expect(lintSentence('The lease will not end; our persistent volume keeps the outputs regardless.')).toBeNull();
    expect(lintSentence('The lease can end at any time; our persistent volume does not keep the outputs after that.')).toBeNull();
    const extra = parseRules(
      'version: 1\nrules:\n  - id: my.rule\n    category: storage-durability\n    subject: [STORAGE]\n    claim: [KEEP_CONCESSIVE]\n    context: [[NOPE]]\n    rewrite: r\n    why: w\n',
      'mine.yml',
    );
    expect(() => lint('anything', mergeRules(shipped, extra))).toThrow(/unknown concept NOPE/);
  });
});
