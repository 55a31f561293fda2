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
 * analytics event as the object of the name's verb (quietObject). A quiet word elsewhere in the name says nothing (`CreateResearchNote`,
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
 * words to others: a view, a filter, a preference or setting, an analytics
 * event, when it is what the verb acts on (`saveView`, `createSavedFilter`,
 * `updateUserPreferences`, Linear-style `viewCreate`): the name starts with a
 * verb and ends with the noun, or the other way round (a trailing `Mutation`
 * ignored). Relay names operations after their module, so a quiet noun
 * anywhere else (`FeedViewCreateStatusMutation`, `IssueViewAddAnswer`,
 * `SettingsForumCreateAnswer`) is a component's name, not the object (second
 * review of rounds u4 and r9); and a name that also has a published noun
 * (`createViewComment`, `AddNoteToView`, `BoardViewCreateUpdate`) or shares
 * (`ShareFilter`) stays watched.
 */
const QUIET_NOUNS = new Set(['view', 'views', 'filter', 'filters', 'preference', 'preferences', 'setting', 'settings', 'analytics']);
const OBJECT_VERBS = new Set([
  'create', 'save', 'update', 'upsert', 'delete', 'remove', 'add', 'set', 'reset', 'change', 'edit', 'apply', 'rename',
  'toggle', 'clear', 'duplicate', 'record',
]);
/** Nouns of things others read, besides PUBLISHED_NOUNS: with one of them a quiet noun is no object. */
const BROADER_NOUNS = new Set([
  'update', 'updates', 'note', 'notes', 'answer', 'answers', 'status', 'story', 'stories', 'review', 'reviews', 'thread',
  'threads', 'topic', 'topics', 'discussion', 'discussions', 'issue', 'issues', 'feedback',
]);
function quietObject(all: string[]): boolean {
  const words = all.length > 1 && all[all.length - 1] === 'mutation' ? all.slice(0, -1) : all;
  if (words.length < 2 || words.includes('share')) return false;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const objectWords = (verbFirst: boolean) => (verbFirst ? words.slice(1) : words.slice(0, -1));
  const noBroader = (ws: string[]) => !ws.some((w) => BROADER_NOUNS.has(w) || PUBLISHED_NOUNS.has(w));
  if (OBJECT_VERBS.has(first) && QUIET_NOUNS.has(last) && noBroader(objectWords(true))) return true;
  return QUIET_NOUNS.has(first) && OBJECT_VERBS.has(last) && noBroader(objectWords(false));
}
/**
 * A template written for later, whatever it is a template of (Linear's
 * `templateCreate`, `createMessageTemplate`, `UpdateReplyTemplate`): the
 * name starts with `template`, or a draft verb and ends with it. A post made
 * from one (`createPostFromTemplate`) is not a template.
 */
function templateOperation(words: string[]): boolean {
  const last = words[words.length - 1]!;
  if (words.some((w) => w === 'from' || w === 'with' || w === 'using' || w === 'by')) return false;
  // A Relay module named Template (`TemplateCommentCreate`) names no template when a published noun follows.
  if (words[0] === 'template') return !words.some((w) => PUBLISHED_NOUNS.has(w) || BROADER_NOUNS.has(w));
  return DRAFT_VERBS.has(words[0]!) && (last === 'template' || last === 'templates');
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
  return QUIET_FIRST_WORDS.has(words[0]!) || (DRAFT_VERBS.has(words[0]!) && (words.includes('draft') || words.includes('drafts'))) || quietObject(words);
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
 * operation's name is (quietOperation). A namespaced name (`drafts.save`,
 * as JSON-RPC methods are named) is read verb first.
 */
const QUIET_METHOD_FIRST_WORDS = new Set(['set', 'verify', 'validate', 'check']);
export function quietMethod(name: string | undefined): boolean {
  if (name === undefined || name.length > FIELD_NAME_EXAMINED) return false;
  // A namespaced method names its object first (JSON-RPC's `drafts.save`, round t1): read its verb first.
  const dot = name.lastIndexOf('.');
  if (dot > 0 && dot < name.length - 1) name = `${name.slice(dot + 1)}_${name.slice(0, dot)}`;
  const words = nameWords(name);
  if (words.length > 0 && QUIET_METHOD_FIRST_WORDS.has(words[0]!) && !words.some((w) => PUBLISHING_VERBS.has(w))) return true;
  return quietOperation(name);
}
