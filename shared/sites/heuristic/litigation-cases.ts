/**
 * Litigation and legal-aid case platforms (round lg2): a lawyer's, paralegal's or caseworker's words about a named
 * client or opposing party on a case, project or matter. Round lg1 (legal-matters.ts) reads notes POSTed to a
 * matter; this module reads the two shapes it leaves out, and nothing else:
 * - A note typed as a client-portal message (Filevine's POST /core/projects/{id}/notes with `kind: portalMessage`):
 *   the portal shows it to the client, so it is words sent to the client, a message. Other kinds on the same
 *   activity feed (note, task, phoneCall) are read for colleagues, comments, as the older rules already answer.
 * - A note POSTed to a bare notes collection whose body names its case by id (Filevine's API v2
 *   POST /fv-app/v2/Notes with `projectId`, or `ProjectId: { Native }`; `matterId`/`caseId` elsewhere): a note on
 *   the case, a comment, or a message when typed as a portal message (round lg2's review, D1 and D2, on any host).
 *   A body that also names a recipient, a conversation or a parent is left to the older rules (their answers stand).
 * - A note or memo edited by id on a case record: under a matter, case or project by id (Smokeball's
 *   PUT /matters/{matterId}/memos/{id}), or Filevine's own PATCH /core/notes/{id}, whose path names no record (its
 *   note belongs to a project Filevine knows by the note's id). Both stay notes colleagues read: comments; typed as
 *   a portal message, the edit is still words to the client, a message (review J1). Note edits under a case record
 *   were already comments by an older rule (t1's notes edited by id); what this adds there is Smokeball's memos
 *   (review M2), so the hook's early place in kind.ts is not what keeps those answers.
 * Cost: every test starts from the path's last two segments; the body is read only for a notes collection or a note by id.
 */
import type { ParsedBody, PostKind } from '../types';
import { hasField, hasFieldWhere, hasParentField, nonEmptyString } from './body-fields';
import { hasIdSegment, lastSegment, pathSegments } from './paths';

/** A case record's notes or memos. */
const NOTE_COLLECTION = /^(?:notes?|memos?)$/i;
/** The record a legal note hangs on: a matter, a case or a (Filevine) project. */
const CASE_RECORD = /^(?:matters?|cases?|projects?)$/i;
/** What a note's type field is called (Filevine's `kind`; `type`/`noteType` elsewhere). */
const NOTE_TYPE_KEY = /^(?:kind|type|note_?type|type_?tag)$/i;
/**
 * A note typed as a message into the client's portal (Filevine's `portalMessage`). A word list is the only sign
 * here: the body is otherwise a plain note. Kept to portal messages; Filevine's `text` kind is left (no source says
 * whether it is a text message sent to the client or plain text).
 */
const PORTAL_MESSAGE_TYPE = /^(?:client_?)?portal_?message$/i;
/**
 * Filevine's API hosts: the only sign that /core/notes/{id} is a case note (its path names no record). Only the two
 * the sources name (api.filevine.io, api.filevineapp.com; review M1): not the marketing site, not a guessed `.ca`.
 */
const FILEVINE_HOST = /(?:^|\.)(?:filevine\.io|filevineapp\.com)$/i;
/** A body key naming the case a note hangs on, in camel or Pascal case (Filevine v2's `projectId`/`ProjectId`; review D1). */
const CASE_ID_KEY = /^(?:project|matter|case)Id$/i;
/** A body key naming who else the note goes to or what it answers: then the older rules' answers stand (lead, D1). */
const ADDRESSED_KEY = /^(?:to|cc|bcc|recipients?|recipient_?ids?|to_?user_?ids?|user_?ids|users_?ids|conversation_?id|thread_?id|parent_?id|parent_?note_?id|in_?reply_?to(?:_?id)?|reply_?to(?:_?id)?)$/i;
/** The note's words (Filevine's `body`/`Body`; `content`, `note`, `text` elsewhere). */
const NOTE_WORDS_KEY = /^(?:body|content|note|text)$/i;

/** Whether the path is a notes collection under a case record by id (/projects/{id}/notes). */
function notesUnderCase(segments: string[]): boolean {
  const n = segments.length;
  return n >= 3 && NOTE_COLLECTION.test(segments[n - 1]!) && hasIdSegment(segments[n - 2]!) && CASE_RECORD.test(segments[n - 3]!);
}

/** A note by id under a case record by id (/matters/{id}/memos/{id}). */
function noteByIdUnderCase(segments: string[]): boolean {
  const n = segments.length;
  return n >= 4 && hasIdSegment(segments[n - 1]!) && NOTE_COLLECTION.test(segments[n - 2]!) && hasIdSegment(segments[n - 3]!) && CASE_RECORD.test(segments[n - 4]!);
}

/** An id value: a number, an id-like string, or Filevine's `{ native: 7771234 }` / `{ Native: … }`. */
function idValue(v: unknown): boolean {
  if (typeof v === 'number') return Number.isFinite(v) && v > 0;
  if (typeof v === 'string') return v.length <= 64 && hasIdSegment(v);
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    return idValue(o.native ?? o.Native);
  }
  return false;
}

/**
 * A note on a case named in the body of a bare notes collection (/fv-app/v2/Notes): the case by id, some words, and
 * no recipient, conversation or parent.
 */
function caseNoteInBody(segments: string[], body: ParsedBody): boolean {
  const n = segments.length;
  if (n >= 2 && hasIdSegment(segments[n - 2]!)) return false;
  return (
    hasFieldWhere(body, (name, v) => CASE_ID_KEY.test(name) && idValue(v)) &&
    hasFieldWhere(body, (name, v) => NOTE_WORDS_KEY.test(name) && nonEmptyString(v)) &&
    !hasParentField(body, ADDRESSED_KEY)
  );
}

/** Filevine's note by id (/core/notes/{id}), known by its host. */
function filevineNoteById(host: string, segments: string[]): boolean {
  const n = segments.length;
  return n >= 2 && FILEVINE_HOST.test(host) && /^notes$/i.test(segments[n - 2]!) && hasIdSegment(segments[n - 1]!);
}

/** Whether the note is typed as a message into the client's portal. */
function portalMessage(body: ParsedBody): boolean {
  return hasField(body, NOTE_TYPE_KEY, PORTAL_MESSAGE_TYPE);
}

/** What a case platform's note is, or undefined when the request is not one of this module's shapes. */
export function litigationCaseKind(url: URL, path: string, body: ParsedBody, method: string): PostKind | undefined {
  const last = lastSegment(path);
  const verb = method.toUpperCase();
  if (verb === 'POST' && NOTE_COLLECTION.test(last)) {
    const segments = pathSegments(path);
    if (notesUnderCase(segments)) return portalMessage(body) ? 'message' : undefined;
    if (caseNoteInBody(segments, body)) return portalMessage(body) ? 'message' : 'comment';
    return undefined;
  }
  if ((verb !== 'PATCH' && verb !== 'PUT') || !hasIdSegment(last)) return undefined;
  const segments = pathSegments(path);
  if (noteByIdUnderCase(segments) || filevineNoteById(url.hostname, segments)) return portalMessage(body) ? 'message' : 'comment';
  return undefined;
}
