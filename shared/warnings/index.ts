/**
 * The warning engine: notices, locally and instantly, that a text looks like
 * it belongs to another identity, or to no public identity at all, and says
 * why. Pure TypeScript (no Node, DOM or Electron), used by the composer on
 * every keystroke, by the post guard, and by `npm run check`.
 */
export { evaluate, compileProfile, withDrafts, withModel, similarDrafts, activeLexicons, activeFamilies, roleOf, handleForms, urlForm, STYLE_CONFIDENCE } from './engine';
export type { CompiledProfile, EvaluateOptions } from './engine';
export type { EvaluateInput, Severity, Warning } from './types';
export {
  parseProfile,
  ProfileSchema,
  WarningIdentitySchema,
  WorkHoursSchema,
  DraftSchema,
  StyleModelSchema,
  RoleSchema,
  LEXICON_NAMES,
  RULE_IDS,
} from './profile';
export type { Profile, ProfileInput, WarningIdentity, WorkHours, ProfileDraft, StyleModelJSON, LexiconName, RuleId } from './profile';
export { LEXICONS } from './lexicons';
export { createStyleModel, trainStyle, resetStyle, styleFeatures } from './style';
export type { StyleModel } from './style';
export { FAMILIES, FAMILY_LABELS, FAMILY_DESCRIPTIONS, RULE_FAMILIES, RULE_LABELS, familyOf, isFamily, labelOf } from './families';
export type { Family } from './families';
export { ROLES, ROLE_POLICIES, ROLE_LABELS, inferRole, isRole } from './roles';
export type { Role, RolePolicy, Stance } from './roles';
export type { Depth } from './understand';
export { compromiseVader, noTools } from './understand/tools';
export type { LanguageTools } from './understand/tools';
export { wholeTextKey } from './whole-text';
