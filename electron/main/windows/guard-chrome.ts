import type { EventName } from '../../../shared/ipc/channels';
import type { EventPayloads } from '../../../shared/ipc/contract';
import type { GuardChrome } from '../services/api/guard-services';

/** What the guard's chrome needs of an identity window. */
export interface SheetWindow {
  focus(): void;
  /** Hides the site view while the confirmation sheet is up (the page could cover or click it). */
  setSheetOpen(open: boolean): void;
  send<E extends EventName>(event: E, payload: EventPayloads[E]): void;
}

/**
 * The post guard's questions shown in identity windows. The site view is hidden
 * exactly while a question of that identity is open: shown again as soon as the
 * last one is answered or withdrawn (the guard timed out or gave up), so it
 * never stays hidden behind a question nobody can answer. A chrome page that
 * (re)loads reads the open questions through `chrome:context`.
 */
export function windowGuardChrome(deps: {
  windowOf(identityId: string): SheetWindow | undefined;
  /** How many questions of this identity are still open (the broker's). */
  openQuestions(identityId: string): number;
  notice(identityId: string, notice: EventPayloads['guard:notice']): void;
}): GuardChrome {
  return {
    show: (identityId, prompt) => {
      const window = deps.windowOf(identityId);
      if (!window) return false;
      window.focus();
      window.setSheetOpen(true);
      window.send('guard:prompt', prompt);
      return true;
    },
    hide: (identityId) => {
      deps.windowOf(identityId)?.setSheetOpen(deps.openQuestions(identityId) > 0);
    },
    notice: (identityId, notice) => deps.notice(identityId, notice),
  };
}
