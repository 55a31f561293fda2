/**
 * The event plumbing every double shares. Electron's objects are Node
 * EventEmitters (electron.d.ts: `class BaseWindow extends NodeEventEmitter`,
 * `class WebContents extends NodeEventEmitter`, ...), so the doubles are too.
 */
import { EventEmitter } from 'node:events';

/**
 * An `Electron.Event`: listeners may call `preventDefault()` and the emitter
 * reads `defaultPrevented` afterwards (docs/api/structures/event.md).
 */
export class FakeEvent<Extra extends object = object> {
  defaultPrevented = false;
  constructor(extra?: Extra) {
    if (extra) Object.assign(this, extra);
  }
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

/** The signature every double's `on`/`once`/`off` uses; the glue declares the event names it listens to. */
export type AnyListener = (...args: never[]) => unknown;

/** EventEmitter with Electron's fluent `on`/`once`/`off` returning the emitter. */
export class Emitter extends EventEmitter {
  override on(event: string, listener: AnyListener): this {
    return super.on(event, listener as (...args: unknown[]) => void);
  }
  override once(event: string, listener: AnyListener): this {
    return super.once(event, listener as (...args: unknown[]) => void);
  }
  override off(event: string, listener: AnyListener): this {
    return super.off(event, listener as (...args: unknown[]) => void);
  }
  override removeListener(event: string, listener: AnyListener): this {
    return super.removeListener(event, listener as (...args: unknown[]) => void);
  }
  override addListener(event: string, listener: AnyListener): this {
    return super.addListener(event, listener as (...args: unknown[]) => void);
  }
  /** Emits a preventable event and says whether a listener prevented it. */
  emitPreventable<Extra extends object>(name: string, extra?: Extra, ...args: unknown[]): FakeEvent<Extra> {
    const event = new FakeEvent<Extra>(extra);
    this.emit(name, event, ...args);
    return event;
  }
}

/** What an authentication challenge ends with: the credentials given, or 'cancelled'. */
export type LoginAnswer = { username: string; password: string } | 'cancelled';

/**
 * An authentication challenge as Electron runs it (shell/browser/login_handler.cc, EmitEvent): `emit` sends the
 * 'login' event with a callback; unless a listener prevents the default, Electron cancels it; a callback without a
 * user name cancels too; only the first answer counts.
 */
export function loginChallenge(emit: (event: FakeEvent, callback: (username?: string, password?: string) => void) => void): Promise<LoginAnswer> {
  return new Promise((resolve) => {
    let answered = false;
    const callback = (username?: string, password?: string) => {
      if (answered) return;
      answered = true;
      resolve(username === undefined ? 'cancelled' : { username, password: password ?? '' });
    };
    const event = new FakeEvent();
    emit(event, callback);
    if (!event.defaultPrevented) callback();
  });
}
