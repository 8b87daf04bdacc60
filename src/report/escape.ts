/**
 * Escaping for text that came from outside the project (file names, PR text, policy messages,
 * evidence fields) before it is placed in a job summary, a PR comment or the runner's log.
 *
 * GitHub renders summaries and comments as GitHub Flavored Markdown with inline HTML, then links
 * `@mentions` and `#refs`, and renders `$…$` as math. An untrusted string must stay one run of plain
 * text in all of those: it must not open a tag, a table cell, a list, a heading, a link, a code span,
 * or ping anyone. The runner reads `::command::` lines in the log as workflow commands.
 */

const ZWJ = '\u200d';
const ZWSP = '\u200b';

/**
 * Bidirectional controls (embeddings, overrides, isolates, marks): a right-to-left override in a file
 * name can make `gpj.exe` read as `exe.jpg`. They are shown as visible `<U+202E>` text instead.
 */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
export function neutralizeBidi(s: string): string {
  return s.replace(BIDI, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}

/**
 * Workflow-command markers: the runner reads `::name ...::` and `##[name]` ANYWHERE in a log line,
 * not only at its start. A zero-width space between the two characters leaves the text readable
 * and inert.
 */
export function neutralizeWorkflowCommands(s: string): string {
  return s.replace(/::/g, ':' + ZWSP + ':').replace(/##\[/g, '#' + ZWSP + '#[');
}

/** Remove control characters (line breaks become spaces so a value stays on its line); show bidi controls. */
export function stripControl(s: string): string {
  return neutralizeBidi(s.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '').replace(/\t/g, ' '));
}

/** HTML only: `& < > " '` become character references. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * `@name` would notify a user or team: break the mention with a zero-width joiner after the `@`.
 * An `@` right after a letter or digit (`policy@sha256:…`, `a@b.example`) is not a mention.
 */
export function neutralizeMentions(s: string): string {
  return s.replace(/(^|[^A-Za-z0-9])@(?=[A-Za-z0-9_-])/g, '$1@' + ZWJ);
}

/**
 * Markdown and HTML, for untrusted text placed inline (a paragraph, a list item, a table cell, or
 * inside an inline HTML element such as `<code>`): control characters removed, HTML characters as
 * references, every Markdown punctuation character that can start a structure backslash-escaped,
 * and mentions broken. The result is one line.
 */
export function escapeMarkdown(s: string): string {
  let out = stripControl(s);
  // The characters that open emphasis, code spans, links, images, footnotes, table cells,
  // strikethrough, headings and math.
  out = out.replace(/[\\`*_[\]#|~$]/g, (c) => '\\' + c);
  // At the start of a line, `-`, `+`, `=` or `1.` / `1)` would open a list, a rule or a heading.
  out = out.replace(/^(\s*)([-+=])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
  // HTML last: its references contain `#`, which must not be escaped again. Quotes stay as they
  // are: untrusted text is never placed inside an attribute, and prose keeps its apostrophes.
  return neutralizeMentions(out.replace(/[&<>]/g, (c) => HTML_ENTITIES[c]!));
}

/** Inline code look without a Markdown code span (which untrusted backticks could close). */
export function codeText(s: string): string {
  return `<code>${escapeMarkdown(s)}</code>`;
}

/**
 * Text for `core.info` and friends: every `::` and `##[` in every line is broken (the runner matches
 * them anywhere in a line), other control characters removed and bidi controls shown, so untrusted
 * text is printed, never run.
 */
export function escapeLogCommand(s: string): string {
  return s
    .split(/\r\n|\r|\n/)
    .map((line) => neutralizeWorkflowCommands(neutralizeBidi(line.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\uFFFD'))))
    .join('\n');
}

/** Clamp a raw (unescaped) value to at most `max` code points, marking the cut; escape afterwards. */
export function clamp(s: string, max: number): string {
  const cps = Array.from(s);
  return cps.length <= max ? s : cps.slice(0, Math.max(0, max - 1)).join('') + '…';
}

/** Untrusted value for a summary: clamped, then escaped for Markdown and HTML. */
export function md(s: string | null | undefined, max = 500): string {
  if (s === null || s === undefined || s === '') return '—';
  return escapeMarkdown(clamp(s, max));
}
