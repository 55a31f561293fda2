/**
 * Fediverse servers that speak other client APIs beside Mastodon's, for the
 * Mastodon adapter (any host): Friendica and GNU social's Twitter-like API,
 * and Pixelfed's own web client. Also Mastodon API calls that carry free text
 * but publish nothing (the unknown-site heuristic would otherwise take them
 * for posts).
 *
 * Request shapes:
 * - Friendica doc/API-GNU-Social.md and doc/API-Twitter.md (friendica/friendica):
 *   POST /api/statuses/update `status`, `in_reply_to_status_id`, `title`, `source`;
 *   POST /api/direct_messages/new `text`, `screen_name` | `user_id`; with or
 *   without a `.json` / `.xml` suffix, parameters in a form or in the query
 *   string (a GNU social command-line client in the code index sends
 *   `/api/statuses/update.json?status=...` with no body).
 *   Weibo's mobile site has a path of the same name with a different body
 *   (`content`): bodies without these fields are left to the other rules.
 * - pixelfed/pixelfed resources/assets/js/components: ComposeModal.vue posts
 *   `{ media, caption, visibility, cw, spoiler_text, ... }` to
 *   /api/compose/v0/publish; PostComponent.vue comments with
 *   `{ item, comment, sensitive }` to /i/comment; the direct-message view
 *   sends `{ to_id, message, type }` to /api/direct/create.
 * - Not posts (docs.joinmastodon.org/methods/reports/, /methods/accounts/;
 *   cheeaun/phanpy private-note-sheet.jsx and edit-profile-sheet.jsx):
 *   POST /api/v1/reports (`comment` goes to the moderators), POST
 *   /api/v1/accounts/:id/note (a private note only its author sees), PATCH
 *   /api/v1/accounts/update_credentials (the profile's bio, `note`).
 * - Round r9: Iceshrimp.NET's own web API (Backend/Controllers/Web/NoteController.cs,
 *   POST /api/iceshrimp/notes `{ text, cw, replyId, renoteId, visibility }`; posting
 *   bots in the code index); moderators' notes in Mastodon's admin pages
 *   (app/controllers/admin/report_notes_controller.rb and
 *   account_moderation_notes_controller.rb: `report_note[content]`,
 *   `account_moderation_note[content]`) are not posts.
 * - Round f1 (mastodon/f1-*): a reply to a Pixelfed story, POST
 *   /api/web/stories/v1/comment `{ sid, caption }` (pixelfed's story viewer,
 *   the pl-api stories client), reaches the story's author as a direct
 *   message; moderators' notes on a report in Pleroma's and Akkoma's admin
 *   API, POST /api/v1/pleroma/admin/reports/:id/notes `{ content }`
 *   (docs.pleroma.social Admin API), are not posts.
 * - Review of round r9: an Iceshrimp note's `poll.choices` (Iceshrimp.Shared
 *   NoteCreateRequest.PollRequest) are not shown, as Mastodon's poll options
 *   are not (the same adapter's convention; Bluesky and Threads show theirs);
 *   a content warning over an empty text is shown alone.
 */
import { field, idOf, isStructured, param, quietWhen, str } from '../body';
import type { Endpoint, EndpointContext, EndpointResult, PostKind } from '../types';

/** GNU social / Friendica status update: a post, or a reply when it names the status it answers. */
function parseGnuStatus(ctx: EndpointContext): EndpointResult {
  const status = str(param(ctx, 'status'));
  if (status === undefined) {
    // Another software's endpoint of the same name (or an unreadable body): the other rules decide.
    return isStructured(ctx.body) || ctx.body.type === 'none' ? { post: false, notMine: true } : { post: true, kind: 'post', text: null };
  }
  return { post: true, kind: idOf(param(ctx, 'in_reply_to_status_id')) ? 'reply' : 'post', text: status };
}

function parseGnuDirectMessage(ctx: EndpointContext): EndpointResult {
  const text = str(param(ctx, 'text'));
  const recipient = param(ctx, 'screen_name') ?? param(ctx, 'user_id');
  if (text === undefined || recipient === undefined) {
    return isStructured(ctx.body) || ctx.body.type === 'none' ? { post: false, notMine: true } : { post: true, kind: 'message', text: null };
  }
  return { post: true, kind: 'message', text };
}

/** A content warning above the text; over an empty text (media or a poll alone) the warning alone, no blank lines after it (review of r9). */
export function withWarning(warning: string | undefined, text: string): string {
  if (warning === undefined || warning.trim() === '') return text;
  return text === '' ? warning : `${warning}\n\n${text}`;
}

function parsePixelfedPublish(ctx: EndpointContext): EndpointResult {
  if (ctx.body.type !== 'json') return { post: false, notMine: true };
  const caption = field(ctx.body, 'caption');
  const media = field(ctx.body, 'media');
  if (caption === undefined && media === undefined) return { post: false, notMine: true };
  // A photo without a caption is still a post; its text is ''. The content warning is shown above it.
  const text = str(caption) ?? '';
  const spoiler = str(field(ctx.body, 'spoiler_text'));
  return { post: true, kind: 'post', text: withWarning(spoiler, text) };
}

function parsePixelfedComment(ctx: EndpointContext): EndpointResult {
  const comment = str(field(ctx.body, 'comment'));
  if (comment === undefined || field(ctx.body, 'item') === undefined) return { post: false, notMine: true };
  return { post: true, kind: 'comment', text: comment };
}

function parsePixelfedDirect(ctx: EndpointContext): EndpointResult {
  const message = str(field(ctx.body, 'message'));
  if (message === undefined || field(ctx.body, 'to_id') === undefined) return { post: false, notMine: true };
  return { post: true, kind: 'message', text: message };
}

/** A reply to a Pixelfed story (round f1): sent to the story's author as a direct message. */
function parsePixelfedStoryReply(ctx: EndpointContext): EndpointResult {
  const caption = str(field(ctx.body, 'caption'));
  if (caption === undefined || field(ctx.body, 'sid') === undefined) return { post: false, notMine: true };
  return { post: true, kind: 'message', text: caption };
}

/**
 * Iceshrimp.NET's own web API (round r9: Backend/Controllers/Web/NoteController.cs, POST /api/iceshrimp/notes,
 * and posting bots in the code index): `{ text, cw, replyId, renoteId, visibility, mediaIds }`. The content
 * warning is published above the text, as Mastodon's `spoiler_text`; `specified` visibility is a direct note.
 */
function parseIceshrimpNote(ctx: EndpointContext): EndpointResult {
  if (ctx.body.type !== 'json') return isStructured(ctx.body) ? { post: false, notMine: true } : { post: true, kind: 'post', text: null };
  const text = str(field(ctx.body, 'text'));
  const cw = str(field(ctx.body, 'cw'));
  const renote = idOf(field(ctx.body, 'renoteId'));
  const media = field(ctx.body, 'mediaIds');
  if (text === undefined && cw === undefined && renote === undefined && media === undefined) return { post: false, notMine: true };
  // A renote without words of one's own is a boost (Iceshrimp has its own renote call for that, but the field is accepted here).
  if (renote !== undefined && (text === undefined || text.trim() === '') && !(Array.isArray(media) && media.length > 0)) return { post: false };
  const kind: PostKind =
    str(field(ctx.body, 'visibility')) === 'specified' ? 'message' : renote !== undefined ? 'quote' : idOf(field(ctx.body, 'replyId')) !== undefined ? 'reply' : 'post';
  const main = text ?? '';
  return { post: true, kind, text: withWarning(cw, main) };
}

/** Mastodon API calls with free text that publish nothing, when the body is Mastodon's; a multipart body (the profile form with an avatar) is too. */
function quietOrForm(fields: readonly string[]) {
  const quiet = quietWhen(fields);
  return (ctx: EndpointContext): EndpointResult => (ctx.body.type === 'multipart' ? { post: false } : quiet(ctx));
}

const GNU_SUFFIX = '(?:\\.json|\\.xml)?\\/?$';

export const fediverseEndpoints: readonly Endpoint[] = [
  { name: 'gnusocial.status.update', methods: ['POST'], path: new RegExp(`^\\/api\\/statuses\\/update${GNU_SUFFIX}`), parse: parseGnuStatus },
  { name: 'gnusocial.dm.new', methods: ['POST'], path: new RegExp(`^\\/api\\/direct_messages\\/new${GNU_SUFFIX}`), parse: parseGnuDirectMessage },
  { name: 'pixelfed.compose.publish', methods: ['POST'], path: /^\/api\/compose\/v\d+\/publish\/?$/, parse: parsePixelfedPublish },
  { name: 'pixelfed.comment', methods: ['POST'], path: /^\/i\/comment\/?$/, parse: parsePixelfedComment },
  { name: 'pixelfed.direct', methods: ['POST'], path: /^\/api\/direct\/create\/?$/, parse: parsePixelfedDirect },
  { name: 'pixelfed.story.reply', methods: ['POST'], path: /^\/api\/web\/stories\/v\d+\/comment\/?$/, parse: parsePixelfedStoryReply },
  { name: 'iceshrimp.note.create', methods: ['POST'], path: /^\/api\/iceshrimp\/notes\/?$/, parse: parseIceshrimpNote },
  // Moderators' notes on a report or an account in Mastodon's admin pages (Rails forms): seen by moderators only (round r9).
  {
    name: 'mastodon.admin.notes',
    methods: ['POST'],
    path: /^\/admin\/(?:report_notes|account_moderation_notes)\/?$/,
    parse: quietWhen(['report_note[content]', 'account_moderation_note[content]']),
    publishes: false,
  },
  // Moderators' notes on a report in Pleroma's and Akkoma's admin API (round f1).
  {
    name: 'pleroma.admin.report.notes',
    methods: ['POST'],
    path: /^\/api\/(?:v1\/)?pleroma\/admin\/reports\/[A-Za-z0-9_-]+\/notes\/?$/,
    parse: quietWhen(['content']),
    publishes: false,
  },
  { name: 'mastodon.report', methods: ['POST'], path: /^\/api\/v1\/reports\/?$/, parse: quietOrForm(['account_id']), publishes: false },
  { name: 'mastodon.account.note', methods: ['POST'], path: /^\/api\/v1\/accounts\/[A-Za-z0-9_-]+\/note\/?$/, parse: quietOrForm(['comment']), publishes: false },
  {
    name: 'mastodon.account.update',
    methods: ['PATCH'],
    path: /^\/api\/v1\/accounts\/update_credentials\/?$/,
    parse: quietOrForm(['note', 'display_name', 'fields_attributes', 'locked', 'bot', 'discoverable', 'source']),
    publishes: false,
  },
];
