import { describe, expect, it } from 'vitest';
import { clamp, escapeHtml, escapeLogCommand, escapeMarkdown, neutralizeMentions } from '../src/report/index.js';

const HOSTILE = [
  '<img src=x onerror=alert(1)>.bin',
  '@octocat',
  '@octo-org/security',
  '::set-output name=x::y',
  '| table | breaker |',
  '`code`',
  '[link](https://evil.example)',
  '![img](https://evil.example/x.png)',
  '<!-- hidden -->',
  '</details></summary><script>x</script>',
  '# heading',
  '- list',
  '1. ordered',
  '**bold** _em_ ~~strike~~',
  '$x^2$',
  'line\nbreak\r\n::error::boom',
  '&lt;already&gt;',
  'back\\slash\\',
];

describe('escapeMarkdown', () => {
  it.each(HOSTILE)('%j leaves no raw HTML, no structure, no mention, one line', (s) => {
    const e = escapeMarkdown(s);
    expect(e).not.toMatch(/[<>\n\r]/);
    // Every Markdown opener is escaped: no unescaped ` * _ [ ] | ~ $ # remain.
    expect(e.replace(/\\[\\`*_[\]|~$#]/g, '').replace(/&#39;|&quot;|&amp;|&lt;|&gt;/g, '')).not.toMatch(/[`*_[\]|~$#]/);
    expect(e).not.toMatch(/@[A-Za-z0-9]/);
  });

  it('escapes HTML as references', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)>.bin')).toBe('&lt;img src=x onerror=alert(1)&gt;.bin');
    expect(escapeMarkdown('a & b "c" \'d\'')).toBe('a &amp; b "c" \'d\'');
  });

  it('escapes table pipes and code ticks', () => {
    expect(escapeMarkdown('| table | breaker |')).toBe('\\| table \\| breaker \\|');
    expect(escapeMarkdown('`code`')).toBe('\\`code\\`');
  });

  it('escapes a line-opening list, heading or rule marker', () => {
    expect(escapeMarkdown('- list')).toBe('\\- list');
    expect(escapeMarkdown('1. one')).toBe('1\\. one');
    expect(escapeMarkdown('# h')).toBe('\\# h');
    expect(escapeMarkdown('===')).toBe('\\===');
  });

  it('breaks mentions with a zero-width joiner', () => {
    expect(escapeMarkdown('cc @octocat and @octo-org/team')).toBe('cc @\u200doctocat and @\u200docto-org/team');
    expect(neutralizeMentions('mail a@b.c, policy@sha256:1, (@x)')).toBe('mail a@b.c, policy@sha256:1, (@\u200dx)');
  });

  it('keeps a line on its line', () => {
    expect(escapeMarkdown('a\nb\r\nc\td\u0000e\u2028f')).toBe('a b c de f');
  });

  it('keeps ordinary prose readable', () => {
    expect(escapeMarkdown('Job octo-org/ml run 42.1 recorded outputs sha256:abc.')).toBe('Job octo-org/ml run 42.1 recorded outputs sha256:abc.');
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('escapeLogCommand', () => {
  // The runner matches `::` and `##[` anywhere in a line, not only at its start.
  const Z = '\u200b';
  it.each([
    ['::set-output name=x::y', `:${Z}:set-output name=x:${Z}:y`],
    ['  ::error file=a::b', `  :${Z}:error file=a:${Z}:b`],
    ['##[error]legacy', `#${Z}#[error]legacy`],
    ['ok\n::add-mask::x\r\nfine', `ok\n:${Z}:add-mask:${Z}:x\nfine`],
    ['issued 2026-01-01 ##[set-output name=decision;]pass', `issued 2026-01-01 #${Z}#[set-output name=decision;]pass`],
    ['x ##[add-mask]secret', `x #${Z}#[add-mask]secret`],
    ['mid-line ::warning::boom', `mid-line :${Z}:warning:${Z}:boom`],
    ['name \u202egpj.exe', 'name <U+202E>gpj.exe'],
    ['plain text', 'plain text'],
  ])('%j', (s, want) => {
    expect(escapeLogCommand(s)).toBe(want);
    for (const line of escapeLogCommand(s).split('\n')) {
      expect(line).not.toMatch(/::|##\[/);
      expect(line).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    }
  });
});

describe('bidi controls in Markdown', () => {
  it.each(['\u202e', '\u202a', '\u202b', '\u202c', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'])('%j is shown, not applied', (c) => {
    const e = escapeMarkdown(`evil${c}txt.exe`);
    expect(e).not.toContain(c);
    expect(e).toMatch(/<U\+[0-9A-F]{4}>|&lt;U\+[0-9A-F]{4}&gt;/);
  });
});

describe('clamp', () => {
  it('cuts by code point, never inside a surrogate pair', () => {
    expect(clamp('😀😀😀', 2)).toBe('😀…');
    expect(clamp('abc', 3)).toBe('abc');
  });
});
