/**
 * A double of `Electron.Protocol` (one per session) and of the module-level
 * `protocol` object.
 *
 * - A handler belongs to one session: `protocol.handle` is the default
 *   session's (lib/browser/api/protocol.ts:196-198, `handle: (...args) =>
 *   session.defaultSession.protocol.handle(...args)`); a page in another
 *   session (an identity partition) requesting the scheme gets nothing from it
 *   (docs/api/protocol.md, "Using protocol with a custom partition or
 *   session"), and a scheme nobody handles fails with
 *   net::ERR_UNKNOWN_URL_SCHEME (spec/api-protocol-spec.ts:1477).
 * - `handle` throws "Failed to register protocol: <scheme>" when the scheme is
 *   already handled; `unhandle` throws when it is not
 *   (lib/browser/api/protocol.ts:161, :167).
 * - The handler receives a WHATWG `Request` built from the page's request and
 *   answers a `Response`; a handler that throws or answers something else makes
 *   the request fail (ERR_UNEXPECTED, lib/browser/api/protocol.ts:143-158).
 * - `protocol.registerSchemesAsPrivileged` throws once the app is ready
 *   (shell/browser/api/electron_api_protocol.cc:363-369), and each call replaces
 *   the previous list (electron#6802).
 */
import type { CustomScheme, Protocol } from 'electron';

type Handler = (request: Request) => Response | Promise<Response>;

export class FakeProtocol implements Pick<Protocol, 'handle' | 'unhandle' | 'isProtocolHandled'> {
  private readonly handlers = new Map<string, Handler>();

  handle(scheme: string, handler: Handler): void {
    if (this.handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    this.handlers.set(scheme, handler);
  }
  unhandle(scheme: string): void {
    if (!this.handlers.delete(scheme)) throw new Error(`Failed to unhandle protocol: ${scheme}`);
  }
  isProtocolHandled(scheme: string): boolean {
    return this.handlers.has(scheme);
  }

  /**
   * Test control: a page of this session requests `url`. Resolves with the
   * handler's Response, or rejects with the network error the page would see.
   */
  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const scheme = new URL(url).protocol.slice(0, -1);
    const handler = this.handlers.get(scheme);
    if (!handler) throw new Error('net::ERR_UNKNOWN_URL_SCHEME');
    let response: unknown;
    try {
      response = await handler(new Request(url, init));
    } catch {
      throw new Error('net::ERR_UNEXPECTED');
    }
    if (!(response instanceof Response)) throw new Error('net::ERR_UNEXPECTED');
    return response;
  }
}

/** The module-level `protocol`: registerSchemesAsPrivileged plus the default session's handlers. */
export class FakeProtocolModule {
  privileged: CustomScheme[] = [];
  constructor(
    private readonly isReady: () => boolean,
    private readonly defaultProtocol: () => FakeProtocol,
  ) {}
  registerSchemesAsPrivileged(customSchemes: CustomScheme[]): void {
    if (this.isReady()) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    this.privileged = [...customSchemes];
  }
  handle(scheme: string, handler: Handler): void {
    this.defaultProtocol().handle(scheme, handler);
  }
  isProtocolHandled(scheme: string): boolean {
    return this.defaultProtocol().isProtocolHandled(scheme);
  }
}
