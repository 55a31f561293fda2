/** What `evaluate` returns and takes. */

export type Severity = 'info' | 'caution' | 'stop';

import type { Family } from './families';
import type { Depth } from './understand';

export interface Warning {
  /** 'never-say', 'belongs-elsewhere', 'other-identity-mention', 'lexicon.<name>', 'work-hours', 'clipboard', 'similar-draft', 'learned-style'. */
  ruleId: string;
  severity: Severity;
  /** UTF-16 span in the text the warning is about; 0/0 for whole-text rules. */
  start: number;
  end: number;
  /** One sentence a person understands. */
  message: string;
  /** The identity the text seems to belong to, when there is one. */
  otherIdentityId?: string;
  /** What the warning is about (see families.ts); every rule id maps to one. */
  family?: Family;
}

export interface EvaluateInput {
  text: string;
  /** The identity the text is being written as. */
  identityId: string;
  /** Site the post goes to (e.g. 'linkedin.com'); informational for now. */
  site?: string;
  /** ISO time of posting, for the work-hours rule (the rule is skipped without it). */
  at?: string;
  /** Id of the identity in whose window the text was copied. */
  clipboardFrom?: string;
  /**
   * 'full' (default): every rule, including those that use the language
   * libraries (named people, sentiment). 'lexical': the rules that run on
   * every keystroke (vocabularies, lexicons, the language rules' word cues).
   */
  depth?: Depth;
}

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, caution: 1, stop: 2 };
