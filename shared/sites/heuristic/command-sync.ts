/**
 * Sync APIs that take a batch of typed commands: Todoist's web app sends
 * every change as `commands=[{ type, uuid, temp_id, args }]` to
 * /api/v1/sync (developer.todoist.com), its comments as `note_add` with
 * `args: { item_id, content }`. The path says sync, as every editor's save
 * does, so it would never be watched (watches.ts) and comments would pass
 * unseen. A path ending in `sync` is watched from its own site, and only
 * the batch's commands that add or update a note or comment are read, each
 * command's `args` typed as the note it is (kind.ts reads a note under a
 * work item as a comment); any other body there (tasks added or moved, an
 * editor's state, a label change) is read as nothing, as before. Other
 * sites' paths end in `sync` too (an app's /api/v1/sync of its own state,
 * /.netlify/functions/sync, /cart/sync), often gzipped, protobuf or a Blob:
 * there only a readable batch with note commands can publish, so a missing
 * part, binary bytes or a body too large to read is not a post
 * (commandSyncUnreadIsQuiet), never held as undecided, unless a body too
 * large names a note command where it can be read.
 */
import { isRecord } from '../body';
import type { ParsedBody } from '../types';
import { examinedPath } from './paths';

/** A path whose last segment is `sync` (Gmail's /sync/u/{n}/i/s is gmail.ts's). */
const COMMAND_SYNC_PATH = /(?:^|\/)sync\/?$/i;
/** Commands that add or update a note or comment (Todoist's `note_add`, `note_update`). */
const NOTE_COMMAND = /^(?:note|comment)_(?:add|update)$/i;
/** At most this many commands are looked at. */
const COMMANDS_READ = 100;

export function isCommandSync(url: URL): boolean {
  return COMMAND_SYNC_PATH.test(examinedPath(url));
}

/** Whether a body that cannot be read (a gap, binary bytes, too large) on this watched request is quiet: a sync path's. */
export function commandSyncUnreadIsQuiet(url: URL): boolean {
  return isCommandSync(url);
}

/**
 * A batch too large to read on a sync path whose readable start names a note command (second review of rounds u4
 * and r9: a Todoist /sync over the size read, with a `note_add`, passed as not a post): held as undecided; one that
 * names none stays quiet, as an editor's big state sync does.
 */
// Not `\b`: a form-encoded batch writes its quotes as `%22`, so a digit stands right before the name.
const NOTE_COMMAND_NAMED = /(?<![a-z])(?:note|comment)_(?:add|update)(?![a-z])/i;
export function commandSyncOversizeNamesNotes(body: string, readable: number): boolean {
  return NOTE_COMMAND_NAMED.test(body.slice(0, readable));
}

function commandList(body: ParsedBody): unknown {
  if (body.type === 'json') return isRecord(body.value) ? body.value['commands'] : undefined;
  if (body.type !== 'form' && body.type !== 'multipart') return undefined;
  const raw = body.fields.get('commands');
  if (raw === undefined || !/^\s*\[/.test(raw)) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/** On a command sync path, the notes and comments its batch adds or updates (nothing else); other bodies as they are. */
export function commandScope(url: URL, body: ParsedBody): ParsedBody {
  if (!isCommandSync(url)) return body;
  const commands = commandList(body);
  if (!Array.isArray(commands)) return { type: 'none' };
  const notes: unknown[] = [];
  for (const command of commands.slice(0, COMMANDS_READ)) {
    if (!isRecord(command) || typeof command['type'] !== 'string' || !NOTE_COMMAND.test(command['type'])) continue;
    const args = command['args'];
    if (isRecord(args)) notes.push({ ...args, type: 'note' });
  }
  if (notes.length === 0) return { type: 'none' };
  return { type: 'json', value: notes.length === 1 ? notes[0] : notes };
}
