/**
 * Gmail's sync endpoint, the heuristic's one host-specific rule: its path
 * says "sync", so without it every email sent from Gmail's page would pass
 * unseen. It is watched whatever its path says (watches.ts), publishes
 * nothing unless it sends (refuses.ts), and only the messages labelled sent
 * are read, each alone (heuristicScope).
 *
 * heuristicScope is also where other rounds reshape a body for reading by its URL; those are not Gmail's and not
 * host rules: a Frappe document's own fields, a guest's own comment, a review's parts, and DHIS2's text/plain bodies
 * (a conversation's reply or feedback, an interpretation and its comments) read as their text (case-management.ts,
 * round cm1 and its review M1).
 */
import { isRecord } from '../body';
import type { ParsedBody } from '../types';
import { MAX_DEPTH, MAX_NODES } from './limits';
import { guestOwnWords } from './calendars';
import { reviewPartsJoined } from './review-parts';
import { selfWrittenWords } from './people-feedback';
import { frappeMethodArgs } from './recruiting';
import { caseMessageBody } from './case-management';

/**
 * The one host-specific rule: Gmail's web client sends mail through its sync
 * endpoint (POST mail.google.com/sync/u/{n}/i/s), whose path says "sync" as
 * every editor's save does, so the path rule would let every email pass
 * unseen. Only this host and path are watched despite the word; the same
 * endpoint also saves drafts and changes labels, which GMAIL_SENT tells
 * apart (a published capture and email-sent detectors in the code index:
 * a send carries the smart label ^pfg and no ^r).
 */
export const GMAIL_SYNC_PATH = /^\/sync\/u\/\d{1,3}\/i\/s$/;
export function isGmailSync(url: URL): boolean {
  return url.hostname === 'mail.google.com' && GMAIL_SYNC_PATH.test(url.pathname);
}
/**
 * The messages a Gmail sync body sends: each holder (object or array) of a
 * smart-label array with ^pfg and without ^r (a draft's). A label array
 * holds strings, at least one a smart label (`^…`); user labels
 * (`Label_5`) may stand beside them. One request may batch a send with
 * another message's draft save (InboxSDK's cvOnDraftSaveBatched test data),
 * so each message's labels are judged alone, and its words are read from
 * that message alone. Bounded walk.
 */
function gmailSentMessages(body: ParsedBody): unknown[] {
  if (body.type !== 'json') return [];
  let nodes = 0;
  const sent: unknown[] = [];
  const walk = (v: unknown, depth: number, holder: unknown): void => {
    if (++nodes > MAX_NODES || depth > MAX_DEPTH) return;
    if (Array.isArray(v)) {
      if (v.length > 0 && v.every((x) => typeof x === 'string') && v.some((x) => (x as string).startsWith('^'))) {
        if (v.includes('^pfg') && !v.includes('^r') && holder !== undefined && sent.length < 20) sent.push(holder);
        return;
      }
      for (const item of v) walk(item, depth + 1, v);
    } else if (isRecord(v)) for (const key in v) walk(v[key], depth + 1, v);
  };
  walk(body.value, 0, undefined);
  return sent;
}
export function gmailSends(body: ParsedBody): boolean {
  return gmailSentMessages(body).length > 0;
}
/**
 * The part of a body the heuristic reads words from: on Gmail's sync
 * endpoint, the messages it sends (a draft batched beside them is not
 * sent); elsewhere the whole body, a review's parts joined (review-parts.ts),
 * and of a Frappe document its employee writes only the fields they fill
 * (people-feedback.ts, round hr1 review); DHIS2's text/plain bodies (a message
 * conversation's reply or feedback, an interpretation and its comments) as their
 * text (case-management.ts, round cm1 and its review D1).
 */
export function heuristicScope(url: URL, body: ParsedBody): ParsedBody {
  // DHIS2's text/plain bodies (a conversation's reply, an interpretation, its comments) are read as their text (round cm1 and its review, case-management.ts).
  const plainReply = caseMessageBody(url.pathname, body);
  if (plainReply) return plainReply;
  // A Frappe document its employee writes is read by the fields they fill (round hr1 review D1, people-feedback.ts); a
  // calendar guest's rewrite of someone else's event for the guest's own comment alone (round ca1 review, calendars.ts);
  // a Frappe method's JSON-string arguments parsed (round at1 review D3, recruiting.ts).
  if (!isGmailSync(url) || body.type !== 'json') return guestOwnWords(reviewPartsJoined(selfWrittenWords(url.pathname, body) ?? frappeMethodArgs(url.pathname, body) ?? body, url.pathname), url.pathname);
  const sent = gmailSentMessages(body);
  return sent.length === 0 ? body : { type: 'json', value: sent.length === 1 ? sent[0] : sent };
}
