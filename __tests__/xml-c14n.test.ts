/**
 * Inclusive Canonical XML 1.1 (no comments) on small cases from the C14N specification
 * (https://www.w3.org/TR/xml-c14n11/ §3, the examples without a DTD), plus document subsets as
 * XML-DSig SignedInfo needs them. The real NVIDIA RIM signatures (nvidia-rim.test.ts) check the
 * canonicalizer independently.
 */
import { describe, expect, it } from 'vitest';
import { canonicalizeDocument, canonicalizeSubtree, parseXmlStrict } from '../src/evidence/formats/xml-c14n.js';

const c14n = (xml: string) => canonicalizeDocument(parseXmlStrict(xml, 'test'));
const subtree = (xml: string, tag: string) => {
  const doc = parseXmlStrict(xml, 'test');
  return canonicalizeSubtree(doc.getElementsByTagName(tag)[0]!);
};

describe('C14N 1.1 spec examples', () => {
  it('3.1 PIs, comments and content outside the document element', () => {
    const input = '<?xml version="1.0"?>\n\n<?xml-stylesheet   href="doc.xsl"\n   type="text/xsl"   ?>\n\n<doc>Hello, world!<!-- Comment 1 --></doc>\n\n<?pi-without-data     ?>\n\n<!-- Comment 2 -->\n\n<!-- Comment 3 -->';
    expect(c14n(input)).toBe('<?xml-stylesheet href="doc.xsl"\n   type="text/xsl"   ?>\n<doc>Hello, world!</doc>\n<?pi-without-data?>');
  });

  it('3.2 whitespace in document content is kept', () => {
    const input = '<doc>\n   <clean>   </clean>\n   <dirty>   A   B   </dirty>\n   <mixed>\n      A\n      <clean>   </clean>\n      B\n      <dirty>   A   B   </dirty>\n      C\n   </mixed>\n</doc>';
    expect(c14n(input)).toBe(input);
  });

  it('3.3 start and end tags: empty elements, attribute and namespace order, superfluous and empty default declarations', () => {
    const input = [
      '<doc>',
      '   <e1   />',
      '   <e2   ></e2>',
      '   <e3   name = "elem3"   id="elem3"   />',
      '   <e4   name="elem4"   id="elem4"   ></e4>',
      '   <e5 a:attr="out" b:attr="sorted" attr2="all" attr="I\'m"',
      '      xmlns:b="http://www.ietf.org"',
      '      xmlns:a="http://www.w3.org"',
      '      xmlns="http://example.org"/>',
      '   <e6 xmlns="" xmlns:a="http://www.w3.org">',
      '      <e7 xmlns="http://www.ietf.org">',
      '         <e8 xmlns="" xmlns:a="http://www.w3.org">',
      '            <e9 xmlns="" xmlns:a="http://www.ietf.org"/>',
      '         </e8>',
      '      </e7>',
      '   </e6>',
      '</doc>',
    ].join('\n');
    expect(c14n(input)).toBe(
      [
        '<doc>',
        '   <e1></e1>',
        '   <e2></e2>',
        '   <e3 id="elem3" name="elem3"></e3>',
        '   <e4 id="elem4" name="elem4"></e4>',
        '   <e5 xmlns="http://example.org" xmlns:a="http://www.w3.org" xmlns:b="http://www.ietf.org" attr="I\'m" attr2="all" b:attr="sorted" a:attr="out"></e5>',
        '   <e6 xmlns:a="http://www.w3.org">',
        '      <e7 xmlns="http://www.ietf.org">',
        '         <e8 xmlns="">',
        '            <e9 xmlns:a="http://www.ietf.org"></e9>',
        '         </e8>',
        '      </e7>',
        '   </e6>',
        '</doc>',
      ].join('\n'),
    );
  });

  it('3.4 character modifications and character references', () => {
    const input = [
      '<doc>',
      '   <text>First line&#x0d;&#10;Second line</text>',
      '   <value>&#x32;</value>',
      '   <compute><![CDATA[value>"0" && value<"10" ?"valid":"error"]]></compute>',
      '   <compute expr=\'value>"0" &amp;&amp; value&lt;"10" ?"valid":"error"\'>valid</compute>',
      '   <norm attr=\' &apos;   &#x20;&#13;&#xa;&#9;   &apos; \'/>',
      '</doc>',
    ].join('\n');
    expect(c14n(input)).toBe(
      [
        '<doc>',
        '   <text>First line&#xD;\nSecond line</text>',
        '   <value>2</value>',
        '   <compute>value&gt;"0" &amp;&amp; value&lt;"10" ?"valid":"error"</compute>',
        '   <compute expr="value>&quot;0&quot; &amp;&amp; value&lt;&quot;10&quot; ?&quot;valid&quot;:&quot;error&quot;">valid</compute>',
        '   <norm attr=" \'    &#xD;&#xA;&#x9;   \' "></norm>',
        '</doc>',
      ].join('\n'),
    );
  });

  it('line ends are normalized and literal whitespace in attributes becomes spaces', () => {
    expect(c14n('<a b="x\ty\r\nz">1\r\n2\r3</a>')).toBe('<a b="x y z">1\n2\n3</a>');
  });
});

describe('document subsets (SignedInfo) and the enveloped-signature node set', () => {
  it('the apex renders every namespace in scope, inherited ones too, and inherits xml:lang and xml:space, not xml:id', () => {
    const xml = '<a xmlns="urn:a" xmlns:p="urn:p" xml:lang="en" xml:id="i1" xml:space="preserve"><b xmlns:q="urn:q" p:y="2"><c p:x="1" xmlns:p="urn:p"/></b></a>';
    expect(subtree(xml, 'b')).toBe('<b xmlns="urn:a" xmlns:p="urn:p" xmlns:q="urn:q" xml:lang="en" xml:space="preserve" p:y="2"><c p:x="1"></c></b>');
  });

  it('an apex with xmlns="" inherits no default namespace and renders no empty declaration', () => {
    expect(subtree('<a xmlns="urn:a"><b xmlns=""><c/></b></a>', 'b')).toBe('<b><c></c></b>');
  });

  it('the apex keeps its own xml:lang over an ancestor\'s', () => {
    expect(subtree('<a xml:lang="en"><b xml:lang="fr"/></a>', 'b')).toBe('<b xml:lang="fr"></b>');
  });

  it('the whole document minus one element: surrounding text stays, the element and its subtree go', () => {
    const doc = parseXmlStrict('<r xmlns:ds="urn:ds">\n  <x>1</x>\n  <ds:Signature><ds:V>s</ds:V></ds:Signature>\n</r>', 't');
    const sig = doc.getElementsByTagName('ds:Signature')[0]!;
    expect(canonicalizeDocument(doc, sig)).toBe('<r xmlns:ds="urn:ds">\n  <x>1</x>\n  \n</r>');
  });

  it('attributes sort by namespace URI, then local name, in code point order', () => {
    expect(c14n('<a xmlns:z="urn:a" xmlns:y="urn:b" y:k="1" z:k="2" b="3" a="4"/>')).toBe('<a xmlns:y="urn:b" xmlns:z="urn:a" a="4" b="3" z:k="2" y:k="1"></a>');
  });
});

describe('strict parsing', () => {
  it.each([
    ['a DOCTYPE', '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>', /DOCTYPE/],
    ['an undefined entity', '<a>&e;</a>', /not well-formed/],
    ['mismatched tags', '<a><b></a>', /not well-formed/],
    ['xml:base', '<a><b xml:base="http://x/"/></a>', /xml:base/],
    ['no document element', '   ', /not well-formed|no document element/],
    ['nesting deeper than 64', `${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}`, /nested deeper than 64/],
  ])('%s is rejected', (_n, xml, msg) => {
    expect(() => parseXmlStrict(xml, 'test')).toThrow(msg);
  });
});
