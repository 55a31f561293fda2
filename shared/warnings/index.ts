/**
 * The warning engine: notices, locally and instantly, that a text looks like
 * it belongs to another identity, or to no public identity at all, and says
 * why. Pure TypeScript (no Node, DOM or Electron), used by the composer on
 * every keystroke, by the post guard, and by `npm run check`.
 */
export { evaluate, compileProfile, withDrafts, withModel, similarDrafts, activeLexicons, handleForms, urlForm, STYLE_CONFIDENCE } from './engine';
export type { CompiledProfile } from './engine';
export type { EvaluateInput, Severity, Warning } from './types';
export {
  parseProfile,
  ProfileSchema,
  WarningIdentitySchema,
  WorkHoursSchema,
  DraftSchema,
  StyleModelSchema,
  LEXICON_NAMES,
  RULE_IDS,
} from './profile';
export type { Profile, ProfileInput, WarningIdentity, WorkHours, ProfileDraft, StyleModelJSON, LexiconName, RuleId } from './profile';
export { LEXICONS } from './lexicons';
export { createStyleModel, trainStyle, resetStyle, styleFeatures } from './style';
export type { StyleModel } from './style';
