import type { Result } from '../result';
import type { Channel, EventName } from './channels';
import type { EventPayloads, InputOf, OutputOf } from './contract';

/**
 * The shape of `window.hatstand`, derived from the contract so it is never
 * typed twice: `hatstand.drafts.save(input)` for channel 'drafts:save'.
 */
type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never;
type VerbOf<C extends string> = C extends `${string}:${infer V}` ? V : never;

export type HatstandApi = {
  [D in DomainOf<Channel>]: {
    [C in Extract<Channel, `${D}:${string}`> as VerbOf<C>]: (input: InputOf<C>) => Promise<Result<OutputOf<C>>>;
  };
} & {
  events: {
    [E in EventName as `on${Capitalize<VerbOf<E>>}`]: (listener: (payload: EventPayloads[E]) => void) => () => void;
  };
};
