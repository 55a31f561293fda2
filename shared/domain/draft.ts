/** A draft belongs to exactly one identity; it changes identity only by a confirmed move. */
export interface Draft {
  id: string;
  identityId: string;
  text: string;
  /** The site the draft is meant for (drives the character count), or null. */
  targetSite: string | null;
  createdAt: number;
  updatedAt: number;
  /** 'posted' once it was published from the composer. */
  status: 'draft' | 'posted';
  postedAt: number | null;
  postedUrl: string | null;
}

export type DraftVersionReason = 'created' | 'autosave' | 'checkpoint' | 'restore' | 'move';

export interface DraftVersion {
  id: number;
  draftId: string;
  text: string;
  /** When this version was kept (ms). */
  savedAt: number;
  reason: DraftVersionReason;
}
