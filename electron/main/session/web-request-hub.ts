/**
 * One dispatcher per webRequest event per session.
 *
 * Electron keeps one listener per event and session: "Only the last attached
 * listener will be used" (docs/api/web-request.md; electron_api_web_request.cc
 * SetListener replaces `(*listeners)[event]`). Two modules that each call
 * `session.webRequest.onCompleted(...)` therefore silently disconnect each
 * other. Every module that needs a webRequest event on an identity session
 * goes through this hub instead:
 * - observer events (`onCompleted`, `onErrorOccurred`, `onBeforeRedirect`,
 *   `onResponseStarted`, `onSendHeaders`) fan out to every subscriber; the
 *   Electron listener is installed once and removed with the last subscriber;
 * - `onBeforeRequest` answers a callback, so it has exactly one owner; a
 *   second owner is an error to fix (compose the needs into one listener),
 *   never a silent replacement.
 */
import type {
  CallbackResponse,
  OnBeforeRedirectListenerDetails,
  OnBeforeRequestListenerDetails,
  OnCompletedListenerDetails,
  OnErrorOccurredListenerDetails,
  OnResponseStartedListenerDetails,
  OnSendHeadersListenerDetails,
  WebRequest,
  WebRequestFilter,
} from 'electron';

type ObserverDetails = {
  onCompleted: OnCompletedListenerDetails;
  onErrorOccurred: OnErrorOccurredListenerDetails;
  onBeforeRedirect: OnBeforeRedirectListenerDetails;
  onResponseStarted: OnResponseStartedListenerDetails;
  onSendHeaders: OnSendHeadersListenerDetails;
};
export type ObserverEvent = keyof ObserverDetails;

export type BeforeRequestListener = (details: OnBeforeRequestListenerDetails, callback: (response: CallbackResponse) => void) => void;

/** The webRequest events the hub can dispatch; a session's webRequest satisfies it. */
export type HubWebRequest = Pick<WebRequest, 'onBeforeRequest' | ObserverEvent>;

export class WebRequestHub {
  private beforeRequestOwner: string | null = null;
  private readonly subscribers = new Map<ObserverEvent, Set<(details: never) => void>>();

  constructor(private readonly webRequest: Partial<HubWebRequest> & Pick<WebRequest, 'onBeforeRequest'>) {}

  /** Installs the one onBeforeRequest listener; `owner` names who holds it. Returns its removal. */
  ownBeforeRequest(owner: string, listener: BeforeRequestListener, filter?: WebRequestFilter): () => void {
    if (this.beforeRequestOwner !== null && this.beforeRequestOwner !== owner) {
      throw new Error(`onBeforeRequest on this session already belongs to ${this.beforeRequestOwner}; ${owner} must be composed into it.`);
    }
    this.beforeRequestOwner = owner;
    if (filter) this.webRequest.onBeforeRequest(filter, listener);
    else this.webRequest.onBeforeRequest(listener);
    return () => {
      if (this.beforeRequestOwner !== owner) return;
      this.beforeRequestOwner = null;
      if (filter) this.webRequest.onBeforeRequest(filter, null);
      else this.webRequest.onBeforeRequest(null);
    };
  }

  /** Subscribes to an observer event; every subscriber is called. Returns the unsubscription. */
  on<E extends ObserverEvent>(event: E, handler: (details: ObserverDetails[E]) => void): () => void {
    const install = this.webRequest[event] as ((listener: ((details: ObserverDetails[E]) => void) | null) => void) | undefined;
    if (!install) throw new Error(`This session's webRequest has no ${event}.`);
    let set = this.subscribers.get(event);
    if (!set) {
      set = new Set();
      this.subscribers.set(event, set);
      const subscribers = set;
      install.call(this.webRequest, (details: ObserverDetails[E]) => {
        for (const fn of [...subscribers]) {
          try {
            (fn as (d: ObserverDetails[E]) => void)(details);
          } catch (error) {
            // One subscriber's bug must not keep the others from hearing the event.
            console.error(`[webRequest] a ${event} subscriber failed:`, error instanceof Error ? error.message : error);
          }
        }
      });
    }
    set.add(handler as (details: never) => void);
    return () => {
      const current = this.subscribers.get(event);
      if (!current) return;
      current.delete(handler as (details: never) => void);
      if (current.size === 0) {
        this.subscribers.delete(event);
        install.call(this.webRequest, null);
      }
    };
  }
}

const hubs = new WeakMap<object, WebRequestHub>();

/** The session's one hub (created on first use), keyed by its webRequest object. */
export function webRequestHub(webRequest: Partial<HubWebRequest> & Pick<WebRequest, 'onBeforeRequest'>): WebRequestHub {
  let hub = hubs.get(webRequest);
  if (!hub) {
    hub = new WebRequestHub(webRequest);
    hubs.set(webRequest, hub);
  }
  return hub;
}
