/**
 * Google Chat (chat.google.com's web client, and the Chat API on
 * chat.googleapis.com that apps, webhooks and users' OAuth clients call).
 *
 * The web client's internal API ("Dynamite"), from the public clients that
 * speak it (EionRobb/purple-googlechat googlechat.proto CreateTopicRequest,
 * CreateMessageRequest and googlechat_connection.h; the Google Chat proxies
 * in the code index that build the web client's JSON):
 * - POST [/u/{n}]/api/create_topic?c=…|rt=b starts a conversation or a thread
 *   in a space; POST …/api/create_message adds a message to an existing
 *   thread (a reply). The body is the request protobuf, either as "pblite"
 *   JSON (an array in which field N sits at index N-1: `text_body`, field 2,
 *   is at index 1; the request header, field 100, at the end) or as binary
 *   protobuf (`application/x-protobuf`, whose text Hatstand does not decode:
 *   a message whose text is unknown).
 * - A message with no text (a Meet link or an attachment, sent as
 *   annotations) has an empty `text_body`.
 * Not posts: set_typing_state, update_reaction, mark_group_readstate,
 * set_custom_status (a status line shown next to one's name, not a
 * message), set_presence_shared, and the webchannel that carries events.
 *
 * The Chat API (developers.google.com/workspace/chat/api/reference/rest/v1/
 * spaces.messages create, update and patch; spaces.messages.reactions):
 * POST /v1/spaces/{space}/messages `{ text, cardsV2?, thread?: { name |
 * threadKey } }` (with `messageReplyOption` in the query string to reply
 * in a thread; the deprecated `threadKey` may also be a query parameter),
 * also from incoming webhooks (`?key=…&token=…`); PUT/PATCH
 * /v1/spaces/{space}/messages/{message}?updateMask=text edits one. Not posts:
 * …/reactions, an update whose mask leaves the text alone.
 *
 * Recheck round r4 (google-api-python-client's chat_v1 and the REST
 * reference's spaces.patch / spaces.setup, not cited before): a space's own
 * settings (PATCH /v1/spaces/{space} with `spaceDetails.description` and
 * `guidelines`, POST /v1/spaces and /v1/spaces:setup creating one with them)
 * are not messages; claimed so that the heuristic does not read a
 * description as prose. A private message (`privateMessageViewer`) is read
 * as any other.
 *
 * Recheck round r6 (Apprise's Google Chat plugin): a webhook reply names its
 * thread as `thread: { thread_key }` (the proto field name, which the JSON
 * mapping accepts beside `threadKey`).
 *
 * Round r8b (googleapis for Node's chat_v1: client-assigned `messageId` and
 * `requestId`, accessory widgets, media.upload, spaceReadState, members;
 * webhook replies with `threadKey` in the body): read right, no change.
 *
 * Round r13 (google-chat/r13-*; the Chat API's quotedMessageMetadata, REPLY and FORWARD, as the .NET and
 * Ruby client libraries describe it; google-cloud-node's attachmentDataRef and CreateCustomEmoji;
 * Workspace Events subscriptions): read right the first time; a quote or forward shows the sender's own
 * `text`.
 * Second batch (google-chat/r13b-*; googleworkspace/google-chat-samples): a message that is cards alone
 * shows their words (header title and subtitle, section headers, textParagraph and decoratedText, one per
 * line) instead of an empty text; a message with `text` still shows the text alone.
 * Its review (google-chat/r13rev-*): the legacy cards' `keyValue`, `grid` items and the widgets inside
 * `columns` are read too; a card too large to walk (or its HTML to read) leaves the text unknown. Buttons'
 * labels are still not read (controls, not the message's words), so a card's text may leave them out.
 */
import { at, isRecord, nonEmpty, str } from '../body';
import { htmlText } from '../rich-text';
import type { EndpointContext, EndpointResult, PostKind, SiteAdapter } from '../types';

function parseDynamite(ctx: EndpointContext): EndpointResult {
  const kind: PostKind = /create_message\/?$/.test(ctx.url.pathname) ? 'reply' : 'message';
  if (ctx.body.type !== 'json' || !Array.isArray(ctx.body.value)) return { post: true, kind, text: null };
  const textBody = ctx.body.value[1];
  if (typeof textBody === 'string') return { post: true, kind, text: textBody };
  // No text_body at all: an attachment or a Meet link sent as annotations.
  return { post: true, kind, text: textBody === null || textBody === undefined ? '' : null };
}

function names(v: unknown, key: string): boolean {
  return nonEmpty(at(v, key)) !== undefined;
}

function parseApiCreate(ctx: EndpointContext): EndpointResult {
  const q = ctx.url.searchParams;
  if (ctx.body.type !== 'json' || !isRecord(ctx.body.value)) return { post: true, kind: 'message', text: null };
  const v = ctx.body.value;
  const thread = at(v, 'thread');
  // The JSON mapping accepts a field's proto name too (`thread_key`, as Apprise sends it).
  const inThread =
    names(thread, 'name') || names(thread, 'threadKey') || names(thread, 'thread_key') || nonEmpty(q.get('threadKey') ?? q.get('thread_key')) !== undefined;
  const replyOption = q.get('messageReplyOption') ?? '';
  const kind: PostKind = inThread && /^REPLY_MESSAGE_/.test(replyOption) ? 'reply' : 'message';
  const text = str(v['text']);
  const cards = v['cardsV2'] ?? v['cards'];
  if (text !== undefined) return { post: true, kind, text };
  if (!Array.isArray(cards) || cards.length === 0) return { post: true, kind, text: null };
  const read = cardWords(cards);
  return read.complete ? { post: true, kind, text: read.text } : { post: true, kind, text: null, textUnknownBecause: 'the card is too large to read in full' };
}

/**
 * The words of a message that is cards alone (round r13: an app's incident or status card): each card's
 * header title and subtitle, its sections' headers, and its text widgets, one per line, in order:
 * `textParagraph`, `decoratedText` and the legacy `keyValue` with their labels, a `grid`'s title and its
 * items' titles and subtitles, and the widgets inside `columns` (round r13's review). Buttons, chips, inputs
 * and images are controls, not the message's words. A bounded walk: a card past its bounds, or HTML too long
 * to read, leaves the words unknown rather than shown in part.
 */
function cardWords(cards: unknown[]): { text: string; complete: boolean } {
  const lines: string[] = [];
  let complete = cards.length <= 20;
  const push = (t: unknown): void => {
    const raw = str(t);
    if (raw === undefined || raw.trim() === '') return;
    if (lines.length >= 200) {
      complete = false;
      return;
    }
    if (!/<[a-z]/i.test(raw)) {
      lines.push(raw.trim());
      return;
    }
    const read = htmlText(raw);
    if (!read.complete) complete = false;
    lines.push(read.text.trim());
  };
  const widget = (w: unknown, nested: boolean): void => {
    push(at(w, 'textParagraph', 'text'));
    for (const kind of ['decoratedText', 'keyValue']) {
      push(at(w, kind, 'topLabel'));
      push(at(w, kind, kind === 'keyValue' ? 'content' : 'text'));
      push(at(w, kind, 'bottomLabel'));
    }
    push(at(w, 'grid', 'title'));
    const items = at(w, 'grid', 'items');
    for (const item of Array.isArray(items) ? items.slice(0, 100) : []) {
      push(at(item, 'title'));
      push(at(item, 'subtitle'));
    }
    const columns = at(w, 'columns', 'columnItems');
    if (nested || !Array.isArray(columns)) return;
    for (const column of columns.slice(0, 10)) {
      const inner = at(column, 'widgets');
      for (const x of Array.isArray(inner) ? inner.slice(0, 100) : []) widget(x, true);
    }
  };
  for (const entry of cards.slice(0, 20)) {
    const card = at(entry, 'card') ?? entry;
    push(at(card, 'header', 'title'));
    push(at(card, 'header', 'subtitle'));
    const sections = at(card, 'sections');
    if (Array.isArray(sections) && sections.length > 50) complete = false;
    for (const section of Array.isArray(sections) ? sections.slice(0, 50) : []) {
      push(at(section, 'header'));
      const widgets = at(section, 'widgets');
      if (Array.isArray(widgets) && widgets.length > 100) complete = false;
      for (const w of Array.isArray(widgets) ? widgets.slice(0, 100) : []) widget(w, false);
    }
  }
  return { text: lines.filter((l) => l !== '').join('\n'), complete };
}

function parseApiUpdate(ctx: EndpointContext): EndpointResult {
  const mask = ctx.url.searchParams.get('updateMask') ?? ctx.url.searchParams.get('update_mask');
  const changesText = mask === null || mask.split(',').some((f) => f.trim() === 'text' || f.trim() === '*');
  if (ctx.body.type !== 'json' || !isRecord(ctx.body.value)) return changesText ? { post: true, kind: 'message', text: null } : { post: false };
  const text = str(ctx.body.value['text']);
  if (!changesText || text === undefined) return { post: false };
  return { post: true, kind: 'message', text };
}

const DYNAMITE = '^(?:\\/u\\/\\d+)?\\/api\\/';
const API_HOST = /^chat\.googleapis\.com$/;
const WEB_HOST = /^chat\.google\.com$/;

export const googleChat: SiteAdapter = {
  id: 'google-chat',
  hosts: ['chat.google.com', 'chat.googleapis.com'],
  siteFor: () => 'chat.google.com',
  // The web client's internal API is described only by clients that imitate it: its other requests go to the heuristic.
  heuristicFallback: true,
  endpoints: [
    { name: 'googlechat.web.send', methods: ['POST'], host: WEB_HOST, path: new RegExp(`${DYNAMITE}(?:create_topic|create_message)\\/?$`), parse: parseDynamite },
    {
      name: 'googlechat.web.quiet',
      methods: ['POST'],
      host: WEB_HOST,
      path: new RegExp(`${DYNAMITE}(?:set_typing_state|update_reaction|mark_group_readstate|set_custom_status|set_presence_shared|set_dnd_duration)\\/?$`),
      publishes: false,
      parse: () => ({ post: false }),
    },
    { name: 'googlechat.api.create', methods: ['POST'], host: API_HOST, path: /^\/v1\/spaces\/[^/]+\/messages\/?$/, parse: parseApiCreate },
    { name: 'googlechat.api.update', methods: ['PUT', 'PATCH'], host: API_HOST, path: /^\/v1\/spaces\/[^/]+\/messages\/[^/]+\/?$/, parse: parseApiUpdate },
    {
      // A space's name, description and guidelines: settings.
      name: 'googlechat.api.space',
      methods: ['POST', 'PATCH'],
      host: API_HOST,
      path: /^\/v1\/spaces(?::setup|\/[^/:]+)?\/?$/,
      publishes: false,
      parse: () => ({ post: false }),
    },
    {
      name: 'googlechat.api.reaction',
      methods: ['POST'],
      host: API_HOST,
      path: /^\/v1\/spaces\/[^/]+\/messages\/[^/]+\/reactions\/?$/,
      publishes: false,
      parse: () => ({ post: false }),
    },
  ],
};
