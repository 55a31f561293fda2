/**
 * Operation names that say their request publishes nothing (refuses.ts), by
 * their first word, and never a name with a word that publishes.
 */
import { FIELD_NAME_EXAMINED, nameWords } from './names';
import { PUBLISHED_NOUNS, PUBLISHING_VERBS } from './words';

/**
 * GraphQL operation names that save, preview, search, report or measure
 * (Hashnode's `CreateDraft`, then `PublishDraft` by id, in the publishers of
 * the code index), told by the name's first word (camelCase and underscores
 * split it): Search…, Report…, Flag…, Preview…, Track…, Log…, Record…,
 * Sync…, Heartbeat, Presence, Typing, and Create, Save, Update or Delete with
 * Draft. A quiet word elsewhere in the name says nothing (`CreateResearchNote`,
 * `AddReportComment`), and a name with any word that sends or publishes
 * (`SendDraft`, `SubmitDraft`, `ScheduleDraft`, `ReplyToFlaggedComment`) is
 * never quiet.
 */
const QUIET_FIRST_WORDS = new Set([
  'search', 'report', 'flag', 'preview', 'track', 'log', 'record', 'sync', 'heartbeat', 'presence', 'typing',
  'autosave', 'translate', 'spellcheck', 'render',
]);
const DRAFT_VERBS = new Set(['create', 'save', 'update', 'delete']);
/**
 * A quiet operation name (see QUIET_FIRST_WORDS), never one with a word that
 * publishes; a report or flag names what it reports (`ReportComment`, as
 * VK-style `reportComment` paths do), so there only the verbs count.
 */
export function quietOperation(name: string | undefined): boolean {
  if (name === undefined || name.length > FIELD_NAME_EXAMINED) return false;
  const words = nameWords(name);
  if (words.length === 0 || words.some((w) => PUBLISHING_VERBS.has(w))) return false;
  if (words[0] !== 'report' && words[0] !== 'flag' && words.some((w) => PUBLISHED_NOUNS.has(w))) return false;
  return QUIET_FIRST_WORDS.has(words[0]!) || (DRAFT_VERBS.has(words[0]!) && words.includes('draft'));
}
