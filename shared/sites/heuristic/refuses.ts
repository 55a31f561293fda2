/**
 * What publishes nothing though it carries prose (heuristicRefuses; a
 * `draft` field is told in index.ts, objects that say draft are skipped by
 * unpublished-objects.ts): Gmail's sync without a send (gmail.ts), a draft
 * saved through Outlook on the web, one's own calendar appointment sent to
 * nobody (`SendMeetingInvitations: SendToNone`), one's own notes and
 * reminders addressed to no one (personalCollection; a reminder naming an owner and an animal and sent is
 * the practice's to the owner: veterinary.ts, vt1, vt1rev D1), reply templates kept
 * for later (templateCollection), one's own note on a listing (real-estate.ts ownRecordNote, re1 review), a clicked preview or
 * draft button (quiet-button.ts), WordPress's Customizer, an editor's
 * transaction of edits (editor-transaction.ts), a prompt to an AI assistant
 * (assistant-prompt.ts), an operation field, GraphQL query or operation name
 * that saves, previews, searches or reports (QUIET_ACTION,
 * quiet-operations.ts), a remote method that sets or verifies, a
 * translation request (translation.ts), and an order known by its body
 * (transactions.ts orderBody).
 * Asked in this order, before the older rules: Gmail's sync (then a document its employee writes and saves, never
 * refused: an Appraisal, an Employee Grievance; people-feedback.ts, hr1 and its review), JMAP stores, open protocols'
 * drafts, participation's previews and draft ideas (cv1), a send's price (chat-sends.ts, r14), small networks' draft
 * state, own contact setting and tags (sn2), feedback tools' answers and events (fb1), a desk's time entries (hd1), a
 * social inbox's AI helpers (social-inbox.ts, si1rev),
 * a signing request kept unsent, sent silently or voided without a word, a matter's own record and a billing entry
 * (legal-matters.ts, lg1; then an Oracle HCM person note kept PRIVATE, employee-relations.ts, er1rev; then a reminder to signers, never refused: lg1 review D3), a performance review saved with
 * its completion flag off (hr1; a Frappe save of a pupil's record is never refused: student-records.ts, sis1, sis1rev; nor
 * a query's or field comment's save on a study participant's field, on REDCap's own page: research-records.ts, rc1, rc1rev D2), an interview given only times and places (recruiting.ts, at1), a CommCare Web Apps form session's step (an answer as a question is left; case-management.ts, cm1's review D3), a drafts
 * collection's draft kept (drafts-collections.ts, hd1 and sc1), a draft flag beside a post's targets (r16), a sales
 * tool's mailing edited while its state says draft (sales-outreach.ts, sl1rev M2), a
 * scheduler's draft type or editor store (sc1), a new event on one's own calendar inviting nobody (calendars.ts,
 * ca1), a progress update kept to its writer by its visibility (fundraising.ts, fd1 and fd1rev) or a Liberapay
 * statement button that saves nothing (r20rev), a newsroom's
 * deletion, store save, non-publishing store action or template apply (newsrooms.ts, jn1), a host's rates or
 * availability calendar (hospitality.ts, st1), a charge or credit on a lease's or ownership account's ledger, or any
 * lines of general ledger accounts and amounts (property-management.ts, pt1 and its review), a bulletin saved unsent
 * or a channel's message template (public-service.ts, gv1 and r21), a CI or hosting tool's variable or a pipeline
 * or workflow started with words only in its inputs (quiet-operations.ts, r21 and its review); then the leading-underscore draft flag, a published flag off (pr2), a newsletter issue
 * with no send time
 * (PUBLISH_TIME_FIELD, words.ts), a payment's pre-check, a merchant's or one's own transaction (payments.ts, pm1),
 * save dispositions, own notes, read marks, reply templates, a form's draft status, a grade's feedback not yet
 * released, a draft submission comment or an ORA response saved (school-home.ts, r19, r19rev) and a template module's script (ed2), FHIR's quiet requests (clinical.ts, hc1), a
 * chart note's form answers left unfinished (practice-notes.ts, hc2), menus, a document's or a board's saved content (documents.ts,
 * design-boards.ts, wb1), and the older rules. A desk's AI prompt is assistant-prompt.ts's (x2 review N4).
 */
import { documentSaved } from './documents';
import { boardContentSaved } from './design-boards';
import type { ParsedBody } from '../types';
import { assistantPrompt } from './assistant-prompt';
import { chatSendQuiet } from './chat-sends';
import { fieldValue, hasField, hasFieldWhere, hasKeyDeep } from './body-fields';
import { editorTransaction } from './editor-transaction';
import { GMAIL_SYNC_PATH, gmailSends } from './gmail';
import { graphqlOperation } from './graphql';
import { jmapOnlyStores } from './jmap';
import { methodName } from './operation-kind';
import { hasIdSegment, lastSegment, pathSegments } from './paths';
import { quietButton } from './quiet-button';
import { ciSettingQuiet, quietMethod, quietOperation } from './quiet-operations';
import { openProtocolQuiet } from './open-protocols';
import { participationQuiet } from './participation';
import { fundraisingQuiet } from './fundraising';
import { smallNetworkQuiet } from './small-networks';
import { feedbackToolQuiet } from './feedback-tools';
import { helpDeskQuiet } from './help-desks';
import { whistleblowingQuiet } from './employee-relations';
import { socialInboxQuiet } from './social-inbox';
import { legalMatterQuiet, signingReminder } from './legal-matters';
import { ownerReminderPath } from './veterinary';
import { draftFlagged, draftKept } from './drafts-collections';
import { salesDraftMailing } from './sales-outreach';
import { schedulerQuiet } from './schedulers';
import { ownCalendarEvent } from './calendars';
import { newsroomQuiet } from './newsrooms';
import { orderBody } from './transactions';
import { paymentQuiet } from './payments';
import { TRANSLATION_FIELD, translationByCodes } from './translation';
import { ACTION_FIELD, MESSAGE_FIELD, PUBLISH_TIME_FIELD, QUIET_ACTION, STRONG_MESSAGE_FIELD } from './words';
import { wikiPublishesNothing } from './wikis';
import { formStatusDraft, publishedFlagOff } from './unpublished-objects';
import { gradingFeedbackUnreleased, manageScriptEntity } from './school-home';
import { clinicalQuiet } from './clinical';
import { practiceNoteQuiet } from './practice-notes';
import { reviewSavedNotSubmitted, selfWrittenSave } from './people-feedback';
import { studentRecordSaved } from './student-records';
import { researchNoteSaved } from './research-records';
import { interviewScheduledQuiet } from './recruiting';
import { formSessionStep } from './case-management';
import { ratesCalendarQuiet } from './hospitality';
import { ledgerEntryQuiet } from './property-management';
import { bulletinDraftQuiet } from './public-service';
import { ownRecordNote, templateMergeSends } from './real-estate';

/**
 * A newsletter platform's campaign or broadcast collection, one by id, or its content (`/campaigns`,
 * `/emailCampaigns`, `/broadcasts/{id}`, `/campaigns/{id}/content`): where an issue's words are kept until it is
 * sent. The path's end only: an ad or post created under a campaign (`/campaigns/{id}/ads`) is not.
 */
const NEWSLETTER_DRAFT_PATH = /(?:^|\/)(?:email_?)?(?:campaigns|broadcasts)(?:\/[^/]+(?:\/content)?)?\/?$/i;
export function issueGoesOut(body: ParsedBody): boolean {
  return (
    hasField(body, PUBLISH_TIME_FIELD) ||
    hasFieldWhere(body, (name, v) => /^(?:public|send|send_?now)$/i.test(name) && v === true) ||
    hasField(body, /^status$/i, /^(?:send(?:ing)?|sent|scheduled?|about_to_send|confirmed|publish(?:ed)?)$/i)
  );
}
/**
 * Keys only a mail campaign's body has (a subject line, a sender, the lists or recipients it goes to, its HTML or
 * email content): a fundraiser's or an ad campaign's `description` stored under `/campaigns/{id}` names none of them.
 */
const MAIL_CAMPAIGN_KEY =
  /^(?:subject(?:_?line)?|from(?:_?(?:name|email))?|sender|reply_?to|list_?ids?|lists|recipients|segments?|subscriber_?filter|groups|html(?:_?content)?|plain_?text|emails)$/i;
/** A last segment that marks something read (`/read`, `/mark-read`, `/mark_as_read`). */
const READ_MARK_SEGMENT = /^(?:read|mark[-_]?(?:as[-_]?)?read)$/i;
/** Fields whose name says they hold words others read (a review, a comment, a reply's body). */
const PUBLISHED_TEXT_FIELD = /^(?:review|body|comment|message|reply|post)(?:_?(?:body|text))?$/i;
/**
 * Generic names a read beacon also uses for the headline or excerpt it reports (second review of t1): words others
 * read only beside a rating, as a reading log's entry has.
 */
const GENERIC_TEXT_FIELD = /^(?:text|content)$/i;
const RATING_FIELD = /^(?:rating|stars|score)$/i;

/**
 * Whether a body that carries prose says it publishes nothing: a translation
 * request (it names the languages), or an operation field that saves,
 * previews, searches or reports.
 */
export function heuristicRefuses(body: ParsedBody, path?: string): boolean {
  if (path !== undefined && GMAIL_SYNC_PATH.test(path) && !gmailSends(body)) return true;
  // An Appraisal or grievance saved by its employee gives HR its words: its `action: Save` is no draft (round hr1, hr1rev).
  if (path !== undefined && selfWrittenSave(body, path)) return false;
  // A pupil's record (a Student Log, a leave application, a result) saved in Frappe reaches staff (round sis1, sis1rev, student-records.ts).
  if (path !== undefined && studentRecordSaved(body, path)) return false;
  // A query, response or field comment saved on a study participant's field (REDCap's `action=save`) reaches the study team (round rc1, research-records.ts).
  if (researchNoteSaved(body, path)) return false;
  // A JMAP request that only stores mail or contacts (a draft's Email/set, flags, moves, ContactCard/set) sends
  // nothing: mail leaves only through EmailSubmission/set (jmap.ts, round m1).
  if (jmapOnlyStores(body)) return true;
  // A Micropub draft (`post-status: draft`) or Lens metadata that is no post's (an account's bio), round n1.
  if (openProtocolQuiet(body, path)) return true;
  // A Rails form's preview button, an idea saved as a draft (round cv1, participation.ts).
  if (participationQuiet(body)) return true;
  // What a message send would cost, asked with the send's own body on a messages or SMS collection's price path
  // naming a phone (round r14, chat-sends.ts; review D2).
  if (path !== undefined && chatSendQuiet(body, path)) return true;
  // A post kept a draft by its state (Cohost's `postState: 0`), one's own hire-me setting, tags added to a photo (round sn2).
  if (smallNetworkQuiet(body, path)) return true;
  // Feedback to a site's developers: in-app survey answers, widget responses, guide events, tracked events (round fb1).
  if (path !== undefined && feedbackToolQuiet(body, path)) return true;
  // Time logged on a ticket (Zoho Desk's timeEntry), round hd1.
  if (path !== undefined && helpDeskQuiet(path)) return true;
  // A social inbox's AI helper: customers' words sent for tagging, a conversation summarised (si1rev D4, social-inbox.ts).
  if (path !== undefined && socialInboxQuiet(path)) return true;
  // An e-signature request kept unsent, sent silently or voided; a matter's own record; a billing entry (round lg1).
  if (path !== undefined && legalMatterQuiet(body, path)) return true;
  // An Oracle HCM person note kept to its author (`NoteVisibilityCode: PRIVATE`), er1rev D6 (employee-relations.ts).
  if (path !== undefined && whistleblowingQuiet(body, path)) return true;
  // A reminder to signers naming what is signed is mail to them, no personal reminder (review of lg1, D3).
  if (path !== undefined && signingReminder(body, path)) return false;
  // A performance review saved with its completion flag off, kept for its writer (round hr1, people-feedback.ts).
  if (path !== undefined && reviewSavedNotSubmitted(body, path)) return true;
  // An interview scheduled with times and a place but no words for anyone (round at1, recruiting.ts).
  if (path !== undefined && interviewScheduledQuiet(body, path)) return true;
  // A CommCare Web Apps form session's step (an answer as a question is left): nothing sent yet (cm1's review D3, case-management.ts).
  if (path !== undefined && formSessionStep(body, path)) return true;
  // A drafts collection keeps what it holds unless the body sends it at once or sets when it goes out (Missive's
  // /v1/drafts, Typefully's; rounds hd1 and sc1, one rule in drafts-collections.ts).
  if (path !== undefined && draftKept(path, body)) return true;
  // A scheduler's post kept as a draft by a flag on its create call (Buffer's saveToDraft, Late's isDraft; round r16).
  if (draftFlagged(body)) return true;
  // A sales tool's mailing edited while its state says draft or unsent (Outreach's `drafted`; sl1rev M2, sales-outreach.ts).
  if (salesDraftMailing(body)) return true;
  // A scheduler's draft by its publishing type, or an editor store of per-account versions (round sc1).
  if (schedulerQuiet(body, path ?? '')) return true;
  // An event on one's own calendar that invites nobody: nobody else reads it (round ca1, calendars.ts).
  if (path !== undefined && ownCalendarEvent(body, path)) return true;
  // A progress update kept to its writer: only_me, or GoFundMe Pro/Classy's private (rounds fd1, fd1rev); Liberapay's statement form's edit, switch or preview (r20rev).
  if (path !== undefined && fundraisingQuiet(body, path)) return true;
  // A live blog's or newsroom store's deletion, a story saved or sent to a non-publishing action in a newsroom's store,
  // a content template applied (round jn1, newsrooms.ts).
  if (path !== undefined && newsroomQuiet(body, path)) return true;
  // A host's rates or availability calendar, its day notes among its settings (round st1, hospitality.ts).
  if (path !== undefined && ratesCalendarQuiet(body, path)) return true;
  // A charge, credit or assessment posted to a lease's or ownership account's ledger, or lines of GL accounts and
  // amounts (a bill, a journal entry, a check), its memo bookkeeping (round pt1 and its review).
  if (path !== undefined && ledgerEntryQuiet(body, path)) return true;
  // A bulletin saved in an account's bulletins collection, created or updated, not sent (round gv1, public-service.ts).
  if (path !== undefined && bulletinDraftQuiet(path, body, issueGoesOut(body))) return true;
  // A CI or hosting tool's variable, or a pipeline or workflow started with words only in its inputs: a setting or a
  // job (round r21, general since its review: quiet-operations.ts).
  if (path !== undefined && ciSettingQuiet(path, body)) return true;
  // A draft flag named with a framework's leading underscore (Roundcube's compose form posts `_draft=1` to the same
  // send action when it autosaves; index.ts tells a bare `draft`).
  if (hasField(body, /^_+draft$/i, /^(?:1|true)$/i)) return true;
  // A body saying of itself that it is not published (`IsPublished: false`, Brightspace's news items, round pr2).
  if (publishedFlagOff(body, path ?? '')) return true;
  // A newsletter campaign or broadcast given its words with no send time (round m1): a draft of the issue, sent
  // later by an action carrying no words (Mailchimp's PUT /campaigns/{id}/content, MailerLite's POST /campaigns,
  // Kit's broadcast with `send_at: null`). A send time, a status or flag that sends, or `public: true` publishes.
  // Only a mail campaign's body (MAIL_CAMPAIGN_KEY): a fundraiser's or ad campaign's words there are read as before.
  if (path !== undefined && NEWSLETTER_DRAFT_PATH.test(path) && hasKeyDeep(body, MAIL_CAMPAIGN_KEY) && !issueGoesOut(body)) return true;
  // A payment's pre-check, a sentence parsed into an expense unsaved, one's own note on a bank transaction (round pm1, payments.ts).
  if (path !== undefined && paymentQuiet(body, path)) return true;
  // Outlook on the web's CreateItem with `MessageDisposition: 'SaveOnly'` saves a draft; 'SendAndSaveCopy' sends.
  if (hasField(body, /^(?:message_?)?disposition$/i, /^save(?:only)?$/i)) return true;
  // A calendar item created with `SendMeetingInvitations: 'SendToNone'` is one's own appointment, sent to nobody; clients
  // set it on every CreateItem, so beside a disposition that sends (a mail's `SendAndSaveCopy`) it says nothing.
  if (hasField(body, /^send_?meeting_?invitations$/i, /^send_?to_?none$/i) && !hasField(body, /^(?:message_?)?disposition$/i, /^send/i)) return true;
  // One's own notes, to-dos or reminders, unless they name someone else to send them to (a reminder `to` a colleague).
  // A reminder naming an owner and an animal and sent is the practice's words to the owner (round vt1, vt1rev D1, veterinary.ts).
  if (path !== undefined && personalCollection(path) && !hasField(body, MESSAGE_FIELD) && !hasField(body, STRONG_MESSAGE_FIELD) && !ownerReminderPath(path, body)) return true;
  // A read mark (round t1: a read position's beacon to /api/articles/{id}/read, the headline beside it) publishes
  // nothing, unless the body carries a field for published words (a reading log's review, a thread's reply body).
  if (path !== undefined && READ_MARK_SEGMENT.test(lastSegment(path)) && !hasField(body, PUBLISHED_TEXT_FIELD) && !(hasField(body, GENERIC_TEXT_FIELD) && hasField(body, RATING_FIELD))) return true;
  // A reply template kept for later (Help Scout's saved replies, Freshdesk's canned responses) reaches nobody.
  if (path !== undefined && templateCollection(path) && !templateMergeSends(path, body)) return true; // a merge sent to recipients is not a preview (re1 review J7)
  if (path !== undefined && ownRecordNote(path)) return true; // one's own note on a listing, …/{key}/my/notes (re1 review D8, real-estate.ts)
  // A form whose own status says draft (Gibbon's messenger `status=Draft`, round ed2; fenced by its review, D1:
  // unpublished-objects.ts), and a template collection's add or edit script named PHP-module style (Gibbon's
  // `cannedResponse_manage_addProcess.php`, its entity pluralised and read with the list below, review D2).
  if (formStatusDraft(body, path ?? '')) return true;
  if (path !== undefined && gradingFeedbackUnreleased(path, body)) return true; // a grade's feedback unreleased (r19, school-home.ts)
  const entity = path !== undefined ? manageScriptEntity(path) : undefined;
  if (entity !== undefined && TEMPLATE_COLLECTION.test(entity)) return true;
  // FHIR: an operation known to send nothing, a subscription or audit record, a message unsent or marked read, a Bundle of these (round hc1 and its review, clinical.ts).
  if (path !== undefined && clinicalQuiet(body, path)) return true;
  // A chart note's form answers sent unfinished, saved as a draft (round hc2, practice-notes.ts).
  if (practiceNoteQuiet(body)) return true;
  // A menu of what a business offers (Business Profile's …/locations/{id}/foodMenus, a restaurant's /menus): standing
  // descriptions of dishes or services, as a profile's are, not a post (round p1). The last segment only, and only
  // when the body is shaped as a menu (sections, items, prices): a chat message or a review sent to a `/menu`
  // address is read.
  if (path !== undefined && MENU_PATH.test(path) && hasKeyDeep(body, MENU_BODY_KEY)) return true;
  if (quietButton(body) || wordpressCustomizer(body) || (path !== undefined && (documentSaved(path, body) || boardContentSaved(path, body) || editorTransaction(body, path) || assistantPrompt(body, path) || wikiPublishesNothing(body, path)))) return true;
  const action = fieldValue(body, ACTION_FIELD);
  // Drupal sends its clicked button as `op`, and every entity form's button is a bare `Save`: a settings page, an
  // unpublished node and a moderation draft alike. Only a comment form's `op=Save` (round t1), or a node form's,
  // publishes, and not when it is saved unpublished or as a draft.
  if (action !== undefined && QUIET_ACTION.test(action) && !(/^\s*save\s*$/i.test(action) && commentFormPublishes(body))) return true;
  // A form that deletes by Rails' or Laravel's method override (`_method=delete`, Rack::MethodOverride) publishes nothing.
  if (hasField(body, /^_method$/, /^delete$/i)) return true;
  const graphql = graphqlOperation(body);
  if (graphql !== undefined && (graphql.type === 'query' || quietOperation(graphql.name))) return true;
  // A remote method named for saving a draft, searching or reporting (an XML request's root element, read by
  // xml-body.ts as `methodname`: `<SaveDraftRequest>`) publishes nothing, as such a GraphQL operation does not; nor
  // does one that sets a setting or verifies a request (`<SetUserNotesRequest>`, `<VerifyAddItemRequest>`).
  if (quietMethod(methodName(body))) return true;
  if (translationByCodes(body)) return true;
  // Line items beside an address or payment: a checkout on an unnamed route (its delivery note is the courier's).
  if (orderBody(body)) return true;
  return hasKeyDeep(body, TRANSLATION_FIELD);
}
/**
 * WordPress's Customizer (wp-admin/customize.php): its preview refreshes
 * (`wp_customize=on&customized={…}` to the site's front page) and its saves
 * (`action=customize_save`, `customize_changeset_data`) carry the site's
 * settings, a tagline or a widget's text among them, as a changeset: a
 * setting, not a post.
 */
function wordpressCustomizer(body: ParsedBody): boolean {
  if (body.type !== 'form' && body.type !== 'multipart') return false;
  const flag = body.fields.get('wp_customize');
  return flag === 'on' || body.fields.has('customized') || body.fields.has('customize_changeset_data') || /^customize_/.test(body.fields.get('action') ?? '');
}

/**
 * A collection of one's own notes, to-dos or reminders created at its own
 * address, under no object's id (Canvas's POST /api/v1/planner_notes): kept
 * for oneself. Bare `notes` may be published (Substack-like notes) and notes
 * under an object by id (GitLab's /issues/7/notes) are comments: both stay
 * watched, and so does a reminder that names someone to send it to.
 */
const PERSONAL_COLLECTION = /^(?:(?:planner|personal|private|my|self|sticky)[-_]?notes|todos?|to[-_]dos|reminders)$/i;
function personalCollection(path: string): boolean {
  const segments = pathSegments(path);
  const last = (segments[segments.length - 1] ?? '').replace(/\.json$/i, '');
  if (!PERSONAL_COLLECTION.test(last)) return false;
  return !hasIdSegment(segments[segments.length - 2] ?? '');
}

/**
 * A collection of reply templates, written to at its address or one of them
 * by id (Help Scout's POST /v2/mailboxes/{id}/saved-replies, Freshdesk's
 * /api/v2/canned_responses, Zendesk's macros, Zammad's text modules
 * /api/v1/text_modules, Zendesk Chat's and Kustomer's shortcuts
 * /api/v2/shortcuts): kept for agents to insert
 * later, sent to nobody. Only as the last segment, or before the last one
 * when that is an id: a comment under a template
 * (/templates/{id}/comments) stays watched. Templates named for what they
 * answer or send (`review-reply-templates`, `email_templates`; round p1) are templates too; the naming part is
 * required, since a gallery of `shared-templates` or `public-templates` publishes what people made. The naming part may
 * be joined camelCase (Follow Up Boss's /v1/textMessageTemplates: the segment is split at its lower-to-upper joins
 * before the list reads it, re1 review M3, so no run of letters alone passes), and a template merged to preview it
 * (…/textMessageTemplates/merge) reaches nobody either (round re1). Statuspage's `incident_templates` (and maintenance
 * or status update templates) are saved for later as well (ic1 review D11).
 */
const MENU_PATH = /\/(?:food[-_]?)?menus?\/?$/i;
const MENU_BODY_KEY = /^(?:(?:food_?)?menus|sections|items|menu_?items|dishes|prices?)$/i;
const TEMPLATE_COLLECTION = /^(?:saved[-_]?replies|canned[-_]?responses?|quick[-_]?replies|templates|(?:[a-z]+[-_]){0,2}(?:reply|response|message|email|sms|notification|note|form|incident|maintenance|update)[-_]?templates|macros|text[-_]?modules|shortcuts)$/i;
/** A camelCase segment's words split with `_` (`textMessageTemplates` → `text_Message_Templates`), read by the list above (re1 review M3). */
const camelSplit = (seg: string): string => seg.replace(/([a-z])(?=[A-Z])/g, '$1_');
/** An action that renders a template with a record's fields for the writer to see, sending nothing. */
const TEMPLATE_PREVIEW = /^(?:merge|preview|render)$/i;
function templateCollection(path: string): boolean {
  const segments = pathSegments(path).map((seg) => camelSplit(seg.replace(/\.json$/i, '')));
  // A template merged with a record's fields to preview it (Follow Up Boss's …/textMessageTemplates/merge, round re1).
  if (segments.length > 1 && TEMPLATE_PREVIEW.test(segments[segments.length - 1]!)) segments.pop();
  const last = segments[segments.length - 1] ?? '';
  if (TEMPLATE_COLLECTION.test(last)) return true;
  return hasIdSegment(last) && TEMPLATE_COLLECTION.test(segments[segments.length - 2] ?? '');
}

/**
 * A Drupal comment form (CommentForm: `comment_body[…]` fields, `form_id=comment_<field>_form`, D7's
 * `comment_node_<type>_form`; not a comment type's settings, `comment_type_*`, or the admin list, `comment_admin_*`), or
 * a node form (`node_<type>_form`, `node_<type>_edit_form`, D7's `<type>_node_form`), that publishes: not one saved
 * unpublished (`status[value]=0`, D7's `status=0`) or as a content moderation state other than `published`. Drupal
 * shows the "Published" box only to those who administer nodes, so an author's node form often sends no status at
 * all and the content type's default, which the request cannot tell, decides: it is held (review t1rev2 D1).
 */
function commentFormPublishes(body: ParsedBody): boolean {
  if (body.type !== 'form' && body.type !== 'multipart') return false;
  const keys = [...body.fields.keys()];
  const formId = body.fields.get('form_id') ?? '';
  const comment = (/^comment_/.test(formId) && !/^comment_(?:type|admin)_/.test(formId)) || keys.some((k) => /^comment_body(?:\[|$)/.test(k));
  const node = /^node_\w+_form$/.test(formId) || /^\w+_node_form$/.test(formId);
  if (!comment && !node) return false;
  const unpublished = keys.some((k) => /^status(?:\[\d+\])?\[value\]$|^status$/.test(k) && body.fields.get(k) === '0');
  const draft = keys.some((k) => /^moderation_state(?:\[\d+\])?(?:\[state\])?$/.test(k) && body.fields.get(k) !== 'published');
  return !unpublished && !draft;
}
