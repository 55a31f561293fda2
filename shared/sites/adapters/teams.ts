/**
 * Microsoft Teams (teams.microsoft.com and teams.cloud.microsoft for work and
 * school accounts, teams.live.com for personal ones, the regional chat
 * service hosts `<region>.ng.msg.teams.microsoft.com`), and Teams messages
 * sent through Microsoft Graph (graph.microsoft.com).
 *
 * Request shapes of the web client's chat service, from the public clients
 * that speak it (EionRobb/purple-teams teams_messages.c: send, typing, read
 * horizon; m0nkmaster/msteams-mcp docs/API-REFERENCE.md: send, thread reply,
 * edit, typing, reactions, bookmarks, read position; the Teams clients and
 * bridges in the code index that build the same body):
 * - POST [/api/chatsvc/{region}]/v1/users/ME/conversations/{conversation}/messages
 *   JSON `{ content, messagetype, contenttype, clientmessageid, imdisplayname,
 *   from?, properties? }`. `messagetype` `RichText/Html` carries HTML (`<p>`,
 *   mention `<span>`s, emoji `<img alt>`): the text is what a reader sees;
 *   `Text` carries plain text. A chat (`19:…@unq.gbl.spaces`, `19:…@thread.v2`)
 *   and a new channel post (`19:…@thread.tacv2`) are messages; a channel post
 *   may carry a subject (`properties.subject`), published above it.
 * - The same path with `;messageid={root}` after the conversation id is a
 *   reply in a channel thread.
 * - PUT …/conversations/{conversation}/messages/{id}: an edit, same body.
 * - `from` (`8:orgid:{user}`, `8:live:{user}`) names the sender: the account hint.
 * - A body without `messagetype` is read as HTML when it is HTML (Teams'
 *   own content always is), else as plain text.
 * - `48:notes` is one's own notes (purple-teams sends self-messages there):
 *   no one else reads it, so nothing is published. The other `48:`
 *   conversations (saved, mentions, drafts…) are views, not send targets.
 * Not posts, on the same paths: `messagetype` `Control/Typing` and
 * `Control/ClearTyping` (the typing indicator, with empty content) and any
 * other `Control/…`, `Event/Call` (a call started or ended) and
 * `ThreadActivity/…`; the status note (PUT presence.teams.microsoft.com/v1/me/publishnote); PUT …/messages/{id}/properties?name=emotions (a reaction),
 * PUT …/conversations/{id}/properties?name=consumptionhorizon (read position),
 * PUT …/rcmetadata/{id} (saving a message).
 *
 * Microsoft Graph (learn.microsoft.com graph/api chatmessage-post,
 * chatmessage-post-replies, chatmessage-update, chatmessage-setreaction;
 * microsoftgraph/microsoft-graph-docs-contrib concepts/teams-messaging-overview.md):
 * POST /{v1.0|beta}/teams/{team}/channels/{channel}/messages and
 * /chats/{chat}/messages `{ body: { contentType: 'text' | 'html', content },
 * subject? }`; …/messages/{id}/replies is a reply; PATCH …/messages/{id} an
 * edit (one that changes only `policyViolation` says nothing new). Not posts:
 * …/setReaction, …/unsetReaction, …/softDelete, …/undoSoftDelete.
 * Graph serves more than Teams (mail, files, calendars): its other requests
 * and the Teams web client's are left to the unknown-site heuristic, except
 * Graph's mail endpoints of round m2 (GRAPH_MAIL, defined with the other
 * sends of saved words in saved-sends.ts): a saved draft's
 * `…/messages/{id}/send` held with the text unknown, MIME-format sendMail,
 * reply, replyAll and forward read for their text part, and drafts created
 * or updated (`POST …/messages`, createReply/ReplyAll/Forward, `PATCH
 * …/messages/{id}`) quiet (learn.microsoft.com message-send, message-reply,
 * message-createreply, user-post-messages and "Send messages with MIME
 * content"; microsoftgraph/microsoft-graph-docs examples; io-msgraph's MIME
 * sends; msgraph-sdk-powershell issue 844). Also inside a JSON `$batch`.
 *
 * Recheck round r4 (clients the rules had not cited):
 * - Incoming webhooks: POST https://{tenant}.webhook.office.com/webhookb2/…
 *   (rveachkc/pymsteams connectorcard; knockknock's teams_sender and the
 *   scripts in the code index that post `{ text }`; learn.microsoft.com
 *   "Send Adaptive Cards using an Incoming Webhook"): a legacy MessageCard
 *   `{ title?, text?, sections?: [{ activityTitle?, text? }] }` or a message
 *   `{ type: 'message', attachments: [{ contentType:
 *   'application/vnd.microsoft.card.adaptive', content: { body: [TextBlock…] } }] }`.
 *   Read as a channel message: title, then text, then each section; an
 *   Adaptive Card's TextBlocks one per line.
 * - Not posts, claimed so the heuristic does not read their prose: Graph
 *   sendActivityNotification (an app's activity feed notice, on a team, a
 *   chat or a user's teamwork: team-sendactivitynotification), and PATCH of
 *   a team or channel (its name and description: channel-patch).
 *
 * Recheck round r5 (tests/fixtures/requests/teams/r5b-*):
 * - Bots through the Bot Connector service (microsoft/botbuilder-js
 *   botframework-connector ConnectorClient.conversations; learn.microsoft.com
 *   "Send and receive messages with the Bot Connector API"): POST
 *   smba.trafficmanager.net/<region>/v3/conversations/{id}/activities
 *   `{ type: 'message', text, textFormat?, attachments? }` (a message; cards'
 *   words after the text), POST …/activities/{activityId} answers that
 *   activity (a reply in a channel, a message in a chat), PUT
 *   …/activities/{activityId} edits; typing, events and other activity types
 *   are not posts.
 * - Not posts: Graph PATCH /chats/{id} (a chat's topic), POST /chats (a new
 *   chat), POST /teams/{id}/channels (a new channel's name and description).
 * - Graph JSON batches (POST /$batch `{ requests: [{ method, url, body }] }`,
 *   learn.microsoft.com "JSON batching"; the Graph SDKs' BatchRequestContent):
 *   each request inside is read by the Graph endpoints above; a batch with
 *   none of Teams' requests is left to the heuristic.
 * - matterbridge's Graph replies (bridge/msteams), msgapi.teams.live.com
 *   (personal Teams clients in the code index) and Graph setStatusMessage
 *   were already read right.
 *
 * Review of rounds r5 and r6 (tests/fixtures/requests/teams/r56rev-*):
 * - Tenant-scoped service URLs (`/amer/{tenant}/v3/…`) and a bot starting a
 *   conversation or channel thread (POST …/v3/conversations with its first
 *   `activity`, botbuilder's createConversation and sendMessageToTeamsChannel);
 *   a transcript upload (…/activities/history) is not a post.
 * - One card reader for bots and webhooks: Adaptive Cards at any depth (to a
 *   bound past which the text is held unknown), RichTextBlock runs, FactSets,
 *   connector cards' sections, mention tags as names.
 * - A Graph batch's requests no Teams endpoint describes (mail, events) are
 *   read as the heuristic would read them; a Teams request in the batch that
 *   is not a post no longer makes the whole batch not a post.
 *
 * Recheck round r7 (tests/fixtures/requests/teams/r7-*), read right the
 * first time: a chat service message in Hebrew HTML as the session hands it
 * over (no headers).
 *
 * Round p1 (professional identities, teams/p1-*; learn.microsoft.com
 * educationclass-post-assignment and educationassignment-publish): a class
 * assignment created through Graph is a draft (not a post, though its
 * `instructions` are prose); POST …/education/classes/{id}/assignments/{id}/publish
 * publishes it to the class with the text unknown. On the first run the
 * heuristic held the draft as a post and let the body-less publish through.
 *
 * Round q2 (quiet traffic, tests/fixtures/requests/QUIET-TRAFFIC.md): the 1DS
 * / OneCollector telemetry batch (microsoft/ApplicationInsights-JS
 * 1ds-post-js), marking a chat unread, reactions, the URL preview service
 * (urlp.asm.skype.com), Microsoft Search queries (search/api/v2/query): not
 * posts; a saved edit and a thread reply: posts. All were read as expected
 * the first time; nothing changed here.
 *
 * Round o1 (office suites and intranets, teams/o1-*; learn.microsoft.com
 * sitepage-create, sitepage-update and sitepage-publish, conversationthread-reply,
 * group-post-threads and group-post-conversations, workbookcomment-post-replies,
 * section-post-pages and page-update, plannertaskdetails-update): a SharePoint
 * site page or news post created or changed through Graph is saved, not
 * published (heuristic/documents.ts); its POST …/sites/{site}/pages/{id}/
 * [microsoft.graph.sitePage/]publish carries no words and is held with the
 * text unknown (GRAPH_PAGE, defined in saved-sends.ts beside GRAPH_MAIL). A
 * Microsoft 365 group's conversations, workbook comment replies and a Planner
 * task's description are the heuristic's (a group's threads are read by every
 * member: posts and replies, not messages); OneNote pages are notebook saves.
 *
 * Round r13 (teams/r13-*; microsoft/teams-ai StreamingResponse and MicrosoftDocs/msteams-docs
 * bots/streaming-ux.md; Graph's hosted contents, reference attachments and meeting chats as the msgraph
 * SDKs send them; pinnedMessages, installedApps, markChatReadForUser): HTML is read without the whitespace
 * after it (a space before Graph's `<attachment id>` placeholder). Pins, apps installed in a chat and
 * read marks were already not posts.
 * Its review (teams/r13rev-*): a bot's streamed answer sends its chunks as `typing` activities with the
 * words so far and `streamType: 'streaming'` or `'informative'` (in a `streaminfo` entity or in
 * `channelData`), then one `message` that closes the stream (`streamType: 'final'`) with the whole answer.
 * Only that message is a post, held once. A streamed answer is words a bot's server generates: asking per
 * chunk would stall the stream with a sheet per word or two, and holding the first chunk alone would
 * show the person a cut-off text. The reader sees the chunks grow before the final message is asked
 * about; that is the cost. A `<pre>` block's first-line indentation is kept (only the text's outer
 * whitespace is dropped).
 */
import { asJson, at, isRecord, nonEmpty, str } from '../body';
import { htmlText } from '../rich-text';
import { longestFreeField } from '../heuristic';
import { GRAPH_MAIL, GRAPH_PAGE } from './saved-sends';
import type { Endpoint, EndpointContext, EndpointResult, ParsedBody, PostKind, SiteAdapter } from '../types';

/** The start of a tag Teams' editor writes, at the start or anywhere. */
const HTML_TAG_START = /<(?:p|div|span|br|a|b|i|em|strong|img|at|blockquote|ul|ol|li|pre|code)\b/i;

/**
 * Content that is HTML: such a tag, closed by a `>` after it. Two linear
 * searches: the one regex (`<a\b[^>]*>`) this replaces rescanned the rest of
 * the content from every `<a ` when no `>` followed (600 KB took 104 s).
 */
export function looksHtml(content: string): boolean {
  const start = HTML_TAG_START.exec(content);
  return start !== null && content.indexOf('>', start.index) !== -1;
}
const CHATSVC_MESSAGES = /^(?:\/api\/chatsvc\/[^/]+)?\/v1\/users\/me\/conversations\/([^/]+)\/messages(?:\/[^/]+)?\/?$/i;

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The words of a message body: HTML made readable, plain text as sent; null when the HTML is too long to read. */
function readable(content: string, html: boolean): string | null {
  if (!html) return content;
  const extracted = htmlText(content);
  // Whitespace after the words and blank lines before them are not shown (a space before Graph's `<attachment id>`
  // placeholder, round r13); a first line's indentation is kept, as only a `<pre>` block's survives the reading (r13 review).
  return extracted.complete ? extracted.text.replace(/^(?:[ \t]*\n)+/, '').trimEnd() : null;
}

function withSubject(subject: string | undefined, text: string | null): string | null {
  if (text === null || subject === undefined || subject.trim() === '') return text;
  return text === '' ? subject : `${subject}\n\n${text}`;
}

function parseChatService(ctx: EndpointContext): EndpointResult {
  const conversation = decoded(CHATSVC_MESSAGES.exec(ctx.url.pathname)?.[1] ?? '');
  if (conversation.startsWith('48:')) return { post: false };
  const kind: PostKind = /;messageid=/i.test(conversation) ? 'reply' : 'message';
  if (ctx.body.type !== 'json' || !isRecord(ctx.body.value)) return { post: true, kind, text: null };
  const v = ctx.body.value;
  const messagetype = str(v['messagetype']) ?? '';
  // Typing indicators (Control/…), call notices (Event/Call) and roster changes (ThreadActivity/…): no words of the sender's.
  if (/^(?:control|event|threadactivity)\//i.test(messagetype)) return { post: false };
  const from = nonEmpty(v['from']);
  const accountHint = from !== undefined && /^\d+:/.test(from) ? from : undefined;
  const content = str(v['content']);
  let text: string | null;
  if (content === undefined) text = null;
  else if (/^text$/i.test(messagetype) || (messagetype === '' && !looksHtml(content))) text = content;
  else if (messagetype === '') text = readable(content, true);
  else if (/^richtext(?:\/html)?$/i.test(messagetype)) text = readable(content, true);
  else text = ''; // A file, image or card (RichText/Media_…, RichText/UriObject): no words of the sender's.
  return { post: true, kind, text: withSubject(str(at(v, 'properties', 'subject')), text), accountHint };
}

function graphText(v: unknown): string | null {
  const content = str(at(v, 'body', 'content'));
  if (content === undefined) return null;
  const html = (str(at(v, 'body', 'contentType')) ?? 'text').toLowerCase() === 'html';
  return withSubject(str(at(v, 'subject')), readable(content, html));
}

function parseGraphCreate(ctx: EndpointContext): EndpointResult {
  const kind: PostKind = /\/replies\/?$/.test(ctx.url.pathname) ? 'reply' : 'message';
  if (ctx.body.type !== 'json') return { post: true, kind, text: null };
  const v = ctx.body.value;
  const attachments = at(v, 'attachments');
  const text = graphText(v);
  return { post: true, kind, text: text ?? (Array.isArray(attachments) && attachments.length > 0 ? '' : null) };
}

function parseGraphEdit(ctx: EndpointContext): EndpointResult {
  if (ctx.body.type !== 'json') return { post: true, kind: 'message', text: null };
  const v = ctx.body.value;
  // An update that only marks a policy violation (data loss prevention) publishes nothing new.
  if (at(v, 'body') === undefined && at(v, 'subject') === undefined) return { post: false };
  return { post: true, kind: 'message', text: graphText(v) };
}

/** Bounds of a card walk: past them the words are incomplete and the text is held unknown. */
const CARD_MAX_DEPTH = 16;
const CARD_MAX_NODES = 2000;
const CARD_MAX_LINES = 200;

interface CardRead {
  lines: string[];
  nodes: number;
  complete: boolean;
}

/** A card's words without Teams' mention tags (`<at>Name</at>` shows as Name). */
function cardLine(read: CardRead, text: string | undefined): void {
  if (text === undefined) return;
  const line = text.replace(/<\/?at>/gi, '');
  if (line.trim() === '') return;
  if (read.lines.length >= CARD_MAX_LINES) read.complete = false;
  else read.lines.push(line);
}

/** A FactSet's facts (Adaptive `{ title, value }`, connector cards' `{ name, value }`), one `name: value` per line. */
function factLines(read: CardRead, facts: unknown): void {
  if (!Array.isArray(facts)) return;
  if (facts.length > 50) read.complete = false;
  for (const f of facts.slice(0, 50)) {
    const name = str(at(f, 'title')) ?? str(at(f, 'name')) ?? '';
    const value = str(at(f, 'value')) ?? '';
    cardLine(read, name.trim() !== '' && value.trim() !== '' ? `${name}: ${value}` : name + value);
  }
}

/**
 * The words of a card, one line each: an Adaptive Card's TextBlocks,
 * RichTextBlocks (their TextRuns on one line) and FactSets, at any depth of
 * containers, columns, table cells; a hero or thumbnail card's title, subtitle
 * and text; a connector card's (MessageCard, O365 connector) title, text and
 * each section's titles, text and facts. Other Adaptive elements (images,
 * inputs, actions) show no words of the sender's.
 */
function cardWalk(node: unknown, read: CardRead, depth: number): void {
  if (!read.complete) return;
  if (++read.nodes > CARD_MAX_NODES || depth > CARD_MAX_DEPTH) {
    read.complete = false;
    return;
  }
  if (Array.isArray(node)) {
    for (const item of node) cardWalk(item, read, depth + 1);
    return;
  }
  if (!isRecord(node)) return;
  const type = str(node['type']);
  if (type === 'TextBlock') cardLine(read, str(node['text']));
  else if (type === 'RichTextBlock') {
    const inlines = node['inlines'];
    if (Array.isArray(inlines)) cardLine(read, inlines.slice(0, 200).map((r) => (typeof r === 'string' ? r : (str(at(r, 'text')) ?? ''))).join(''));
  } else if (type === 'FactSet') factLines(read, node['facts']);
  else if (type === undefined) {
    // Hero, thumbnail and connector cards and a connector card's sections carry no Adaptive `type`.
    for (const key of ['title', 'activityTitle', 'subtitle', 'activitySubtitle', 'text', 'activityText']) cardLine(read, str(node[key]));
    factLines(read, node['facts']);
  }
  for (const key of ['body', 'items', 'columns', 'rows', 'cells', 'sections']) if (node[key] !== undefined) cardWalk(node[key], read, depth + 1);
}

/**
 * The words of a message's cards (`attachments[].content`, also sent as a
 * JSON string) after `own` (a connector card's own title, text and sections):
 * one block per card; null when a card is too large to read whole.
 */
function cardsText(own: Record<string, unknown> | undefined, attachments: unknown): string[] | null {
  const parts: string[] = [];
  const cards: unknown[] = own === undefined ? [] : [own];
  if (Array.isArray(attachments)) {
    if (attachments.length > 10) return null;
    for (const a of attachments) cards.push(asJson(at(a, 'content')));
  }
  for (const card of cards) {
    const read: CardRead = { lines: [], nodes: 0, complete: true };
    cardWalk(card, read, 0);
    if (!read.complete) return null;
    // A connector card's own parts stand apart (pymsteams' title over its text); a card's lines stay together.
    if (read.lines.length > 0) parts.push(read.lines.join(card === own ? '\n\n' : '\n'));
  }
  return parts;
}

/** An incoming webhook's MessageCard or Adaptive Card message. */
function parseWebhook(ctx: EndpointContext): EndpointResult {
  if (ctx.body.type !== 'json' || !isRecord(ctx.body.value)) return { post: true, kind: 'message', text: null };
  const v = ctx.body.value;
  const attachments = v['attachments'];
  const parts = cardsText(v, attachments);
  if (parts === null) return { post: true, kind: 'message', text: null, textUnknownBecause: CARD_TOO_LARGE };
  if (parts.length > 0) return { post: true, kind: 'message', text: parts.join('\n\n') };
  return { post: true, kind: 'message', text: Array.isArray(attachments) && attachments.length > 0 ? '' : null };
}

const CARD_TOO_LARGE = 'the card is too large for Hatstand to read whole';

/**
 * A Bot Connector path under the service URL, which may carry a region
 * (`/amer/`, `/emea/`, `/teams/`) and a tenant id (`/amer/{tenant}/`, the
 * service URL Teams hands bots in tenant-scoped clouds; Microsoft's own
 * Teams bot SDK tests use it).
 */
const BOT_PREFIX = '^(?:\\/[a-z0-9-]+){0,2}\\/v3\\/conversations';
const BOT_ACTIVITIES = new RegExp(`${BOT_PREFIX}\\/([^/]+)\\/activities(?:\\/([^/]+))?\\/?$`, 'i');

/** The words of a bot's message activity (`text`, HTML when `textFormat` is `xml`, then its cards'); null when they cannot be read whole. */
function activityText(v: Record<string, unknown>): { text: string | null; because?: string } {
  const parts: string[] = [];
  const raw = str(v['text']);
  if (raw !== undefined && raw.trim() !== '') {
    const html = (str(v['textFormat']) ?? '').toLowerCase() === 'xml' || looksHtml(raw);
    const text = readable(raw, html);
    if (text === null) return { text: null };
    parts.push(text);
  }
  const cards = cardsText(undefined, v['attachments']);
  if (cards === null) return { text: null, because: CARD_TOO_LARGE };
  parts.push(...cards);
  return { text: parts.join('\n\n') };
}

/**
 * A bot's activity sent through the Bot Connector service (Teams' serviceUrl
 * on smba.trafficmanager.net): `type: 'message'` with `text` (HTML when
 * `textFormat` is `xml`) and cards; an activity answering another (its id in
 * the path) in a channel is a reply in that thread, and a PUT edits. Typing,
 * events and the other activity types say nothing.
 */
function parseBotActivity(ctx: EndpointContext, edit: boolean): EndpointResult {
  const m = BOT_ACTIVITIES.exec(ctx.url.pathname);
  const conversation = decoded(m?.[1] ?? '');
  const answers = !edit && m?.[2] !== undefined;
  const channel = /@thread\.(?:tacv2|skype)/i.test(conversation);
  let kind: PostKind = !edit && /;messageid=/i.test(conversation) ? 'reply' : 'message';
  if (answers && channel) kind = 'reply';
  if (ctx.body.type !== 'json' || !isRecord(ctx.body.value)) return { post: true, kind, text: null };
  const v = ctx.body.value;
  const type = str(v['type']);
  // A streamed answer's chunks (`typing` activities) are not posts; its closing `message` is (round r13's review).
  if (type !== undefined && type.toLowerCase() !== 'message') return { post: false };
  const read = activityText(v);
  return { post: true, kind, text: read.text, ...(read.because !== undefined ? { textUnknownBecause: read.because } : {}) };
}

/**
 * A bot starting a conversation (POST …/v3/conversations, botbuilder's
 * createConversation; TeamsInfo.sendMessageToTeamsChannel starts a channel
 * thread this way): `{ isGroup?, bot?, members?, channelData?, activity? }`.
 * The `activity` is posted as the conversation's first message (a new thread
 * in a channel); without one nothing is said.
 */
function parseBotCreateConversation(ctx: EndpointContext): EndpointResult {
  if (ctx.body.type !== 'json' || !isRecord(ctx.body.value)) return { post: true, kind: 'message', text: null };
  const activity = asJson(ctx.body.value['activity']);
  if (!isRecord(activity)) return { post: false };
  const type = str(activity['type']);
  if (type !== undefined && type.toLowerCase() !== 'message') return { post: false };
  const read = activityText(activity);
  return { post: true, kind: 'message', text: read.text, ...(read.because !== undefined ? { textUnknownBecause: read.because } : {}) };
}

const GRAPH_HOST = /^graph\.microsoft\.com$/;
/** Teams' Bot Connector service (serviceUrl smba.trafficmanager.net/<region>/; the government clouds' smba.* hosts). */
const BOT_HOST = /^smba\./;
const GRAPH_MESSAGES = '^\\/(?:v1\\.0|beta)\\/(?:teams\\/[^/]+\\/channels\\/[^/]+|(?:(?:me|users\\/[^/]+)\\/)?chats\\/[^/]+)\\/messages';

/** Teams' calls on Microsoft Graph: messages, replies and edits; settings and reactions that are not posts. */
const GRAPH_TEAMS: readonly Endpoint[] = [
  { name: 'teams.graph.create', methods: ['POST'], host: GRAPH_HOST, path: new RegExp(`${GRAPH_MESSAGES}(?:\\/[^/]+\\/replies)?\\/?$`), parse: parseGraphCreate },
  { name: 'teams.graph.edit', methods: ['PATCH'], host: GRAPH_HOST, path: new RegExp(`${GRAPH_MESSAGES}\\/[^/]+(?:\\/replies\\/[^/]+)?\\/?$`), parse: parseGraphEdit },
  {
    // An app's activity feed notice; a team's or channel's name and description; creating a chat or a channel (its name, description or topic): not messages.
    // Viva Engage's communities through Graph (employeeExperience/communities: `displayName`, `description`; round r8b) are settings too.
    name: 'teams.graph.not-messages',
    methods: ['POST', 'PATCH'],
    host: GRAPH_HOST,
    path: /^\/(?:v1\.0|beta)\/(?:(?:teams|chats)\/[^/]+\/sendActivityNotification|users\/[^/]+\/teamwork\/sendActivityNotification|teams\/[^/]+(?:\/channels(?:\/[^/]+)?)?|(?:(?:me|users\/[^/]+)\/)?chats(?:\/[^/]+)?|employeeExperience\/communities(?:\/[^/]+)?)\/?$/,
    publishes: false,
    parse: () => ({ post: false }),
  },
  {
    // Teams for Education's assignments (round p1; learn.microsoft.com educationclass-post-assignment,
    // educationassignment-publish): a new assignment is always a draft that students do not see, whatever its
    // `instructions` say; POST …/assignments/{id}/publish (no body) gives the draft's instructions to the class now
    // (or at its `assignDateTime`): a post whose words are in the draft, not in the request.
    // Modules follow the same life (learn.microsoft.com educationclass-post-module, educationmodule-publish: created
    // as a draft students can't see; the body-less publish puts it in the class work list; p1 review).
    name: 'teams.graph.education.assignment.create',
    methods: ['POST'],
    host: GRAPH_HOST,
    path: /^\/(?:v1\.0|beta)\/education\/classes\/[^/]+\/(?:assignments|modules)\/?$/,
    publishes: false,
    parse: () => ({ post: false }),
  },
  {
    name: 'teams.graph.education.assignment.publish',
    methods: ['POST'],
    host: GRAPH_HOST,
    path: /^\/(?:v1\.0|beta)\/education\/classes\/[^/]+\/(?:assignments|modules)\/[^/]+\/publish\/?$/,
    parse: () => ({ post: true, kind: 'post', text: null, textUnknownBecause: 'this request publishes a draft assignment or module saved earlier: its words are in the draft, not in the request' }),
  },
  {
    name: 'teams.graph.quiet',
    methods: ['POST'],
    host: GRAPH_HOST,
    path: new RegExp(`${GRAPH_MESSAGES}\\/[^/]+(?:\\/replies\\/[^/]+)?\\/(?:setReaction|unsetReaction|softDelete|undoSoftDelete)\\/?$`),
    publishes: false,
    parse: () => ({ post: false }),
  },
];

/**
 * A Graph JSON batch (POST /$batch `{ requests: [{ id, method, url, body }] }`,
 * learn.microsoft.com "JSON batching"): each request inside is read as if it
 * had been sent alone, by the Teams endpoints above; what goes out is every
 * message in it. A batch also carries Graph's other writes (mail, files,
 * events), which no endpoint here describes: their prose, as the heuristic
 * finds it, goes out with the messages, and a batch with no Teams message is
 * left to the heuristic whole, so one Teams request (a reaction, a chat's
 * topic) never vouches for the rest. Graph's mail endpoints (GRAPH_MAIL) read
 * their batched requests too (round m2's review): a saved draft's send is held,
 * a draft created is quiet; a request they leave to the heuristic (`notMine`)
 * counts as one of the others.
 */
function parseGraphBatch(ctx: EndpointContext): EndpointResult {
  if (ctx.body.type !== 'json') return { post: false, notMine: true };
  const requests = at(ctx.body.value, 'requests');
  if (!Array.isArray(requests)) return { post: false, notMine: true };
  const version = /^\/(v1\.0|beta)\//.exec(ctx.url.pathname)?.[1] ?? 'v1.0';
  let matched = false;
  let others = false;
  let kind: PostKind | undefined;
  let site: string | undefined;
  let why: string | undefined;
  const texts: Array<string | null> = [];
  const otherTexts: string[] = [];
  for (const r of requests.slice(0, 20)) {
    const method = (str(at(r, 'method')) ?? '').toUpperCase();
    const rel = str(at(r, 'url'));
    if (!['POST', 'PUT', 'PATCH'].includes(method)) continue;
    let url: URL | undefined;
    try {
      if (rel !== undefined) url = new URL(`https://graph.microsoft.com/${version}/${rel.replace(/^\/+/, '').replace(/^(?:v1\.0|beta)\//, '')}`);
    } catch {
      url = undefined;
    }
    const value = at(r, 'body');
    const body: ParsedBody = value === undefined ? { type: 'none' } : { type: 'json', value };
    const endpoint = url === undefined ? undefined : BATCHED.find((e) => e.methods.includes(method) && e.path.test(url.pathname));
    const result = endpoint === undefined || url === undefined ? undefined : endpoint.parse({ url, host: 'graph.microsoft.com', headers: {}, body });
    if (result === undefined || (!result.post && result.notMine)) {
      others = true;
      const found = longestFreeField(body, BATCH_PROSE_MIN, url?.pathname);
      if (found !== undefined) otherTexts.push(found.text);
      continue;
    }
    matched = true;
    if (!result.post) continue;
    kind ??= result.kind;
    site ??= result.site;
    if (result.text === null) why ??= result.textUnknownBecause;
    texts.push(result.text);
  }
  if (kind === undefined) return matched && !others ? { post: false } : { post: false, notMine: true };
  if (texts.some((t) => t === null)) return { post: true, kind, ...(site === undefined ? {} : { site }), text: null, ...(why === undefined ? {} : { textUnknownBecause: why }) };
  return { post: true, kind, ...(site === undefined ? {} : { site }), text: [...texts, ...otherTexts].join('\n\n') };
}

/** What a batched request is read by: Teams' messages, and Graph's mail (a saved draft's send held, a draft quiet). */
const BATCHED: readonly Endpoint[] = [...GRAPH_TEAMS, ...GRAPH_MAIL];

/** The heuristic's default length of prose, for a batched request no endpoint here describes. */
const BATCH_PROSE_MIN = 40;

export const teams: SiteAdapter = {
  id: 'teams',
  hosts: ['teams.microsoft.com', 'teams.cloud.microsoft', 'teams.live.com', 'graph.microsoft.com', 'webhook.office.com', 'smba.trafficmanager.net'],
  siteFor: (host) => (host === 'teams.live.com' || host.endsWith('.teams.live.com') ? 'teams.live.com' : 'teams.microsoft.com'),
  // The web client's other requests (and Graph's mail and files) are not described here: the heuristic looks at them.
  heuristicFallback: true,
  endpoints: [
    { name: 'teams.chatsvc.message', methods: ['POST', 'PUT'], path: CHATSVC_MESSAGES, parse: parseChatService },
    {
      name: 'teams.chatsvc.quiet',
      methods: ['PUT', 'POST'],
      path: /^(?:\/api\/chatsvc\/[^/]+)?\/v1\/users\/me\/conversations\/[^/]+\/(?:messages\/[^/]+\/properties|properties|rcmetadata\/[^/]+)\/?$/i,
      publishes: false,
      parse: () => ({ post: false }),
    },
    ...GRAPH_TEAMS,
    // Graph's mail (round m2): saved drafts' sends held, MIME sends read, drafts quiet; the rest of it is the heuristic's.
    ...GRAPH_MAIL,
    // A SharePoint site page published through Graph (round o1): held with its words unknown, as a saved draft's send is.
    ...GRAPH_PAGE,
    { name: 'teams.graph.batch', methods: ['POST'], host: GRAPH_HOST, path: /^\/(?:v1\.0|beta)\/\$batch\/?$/, parse: parseGraphBatch },
    {
      // The status note shown by one's name (AADInternals Set-TeamsStatusMessage: PUT presence.teams.microsoft.com/v1/me/publishnote `{ message, expiry }`), like Google Chat's custom status.
      name: 'teams.presence.note',
      methods: ['PUT', 'POST'],
      host: /^presence\.teams\.(?:microsoft\.com|live\.com)$/,
      path: /^\/v1\/me\/publishnote\/?$/i,
      publishes: false,
      parse: () => ({ post: false }),
    },
    {
      // A transcript of past activities uploaded for the record (sendConversationHistory): nothing new is said.
      name: 'teams.bot.history',
      methods: ['POST'],
      host: BOT_HOST,
      path: new RegExp(`${BOT_PREFIX}\\/[^/]+\\/activities\\/history\\/?$`, 'i'),
      publishes: false,
      parse: () => ({ post: false }),
    },
    { name: 'teams.bot.activity', methods: ['POST'], host: BOT_HOST, path: BOT_ACTIVITIES, parse: (ctx) => parseBotActivity(ctx, false) },
    { name: 'teams.bot.conversation', methods: ['POST'], host: BOT_HOST, path: new RegExp(`${BOT_PREFIX}\\/?$`, 'i'), parse: parseBotCreateConversation },
    { name: 'teams.bot.update', methods: ['PUT'], host: BOT_HOST, path: BOT_ACTIVITIES, parse: (ctx) => parseBotActivity(ctx, true) },
    { name: 'teams.webhook', methods: ['POST'], host: /\.webhook\.office\.com$/, path: /^\/webhookb2\/[^?#]+$/, parse: parseWebhook },
  ],
};
