/**
 * A warning about the whole text (no words: the hours, a copy from another window, a draft or a style like another
 * identity's) is the same warning for as long as it stands, whatever its message says: the hours tell the minute
 * ("It is Sun 06:11"), a similar draft its percentage. The composer keeps its answer for the draft by this key, and the
 * warnings service its stored row. Null for a warning on words, which its words and message tell apart.
 */
export function wholeTextKey(w: { ruleId: string; start: number; end: number; otherIdentityId?: string | null }): string | null {
  return w.end > w.start ? null : `${w.ruleId}|${w.otherIdentityId ?? ''}`;
}
