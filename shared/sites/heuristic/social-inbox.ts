/**
 * Brand social inboxes and community management (round si1): the kind of words a company account's community manager
 * sends from a unified social inbox or a brand community, where the path's `inbox`, `message` or `messages` segment
 * would otherwise make every write a private message.
 *
 * What it reads, and why:
 * - A reply to a review under an inbox (`…/inbox/reviews/{id}/reply`, RelayAPI and Zernio): answered in public under
 *   the review, so a reply, not a message.
 * - An internal note under an inbox edited by id (`…/inbox/notes/{id}`, RelayAPI's PATCH): read by colleagues only,
 *   so a comment, as a note added on the conversation already was.
 * - A comment on a typed Sprinklr entity (`…/api/v2/comment/{MESSAGE|CASE|CAMPAIGN|PROFILE}/{id}`): Sprinklr's own
 *   upper-case entity names; the comment hangs on the record for the team, so a comment, though `MESSAGE` is there.
 * - A Khoros Community API v2 message (`…/api/2.0/messages` with `data.type: message`): a brand community's forum
 *   post, on the company's own domain. `data.parent.id` answers a message in a thread (a reply); a `data.board.id`
 *   alone starts a topic on a board (a post). Its `type: message` is the object's type, not a private message.
 * - The same communities' older REST API v1 (`/restapi/vc/messages/id/{id}/reply`, a reply;
 *   `/restapi/vc/boards/id/{board}/messages/post`, a new topic: a post), read by path alone (si1fix guards).
 *
 * Since the round's review (si1rev):
 * - A Khoros v2 message edited by id (PUT `…/api/2.0/messages/{id}`, the SDK's update) answers as its creation did: a
 *   reply under a parent, otherwise a post (an edit names no board). A create or edit with attachments sends the same
 *   JSON as a multipart field `api.request` (the SDK's construct_multipart_payload): read there too (D1, D2).
 * - A Khoros v1 private note (`/restapi/vc/postoffice/notes/send`, in the query string or a form) is a message to one
 *   member, and its words are `notes.note`, not the subject (D3; longest-field.ts asks khorosPrivateNoteText).
 * - A comment on an idea by id (`…/ideas/{id}/comments`, RelayAPI's feedback board; an edit by id too) is a comment,
 *   a reply when it names a parent comment (D5); notes on a post by id (`…/posts/{id}/notes`, PATCH or PUT: RelayAPI's
 *   notes on a scheduled post) are colleagues' words on that record, a comment (D6).
 * - An inbox's AI helpers (`…/inbox/classify`, `…/inbox/summarize`, `…/inbox/suggest-reply`) send customers' words or
 *   none for the AI to read: not posts (socialInboxQuiet, from refuses.ts; D4).
 * - The review-reply, note-edit and Khoros v2 rules step aside when the body names a recipient or a conversation: the
 *   older message rules then read it, as cv1rev kept a review reply with a recipient a message (M1, M2, J3).
 *
 * Since round r25: a brand's comment on one network's post through a publisher's API (Publora's
 * `…/linkedin-comments`, a network's name joined to `comments` in the last segment, the post named in `postedId`) is a
 * comment, a reply when it names a `parentComment`; a body naming a recipient or a conversation is left alone. Since its
 * review (r25rev D8) a network's name may have more than one word (`instagram-business-comments`).
 *
 * Public replies to comments, private replies, DMs and conversation notes were already read right by older rules
 * (schedulers.ts, r16's Late rules and the conversation note rule); this module does not repeat them. The cheapest sign,
 * the path, is tested first; bodies are read only on these paths.
 */
import type { ParsedBody } from '../types';
import { asJson, field, isRecord } from '../body';
import { hasKeyDeep, hasParentField, topLevelString } from './body-fields';
import { asPlainText } from './field-values';
import { isFreeText } from './free-text';
import type { FreeText } from './longest-field';
import { ANY_RECIPIENT_KEY } from './words';

/** An inbox's review answered by id: `…/inbox/reviews/{id}/reply` (RelayAPI, Zernio). */
const INBOX_REVIEW_REPLY = /\/inbox\/(?:[^/]+\/)*reviews\/[^/]+\/(?:reply|replies|response)\/?$/i;
/** An inbox's internal note by id: `…/inbox/notes/{id}` (RelayAPI's update). */
const INBOX_NOTE_BY_ID = /\/inbox\/notes\/[^/]+\/?$/i;
/**
 * Sprinklr's comment on a typed entity: `…/api/v2/comment/{ENTITY}/{id}`, the entity names as Sprinklr spells them.
 * Case-sensitive on purpose (si1rev M5): other services share `/api/v2/comment/…` (dandanplay's danmaku
 * `/api/v2/comment/{episodeId}` on many hosts, ClickUp's `/api/v2/comment/{id}/reply`); their numeric or lower-case ids
 * never equal these upper-case names, so do not add `/i`.
 */
const SPRINKLR_ENTITY_COMMENT = /\/api\/v2\/comment\/(?:MESSAGE|CASE|CAMPAIGN|PROFILE)\/[^/]+\/?$/;
/** Khoros Community API v2's messages collection (on the community's own host). */
const KHOROS_MESSAGES = /\/api\/2\.0\/messages\/?$/;
/** A Khoros v2 message by id, edited with PUT (the SDK's update; si1rev D1). */
const KHOROS_MESSAGE_BY_ID = /\/api\/2\.0\/messages\/[^/]+\/?$/;
/** Khoros (Lithium) REST API v1: a reply to a message by id, and a new topic posted to a board. */
const KHOROS_V1_REPLY = /\/restapi\/vc\/messages\/id\/[^/]+\/reply\/?$/;
const KHOROS_V1_BOARD_POST = /\/restapi\/vc\/boards\/id\/[^/]+\/messages\/post\/?$/;
/** Khoros v1's private note to one member (`notes.recipient`, `notes.subject`, `notes.note`; si1rev D3). */
const KHOROS_V1_PRIVATE_NOTE = /\/restapi\/vc\/postoffice\/notes\/send\/?$/;
/** A comment on an idea by id, or its edit by id (RelayAPI's feedback board; si1rev D5). */
const IDEA_COMMENT = /\/ideas\/[^/]+\/comments(?:\/[^/]+)?\/?$/i;
/** A comment's parent comment, at the top level (RelayAPI's `parent_id`). */
const PARENT_ID_FIELD = /^parent_?id$/i;
/** Notes on a post by id (RelayAPI's PATCH /v1/posts/{id}/notes on a scheduled post; si1rev D6). */
const POST_NOTES = /\/posts\/[^/]+\/notes\/?$/i;
/** An inbox's AI helper: customers' words sent for tagging, or a conversation named for a summary or suggestion (si1rev D4). */
const INBOX_AI_HELPER = /\/inbox\/(?:classify|summari[sz]e|suggest[-_]?repl(?:y|ies))\/?$/i;
/** A conversation named in the body: words inside one are a message between its people (si1rev J3). */
const CONVERSATION_KEY = /^conversation(?:_?id)?$/i;
const EDIT_METHOD = /^(?:PATCH|PUT)$/i;

/**
 * An invitation to one person with a note (Unipile's LinkedIn `POST …/users/invite` with `provider_id` and `message`;
 * a team invite naming one `email`): the note goes to that person alone, a message (r30 review D1, J2). The path
 * first; with no note, or no one named, the older rules decide (an invite with only a role stays quiet).
 */
const INVITATION = /\/(?:users\/invite|invitations?)$/i;
/** The one person an invitation names. */
const INVITEE_FIELDS = ['provider_id', 'email', 'user_id', 'recipient', 'invitee'];
function invitationNote(body: ParsedBody): 'message' | undefined {
  if (!INVITEE_FIELDS.some((f) => (topLevelString(body, f) ?? '') !== '')) return undefined;
  const note = topLevelString(body, 'message') ?? topLevelString(body, 'note');
  return note !== undefined && note.trim() !== '' ? 'message' : undefined;
}

/** The kind of a social inbox's or brand community's write, or undefined when the path is not one of these. */
export function socialInboxKind(path: string, body: ParsedBody, method: string): 'reply' | 'comment' | 'post' | 'message' | undefined {
  if (INBOX_REVIEW_REPLY.test(path)) return addressed(body) ? undefined : 'reply';
  if (INBOX_NOTE_BY_ID.test(path) && EDIT_METHOD.test(method)) return addressed(body) ? undefined : 'comment';
  if (SPRINKLR_ENTITY_COMMENT.test(path)) return 'comment';
  if (KHOROS_MESSAGES.test(path)) return khorosMessageKind(body, false);
  if (EDIT_METHOD.test(method) && KHOROS_MESSAGE_BY_ID.test(path)) return khorosMessageKind(body, true);
  if (KHOROS_V1_REPLY.test(path)) return 'reply';
  if (KHOROS_V1_BOARD_POST.test(path)) return 'post';
  if (KHOROS_V1_PRIVATE_NOTE.test(path)) return 'message';
  if (IDEA_COMMENT.test(path)) return ideaCommentKind(body);
  if (POST_NOTES.test(path) && EDIT_METHOD.test(method)) return addressed(body) ? undefined : 'comment';
  if (NETWORK_COMMENTS.test(path)) return networkCommentKind(body);
  if (INVITATION.test(path)) return invitationNote(body);
  return undefined;
}

/**
 * A brand's comment on one network's post through a publisher's API (Publora's `POST /api/v1/linkedin-comments` with
 * `postedId`, `message`, `platformId`, `parentComment` for a threaded answer; round r25): the last segment is a
 * network's name joined to `comments`. A comment under the post it names, a reply when it names a parent comment;
 * a body naming no post, or a recipient or conversation, is left to the older rules.
 */
function networkCommentKind(body: ParsedBody): 'reply' | 'comment' | undefined {
  if (addressed(body) || topLevelString(body, 'postedId') === undefined) return undefined;
  return hasParentField(body, PARENT_COMMENT_FIELD) ? 'reply' : 'comment';
}

/** Whether the body names a recipient or a conversation: then the older message rules read it (si1rev M1, M2, J3). */
function addressed(body: ParsedBody): boolean {
  return hasKeyDeep(body, ANY_RECIPIENT_KEY) || hasKeyDeep(body, CONVERSATION_KEY);
}

/** A comment on an idea, a reply when it names its parent comment; one addressed to someone is left to the message rules. */
function ideaCommentKind(body: ParsedBody): 'reply' | 'comment' | undefined {
  if (addressed(body)) return undefined;
  return hasParentField(body, PARENT_ID_FIELD) ? 'reply' : 'comment';
}

/**
 * A network's comments collection named in one segment: `…/linkedin-comments` (Publora; round r25), a network of more
 * than one word too (`…/instagram-business-comments`; r25rev D8). Read only beside `postedId` (networkCommentKind), so
 * another app's `…/recent-comments` is decided as before.
 */
const NETWORK_COMMENTS = /\/[a-z]+(?:-[a-z]+)*-comments\/?$/i;
/** The comment a threaded answer names (`parentComment`, Publora). */
const PARENT_COMMENT_FIELD = /^parent_?comment(?:_?id)?$/i;

/** An inbox's AI helper publishes nothing (refuses.ts): the path alone says so. */
export function socialInboxQuiet(path: string): boolean {
  return INBOX_AI_HELPER.test(path);
}

/**
 * The words of a Khoros v1 private note (`notes.note`, in a form or multipart body), which a long subject beside it
 * would otherwise win as the longer prose (si1rev D3). Undefined elsewhere, or when the note is not prose.
 */
export function khorosPrivateNoteText(body: ParsedBody, min: number, path: string | undefined): FreeText | undefined {
  if (path === undefined || !KHOROS_V1_PRIVATE_NOTE.test(path) || (body.type !== 'form' && body.type !== 'multipart')) return undefined;
  const note = body.fields.get('notes.note');
  if (note === undefined) return undefined;
  const text = asPlainText('notes.note', note);
  return isFreeText(text, min) ? { text, field: 'notes.note' } : undefined;
}

/** Whether a value is an object naming an id (`{ id: "88213" }`). */
function namesId(v: unknown): boolean {
  return isRecord(v) && (typeof v.id === 'string' || typeof v.id === 'number') && String(v.id) !== '';
}

/**
 * A Khoros v2 message: a reply when it names a parent message, a new topic when it names only a board; an edit by id
 * (`edit`) names no board and is a post unless it names a parent. The payload is the JSON body, or the multipart
 * field `api.request` when files go with it. Not Khoros's when its data names a recipient or a conversation (J3).
 */
function khorosMessageKind(body: ParsedBody, edit: boolean): 'reply' | 'post' | undefined {
  const payload = body.type === 'json' ? body.value : body.type === 'multipart' ? asJson(field(body, 'api.request')) : undefined;
  if (!isRecord(payload)) return undefined;
  const data = payload.data;
  if (!isRecord(data) || data.type !== 'message') return undefined;
  for (const key in data) if (ANY_RECIPIENT_KEY.test(key) || CONVERSATION_KEY.test(key)) return undefined;
  if (namesId(data.parent)) return 'reply';
  return edit || namesId(data.board) ? 'post' : undefined;
}
