import { AppError, fail, ok, type Result } from '../../../../shared/result';
import { CHANNELS, type Channel } from '../../../../shared/ipc/channels';
import { contract, type OutputOf, type ParsedInputOf } from '../../../../shared/ipc/contract';

/**
 * Who is calling. The Electron glue derives this from the sender frame; the
 * browser test harness from the page it serves. `identityId` is set for an
 * identity window: such a window may only act for its own identity.
 */
export interface CallerContext {
  window: 'launcher' | 'identity' | 'log';
  identityId?: string;
}

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
      const parsed = contract[name].input.safeParse(payload ?? {});
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        const where = first && first.path.length > 0 ? ` (${first.path.join('.')})` : '';
        return fail('ipc/invalid-payload', `${first?.message ?? 'The request was malformed.'}${where}`);
      }
      const input = parsed.data as { identityId?: unknown };
      // An identity window can only ever speak for its own identity.
      if (caller.window === 'identity' && typeof input.identityId === 'string' && input.identityId !== caller.identityId) {
        return fail('ipc/wrong-identity', 'This window belongs to another identity; it cannot act for this one.');
      }
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
