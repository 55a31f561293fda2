/**
 * An XML request read as the JSON it stands for (xmlAsBody): eBay's Trading
 * API (`<AddMemberMessageAAQToPartnerRequest>` with a `<MemberMessage>`'s
 * `<Body>`, POSTed to api.ebay.com/ws/api.dll) and SOAP services send their
 * words in elements, which the heuristic otherwise never reads. Elements
 * become fields (repeated ones arrays, attributes dropped, namespaces
 * stripped), and the request's method, named by the root element (or a SOAP
 * envelope's first element in its body), is given as `methodname`, as
 * XML-RPC names its method and Moodle's AJAX batches name theirs: its words
 * say the kind (operation-kind.ts). XML-RPC itself (`<methodCall>`) is not
 * read: its parameters are positional, a password among them with no name
 * to tell it by. The scan is bounded; a document it cannot follow stays
 * text, unread, as before.
 */
import type { ParsedBody } from '../types';

/** At most this many tags and text runs are read. */
const MAX_TOKENS = 4000;
/** Elements nested deeper than this are not read. */
const MAX_XML_DEPTH = 12;
/**
 * One token at a time, each where the last ended (sticky): a document with
 * anything else at that point (an unclosed comment or tag) is not read, and
 * no part of the body is scanned twice. A tag's attributes are one
 * whitespace character and then a lazy run: were it `\s+` before the run,
 * both could take the same whitespace, and a tag left open (`<a` and 250,000
 * spaces) would be tried in every split of it (quadratic: 18 s); with one
 * character, each length of the run is tried once.
 */
const TOKEN = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w.:-]{0,127})((?:\s[^>]*?)?)(\/?)>|([^<]+)/y;

function localName(name: string): string {
  const colon = name.lastIndexOf(':');
  return colon >= 0 ? name.slice(colon + 1) : name;
}
function decodeEntities(s: string): string {
  return s.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(lt|gt|amp|quot|apos));/gi, (m, dec: string | undefined, hex: string | undefined, named: string | undefined) => {
    const code = dec !== undefined ? Number(dec) : hex !== undefined ? parseInt(hex, 16) : undefined;
    if (code !== undefined) return code <= 0x10ffff ? String.fromCodePoint(code) : m;
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[named!.toLowerCase() as 'lt'] ?? m;
  });
}

interface Frame {
  name: string;
  children: Record<string, unknown> | undefined;
  text: string;
}
function add(into: Record<string, unknown>, name: string, value: unknown): void {
  const had = into[name];
  if (had === undefined) into[name] = value;
  else if (Array.isArray(had)) had.push(value);
  else into[name] = [had, value];
}

/** A body that is an XML document, read as JSON with its method named; other bodies as they are. */
export function xmlAsBody(body: ParsedBody): ParsedBody {
  if (body.type !== 'text' || !/^\s*<(?:\?xml|[A-Za-z_])/.test(body.text)) return body;
  const root: Record<string, unknown> = {};
  const stack: Frame[] = [{ name: '', children: root, text: '' }];
  let tokens = 0;
  TOKEN.lastIndex = 0;
  const text = body.text;
  let read = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    if (++tokens > MAX_TOKENS) return body;
    read = TOKEN.lastIndex;
    const top = stack[stack.length - 1]!;
    if (m[1] !== undefined) top.text += m[1];
    else if (m[6] !== undefined) top.text += decodeEntities(m[6]);
    else if (m[3] !== undefined) {
      const name = localName(m[3]);
      if (m[2] === '/') {
        if (stack.length < 2 || top.name !== name) return body;
        stack.pop();
        add(stack[stack.length - 1]!.children ??= {}, name, top.children ?? top.text.trim());
      } else if (m[5] === '/') add(top.children ??= {}, name, '');
      else {
        if (stack.length > MAX_XML_DEPTH) return body;
        stack.push({ name, children: undefined, text: '' });
      }
    }
  }
  // Stopped before the end: something here is not XML the scan follows.
  if (read < text.length) return body;
  const names = Object.keys(root);
  if (stack.length !== 1 || names.length !== 1) return body;
  const rootName = names[0]!;
  if (rootName === 'methodCall' || rootName === 'methodResponse') return body;
  let method = rootName;
  const value = root[rootName];
  // A SOAP envelope names its method by the first element of its body.
  if (rootName === 'Envelope' && typeof value === 'object' && value !== null) {
    const soapBody = (value as Record<string, unknown>)['Body'];
    const first = typeof soapBody === 'object' && soapBody !== null ? Object.keys(soapBody)[0] : undefined;
    if (first !== undefined) method = first;
  }
  return { type: 'json', value: { methodname: method, [rootName]: value } };
}
