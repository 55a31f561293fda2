import { NOT_SEPARATED } from '../../../../shared/domain/network';
import type { NetworkView } from '../../../../shared/ipc/contract';
import type { LinkRouter } from '../links/link-router';
import type { NetworkService } from '../network';
import type { Handlers } from './router';

type NetworkChannels = 'network:get' | 'network:set' | 'network:test' | 'links:open' | 'links:answer' | 'links:listAlways' | 'links:setAlways';

/** Per-identity network, traits and link routing. */
export function networkHandlers(deps: {
  network: NetworkService;
  links: LinkRouter;
  /** The user agent sites get when the identity sets none (Electron's session, without its tokens). */
  defaultUserAgent?: () => string | null;
}): Pick<Handlers, NetworkChannels> {
  const view = (identityId: string): NetworkView => ({
    settings: deps.network.get(identityId),
    defaultUserAgent: deps.defaultUserAgent?.() ?? null,
    notSeparated: NOT_SEPARATED,
  });
  return {
    'network:get': ({ identityId }) => view(identityId),
    'network:set': async ({ identityId, ...input }) => {
      await deps.network.set(identityId, input);
      return view(identityId);
    },
    'network:test': ({ identityId }) => deps.network.test(identityId),
    // The composer has no page to navigate: "here" for it means the identity's own window.
    'links:open': async ({ identityId, url }) => {
      const action = await deps.links.route(identityId, url, 'composer', deps.links.openInWindow(identityId, url));
      // Not another identity's site: the composer's link opens in this identity's own window.
      if (action === 'here') deps.links.openInWindow(identityId, url)();
      return { action };
    },
    'links:answer': ({ identityId, questionId, choice, always }) => deps.links.answer(identityId, questionId, choice, always),
    'links:listAlways': ({ identityId }) => deps.links.listAlways(identityId),
    'links:setAlways': ({ identityId, domain, choice }) => deps.links.setAlways(identityId, domain, choice),
  };
}
