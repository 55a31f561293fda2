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

/** The events of a WebContents this listens to (a real WebContents satisfies it; so do the shared test doubles). */
export interface WatchedContents {
  readonly id: number;
  on(event: 'input-event' | 'before-input-event' | 'before-mouse-event', listener: (event: unknown, input: { type?: string }) => void): unknown;
  once(event: 'destroyed', listener: () => void): unknown;
}

export class UserActivation {
  private readonly last = new Map<number, number>();

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** Starts following a page's input (call for every webContents, e.g. from app 'web-contents-created'). */
  watch(contents: WatchedContents): void {
    const id = contents.id;
    const gesture = (_event: unknown, input: { type?: string }) => {
      if (input && typeof input.type === 'string' && GESTURES.has(input.type)) this.last.set(id, this.now());
    };
    contents.on('input-event', gesture);
    // `input-event` watches the main frame's widget only (electron_api_web_contents.cc: the input observer is added to
    // the primary main frame's RenderWidgetHost), so a click or a key in another site's frame, which has its own
    // widget, never shows there. The delegate's `before-input-event` (keys) and `before-mouse-event` (mouse) see input
    // to any widget of the page (PreHandleKeyboardEvent, PreHandleMouseEvent), and never a script's own events.
    contents.on('before-input-event', gesture);
    contents.on('before-mouse-event', gesture);
    contents.once('destroyed', () => this.last.delete(id));
  }

  /** When the page last had a gesture, or undefined when never (or unknown). */
  lastGestureAt(webContentsId: number | undefined): number | undefined {
    return webContentsId === undefined ? undefined : this.last.get(webContentsId);
  }
}
