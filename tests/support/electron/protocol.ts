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
 * - A scheme registered as standard has its URLs canonicalised as http's before the handler sees them
 *   (electron_api_protocol.cc registers it url::SCHEME_WITH_HOST): the host lower-cased, `\` read as `/`, `.`
 *   and `..` segments (`%2e` too) resolved, an empty path given as `/`.
 * - `protocol.registerSchemesAsPrivileged` throws once the app is ready
 *   (shell/browser/api/electron_api_protocol.cc:363-369), and each call replaces
 *   the previous list (electron#6802).
 */
import type { CustomScheme, Protocol } from 'electron';

type Handler = (request: Request) => Response | Promise<Response>;

export class FakeProtocol implements Pick<Protocol, 'handle' | 'unhandle' | 'isProtocolHandled'> {
  private readonly handlers = new Map<string, Handler>();

  constructor(private readonly isStandard: (scheme: string) => boolean = () => false) {}

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
    // (WHATWG's parsing of an http URL is Chromium's canonicalisation of a standard one.)
    const seen = this.isStandard(scheme) ? new URL(`http:${url.slice(scheme.length + 1)}`).href.replace(/^http:/, `${scheme}:`) : url;
    let response: unknown;
    try {
      response = await handler(new Request(seen, init));
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
    /** The world's standard schemes, which every session's protocol reads. */
    private readonly standard: Set<string> = new Set(),
  ) {}
  registerSchemesAsPrivileged(customSchemes: CustomScheme[]): void {
    if (this.isReady()) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    this.privileged = [...customSchemes];
    this.standard.clear();
    for (const s of customSchemes) if (s.privileges?.standard) this.standard.add(s.scheme);
  }
  handle(scheme: string, handler: Handler): void {
    this.defaultProtocol().handle(scheme, handler);
  }
  isProtocolHandled(scheme: string): boolean {
    return this.defaultProtocol().isProtocolHandled(scheme);
  }
}
