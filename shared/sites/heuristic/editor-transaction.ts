/**
 * An editor's transaction of edits saves a document as it is typed and
 * publishes nothing (refuses.ts), unless it publishes or writes a record
 * that is published.
 */
import { isRecord } from '../body';
import type { ParsedBody } from '../types';
import { nameWords } from './names';
import { lastSegment } from './paths';

/**
 * An editor's transaction (Notion's POST /api/v3/submitTransaction or
 * saveTransactions: `operations: [{ id, table, path, command: 'set', args }]`,
 * also inside `transactions[]`): the document is saved as it is typed,
 * nothing is published. Only on a path naming a transaction, and only when
 * every operation is an edit (set, update, list and keyed-list edits,
 * removals): a `publish` or `send` command, or a record of a comment,
 * discussion, message, chat or post (`chat_message`), is published.
 */
const EDIT_COMMAND = /^(?:set|update|list(?:After|Before|Remove)|keyedObjectList\w{0,30}|remove|delete|setParent)$/i;
const PUBLISHED_RECORD_WORDS = new Set(['comment', 'comments', 'discussion', 'discussions', 'message', 'messages', 'chat', 'post', 'posts', 'reply', 'replies']);
export function editorTransaction(body: ParsedBody, path: string): boolean {
  if (body.type !== 'json' || !isRecord(body.value) || !/transaction/i.test(lastSegment(path))) return false;
  const tableOf = (op: Record<string, unknown>) => (typeof op['table'] === 'string' ? op['table'] : isRecord(op['pointer']) ? op['pointer']['table'] : undefined);
  const edits = (op: unknown) => {
    if (!isRecord(op) || typeof op['command'] !== 'string' || !EDIT_COMMAND.test(op['command'])) return false;
    const table = tableOf(op);
    return typeof table !== 'string' || !nameWords(table).some((w) => PUBLISHED_RECORD_WORDS.has(w));
  };
  const isOps = (ops: unknown) => Array.isArray(ops) && ops.length > 0 && ops.length <= 200 && ops.every(edits);
  if (isOps(body.value['operations'])) return true;
  const tx = body.value['transactions'];
  return Array.isArray(tx) && tx.length > 0 && tx.length <= 50 && tx.every((t) => isRecord(t) && isOps(t['operations']));
}
