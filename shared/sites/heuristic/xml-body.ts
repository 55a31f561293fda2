/**
 * An XML request read as the JSON it stands for (xmlAsBody): eBay's Trading
 * API (`<AddMemberMessageAAQToPartnerRequest>` with a `<MemberMessage>`'s
 * `<Body>`, POSTed to api.ebay.com/ws/api.dll) and SOAP services send their
 * words in elements, which the heuristic otherwise never reads. Elements
 * become fields (repeated ones arrays, namespaces stripped; attributes
 * beside an element's children or in place of an empty one's text, dropped
 * from a leaf with text), and the request's method, named by the root
 * element (or a SOAP envelope's first element in its body, which is then
 * what is read), is given as `methodname`, as XML-RPC names its method and
 * Moodle's AJAX batches name theirs: its words say the kind
 * (operation-kind.ts) and whether it publishes at all (refuses.ts: setters
 * and checks). XML-RPC itself (`<methodCall>`) is not read: its parameters
 * are positional, a password among them with no name to tell it by; nor is
 * an SVG picture. XMPP over BOSH is read for its message stanzas and
 * microblog publishes (XEP-0277) alone. The
 * scan is bounded; a document it cannot follow stays text, unread, as
 * before.
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
  attributes: Record<string, string> | undefined;
}
function add(into: Record<string, unknown>, name: string, value: unknown): void {
  const had = into[name];
  if (had === undefined) into[name] = value;
  else if (Array.isArray(had)) had.push(value);
  else into[name] = [had, value];
}
/**
 * One attribute at a time in a tag's attribute run: a name, `=`, a quoted
 * value. A name starts only after whitespace or a quote, so that a long run
 * of name characters with no `=` is tried from one place, not from each.
 */
const ATTRIBUTE = /(?<![^\s"'])([A-Za-z_][\w.:-]{0,127})\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
/** At most this many attributes of one tag are kept. */
const MAX_ATTRIBUTES = 20;
/**
 * A tag's attributes, namespace declarations aside: they say what an element
 * does (EWS's `<CreateItem MessageDisposition="SaveOnly">` saves a draft,
 * XMPP's `<message type="groupchat" to="room@…">` is a chat line).
 */
function attributesOf(run: string): Record<string, string> | undefined {
  if (run === '') return undefined;
  let out: Record<string, string> | undefined;
  let n = 0;
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(run); m !== null && n < MAX_ATTRIBUTES; m = ATTRIBUTE.exec(run)) {
    const name = m[1]!;
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
    n++;
    (out ??= {})[localName(name)] = decodeEntities(m[2] ?? m[3] ?? '');
  }
  return out;
}
/** An element's value: its children with its attributes beside them, else its text (a leaf's attributes dropped), else its attributes. */
function valueOf(frame: Frame): unknown {
  if (frame.children !== undefined) {
    if (frame.attributes !== undefined) for (const name in frame.attributes) if (!(name in frame.children)) frame.children[name] = frame.attributes[name];
    return frame.children;
  }
  const text = frame.text.trim();
  return text === '' && frame.attributes !== undefined ? frame.attributes : text;
}
/** The default namespace a root element declares (XMPP's BOSH wrapper: http://jabber.org/protocol/httpbind). */
function defaultNamespace(run: string): string | undefined {
  return /(?:^|\s)xmlns\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(run)?.slice(1).find((v) => v !== undefined);
}
/**
 * Roots that are not a request naming a method: XML-RPC's `<methodCall>`
 * (positional parameters, a password among them with no name to tell it
 * by) and a picture or file (`<svg>`, put to storage as a file).
 */
const UNREAD_ROOTS = new Set(['methodCall', 'methodResponse', 'svg']);
const BOSH_NAMESPACE = 'http://jabber.org/protocol/httpbind';

const MICROBLOG_NODE = 'urn:xmpp:microblog:0';
function child(v: unknown, name: string): unknown {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>)[name] : undefined;
}
/**
 * XEP-0277 microblogging over BOSH (Jappix, Movim, Libervia; second review of rounds u4 and r9): an `<iq
 * type='set'>` whose pubsub `<publish>` goes to the microblog node is a post, to one of its comments nodes
 * (`urn:xmpp:microblog:0:comments/…`) a comment; the Atom `<entry>` it carries is read. Other iq publishes
 * (a vCard, bookmarks, an avatar) stay unread. Only the entry's content (else its title) is read.
 */
function microblogPublish(value: unknown): ParsedBody | undefined {
  const iqs = child(value, 'iq');
  for (const iq of (Array.isArray(iqs) ? iqs : [iqs]).slice(0, 10)) {
    if (child(iq, 'type') !== 'set') continue;
    const publish = child(child(iq, 'pubsub'), 'publish');
    const node = child(publish, 'node');
    if (typeof node !== 'string') continue;
    const comment = node.startsWith(`${MICROBLOG_NODE}:comments`);
    if (node !== MICROBLOG_NODE && !comment) continue;
    const entry = child(child(publish, 'item'), 'entry');
    if (entry === undefined) continue;
    // A short entry's words are its title (XEP-0277: content is optional); a field named title is otherwise no post.
    const content = child(entry, 'content') ?? child(entry, 'title');
    return { type: 'json', value: { methodname: comment ? 'addComment' : 'publishPost', entry: { content } } };
  }
  return undefined;
}

/** A body that is an XML document, read as JSON with its method named; other bodies as they are. */
export function xmlAsBody(body: ParsedBody): ParsedBody {
  if (body.type !== 'text' || !/^\s*<(?:\?xml|[A-Za-z_])/.test(body.text)) return body;
  const root: Record<string, unknown> = {};
  const stack: Frame[] = [{ name: '', children: root, text: '', attributes: undefined }];
  let tokens = 0;
  let rootNamespace: string | undefined;
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
        add(stack[stack.length - 1]!.children ??= {}, name, valueOf(top));
      } else if (m[5] === '/') add(top.children ??= {}, name, attributesOf(m[4]!) ?? '');
      else {
        if (stack.length > MAX_XML_DEPTH) return body;
        if (stack.length === 1) rootNamespace = defaultNamespace(m[4]!);
        stack.push({ name, children: undefined, text: '', attributes: attributesOf(m[4]!) });
      }
    }
  }
  // Stopped before the end: something here is not XML the scan follows.
  if (read < text.length) return body;
  const names = Object.keys(root);
  if (stack.length !== 1 || names.length !== 1) return body;
  const rootName = names[0]!;
  if (UNREAD_ROOTS.has(rootName)) return body;
  const value = root[rootName];
  // XMPP over BOSH (POST /http-bind: Jitsi Meet, Converse.js) wraps stanzas in a <body>: only <message> stanzas
  // carry words to others; presence (a status line) and iq (a vCard's profile, a roster) publish nothing.
  if (rootName === 'body' && rootNamespace === BOSH_NAMESPACE) {
    const message = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)['message'] : undefined;
    if (message !== undefined) return { type: 'json', value: { methodname: 'message', message } };
    return microblogPublish(value) ?? { type: 'none' };
  }
  // A SOAP envelope names its method by the first element of its body, and is read as that element: the header
  // holds the caller's credentials and routing, not words.
  if (rootName === 'Envelope' && typeof value === 'object' && value !== null) {
    const soapBody = (value as Record<string, unknown>)['Body'];
    const first = typeof soapBody === 'object' && soapBody !== null ? Object.keys(soapBody)[0] : undefined;
    if (first !== undefined) return { type: 'json', value: { methodname: first, [first]: (soapBody as Record<string, unknown>)[first] } };
  }
  return { type: 'json', value: { methodname: rootName, [rootName]: value } };
}
