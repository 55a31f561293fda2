/**
 * Employee relations and whistleblowing (round er1): an HR partner's, investigator's or reporter's words about a named
 * employee in an HR case, grievance, investigation or ethics-hotline report. The employee is an identifiable third
 * party and the employer is named, so these words are held with the kind a colleague would give them.
 *
 * What the older rules already read, and er1 keeps: a ServiceNow HR case's `work_notes` and `comments` (a comment,
 * as r15 and cm1's review pinned ServiceNow's journals), a help desk's comment on an HR request (JSM, Zendesk: a
 * comment, round u4), a note in an Odoo employee's chatter (r16), a Frappe HR grievance's timeline comment (cr1) and
 * its own words (a message, hr1rev), and the state changes, assignments and settings around them (quiet).
 *
 * What this module reads: a whistleblowing platform's report ("tip") as GlobaLeaks shapes it, self-hosted on any host,
 * so the path's own names are the only sign (`rtips`/`rtip` for the case handler's copy of a report, `wbtip` for the
 * reporter's). Kinds:
 * - a case handler's comment with `visibility: internal`, read by the other case handlers only: a **comment** on the
 *   report (the older comment-path rule already says so; answered here too, so the order cannot change it);
 * - a case handler's comment with `visibility: public`, read by the anonymous reporter when they next log in with their
 *   receipt: a follow-up sent to the reporter, a **message** (brief: words sent to the reporter are a message). An
 *   older GlobaLeaks sends no visibility and shows every comment to the reporter: a message too;
 * - `visibility: personal` is kept for its author alone (GlobaLeaks filters personal items by author): not read here,
 *   and unpublished-objects.ts's to-self rule keeps it quiet;
 * - the reporter's own comment on their report (…/wbtip/comments): words to the case handlers, a **message**;
 * - an identity access request's motivation (…/rtips/{id}/iars with `request_motivation`), read by the custodian who
 *   decides whether the reporter's identity is revealed: a **message** to the custodian.
 * Not read, and quiet under the older rules: a report's status or substatus update, a setting (`enable_two_way_comments`),
 * a postponed expiry, the reporter's receipt check.
 *
 * Cost: one test of the path (a `rtip`, `rtips` or `wbtip` segment) before any field is read.
 */
import type { ParsedBody, PostKind } from '../types';
import { topLevelString } from './body-fields';
import { pathSegments } from './paths';

/** The case handler's copy of a report (`/api/recipient/rtips/{id}`, older `/rtip/{id}`). */
const HANDLER_TIP_SEGMENT = /^rtips?$/i;
/** The reporter's own report, reached with their receipt (`/api/whistleblower/wbtip`, older `/wbtip`). */
const REPORTER_TIP_SEGMENT = /^wbtip$/i;
const COMMENTS_SEGMENT = /^comments$/i;
/** An identity access request's collection under a report. */
const IDENTITY_REQUESTS_SEGMENT = /^iars$/i;

/** A comment's audience as GlobaLeaks names it. `personal` (its author alone) is left to the to-self rule. */
function handlerCommentKind(body: ParsedBody): PostKind | undefined {
  const visibility = topLevelString(body, 'visibility');
  if (visibility === undefined || /^public$/i.test(visibility)) return 'message';
  if (/^internal$/i.test(visibility)) return 'comment';
  return undefined;
}

/** The words of a whistleblowing report's comment, follow-up or identity request: see the header for the kinds. */
export function employeeRelationsKind(path: string, body: ParsedBody, method: string): PostKind | undefined {
  if (method.toUpperCase() !== 'POST' || !path.includes('tip')) return undefined;
  const segments = pathSegments(path);
  const last = segments[segments.length - 1] ?? '';
  // The reporter's follow-up (…/wbtip/comments) goes to the case handlers.
  if (COMMENTS_SEGMENT.test(last) && REPORTER_TIP_SEGMENT.test(segments[segments.length - 2] ?? '')) return 'message';
  // The handler's comment or identity request hangs on a report by id (…/rtips/{id}/comments, …/rtips/{id}/iars).
  if (!HANDLER_TIP_SEGMENT.test(segments[segments.length - 3] ?? '')) return undefined;
  if (COMMENTS_SEGMENT.test(last)) return handlerCommentKind(body);
  if (IDENTITY_REQUESTS_SEGMENT.test(last) && topLevelString(body, 'request_motivation') !== undefined) return 'message';
  return undefined;
}
