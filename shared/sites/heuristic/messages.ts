/**
 * What says a post is a message, beside the tables kind.ts shares with other
 * parts (words.ts): mail recipients and invitations at any depth, a type
 * saying private message, a notification service's host, mail paths and
 * webmail hosts, and query parameters naming chat or messages.
 */
import type { ParsedBody, PostKind } from '../types';
import { flagOn, hasField, hasFieldWhere, hasKeyDeep } from './body-fields';
import { FIELD_NAME_EXAMINED } from './names';
import { MAIL_NOTE_FLAG, MESSAGE_PATH } from './words';

/**
 * A notification service's host (LINE Notify's notify-api.line.me/api/notify):
 * what is sent there reaches a person's chat. Only the kind: a `notify` path
 * elsewhere (an error reporter's /notify, a shop's back-in-stock form) says no
 * message, and never widens what is watched.
 */
export const NOTIFY_HOST = /^notify(?:-api)?\./i;
/**
 * Recipients of a mail or an invitation, at any depth (Outlook on the web's `ToRecipients`, `CcRecipients` and
 * `BccRecipients`; a calendar item's `RequiredAttendees` and `OptionalAttendees`, sent to them as an invitation).
 */
export const MAIL_RECIPIENTS_KEY = /^(?:(?:to|cc|bcc)_?recipients|(?:required|optional)_?attendees)$/i;
/**
 * Recipients named at a note's top level (`to`, `cc`, `bcc`, `recipients`): the one list, for mailedNote (x5 review D1,
 * M1) and for the CRM, donor, customer-success and sales modules' own recipient tests, which kept a copy in
 * crm-streams.ts until the stop-72 re-read.
 */
export const NOTE_RECIPIENTS_FIELD = /^(?:recipients|to|cc|bcc)$/i;
/**
 * Whether a note is mailed, the one check every family hook asks before it answers `comment` (x5 review D1, M1):
 * recipients named (NOTE_RECIPIENTS_FIELD, or MAIL_RECIPIENTS_KEY at any depth) or a send flag that is on (words.ts's
 * MAIL_NOTE_FLAG read with flagOn: `send_email: false` is not mailed). A mailed note is left to the mail rules.
 */
export function mailedNote(body: ParsedBody): boolean {
  return hasField(body, NOTE_RECIPIENTS_FIELD) || hasKeyDeep(body, MAIL_RECIPIENTS_KEY) || hasFieldWhere(body, (name, v) => MAIL_NOTE_FLAG.test(name) && flagOn(v));
}
/** A family hook's answer, unless it is `comment` on a mailed note (then undefined: the mail rules decide; x5 review D1). */
export function unlessMailed(kind: PostKind | undefined, body: ParsedBody): PostKind | undefined {
  return kind === 'comment' && mailedNote(body) ? undefined : kind;
}
/**
 * The sender's own social profiles named as where the words go (Hootsuite's POST /v1/messages `socialProfileIds`,
 * Buffer's `profile_ids[]`; round p1): a scheduler publishes them there under the brand, so a "message" path
 * there is a post. Plural only: a `profileId` names one person written to (a dating app's message), and a
 * recipient or type saying private message still makes a message. A bare `profileIds` also names the people of a
 * chat (a dating app's or a group's), so it counts only beside a scheduler's own field (PUBLISHING_SCHEDULE_FIELD),
 * and none counts inside a conversation or thread named by id (…/conversations/{id}/messages).
 */
export const PUBLISHING_PROFILES_FIELD = /^social_?profile_?ids$/i;
const BARE_PROFILES_FIELD = /^profile_?ids$/i;
const PUBLISHING_SCHEDULE_FIELD = /^(?:scheduled?_?(?:send_?)?(?:at|time|date(?:_?time)?)|publish_?(?:at|date)|now|shorten|media)$/i;
const CONVERSATION_MESSAGES = /\/(?:conversations?|threads?)\/[^/]+\/messages?(?:\/|$)/i;
export function publishingProfiles(body: ParsedBody, path: string): boolean {
  if (CONVERSATION_MESSAGES.test(path)) return false;
  if (hasField(body, PUBLISHING_PROFILES_FIELD) || hasKeyDeep(body, /^profile_ids\[\]$/)) return true;
  return hasField(body, BARE_PROFILES_FIELD) && hasField(body, PUBLISHING_SCHEDULE_FIELD);
}
/** Type-like fields whose value says "private message" (Discourse's `archetype: private_message`). */
export const TYPE_FIELD = /^(?:archetype|type|kind|post_?type|visibility)$/i;
export const MESSAGE_VALUE = /^(?:private_?message|direct_?message|direct|dm|pm)$/i;
/**
 * A path segment that sends mail (Microsoft Graph's /me/sendMail, SendGrid's
 * /v3/mail/send): whole segments only, so that a title's slug mentioning
 * emails says nothing.
 */
export const MAIL_PATH = /(?:^|\/)(?:send_?mail|e?mails?)(?:\/|\.json|$)/i;
/** A webmail host (mail.google.com, mail.yahoo.com, mail.proton.me): what it sends is a message. */
export const MAIL_HOST = /^(?:web)?mail\./i;
/** Whether a query parameter's name says message or chat (Bumble's mwebapi.phtml?SERVER_SEND_CHAT_MESSAGE); the first 20 are looked at. */
export function queryKeysSayMessage(url: URL): boolean {
  let n = 0;
  for (const key of url.searchParams.keys()) {
    if (++n > 20) break;
    if (key.length <= FIELD_NAME_EXAMINED && MESSAGE_PATH.test(`/${key}`)) return true;
  }
  return false;
}
