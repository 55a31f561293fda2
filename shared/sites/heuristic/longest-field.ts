/**
 * Where the prose is (longestFreeField): the longest field that is prose
 * (free-text.ts), read as a reader sees it (field-values.ts; ProseMirror and
 * Atlassian documents as one text, links' targets included), never a secret
 * (secrets.ts) or a field whose words are not a post's (unread-fields.ts),
 * rich-text runs (Notion's) as one text,
 * and nothing inside an object that publishes nothing
 * (unpublished-objects.ts). A PEM block anywhere in that text is withheld.
 * Prose in several fields of one object is read whole (the same words in two
 * of them once); private fields only
 * when nothing else is prose. The walk is bounded (limits.ts): a body that
 * runs out of nodes before any prose is found is undecided, not "not a post".
 * A pupil's record's notes in several fields or batch items are read first, joined (student-records.ts, sis1rev D2,
 * D3); then a study participant's query, field comment, discrepancy note or ODM query and deviation words,
 * however short, and none for a REDCap API import or an ODM post of item values alone (research-records.ts, rc1, rc1rev); a host's note on a stay is read first, alone (hospitality.ts, st1 review); a
 * however short (research-records.ts, rc1); then a FHIR DocumentReference's or Binary's plain-text or HTML attachment, decoded (in a Bundle too, r27rev), and a GNU Health record's
 * words though it is a draft until signed (clinical.ts, r27); a host's note on a stay is read first, alone (hospitality.ts, st1 review); a
 * work order's details and notes to its vendor first, joined (property-management.ts, pt1 review J1); a listing's
 * remarks next, joined when two or more leave together (real-estate.ts, re1); a FAQ entry's question and answer next
 * (faq-entries.ts, round r20 and its review), nothing for a draft, private or bot's entry; an incident's event's words in `event` next, or a status update's plain and HTML words
 * joined when they differ (incident-updates.ts, ic1 and its review); a clinical visit's several notes next, joined
 * (veterinary.ts, rv22 review D4); an openIMIS ticket's resolution next, alone
 * (case-management.ts, cm1's review J4); after the host's note, a client record's or visit's note and alert fields,
 * joined (client-services.ts, sw1 review D2); then a Khoros v1 private note's `notes.note`, alone (social-inbox.ts,
 * si1rev D3). A refusal's reason on a case's transfer or referral by id is read as a bare
 * `reason` (recruiting.ts's refusalReason asks case-management.ts, cm1 and its review M3); a case's short flag,
 * transition or DHIS2 reply words are read however short (cm1's review D5), and so are a tutor's report and student
 * note fields on a lesson's or student's record by id (tutoring.ts, tu1rev J3) and GlobaLeaks' comments,
 * identity requests, custodian answers and status motivations (employee-relations.ts, er1rev D1); first of all, a
 * whistleblowing report's or identity's answers joined, an Oracle person note's raw text and two ServiceNow journals
 * joined (employee-relations.ts, er1rev D2, D6, D7, J4); after the
 * walk, as a board topic's title is, a live ticker's entry's `event_info.title` (newsrooms.ts, r21). The lead's mail a
 * salesperson's answer quotes is skipped in the walk, as a document's quoted text is (sales-outreach.ts, r22; beside
 * Smartlead's `email_stats_id` only, rv22 review M1). Right after the whistleblowing texts and before every other
 * family's text, a share's caption alone beside a link preview's
 * company copy (a `…/feed` write's `link` with preview fields, a filled `webPreviews`), nothing without one
 * (employee-advocacy.ts, ea1rev D1); then a Bitrix24 feed post's or a Jive content's title and words together
 * (employee-advocacy.ts, r25), Bitrix24's words with BBCode read and nothing for a private Jive favourite (r25rev).
 */
import { isRecord } from '../body';
import { hasField } from './body-fields';
import { proseMirrorText } from '../rich-text';
import type { ParsedBody } from '../types';
import { asPlainText, jsonObject, percentDecoded } from './field-values';
import { isFreeText } from './free-text';
import { HEURISTIC_MAX_BODY, MAX_DEPTH, MAX_NODES } from './limits';
import { FIELD_NAME_EXAMINED, fieldLeaf } from './names';
import { lastSegment } from './paths';
import { isAnswerName, isQuestionName, isSecretField, securityAnswer, withoutKeys } from './secrets';
import { CREATION_PATH, TO_SELF, audienceFlagsOff, VISIBILITY_NAME, isAnalyticsEvent, isBrowserReport, isDraftState, isErrorReport, isRecordingEvent, isUnpublishedPostStatus, keptToSelf, quietObject } from './unpublished-objects';
import { COLLECTION_ITEM_PATH, CONTAINER_ID_FIELD, CONTAINER_PATH, CONTAINER_TEXT, CONTAINER_VERB_PATH, ERROR_CONTAINER, IGNORED_FIELD, MODERATION_PATH, PROFILE_OBJECT_FIELDS, STACK_FIELD, isEmptyPublishedText, isErrorTrail, isLogLine, isOwnPrivateField, isPageContext, isPrivateField, isProfileField, isReasonField } from './unread-fields';
import { annotatedSource } from './wikis';
import { paymentNoteField, shortPaymentWords } from './payments';
import { refusalReason } from './recruiting';
import { caseShortWords, ticketResolutionText } from './case-management';
import { tutoringShortWords } from './tutoring';
import { boardTopicTitle } from './groups-and-clubs';
import { quotedFromDocument, quotesDocument, serialisedDocumentText, withMentionNames, wordsBesideQuote } from './documents';
import { chatContentJson, chatContentObject, chatPoll, chatSendShape, shortChatWords } from './chat-sends';
import { formAnswersText, formSectionsText, notePartsText } from './practice-notes';
import { stayHostNoteText } from './hospitality';
import { documentReferenceText, gnuHealthRecordText } from './clinical';
import { workOrderText } from './property-management';
import { listingRemarksText } from './real-estate';
import { faqEntryText } from './faq-entries';
import { tickerEntryText } from './newsrooms';
import { incidentText } from './incident-updates';
import { studentRecordText } from './student-records';
import { researchNoteText } from './research-records';
import { visitNotesText } from './veterinary';
import { clientRecordText } from './client-services';
import { quotedLeadMail } from './sales-outreach';
import { whistleblowingShortWords, whistleblowingText } from './employee-relations';
import { intranetTitledText, shareCaptionText } from './employee-advocacy';
import { khorosPrivateNoteText } from './social-inbox';

/**
 * A form name's part before its first bracket (`entry_comment[body]` →
 * `entry_comment`), or before its first dot where model binding names an
 * object so (ASP.NET MVC's `Reply.Body` → `Reply`), if it has either.
 */
function formContainer(name: string): string | undefined {
  const bracket = name.indexOf('[');
  const dot = name.indexOf('.');
  const open = bracket > 0 && (dot <= 0 || bracket < dot) ? bracket : dot;
  return open > 0 && open <= FIELD_NAME_EXAMINED ? name.slice(0, open) : undefined;
}

/** The free text a heuristic found, with the name of the field that held it. */
export interface FreeText {
  text: string;
  field: string;
  /**
   * The name of what holds the field, when it has one: the JSON object's key
   * (`{ comment: { body_markdown } }`, Forem's comment form) or a form name's
   * part before its brackets (`entry_comment[body]`, Mbin's comment form).
   */
  container?: string;
}

/** An HTML tag (a name after `<` or `</`): not a comparison's `a < b` or a mention's `<@…>`. */
const HTML_TAG = /<\/?[a-z][a-z0-9-]{0,30}(?:\s[^<>]{0,200})?\/?>/gi;
/** The HTML entities a plain-text fallback writes as characters. */
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };
/**
 * Markdown's emphasis, strike and code marks where they wrap words, as CommonMark reads them: opened after a space or
 * punctuation and closed before one. An underscore inside a word (`max_retries`) or a star between digits (`2*3*4`)
 * is a character of the text, and two fields differing there say different things. An emphasis runs at most 1000
 * characters, so that an unclosed mark costs a bounded scan.
 */
const EMPHASIS = /(^|[^\p{L}\p{N}])(\*{1,3}|_{1,3}|~~|`)(?=\S)([^\n]{0,1000}?\S)\2(?![\p{L}\p{N}])/gu;
/** A Markdown link or image: its words are what the plain text has. */
const MD_LINK = /!?\[([^\]\n]{1,500})\]\([^)\s]{1,2000}(?:\s+"[^"\n]{0,200}")?\)/g;

/** Words without their markup (HTML tags and entities, Markdown's links and emphasis) and runs of spaces: what two renderings of one text share. */
function sameWords(text: string): string {
  let words = text.replace(HTML_TAG, '').replace(/&(#39|[a-z]{2,5});/gi, (m: string, name: string) => ENTITIES[name.toLowerCase()] ?? m);
  words = words.replace(MD_LINK, '$1');
  // Twice, for emphasis inside emphasis (`**a _b_ c**`).
  for (let i = 0; i < 2; i++) words = words.replace(EMPHASIS, '$1$3');
  return words.replace(/\s+/g, ' ').trim();
}

/** The longest free-text field of a parsed body, or undefined. */
export function longestFreeText(body: ParsedBody, min: number): string | undefined {
  return longestFreeField(body, min)?.text;
}

/**
 * The longest free-text field of a parsed body and its name, or undefined.
 * A bare `reason` is read only when `path` is given, names no moderation
 * action (MODERATION_PATH) and the body has no other prose: Bonusly's
 * `POST /api/v1/bonuses { reason }` and a petition's signing reason are
 * published; `*_reason` fields never are. `method` tells a collection's own
 * description changed (PUT, PATCH) from words added to it.
 */
export function longestFreeField(body: ParsedBody, min: number, path?: string, budget?: { exhausted: boolean }, method?: string, host?: string): FreeText | undefined {
  // A whistleblowing report's answers or identity joined, a person note's raw text, two ServiceNow journals joined (er1rev, employee-relations.ts).
  const reportWords = whistleblowingText(body, path, method, host); if (reportWords !== undefined) return reportWords;
  // A share's caption alone, never the link preview's company copy beside it; no caption, nothing (ea1rev D1, employee-advocacy.ts).
  const shareCaption = shareCaptionText(body, min, path); if (shareCaption !== undefined) return shareCaption ?? undefined;
  // A Bitrix24 feed post's or a Jive content's title beside its words, shown together (r25, employee-advocacy.ts).
  const titled = intranetTitledText(body, min, path); if (titled !== undefined) return titled ?? undefined;
  // A pupil's record's several notes shown joined: Schoolbox's general and confidential content, a register's or results batch's notes (sis1rev, student-records.ts).
  const pupilRecord = studentRecordText(body, min, path); if (pupilRecord !== undefined) return pupilRecord;
  // A study participant's query, response, field comment, discrepancy note or deviation, however short (rc1, research-records.ts).
  const researchNote = researchNoteText(body, path); if (researchNote !== undefined) return researchNote ?? undefined;
  // A FHIR DocumentReference's or Binary's text or HTML attachment, decoded from base64, alone or in a Bundle (r27, r27rev, clinical.ts).
  const documentNote = documentReferenceText(body, path, min); if (documentNote !== undefined) return documentNote;
  // A GNU Health record's words, though the record is a draft until signed (r27, clinical.ts).
  const healthRecord = gnuHealthRecordText(body, min); if (healthRecord !== undefined) return healthRecord;
  // A work order's words to its vendor, its details and notes shown whole (pt1 review J1, property-management.ts).
  const workOrder = workOrderText(body, min, path); if (workOrder !== undefined) return workOrder;
  // A listing's remarks, public and agent-only, shown together when both leave (round re1, real-estate.ts).
  const remarks = listingRemarksText(body, min); if (remarks !== undefined) return remarks;
  // A FAQ entry's question and answer, its public words, though an answer beside a question is otherwise secret; a draft, private or bot's entry nothing (r20, r20rev: faq-entries.ts).
  const faq = faqEntryText(body, min, path); if (faq !== undefined) return faq ?? undefined;
  // An incident's event keeps its words in `event`, a name read nowhere else; a status update's plain and HTML words differ (ic1, ic1rev).
  const incidentWords = incidentText(body, min, path); if (incidentWords !== undefined) return incidentWords;
  // A clinical visit's several note items, joined (rv22 review D4, veterinary.ts).
  const visitNotes = visitNotesText(body, min, path); if (visitNotes !== undefined) return visitNotes;
  // An openIMIS ticket's resolution is the officer's words, not the ticket's description resent beside it (cm1's review J4, case-management.ts).
  const resolution = ticketResolutionText(body, min); if (resolution !== undefined) return resolution;
  // A host's note on a stay is the host's words, never a guest's longer note beside it (st1 review D1, hospitality.ts).
  const hostNote = stayHostNoteText(body, min, path);
  if (hostNote !== undefined) return hostNote ?? undefined;
  // A client record's or visit's note and alert fields, all of them joined, whichever is longest (sw1 review D2, client-services.ts).
  const clientNotes = clientRecordText(body, min, path); if (clientNotes !== undefined) return clientNotes;
  // A Khoros v1 private note's words, not the subject beside them (si1rev D3, social-inbox.ts).
  const privateNote = khorosPrivateNoteText(body, min, path); if (privateNote !== undefined) return privateNote;
  const changesContainer = method !== undefined && /^(?:PUT|PATCH)$/i.test(method);
  // Created by a verb, with no container named by id: the container's own description (unread-fields.ts).
  const createsContainer = path !== undefined && CONTAINER_VERB_PATH.test(path) && !hasField(body, CONTAINER_ID_FIELD);
  let best: FreeText | undefined;
  let bestHolder: unknown;
  let bestPrivate = false;
  let pem = false;
  // Every prose field, with what holds it (the JSON object, or the form name's part before its brackets) and
  // whether its name says it is private (never joined).
  // `short` says it was read only as a chat send's short words (never joined to another field's: sm1 review M5).
  const prose: Array<{ text: string; holder: unknown; private: boolean; field: string; short: boolean }> = [];
  // A form's `answer` is a secret when the form also asks a `question` (a security question's answer).
  let formHasQuestion = false;
  if (body.type === 'form' || body.type === 'multipart') for (const name of body.fields.keys()) if (isQuestionName(fieldLeaf(name))) formHasQuestion = true;
  // Bare `reason` fields, read after the walk when nothing else is prose and the path names no moderation action.
  const reasons: Array<{ name: string; value: string; container: string | undefined; holder: unknown }> = [];
  // Beside the document's text a comment quotes, the comment's own words are read however short (round o1 review).
  const besideQuote = quotesDocument(body);
  // A chat send's text is read however short, its content sent as a JSON string as its text (round sm1, chat-sends.ts).
  const chatSend = chatSendShape(body, path, method);
  // A chat poll's question and options, what its members read, shown together as X's polls are (round lo1).
  const poll = chatSend ? chatPoll(body, path) : undefined;
  if (poll !== undefined && (isFreeText(poll.question, min) || shortChatWords('text', poll.question, undefined))) {
    const shown = [poll.question, ...poll.options].join('\n\n');
    return { text: withoutKeys(shown) ?? shown, field: 'question' };
  }
  // A board topic created with only its title: the team reads the title (round sp1 review, groups-and-clubs.ts).
  const topicTitle = boardTopicTitle(body, path, method);
  if (topicTitle !== undefined && isFreeText(topicTitle, min)) return { text: topicTitle, field: 'title' };
  // A live ticker's entry: its words are its `event_info.title` (Tickaroo's write API; round r21, newsrooms.ts).
  const tickerText = tickerEntryText(body, path); if (tickerText !== undefined && isFreeText(tickerText, min)) return { text: tickerText, field: 'title', container: 'event_info' };
  const consider = (name: string, value: string, container: string | undefined, holder: unknown, asReason = false) => {
    if ((name.length <= FIELD_NAME_EXAMINED && IGNORED_FIELD.test(name)) || isSecretField(name)) return;
    if (!asReason && isReasonField(name)) {
      // A refusal's `*_reason` (a candidate's, or anything refused by id) is read as a bare one is (round at1, recruiting.ts).
      if ((fieldLeaf(name).toLowerCase() === 'reason' || refusalReason(name, path)) && reasons.length < 20) reasons.push({ name, value, container, holder });
      return;
    }
    // An answer beside a question (`{ question, answer }`, security questions) is a secret: never read; nor one sent
    // alone to a sign-in's or account's security path or beside a sign-in's state token (r20rev D7, secrets.ts).
    if (isAnswerName(fieldLeaf(name))) {
      if (formHasQuestion || securityAnswer(path, holder)) return;
      if (isRecord(holder)) for (const key in holder) if (isQuestionName(key)) return;
    }
    if (isProfileField(name, path) || (container !== undefined && container.toLowerCase() === 'profile' && PROFILE_OBJECT_FIELDS.has(fieldLeaf(name).toLowerCase()))) return;
    // An error report's message (`{ error: { type, value } }`) reads like prose and is never published.
    if (container !== undefined && container.length <= FIELD_NAME_EXAMINED && ERROR_CONTAINER.test(container)) return;
    if (isRecord(holder) && fieldLeaf(name).toLowerCase() === 'message' && (Object.keys(holder).some((k) => STACK_FIELD.test(k)) || isLogLine(holder))) return;
    // Words inside a reason (Coral Talk's rejectComment `reason: { code, detailedExplanation }`) are for moderators.
    if (container !== undefined && isReasonField(container)) return;
    // A course's, group's or channel's own description, changed at its address, is a setting (Google Classroom's
    // PATCH /v1/courses/{id}?updateMask=description), as the adapters treat channel descriptions and topics.
    // Also a description held in an object of its own (Funkwhale's `description: { text, content_type }`, round f1).
    const describes = CONTAINER_TEXT.test(fieldLeaf(name)) || (container !== undefined && container.length <= FIELD_NAME_EXAMINED && CONTAINER_TEXT.test(container));
    if (path !== undefined && describes && (CONTAINER_PATH.test(path) || createsContainer || (changesContainer && COLLECTION_ITEM_PATH.test(path)))) return;
    // Read as a reader sees it first (HTML, a document's code block): a key is looked for in what would be shown.
    // SharePoint's `@mention{n}` placeholders read as the names mentioned (round o1 review, documents.ts).
    const text = withMentionNames(asPlainText(name, percentDecoded(value)), holder);
    // A key pasted into a post is what should be held, but never shown or logged: held with the key withheld.
    const keyless = withoutKeys(text);
    if (keyless !== undefined) {
      if (best === undefined || text.length > best.text.length) {
        best = { text: keyless, field: name };
        pem = true;
      }
      return;
    }
    const prosaic = isFreeText(text, min) || (besideQuote && wordsBesideQuote(fieldLeaf(name), text));
    if (!prosaic && !(chatSend && shortChatWords(fieldLeaf(name), text, holder)) && !shortPaymentWords(name, text, body, path) && !caseShortWords(name, text, path) && !tutoringShortWords(name, text, path, method) && !whistleblowingShortWords(fieldLeaf(name), text, path)) return;
    // A payment's `note` is written to the payee, not kept to oneself (round pm1, payments.ts).
    const isPrivate = isPrivateField(fieldLeaf(name)) && !paymentNoteField(name, body, path);
    prose.push({ text, holder, private: isPrivate, field: fieldLeaf(name), short: !prosaic });
    // A private field's prose is taken only when no other prose is found (`public_review` wins over a longer `private_feedback`).
    const longer = best === undefined || text.length > best.text.length;
    if (best === undefined || (pem ? longer : (bestPrivate && !isPrivate) || (bestPrivate === isPrivate && longer))) {
      best = container === undefined ? { text, field: name } : { text, field: name, container };
      bestHolder = holder;
      bestPrivate = isPrivate;
      pem = false;
    }
  };
  /**
   * A review written in several prose fields of one object (an employer
   * review's `pros` and `cons`, emvnuel/explana-app's ReviewRequest) is
   * published whole: the prose fields beside the longest are joined to it,
   * in the body's order, a blank line between them, as adapters join a title
   * and a body. Prose held elsewhere in the body is not.
   */
  const whole = (): FreeText | undefined => {
    if (best === undefined && path !== undefined && !MODERATION_PATH.test(path)) {
      for (const r of reasons) consider(r.name, r.value, r.container, r.holder, true);
    }
    // Only the fields of one object are joined: a JSON object, or a form's named group (`review[pros]`); never
    // an array's items, a flat form's whole field set, or a private field.
    // A private field is taken only for want of other prose, and a field of the writer's own not beside a published
    // field left empty.
    const holder = bestHolder;
    if (best !== undefined && bestPrivate && !pem && isOwnPrivateField(fieldLeaf(best.field)) && isRecord(holder) && Object.keys(holder).some((k) => isEmptyPublishedText(k, holder[k]))) return undefined;
    if (best === undefined || pem || bestPrivate) return best;
    if (!isRecord(bestHolder) && !(typeof bestHolder === 'string' && bestHolder !== '')) return best;
    // The same words in two fields (a plain `text` beside its `richText` rendering, HubSpot's messages; a plain-text
    // fallback beside its Markdown or HTML, Webex's `text` and `markdown`, round d2) are read once, as the longest
    // field has them.
    // A chat send's plain `text` is what it says where its Markdown or HTML has the same words (Webex's `text` fallback
    // beside `markdown`; sm1 review M5), and a chat line read however short is one field's, never joined.
    // Each text's words are worked out once (sameWords runs several regexes over the whole text).
    const wordsOf = new Map<string, string>();
    const words = (text: string): string => {
      let w = wordsOf.get(text);
      if (w === undefined) wordsOf.set(text, (w = sameWords(text)));
      return w;
    };
    if (chatSend && prose.some((p) => p.holder === bestHolder && p.short)) {
      const plain = prose.find((p) => p.holder === bestHolder && p.short && PLAIN_TEXT_FIELD.test(p.field) && words(p.text) === words(best!.text));
      return plain !== undefined && plain.text !== best.text ? { ...best, text: plain.text, field: plain.field } : best;
    }
    // Fewer than two fields to join: the longest alone, whatever their words.
    let joinable = 0;
    for (const p of prose) if (p.holder === bestHolder && !p.private) joinable++;
    if (joinable < 2) return best;
    const byWords = new Map<string, string>();
    for (const p of prose) if (p.holder === bestHolder && !p.private && !byWords.has(words(p.text))) byWords.set(words(p.text), p.text);
    if (byWords.has(words(best.text))) byWords.set(words(best.text), best.text);
    const parts = [...byWords.values()];
    return parts.length < 2 ? best : { ...best, text: parts.join('\n\n') };
  };
  let nodes = 0;
  const walk = (v: unknown, name: string, depth: number, container: string | undefined, holder: unknown): void => {
    if (depth > MAX_DEPTH) return;
    if (++nodes > MAX_NODES) {
      // What was not read may be the words: the caller cannot say "not a post" (undecided instead).
      if (budget) budget.exhausted = true;
      return;
    }
    // A document sent as a JSON string (Confluence's `atlas_doc_format` value, round o1) is read as its text, and so
    // are a treatment note's or patient form's answers where one is written (Cliniko's `content` of sections and
    // questions, round hc2 and its review, practice-notes.ts).
    if (typeof v === 'string') consider(name, serialisedDocumentText(v) ?? formAnswersText(v, path) ?? (chatSend ? chatContentJson(fieldLeaf(name), v) : undefined) ?? v, container, holder);
    else if (Array.isArray(v)) {
      // Runs of one rich text (Notion's `rich_text: [{ type: 'text', text: { content } }, …]`, a bold word between
      // plain ones) are one text, joined as written.
      // A note in parts (Elation's `bullets[]`) is one note, its parts joined (hc2 review D6, practice-notes.ts).
      const runs = richTextRuns(v) ?? notePartsText(fieldLeaf(name), v);
      if (runs !== undefined) consider(name, runs, container, holder);
      else for (const item of v) walk(item, name, depth + 1, container, v);
    }
    else if (isRecord(v)) {
      // A Lark post or card sent as an object on a chat send (a custom bot webhook's `content`; round sm2) is its words.
      const chatObject = chatSend ? chatContentObject(fieldLeaf(name), v) : undefined;
      if (chatObject !== undefined) return consider(name, chatObject, container, holder);
      // A treatment note's content sent as an object of sections, its answers joined (hc2 review D6, practice-notes.ts).
      const sections = formSectionsText(v, path);
      if (sections !== undefined) return consider(name, sections, container, holder);
      // A session recording's event (rrweb's `{ type, data, timestamp }`, a full snapshot holding the page's text)
      // is what the page showed, not what a person wrote.
      if (isRecordingEvent(v)) return;
      // A body that says it is a draft publishes nothing yet; so does one that says it is not published
      // (Forem's POST /api/articles with `article: { published: false }` creates a draft).
      if (v['draft'] === true || v['is_draft'] === true || isDraftState(v['status']) || isDraftState(v['state']) || isDraftState(v['post_status']) || isDraftState(v['publication_status']) || isDraftState(v['publicationStatus']) || isUnpublishedPostStatus(v['post_status']) || keptToSelf(v, path)) return;
      // A tracking event (Segment's or Mixpanel's `{ event, properties }`, a `page` or `track` call) describes what the
      // page showed.
      if (isAnalyticsEvent(v) || isBrowserReport(v) || isErrorReport(v)) return;
      // Not on a path that creates a review or comment, where `published: false` is a moderation queue's, not a draft's.
      if ((v['published'] === false || v['is_published'] === false) && !(path !== undefined && CREATION_PATH.test(lastSegment(path)))) return;
      // A ProseMirror or Atlassian Document Format document (Jira's and Confluence's `{ type: 'doc', content }`) is
      // one text, a line per paragraph, not a text node per field.
      if (v['type'] === 'doc' && Array.isArray(v['content'])) {
        const doc = proseMirrorText(v, { links: true });
        if (doc !== undefined && doc.complete) {
          consider(name, doc.text, container, holder);
          return;
        }
      }
      for (const key in v) {
        // Nothing below an error report's object is a person's words (MAX_DEPTH bounds the walk); nor is an annotated
        // page's text and metadata beside an annotation (round w1, wikis.ts).
        // Nor the document's own text a comment quotes (Drive's `quotedFileContent`, Confluence's `textSelection`; round o1).
        if (quotedFromDocument(key)) continue;
        // Nor the lead's own mail a salesperson's answer quotes (Smartlead's `reply_email_body`; round r22, sales-outreach.ts).
        if (quotedLeadMail(key, v)) continue;
        if (typeof v[key] === 'object' && key.length <= FIELD_NAME_EXAMINED && (ERROR_CONTAINER.test(key) || isErrorTrail(key, v[key]) || isPageContext(key, v[key]) || annotatedSource(key, v))) continue;
        walk(v[key], key, depth + 1, name === '' ? undefined : name, v);
      }
    }
  };
  if (body.type === 'form' || body.type === 'multipart') {
    // An object kept to its writer publishes nothing: a flat field names the form's own object (Moodle's blog form,
    // `publishstate=draft` beside `summary_editor[text]`), so nothing is read; a group's field only its group
    // (`notes[0][publishstate]=personal`), as a JSON object's does, and other groups are read (`post[body]` beside
    // `notify[audience]=me`).
    const keptGroups = new Set<string>();
    for (const [name, value] of body.fields) if (VISIBILITY_NAME.test(fieldLeaf(name)) && TO_SELF.test(value) && keptGroups.size < 20) keptGroups.add(formContainer(name) ?? '');
    if (keptGroups.has('') || audienceFlagsOff(body.fields, path)) return undefined;
    for (const [name, value] of body.fields) {
      const container = formContainer(name);
      if (keptGroups.size > 0 && keptGroups.has(container ?? '')) continue;
      // A JSON object sent as one form field's value (Kakao's `template_object={"object_type":"text","text":…}`) is
      // read as the JSON body it is, its fields held by the form field's name.
      const inner = value.length <= HEURISTIC_MAX_BODY && /^\s*\{/.test(value) ? jsonObject(value) : undefined;
      if (inner !== undefined) {
        // Under a name never read (`event=`, `state=`) or a secret's, or naming a quiet operation itself (`{ action:
        // 'autosave' }`), the object is not read: what its name says holds for what it holds.
        const outer = fieldLeaf(name);
        if ((outer.length <= FIELD_NAME_EXAMINED && IGNORED_FIELD.test(outer)) || isSecretField(name) || quietObject(inner)) continue;
        walk(inner, name, 1, undefined, undefined);
      } else consider(name.replace(/\[\]$/, ''), value, container, container ?? '');
    }
    return whole();
  }
  if (body.type !== 'json') return undefined;
  walk(body.value, '', 0, undefined, undefined);
  return whole();
}

/** A plain-text field beside its rendering. */
const PLAIN_TEXT_FIELD = /^(?:text|plain_?text|message|body|content)$/i;
/** At most this many runs are joined. */
const MAX_RUNS = 200;
/**
 * The text of an array of rich-text runs, joined without separators, when
 * every item is a run: an object whose `text` holds `content` (Notion's API
 * and blocks), or with a `plain_text` string, and nothing but a run's
 * `type`, `annotations`, `href` or `plain_text` beside it. Undefined for
 * any other array, or a single run (read as its field already is).
 */
export function richTextRuns(items: unknown[]): string | undefined {
  if (items.length < 2 || items.length > MAX_RUNS) return undefined;
  let text = '';
  for (const item of items) {
    if (!isRecord(item)) return undefined;
    const inner = item['text'];
    let run: unknown = isRecord(inner) ? inner['content'] : undefined;
    if (typeof run !== 'string') run = item['plain_text'];
    if (typeof run !== 'string') return undefined;
    for (const key in item) if (!RUN_KEYS.has(key)) return undefined;
    text += run;
  }
  return text;
}
const RUN_KEYS = new Set(['type', 'text', 'annotations', 'href', 'plain_text', 'mention', 'equation']);
