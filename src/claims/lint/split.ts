/**
 * Markdown-aware sentence splitting.
 *
 * Code is not prose: fenced and indented code blocks, code spans, HTML comments and link targets are
 * blanked (offsets are kept). Units are paragraphs, list items, headings and table cells; soft-wrapped
 * lines of one paragraph or item join. Within a unit, sentences end at . ! ? followed by white space,
 * except after abbreviations (e.g. i.e. vs. etc. ...). Decimals, versions, URLs and file names never
 * split because their dots are not followed by white space.
 */
export interface Sentence {
  text: string;
  /** 1-based line of the sentence's first character. */
  line: number;
  /** Offsets into the original text: [start, end). */
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'vs', 'etc', 'cf', 'approx', 'incl', 'esp', 'fig', 'no', 'nos', 'dr', 'mr', 'mrs', 'ms', 'st', 'al', 'eq',
  'sec', 'min', 'max', 'ca', 'resp', 'viz', 'vol', 'ed', 'jr', 'sr', 'inc', 'ltd', 'co', 'u.s', 'a.k.a',
]);

interface Line {
  start: number;
  end: number; // excluding the newline
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let s = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      const e = i > s && text.charCodeAt(i - 1) === 13 ? i - 1 : i;
      out.push({ start: s, end: e });
      s = i + 1;
    }
  }
  return out;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^(\s*)([-*+]|\d{1,9}[.)])(\s+|$)/;
const HEADING = /^ {0,3}#{1,6}(\s+|$)/;
const TABLE_SEP = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const HR = /^ {0,3}([-*_])(\s*\1){2,}\s*$/;
// A link reference definition ("[label]: https://...") is not prose.
const LINK_DEF = /^ {0,3}\[[^\]\n]{1,200}\]:[ \t]*\S/;

function blank(buf: string[], from: number, to: number): void {
  for (let i = from; i < to; i++) if (buf[i] !== '\n') buf[i] = ' ';
}

/**
 * A copy of the text, same length, with everything that is not prose blanked, and the offsets where
 * units (heading, list item, table cell, paragraph) begin or end.
 */
function prose(text: string, tableLines?: Set<number>): { buf: string[]; brk: Uint8Array } {
  const buf = text.split('');
  // brk[i] = 1: a unit (paragraph, item, heading, cell) starts at or ends before offset i.
  const brk = new Uint8Array(text.length + 1);
  const ls = lines(text);
  let fence: string | null = null;
  let prevBlank = true;
  let inList = false;
  let prevTable = false;
  for (const l of ls) {
    const s = text.slice(l.start, l.end);
    if (fence !== null) {
      blank(buf, l.start, l.end);
      const m = FENCE.exec(s);
      if (m && m[1]![0] === fence[0] && m[1]!.length >= fence.length && s.trim() === m[1]) fence = null;
      continue;
    }
    const f = FENCE.exec(s);
    if (f) {
      fence = f[1]!;
      blank(buf, l.start, l.end);
      prevBlank = true;
      continue;
    }
    if (s.trim() === '') {
      prevBlank = true;
      prevTable = false;
      continue;
    }
    if (LINK_DEF.test(s)) {
      blank(buf, l.start, l.end);
      continue;
    }
    const indented = /^( {4}|\t)/.test(s);
    if (indented && prevBlank && !inList) {
      blank(buf, l.start, l.end);
      continue;
    }
    const mark = (i: number): void => {
      brk[i] = 1;
    };
    const lead = s.length - s.trimStart().length;
    const item = LIST_ITEM.exec(s);
    const isTable: boolean = s.trimStart().startsWith('|') || (prevTable && s.includes('|'));
    if (HR.test(s)) {
      blank(buf, l.start, l.end);
    } else if (TABLE_SEP.test(s) && s.includes('|')) {
      blank(buf, l.start, l.end);
    } else if (HEADING.test(s)) {
      const m = /^ {0,3}#{1,6}/.exec(s)!;
      blank(buf, l.start, l.start + m[0].length);
      // Closing #s of an ATX heading are markup too.
      const close = /\s#+\s*$/.exec(s);
      if (close) blank(buf, l.start + close.index, l.end);
      mark(l.start);
    } else if (isTable) {
      for (let i = l.start; i < l.end; i++) {
        if (text[i] === '|' && text[i - 1] !== '\\') {
          buf[i] = ' ';
          brk[i] = 1;
        }
      }
      mark(l.start);
      tableLines?.add(l.start);
    } else if (item) {
      blank(buf, l.start, l.start + item[0].length);
      mark(l.start);
      inList = true;
    } else {
      // Blockquote markers, then a paragraph start or a continuation line.
      const bq = /^\s*(>\s?)+/.exec(s);
      if (bq) blank(buf, l.start, l.start + bq[0].length);
      if (prevBlank) {
        mark(l.start + lead);
        if (!indented) inList = false;
      }
    }
    prevTable = isTable;
    prevBlank = false;
    // Headings and table rows end their unit at the line end.
    if (HEADING.test(s) || isTable) {
      brk[l.end] = 1;
    }
  }
  // Paragraph breaks: a blank line ends a unit.
  for (let i = 0; i + 1 < ls.length; i++) {
    const next = ls[i + 1]!;
    if (text.slice(next.start, next.end).trim() === '') brk[ls[i]!.end] = 1;
  }
  blankInline(text, buf);
  return { buf, brk };
}

/** Code spans, HTML comments and tags, link and image targets, emphasis markers. */
function blankInline(text: string, buf: string[]): void {
  const n = text.length;
  // Inline constructs never cross a blank line; searches stop there, so the scan stays linear.
  const paraEnds: number[] = [];
  for (let k = text.indexOf('\n\n'); k >= 0; k = text.indexOf('\n\n', k + 1)) paraEnds.push(k);
  paraEnds.push(n);
  let pi = 0;
  const find = (needle: string, from: number, limit: number): number => {
    const j = text.indexOf(needle, from);
    return j >= 0 && j + needle.length <= limit ? j : -1;
  };
  let i = 0;
  while (i < n) {
    while (paraEnds[pi]! < i) pi++;
    const paraEnd = paraEnds[pi]!;
    const ch = text[i]!;
    if (ch === '`' && buf[i] === '`') {
      let run = 1;
      while (i + run < n && text[i + run] === '`') run++;
      const closer = '`'.repeat(run);
      let j = find(closer, i + run, paraEnd);
      if (j >= 0) {
        while (j + run < n && text[j + run] === '`') j++;
        blank(buf, i, j + run);
        i = j + run;
        continue;
      }
      blank(buf, i, i + run);
      i += run;
      continue;
    }
    if (ch === '<' && text.startsWith('<!--', i)) {
      const j = text.indexOf('-->', i + 4); // comments may span paragraphs; the scan resumes after it
      const e = j < 0 ? n : j + 3;
      blank(buf, i, e);
      i = e;
      continue;
    }
    if (ch === '<' && /^<\/?[a-zA-Z][a-zA-Z0-9-]*[^<>\n]{0,200}>/.test(text.slice(i, i + 220))) {
      const j = text.indexOf('>', i);
      if (j < 0) break;
      blank(buf, i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === ']' && text[i + 1] === '(') {
      const j = find(')', i + 2, Math.min(paraEnd, i + 400));
      if (j >= 0) {
        blank(buf, i, j + 1);
        i = j + 1;
        continue;
      }
    }
    if (ch === '[' || ch === '!' && text[i + 1] === '[') {
      if (buf[i] === ch) buf[i] = ' ';
      i++;
      continue;
    }
    if ((ch === '*' || ch === '~') && buf[i] === ch) buf[i] = ' ';
    if (ch === '_' && buf[i] === '_') {
      const before = i > 0 ? text[i - 1]! : ' ';
      const after = i + 1 < n ? text[i + 1]! : ' ';
      if (!/\w/.test(before) || !/\w/.test(after)) buf[i] = ' ';
    }
    i++;
  }
}

function isSpace(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c === 32 || (c >= 9 && c <= 13) || c === 0 || c === 160 || (c > 255 && /\s/.test(ch));
}

function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) out.push(i + 1);
  return out;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function isBoundary(buf: string[], i: number): boolean {
  const ch = buf[i];
  if (ch !== '.' && ch !== '!' && ch !== '?') return false;
  // Skip closing quotes and brackets; the next thing must be white space, a unit break or the end.
  let j = i + 1;
  while (j < buf.length && /["'\u201d\u2019)\]]/.test(buf[j]!)) j++;
  if (j < buf.length && !/\s|\u0000/.test(buf[j]!)) return false;
  if (ch !== '.') return true;
  // The word before the dot.
  let k = i - 1;
  while (k >= 0 && /[A-Za-z.]/.test(buf[k]!)) k--;
  const word = buf.slice(k + 1, i).join('');
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) {
    if (lower !== 'etc') return false;
    // "etc." ends a sentence only when a capital letter follows.
    let m = j;
    while (m < buf.length && /\s/.test(buf[m]!)) m++;
    return m >= buf.length || buf[m] === '\u0000' || /[A-Z]/.test(buf[m]!);
  }
  // Single initials ("J. Smith") do not end a sentence.
  if (/^[A-Z]$/.test(word)) return false;
  return true;
}

/**
 * A sentence plus, for a table cell, the offset of its row (so a linter can read the row as a whole)
 * and the text of its column's header cell, when the table has a header row.
 */
export interface SentenceInContext extends Sentence {
  row?: number;
  header?: string;
}

/** The cells of one table line, split on unescaped pipes (outer pipes dropped). */
function cells(line: string): { from: number; text: string }[] {
  const out: { from: number; text: string }[] = [];
  let from = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i === line.length || (line[i] === '|' && line[i - 1] !== '\\')) {
      out.push({ from, text: line.slice(from, i).trim() });
      from = i + 1;
    }
  }
  if (out.length > 1 && out[0]!.text === '' && line.trimStart().startsWith('|')) out.shift();
  if (out.length > 1 && out[out.length - 1]!.text === '' && line.trimEnd().endsWith('|')) out.pop();
  return out;
}

/** For each table row (by line start offset): the header cells of its table. */
function tableHeaders(text: string, starts: number[], tableLines: Set<number>): Map<number, string[]> {
  const out = new Map<number, string[]>();
  let header: string[] | null = null;
  for (let i = 0; i < starts.length; i++) {
    const a = starts[i]!;
    const b = i + 1 < starts.length ? starts[i + 1]! - 1 : text.length;
    const line = text.slice(a, b);
    if (TABLE_SEP.test(line) && line.includes('|')) {
      const prev = i > 0 ? starts[i - 1]! : -1;
      header = prev >= 0 && tableLines.has(prev) ? cells(text.slice(prev, a - 1)).map((c) => c.text) : null;
    } else if (!tableLines.has(a)) header = null;
    else if (header) out.set(a, header);
  }
  return out;
}

/** Split Markdown into prose sentences with their line numbers and offsets. */
export function splitSentences(markdown: string): Sentence[] {
  return splitInContext(markdown).map(({ text, line, start, end }) => ({ text, line, start, end }));
}

export function splitInContext(markdown: string): SentenceInContext[] {
  const tableLines = new Set<number>();
  const { buf, brk } = prose(markdown, tableLines);
  const starts = lineStarts(markdown);
  const headers = tableLines.size > 0 ? tableHeaders(markdown, starts, tableLines) : new Map<number, string[]>();
  const out: SentenceInContext[] = [];
  // Column counting resumes where the previous cell of the same row stopped (linear in the row).
  let colRow = -1;
  let colAt = 0;
  let colN = 0;
  let s = -1;
  const flush = (end: number): void => {
    if (s < 0) return;
    let a = s;
    let b = end;
    while (a < b && isSpace(buf[a]!)) a++;
    while (b > a && isSpace(buf[b - 1]!)) b--;
    if (b > a) {
      const text = buf.slice(a, b).join('').replace(/\u0000/g, ' ').replace(/\s+/g, ' ').trim();
      if (/[A-Za-z0-9]/.test(text) || /[\p{L}\p{N}]/u.test(text)) {
        const line = lineOf(starts, a);
        const row = starts[line - 1]!;
        if (!tableLines.has(row)) out.push({ text, line, start: a, end: b });
        else {
          const head = headers.get(row);
          // The column: pipes before the cell, less the row's leading pipe.
          let header: string | undefined;
          if (head) {
            if (colRow !== row || colAt > a) {
              colRow = row;
              colAt = row;
              colN = 0;
              while (colAt < a && (markdown[colAt] === ' ' || markdown[colAt] === '\t')) colAt++;
              if (markdown[colAt] === '|') colAt++;
            }
            for (; colAt < a; colAt++) if (markdown[colAt] === '|' && markdown[colAt - 1] !== '\\') colN++;
            header = head[colN];
          }
          out.push(header ? { text, line, start: a, end: b, row, header } : { text, line, start: a, end: b, row });
        }
      }
    }
    s = -1;
  };
  for (let i = 0; i < buf.length; i++) {
    const ch = buf[i]!;
    if (brk[i]) flush(i);
    if (s < 0 && !isSpace(ch)) s = i;
    if (s >= 0 && isBoundary(buf, i)) {
      let j = i + 1;
      while (j < buf.length && /["'\u201d\u2019)\]]/.test(buf[j]!)) j++;
      flush(j);
      i = j - 1;
    }
  }
  flush(buf.length);
  return out;
}
