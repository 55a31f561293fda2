/**
 * Plain text from the rich-text documents some sites send instead of a text
 * field: Reddit's rich-text JSON, Slack's `rich_text` blocks, Tumblr's
 * Neue Post Format content blocks and the legacy message attachments Slack,
 * Mattermost and Rocket.Chat share. Each walk is bounded (nodes and depth), so
 * a hostile document costs no more than a small one; what the walk cannot
 * reach is left out and the caller is told (`complete: false`), so that the
 * guard can ask with the text marked unknown rather than show half of it.
 */
import { asJson, at, isRecord, str } from './body';

export interface Extracted {
  text: string;
  complete: boolean;
}

const MAX_NODES = 5000;
const MAX_DEPTH = 24;

/**
 * Reddit's rich-text JSON (`richtext_json`, as PRAW builds it through
 * /api/convert_rte_body_format): `{ document: [{ e: 'par', c: [{ e: 'text', t }] }, ...] }`,
 * with links (`e: 'link', t, u`), mentions (`e: 'u/' | 'r/', t`), headings,
 * lists, quotes and code blocks (`e: 'raw', t`).
 */
export function redditRichText(value: unknown): Extracted | undefined {
  const doc = asJson(value);
  const blocks = isRecord(doc) ? doc['document'] : undefined;
  if (!Array.isArray(blocks)) return undefined;
  let nodes = 0;
  let complete = true;
  const inline = (node: unknown, depth: number): string => {
    if (++nodes > MAX_NODES || depth > MAX_DEPTH) {
      complete = false;
      return '';
    }
    if (!isRecord(node)) return '';
    const e = str(node['e']);
    const t = str(node['t']) ?? '';
    switch (e) {
      case 'text':
      case 'raw':
        return t;
      case 'link':
        return t || (str(node['u']) ?? '');
      case 'u/':
        return `u/${t}`;
      case 'r/':
        return `r/${t}`;
      case 'br':
        return '\n';
      default: {
        const children = node['c'];
        if (!Array.isArray(children)) return t;
        const joiner = e === 'list' || e === 'code' || e === 'table' ? '\n' : e === 'blockquote' ? '\n\n' : '';
        return children.map((c) => inline(c, depth + 1)).join(joiner);
      }
    }
  };
  const text = blocks.map((b) => inline(b, 1)).join('\n\n');
  return { text, complete };
}

/**
 * Slack's `blocks` (docs.slack.dev "Rich text block"): `rich_text` blocks hold
 * `rich_text_section`, `rich_text_list`, `rich_text_quote` and
 * `rich_text_preformatted` elements, whose leaves are `text`, `link`,
 * `emoji`, `user`, `channel`, `usergroup`, `broadcast` and `date`. Other
 * block types are read too: `section` (`text.text` and its `fields`),
 * `header`, `context` (its `mrkdwn` and `plain_text` elements on one line;
 * before the review of rounds r5 and r6 they were skipped), `markdown`
 * (`text`), `video` (title and description) and `table` (a row a line).
 */
export function slackBlocksText(value: unknown): Extracted | undefined {
  const blocks = asJson(value);
  if (!Array.isArray(blocks)) return undefined;
  let nodes = 0;
  let complete = true;
  const leaf = (el: Record<string, unknown>): string => {
    switch (str(el['type'])) {
      case 'text':
        return str(el['text']) ?? '';
      case 'link':
        return str(el['text']) ?? str(el['url']) ?? '';
      case 'emoji':
        return `:${str(el['name']) ?? ''}:`;
      case 'user':
        return `<@${str(el['user_id']) ?? ''}>`;
      case 'channel':
        return `<#${str(el['channel_id']) ?? ''}>`;
      case 'usergroup':
        return `<!subteam^${str(el['usergroup_id']) ?? ''}>`;
      case 'broadcast':
        return `<!${str(el['range']) ?? ''}>`;
      case 'date':
        return str(el['fallback']) ?? '';
      // A context block's text elements (an image element there has no words).
      case 'mrkdwn':
      case 'plain_text':
        return str(el['text']) ?? '';
      default:
        return '';
    }
  };
  const walk = (node: unknown, depth: number): string => {
    if (++nodes > MAX_NODES || depth > MAX_DEPTH) {
      complete = false;
      return '';
    }
    if (!isRecord(node)) return '';
    const type = str(node['type']) ?? '';
    const elements = node['elements'];
    if (Array.isArray(elements)) {
      // A context block's elements sit side by side on one line.
      const joiner = type === 'rich_text' || type === 'rich_text_list' ? '\n' : type === 'context' ? ' ' : '';
      const pieces = elements.map((e) => walk(e, depth + 1));
      const inner = (type === 'context' ? pieces.filter((p) => p !== '') : pieces).join(joiner);
      return type === 'rich_text_quote' ? `> ${inner}` : inner;
    }
    if (type === 'section' || type === 'header' || type === 'context') {
      const t = node['text'];
      const own = isRecord(t) ? (str(t['text']) ?? '') : '';
      // A section's `fields` (two columns of short texts) are shown under its text, one per line here.
      const fields = type === 'section' && Array.isArray(node['fields']) ? node['fields'].slice(0, 10).map((f) => (isRecord(f) ? (str(f['text']) ?? '') : '')) : [];
      return [own, ...fields].filter((p) => p !== '').join('\n');
    }
    // A markdown block's `text` is a string; a video's title and description are text objects.
    if (type === 'markdown') return str(node['text']) ?? '';
    if (type === 'video') return [at(node, 'title', 'text'), at(node, 'description', 'text')].filter((p): p is string => typeof p === 'string' && p !== '').join('\n');
    // A table's rows of cells (`raw_text` or `rich_text`): one line per row, cells apart.
    if (type === 'table') {
      const rows = node['rows'];
      if (!Array.isArray(rows)) return '';
      if (rows.length > 100) complete = false;
      return rows
        .slice(0, 100)
        .map((row) => (Array.isArray(row) ? row.slice(0, 20).map((cell) => (isRecord(cell) && cell['type'] === 'raw_text' ? (str(cell['text']) ?? '') : walk(cell, depth + 1))).join('\t') : ''))
        .filter((line) => line.trim() !== '')
        .join('\n');
    }
    return leaf(node);
  };
  const parts = blocks.map((b) => walk(b, 1)).filter((p) => p !== '');
  return { text: parts.join('\n'), complete };
}

/**
 * Tumblr's Neue Post Format (tumblr/docs npf-spec.md): `content` is an array
 * of blocks; `text` blocks carry `text`, media blocks may carry `alt_text` or
 * `caption`, link blocks a `title` and `description`, poll blocks a `question`
 * and `answers[].answer_text`.
 */
export function npfText(content: unknown): Extracted | undefined {
  const blocks = asJson(content);
  if (!Array.isArray(blocks)) return undefined;
  const parts: string[] = [];
  let complete = blocks.length <= 1000;
  for (const block of blocks.slice(0, 1000)) {
    if (!isRecord(block)) continue;
    switch (str(block['type'])) {
      case 'text':
        parts.push(str(block['text']) ?? '');
        break;
      case 'link':
        for (const k of ['title', 'description']) {
          const t = str(block[k]);
          if (t) parts.push(t);
        }
        break;
      case 'poll': {
        const q = str(block['question']);
        if (q) parts.push(q);
        const answers = block['answers'];
        if (Array.isArray(answers)) for (const a of answers.slice(0, 20)) if (isRecord(a) && str(a['answer_text'])) parts.push(str(a['answer_text'])!);
        break;
      }
      case 'image':
      case 'video':
      case 'audio': {
        const t = str(block['caption']) ?? str(block['alt_text']);
        if (t) parts.push(t);
        break;
      }
      default:
        if (block['text'] !== undefined && typeof block['text'] !== 'string') complete = false;
    }
  }
  return { text: parts.join('\n'), complete };
}

/** Elements that stand on lines of their own: a line ends where one opens or closes (or, for `br`, where it stands). */
const BLOCK_TAG = /^(?:p|div|br|li|tr|h[1-6]|blockquote|pre|ul|ol|table)$/;
/** Table cells: words of two cells are kept apart. */
const CELL_TAG = /^(?:td|th)$/;
/** A link's target as written in its tag (quoted or not). */
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** Longest HTML message read: a chat message is at most a few tens of kilobytes (Teams and Google Chat cap near 28 to 32 KB). */
const MAX_HTML = 200_000;

/** `s` without its trailing spaces (a loop: a regex anchored at the end would retry every space of a long run). */
function trimSpacesEnd(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 32) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** Character references decoded (the named ones HTML and XML share, and numeric ones); unknown names kept as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,6}));/gi, (whole, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    const cp = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex!, 16);
    return cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : whole;
  });
}

/**
 * The text a person reads in the HTML of a chat message (Microsoft Teams'
 * `RichText/Html` content: `<p>`, `<div>`, `<br>`, lists, mention `<span>`s,
 * emoji as `<img alt="🙂">`): tags removed, a line break where a block opens
 * or ends, a space between table cells, entities decoded, an image replaced
 * by its `alt` text, a link followed by its target (`the doc (https://…)`:
 * the identity rules look for personal domains in it), comments, `<style>`
 * and `<script>` contents left out, white space of the source collapsed
 * outside `<pre>`. Linear in the input; longer input than a message can be,
 * or a comment, `<script>` or `<style>` left open (which would hide the rest),
 * is not read (`complete: false`).
 */
/**
 * Whether a link's words are the fediverse handle of the account it links to (a mention in Mobilizon's or
 * Mastodon's HTML, `@ana@host` linking to https://host/@ana or …/users/ana, round f1): the target then says
 * nothing the words do not, and is not shown after them.
 */
function handleOf(shown: string, target: string): boolean {
  const m = /^@([A-Za-z0-9_.-]{1,64})@([A-Za-z0-9.-]{1,253})$/.exec(shown);
  if (m === null) return false;
  const user = m[1]!.toLowerCase();
  const host = m[2]!.toLowerCase();
  const t = target.toLowerCase().replace(/\/$/, '');
  return t === `https://${host}/@${user}` || t === `https://${host}/users/${user}` || t === `https://${host}/u/${user}`;
}

export function htmlText(html: string): Extracted {
  if (html.length > MAX_HTML) return { text: '', complete: false };
  const out: string[] = [];
  let skipUntil: string | undefined;
  let pre = 0;
  let lineStart = true;
  let complete = true;
  /** The target of the link being read, shown after its text when it closes. */
  let href: string | undefined;
  let linkTextFrom = 0;
  const pushText = (raw: string) => {
    let piece = decodeEntities(pre > 0 ? raw : raw.replace(/[ \t\r\n]+/g, ' '));
    // Outside <pre>, white space at the start of a line is the source's layout.
    if (lineStart && pre === 0) piece = piece.replace(/^ +/, '');
    if (piece === '') return;
    out.push(piece);
    lineStart = false;
  };
  const pushBreak = () => {
    // Spaces before a line's end are layout too: each piece is dropped or trimmed once.
    while (pre === 0 && out.length > 0) {
      const last = out[out.length - 1]!;
      const trimmed = trimSpacesEnd(last);
      if (trimmed === last) break;
      if (trimmed === '') out.pop();
      else {
        out[out.length - 1] = trimmed;
        break;
      }
    }
    out.push('\n');
    lineStart = true;
  };
  const endLink = () => {
    if (href === undefined) return;
    const target = href;
    href = undefined;
    const shown = out.slice(linkTextFrom).join('').trim();
    const decoded = decodeEntities(target);
    if (shown === decoded || shown === decoded.replace(/^mailto:/i, '') || handleOf(shown, decoded)) return;
    pushText(shown === '' ? target : ` (${target})`);
  };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt === -1 ? html.length : lt;
    if (skipUntil === undefined && textEnd > i) pushText(html.slice(i, textEnd));
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      // A comment ends at `-->`, whatever `>` it holds.
      const end = html.indexOf('-->', lt + 4);
      if (end === -1) {
        complete = false;
        break;
      }
      i = end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt === -1) {
      // A lone '<' is text (an unescaped comparison), not a tag.
      if (skipUntil === undefined) pushText(html.slice(lt));
      break;
    }
    const tag = html.slice(lt + 1, gt);
    i = gt + 1;
    const m = /^(\/?)([a-z][a-z0-9]*)/i.exec(tag);
    if (!m) {
      if (skipUntil === undefined && !tag.startsWith('!') && !tag.startsWith('?')) pushText(html.slice(lt, gt + 1));
      continue;
    }
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    if (skipUntil !== undefined) {
      if (closing && name === skipUntil) skipUntil = undefined;
      continue;
    }
    if (!closing && (name === 'style' || name === 'script')) {
      if (!tag.endsWith('/')) skipUntil = name;
      continue;
    }
    if (name === 'img' && !closing) {
      const alt = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
      if (alt) pushText(alt[1] ?? alt[2] ?? '');
      continue;
    }
    if (name === 'a') {
      endLink();
      if (!closing) {
        const h = HREF.exec(tag);
        const target = h ? (h[1] ?? h[2] ?? h[3] ?? '').trim() : ''; // decoded when shown
        if (target !== '' && !target.startsWith('#') && !/^javascript:/i.test(target)) {
          href = target;
          linkTextFrom = out.length;
        }
      }
      continue;
    }
    if (name === 'pre') pre = Math.max(0, pre + (closing ? -1 : 1));
    if (name === 'br') pushBreak();
    // Nested blocks opening or closing together (`</div></div>`) end one line, not several.
    else if (BLOCK_TAG.test(name) && !lineStart) pushBreak();
    else if (CELL_TAG.test(name) && !closing && !lineStart) out.push(' ');
  }
  endLink();
  // A comment, script or style left open hides what follows from a reader, not from whoever receives it.
  if (skipUntil !== undefined) complete = false;
  // Line breaks before the first words and after the last are not text.
  let from = 0;
  while (from < out.length && out[from] === '\n') from++;
  let to = out.length;
  while (to > from && out[to - 1] === '\n') to--;
  return { text: out.slice(from, to).join(''), complete };
}

/** The `href` of a ProseMirror `link` mark (`marks: [{ type: 'link', attrs: { href } }]`), if any. */
function linkMarkHref(marks: unknown): string | undefined {
  if (!Array.isArray(marks)) return undefined;
  for (const m of marks.slice(0, 10)) {
    if (isRecord(m) && m['type'] === 'link' && isRecord(m['attrs'])) {
      const href = str(m['attrs']['href']);
      if (href !== undefined && href !== '' && !href.startsWith('#')) return href;
    }
  }
  return undefined;
}

/** ProseMirror nodes that stand on lines of their own. */
const PM_BLOCK = new Set(['paragraph', 'heading', 'blockquote', 'code_block', 'codeBlock', 'list_item', 'listItem', 'bullet_list', 'bulletList', 'ordered_list', 'orderedList', 'horizontal_rule', 'doc']);

/**
 * A ProseMirror document's text (Substack's notes and drafts: `{ type: 'doc',
 * content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }`):
 * one line per paragraph, heading or list item (an empty paragraph is an
 * empty line), `hard_break` as a line break, mentions by their label.
 * With `links` (the unknown-site heuristic), a link mark's target after its
 * words, a mention by its `text` (Atlassian's ADF) and a card by its `url`.
 * Bounded like the other walks.
 */
export function proseMirrorText(value: unknown, options: { links?: boolean } = {}): Extracted | undefined {
  const doc = asJson(value);
  if (!isRecord(doc) || !Array.isArray(doc['content'])) return undefined;
  let nodes = 0;
  let complete = true;
  const lines: string[] = [];
  let line: string[] | null = null;
  const walk = (node: unknown, depth: number): void => {
    if (++nodes > MAX_NODES || depth > MAX_DEPTH) {
      complete = false;
      return;
    }
    if (!isRecord(node)) return;
    const type = str(node['type']) ?? '';
    const children = node['content'];
    const leafBlock = type === 'paragraph' || type === 'heading' || type === 'code_block' || type === 'codeBlock';
    if (leafBlock) line = [];
    if (type === 'text') {
      const text = str(node['text']) ?? '';
      line?.push(text);
      // A link mark's target follows its words, as htmlText shows a link's (the identity rules look for personal
      // domains in it).
      const href = options.links ? linkMarkHref(node['marks']) : undefined;
      if (href !== undefined && href !== text.trim()) line?.push(` (${href})`);
    } else if (type === 'hard_break' || type === 'hardBreak') line?.push('\n');
    else if (!PM_BLOCK.has(type) && isRecord(node['attrs'])) {
      const attrs = node['attrs'];
      // Atlassian's mention carries its name as `text` ("@Alice Jones"); an inline or block card only its URL.
      const label = str(attrs['label']) ?? str(attrs['name']) ?? (options.links ? (str(attrs['text']) ?? str(attrs['url'])) : undefined);
      if (label !== undefined) line?.push(type === 'mention' && !label.startsWith('@') ? `@${label}` : label);
    }
    if (Array.isArray(children)) for (const c of children) walk(c, depth + 1);
    if (leafBlock) {
      lines.push(line!.join(''));
      line = null;
    }
  };
  walk(doc, 0);
  return { text: lines.join('\n'), complete };
}

// ------------------------------------------------ publishing sites' documents

/** Where markup starts: a tag (`<p`, `</p`) or a comment (`<!--`, the block editor's `<!-- wp:paragraph -->`). */
const MARKUP_START = /<(?:[a-z][a-z0-9]*|\/[a-z]|!--)/i;

/**
 * The words of a body a blog editor sends, which may be HTML (WordPress's
 * block and classic editors, Medium's API with `contentFormat: 'html'`) or
 * plain text (a comment form, Markdown): HTML is read as a reader sees it
 * (htmlText), anything else is kept as sent. Markup is a tag or comment
 * start with a `>` somewhere after it, found by two linear searches. Null
 * when the HTML is too long or left open to read in full.
 */
export function markupText(content: string): string | null {
  const start = MARKUP_START.exec(content);
  if (start === null || content.indexOf('>', start.index) === -1) return content;
  const extracted = htmlText(content);
  return extracted.complete ? extracted.text : null;
}

/**
 * Quora's rich-text documents (the `content` of answers, posts and
 * messages, a comment's `comment`; a JSON string or an object):
 * `{ sections: [{ type: 'plain', spans: [{ text, modifiers }] }, …] }`, one
 * line per section, spans joined. Image sections carry no words; an embedded
 * link (`hyperlink_embed`, `modifiers.embed.url`) is shown by its address.
 * Empty lines before the first words and after the last are dropped.
 */
export function quoraText(value: unknown): Extracted | undefined {
  const doc = asJson(value);
  if (!isRecord(doc) || !Array.isArray(doc['sections'])) return undefined;
  const sections = doc['sections'];
  const complete = sections.length <= MAX_NODES / 10;
  const lines: string[] = [];
  for (const section of sections.slice(0, MAX_NODES / 10)) {
    if (!isRecord(section) || section['type'] === 'image') continue;
    const spans = Array.isArray(section['spans']) ? section['spans'].slice(0, 200) : [];
    let line = '';
    for (const span of spans) {
      if (!isRecord(span)) continue;
      const text = str(span['text']);
      const embed = isRecord(span['modifiers']) && isRecord(span['modifiers']['embed']) ? str(span['modifiers']['embed']['url']) : undefined;
      line += text !== undefined && text !== '' ? text : (embed ?? '');
    }
    lines.push(line);
  }
  let from = 0;
  let to = lines.length;
  while (from < to && lines[from]!.trim() === '') from++;
  while (to > from && lines[to - 1]!.trim() === '') to--;
  return { text: lines.slice(from, to).join('\n'), complete };
}

/**
 * The words of Slack's legacy message attachments (pretext, title, text,
 * fields, footer; slack-go/slack attachments.go), or undefined when there are
 * none. Mattermost (`props.attachments`, webhooks) and Rocket.Chat
 * (`attachments`) take the same shape.
 */
export function legacyAttachmentsText(raw: unknown): string | undefined {
  const list = asJson(raw);
  if (!Array.isArray(list) || list.length === 0) return undefined;
  const parts: string[] = [];
  for (const a of list.slice(0, 20)) {
    parts.push(str(at(a, 'pretext')) ?? '', str(at(a, 'title')) ?? '', str(at(a, 'text')) ?? '');
    const fields = at(a, 'fields');
    if (Array.isArray(fields)) for (const f of fields.slice(0, 20)) parts.push(str(at(f, 'title')) ?? '', str(at(f, 'value')) ?? '');
    parts.push(str(at(a, 'footer')) ?? '');
  }
  return parts.filter((p) => p.trim() !== '').join('\n\n');
}

/** The message's own words, then its attachments' (Slack, Mattermost and Rocket.Chat show both). */
export function withAttachments(text: string | undefined, attachments: string | undefined): string | undefined {
  if (attachments === undefined || attachments === '') return text;
  return text !== undefined && text !== '' ? `${text}\n\n${attachments}` : attachments;
}
