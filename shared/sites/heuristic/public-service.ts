/**
 * Public service (round gv1): the words a public servant sends to residents or writes about them through government
 * service tools. Kinds, as earlier rounds decided them: a staff comment on a resident's issue (SeeClickFix's
 * POST /issues/{id}/comments, and its acknowledge, close and reopen, each with a required `comment`) is a `comment`,
 * shown on the issue's public page beside the residents' own comments, as cv1 read comments on a public idea or
 * request (the general rules read it already); a bulletin sent to subscribers of topics (GovDelivery's
 * bulletins/send_now) is a `post`, published to every subscriber at once as a newsletter issue is (round m1; the XML
 * reader and general rules read it already); a comment on a permit or licence record read by staff is a `comment`
 * (Accela's /v4/records/{id}/comments, Oracle Public Sector's record comments: the general rules read them). What
 * this module reads that the general rules did not:
 *
 * - Official feedback (publicServiceKind, `reply`): a government's answer on a resident's idea or initiative, in an
 *   `official_feedback` (officialFeedback, official-response, official_answer...) collection or object (Go Vocal's
 *   POST web_api/v1/ideas/{id}/official_feedback and PATCH …/official_feedback/{id}, `body_multiloc`): the answer
 *   in the thread the resident began, as a help desk's answer on a ticket is (rounds r7, hd1).
 * - An inspection's result comment (publicServiceKind, `comment`): words in a result or inspection comment field
 *   sent to an inspections path (Accela's PUT /v4/inspections/{id}/result with `resultComment`): the inspector's
 *   finding on the record, read by staff and the applicant, a comment. A result or schedule with no words stays quiet.
 * - Quiet (bulletinDraftQuiet): a bulletin created or updated in an account's bulletins collection without a send
 *   (GovDelivery's POST /api/account/{code}/bulletins.xml and PUT …/bulletins/{id}.xml): a draft, saved, not sent.
 *   `send_now` (or a send segment) is what sends.
 *
 * Sources (facts only): SeeClickFix/dev.seeclickfix.com (v2 issues comments, changing status, vote, follow);
 * Granicus GovDelivery Communications Cloud API v1 Bulletins (send now, create draft), as alphagov/email-alert-api's
 * and GSA challenge.gov's clients call it; CitizenLabDotCo/citizenlab (OfficialFeedbackController, official feedback
 * typings); Accela Construct API v4 generated clients (RecordCommentModel, InspectionCommentModel, inspection result);
 * docs.oracle.com Public Sector Compliance and Regulation REST (publicSectorRecordComments).
 */
import type { ParsedBody, PostKind } from '../types';
import { hasKeyDeep } from './body-fields';
import type { FreeText } from './longest-field';
import { pathSegments } from './paths';

/** Segments longer than this are not examined. */
const SEGMENT_EXAMINED = 48;
/** An official feedback, response or answer (`official_feedback`, `officialFeedback`, `official-responses`). */
const OFFICIAL_FEEDBACK = /^official[_-]?(?:feedbacks?|responses?|answers?|replies|reply)$/i;
/** An inspections collection (`inspections`, `inspection`, `code_inspections`). */
const INSPECTION_SEGMENT = /(?:^|[_-])inspections?$/i;
/** An inspection's result or finding comment (`resultComment`, `result_comment`, `inspection_comment`). */
const INSPECTION_COMMENT_FIELD = /^(?:result|inspection|inspector|finding)[_-]?(?:comments?|notes?)$/i;
/** GovDelivery's bulletins collection under an account, created or updated by id, with no send (`bulletins.xml`). */
const BULLETIN_DRAFT_PATH = /\/account\/[^/]{1,64}\/bulletins(?:\/\d{1,20})?(?:\.(?:xml|json))?$/i;

/** Whether a path segment names an official feedback (a trailing format dropped). */
function officialSegment(seg: string): boolean {
  return seg.length <= SEGMENT_EXAMINED && OFFICIAL_FEEDBACK.test(seg.replace(/\.(?:json|xml)$/i, ''));
}

/** The kind of a public servant's official feedback (a reply) or an inspection's result comment (a comment). */
export function publicServiceKind(path: string, body: ParsedBody, found: FreeText, method: string): PostKind | undefined {
  if (method.toUpperCase() === 'GET') return undefined;
  const segments = pathSegments(path);
  if (segments.some(officialSegment) || hasKeyDeep(body, OFFICIAL_FEEDBACK, (v) => typeof v === 'object' && v !== null)) return 'reply';
  if (INSPECTION_COMMENT_FIELD.test(found.field) && segments.some((s) => s.length <= SEGMENT_EXAMINED && INSPECTION_SEGMENT.test(s))) {
    return 'comment';
  }
  return undefined;
}

/** A bulletin saved in an account's bulletins collection, created or updated, not sent (refuses.ts). */
export function bulletinDraftQuiet(path: string): boolean {
  return path.length <= 400 && BULLETIN_DRAFT_PATH.test(path);
}
