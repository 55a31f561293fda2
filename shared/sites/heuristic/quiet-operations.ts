/**
 * Operation names that say their request publishes nothing (refuses.ts), by
 * their first word, and never a name with a word that publishes; remote
 * methods' names (an XML request's root) also when they set or verify.
 */
import { FIELD_NAME_EXAMINED, nameWords } from './names';
import { PUBLISHED_NOUNS, PUBLISHING_VERBS } from './words';

/**
 * GraphQL operation names that save, preview, search, report or measure
 * (Hashnode's `CreateDraft`, then `PublishDraft` by id, in the publishers of
 * the code index), told by the name's first word (camelCase and underscores
 * split it): Search…, Report…, Flag…, Preview…, Track…, Log…, Record…,
 * Sync…, Heartbeat, Presence, Typing, Cart… and Checkout… (Shopify's Storefront
 * API: cartNoteUpdate, cartLinesAdd, a note for the order, round q3), and Create, Save, Update or Delete with
 * Draft, templates (templateOperation); or a view, filter, preference or
 * analytics event anywhere in it (QUIET_NOUNS). A quiet word elsewhere in the name says nothing (`CreateResearchNote`,
 * `AddReportComment`), and a name with any word that sends or publishes
 * (`SendDraft`, `SubmitDraft`, `ScheduleDraft`, `ReplyToFlaggedComment`) is
 * never quiet.
 */
const QUIET_FIRST_WORDS = new Set([
  'search', 'report', 'flag', 'preview', 'track', 'log', 'record', 'sync', 'heartbeat', 'presence', 'typing',
  'autosave', 'translate', 'spellcheck', 'render', 'cart', 'checkout',
]);
const DRAFT_VERBS = new Set(['create', 'save', 'update', 'delete']);
/**
 * What an operation may save that is one's own way of looking at things, not
 * words to others, wherever the noun stands in the name (an inline `saveView`,
 * `createSavedFilter`, `updateUserPreferences`, `recordAnalyticsEvent`): a
 * view, a filter, a preference or setting, an analytics event. A name that
 * also has a published noun (`createViewComment`) stays watched.
 */
const QUIET_NOUNS = new Set(['view', 'views', 'filter', 'filters', 'preference', 'preferences', 'setting', 'settings', 'analytics']);
/**
 * A template written for later, whatever it is a template of (Linear's
 * `templateCreate`, `createMessageTemplate`, `UpdateReplyTemplate`): the
 * name starts with `template`, or a draft verb and ends with it. A post made
 * from one (`createPostFromTemplate`) is not a template.
 */
function templateOperation(words: string[]): boolean {
  const last = words[words.length - 1]!;
  if (words.some((w) => w === 'from' || w === 'with' || w === 'using' || w === 'by')) return false;
  return words[0] === 'template' || (DRAFT_VERBS.has(words[0]!) && (last === 'template' || last === 'templates'));
}
/**
 * A quiet operation name (see QUIET_FIRST_WORDS), never one with a word that
 * publishes; a report or flag names what it reports (`ReportComment`, as
 * VK-style `reportComment` paths do), so there only the verbs count.
 */
export function quietOperation(name: string | undefined): boolean {
  if (name === undefined || name.length > FIELD_NAME_EXAMINED) return false;
  const words = nameWords(name);
  if (words.length === 0 || words.some((w) => PUBLISHING_VERBS.has(w))) return false;
  if (templateOperation(words)) return true;
  if (words[0] !== 'report' && words[0] !== 'flag' && words.some((w) => PUBLISHED_NOUNS.has(w))) return false;
  return QUIET_FIRST_WORDS.has(words[0]!) || (DRAFT_VERBS.has(words[0]!) && words.includes('draft')) || words.some((w) => QUIET_NOUNS.has(w));
}

/**
 * Remote methods that set a setting or check a request without making it
 * (eBay's Trading API: SetUserNotes, a seller's private notes on an item;
 * SetMessagePreferences, the subjects offered on the Ask a Question page;
 * SetStore, the shop's description; VerifyAddItem, which validates a listing
 * and lists nothing), as setter methods in paths are (watches.ts): by their
 * first word, `set`, `verify`, `validate` or `check`, whatever noun follows
 * (`SetMessagePreferences` sets preferences about messages), never with a
 * verb that sends or publishes (`SetAndSendReply`). Or quiet as an
 * operation's name is (quietOperation).
 */
const QUIET_METHOD_FIRST_WORDS = new Set(['set', 'verify', 'validate', 'check']);
export function quietMethod(name: string | undefined): boolean {
  if (name === undefined || name.length > FIELD_NAME_EXAMINED) return false;
  const words = nameWords(name);
  if (words.length > 0 && QUIET_METHOD_FIRST_WORDS.has(words[0]!) && !words.some((w) => PUBLISHING_VERBS.has(w))) return true;
  return quietOperation(name);
}
