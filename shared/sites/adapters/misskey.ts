/**
 * Misskey, any instance (misskey.io, ...), and its forks with the same API.
 *
 * Request shapes, from misskey-dev/misskey's endpoint definitions
 * (packages/backend/src/server/api/endpoints/...), POSTed as JSON by
 * Misskey's own client (and as forms by some proxies and scripts) carrying
 * the session token as `i`:
 * - notes/create `{ text?, cw?, visibility: 'public' | 'home' | 'followers' |
 *   'specified', visibleUserIds?, replyId?, renoteId?, fileIds?, poll?,
 *   channelId?, localOnly? }`: a `renoteId` with text, files or a poll is a
 *   quote; without them a plain renote (no words of one's own: not a post);
 *   `replyId` a reply; visibility 'specified' reaches only the named users
 *   (a message, also when it answers or quotes a note). The content warning (`cw`) is published above the text.
 *   notes/update (an edit, where supported) and notes/schedule/create take the
 *   same fields.
 * - chat/messages/create-to-user `{ toUserId, text?, fileId? }`,
 *   chat/messages/create-to-room `{ toRoomId, text? }`, and the older
 *   messaging/messages/create `{ userId | groupId, text }`: messages.
 * Not posts: notes/reactions/create, notes/polls/vote, following/create,
 * notes/search, notes/drafts/create and /update (drafts), i/update (profile
 * settings: a long `description` there is a bio, not a post),
 * drive/files/update and drive/files/upload-from-url (`comment` is a file's
 * description, its alt text, sent before the note that carries the file: a
 * Misskey web client's useUpdateFileAction and a Misskey-compatible server's
 * drive/files/update notes in the code index), users/report-abuse (`comment`
 * goes to the moderators).
 * Japanese and Chinese text has no spaces between words: the text is taken
 * as it is, with no word-count rule (see the heuristic for sites without an adapter).
 *
 * Recheck round r4 (clients the rules had not cited):
 * - Sharkey and Firefish (Calckey) edit a note through notes/edit `{ editId,
 *   text, cw, visibility }` (Sharkey's endpoints/notes/edit.ts,
 *   NoteEditService, in the code index): read as notes/create.
 * - The API also takes the token as `Authorization: Bearer` (misskey-hub API
 *   docs; MiAuth and bot clients), so a body may have no `i`: the quiet
 *   endpoints are known by that header too, else a profile bio sent that way
 *   reached the heuristic as prose.
 * - clips/create and clips/update (a clip's name and description, the web
 *   client's clip dialog) publish no note: quiet.
 *
 * Recheck round r6 (Apprise's Misskey plugin, Misskey.py, Misskey 12's
 * messaging and 2025's chat rooms): a channel created or updated
 * (channels/create, channels/update: `name`, `description`) is a setting.
 *
 * Round r8b (misskey-js's Endpoints and bots built on it; the web client's
 * user memo dialog): a gallery post (gallery/posts/create and /update:
 * `title`, `description`, `fileIds`) is a post, known by Misskey's token; a
 * private memo about another user (users/update-memo `userId`, `memo`) is a
 * note to oneself: quiet.
 *
 * Round r12 (h3poteto/megalodon, Whalebird's client library: postStatus,
 * reblogStatus, createEmojiReaction, favouriteStatus): a note with visibility
 * 'specified' is a message even when it answers (`replyId`) or quotes
 * (`renoteId`) a note, as a Mastodon status with `direct` visibility is;
 * megalodon's direct replies had been read as replies. Its quotes with a
 * content warning, plain renotes, reactions, favourites and poll votes were
 * read right.
 */
import { field, headerValue, idOf, isRecord, nonEmpty, str } from '../body';
import type { EndpointContext, EndpointResult, PostKind, SiteAdapter } from '../types';

const NOT_MINE: EndpointResult = { post: false, notMine: true };

/** JSON as Misskey's own client sends, or a form (proxies and scripts send those too; the server reads both). */
function readable(ctx: EndpointContext): boolean {
  return ctx.body.type === 'json' || ctx.body.type === 'form' || ctx.body.type === 'multipart';
}

/**
 * The fields of notes/create and notes/edit (misskey-dev/misskey, endpoints/notes/create.ts paramDef; Sharkey's edit
 * adds `editId`), with the token `i`. Another program's `…/api/notes/create` says things Misskey does not
 * (`{ title, text, folderId }` of a notes app): without Misskey's token in the body or a Bearer header, a body with a
 * field outside these is not Misskey's, and the heuristic decides.
 */
const NOTE_FIELDS = new Set(['i', 'text', 'cw', 'visibility', 'visibleUserIds', 'localOnly', 'reactionAcceptance', 'noExtractMentions', 'noExtractHashtags', 'noExtractEmojis', 'replyId', 'renoteId', 'channelId', 'fileIds', 'mediaIds', 'poll', 'scheduledAt', 'noteId', 'editId']);
function foreignNoteBody(ctx: EndpointContext): boolean {
  if (field(ctx.body, 'i') !== undefined || /^bearer\s/i.test(headerValue(ctx.headers, 'authorization') ?? '')) return false;
  const names = ctx.body.type === 'json' ? (isRecord(ctx.body.value) ? Object.keys(ctx.body.value) : []) : ctx.body.type === 'form' || ctx.body.type === 'multipart' ? [...ctx.body.fields.keys()] : [];
  return names.some((n) => !NOTE_FIELDS.has(n));
}

function parseNote(ctx: EndpointContext): EndpointResult {
  if (!readable(ctx)) return ctx.body.type === 'unreadable' ? { post: true, kind: 'post', text: null } : NOT_MINE;
  if (foreignNoteBody(ctx)) return NOT_MINE;
  const get = (name: string) => field(ctx.body, name);
  const text = str(get('text'));
  const cw = nonEmpty(get('cw'));
  const files = Array.isArray(get('fileIds')) && (get('fileIds') as unknown[]).length > 0;
  const poll = isRecord(get('poll'));
  const renote = idOf(get('renoteId'));
  if (text === undefined && cw === undefined && !files && !poll && renote === undefined && get('visibility') === undefined) return NOT_MINE;
  if (renote && !text && !files && !poll) return { post: false }; // a plain renote
  // A note only the named users see is a message even when it answers or quotes a note (round r12: megalodon's direct
  // replies), as a Mastodon status with `direct` visibility is.
  const kind: PostKind = get('visibility') === 'specified' ? 'message' : renote ? 'quote' : idOf(get('replyId')) ? 'reply' : 'post';
  const body = text ?? '';
  return { post: true, kind, text: cw ? (body ? `${cw}\n\n${body}` : cw) : body };
}

function parseChat(ctx: EndpointContext): EndpointResult {
  if (!readable(ctx)) return ctx.body.type === 'unreadable' ? { post: true, kind: 'message', text: null } : NOT_MINE;
  const get = (name: string) => field(ctx.body, name);
  if (!idOf(get('toUserId')) && !idOf(get('toRoomId')) && !idOf(get('userId')) && !idOf(get('groupId'))) return NOT_MINE;
  return { post: true, kind: 'message', text: str(get('text')) ?? (idOf(get('fileId')) ? '' : null) };
}

/**
 * A gallery post (gallery/posts/create and /update: `title`, `description`, `fileIds`, `isSensitive`): public on the
 * author's page, its title and description published with the pictures. Known by Misskey's token (`i` or a Bearer
 * header), as the quiet endpoints are: another program's `…/gallery/posts/create` is left to the heuristic.
 */
function parseGallery(ctx: EndpointContext): EndpointResult {
  if (!readable(ctx)) return ctx.body.type === 'unreadable' ? { post: true, kind: 'post', text: null } : NOT_MINE;
  const bearer = /^bearer\s/i.test(headerValue(ctx.headers, 'authorization') ?? '');
  if (field(ctx.body, 'i') === undefined && !bearer) return NOT_MINE;
  const title = nonEmpty(field(ctx.body, 'title'));
  const description = nonEmpty(field(ctx.body, 'description'));
  if (title === undefined && description === undefined) return { post: false }; // pictures or settings only
  return { post: true, kind: 'post', text: [title, description].filter((p) => p !== undefined).join('\n\n') };
}

/** Misskey endpoints that carry prose but publish nothing: not posts when the body is Misskey's (it has the `i` token). */
function parseQuiet(ctx: EndpointContext): EndpointResult {
  if (ctx.body.type !== 'json') return NOT_MINE;
  const bearer = /^bearer\s/i.test(headerValue(ctx.headers, 'authorization') ?? '');
  return field(ctx.body, 'i') !== undefined || bearer ? { post: false } : NOT_MINE;
}

export const misskey: SiteAdapter = {
  id: 'misskey',
  hosts: null,
  siteFor: (host) => host.replace(/^www\./, ''),
  endpoints: [
    { name: 'misskey.notes.create', methods: ['POST'], path: /^\/api\/notes\/(?:create|update|edit|schedule\/create)\/?$/, parse: parseNote },
    {
      name: 'misskey.chat.create',
      methods: ['POST'],
      path: /^\/api\/(?:chat\/messages\/create-to-(?:user|room)|messaging\/messages\/create)\/?$/,
      parse: parseChat,
    },
    { name: 'misskey.gallery', methods: ['POST'], path: /^\/api\/gallery\/posts\/(?:create|update)\/?$/, parse: parseGallery },
    { name: 'misskey.quiet', methods: ['POST'], path: /^\/api\/(?:i\/update|users\/update-memo|clips\/(?:create|update)|channels\/(?:create|update)|notes\/drafts\/(?:create|update)|drive\/files\/(?:update|upload-from-url)|users\/report-abuse)\/?$/, parse: parseQuiet, publishes: false },
  ],
};
