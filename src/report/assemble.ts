/**
 * A size-limited Markdown document made of whole sections. When the document is over its limit,
 * optional sections are dropped whole, lowest priority first, and a note names what was left out:
 * nothing is ever cut in the middle of a tag, a table or a code block.
 */

export interface Section {
  /** Short name, shown in the "left out" note. */
  id: string;
  markdown: string;
  /** `required` sections are always kept (they are built small); others drop lowest first. */
  priority: number | 'required';
}

export interface AssembleOptions {
  /** Size limit in the unit `measure` counts. */
  limit: number;
  /** Size of a string: UTF-8 bytes for the job summary, UTF-16 code units for a comment. */
  measure: (s: string) => number;
  /** Text before every section (a hidden marker), counted against the limit. */
  prefix?: string;
}

export const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
export const codeUnits = (s: string): number => s.length;

const SEP = '\n\n';

export interface Assembled {
  markdown: string;
  dropped: string[];
}

function droppedNote(ids: string[]): string {
  return `<sub>Left out to stay under the size limit: ${ids.join(', ')}. The full receipt is in the uploaded artifact.</sub>`;
}

export function assemble(sections: Section[], opts: AssembleOptions): Assembled {
  const prefix = opts.prefix ?? '';
  const kept = sections.filter((s) => s.markdown !== '');
  const dropped: string[] = [];
  const render = (list: Section[], d: string[]) =>
    prefix + [...list.map((s) => s.markdown), ...(d.length ? [droppedNote(d)] : [])].join(SEP) + '\n';
  let out = render(kept, dropped);
  const order = kept
    .filter((s) => s.priority !== 'required')
    .sort((a, b) => (a.priority as number) - (b.priority as number));
  for (const victim of order) {
    if (opts.measure(out) <= opts.limit) break;
    kept.splice(kept.indexOf(victim), 1);
    dropped.push(victim.id);
    out = render(kept, dropped);
  }
  if (opts.measure(out) > opts.limit) {
    // Required sections alone are over the limit: fall back to the smallest honest document.
    out = prefix + `Compute receipt report left out: it does not fit in ${opts.limit} (size unit of this target).\n`;
    return { markdown: out, dropped: kept.map((s) => s.id).concat(dropped) };
  }
  return { markdown: out, dropped };
}
