/**
 * Markdown-aware sentence splitting: the Markdown is parsed first, then prose is split into sentences.
 *
 * The parser is markdown-it (CommonMark, plus the GFM table and strikethrough extensions), so code,
 * tables, list items, headings, block quotes, links, emphasis and HTML are what CommonMark and GFM say
 * they are. Prose units are paragraphs (inside list items, block quotes and footnotes too), headings
 * and table cells. Not prose: fenced and indented code, code spans, HTML blocks and inline HTML
 * (comments included), link reference definitions, link targets and titles, thematic breaks, and
 * struck text (`~~...~~`: withdrawn, not asserted). Link text and image alt text are prose. Soft and
 * hard line breaks inside a unit join its lines.
 *
 * Within a unit, sentences end at . ! ? followed by white space or the unit's end, except after
 * abbreviations (e.g. i.e. vs. etc. ...) and single initials, and except after a short question that leads
 * in to what follows ("Denials? Zero value."). Decimals, versions, URLs and file names
 * never split because their dots are not followed by white space.
 *
 * Every sentence keeps the 1-based line of its first character (block positions come from the parser;
 * line breaks inside a paragraph are counted) and offsets into the original text.
 */
import MarkdownIt from 'markdown-it';

export interface Sentence {
  text: string;
  /** 1-based line of the sentence's first character. */
  line: number;
  /** Offsets into the original text: [start, end). */
  start: number;
  end: number;
}

/**
 * A sentence plus, for a table cell, the offset of its row (so a linter can read the row as a whole)
 * and the text of its column's header cell, when the table has a header row.
 */
export interface SentenceInContext extends Sentence {
  row?: number;
  header?: string;
  /** Set when the sentence follows another in the same paragraph or heading (not a table cell). */
  follows?: true;
}

type Token = ReturnType<InstanceType<typeof MarkdownIt>["parse"]>[number];
type Env = Parameters<InstanceType<typeof MarkdownIt>['parse']>[1];

const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'vs', 'etc', 'cf', 'approx', 'incl', 'esp', 'fig', 'no', 'nos', 'dr', 'mr', 'mrs', 'ms', 'st', 'al', 'eq',
  'sec', 'min', 'max', 'ca', 'resp', 'viz', 'vol', 'ed', 'jr', 'sr', 'inc', 'ltd', 'co', 'u.s', 'a.k.a',
]);

let parser: InstanceType<typeof MarkdownIt> | undefined;

/**
 * CommonMark with raw HTML recognised (so it can be left out), GFM tables and strikethrough. The
 * one configuration of every parser here: a document read whole and read in parts must parse alike.
 */
function configured(): InstanceType<typeof MarkdownIt> {
  return new MarkdownIt('commonmark', { html: true }).enable(['table', 'strikethrough']);
}

function markdown(): InstanceType<typeof MarkdownIt> {
  parser ??= configured();
  return parser;
}

/** The text of one prose unit, with where each piece of it came from in the source. */
class Unit {
  text = '';
  /** Piece i starts at text index at[i] and source offset src[i]; len[i] characters map one to one. */
  private at: number[] = [];
  private src: number[] = [];
  private len: number[] = [];

  add(s: string, srcOffset: number, mapped: boolean): void {
    this.at.push(this.text.length);
    this.src.push(srcOffset);
    this.len.push(mapped ? s.length : 0);
    this.text += s;
  }

  /** Source offset of text index i. */
  offset(i: number): number {
    let lo = 0;
    let hi = this.at.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.at[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return this.src[lo]! + Math.min(i - this.at[lo]!, this.len[lo]!);
  }
}

function isSpace(ch: string | undefined): boolean {
  if (ch === undefined) return true;
  const c = ch.charCodeAt(0);
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || (c > 255 && /\s/.test(ch));
}

const CLOSERS = /["'\u201d\u2019)\]]/;

/** Whether the character at i ends a sentence (see the module comment). */
function isBoundary(text: string, i: number): boolean {
  const ch = text[i];
  if (ch !== '.' && ch !== '!' && ch !== '?') return false;
  let j = i + 1;
  while (j < text.length && CLOSERS.test(text[j]!)) j++;
  if (j < text.length && !isSpace(text[j])) return false;
  if (ch !== '.') return true;
  let k = i - 1;
  while (k >= 0 && /[A-Za-z.]/.test(text[k]!)) k--;
  const word = text.slice(k + 1, i);
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) {
    if (lower !== 'etc') return false;
    // "etc." ends a sentence only when a capital letter (or the end) follows.
    let m = j;
    while (m < text.length && isSpace(text[m])) m++;
    return m >= text.length || /[A-Z]/.test(text[m]!);
  }
  // Single initials ("J. Smith") do not end a sentence.
  return !/^[A-Z]$/.test(word);
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

/** Split Markdown into prose sentences with their line numbers and offsets. */
export function splitSentences(markdownText: string): Sentence[] {
  return splitInContext(markdownText).map(({ text, line, start, end }) => ({ text, line, start, end }));
}

export function splitInContext(source: string): SentenceInContext[] {
  const tokens = markdown().parse(source, {});
  return sentencesIn(source, tokens, lineStarts(source), 0, tokens.length);
}

/**
 * A document parsed in two steps, so that its parts can be read apart (by different threads): the
 * block structure of the whole document first (the same in every thread), then each part's inline
 * content. Inline parsing reads nothing outside its own block but the document's link reference
 * definitions, which the block step collects; parts start at top-level blocks, where the splitter
 * carries no state (tables and their rows lie inside one part). So a document read part by part
 * gives exactly the sentences splitInContext gives.
 */
export interface BlockParse {
  source: string;
  tokens: Token[];
  starts: number[];
  env: Env;
  /** Token index where each part starts, then tokens.length. */
  cuts: number[];
}

let blockParser: InstanceType<typeof MarkdownIt> | undefined;
let inlineParser: InstanceType<typeof MarkdownIt> | undefined;

/** Parse the block structure of `source` and cut it into at most `parts` parts of similar size. */
export function parseBlocks(source: string, parts: number): BlockParse {
  if (blockParser === undefined) {
    blockParser = configured();
    blockParser.core.ruler.disable(['inline', 'text_join']);
  }
  const env: Env = {};
  const tokens = blockParser.parse(source, env);
  const starts = lineStarts(source);
  const cuts = [0];
  // Cut at the first top-level block starting at or after each 1/parts of the source.
  let next = 1;
  for (let t = 1; t < tokens.length && next < parts; t++) {
    const tok = tokens[t]!;
    if (tok.level !== 0 || tok.nesting === -1 || !tok.map) continue;
    const at = starts[Math.min(tok.map[0], starts.length - 1)]!;
    if (at < (source.length * next) / parts) continue;
    cuts.push(t);
    while (next < parts && at >= (source.length * next) / parts) next++;
  }
  cuts.push(tokens.length);
  return { source, tokens, starts, env, cuts };
}

/** The sentences of part `k` of a block parse (its inline content is parsed here). */
export function splitPart(doc: BlockParse, k: number): SentenceInContext[] {
  if (inlineParser === undefined) {
    inlineParser = configured();
    inlineParser.core.ruler.enableOnly(['inline', 'text_join']);
  }
  const from = doc.cuts[k]!;
  const to = doc.cuts[k + 1]!;
  const state = new inlineParser.core.State('', inlineParser, doc.env);
  state.tokens = doc.tokens.slice(from, to);
  inlineParser.core.process(state);
  return sentencesIn(doc.source, doc.tokens, doc.starts, from, to);
}

/** The sentences of tokens [from, to), which start at a top-level block (see BlockParse). */
function sentencesIn(source: string, tokens: Token[], starts: number[], from: number, to: number): SentenceInContext[] {
  const lineStart = (line0: number): number => starts[Math.min(line0, starts.length - 1)]!;
  const out: SentenceInContext[] = [];

  // Table state: the header cells of the current table, the current row's line and column.
  let headers: string[] | null = null;
  let inHead = false;
  let rowLine = -1;
  let col = -1;
  let cellCursor = 0;

  for (let t = from; t < to; t++) {
    const tok = tokens[t]!;
    switch (tok.type) {
      case 'table_open':
        headers = [];
        break;
      case 'table_close':
        headers = null;
        break;
      case 'thead_open':
        inHead = true;
        break;
      case 'thead_close':
        inHead = false;
        break;
      case 'tr_open':
        rowLine = tok.map ? tok.map[0] : rowLine;
        col = -1;
        cellCursor = lineStart(rowLine);
        break;
      case 'th_open':
      case 'td_open':
        col++;
        break;
      case 'inline': {
        const inCell = tokens[t - 1]?.type === 'th_open' || tokens[t - 1]?.type === 'td_open';
        const firstLine = inCell ? rowLine : (tok.map?.[0] ?? 0);
        const from = inCell ? cellCursor : lineStart(firstLine);
        const unit = readInline(tok, source, from, starts);
        if (inCell) {
          cellCursor = Math.max(cellCursor, unit.cursor);
          if (inHead && headers) headers[col] = unit.unit.text.replace(/\s+/g, ' ').trim();
          const row = lineStart(rowLine);
          const header = !inHead && headers && headers.length > 0 ? headers[col] : undefined;
          for (const s of sentencesOf(unit.unit, starts)) out.push(header !== undefined ? { ...s, row, header } : { ...s, row });
        } else {
          for (const [k, s] of sentencesOf(unit.unit, starts).entries()) out.push(k > 0 ? { ...s, follows: true } : s);
        }
        break;
      }
      default:
        // fence, code_block, html_block, hr: not prose. Paragraph, heading, list and quote markers
        // only open and close units; their text comes as `inline` tokens.
        break;
    }
  }
  return out;
}

/**
 * The prose of one inline token (a paragraph, heading or cell) as a Unit. `from` is the source offset
 * where the block's text starts; pieces are located in the source from there on, in order.
 */
function readInline(tok: Token, source: string, from: number, starts: number[]): { unit: Unit; cursor: number } {
  const unit = new Unit();
  let cursor = from;
  let struck = 0;
  // The end of the line the cursor is on: a piece is only looked for up to there (and its successor
  // lines, for pieces that follow a line break), so the search stays linear.
  const lineEnd = (offset: number): number => {
    const l = lineOf(starts, offset);
    return l < starts.length ? starts[l]! - 1 : source.length;
  };
  const locate = (s: string): number => {
    if (s === '') return -1;
    const limit = lineEnd(cursor);
    if (limit - cursor < s.length) return -1;
    // Search the rest of the line only: text that differs from its source (an entity, an escape)
    // would otherwise be looked for to the end of the document, for every such piece.
    const j = source.slice(cursor, limit).indexOf(s);
    return j >= 0 ? cursor + j : -1;
  };
  const addText = (s: string): void => {
    const j = locate(s);
    if (j >= 0) {
      unit.add(s, j, true);
      cursor = j + s.length;
    } else {
      // Unescaped or decoded text (\* or &amp;) differs from its source: map it to where we are.
      unit.add(s, cursor, false);
    }
  };
  const skip = (raw: string): void => {
    unit.add(' ', cursor, false);
    const j = locate(raw);
    if (j >= 0) cursor = j + raw.length;
  };
  const newline = (): void => {
    unit.add(' ', cursor, false);
    const l = lineOf(starts, cursor);
    if (l < starts.length) cursor = starts[l]!;
  };
  for (const c of tok.children ?? []) {
    switch (c.type) {
      case 'text':
        if (struck === 0) addText(c.content);
        else skip(c.content);
        break;
      case 'softbreak':
      case 'hardbreak':
        newline();
        break;
      case 'code_inline':
        skip(c.content);
        break;
      case 'html_inline': {
        // Raw HTML may span lines ("<!-- a\nb -->"): keep the cursor on the right line.
        const j = locate(c.content.split('\n')[0]!);
        if (j >= 0) cursor = j;
        const nl = c.content.split('\n').length - 1;
        for (let k = 0; k < nl; k++) {
          const l = lineOf(starts, cursor);
          if (l < starts.length) cursor = starts[l]!;
        }
        unit.add(' ', cursor, false);
        break;
      }
      case 'image':
        if (struck === 0) addText(c.content);
        break;
      case 's_open':
        struck++;
        break;
      case 's_close':
        struck = Math.max(0, struck - 1);
        unit.add(' ', cursor, false);
        break;
      default:
        // em / strong / link open and close: markup, not content.
        break;
    }
  }
  return { unit, cursor };
}

/** Words that open a real question: "Why? Because ..." stays two sentences. */
const QUESTION_WORDS = new Set(['who', 'what', 'when', 'where', 'why', 'how', 'which', 'whose', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'could', 'should', 'would', 'will', 'has', 'have', 'had', 'shall', 'may', 'might', 'must']);

/**
 * A question of at most three words that opens a sentence ("Denials? Zero value.", "Lease ended? Your
 * files are still there.") is a lead-in to what follows, not a sentence of its own: the two are read
 * as one, with the question mark as a clause mark. A lead-in at the end of its unit is a question.
 */
function leadIn(text: string, s: number, i: number): boolean {
  if (text[i] !== '?' || i + 1 >= text.length || !isSpace(text[i + 1])) return false;
  const words = text.slice(s, i).trim().split(/\s+/);
  if (words.length > 3 || QUESTION_WORDS.has(words[0]!.toLowerCase().replace(/[^a-z]/g, ''))) return false;
  for (let k = i + 1; k < text.length; k++) if (/[\p{L}\p{N}]/u.test(text[k]!)) return true;
  return false;
}

function sentencesOf(unit: Unit, starts: number[]): Sentence[] {
  const out: Sentence[] = [];
  const text = unit.text;
  let s = -1;
  const flush = (end: number): void => {
    if (s < 0) return;
    let a = s;
    let b = end;
    while (a < b && isSpace(text[a])) a++;
    while (b > a && isSpace(text[b - 1])) b--;
    if (b > a) {
      const t = text.slice(a, b).replace(/\s+/g, ' ').trim();
      if (/[\p{L}\p{N}]/u.test(t)) {
        const start = unit.offset(a);
        out.push({ text: t, line: lineOf(starts, start), start, end: Math.max(start + 1, unit.offset(b - 1) + 1) });
      }
    }
    s = -1;
  };
  for (let i = 0; i < text.length; i++) {
    if (s < 0 && !isSpace(text[i])) s = i;
    if (s >= 0 && isBoundary(text, i) && !leadIn(text, s, i)) {
      let j = i + 1;
      while (j < text.length && CLOSERS.test(text[j]!)) j++;
      flush(j);
      i = j - 1;
    }
  }
  flush(text.length);
  return out;
}
