/**
 * Work that follows a change already committed to the store (reconciling a
 * draft's warnings, refreshing windows). Its failure is reported, and never
 * turned into an error for the call: a completed save must not say it failed
 * because a later check did (the person would retry, or think it lost).
 */
export type FollowUpReporter = (what: string, error: unknown) => void;

export const reportToConsole: FollowUpReporter = (what, error) =>
  console.error(`[hatstand] ${what} failed after the change was saved:`, error instanceof Error ? error.message : error);

export function afterCommit(report: FollowUpReporter, what: string, work: () => void): void {
  try {
    work();
  } catch (error) {
    report(what, error);
  }
}
