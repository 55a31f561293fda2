/**
 * Tables that more than one part of the heuristic reads, defined once: an
 * operation's field and its quiet actions, what names a message, a target
 * or a parent, comment services, and the verbs and nouns that publish. A
 * table read in one place lives beside its use.
 *
 * Tables that look alike are kept apart on purpose, because each says
 * something else: PUBLISHED_RECORD_WORDS (editor-transaction.ts: also
 * discussions, chats and replies, the records an editor's transaction
 * publishes), QUIET_FIRST_WORDS (quiet-operations.ts: an operation name's
 * first word), SLUG_QUIET_FIRST (watches.ts: a slug's first word), SKIP_PATH
 * (watches.ts: words anywhere in a path) and QUIET_ACTION (here: an `action`
 * field's value, read anywhere in it).
 */

/** Fields naming the operation of a one-path API (WordPress's admin-ajax.php `action`). */
export const ACTION_FIELD = /^(?:action|op|operation|do|task|cmd)$/i;
export const QUIET_ACTION = /heartbeat|autosave|draft|\bsave|preview|search|report|flag|translat|spell|render/i;
/** An action field's value that deletes (`delete`, `delete_key`, `remove`, `trash`): read only where an endpoint's context says entries (newsrooms.ts). */
export const DELETE_ACTION = /^(?:delete|remove|trash|destroy)(?:[_-][a-z]+)?$/i;

export const MESSAGE_PATH = /(?:^|[/_.-])(?:messages?|messaging|dms?|direct|chats?|conversations?|inbox|pms?|private_?messages?|private[-_](?:group[-_])?talks?|whispers?)(?:$|[/_.?-])/i;
export const COMMENT_TOKEN = /^(?:comments?|discussions?)$/i;
/**
 * Services whose every post is a comment under someone else's page: Disqus,
 * and a host named for comments (Isso, Remark42 and Commento are installed
 * on comments.{blog}: Isso's POST /new?uri=… names no comment in its path).
 */
export const COMMENT_SERVICE_HOSTS = /(?:^|\.)disqus\.com$|^comments?\./i;
export const MESSAGE_FIELD = /^(?:recipients?|recipient_ids?|to_(?:user|person|member|profile)(?:_?id)?|to|to_?recipients|match_?id|conversation_?id|thread_?id|chat_?id|room_?id|channel_?id)$/i;
/**
 * A receiver (Bilibili's `msg[receiver_id]`, Viber's `receiver`, round a1): of words only beside message words, since
 * payments, gifts, addresses and orders have receivers too (kind.ts, review of round a1).
 */
export const RECEIVER_FIELD = /^(?:receivers?|receiver_?u?ids?)$/i;
/** Fields that say "private message" whatever else the body holds (Discourse's `target_recipients`). */
export const STRONG_MESSAGE_FIELD = /^(?:target_recipients|target_usernames|recipient_usernames|message_recipients)$/i;
/**
 * Fields that name a parent comment or post whatever the path says (Plume's `responding_to`, round f1; Zhihu's
 * `reply_comment_id`, Douyin's `reply_id`, Xiaohongshu's `target_comment_id`, round a1; empty or 0 on a top-level comment).
 */
export const EXPLICIT_PARENT_FIELD = /^(?:parent_(?!id$)\w+|in_reply_to(?:_\w+)?|reply_?to(?:_\w+)?|reply_(?:comment_)?id|target_comment_?id|replied_to\w*|respond(?:ing|s)?_to(?:_\w+)?|in_response_to(?:_\w+)?|comment_parent|parent_comment(?:_id)?)$/i;
/** The same in camelCase (Mobilizon's `inReplyToCommentId`, round f1): `replyTo` or `inReplyTo` and what is replied to. */
export const CAMEL_REPLY_TO_FIELD = /^(?:inReplyTo|replyTo|repliedTo)[A-Z][A-Za-z]{0,40}$/;
/** `parent` or `parent_id` alone: a parent comment, or on a comment path the thing commented on. */
export const GENERIC_PARENT_FIELD = /^parent(?:_?id)?$/i;
/** Fields that name the post, item or thread a comment is about. */
export const TARGET_FIELD = /^(?:(?:post|item|thread|topic|entry|article|page|story|video|media|object|subject|discussion|issue|question|task|card|ticket|record|comment_post|commentable)(?:_?id)?|link_?id)$/i;
/**
 * What sites in East Asia call what is commented on (round a1): a note (Xiaohongshu's `note_id`), an answer
 * (Zhihu), an illustration or novel (pixiv's `illust_id`, `novel_id`), a video by ByteDance's name for it (Douyin's
 * and TikTok's `aweme_id`). `note` and `answer` are also everyday words for text (an order's note, a quiz's or a
 * captcha's answer), so these name a target only with an id as their value (idLike), and are not in TARGET_FIELD,
 * which other rules read by name alone (an assistant prompt "addressed" to someone; review of round a1).
 */
export const EAST_ASIAN_TARGET_FIELD = /^(?:note|answer|illust|novel|aweme)(?:_?id)?$/i;
/** Ids of a work item (a row, task, card, ticket or record): what an update or a note is written under. */
export const WORK_ITEM_ID = /^(?:item|task|card|ticket|record)_?id$/i;
/** What a comment endpoint may name as the page commented on besides a post (Remark42's `locator: { site, url }`, Commento's `path`). */
export const COMMENT_TARGET_FIELD = /^(?:locator|uri|url|page_?url|path)$/i;
export const TARGET_QUERY = /[?&](?:(?:post|item|thread|topic|entry|article|page|story|video|media|object|issue|question|link)(?:_?id)?|uri|url)=/i;

/**
 * A parent named in camelCase by more than its id (Commento's `parentHex`,
 * `parentCommentId`): case-sensitive. What describes the thing commented on
 * (a polymorphic `parentType`, its `parentUrl` or `parentTitle`) names no
 * parent comment.
 */
export const CAMEL_PARENT_FIELD = /^parent(?!(?:Id|Type|Kind|Class|Model|Url|Uri|Path|Title|Name|Slug)$)[A-Z][A-Za-z]{0,40}$/;

/**
 * Words of an operation's or a method's name that send or publish, and what is published: a name with any of them
 * is never quiet (quiet-operations.ts), and a binary RPC method named with them stays undecided (unreadable.ts).
 */
export const PUBLISHING_VERBS = new Set(['send', 'submit', 'publish', 'schedule', 'reply', 'replies']);
export const PUBLISHED_NOUNS = new Set(['post', 'posts', 'comment', 'comments', 'message', 'messages']);

/** Type-like fields whose value can say a team's note (Intercom's `message_type: 'note'`, Drift's `type: 'private_note'`). */
export const NOTE_TYPE_FIELD = /^(?:type|message_?type|kind|part_?type)$/i;
/** A bare note or internal type (Intercom's `note`, Zammad's `note`), read on any message path and beside a work item. */
export const NOTE_VALUE = /^(?:note|internal(?:_?(?:note|comment))?)$/i;
/** A note qualified by who reads it (Drift's `private_note`): read only on a conversation's messages (sm2 review). */
export const TEAM_NOTE_VALUE = /^(?:private|internal|admin|team)_?note$/i;
/**
 * Any field naming whom a mail is addressed to (`to`, `toAddress`, Hubzilla's `messageto` and `messagerecip`,
 * SendGrid's `personalizations`, `recipients`, `rcptTo`, Missive's `to_fields`): any name with `recip` in it counts. Read
 * by kind.ts and drafts-collections.ts (x2 review N3).
 */
export const ANY_RECIPIENT_KEY = /^(?:(?:message|e?mail|send)_?)?(?:to|cc|bcc)$|recip|^to_?(?:address(?:es)?|emails?|list)$|^(?:personalizations|rcpt_?to|envelope|destination|addressees?|participants|(?:to|cc|bcc)_?fields)$/i;
/**
 * Fields that set when a draft or an issue goes out (x2 review N2: one list for drafts-collections.ts and refuses.ts's
 * newsletter issues): Typefully's `schedule-date` and `publish_at` (a time, `now`, `next-free-slot`), Missive's
 * `send_at`, Kit's `send_at`, `scheduled_at`, a delivery time. What counts as a value is each caller's.
 */
export const PUBLISH_TIME_FIELD = /^(?:send[-_]?at|send[-_]?time|schedule[-_]?(?:date|time)|scheduled[-_]?(?:at|date|time|for|send[-_]?time)|publish[-_]?(?:at|date|time)|deliver(?:y)?[-_]?at)$/i;

/**
 * A flag that mails a CRM's or a matter's note to the client (`send_email`, `notify_customer`, `customer_note`): the
 * note is then a message (crm-streams.ts and legal-matters.ts read the one list; cross-round review x3, M2).
 */
export const MAIL_NOTE_FLAG = /^(?:send_?e?mail|notify_?(?:customer|guest|contact|client)s?|notify_emails|customer_note)$/i;
/** An e-mail address, whole (chat-sends.ts's and calendars.ts's; moved here by the x3 review, M2). */
export const EMAIL_ADDRESS = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;
