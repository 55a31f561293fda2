import { registrableSiteOfUrl } from '../services/post-guard/site';
import { isPageMainFrameFailure, onPageCommit, type CommitSource } from '../page-frame';

/** net::ERR_ABORTED: a navigation given up (stopped, or replaced by another), which commits no error page. */
const ERR_ABORTED = -3;

/**
 * When each page last had a real user gesture: a click, a tap or a key press
 * that reached it from the person, not from a script. Electron emits
 * `input-event` on a WebContents for input the browser delivers to its page
 * (docs/api/web-contents.md "Event: 'input-event'";
 * shell/browser/api/electron_api_web_contents.cc `WebContents::OnInputEvent`,
 * a RenderWidgetHost input observer: events a page dispatches to itself in
 * JavaScript never pass there). The guard uses it to refuse another site's
 * page that fires posts with no one at the keyboard.
 */
/** Input types that count as a gesture (the ones that grant HTML's user activation), not moves or scrolls. */
const GESTURES = new Set(['mouseDown', 'mouseUp', 'keyDown', 'rawKeyDown', 'char', 'touchStart', 'touchEnd', 'gestureTap', 'pointerDown', 'pointerUp']);

/** Gestures this close to the one before are one (a click's mouseDown and mouseUp, a key's rawKeyDown, keyDown and char). */
export const ONE_GESTURE_MS = 1_000;

/** The person's last gesture in a page's own document: when it was, and when the run of gestures it is part of began. */
export interface PageGesture {
  /** The last gesture. */
  at: number;
  /** The first of its run (each within ONE_GESTURE_MS of the one before): the same for one click or one key press. */
  began: number;
}

/** The events of a WebContents this listens to (a real WebContents satisfies it; so do the shared test doubles). */
export interface WatchedContents extends CommitSource {
  readonly id: number;
  /** The page's session (a real WebContents has it): whose pages a worker's request may have come from. */
  readonly session?: object;
  on(event: 'input-event' | 'before-input-event' | 'before-mouse-event', listener: (event: unknown, input: { type?: string }) => void): unknown;
  on(
    event: 'did-frame-navigate',
    listener: (event: unknown, url: string, httpResponseCode: number, httpStatusText: string, isMainFrame: boolean, frameProcessId: number, frameRoutingId: number) => void,
  ): unknown;
  on(
    event: 'did-fail-load',
    listener: (event: unknown, errorCode: number, errorDescription: string, validatedURL: string, isMainFrame: boolean, frameProcessId?: number, frameRoutingId?: number) => void,
  ): unknown;
  once(event: 'destroyed', listener: () => void): unknown;
}

export class UserActivation {
  private readonly last = new Map<number, number>();
  private readonly own = new Map<number, PageGesture>();
  /** Each watched page's session, while the page lives. */
  private readonly sessionOf = new Map<number, object>();
  /**
   * The site of each page's committed main-frame document, while it is the page's document: its registrable domain from
   * the Public Suffix List (registrableSite), so a shared host's tenants are sites of their own.
   */
  private readonly siteOfPage = new Map<number, string>();

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** Starts following a page's input (call for every webContents, e.g. from app 'web-contents-created'). */
  watch(contents: WatchedContents): void {
    const id = contents.id;
    if (contents.session) this.sessionOf.set(id, contents.session);
    const gesture = (_event: unknown, input: { type?: string }) => {
      if (input && typeof input.type === 'string' && GESTURES.has(input.type)) this.last.set(id, this.now());
    };
    contents.on('input-event', gesture);
    // The page's own document's gestures: `input-event` only (its main frame's widget), so never a key or a click in
    // another site's frame, and forgotten when a new document commits in the page's own main frame (not in-page, nor an
    // ad's fenced frame, which did-navigate tells too: page-frame.ts), so a click that followed a link is not the next
    // site's, and one on the page stays its own while an ad loads.
    contents.on('input-event', (_event: unknown, input: { type?: string }) => {
      if (!input || typeof input.type !== 'string' || !GESTURES.has(input.type)) return;
      const now = this.now();
      const before = this.own.get(id);
      const same = before !== undefined && now - before.at >= 0 && now - before.at <= ONE_GESTURE_MS;
      this.own.set(id, { at: now, began: same ? before.began : now });
    });
    onPageCommit(contents, (url) => {
      this.own.delete(id);
      const site = registrableSiteOfUrl(url);
      if (site === undefined) this.siteOfPage.delete(id);
      else this.siteOfPage.set(id, site);
    });
    // An error page commits with no did-frame-navigate (electron_api_web_contents.cc, DidFinishNavigation's else branch
    // emits did-fail-provisional-load and did-fail-load only): the previous document is gone all the same, so its site
    // and the click that followed the link are forgotten, and a click on the error page vouches for no site's worker.
    // An aborted navigation (ERR_ABORTED) commits nothing and leaves the document as it was.
    contents.on('did-fail-load', (_event, errorCode, _description, _url, isMainFrame, processId, routingId) => {
      if (errorCode === ERR_ABORTED || !isPageMainFrameFailure(contents, isMainFrame, processId, routingId)) return;
      this.own.delete(id);
      this.siteOfPage.delete(id);
    });
    // `input-event` watches the main frame's widget only (electron_api_web_contents.cc: the input observer is added to
    // the primary main frame's RenderWidgetHost), so a click or a key in another site's frame, which has its own
    // widget, never shows there. The delegate's `before-input-event` (keys) and `before-mouse-event` (mouse) see input
    // to any widget of the page (PreHandleKeyboardEvent, PreHandleMouseEvent), and never a script's own events.
    contents.on('before-input-event', gesture);
    contents.on('before-mouse-event', gesture);
    contents.once('destroyed', () => {
      this.last.delete(id);
      this.own.delete(id);
      this.sessionOf.delete(id);
      this.siteOfPage.delete(id);
    });
  }

  /**
   * The person's last gesture in the page's main frame since its document committed, or undefined (what a link to
   * another app needs: the page shown asked for it, not a frame in it, nor the page before).
   */
  pageGesture(webContentsId: number | undefined): PageGesture | undefined {
    return webContentsId === undefined ? undefined : this.own.get(webContentsId);
  }

  /** When the page last had a gesture in any of its frames (the post guard's), or undefined when never (or unknown). */
  lastGestureAt(webContentsId: number | undefined): number | undefined {
    return webContentsId === undefined ? undefined : this.last.get(webContentsId);
  }

  /**
   * The person's most recent gesture in a live page of a session whose committed main-frame document is on `site`, in
   * that document's own main frame (pageGesture: not in another site's frame in it, nor before the document
   * committed), or undefined.
   */
  lastGestureAmongPagesOf(session: object, site: string): number | undefined {
    let latest: number | undefined;
    for (const [id, s] of this.sessionOf) {
      if (s !== session || this.siteOfPage.get(id) !== site) continue;
      const at = this.own.get(id)?.at;
      if (at !== undefined && (latest === undefined || at > latest)) latest = at;
    }
    return latest;
  }

  /**
   * What the post guard's hook on one session asks (post-guard-hook.ts): a page's own gestures, and for a request
   * with no page (a worker's) the person's most recent gesture in a page of that session on the worker's own site.
   */
  forSession(session: object): SessionActivation {
    return {
      lastGestureAt: (webContentsId) => this.lastGestureAt(webContentsId),
      lastGestureInSession: (initiatorOrigin) => {
        const site = initiatorOrigin === undefined ? undefined : registrableSiteOfUrl(initiatorOrigin);
        return site === undefined ? undefined : this.lastGestureAmongPagesOf(session, site);
      },
    };
  }
}

/** When the person last clicked or pressed a key in a page, or in any page of the hook's session. */
export interface SessionActivation {
  lastGestureAt(webContentsId: number | undefined): number | undefined;
  /**
   * For a request that has no page (a worker's): the most recent gesture in a page of the session whose committed
   * main-frame document is on the site of `initiatorOrigin` (the worker's own origin), or undefined (none, or no origin).
   */
  lastGestureInSession?(initiatorOrigin: string | undefined): number | undefined;
}
