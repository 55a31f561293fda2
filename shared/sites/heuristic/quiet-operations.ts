/**
 * Operation names that say their request publishes nothing (refuses.ts), by
 * their first word, and never a name with a word that publishes; remote
 * methods' names (an XML request's root) also when they set or verify.
 *
 * And, from round r21's review (r21m, its J1 and D3/D4): CI/CD and hosting settings and jobs started, on any host
 * (ciSettingQuiet): a variable or environment variable written to its collection or one by name, its body pairs of a
 * name and a value (GitHub's Actions, environment and organisation variables; GitLab's CI/CD variables; Bitbucket's
 * pipelines_config/variables; CircleCI's envvar; Vercel's and Netlify's env; Azure DevOps' variable groups; Gitea's
 * Actions variables), and a pipeline or workflow started whose words sit only in its inputs (GitHub's workflow and
 * repository dispatches, GitLab's pipeline and trigger/pipeline, CircleCI's pipeline, Azure DevOps' pipeline runs)
 * or from a forge's web "run workflow" form (GitHub's actions/manual, Gitea's actions/run). A setting or a job, no
 * one's words to others. Read by structure: the collection's name in the path, then the body's shape; nothing else is
 * walked. Sources: the tools' REST references, from memory (said in each r21rev fixture's source).
 */
import { isRecord } from '../body';
import type { ParsedBody } from '../types';
import { FIELD_NAME_EXAMINED, nameWords } from './names';
import { pathSegments } from './paths';
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

/** GitHub's Actions variables, or one by name, and a workflow's dispatch (round r21, moved here from donor-crm.ts). */
const CI_ACTIONS_PATH = /\/actions\/(?:variables(?:\/[A-Za-z0-9_]{1,100})?|workflows\/[^/]{1,100}\/dispatches)\/?$/;
/** A collection of CI or hosting variables (`variables`, CircleCI's `envvar`, Vercel's and Netlify's `env`, Azure's `variablegroups`). */
const VARIABLE_COLLECTION = /^(?:variables|envvars?|env|variablegroups)$/i;
/** A variable's name in the path (`BANNER_TEXT`), or Azure's group id. */
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,99}$|^\d{1,12}$/;
/** A variable's name field, beside its `value`. */
const VARIABLE_KEY = /^(?:key|name)$/;
/** Where a pipeline's or workflow's words are inputs, not prose to anyone (GitLab's `variables[KEY]` in a form too). */
const TRIGGER_INPUTS = /^(?:variables|parameters|inputs|client_payload|templateParameters)(?:\[|$)/;
/** A prose value outside the inputs: a string with a space in it longer than a ref or an event's name. */
const PROSE = /\S\s+\S/;

/** A variable's pair of a name and a value (Netlify's `values: [{ value }]`), or only its value on a by-name path. */
function variablePair(v: unknown, byName: boolean): boolean {
  if (!isRecord(v) || !('value' in v || Array.isArray(v['values']))) return false;
  return byName || Object.keys(v).some((k) => VARIABLE_KEY.test(k));
}
/** Azure DevOps' variable group: `variables: { NAME: { value } }`. */
function variableMap(v: unknown): boolean {
  if (!isRecord(v) || !isRecord(v['variables'])) return false;
  const values = Object.values(v['variables']);
  return values.length > 0 && values.every((x) => isRecord(x) && 'value' in x);
}
/** A body of variables: one pair, a list of pairs (Netlify), or a group's map; a form with a key and a value. */
function variableBody(body: ParsedBody, byName: boolean): boolean {
  if (body.type === 'form' || body.type === 'multipart') return body.fields.has('value') && (byName || body.fields.has('key') || body.fields.has('name'));
  if (body.type !== 'json') return false;
  const v = body.value;
  if (Array.isArray(v)) return v.length > 0 && v.length <= 100 && v.every((x) => variablePair(x, false));
  return variablePair(v, byName) || variableMap(v);
}

/**
 * A pipeline's or workflow's start: `…/dispatches` (GitHub's workflow and repository dispatches), `…/pipeline`
 * and `…/trigger/pipeline` (GitLab, CircleCI), `…/pipelines/{id}/runs` (Azure DevOps).
 */
function triggerPath(segments: readonly string[]): boolean {
  const n = segments.length;
  const last = segments[n - 1] ?? '';
  if (last === 'dispatches' || last === 'pipeline') return true;
  return last === 'runs' && n >= 3 && segments[n - 3] === 'pipelines' && /^\d{1,12}$/.test(segments[n - 2] ?? '');
}
/** A forge's web form that runs a workflow by hand (GitHub's …/actions/manual, Gitea's …/actions/run). */
function webRunWorkflow(segments: readonly string[], body: ParsedBody): boolean {
  const n = segments.length;
  if (n < 4 || segments[n - 2] !== 'actions' || !/^(?:manual|run)$/.test(segments[n - 1]!)) return false;
  return body.type === 'form' || body.type === 'multipart' || body.type === 'none';
}
/** Whether every prose value of a trigger's body sits under its inputs (top-level keys read, a form's names too). */
function wordsOnlyInInputs(body: ParsedBody): boolean {
  if (body.type === 'none') return true;
  if (body.type === 'form' || body.type === 'multipart') {
    for (const [name, value] of body.fields) if (!TRIGGER_INPUTS.test(name) && PROSE.test(value)) return false;
    return true;
  }
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  let nodes = 0;
  // Settings beside the inputs (Azure's `resources: { repositories: { self: { refName } } }`) carry no prose.
  const prose = (v: unknown, depth: number): boolean => {
    if (++nodes > 60 || depth > 3) return true;
    if (typeof v === 'string') return PROSE.test(v);
    if (Array.isArray(v)) return v.some((x) => prose(x, depth + 1));
    return isRecord(v) && Object.values(v).some((x) => prose(x, depth + 1));
  };
  for (const key in body.value) if (!TRIGGER_INPUTS.test(key) && prose(body.value[key], 0)) return false;
  return true;
}

/**
 * A CI/CD or hosting setting or a job started (refuses.ts; round r21's review, r21m): a variable written to its
 * collection or by name with a name-and-value body, a pipeline or workflow started whose words are only its
 * inputs, or a forge's web form running a workflow. The path is tested first; the body only on those paths.
 */
export function ciSettingQuiet(path: string, body: ParsedBody): boolean {
  if (path.length > 400 || !/(?:variables|envvars?|env|variablegroups|dispatches|pipeline|runs|manual|run)\/?[^/]{0,100}\/?$/.test(path)) return false;
  // GitHub's own spelling, quiet by its path alone as round r21 made it (Gitea's API and forms share it).
  if (CI_ACTIONS_PATH.test(path)) return true;
  const segments = pathSegments(path);
  const n = segments.length;
  const last = segments[n - 1] ?? '';
  if (VARIABLE_COLLECTION.test(last)) return variableBody(body, false);
  if (n >= 2 && VARIABLE_COLLECTION.test(segments[n - 2]!) && VARIABLE_NAME.test(last)) return variableBody(body, true);
  if (triggerPath(segments)) return wordsOnlyInInputs(body);
  return webRunWorkflow(segments, body);
}
