import { randomBytes } from 'node:crypto';
import type { EventPayloads } from '../../../../shared/ipc/contract';
import { boundedSentence } from '../../../../shared/ipc/human-errors';
import { ConfirmationBroker } from '../confirmations/confirmation-broker';
import { PostGuard, defaultPolicyFor, type GuardEvent, type PostGuardDeps, type PostPolicy } from '../post-guard';
import type { Store } from '../store';
import type { NewActivityEvent } from '../store/activity';
import type { WarningsService } from '../warnings/warnings-service';
import type { SecretVault } from '../vault';

export const POLICY_KEY = 'guard.policy';
/** The keychain entry of the digest key of refused posts (`hatstand-own:post-guard.refused-key`): Hatstand's own, no identity's. */
export const REFUSED_KEY_NAME = 'post-guard.refused-key';
/** The digest key as it is kept: 32 random bytes in lower-case hex. */
const KEY_HEX = /^[0-9a-f]{64}$/;
const ACCOUNTS_KEY = 'guard.accounts';

export interface GuardChrome {
  show(identityId: string, prompt: EventPayloads['guard:prompt']): boolean;
  hide(identityId: string, requestId: string): void;
  notice(identityId: string, notice: EventPayloads['guard:notice']): void;
}

/**
 * The post guard, wired to the store (policies, learned accounts, activity
 * log), the warning engine and the chrome. Shared by every identity session
 * and by the composer's own Post button.
 */
export function createGuardServices(deps: {
  store: Store;
  warnings: WarningsService;
  chrome: GuardChrome;
  accountHintFor?: (identityId: string, site: string, url: string) => Promise<string | undefined>;
  chromeTimeoutMs?: number;
  /** Large bodies are recognised off the main thread (a worker) when given. */
  recogniseOffThread?: PostGuardDeps['recogniseOffThread'];
  /** The OS keychain, for the digest key that lets refused posts be known after a restart (none: known for the run). */
  vault?: Pick<SecretVault, 'ownSecret'>;
  /** The main process's log (console by default): where a keychain that cannot give that key is said, once. */
  warn?: (message: string) => void;
}) {
  const { store, warnings, chrome } = deps;
  const broker = new ConfirmationBroker(chrome);
  // Each notice is told once: one the chrome missed and reads again with its context replaces itself (noticeId).
  let noticesTold = 0;
  // Texts of held posts, so the learned model can learn from the ones that really left: a post
  // the glue tracks is learned once the site accepted it ('delivered'), never when the page
  // dropped it or the site refused it; others (the composer's) when they are sent.
  const heldTexts = new Map<string, { identityId: string; text: string }>();
  const learnFrom = (event: GuardEvent) => {
    if (event.type === 'recognised' && event.text) heldTexts.set(event.requestId, { identityId: event.identityId, text: event.text });
    if (event.type === 'sent' && event.awaitingDelivery) return;
    if (event.type === 'sent' || event.type === 'cancelled' || event.type === 'delivered' || event.type === 'not-delivered') {
      const held = heldTexts.get(event.requestId);
      heldTexts.delete(event.requestId);
      if (held && (event.type === 'sent' || event.type === 'delivered')) warnings.learn(held.identityId, held.text);
    }
  };
  const nameOf = (identityId: string) => {
    try {
      return store.identities.get(identityId).name;
    } catch {
      return 'an identity that was removed';
    }
  };
  const guard = new PostGuard({
    evaluate: (text, identityId, site) => warnings.evaluate(identityId, text, site),
    policyFor: (identityId) => policyFor(store, identityId),
    askChrome: (prompt, withdrawn) => broker.ask(prompt, withdrawn),
    accounts: {
      get: (key) => store.settings.get<Record<string, string>>(ACCOUNTS_KEY, {})[key],
      set: (key, value) => store.settings.set(ACCOUNTS_KEY, { ...store.settings.get<Record<string, string>>(ACCOUNTS_KEY, {}), [key]: value }),
    },
    log: (event) => {
      const activity = activityOf(event, nameOf(event.identityId));
      if (activity) store.activity.append(activity);
      learnFrom(event);
      // A held post that ended (sent, or cancelled for any cause: timeout, user,
      // shutdown, its request gone) leaves no question open in its chrome.
      if (event.type === 'cancelled' || event.type === 'sent') broker.withdraw(event.requestId);
    },
    // A notice is read by a person: one sentence of at most 300 characters, whatever a site name or reason holds.
    notify: (notice) => chrome.notice(notice.identityId, { ...notice, noticeId: `notice-${++noticesTold}`, message: boundedSentence(notice.message) }),
    clock: { now: () => Date.now(), setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout) },
    identityName: nameOf,
    ...(deps.accountHintFor ? { accountHintFor: deps.accountHintFor } : {}),
    ...(deps.chromeTimeoutMs ? { chromeTimeoutMs: deps.chromeTimeoutMs } : {}),
    ...(deps.recogniseOffThread ? { recogniseOffThread: deps.recogniseOffThread } : {}),
    ...(deps.vault ? { refusals: refusalsKept(store, deps.vault, deps.warn ?? ((message) => console.warn(message))) } : {}),
  });
  return { guard, broker };
}

/**
 * Refused posts kept in the store, under a digest key kept in the OS keychain (never in the store, so the file alone
 * cannot be matched against a guessed text), made on first use. Asked only once a worker's post needs it.
 */
function refusalsKept(store: Store, vault: Pick<SecretVault, 'ownSecret'>, warn: (message: string) => void): NonNullable<PostGuardDeps['refusals']> {
  return {
    record: store.refusedPosts,
    key: async () => {
      const hex = await vault.ownSecret(REFUSED_KEY_NAME, () => randomBytes(32).toString('hex'), (stored) => KEY_HEX.test(stored));
      return Buffer.from(hex, 'hex');
    },
    warn,
  };
}

export function policyFor(store: Store, identityId: string): PostPolicy {
  return store.settings.getFor<PostPolicy>(identityId, POLICY_KEY, defaultPolicyFor(store.identities.get(identityId).name));
}

/** How a guard event reads in the activity log. The text goes to `text` so it is searchable. */
export function activityOf(event: GuardEvent, identityName: string): NewActivityEvent | null {
  const common = { at: event.at, identityId: event.identityId };
  switch (event.type) {
    case 'recognised':
      return { ...common, kind: 'post.attempted', site: event.site, summary: `${identityName}: ${event.kind} on ${event.site} held for checking`, details: { requestId: event.requestId, adapter: event.adapter, accountHint: event.accountHint ?? null }, text: event.text };
    case 'confirmed':
      return { ...common, kind: 'post.confirmed', site: event.site, summary: `${identityName} confirmed a ${event.kind} on ${event.site}`, details: { requestId: event.requestId, reasons: event.reasons } };
    case 'cancelled':
      return { ...common, kind: 'post.cancelled', site: event.site, summary: `${event.kind} on ${event.site} cancelled (${event.cause.replace(/-/g, ' ')})`, details: { requestId: event.requestId, cause: event.cause, ...(event.error ? { error: event.error } : {}) } };
    case 'delayed':
      return { ...common, kind: 'post.delayed', site: event.site, summary: `${event.kind} on ${event.site} waits ${event.seconds} s before it leaves`, details: { requestId: event.requestId } };
    case 'delayed-then-sent':
      return null; // 'sent' follows immediately and says the same
    case 'sent':
      return { ...common, kind: 'post.sent', site: event.site, summary: `${identityName} posted a ${event.kind} on ${event.site}${event.confirmedByUser ? ' (confirmed)' : ''}`, details: { requestId: event.requestId, confirmedByUser: event.confirmedByUser, ...(event.awaitingDelivery ? { awaitingDelivery: true } : {}) } };
    case 'warnings-overridden':
      return { ...common, kind: 'warning.overridden', site: event.site, summary: `${event.warnings.length} warning(s) overridden on a ${event.kind} on ${event.site}`, details: { requestId: event.requestId, warnings: event.warnings } };
    case 'account-learned':
      return { ...common, kind: 'post.account-learned', site: event.site, summary: `${identityName} posts as ${event.account} on ${event.site}`, details: { requestId: event.requestId, account: event.account } };
    case 'account-mismatch':
      return { ...common, kind: 'post.account-mismatch', site: event.site, summary: `${identityName} is logged in as ${event.actual} on ${event.site}, not ${event.expected}`, details: { requestId: event.requestId, expected: event.expected, actual: event.actual } };
    case 'delivered':
      return { ...common, kind: 'post.delivered', site: event.site, summary: `${event.site} accepted ${identityName}'s ${event.kind} (HTTP ${event.statusCode})`, details: { requestId: event.requestId, statusCode: event.statusCode } };
    case 'not-delivered':
      return { ...common, kind: 'post.not-delivered', site: event.site, summary: `${identityName}'s ${event.kind} on ${event.site} did not arrive (${event.error ?? `HTTP ${event.statusCode}`})`, details: { requestId: event.requestId, ...(event.error ? { error: event.error } : {}), ...(event.statusCode !== undefined ? { statusCode: event.statusCode } : {}) } };
    case 'refused':
      return { ...common, kind: 'post.refused', site: event.site, summary: `A page on ${event.initiator} tried to send a ${event.kind} to ${event.site}; refused without asking (${event.reason})`, details: { url: event.url, initiator: event.initiator, reason: event.reason } };
    case 'not-held':
      return { ...common, kind: 'post.not-held', summary: `A request could not be held for checking: ${event.reason}`, details: { url: event.url } };
    case 'guard-error':
      return { ...common, kind: 'post.failed', summary: 'The post guard failed; the post was cancelled', details: { url: event.url, error: event.error } };
  }
}
