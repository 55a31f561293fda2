/** One row of the append-only activity log. */
export interface ActivityEvent {
  /** Ordering key: newer events have larger ids. */
  id: number;
  at: number;
  identityId: string | null;
  kind: string;
  site: string | null;
  summary: string;
  details: Record<string, unknown>;
  /** Longer text that search finds (a draft's or post's text); not sent to the log window. */
  text: string | null;
}
