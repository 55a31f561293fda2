import type { Identity } from '../../../../shared/domain/identity';
import type { GuardNotice, NetworkFailure, PageUnresponsive, Panel, SiteState } from '../../../../shared/ipc/contract';
import type { Appearance } from '../../../../shared/domain/appearance';

/**
 * What the handlers need from the windowing layer. The Electron glue
 * implements it with real windows; the browser test harness with pages.
 */
export interface WindowsPort {
  openIdentity(identityId: string): void | Promise<void>;
  openLog(identityId?: string): void | Promise<void>;
  openLauncher(): void | Promise<void>;
  showSite(identityId: string, siteId: string): void;
  /** On the identity window's site page, or with `popupChrome` on that sign-in popup's page. */
  navigate(identityId: string, action: 'back' | 'forward' | 'reload' | 'home', popupChrome?: number): void;
  setPanel(identityId: string, panel: Panel): void;
  /** Find in the identity window's page: a new search, or the next or previous match. */
  find?(identityId: string, text: string, direction: 'new' | 'next' | 'previous'): void;
  /** The search ended: the page's matches are no longer marked; `close`: the bar closed, and the keys go back to the page. */
  stopFind?(identityId: string, close: boolean): void;
  /** The chrome's notice band is this tall: the site view moves below it. */
  setNoticeBand(identityId: string, height: number): void;
  activeSiteId(identityId: string): string | null;
  /** The side panel the identity's window shows ('none' when it has no window). */
  panelOf?(identityId: string): Panel;
  /** The proxy failure the identity's window (or that sign-in popup) shows now, if any (its site view is aside meanwhile). */
  networkFailureOf?(identityId: string, popupChrome?: number): NetworkFailure | null;
  /**
   * Where the identity's window's site page is now (address, history), for a chrome that (re)loads; with
   * `popupChrome`, the page of the identity's sign-in popup whose chrome is that contents (null if none is).
   */
  siteStateOf?(identityId: string, popupChrome?: number): SiteState | null;
  /**
   * The identity window's chrome read its state (ok), or its read failed: its band then cannot name the identity, and
   * no site is shown under it until a read succeeds.
   */
  chromeRead?(identityId: string, ok: boolean): void;
  /** The site page the identity's window shows that stopped answering, if any (its notice, for a chrome that reloads). */
  unresponsiveOf?(identityId: string): PageUnresponsive | null;
  /** The guard notices the identity window's chrome missed while it loaded or lay crashed, each given once. */
  missedNotices?(identityId: string): GuardNotice[];
  insertIntoSite(identityId: string, text: string): Promise<boolean>;
  /** An identity's name, colour or sites changed: refresh its window and the launcher. */
  identityChanged(identity: Identity): void;
  /** Closes the identity's windows and wipes its partition (cookies, storage, cache). */
  identityRemoved(identityId: string): Promise<void>;
  chooseExportPath(format: 'csv' | 'json'): Promise<string | null>;
  /** Hatstand's appearance changed: every window and page follows it (nativeTheme.themeSource). */
  setAppearance(appearance: Appearance): void;
}

