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
  return { post: true, kind, text: Array.isArray(cards) && cards.length > 0 ? cardWords(cards) : null };
}

/**
 * The words of a message that is cards alone (round r13: an app's incident or status card): each card's
 * header title and subtitle, its sections' headers, and its text widgets (`textParagraph`, `decoratedText`
 * with its labels), one per line, in order; a bounded walk. Buttons and images are not words.
 */
function cardWords(cards: unknown[]): string {
  const lines: string[] = [];
  const push = (t: unknown): void => {
    const raw = str(t);
    if (raw === undefined || raw.trim() === '' || lines.length >= 200) return;
    lines.push(/<[a-z]/i.test(raw) ? htmlText(raw).text.trim() : raw.trim());
  };
  for (const entry of cards.slice(0, 20)) {
    const card = at(entry, 'card') ?? entry;
    push(at(card, 'header', 'title'));
    push(at(card, 'header', 'subtitle'));
    const sections = at(card, 'sections');
    for (const section of Array.isArray(sections) ? sections.slice(0, 50) : []) {
      push(at(section, 'header'));
      const widgets = at(section, 'widgets');
      for (const w of Array.isArray(widgets) ? widgets.slice(0, 100) : []) {
        push(at(w, 'textParagraph', 'text'));
        push(at(w, 'decoratedText', 'topLabel'));
        push(at(w, 'decoratedText', 'text'));
        push(at(w, 'decoratedText', 'bottomLabel'));
      }
    }
  }
  return lines.filter((l) => l !== '').join('\n');
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
