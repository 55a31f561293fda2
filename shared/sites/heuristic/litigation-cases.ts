/**
 * Litigation and legal-aid case platforms (round lg2): a lawyer's, paralegal's or caseworker's words about a named
 * client or opposing party on a case, project or matter. Round lg1 (legal-matters.ts) reads notes POSTed to a
 * matter; this module reads the two shapes it leaves out, and nothing else:
 * - A note typed as a client-portal message (Filevine's POST /core/projects/{id}/notes with `kind: portalMessage`):
 *   the portal shows it to the client, so it is words sent to the client, a message. Other kinds on the same
 *   activity feed (note, task, phoneCall) are read for colleagues, comments, as the older rules already answer.
 * - A note or memo edited by id on a case record: under a matter, case or project by id (Smokeball's
 *   PUT /matters/{matterId}/memos/{id}), or Filevine's own PATCH /core/notes/{id}, whose path names no record (its
 *   note belongs to a project Filevine knows by the note's id). Both stay notes colleagues read: comments.
 * Cost: every test starts from the path's last two segments; the body is read only for a notes collection.
 */
import type { ParsedBody, PostKind } from '../types';
import { hasField } from './body-fields';
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
/** Filevine's API hosts: the only sign that /core/notes/{id} is a case note (its path names no record). */
const FILEVINE_HOST = /(?:^|\.)filevine(?:app)?\.(?:io|com|ca)$/i;

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

/** Filevine's note by id (/core/notes/{id}), known by its host. */
function filevineNoteById(host: string, segments: string[]): boolean {
  const n = segments.length;
  return n >= 2 && FILEVINE_HOST.test(host) && /^notes$/i.test(segments[n - 2]!) && hasIdSegment(segments[n - 1]!);
}

/** What a case platform's note is, or undefined when the request is not one of this module's shapes. */
export function litigationCaseKind(url: URL, path: string, body: ParsedBody, method: string): PostKind | undefined {
  const last = lastSegment(path);
  const verb = method.toUpperCase();
  if (verb === 'POST' && NOTE_COLLECTION.test(last)) {
    const segments = pathSegments(path);
    if (notesUnderCase(segments) && hasField(body, NOTE_TYPE_KEY, PORTAL_MESSAGE_TYPE)) return 'message';
    return undefined;
  }
  if ((verb !== 'PATCH' && verb !== 'PUT') || !hasIdSegment(last)) return undefined;
  const segments = pathSegments(path);
  if (noteByIdUnderCase(segments) || filevineNoteById(url.hostname, segments)) return 'comment';
  return undefined;
}
