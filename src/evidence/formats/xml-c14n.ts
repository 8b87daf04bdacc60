/**
 * Strict XML parsing and inclusive Canonical XML 1.1 without comments
 * (http://www.w3.org/2006/12/xml-c14n11), over @xmldom/xmldom. No crypto here: the XML-DSig verifier
 * (verify/xmldsig.ts) digests and signs what this renders.
 *
 * Two node sets are supported, the two an enveloped signature needs:
 * - the whole document minus one element's subtree (the `enveloped-signature` transform of a
 *   Reference with URI=""), comments omitted;
 * - one element's subtree as a document subset (SignedInfo): its parent is outside the set, so the
 *   apex renders every namespace declaration in scope, inherited from its ancestors, and inherits
 *   the `xml:lang` and `xml:space` attributes of its ancestors (C14N 1.1 §2.4; `xml:id` is not
 *   inherited).
 *
 * Rejected instead of handled: a DOCTYPE (entities and defaulted attributes change what is signed),
 * `xml:base` anywhere (C14N 1.1 would have to fix it up), elements nested deeper than 64, and every
 * parser error or warning.
 */
import { DOMParser, type Document, type Element, type Node } from '@xmldom/xmldom';

export const C14N11 = 'http://www.w3.org/2006/12/xml-c14n11';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;
const PI = 7;
const COMMENT = 8;
const DOCTYPE = 10;
/** Deepest element nesting accepted (a RIM is 3 levels deep; the canonicalizer recurses). */
const MAX_DEPTH = 64;

export type XmlErrorCode = 'XML_MALFORMED' | 'XML_UNSUPPORTED';

export class XmlError extends Error {
  readonly code: XmlErrorCode;
  constructor(code: XmlErrorCode, message: string) {
    super(message.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim());
    this.name = 'XmlError';
    this.code = code;
  }
}

/**
 * Parse XML text strictly: any parser error or warning, a DOCTYPE, `xml:base` or nesting deeper than
 * 64 is an XmlError.
 * Line ends are normalized first (XML 1.0 §2.11), as every conforming parser does.
 */
export function parseXmlStrict(text: string, what: string): Document {
  if (/<!DOCTYPE/i.test(text)) throw new XmlError('XML_UNSUPPORTED', `${what}: a DOCTYPE is not accepted`);
  const problems: string[] = [];
  let doc: Document;
  try {
    doc = new DOMParser({
      onError: (level, msg) => {
        problems.push(`${level}: ${msg}`);
      },
    }).parseFromString(text.replace(/\r\n?/g, '\n'), 'text/xml');
  } catch (e) {
    throw new XmlError('XML_MALFORMED', `${what}: not well-formed XML (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
  }
  if (problems.length > 0) throw new XmlError('XML_MALFORMED', `${what}: not well-formed XML (${problems[0]})`);
  if (!doc.documentElement) throw new XmlError('XML_MALFORMED', `${what}: no document element`);
  for (let n: Node | null = doc.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === DOCTYPE) throw new XmlError('XML_UNSUPPORTED', `${what}: a DOCTYPE is not accepted`);
  }
  // One iterative walk: nesting is bounded (canonicalization recurses), and xml:base is refused.
  const stack: [Element, number][] = [[doc.documentElement, 1]];
  while (stack.length > 0) {
    const [e, depth] = stack.pop()!;
    if (depth > MAX_DEPTH) throw new XmlError('XML_UNSUPPORTED', `${what}: elements nested deeper than ${MAX_DEPTH}`);
    for (const a of Array.from(e.attributes)) {
      if (a.namespaceURI === XML_NS && a.localName === 'base') throw new XmlError('XML_UNSUPPORTED', `${what}: xml:base is not accepted`);
    }
    for (let n: Node | null = e.firstChild; n; n = n.nextSibling) if (n.nodeType === ELEMENT) stack.push([n as Element, depth + 1]);
  }
  return doc;
}

/** Code point order (C14N sorts by Unicode code points, JS strings compare UTF-16 units). */
function cmp(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#xD;');
}

function escapeAttr(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#x9;')
    .replace(/\n/g, '&#xA;')
    .replace(/\r/g, '&#xD;');
}

function isNsDecl(a: { namespaceURI: string | null; name: string }): boolean {
  return a.namespaceURI === XMLNS_NS || a.name === 'xmlns' || a.name.startsWith('xmlns:');
}

/** The namespace declarations an element makes: prefix ('' = default) -> URI ('' = undeclared default). */
function ownDeclarations(e: Element): Map<string, string> {
  const m = new Map<string, string>();
  for (const a of Array.from(e.attributes)) {
    if (!isNsDecl(a)) continue;
    m.set(a.name === 'xmlns' ? '' : a.name.slice('xmlns:'.length), a.value);
  }
  return m;
}

/** Every namespace in scope at an element (ancestors' declarations overridden by nearer ones). */
function inScope(e: Element): Map<string, string> {
  const chain: Element[] = [];
  for (let n: Node | null = e; n && n.nodeType === ELEMENT; n = n.parentNode) chain.unshift(n as Element);
  const m = new Map<string, string>();
  for (const el of chain) for (const [p, u] of ownDeclarations(el)) m.set(p, u);
  return m;
}

interface Attr {
  qname: string;
  ns: string;
  local: string;
  value: string;
}

/**
 * Render one element. `parentScope` is what the output already has in scope at its nearest rendered
 * ancestor; `extraDecls` are namespaces in scope from ancestors outside the node set (the apex of a
 * subset), which the apex must render itself.
 */
function renderElement(
  e: Element,
  parentScope: Map<string, string>,
  out: string[],
  exclude: Node | null,
  inheritedXml: Attr[],
  extraDecls: Map<string, string> = new Map(),
): void {
  const scope = new Map(parentScope);
  for (const [p, u] of extraDecls) scope.set(p, u);
  for (const [p, u] of ownDeclarations(e)) scope.set(p, u);
  // Namespace nodes of e: every in-scope prefix with a non-empty URI (xmlns="" removes the default).
  const ns: [string, string][] = [];
  for (const [p, u] of scope) {
    if (p === 'xml') continue;
    if (u === '') continue;
    if (parentScope.get(p) !== u) ns.push([p, u]);
  }
  const parentDefault = parentScope.get('') ?? '';
  const ownDefault = scope.get('') ?? '';
  if (ownDefault === '' && parentDefault !== '') ns.push(['', '']);
  ns.sort((a, b) => cmp(a[0], b[0]));

  const attrs: Attr[] = [];
  for (const a of Array.from(e.attributes)) {
    if (isNsDecl(a)) continue;
    attrs.push({ qname: a.name, ns: a.namespaceURI ?? '', local: a.localName ?? a.name, value: a.value });
  }
  for (const x of inheritedXml) if (!attrs.some((a) => a.ns === XML_NS && a.local === x.local)) attrs.push(x);
  attrs.sort((a, b) => cmp(a.ns, b.ns) || cmp(a.local, b.local));

  out.push('<', e.tagName);
  for (const [p, u] of ns) out.push(' ', p === '' ? 'xmlns' : `xmlns:${p}`, '="', escapeAttr(u), '"');
  for (const a of attrs) out.push(' ', a.qname, '="', escapeAttr(a.value), '"');
  out.push('>');
  // What the output has in scope for the children: this element's full namespace context.
  const rendered = new Map(scope);
  if (!rendered.has('')) rendered.set('', '');
  for (let n: Node | null = e.firstChild; n; n = n.nextSibling) renderNode(n, rendered, out, exclude);
  out.push('</', e.tagName, '>');
}

function renderNode(n: Node, scope: Map<string, string>, out: string[], exclude: Node | null): void {
  if (n === exclude) return;
  switch (n.nodeType) {
    case ELEMENT:
      renderElement(n as Element, scope, out, exclude, []);
      return;
    case TEXT:
    case CDATA:
      out.push(escapeText((n as unknown as { data: string }).data));
      return;
    case PI: {
      const pi = n as unknown as { target: string; data: string };
      out.push('<?', pi.target, pi.data ? ` ${pi.data}` : '', '?>');
      return;
    }
    case COMMENT:
      return;
    default:
      throw new XmlError('XML_UNSUPPORTED', `node type ${n.nodeType} cannot be canonicalized`);
  }
}

/**
 * The canonical form (C14N 1.1, no comments) of a whole document, leaving out `exclude` and its
 * subtree: what a Reference with URI="" and the enveloped-signature transform digests.
 */
export function canonicalizeDocument(doc: Document, exclude: Node | null = null): string {
  const out: string[] = [];
  const root = doc.documentElement;
  if (!root) throw new XmlError('XML_MALFORMED', 'no document element');
  let after = false;
  for (let n: Node | null = doc.firstChild; n; n = n.nextSibling) {
    if (n === root) {
      renderElement(root, new Map([['', '']]), out, exclude, []);
      after = true;
    } else if (n.nodeType === PI && n !== exclude) {
      const pi = n as unknown as { target: string; data: string };
      // The parser reports the XML declaration as a PI named xml: it is not part of the canonical form.
      if (pi.target === 'xml') continue;
      const s = `<?${pi.target}${pi.data ? ` ${pi.data}` : ''}?>`;
      out.push(after ? `\n${s}` : `${s}\n`);
    }
    // Comments are omitted; text outside the document element is not part of the canonical form.
  }
  return out.join('');
}

/**
 * The canonical form (C14N 1.1, no comments) of one element's subtree taken as a document subset:
 * the apex renders every namespace in scope (inherited ones too) and inherits `xml:lang` and
 * `xml:space` from its ancestors.
 */
export function canonicalizeSubtree(e: Element): string {
  const out: string[] = [];
  const inherited: Attr[] = [];
  for (let p: Node | null = e.parentNode; p && p.nodeType === ELEMENT; p = p.parentNode) {
    for (const a of Array.from((p as Element).attributes)) {
      if (a.namespaceURI !== XML_NS || (a.localName !== 'lang' && a.localName !== 'space')) continue;
      if (!inherited.some((x) => x.local === a.localName)) inherited.push({ qname: a.name, ns: XML_NS, local: a.localName, value: a.value });
    }
  }
  const ancestors = e.parentNode && e.parentNode.nodeType === ELEMENT ? inScope(e.parentNode as Element) : new Map<string, string>();
  renderElement(e, new Map([['', '']]), out, null, inherited, ancestors);
  return out.join('');
}
