/**
 * Doubles of `Electron.View` (a window's contentView) and `Electron.WebContentsView`.
 *
 * - Children paint in list order, the last on top; `addChildView` appends, and
 *   adding a child again moves it to the top (docs/api/view.md:50-57).
 * - `bounds-changed` is emitted whenever a view's bounds change as it is laid out
 *   (docs/api/view.md:41-44); a window's contentView follows the window's content
 *   area, which the OS can change without a `resize` on the window (snap, tiling,
 *   a late maximise, a move to a display of another scale).
 * - A hidden view (`setVisible(false)`) paints nothing and takes no clicks (docs/api/view.md:127-135), and the page of
 *   a WebContentsView in it is hidden (document.visibilityState, spec/api-web-contents-view-spec.ts "tracks
 *   visibility independently when a child WebContentsView is hidden via setVisible"): its page is told, as it is when
 *   the view joins or leaves a window (web-contents.ts, `visibilityChanged`).
 * - A WebContentsView's webContents is its own: destroying or closing the window
 *   that shows the view does not destroy it (docs/api/base-window.md:67-90).
 */
import type { Rectangle, WebContentsViewConstructorOptions, WebPreferences } from 'electron';
import { Emitter } from './events';
import type { FakeWebContents } from './web-contents';
import type { ElectronWorld } from './world';

export type ViewKeys = 'setBounds' | 'getBounds' | 'setVisible' | 'getVisible' | 'setBackgroundColor';

const sameRect = (a: Rectangle, b: Rectangle) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

export class FakeView extends Emitter implements Pick<Electron.View, ViewKeys> {
  readonly children: FakeView[] = [];
  parent: FakeView | null = null;
  backgroundColor: string | null = null;
  private bounds: Rectangle = { x: 0, y: 0, width: 0, height: 0 };
  private visible = true;

  addChildView(view: FakeView, index?: number): void {
    const at = this.children.indexOf(view);
    if (at !== -1) this.children.splice(at, 1);
    view.parent?.removeChildView(view);
    if (index === undefined || index >= this.children.length) this.children.push(view);
    else this.children.splice(Math.max(0, index), 0, view);
    view.parent = this;
    view.attached();
    (this.world ?? view.world)?.visibilityChanged();
  }
  removeChildView(view: FakeView): void {
    const at = this.children.indexOf(view);
    if (at === -1) return;
    this.children.splice(at, 1);
    view.parent = null;
    this.world?.visibilityChanged();
  }
  /** The world whose pages are told when this view is shown or hidden (null for a plain View the test made alone). */
  world: ElectronWorld | null = null;
  /** Whether this view and every view above it are visible, in the window `windowId`. */
  shownInWindow(windowId: number): boolean {
    return this.visible && (this.parent ? this.parent.shownInWindow(windowId) : this.windowId() === windowId);
  }
  setBounds(bounds: Rectangle): void {
    const changed = !sameRect(bounds, this.bounds);
    this.bounds = { ...bounds };
    if (changed) this.emit('bounds-changed');
  }
  getBounds(): Rectangle {
    return { ...this.bounds };
  }
  setVisible(visible: boolean): void {
    this.visible = visible;
    this.world?.visibilityChanged();
  }
  getVisible(): boolean {
    return this.visible;
  }
  setBackgroundColor(color: string): void {
    this.backgroundColor = color;
  }
  /** The window this view is shown in, through its ancestors. */
  windowId(): number | null {
    return this.parent?.windowId() ?? null;
  }
  protected attached(): void {}
}

/** A window's contentView: knows its window so descendants can find it. */
export class FakeContentView extends FakeView {
  constructor(private readonly ownerId: number) {
    super();
  }
  override windowId(): number {
    return this.ownerId;
  }
}

export class FakeWebContentsView extends FakeView implements Pick<Electron.WebContentsView, ViewKeys> {
  private readonly page: FakeWebContents;
  readonly webPreferences: WebPreferences;

  constructor(world: ElectronWorld, options: WebContentsViewConstructorOptions = {}) {
    super();
    this.world = world;
    this.webPreferences = { ...(options.webPreferences ?? {}) };
    const given = options.webContents as unknown as FakeWebContents | undefined;
    this.page = given ?? world.newContents(this.webPreferences.partition ?? '', 'browserView');
    // A page given to a view takes the view's preferences, its own cleared first (electron_api_web_contents_view.cc,
    // the constructor: SetFromDictionary; web_contents_preferences.cc: Clear()).
    this.page.webPreferences = this.webPreferences;
    // A new page starts with `openerSandboxFlags` (electron_api_web_contents.cc:933-1005, the constructor's
    // `params.starting_sandbox_flags`); a page given to the view keeps its own (Chromium's, never cleared).
    const flags = (this.webPreferences as { openerSandboxFlags?: unknown }).openerSandboxFlags;
    if (!given && typeof flags === 'number') this.page.sandboxFlags = flags;
    this.page.shownBy = this;
  }

  /**
   * The view's page, and nothing once that page is destroyed (its own window.close(), webContents.close(), its
   * opener gone): the view keeps only a weak pointer to it, cleared on WebContentsDestroyed, and the getter then
   * returns an empty handle (shell/browser/api/electron_api_web_contents_view.cc, GetWebContents and
   * WebContentsDestroyed). electron.d.ts does not say so.
   */
  get webContents(): FakeWebContents {
    return (this.page.isDestroyed() ? undefined : this.page) as FakeWebContents;
  }

  protected override attached(): void {
    this.page.ownerWindowId = this.windowId();
  }
}
