/**
 * Short chat messages (round sm1). Prose counts from 40 weighted characters
 * and five words (free-text.ts), so "running 10 min late", "ok see you at 3"
 * or "收到" left unseen on chat services no adapter owns. Where the request's
 * SHAPE alone says a person sent a message, its text field is read however
 * short, down to one word of letters:
 * - a POST to a message collection of a conversation, channel, room, chat or
 *   user named in the path (Gitter's `/rooms/{id}/chatMessages`, Chatwork's
 *   `/rooms/{id}/messages`, Sendbird's `/group_channels/{url}/messages`,
 *   Stream's `/channels/{type}/{id}/message`, Ably Chat's `/rooms/{name}/messages`,
 *   LINE WORKS' `/bots/{id}/users/{id}/messages`, Zoom's `/chat/users/me/messages`,
 *   Crisp's `/conversation/{session}/message`), a reply to a conversation or a
 *   message by id (Intercom's `/conversations/{id}/reply`, Lark's
 *   `/messages/{id}/reply`), a send to a room by id after the verb (Kick's
 *   legacy `/messages/send/{chatroom}`), a whisper (Twitch's `/helix/whispers`);
 * - a send method's path (`sendMessage`, `send_message`, `postMessage`,
 *   `…/message/send`, `…/appchat/send`, `…/robot/send`, `…/webhook/send`,
 *   `…/message/push|reply|multicast|broadcast`, `batchSend`) whose body names a
 *   recipient or conversation (LINE's `replyToken` too), or says its message is text (`msgtype: text`);
 * - a bare message collection (`/v1/messages`, `/chat/messages`, `/v1/chat`)
 *   whose body addresses someone (Webex's `toPersonEmail`, Lark's `receive_id`,
 *   Twitch's `broadcaster_id`, a `to` that is no language code), or a versioned
 *   public API's collection whose body names a room, channel, conversation or
 *   chat (Webex's /v1/messages `roomId`; a `chat_id` there names the chat, as on
 *   an AI backend's `/api/chat`, sm1 review). A site's own unversioned `/api/messages` with only a
 *   room id is not a shape: round a1's review kept a short chat acknowledgement
 *   there unread (a1rev-not-ko-chat-acknowledgement), and that stands.
 * Never when the body also has (at its top) a subject, title, name, description or topic
 * (a mail, a channel's creation: words there are not one chat line; a `name` in
 * a room's own messages by id is its sender's), a search's `query`, `search` or
 * `limit`, or an AI backend's `stream` flag, and only
 * for a field named for a message's text (`text`, `message`, `content`, `body`,
 * `msg`, `markdown`, DingTalk's `msgParam`) in an object with no `role` or `model` (an
 * assistant's transcript) and no log level. The short text must hold a word of
 * two letters or one CJK character, be mostly letters, and when it is one token
 * carry no digit, no id punctuation, be no state or presence word (`typing`,
 * `read`, `start`, `away`) and no all-capital code of letters; no system line
 * ("is typing", "Ann joined", "connection lost") is read, nor a text whose
 * `type` or flag says reaction, typing, presence, status, event, system or edit:
 * ids, tokens, hex hashes, emoji-only reactions and typing states are never
 * read (sm1 review). Read marks, typing, reactions, pins, recalls, searches and
 * settings have paths of their own and are not shapes here.
 * Round r14 (clients sm1 and sm2 did not cite): a collection's verb as a method (Kakao Work's `messages.send`), a
 * gateway's plain send (Threema Gateway's `/send_simple`, its recipient a `phone` or an `email` alone), a person or
 * channel named by address or name (Zoho Cliq's `/buddies/{email}/message`, `/channelsbyname/{name}/message`), phones
 * named `phone`, `phones` or `mobile`, several in one comma-separated field (Textmagic), a batch sent as an array of
 * sends (BulkSMS), a message dispatcher naming a phone (Esendex), a Query API's `Action=Publish` to a `PhoneNumber`
 * (Amazon SNS, r14b); quiet (chatSendQuiet, from refuses.ts): a send's price asked with its body (ClickSend's /sms/price).
 * Mended after its review (r14rev): no send at all on an account path (a segment of the route naming auth, login,
 * sign-in, verify, otp, 2fa, password or reset; never a conversation's, channel's or room's name: x2 review D1), nor,
 * on a send method or SMS API (not a conversation's own messages, where a person types: x2 review J4), when every text
 * sent is only a code or link notice by its shape ("Your login code is 482913", "123456 is your Acme verification
 * code", "Reset your password: https://…"; not "wifi password is 58213390"), on any host: a site's sign-in or reset
 * notice is nobody's words (review D1, J2); a price is quiet only on a messages or SMS collection's price path naming
 * a phone (D2); a recipient given as `to: [{ address }]` (BulkSMS) or `{ number }` is read as a phone (D4).
 * A message's content sent as a JSON string (Lark's `content: '{"text":…}'`,
 * DingTalk's `msgParam: '{"content":…}'`) is read as its `text` or `content`
 * on these shapes, short or long, unless it is typed other than text (a button).
 * Round sm2 adds the short shapes sm1 left:
 * - an edit of a message by id (PUT or PATCH on `…/messages/{id}`, `…/chatMessages/{id}`: Chatwork, Gitter, Zoom,
 *   Webex, Sendbird, Lark; Stream's POST `/messages/{id}` with its `message`), Telegram's `editMessageText` and
 *   `editMessageCaption`; never a pin, read mark, reaction, flag, status or other state set on it (those keys at the
 *   body's top: a participle or `is_` key set true, a state's time such as `pinned_at`, a moderator's `action`), nor a
 *   mail's message by id (a mailbox's, folder's or draft's, or one addressed to an e-mail address), nor on a
 *   moderation path (sm2 review D1, D2, M3);
 * - Telegram's media sends with a `caption` (`sendPhoto`, `sendDocument`, `sendMediaGroup`, …);
 * - an SMS: a POST to an account's `Messages.json` (Twilio, Plivo's `/Account/{id}/Message/`), to `/sms/json`, to an
 *   SMS gateway's send (Infobip's `/sms/2/text/advanced`, Sinch's `/xms/v1/{plan}/batches`), or a bare `/messages`,
 *   whose body names a phone number of 8 to 15 digits (`To`, `to`, `dst`, `recipients`, Infobip's nested
 *   `destinations[].to`; on a bare `/messages` only at the top or in its recipients, sm2 review M2);
 * - a Lark custom bot's webhook (`/open-apis/bot/v2/hook/{token}`) with a `msg_type`;
 * - Lark's rich-text `post` (`{ zh_cn: { title, content: [[runs]] } }`) and interactive cards (`elements`,
 *   Markdown and `div` texts; buttons are not words), sent as a JSON string or, on the webhook, as an object.
 * Round lo1: a card's header title (first, a blank line after it) and its `note` elements' texts; Telegram's
 * `sendPoll`, its question and options shown together (`chatPoll`).
 * A JSON object sent as a message's content is never read as its own characters: only the text found in it.
 * A support desk's private or internal note typed as one (Drift's `private_note`) on a conversation's messages is a
 * comment (`teamNoteType`).
 */
import { isRecord } from '../body';
import type { ParsedBody } from '../types';
import { hasField, hasFieldWhere } from './body-fields';
import { HEURISTIC_MAX_BODY } from './limits';
import { fieldLeaf } from './names';
import { lastSegment } from './paths';
import { EMAIL_ADDRESS, NOTE_TYPE_FIELD, TEAM_NOTE_VALUE } from './words';

/** A conversation, channel, room, chat or user named by id, then its messages (or a reply to it). */
// A segment between the id and the messages is an id itself (it holds a digit), or the id after Stream's channel
// type (`/channels/messaging/{id}/message`): never a word, for a word there names a sub-collection of settings
// (`/users/me/auto_reply/messages`, `/channels/c1/templates/messages`, pins, welcome messages; sm1 review D1).
// Zoho Cliq's own names for a person or a channel named by address or name (`/api/v2/buddies/{email}/message`,
// `/api/v2/channelsbyname/{name}/message`, round r14) are read only under a versioned `/api/` prefix and on its
// singular `message`: elsewhere `buddies` is any site's friends list (review M4).
const CONVERSATION_MESSAGES = /\/(?:(?:conversations?|channels?|group_channels|open_channels|rooms?|chats?|groups?|dialogs?|users)\/[^/]+(?:\/[^/]*\d[^/]*)?|channels?\/(?:messaging|livestream|team|gaming|commerce)\/[^/]+)\/(?:messages?|chat_?messages|reply)\/?$|\/api\/v\d+\/(?:buddies|channelsbyname)\/[^/]+\/message\/?$/i;
/**
 * A reply to a message by id (Lark's /open-apis/im/v1/messages/{id}/reply), a send to a room by id after the verb
 * (Kick's legacy web client's /api/v2/messages/send/{chatroom}), a whisper (Twitch's POST /helix/whispers, its ids in
 * the query string).
 */
const MESSAGE_REPLY = /\/messages?\/[^/]+\/reply\/?$|\/(?:messages?|chat)\/send\/[^/]+\/?$|\/whispers?\/?$/i;
/**
 * A send method's path; also a method named as a collection's verb (Kakao Work's `messages.send`, round r14) and a
 * gateway's plain send of a text (Threema Gateway's `/send_simple`, `send_text`, `send_sms`).
 */
const SEND_PATH = /(?:^|\/|\.)(?:send_?(?:chat_?)?message|post_?message|send_?msg|batch_?send|(?:messages?|chat|im)\.send|send_(?:simple|text|sms)|(?:message|appchat|robot|webhook)\/send|message\/(?:push|reply|multicast|broadcast))\/?$/i;
/** A message by id, after its collection (an edit: round sm2). */
const MESSAGE_BY_ID = /\/(?:messages?|chat_?messages)\/[^/]*\d[^/]*\/?$/i;
/** A mailbox's message by id (Graph's `/me/messages/{id}`, a user's mail folders): a mail draft's update, no chat edit;
 * a chat's own users' messages (Zoom's `/chat/users/me/messages/{id}`) are chat. */
const MAILBOX_MESSAGE = /^(?!.*\/chat\/).*\/(?:me|users\/[^/]+)\/(?:mail_?folders\/[^/]+\/)?messages\/[^/]+\/?$/i;
/** Any host's mail: a message under a mail, mailbox, folder or draft segment (sm2 review D2). */
const MAIL_SEGMENT = /\/(?:e?-?mails?|mailbox(?:es)?|mail_?folders?|folders?|drafts?)(?:\/|$)/i;
/** A mail's addressee: an e-mail address in `to`, `toAddress`, `cc` or `bcc` (a draft saved on a mail host, sm2 review D2). */
const MAIL_ADDRESS_FIELD = /^(?:to|to_?address(?:es)?|to_?recipients|cc|bcc)$/i;
/** A send method's recipient named by e-mail address alone (Threema Gateway's `email`, round r14). */
const RECIPIENT_EMAIL_FIELD = /^(?:email|to_?email)$/i;
/** A moderation path (a moderator's note on a message is no edit of its words, sm2 review M3). */
const MODERATION_SEGMENT = /\/moderat(?:e|ion|or)s?(?:\/|$)/i;
/** Keys at an edit's top that set a state on the message, not its words: a pin, read mark, reaction, flag or status. */
const STATE_CHANGE_KEY = /^(?:pinned|pin|is_?pinned|read|is_?read|seen|unread|reactions?|emoji|flags|starred|status|action)$/i;
/**
 * A state set on the message beside its words (sm2 review D1): a key named as a state (an `is_` or `has_` prefix, or a
 * participle: `flagged`, `deleted`, `hidden`, `muted`, `bookmarked`) set true, or a time named for one (`pinned_at`,
 * `deletedAt`). The message's own times (created, updated, edited, sent) and its edit mark are its record, not a state.
 */
const STATE_FLAG_KEY = /^(?:(?:is|has)_?[a-z]+|[a-z]+(?:ed|en))$/i;
const STATE_TIME_KEY = /^[a-z]+(?:ed|en)_?at$/i;
const OWN_RECORD_KEY = /^(?:(?:is_?)?edited|(?:created|updated|edited|modified|sent|posted)_?at)$/i;
/** Telegram's edits, media sends (their words in `text` or `caption`) and polls (`question`, `options`: chatPoll). */
const EDIT_OR_MEDIA_PATH = /(?:^|\/)(?:edit_?message_?(?:text|caption)|send_?(?:photo|document|video|animation|audio|voice|media_?group|poll))\/?$/i;
/** An SMS send: an account's messages (Twilio's `/Accounts/{sid}/Messages.json`, Plivo's `/Account/{id}/Message/`), `/sms/json`. */
// Also an SMS gateway's send under an `sms` or `xms` segment (Infobip's `/sms/2/text/advanced`, Sinch's
// `/xms/v1/{plan}/batches`; a dry run or preview has a path of its own).
// A message dispatcher (Esendex's /v1.0/messagedispatcher, round r14b) too.
const SMS_PATH = /\/(?:accounts?\/[^/]+\/messages?(?:\.json)?|sms(?:\/(?:json|send))?|messages?_?dispatcher|(?:sms|xms)\/v?\d+\/(?:[^/]+\/)?(?:text\/(?:advanced|single)|batches))\/?$/i;
/** A recipient named by phone number (`To: +1555…`, `whatsapp:+1555…`, MessageBird's `recipients: [3161…]`). */
// Also a phone or phones named as such (Threema Gateway's `phone`, Textmagic's `phones`, round r14).
const PHONE_FIELD = /^(?:to|dst|destination|recipients?|msisdn|phones?|phone_?numbers?|mobiles?)$/i;
// A phone has a phone's length (8 to 15 digits, E.164), not a user id's `123456` (sm2 review M2).
const PHONE = /^(?:[a-z]+:)?\+?\d[\d\s().-]{5,}$/i;
/** On a bare collection a phone is read at the top, or one level down under its recipients (sm2 review M2). */
const RECIPIENT_CONTAINER = /^(?:to|recipients?|destinations?|receivers?)$/i;
/** A recipient object's own phone field inside a recipient container (BulkSMS's `to: [{ address }]`, a `{ number }`; review D4). */
const RECIPIENT_ADDRESS_LEAF = /^(?:address|number)$/i;
/** A Query-style API's send or publish action (Amazon SNS's `Publish`). */
const QUERY_SEND_ACTION = /^(?:publish|send_?(?:sms|text|message))$/i;
/** A Lark (Feishu) custom bot's webhook: its body gives a `msg_type`. */
const LARK_HOOK = /\/bot\/v\d+\/hook\/[^/]+\/?$/i;
/** A bare message collection: what is sent there names its recipient in the body. */
const BARE_COLLECTION = /\/(?:messages?|chat(?:_?messages)?)\/?$/i;
/**
 * A recipient a chat body addresses: a person, a contact or channel sent to, a chat or broadcaster by id, or the
 * conversation a webhook's reply token answers (LINE's `replyToken`).
 */
const ADDRESSED = /^(?:reply_?token|to_?person_?(?:id|email)|to_?contact|to_?channel|receive_?id|receiver(?:_?id)?|recipient(?:_?id)?|to_?user(?:_?id)?|touser|toparty|user_?ids|broadcaster_?(?:user_?)?id|chat_?id|peer_?id|dialog_?id|open_?conversation_?id|inline_?message_?id)$/i;
/** On a bare collection a `chat_id` names the conversation, as a room id does (an AI backend's `/api/chat`; sm1 review M3). */
const BARE_ADDRESSED = /^(?:reply_?token|to_?person_?(?:id|email)|to_?contact|to_?channel|receive_?id|receiver(?:_?id)?|recipient(?:_?id)?|to_?user(?:_?id)?|touser|toparty|user_?ids|broadcaster_?(?:user_?)?id|peer_?id|dialog_?id|open_?conversation_?id)$/i;
/** A bare `to` addresses someone unless it is a language code (a translation's `to: "en"`; sm1 review M7). */
const TO_FIELD = /^to$/i;
const NOT_LANGUAGE_CODE = /^(?![a-z]{2,3}(?:[-_][a-z\d]{2,4})?$)./i;
/** A search's or listing's fields at the top of the body: what is sent there is a query (sm1 review M7). */
const SEARCH_FIELD = /^(?:search|query|q|limit)$/i;
/** The streaming flag of an AI backend's prompt (`stream: true`): an assistant answers, no person (sm1 review M3). */
const STREAM_FLAG = /^stream(?:ing)?$/i;
/** A room, channel or conversation a chat body names. */
const CONVERSATION_ID = /^(?:room_?id|channel_?(?:id|url)|conversation_?id)$/i;
const BARE_CONVERSATION_ID = /^(?:room_?id|channel_?(?:id|url)|conversation_?id|chat_?id)$/i;
/** A versioned public API's path (`/v1/`, `/v1.0/`, `/v2beta/`). */
const VERSIONED = /\/v\d+(?:\.\d+)?[a-z]*\d*\//i;
/** A message type saying text (DingTalk's and WeCom's robots' `msgtype: text`). */
const TEXT_TYPE_FIELD = /^(?:msg_?type|message_?type)$/i;
/** Fields a chat line does not have: what has them is a mail, a channel's settings or a titled post. */
const TITLED = /^(?:subject|title|name|description|summary|topic)$/i;
/** A field named for a message's text. */
const CHAT_TEXT = /^(?:text|message|content|body|msg|markdown|plain_?text|msg_?param|caption)$/i;
/** One token that is a state, not words. */
const STATE_WORD = /^(?:typing|read|seen|delivered|start|stop|started|stopped|true|false|null|undefined|ping|pong|ack|text|markdown|html|comment|user|bot|join|leave|open|close|closed|away|busy|online|offline|idle|dnd|joined)$/i;
/**
 * A system or state line of a few words, not a person's (sm1 review M2): "is typing", "Ann joined", "Ann has left the
 * chat", "connection lost". A bare "left" is a person's words ("just left"), so only "has left" or "left the …".
 */
const SYSTEM_LINE = /^(?:[\p{L}'.-]+\s+)?(?:(?:is|are)\s+typing|(?:has\s+)?(?:joined|connected|disconnected|reconnected|come\s+online|gone\s+offline)|has\s+left|left\s+the\s+\p{L}+|(?:is|went|is\s+now)\s+(?:online|offline|away|idle))(?:\s+the\s+(?:chat|room|channel|conversation|group))?[.…!]*$|^connection\s+(?:lost|restored|closed|opened|established)[.…!]*$/iu;
/**
 * A `type` or `kind` beside the text saying it is no chat line (sm1 review M1, M2, M4): a reaction, typing, presence or
 * status, an event or a system notice, or an edit of a message sent before.
 */
const NOT_A_LINE_TYPE = /^(?:reactions?|typing(?:[_:.-]\w+)?|presence|status|events?|system|notice|notification|edit(?:ed)?|message_?edit(?:ed)?)$/i;
/** A flag or field saying the text is a reaction or an edit of a sent message (`reaction: true`, `edit: true`, Drift's `editedMessageId`). */
const NOT_A_LINE_FLAG = /^(?:reaction|is_?reaction|edit|is_?edit|edited_?message_?id|editedMessageId)$/i;
/** A one-token, all-capital code of letters (an SMS verification code, `XKQZTB`): four consonants running, or no vowel at all (sm1 review M8). */
const LETTER_CODE = /^[A-Z]{4,}$/;
/** A key of a log line's or an assistant transcript's object. */
const NOT_CHAT_KEY = /^(?:role|level|severity|logger|log_?level|stack|model(?:_?(?:id|name))?)$/i;
const LETTER_WORD = /\p{L}{2}|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Whether a field names a phone number (an SMS's recipient): a form's field, or a JSON key down to four levels, through
 * arrays (Infobip's `messages[].destinations[].to`) on an SMS path; on a bare collection (`shallow`) only at the top or
 * in its recipients (a sender's, a profile's or an order's phone deeper down addresses nobody: sm2 review M2).
 */
function phoneNamed(body: ParsedBody, shallow = false): boolean {
  const ok = (name: string, v: unknown) => PHONE_FIELD.test(name) && (phoneLike(v) || (Array.isArray(v) && v.length > 0 && v.every(phoneLike)));
  if (body.type !== 'json') return hasFieldWhere(body, ok);
  if (shallow) {
    const top = body.value;
    if (!isRecord(top)) return false;
    for (const key in top) {
      if (ok(key, top[key])) return true;
      if (!RECIPIENT_CONTAINER.test(key)) continue;
      const inner = top[key];
      // A recipient object names its phone as its `address` or `number` (BulkSMS's documented `to: [{ address, fields }]`,
      // review D4): read only here, under a recipient container, where an address can only be whom it is sent to.
      for (const item of (Array.isArray(inner) ? inner.slice(0, 20) : [inner])) if (isRecord(item)) for (const k in item) if (ok(k, item[k]) || (RECIPIENT_ADDRESS_LEAF.test(k) && phoneLike(item[k]))) return true;
    }
    return false;
  }
  let seen = 0;
  const walk = (v: unknown, depth: number): boolean => {
    if (depth > 4 || ++seen > 200) return false;
    if (Array.isArray(v)) return v.slice(0, 20).some((item) => walk(item, depth + 1));
    if (!isRecord(v)) return false;
    for (const key in v) if (ok(key, v[key]) || walk(v[key], depth + 1)) return true;
    return false;
  };
  return walk(body.value, 0);
}
function phoneLike(v: unknown): boolean {
  // The 8-digit floor (sm2 review M2) is deliberate: two 8-digit ids in a `to` or `phones` field read as phones too, a
  // risk judged low beside a gateway's comma lists (review M3).
  // Several numbers in one field, comma-separated (Textmagic's `phones: '4477…,4477…'`, round r14): each a phone.
  if (typeof v === 'string' && v.includes(',')) {
    const parts = v.split(',').slice(0, 50);
    return parts.every((p) => phoneLike(p.trim()));
  }
  const digits = typeof v === 'string' && PHONE.test(v.trim()) ? v.replace(/\D/g, '').length : typeof v === 'number' && Number.isInteger(v) ? String(Math.abs(v)).length : 0;
  return digits >= 8 && digits <= 15;
}

/** Whether a body addresses a mail: an e-mail address in its `to`, `toAddress`, `cc` or `bcc`. */
function mailAddressed(body: ParsedBody): boolean {
  const mail = (v: unknown): boolean => (typeof v === 'string' && v.split(/[,;]\s*/).some((a) => EMAIL_ADDRESS.test(a.replace(/^.*<|>$/g, '').trim()))) || (Array.isArray(v) && v.slice(0, 20).some((item) => mail(item) || (isRecord(item) && Object.values(item).some(mail))));
  return hasFieldWhere(body, (name, v) => MAIL_ADDRESS_FIELD.test(name) && mail(v));
}

/** Whether a key at an edit's top sets a state on the message beside its words (see STATE_FLAG_KEY). */
function stateSet(key: string, v: unknown): boolean {
  if (v === false || v === null || v === undefined || v === '') return false;
  if (STATE_CHANGE_KEY.test(key)) return true;
  if (OWN_RECORD_KEY.test(key)) return false;
  return (STATE_FLAG_KEY.test(key) && v === true) || (STATE_TIME_KEY.test(key) && (typeof v === 'string' || typeof v === 'number'));
}

/** Whether a request's path and body say a person sent one chat message, or edited one's words (round sm2). */
export function chatSendShape(body: ParsedBody, path: string | undefined, method: string | undefined): boolean {
  if (path === undefined || method === undefined) return false;
  const verb = method.toUpperCase();
  if (body.type !== 'json' && body.type !== 'form' && body.type !== 'multipart') return false;
  // A batch of messages sent as an array (BulkSMS's POST /v1/messages `[{ to, body }]`, round r14): a send when each is.
  // The recursion ends at once: an item is sent on only when `isRecord` holds, and a record is never an array, so an
  // array nested in the array is refused, not walked (review M2).
  if (body.type === 'json' && Array.isArray(body.value)) {
    const items = body.value;
    return items.length > 0 && items.length <= 100 && items.every((item) => isRecord(item) && chatSendShape({ type: 'json', value: item }, path, method));
  }
  if (body.type === 'json' && !isRecord(body.value)) return false;
  // A sign-in, verification or password reset sends the site's own notice, never a person's words (review D1).
  if (accountPath(path)) return false;
  // An edit of a message by id (PUT or PATCH; Stream's POST `/messages/{id}` with its `message`), never a mailbox's.
  // A mail's message (any host's mailbox, folder or draft, or a body addressed to an e-mail address) and a moderator's
  // note are no chat edit (sm2 review D2, M3).
  const edit = MESSAGE_BY_ID.test(path) && !MAILBOX_MESSAGE.test(path) && !MAIL_SEGMENT.test(path) && !MODERATION_SEGMENT.test(path) && !mailAddressed(body) && (verb === 'PUT' || verb === 'PATCH' || (verb === 'POST' && body.type === 'json' && isRecord((body.value as Record<string, unknown>)['message'])));
  if (verb !== 'POST' && !edit) return false;
  let shaped = edit || CONVERSATION_MESSAGES.test(path) || MESSAGE_REPLY.test(path);
  // Shaped by a send method, an SMS API or a gateway (not a conversation's own messages, where a person types): where a
  // site's sign-in or reset notices are sent, and so where they are told (x2 review D1, J4).
  const conversation = shaped;
  // A send method's recipient may be a phone number or an e-mail address alone (Threema Gateway's `phone` or `email`,
  // round r14; the guard r14fix-threema-short-email).
  if (!shaped && (SEND_PATH.test(path) || EDIT_OR_MEDIA_PATH.test(path))) shaped = hasField(body, ADDRESSED) || hasField(body, TO_FIELD, NOT_LANGUAGE_CODE) || hasField(body, CONVERSATION_ID) || hasField(body, TEXT_TYPE_FIELD, /^text$/i) || phoneNamed(body, true) || hasField(body, RECIPIENT_EMAIL_FIELD, EMAIL_ADDRESS);
  if (!shaped && SMS_PATH.test(path)) shaped = phoneNamed(body);
  // A Query-style API's form naming a send or publish as its `Action` (Amazon SNS's `Action=Publish` with a
  // `PhoneNumber`, round r14b) is an SMS when it names a phone: to a topic's ARN it is a broadcast to subscribers, and a
  // queue's `SendMessage` (SQS, a `QueueUrl`) names no phone.
  if (!shaped && body.type === 'form' && hasField(body, /^action$/i, QUERY_SEND_ACTION)) shaped = phoneNamed(body);
  if (!shaped && LARK_HOOK.test(path)) shaped = hasField(body, TEXT_TYPE_FIELD, /^(?:text|post|interactive)$/i);
  // A bare collection names whom it addresses, or is a versioned public API's with a room named (Webex's /v1/messages
  // `roomId`): a site's own `/api/messages` with only a room id is left to the prose rule, as round a1's review held
  // (a1rev-not-ko-chat-acknowledgement).
  if (!shaped && BARE_COLLECTION.test(path)) shaped = hasField(body, BARE_ADDRESSED) || hasField(body, TO_FIELD, NOT_LANGUAGE_CODE) || phoneNamed(body, true) || (VERSIONED.test(path) && hasField(body, BARE_CONVERSATION_ID));
  if (!shaped) return false;
  // Every text sent through a send method or SMS API is a code or link notice (a one-time code, a sign-in or reset
  // link), on any host: nobody's words (r14 review D1, J2). Not on a conversation's own messages by id, where a person
  // types "wifi password is 58213390" (x2 review D1, J4).
  if (!conversation && onlyCodeNotices(body)) return false;
  // A room's own message collection by id names its room: a `name` there is its sender's (Zoghayyer/chatapp's
  // `{ name, message, userId }`; sm1 review M6), not a channel's or a mail's title.
  const named = CONVERSATION_MESSAGES.test(path) ? /^(?:subject|title|description|summary|topic)$/i : TITLED;
  // Top-level fields only: a sender's `name` (Viber's `sender: { name }`) is not the message's title.
  if (body.type === 'form' || body.type === 'multipart') {
    for (const [name, v] of body.fields) if ((named.test(name) || SEARCH_FIELD.test(name) || (edit && stateSet(name, v === 'true' ? true : v === 'false' ? false : v))) && v !== '') return false;
    return true;
  }
  const top = body.value as Record<string, unknown>;
  for (const key in top) {
    const v = top[key];
    if ((named.test(key) || SEARCH_FIELD.test(key)) && v !== '' && v !== null && v !== undefined && v !== false) return false;
    // An AI backend's streamed prompt (`{ content, stream: true }`): its answer comes from a model.
    if (STREAM_FLAG.test(key) && typeof v === 'boolean') return false;
    // An edit that sets a pin, a read mark, a reaction, a status, a moderator's action or any other state (a flag, a
    // soft delete, a hide, a bookmark, a mute) changes no words (round sm2; sm2 review D1, M3).
    if (edit && stateSet(key, v)) return false;
  }
  return true;
}

/** The price or cost of a send asked before sending (ClickSend's POST /v3/sms/price, round r14): the last segment. */
const PRICE_SEGMENT = /^(?:price|prices|pricing|cost|costs|estimate)$/i;
/** The message collection whose price is asked: the segment before the price (`/sms/price`, `/messages/price`). */
const PRICED_COLLECTION = /^(?:messages?|sms|mms|texts?)$/i;
/**
 * Whether a request asks what a message would cost (ClickSend's /v3/sms/price, the send's own body of recipients and
 * words): nothing is sent. Only on a messages or SMS collection's price path whose body names a phone: a quote's
 * estimate sent to a client, or a shipping cost with a note, is no message's price (review D2).
 */
export function chatSendQuiet(body: ParsedBody, path: string): boolean {
  if (!PRICE_SEGMENT.test(lastSegment(path))) return false;
  const trimmed = path.endsWith('/') ? path.slice(0, -1) : path;
  if (!PRICED_COLLECTION.test(lastSegment(trimmed.slice(0, trimmed.lastIndexOf('/'))))) return false;
  return phoneNamed(body);
}

/**
 * A path segment naming a sign-in, a verification or a password reset (`/api/auth/send_sms`, `/password_reset/…`,
 * `/verify/send_simple`, `/2fa/send_sms`): what is sent there is the site's own notice (review D1). A whole segment of
 * the API's route only, read one at a time, and never the name or id of a conversation, channel, room or chat after
 * its collection (`/channels/verify/messages`, Zoho Cliq's `/channelsbyname/password-reset/message`: a
 * room's name, x2 review D1).
 */
const ACCOUNT_SEGMENT = /^(?:(?:forgot|reset|lost|change|new)[-_]?)?(?:auth|oauth2?|authenticat(?:e|ion)|log_?in|sign_?in|sign-in|verif(?:y|ication)s?|otp|2fa|mfa|tfa|two[-_]?factor|passwords?|reset|magic[-_]?links?)(?:[-_]?(?:reset|codes?))?$/i;
/**
 * A collection whose next segment names one of its conversations, channels, rooms or chats (CONVERSATION_MESSAGES's, and
 * Zoho Cliq's `buddies` and `channelsbyname`). Not `users`: Devise's `/users/password` and `/users/sign_in` are account
 * steps, and a user is seldom named `verify`.
 */
const NAMED_BY_NEXT = /^(?:conversations?|channels?|group_channels|open_channels|rooms?|chats?|groups?|dialogs?|buddies|channelsbyname)$/i;
/** Stream's channel types, after which the next segment is the channel's id. */
const STREAM_CHANNEL_TYPE = /^(?:messaging|livestream|team|gaming|commerce)$/i;
function accountPath(path: string): boolean {
  const segs = path.split('/');
  return segs.some((seg, i) => {
    if (seg.length > 40 || !ACCOUNT_SEGMENT.test(seg)) return false;
    const before = segs[i - 1] ?? '';
    return !NAMED_BY_NEXT.test(before) && !(STREAM_CHANNEL_TYPE.test(before) && /^channels?$/i.test(segs[i - 2] ?? ''));
  });
}

/**
 * A code notice's clause (x2 review D1: the notice's shape, not a number and an account word anywhere): a code word with
 * the code after it, at most one qualifier between ("your code is 482913", "Ihr Code lautet …", "Tu código de
 * verificación es 583 201", "Code zum Zurücksetzen: 4821"), the code before "is your … code" ("123456 is your Acme
 * verification code"), or a code to use for an account step ("Use 123456 to verify your account").
 */
const CODE = String.raw`\d(?:[ -]?\d){3,7}(?!\d)`;
const CODE_WORD = String.raw`(?:code|otp|pin|passcode|c[oó]digo|codice|kod)`;
const ACCOUNT_WORD = String.raw`(?:verif\p{L}*|log[ -]?in|sign[ -]?in|otp|one[ -]time|passcode|2fa|two[ -]factor|authenticat\p{L}*|security|confirmation|password\p{L}*|zurücksetz\p{L}*|bestätigung\p{L}*|anmelde\p{L}*|passwort\p{L}*|verificaci\p{L}*|contraseña|connexion|vérification|mot de passe)`;
const CODE_CLAUSES = [
  new RegExp(String.raw`\b${CODE_WORD}\b(?:\s+(?:de|di|zum|zur|für|for|to|pour|para)\s+${ACCOUNT_WORD})?\s*(?:is|lautet|ist|es|est|è|:|=)?\s*:?\s*${CODE}`, 'iu'),
  new RegExp(String.raw`${CODE}\s+(?:is|ist|es|est|è)\s+(?:your|ihr|dein|tu|su|votre|ton)\s+(?:[\p{L}-]+\s+){0,3}${CODE_WORD}\b`, 'iu'),
  new RegExp(String.raw`\b(?:use|enter|verwende|usa|utilisez)\s+${CODE}\s+(?:to|um|para|pour)\s+${ACCOUNT_WORD}`, 'iu'),
];
/** Words only a sign-in, verification or reset notice uses, in a few languages (the CJK words for a verification code too). */
const ACCOUNT_WORDS = new RegExp(String.raw`\b${ACCOUNT_WORD}|验证码|認証|인증`, 'iu');
/** A notice's small print: not to share the code, how long it is valid. */
const SMALL_PRINT = /(?:do\s+not|don't|never)\s+share\b[^.!]*|(?:it\s+)?(?:expires|is\s+valid|valid)\s+(?:in|for)\s+\d+\s*\p{L}*/giu;
/** A sign-in or reset link's notice words (a bare "reset" is a router's or a plan's as often). */
const LINK_NOTICE = /\b(?:reset\s+(?:your\s+)?password|password\s+reset|sign[ -]?in|log[ -]?in|verify\s+(?:your\s+)?(?:e-?mail|account|phone|number)|confirm\s+(?:your\s+)?(?:e-?mail|account)|magic\s+link|passwort\s+zurücksetzen|restablecer\s+(?:tu\s+)?contraseña|réinitialiser\s+(?:votre\s+)?mot\s+de\s+passe)/iu;
const LINK = /https?:\/\/\S+/gi;
function wordCount(text: string): number {
  return (text.match(/\p{L}+/gu) ?? []).length;
}
/**
 * Whether a text is essentially a code or link notice, one SMS long: a code notice's clause, and an account word or at
 * most two words besides (a brand, "your"); or a link whose few words (eight at most) name a sign-in, reset or
 * verification. "Your code is 4821 for the locker" or "wifi password is 58213390" is a person's (x2 review D1).
 */
function codeNotice(text: string): boolean {
  const t = text.trim();
  if (t.length > 160) return false;
  const rest = t.replace(SMALL_PRINT, ' ');
  for (const clause of CODE_CLAUSES) {
    if (!clause.test(rest)) continue;
    const left = rest.replace(clause, ' ');
    if (ACCOUNT_WORDS.test(left) || wordCount(left) <= 2) return true;
  }
  const words = rest.replace(LINK, ' ');
  return words !== rest && wordCount(words) <= 8 && LINK_NOTICE.test(words);
}
/** Whether every non-empty text field sent (at the top, one level down, or a form's) is a code or link notice. */
function onlyCodeNotices(body: ParsedBody): boolean {
  let texts = 0;
  let notices = 0;
  hasFieldWhere(body, (name, v) => {
    if (!CHAT_TEXT.test(fieldLeaf(name)) || typeof v !== 'string' || v.trim() === '') return false;
    texts++;
    if (codeNotice(v)) notices++;
    return false;
  });
  return texts > 0 && notices === texts;
}

/** Whether a short text in a chat send's text field is a person's words (see the header). */
export function shortChatWords(leaf: string, text: string, holder: unknown): boolean {
  if (!CHAT_TEXT.test(leaf)) return false;
  if (isRecord(holder)) {
    for (const key in holder) {
      const v = holder[key];
      if (NOT_CHAT_KEY.test(key) || (NOT_A_LINE_FLAG.test(key) && v !== false && v !== null && v !== undefined && v !== '')) return false;
      if (/^(?:type|kind|message_?type|msg_?type|event)$/i.test(key) && typeof v === 'string' && NOT_A_LINE_TYPE.test(v)) return false;
    }
  }
  const t = text.trim();
  if (SYSTEM_LINE.test(t)) return false;
  if (t === '' || t.length > 400 || !LETTER_WORD.test(t)) return false;
  let letters = 0;
  let visible = 0;
  for (const ch of t) {
    if (/\s/.test(ch)) continue;
    visible++;
    if (/\p{L}/u.test(ch)) letters++;
  }
  if (letters / visible < 0.5) return false;
  if (/\s/.test(t)) return true;
  // One token: no digits, no id or path punctuation, no dotted or dashed names, no state word, no hex.
  if (/[\d_/\\:=@#&%+<>{}[\]]/.test(t) || /\p{L}[.-]\p{L}/u.test(t) || /^[0-9a-f]{8,}$/i.test(t)) return false;
  const word = t.replace(/[\p{P}\p{S}]+$/u, '');
  if (LETTER_CODE.test(word) && (/[B-DF-HJ-NP-TV-XZ]{4}/.test(word) || !/[AEIOUY]/.test(word))) return false;
  return !STATE_WORD.test(word);
}

/**
 * A message's content sent as a JSON string on a chat send (Lark's `{"text":…}`, DingTalk's `{"content":…}`, Lark's
 * rich-text post and cards): its text, '' when the JSON object holds none (never read as its own characters), or
 * undefined when the value is no JSON object.
 */
export function chatContentJson(leaf: string, value: string): string | undefined {
  if (!/^(?:content|msg_?param|message|body)$/i.test(leaf) || value.length > HEURISTIC_MAX_BODY || !/^\s*\{/.test(value)) return undefined;
  let inner: unknown;
  try {
    inner = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (!isRecord(inner)) return undefined;
  // A button's or card's JSON (`{"text":"Approve","type":"button"}`) is no text sent (sm1 review M9): Lark's text
  // content has no `type`.
  if (inner['type'] !== undefined && !(typeof inner['type'] === 'string' && /^(?:text|plain_?text)$/i.test(inner['type']))) return '';
  const text = typeof inner['text'] === 'string' ? inner['text'] : inner['content'];
  if (typeof text === 'string') return text.trim() !== '' ? text : '';
  return larkRichText(inner) ?? '';
}

/** A Lark post's or card's content sent as an object (a custom bot webhook's `content: { post: … }` or `card`): its text, or undefined. */
export function chatContentObject(leaf: string, value: Record<string, unknown>): string | undefined {
  return /^(?:content|card)$/i.test(leaf) ? larkRichText(value) : undefined;
}

const LOCALE_KEY = /^[a-z]{2}_[a-z]{2}$/i;

/**
 * The words of a Lark rich-text post (`{ zh_cn: { title, content: [[{ tag: 'text', text }, …]] } }`, or under `post`)
 * or interactive card (`elements`, or a 2.0 card's `body.elements`: Markdown and `div` texts): runs of a paragraph
 * joined as written, paragraphs by a line break, a title before them and a blank line. '' when it is one of them with
 * no words (an image, buttons only); undefined when it is neither.
 */
function larkRichText(v: Record<string, unknown>): string | undefined {
  const post = isRecord(v['post']) ? v['post'] : v;
  const locales = Object.keys(post).filter((k) => LOCALE_KEY.test(k) && isRecord(post[k]));
  const doc = locales.length > 0 ? (post[locales[0]!] as Record<string, unknown>) : Array.isArray(post['content']) && (post['content'] as unknown[]).every(Array.isArray) ? post : undefined;
  if (doc !== undefined) {
    const lines: string[] = [];
    if (Array.isArray(doc['content'])) {
      for (const paragraph of doc['content'].slice(0, 200)) {
        if (!Array.isArray(paragraph)) continue;
        let line = '';
        for (const run of paragraph.slice(0, 200)) {
          if (!isRecord(run)) continue;
          if (typeof run['text'] === 'string' && /^(?:text|a|md)$/i.test(String(run['tag']))) line += run['text'];
          else if (run['tag'] === 'at' && typeof run['user_name'] === 'string') line += `@${run['user_name']}`;
        }
        if (line.trim() !== '') lines.push(line);
      }
    }
    const title = typeof doc['title'] === 'string' ? doc['title'].trim() : '';
    const text = lines.join('\n');
    return title !== '' && text !== '' ? `${title}\n\n${text}` : title || text;
  }
  const elements = Array.isArray(v['elements']) ? v['elements'] : isRecord(v['body']) && Array.isArray(v['body']['elements']) ? v['body']['elements'] : undefined;
  if (elements === undefined) return undefined;
  const parts: string[] = [];
  for (const el of elements.slice(0, 200)) {
    if (!isRecord(el)) continue;
    if (el['tag'] === 'markdown' && typeof el['content'] === 'string') parts.push(el['content']);
    else if (el['tag'] === 'div' && isRecord(el['text']) && typeof el['text']['content'] === 'string') parts.push(el['text']['content']);
    // A note's small print is read by everyone the card reaches (round lo1); its images are not words.
    else if (el['tag'] === 'note' && Array.isArray(el['elements'])) for (const item of el['elements'].slice(0, 50)) parts.push(cardText(item));
  }
  const text = parts.filter((p) => p.trim() !== '').join('\n');
  // The header's title heads the card, as a post's title heads it (round lo1); its colour (`template`) is no text.
  const header = isRecord(v['header']) ? cardText(v['header']['title']).trim() : '';
  return header !== '' && text !== '' ? `${header}\n\n${text}` : header || text;
}
/** A card's text object (`{ tag: 'plain_text' | 'lark_md', content }`): its content, '' for anything else (an image). */
function cardText(v: unknown): string {
  return isRecord(v) && /^(?:plain_text|lark_md)$/.test(String(v['tag'])) && typeof v['content'] === 'string' ? v['content'] : '';
}

/** Telegram's poll send: its question and options are one message's words. */
const POLL_SEND_PATH = /(?:^|\/)send_?poll\/?$/i;
const POLL_OPTION_TEXT_MAX = 300;
/**
 * A chat poll's question and its options (Telegram's `sendPoll`: `options` as strings or `{ text }` objects, in a
 * form as a JSON string), on a chat send's shape only: the members read all of it, so the options are shown after the
 * question, a blank line between each, as X's and Bluesky's polls are (round lo1). Undefined when it is no poll.
 */
export function chatPoll(body: ParsedBody, path: string | undefined): { question: string; options: string[] } | undefined {
  if (path === undefined || !POLL_SEND_PATH.test(path)) return undefined;
  let question: unknown;
  let options: unknown;
  if (body.type === 'json' && isRecord(body.value)) {
    question = body.value['question'];
    options = body.value['options'];
  } else if (body.type === 'form' || body.type === 'multipart') {
    question = body.fields.get('question');
    const raw = body.fields.get('options');
    if (typeof raw === 'string' && raw.length <= HEURISTIC_MAX_BODY) {
      try {
        options = JSON.parse(raw);
      } catch {
        options = undefined;
      }
    }
  }
  if (typeof question !== 'string' || question.trim() === '') return undefined;
  const texts = Array.isArray(options) ? options.slice(0, 20).map((o) => (typeof o === 'string' ? o : isRecord(o) && typeof o['text'] === 'string' ? o['text'] : '')).filter((o) => o.trim() !== '' && o.length <= POLL_OPTION_TEXT_MAX) : [];
  return { question, options: texts };
}

/**
 * A type-like field saying a support desk's private or internal note (Drift's `type: 'private_note'`): read by teammates,
 * on a conversation's messages only; a note sent to one person is read by that person (sm2 review M1).
 */
export function teamNoteType(body: ParsedBody, path: string): boolean {
  return CONVERSATION_MESSAGES.test(path) && hasField(body, NOTE_TYPE_FIELD, TEAM_NOTE_VALUE);
}
