/**
 * The unknown-site heuristic: a POST, PUT or PATCH to a site no adapter owns
 * is a post when it carries prose a person wrote and nothing says it
 * publishes nothing. Conservative on purpose. Where each rule came from
 * (rounds u1 to u4, their reviews, the held-out rounds) is recorded in
 * tests/fixtures/requests/UNKNOWN-SITES.md and
 * tests/fixtures/requests-heldout/README.md, not here.
 *
 * The rules live in heuristic/, a module per question, each header saying
 * what it decides and why:
 * - which requests are watched, from the URL alone: watches.ts, with
 *   cross-site.ts, telemetry.ts, transactions.ts, gmail.ts, command-sync.ts and open-protocols.ts, and paths watched
 *   despite the skip list: Frappe's savedocs and performance-tracker logs (people-feedback.ts, hr1), applicant
 *   tracking and Interview Feedback (recruiting.ts, at1), an entity-action API's save (groups-and-clubs.ts, sp1), a comment's or post's
 *   save through a Google Cloud Endpoints API (employee-advocacy.ts, ea1), a
 *   CalDAV calendar object PUT (calendars.ts, ca1), a flag on a Primero case and DHIS2's older
 *   tracked-entity import (case-management.ts, cm1 and its review), a register
 *   session's writeback and a Frappe desk or client save of a pupil's record (student-records.ts, sis1, sis1rev); what an unreadable body on a
 *   watched path is: unreadable.ts;
 * - where the prose is: longest-field.ts, with free-text.ts,
 *   field-values.ts, secrets.ts, unread-fields.ts, unpublished-objects.ts,
 *   wikis.ts (annotated pages), documents.ts (a document's quoted text, ADF sent as a string) and
 *   review-parts.ts (a review's pros, cons and advice joined, through gmail.ts's heuristicScope),
 *   chat-sends.ts (a chat send's text however short, round sm1), people-feedback.ts (a Frappe HR document's own
 *   words, round hr1's review), calendars.ts (a guest's own comment in a rewrite of another's event, ca1's review),
 *   payments.ts (a payment's note however short, r17), recruiting.ts (a refusal's reason, at1), groups-and-clubs.ts
 *   (a topic's title, sp1's review), case-management.ts (a refusal's reason on a case's transfer through
 *   recruiting.ts, DHIS2's plain-text bodies, a case's short flag, transition and reply words, an openIMIS resolution
 *   alone, cm1 and its review), incident-updates.ts (an incident's event's words in `event`, a status update's plain
 *   and HTML words, round ic1 and its review);
 *   bodies read as others: a mutation's inline arguments as variables
 *   (graphql.ts), XML as JSON (xml-body.ts), iCalendar as its event's fields
 *   (calendars.ts, round ca1), a Collection+JSON template as its record (groups-and-clubs.ts, round sp1), Transit
 *   as JSON (transit-body.ts, round wb1), a body-less request's query string as a form (query-body.ts);
 * - what publishes nothing: refuses.ts, with quiet-button.ts, jmap.ts,
 *   editor-transaction.ts, assistant-prompt.ts (AI prompts, a desk's and a scheduler's helpers too), quiet-operations.ts,
 *   translation.ts, wikis.ts, open-protocols.ts, documents.ts (document saves), unpublished-objects.ts (a form
 *   whose status says draft, round ed2's review), participation.ts (previews, ideas saved as drafts, round cv1),
 *   chat-sends.ts (a send's price asked, round r14), small-networks.ts (a post's draft state, one's own contact
 *   setting, tags added by a remote method, round sn2), feedback-tools.ts (round fb1), help-desks.ts (time entries,
 *   round hd1), drafts-collections.ts (a drafts collection's draft not sent at once, rounds hd1 and sc1),
 *   schedulers.ts (schedulers' drafts by publishing type and editor stores, round sc1), school-home.ts (a template
 *   collection's module script, round ed2), clinical.ts (FHIR operations, subscriptions, unsent Communications,
 *   round hc1), people-feedback.ts (a performance review saved unsubmitted, round hr1), legal-matters.ts (signing
 *   requests unsent or silent, matters' own records, billing entries, round lg1), payments.ts (pre-checks, merchants'
 *   charges, one's own transactions, round pm1), design-boards.ts (board items and typed file saves, round wb1),
 *   calendars.ts (a new event on one's own calendar inviting nobody, round ca1), recruiting.ts (an interview given
 *   only a time, round at1), newsrooms.ts (live blogs' deletions, stories, planning items and events saved in a
 *   newsroom's store or sent to a non-publishing action, templates applied, round jn1) and drafts-collections.ts's draft flag (round r16);
 * - what kind a post is: kind.ts, with messages.ts, operation-kind.ts,
 *   path-kind.ts, threads.ts, graphql.ts, work-tools.ts, wikis.ts, open-protocols.ts, documents.ts,
 *   clinical.ts (FHIR resources by their type, a chart note, round hc1), participation.ts (round cv1),
 *   feedback-tools.ts (round fb1), drafts-collections.ts (a draft sent or scheduled: a message or a post),
 *   course-forums.ts (forum threads with no parent post, responses into threads, bids on projects),
 *   school-home.ts (pupils' records and portfolio items, a school messenger's mail and SMS, round ed2),
 *   student-records.ts (a student information system's records about a pupil: discipline, pastoral, attendance
 *   reasons, grade and result comments, student logs, all comments, round sis1; an SIS's alert to one recipient and a
 *   parent's absence report messages, several notes of one record shown joined, sis1rev),
 *   help-desks.ts (a help desk's note for colleagues, its reply mailed to a client, round hd1),
 *   small-networks.ts (re-shares with words, replies on a comment's own path, also asked by kind.ts's general
 *   comment rule, profiles' contact notes, round sn2) and
 *   schedulers.ts (a social inbox's replies, a calendar's comments, round sc1),
 *   people-feedback.ts (reviews, feedback on appraisals, recognition and its add-ons, round hr1), employee-advocacy.ts
 *   (an intranet's comments and replies saved through a Google Cloud Endpoints API, round ea1), crm-streams.ts
 *   (notes and activities on a client record, rounds cr1 and r16), legal-matters.ts (notes on a matter, signing
 *   sends, round lg1), payments.ts (a payment's note, round pm1), design-boards.ts (comments on designs and boards,
 *   round wb1), calendars.ts (invitations, responses, cancellations, polls' comments, round ca1), groups-and-clubs.ts
 *   (clubs' and congregations' comments and record notes, round sp1), recruiting.ts (notes, feedback and scorecards
 *   on a candidate, round at1), newsrooms.ts (a live blog's crud entry, an internal note on a stored news item,
 *   Newshub shares, Pinboard edits, round jn1), case-management.ts (a case handed on with words, flags, notes, form
 *   case updates and tracker imports on a client's record, round cm1; approvals, attachments, Web Apps forms, CHT's
 *   SMS and reports since its review), incident-updates.ts (status pages' updates,
 *   incidents' and alerts' notes, responder requests, round ic1), research-records.ts (queries, field comments,
 *   discrepancy notes and deviations on a study participant's record, a survey invitation a message, round rc1; its
 *   saves never refused, its words read however short); kind.ts's header
 *   gives their order;
 * - read by several of them: limits.ts, names.ts, paths.ts, body-fields.ts
 *   and words.ts.
 * This file is the entry the rest of the code imports.
 */
export { commandScope, commandSyncOversizeNamesNotes, commandSyncUnreadIsQuiet } from './heuristic/command-sync';
export { icalendarAsBody } from './heuristic/calendars';
export { collectionJsonAsBody } from './heuristic/groups-and-clubs';
export { heuristicCrossSiteAllowed, siteOf } from './heuristic/cross-site';
export { isFreeText } from './heuristic/free-text';
export { heuristicScope } from './heuristic/gmail';
export { withInlineArguments } from './heuristic/graphql';
export { heuristicKind } from './heuristic/kind';
export { HEURISTIC_MAX_BODY } from './heuristic/limits';
export { longestFreeField } from './heuristic/longest-field';
export { FIELD_NAME_EXAMINED, fieldLeaf } from './heuristic/names';
export { PATH_EXAMINED, examinedPath } from './heuristic/paths';
export { heuristicRefuses } from './heuristic/refuses';
export { queryAsBody } from './heuristic/query-body';
export { isSecretField } from './heuristic/secrets';
export { telemetryEnvelope } from './heuristic/telemetry';
export { transitAsBody } from './heuristic/transit-body';
export { rpcMethodPath, unreadableIsQuiet } from './heuristic/unreadable';
export { heuristicWatches } from './heuristic/watches';
export { xmlAsBody } from './heuristic/xml-body';
