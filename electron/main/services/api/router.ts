import { AppError, fail, ok, type Result } from '../../../../shared/result';
import { CHANNELS, type Channel } from '../../../../shared/ipc/channels';
import { contract, type OutputOf, type ParsedInputOf } from '../../../../shared/ipc/contract';
import { kindRefusal, scopeRefusal, type CallerContext } from './authorize';

export type { CallerContext } from './authorize';

export type Handler<C extends Channel> = (
  input: ParsedInputOf<C>,
  caller: CallerContext,
) => OutputOf<C> | Promise<OutputOf<C>>;
export type Handlers = { [C in Channel]: Handler<C> };

export interface Router {
  dispatch(channel: string, payload: unknown, caller: CallerContext): Promise<Result<unknown>>;
}

const known = new Set<string>(CHANNELS);

/**
 * Validates every call at the boundary and never throws: an unknown channel,
 * a malformed payload or a failing handler all become a `Result` whose error
 * message a person can act on. Unexpected errors are reported without the
 * payload (it may hold draft text).
 */
export function createRouter(handlers: Handlers, onUnexpected: (channel: string, error: unknown) => void): Router {
  return {
    async dispatch(channel, payload, caller) {
      if (!known.has(channel)) {
        return fail('ipc/unknown-channel', `Hatstand does not know the request "${String(channel).slice(0, 60)}".`);
      }
      const name = channel as Channel;
      // Least privilege between our windows: the kind's allow-list first, then the payload, then its scope.
      const refused = kindRefusal(name, caller);
      if (refused) return fail(refused.code, refused.message);
      const parsed = contract[name].input.safeParse(payload ?? {});
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        const where = first && first.path.length > 0 ? ` (${first.path.join('.')})` : '';
        return fail('ipc/invalid-payload', `${first?.message ?? 'The request was malformed.'}${where}`);
      }
      const outOfScope = scopeRefusal(parsed.data, caller);
      if (outOfScope) return fail(outOfScope.code, outOfScope.message);
      try {
        const handler = handlers[name] as Handler<Channel>;
        return ok(await handler(parsed.data as never, caller));
      } catch (error) {
        if (error instanceof AppError) return fail(error.code, error.message);
        onUnexpected(name, error);
        return fail('internal', 'Something went wrong inside Hatstand. Nothing was changed; please try again.');
      }
    },
  };
}
