/** What `evaluate` returns and takes. */

export type Severity = 'info' | 'caution' | 'stop';

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
}

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, caution: 1, stop: 2 };
