import { randomUUID } from 'node:crypto';
import { decideLink, withAlways, type AlwaysChoice, type AlwaysChoices, type LinkDecision, type OpenerSandbox } from '../../../../shared/domain/link-routing';
import type { LinkQuestion } from '../../../../shared/ipc/contract';
import { AppError } from '../../../../shared/result';
import type { Store } from '../store';

export const ALWAYS_KEY = 'links.always';

/** What the router needs from the windows. */
export interface LinkPort {
  /**
   * Opens the URL in the owner identity's own window (its partition, its cookies). With a `sandbox`, the page keeps the
   * sandbox of the frame the link came from (a page of its own, never the owner's site page, which has none).
   */
  openAs(identityId: string, url: string, sandbox?: OpenerSandbox): void | Promise<void>;
  /** Shows the question in the chrome of the identity's window; false when it has no window. */
  ask(identityId: string, question: LinkQuestion): boolean;
  /** The question was answered or dropped: the window may show its site again. */
  settled(identityId: string, questionId: string): void;
  /** Opens the URL in the identity's own window (its current site view): "here" for a link clicked in the composer. */
  openHere?(identityId: string, url: string): void;
}

export type LinkSource = 'site' | 'composer';

interface Pending {
  question: LinkQuestion;
  source: LinkSource;
  /** Opens the link where it was clicked (the site view's own navigation). */
  openHere: () => void;
  /** The sandbox of the frame the link came from, kept wherever the link opens. */
  sandbox?: OpenerSandbox;
}

/**
 * Thin service over the pure `decideLink`: reads each identity's sites and
 * "always" answers, asks through the chrome, remembers answers, and logs
 * every cross-identity open. It never opens a link under another identity
 * without an answer or a remembered "always".
 */
export class LinkRouter {
  private readonly pending = new Map<string, Pending>();

  constructor(private readonly deps: { store: Store; port: LinkPort }) {}

  decide(fromIdentityId: string, url: string): LinkDecision {
    const identities = this.deps.store.identities.list().map((i) => ({ id: i.id, name: i.name, siteUrls: i.sites.map((s) => s.homeUrl) }));
    const from = identities.find((i) => i.id === fromIdentityId);
    if (!from) return { action: 'here', domain: null, reason: 'nobody-owns' };
    return decideLink({ url, from, identities, always: this.always(fromIdentityId) });
  }

  /**
   * A link clicked in `fromIdentityId`'s window. 'here': the caller goes on
   * with its own navigation. Otherwise the router has taken it over.
   */
  async route(fromIdentityId: string, url: string, source: LinkSource, openHere: () => void, sandbox?: OpenerSandbox): Promise<'here' | 'opened-as' | 'asked'> {
    const decision = this.decide(fromIdentityId, url);
    if (decision.action === 'here') return 'here';
    if (decision.action === 'open-as') {
      await this.openAs(fromIdentityId, decision.owner.id, url, decision.domain, 'always', sandbox);
      return 'opened-as';
    }
    const owner = this.deps.store.identities.get(decision.owner.id);
    const question: LinkQuestion = {
      questionId: randomUUID(),
      identityId: fromIdentityId,
      url,
      domain: decision.domain,
      question: decision.question,
      owner: { id: owner.id, name: owner.name, color: owner.color, avatar: owner.avatar },
      hereName: this.deps.store.identities.get(fromIdentityId).name,
    };
    // One open question per window: a newer click replaces an unanswered one.
    for (const [id, p] of this.pending) if (p.question.identityId === fromIdentityId) this.drop(id);
    this.pending.set(question.questionId, { question, source, openHere, ...(sandbox !== undefined ? { sandbox } : {}) });
    if (!this.deps.port.ask(fromIdentityId, question)) {
      this.pending.delete(question.questionId);
      // Nobody can be asked: the link is not opened at all (never silently under the other identity).
      return 'asked';
    }
    return 'asked';
  }

  /**
   * For the window glue, which must answer at once (will-navigate, the
   * window-open handler): false when the link opens where it was clicked;
   * true when the router took it over (it asks, or opens it as the owner),
   * after which the click itself must be refused. `sandbox`: the sandbox of the frame the link came from, which the
   * page keeps wherever the link opens ("here" is `openHere`'s to keep).
   */
  take(
    fromIdentityId: string,
    url: string,
    source: LinkSource,
    openHere: () => void,
    sandbox?: OpenerSandbox,
    log: (line: string) => void = console.error,
  ): boolean {
    if (this.decide(fromIdentityId, url).action === 'here') return false;
    this.route(fromIdentityId, url, source, openHere, sandbox).catch((error: unknown) =>
      log(`[links] routing failed: ${error instanceof Error ? error.message : String(error)}`),
    );
    return true;
  }

  async answer(fromIdentityId: string, questionId: string, choice: AlwaysChoice | 'cancel', always: boolean): Promise<void> {
    const pending = this.pending.get(questionId);
    if (!pending || pending.question.identityId !== fromIdentityId) {
      throw new AppError('links/unknown-question', 'That question was already answered or has expired; click the link again.');
    }
    this.pending.delete(questionId);
    this.deps.port.settled(fromIdentityId, questionId);
    const { question } = pending;
    if (choice === 'cancel') return;
    if (always) {
      this.deps.store.settings.setFor(fromIdentityId, ALWAYS_KEY, withAlways(this.always(fromIdentityId), question.domain, choice));
      this.deps.store.activity.append({
        identityId: fromIdentityId,
        kind: 'settings.changed',
        site: question.domain,
        summary: `Links to ${question.domain} clicked in ${question.hereName} now always open ${choice === 'owner' ? `as ${question.owner.name}` : `in ${question.hereName}`}`,
      });
    }
    if (choice === 'owner') {
      await this.openAs(fromIdentityId, question.owner.id, question.url, question.domain, always ? 'answered, always' : 'answered', pending.sandbox);
    } else {
      this.deps.store.activity.append({
        identityId: fromIdentityId,
        kind: 'link.routed',
        site: question.domain,
        summary: `${question.hereName} opened a link to ${question.domain} (a site of ${question.owner.name}) in its own window`,
        details: { url: question.url, owner: question.owner.id, source: pending.source },
      });
      pending.openHere();
    }
  }

  listAlways(identityId: string): Array<{ domain: string; choice: AlwaysChoice; ownerName: string | null }> {
    return Object.entries(this.always(identityId))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([domain, choice]) => {
        const decision = this.decide(identityId, `https://${domain.replace(/:\d+$/, '')}/`);
        return { domain, choice, ownerName: decision.action === 'ask' || decision.action === 'open-as' ? decision.owner.name : null };
      });
  }

  setAlways(identityId: string, domain: string, choice: AlwaysChoice | null): void {
    const name = this.deps.store.identities.get(identityId).name;
    const key = domain.trim().toLowerCase();
    this.deps.store.settings.setFor(identityId, ALWAYS_KEY, withAlways(this.always(identityId), key, choice));
    this.deps.store.activity.append({
      identityId,
      kind: 'settings.changed',
      site: key,
      summary: choice === null ? `${name} will ask again before opening links to ${key}` : `Links to ${key} clicked in ${name} now always open ${choice === 'owner' ? 'as the identity that owns the site' : `in ${name}`}`,
    });
  }

  /** "Here" for a link from the composer, which has no page of its own: the identity's current site view. */
  openInWindow(identityId: string, url: string): () => void {
    return () => this.deps.port.openHere?.(identityId, url);
  }

  /** The question this identity's window was asked and has not answered yet (a reloaded chrome shows it again). */
  pendingFor(identityId: string): LinkQuestion | undefined {
    for (const p of this.pending.values()) if (p.question.identityId === identityId) return p.question;
    return undefined;
  }

  /** Forgets questions of a closed window. */
  dropFor(identityId: string): void {
    for (const [id, p] of this.pending) if (p.question.identityId === identityId) this.pending.delete(id);
  }

  private drop(questionId: string): void {
    const p = this.pending.get(questionId);
    this.pending.delete(questionId);
    if (p) this.deps.port.settled(p.question.identityId, questionId);
  }

  private always(identityId: string): AlwaysChoices {
    return this.deps.store.settings.getFor<AlwaysChoices>(identityId, ALWAYS_KEY, {});
  }

  private async openAs(fromIdentityId: string, ownerId: string, url: string, domain: string, how: string, sandbox?: OpenerSandbox): Promise<void> {
    const from = this.deps.store.identities.get(fromIdentityId);
    const owner = this.deps.store.identities.get(ownerId);
    // Logged first: a cross-identity open is on the record even if the window then fails to open.
    this.deps.store.activity.append({
      identityId: ownerId,
      kind: 'link.routed',
      site: domain,
      summary: `A link to ${domain} clicked in ${from.name} opened as ${owner.name} (${how})`,
      details: { url, from: fromIdentityId, to: ownerId },
    });
    await (sandbox === undefined ? this.deps.port.openAs(ownerId, url) : this.deps.port.openAs(ownerId, url, sandbox));
  }
}
