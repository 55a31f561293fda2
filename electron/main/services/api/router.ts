import { AppError, fail, ok, type Result } from '../../../../shared/result';
import { CHANNELS, type Channel } from '../../../../shared/ipc/channels';
import { contract, type OutputOf, type ParsedInputOf } from '../../../../shared/ipc/contract';
import { boundedSentence, firstIssueSentence, humanIssue, payloadProblem } from '../../../../shared/ipc/human-errors';
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
  const refuse = (code: string, message: string) => fail(code, boundedSentence(message));
  return {
    async dispatch(channel, payload, caller) {
      if (!known.has(channel)) {
        return refuse('ipc/unknown-channel', 'Hatstand does not know that request, so nothing was changed; reload the window or update Hatstand.');
      }
      const name = channel as Channel;
      // Least privilege between our windows: the kind's allow-list first, then the payload's size, its schema and its scope.
      const refused = kindRefusal(name, caller);
      if (refused) return refuse(refused.code, refused.message);
      const tooBig = payloadProblem(payload);
      if (tooBig) return refuse('ipc/too-large', tooBig);
      const parsed = contract[name].input.safeParse(payload ?? {}, { error: humanIssue });
      if (!parsed.success) return refuse('ipc/invalid-payload', firstIssueSentence(parsed.error));
      const outOfScope = scopeRefusal(parsed.data, caller);
      if (outOfScope) return refuse(outOfScope.code, outOfScope.message);
      try {
        const handler = handlers[name] as Handler<Channel>;
        return ok(await handler(parsed.data as never, caller));
      } catch (error) {
        if (error instanceof AppError) return refuse(error.code, error.message);
        onUnexpected(name, error);
        return refuse('internal', 'Something went wrong inside Hatstand; try again, and restart Hatstand if it happens again.');
      }
    },
  };
}
