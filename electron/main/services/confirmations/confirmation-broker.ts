import type { GuardPrompt } from '../../../../shared/ipc/contract';
import { AppError } from '../../../../shared/result';
import type { AbortLike, ChromeAnswer, ConfirmPrompt } from '../post-guard';

/**
 * Carries the guard's questions to the identity's chrome and the person's
 * answers back. A question for an identity whose window cannot show it is
 * refused (the guard then cancels the post: fail closed). Only the window of
 * the identity that asked can answer.
 */
export class ConfirmationBroker {
  private readonly waiting = new Map<string, { identityId: string; prompt: GuardPrompt; resolve(answer: ChromeAnswer): void }>();

  constructor(
    private readonly chrome: {
      /** Shows the sheet; false when the identity has no window to show it in. */
      show(identityId: string, prompt: GuardPrompt): boolean;
      hide(identityId: string, requestId: string): void;
    },
  ) {}

  /**
   * Shows the sheet and waits for the person's answer. When `withdrawn` is
   * aborted (the page dropped the request, the guard timed out or is shutting
   * down) the question is taken back: the entry is dropped, the sheet closed,
   * and a late answer is refused like any answer to a question not asked.
   */
  ask(prompt: ConfirmPrompt, withdrawn?: AbortLike): Promise<ChromeAnswer> {
    return new Promise<ChromeAnswer>((resolve, reject) => {
      if (withdrawn?.aborted) {
        reject(new Error('The question was withdrawn before it was asked.'));
        return;
      }
      const view: GuardPrompt = {
        requestId: prompt.requestId,
        identityId: prompt.identityId,
        site: prompt.site,
        kind: prompt.kind,
        text: prompt.text,
        accountHint: prompt.accountHint ?? null,
        expectedAccount: prompt.expectedAccount ?? null,
        warnings: prompt.warnings,
        coolingOffSeconds: prompt.coolingOffSeconds,
        refusedBefore: prompt.refusedBefore ?? null,
      };
      this.waiting.set(prompt.requestId, {
        identityId: prompt.identityId,
        prompt: view,
        resolve: (answer) => {
          this.waiting.delete(prompt.requestId);
          this.chrome.hide(prompt.identityId, prompt.requestId);
          resolve(answer);
        },
      });
      if (!this.chrome.show(prompt.identityId, view)) {
        this.waiting.delete(prompt.requestId);
        reject(new Error(`No window of identity ${prompt.identityId} can show the confirmation.`));
        return;
      }
      withdrawn?.onAbort(() => {
        if (!this.waiting.has(prompt.requestId)) return; // already answered
        this.waiting.delete(prompt.requestId);
        this.chrome.hide(prompt.identityId, prompt.requestId);
        reject(new Error('The question was withdrawn.'));
      });
    });
  }

  decide(identityId: string, requestId: string, decision: ChromeAnswer): void {
    const entry = this.waiting.get(requestId);
    if (!entry || entry.identityId !== identityId) {
      throw new AppError('guard/not-waiting', 'That post is no longer waiting for a decision (it may have timed out and been cancelled).');
    }
    entry.resolve(decision);
  }

  /** Questions still open, e.g. to re-show them when a window reloads. */
  pending(identityId: string): string[] {
    return [...this.waiting].filter(([, w]) => w.identityId === identityId).map(([id]) => id);
  }

  /** The open questions of an identity as its chrome shows them, oldest first (a reloaded chrome asks for them). */
  prompts(identityId: string): GuardPrompt[] {
    return [...this.waiting.values()].filter((w) => w.identityId === identityId).map((w) => w.prompt);
  }

  /**
   * The guard stopped waiting for this question (it timed out, the post was
   * cancelled or its request is gone): drop it and let the chrome hide the sheet,
   * so the site is never left hidden behind a question nobody can answer.
   */
  withdraw(requestId: string): void {
    this.waiting.get(requestId)?.resolve('cancel');
  }
}
