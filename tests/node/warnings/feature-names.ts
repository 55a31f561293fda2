import { evaluate, type ProfileInput } from '../../../shared/warnings';

/** The names of the features the engine sees in a text for one identity (rules only): what the learned model would read. */
export function featureNames(profile: ProfileInput, identityId: string, text: string): string[] {
  let names: string[] = [];
  evaluate({ text, identityId }, profile, { model: null, onFeatures: (f) => (names = [...f.keys()]) });
  return names;
}
