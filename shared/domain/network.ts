import { z } from 'zod';

/**
 * Per-identity network: how an identity's pages and API posts leave this
 * computer, and the browser traits its sites see. Pure: main turns it into
 * `session.setProxy`, `setUserAgent`, WebRTC policy and Node dispatchers.
 *
 * Credentials are never part of these settings: only `auth: true` says that
 * the OS keychain holds a user name and password for this identity's proxy.
 */
export const NETWORK_MODES = ['system', 'direct', 'http', 'https', 'socks5', 'pac'] as const;
export type NetworkMode = (typeof NETWORK_MODES)[number];
export type ProxyMode = Extract<NetworkMode, 'http' | 'https' | 'socks5'>;

export const isProxyMode = (mode: NetworkMode): mode is ProxyMode => mode === 'http' || mode === 'https' || mode === 'socks5';

export interface NetworkSettings {
  mode: NetworkMode;
  /** Proxy host name or IP literal (IPv6 without brackets), for http, https and socks5. */
  host?: string;
  port?: number;
  /** The keychain holds a user name and password for this proxy. */
  auth?: boolean;
  /** The PAC file's address, for mode 'pac'. */
  pacUrl?: string;
  /** Where "Test" asks which address the identity leaves from; '' = not set (nothing is contacted). */
  ipEchoUrl?: string;
  /** '' = the real Chromium user agent without "Electron" or "Hatstand". */
  userAgent?: string;
  /** Ordered language tags for Accept-Language, e.g. ['en-GB', 'en']. Empty = Chromium's default. */
  acceptLanguages?: string[];
  /** Spellchecker languages (Windows and Linux; macOS uses the system's). Empty = Electron's default. */
  spellcheckLanguages?: string[];
}

export const DEFAULT_NETWORK: NetworkSettings = { mode: 'system' };

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const HOST_NAME = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const IPV6 = /^[0-9A-Fa-f:.]{2,45}$/;

/** A host that can go into a Chromium proxy rule as it is: no commas, semicolons, schemes or spaces to smuggle in `direct://`. */
export function isProxyHost(host: string): boolean {
  return HOST_NAME.test(host) || IPV4.test(host) || (host.includes(':') && IPV6.test(host));
}

const languageList = z
  .array(z.string().trim().regex(LANGUAGE_TAG, 'Write languages as tags such as en-GB, fr or de-CH.'))
  .max(10, 'Keep it to ten languages or fewer.');

const webAddress = (what: string) =>
  z
    .string()
    .trim()
    .max(2000)
    .refine((u) => {
      try {
        const url = new URL(u);
        return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password;
      } catch {
        return false;
      }
    }, `The ${what} must be a full http:// or https:// address without a user name or password.`);

/** What the settings page sends. The password travels once, into the keychain, and never comes back. */
export const NetworkInputSchema = z
  .object({
    mode: z.enum(NETWORK_MODES),
    host: z.string().trim().max(253).optional(),
    port: z.number().int().min(1, 'A port is a number from 1 to 65535.').max(65535, 'A port is a number from 1 to 65535.').optional(),
    /** Credentials: `keep` leaves the keychain entry as it is, `clear` removes it, `set` replaces it. */
    credentials: z
      .discriminatedUnion('action', [
        z.object({ action: z.literal('keep') }).strict(),
        z.object({ action: z.literal('clear') }).strict(),
        z
          .object({
            action: z.literal('set'),
            username: z.string().min(1, 'Enter the proxy user name.').max(200),
            password: z.string().min(1, 'Enter the proxy password.').max(500),
          })
          .strict(),
      ])
      .default({ action: 'keep' }),
    pacUrl: z.union([z.literal(''), webAddress('PAC file address')]).optional(),
    ipEchoUrl: z.union([z.literal(''), webAddress('address-check URL')]).optional(),
    userAgent: z
      .string()
      .trim()
      .max(400, 'A user agent longer than 400 characters is not one a site would believe.')
      .refine((ua) => !/[\r\n]/.test(ua), 'A user agent is one line.')
      .optional(),
    acceptLanguages: languageList.optional(),
    spellcheckLanguages: languageList.optional(),
  })
  .strict();
export type NetworkInput = z.input<typeof NetworkInputSchema>;

/**
 * Checks what the person entered as a whole; returns the settings to store
 * (without secrets) or one sentence saying what to fix.
 */
export function validateNetwork(
  input: z.output<typeof NetworkInputSchema>,
  hadCredentials: boolean,
): { ok: true; settings: NetworkSettings } | { ok: false; message: string } {
  const base: NetworkSettings = { mode: input.mode };
  if (input.ipEchoUrl) base.ipEchoUrl = input.ipEchoUrl;
  if (input.userAgent) base.userAgent = input.userAgent;
  if (input.acceptLanguages?.length) base.acceptLanguages = input.acceptLanguages;
  if (input.spellcheckLanguages?.length) base.spellcheckLanguages = input.spellcheckLanguages;
  if (input.mode === 'pac') {
    if (!input.pacUrl) return { ok: false, message: 'Enter the address of the PAC file, for example http://127.0.0.1:8000/proxy.pac.' };
    return { ok: true, settings: { ...base, pacUrl: input.pacUrl } };
  }
  if (!isProxyMode(input.mode)) return { ok: true, settings: base };
  const host = (input.host ?? '').replace(/^\[|\]$/g, '');
  if (!host) return { ok: false, message: 'Enter the proxy address, for example 127.0.0.1 or proxy.example.net.' };
  if (!isProxyHost(host)) {
    // (Not repeated when it holds a user name or password pasted with it, "user:pass@proxy": the message is shown.)
    const shown = host.includes('@') ? 'That' : `"${host.slice(0, 80)}"`;
    return { ok: false, message: `${shown} is not a host name or IP address; enter only the address, without http://, a port or a user name (those have their own fields).` };
  }
  if (input.port === undefined) return { ok: false, message: 'Enter the proxy port, a number from 1 to 65535.' };
  const auth = input.credentials.action === 'set' || (input.credentials.action === 'keep' && hadCredentials);
  if (auth && input.mode === 'socks5') {
    // Chromium has no SOCKS5 user/password authentication (crbug.com/256785, won't fix): the pages could not use it.
    return {
      ok: false,
      message: 'Chromium, which shows the sites, cannot sign in to a SOCKS5 proxy; use a SOCKS5 proxy without a password or an HTTP(S) proxy with one.',
    };
  }
  // (Kept as Chromium writes it, so its proxy answers and login challenges name the same host: "Proxy.Corp.example"
  // and a long IPv6 form are compared as written otherwise.)
  return { ok: true, settings: { ...base, host: canonicalHost(host), port: input.port, ...(auth ? { auth: true } : {}) } };
}

/** `http://127.0.0.1:8080`, `socks5://[::1]:1080`: how the chrome names a proxy. Never carries credentials. */
export function proxyAddress(settings: NetworkSettings): string | null {
  if (!isProxyMode(settings.mode) || !settings.host || !settings.port) return null;
  const host = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
  return `${settings.mode}://${host}:${settings.port}`;
}

/** The proxy as a person reads it in an error: "127.0.0.1:8080", or the PAC file's address. */
export function proxyLabel(settings: NetworkSettings): string {
  if (settings.mode === 'pac') return settings.pacUrl ?? 'its PAC file';
  const address = proxyAddress(settings);
  return address ? address.replace(/^[a-z0-9]+:\/\//, '') : 'its proxy';
}

export interface ElectronProxyConfig {
  mode: 'direct' | 'system' | 'fixed_servers' | 'pac_script';
  proxyRules?: string;
  proxyBypassRules?: string;
  pacScript?: string;
}

/**
 * The argument for `session.setProxy` (docs/api/structures/proxy-config.md).
 * - A proxy rule names exactly one proxy and no `direct://`: Chromium falls
 *   back to a direct connection only when the rule list says so
 *   ("foopy:80,bar,direct://"), so with one proxy a dead proxy is an error.
 * - `<-loopback>` removes Chromium's implicit bypass rules (localhost,
 *   127.0.0.1/8, [::1], link-local: chromium net/docs/proxy.md), so no
 *   bypass list lets any site traffic go direct.
 * - A PAC file is applied with pac_mandatory = true by Electron
 *   (shell/browser/api/electron_api_session.cc, createProxyConfig): when it
 *   cannot be fetched or run, requests fail instead of going direct. What the
 *   script itself answers (it may say DIRECT) is the script author's choice.
 */
export function electronProxyConfig(settings: NetworkSettings): ElectronProxyConfig {
  if (settings.mode === 'direct') return { mode: 'direct' };
  if (settings.mode === 'system') return { mode: 'system' };
  if (settings.mode === 'pac') return { mode: 'pac_script', pacScript: settings.pacUrl ?? '' };
  const address = proxyAddress(settings);
  if (!address) throw new Error('A proxy needs a host and a port.');
  return { mode: 'fixed_servers', proxyRules: address, proxyBypassRules: NO_BYPASS };
}

export const NO_BYPASS = '<-loopback>';

export type WebRtcPolicy = 'disable_non_proxied_udp' | 'default_public_interface_only';

/**
 * WebRTC must never show an address the identity's pages do not already show: never a local one, and the real public
 * one only where the pages go out from it anyway. `default_public_interface_only` shows the public address (STUN over
 * UDP does not follow an HTTP or SOCKS proxy); only `disable_non_proxied_udp` keeps WebRTC to the proxy (TCP unless the
 * proxy carries UDP). docs/api/web-contents.md, setWebRTCIPHandlingPolicy.
 * - a proxy or a PAC file: `disable_non_proxied_udp`;
 * - direct: `default_public_interface_only` (the pages show that address already);
 * - the system's settings: what the session's resolver answers for them (`systemProxy`, `resolveProxy`'s PAC-form
 *   answer): `default_public_interface_only` only when it is DIRECT; a proxy, a failed lookup ('') or an answer not yet
 *   known keep `disable_non_proxied_udp`, so calls never show the address an OS proxy hides.
 */
export function webRtcPolicy(settings: NetworkSettings, systemProxy?: string): WebRtcPolicy {
  if (settings.mode === 'direct') return 'default_public_interface_only';
  if (settings.mode === 'system' && systemProxy?.trim().toUpperCase() === 'DIRECT') return 'default_public_interface_only';
  return 'disable_non_proxied_udp';
}

/** The real Chromium user agent without the tokens that name Electron or Hatstand. */
export function plainChromeUserAgent(userAgent: string): string {
  return userAgent
    .replace(/\s?Electron\/\S+/g, '')
    .replace(/\s?hatstand\/\S+/gi, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

export function userAgentFor(settings: NetworkSettings, sessionDefault: string): string {
  return settings.userAgent?.trim() || plainChromeUserAgent(sessionDefault);
}

/** "en-GB,en;q=0.9,fr;q=0.8" is what Chromium sends; Electron takes the plain ordered list. */
export function acceptLanguagesHeader(settings: NetworkSettings): string | undefined {
  return settings.acceptLanguages?.length ? settings.acceptLanguages.join(',') : undefined;
}

/** What Hatstand cannot make differ between identities; said plainly in settings. */
export const NOT_SEPARATED: readonly string[] = [
  'screen size and pixel density',
  'installed fonts',
  'graphics card (WebGL and canvas rendering)',
  'CPU core count and memory size',
  'time zone and operating system',
  'audio stack fingerprint',
];

// ----- Failures, in one sentence each -----

/** Chromium net errors that mean "the proxy did not carry the request" (net/base/net_error_list.h). */
export const PROXY_NET_ERRORS: ReadonlySet<string> = new Set([
  'ERR_PROXY_CONNECTION_FAILED',
  'ERR_TUNNEL_CONNECTION_FAILED',
  'ERR_SOCKS_CONNECTION_FAILED',
  'ERR_SOCKS_CONNECTION_HOST_UNREACHABLE',
  'ERR_PROXY_AUTH_UNSUPPORTED',
  'ERR_PROXY_AUTH_REQUESTED',
  'ERR_PROXY_CERTIFICATE_INVALID',
  'ERR_MANDATORY_PROXY_CONFIGURATION_FAILED',
  'ERR_PAC_SCRIPT_FAILED',
  'ERR_PAC_NOT_IN_DHCP',
  'ERR_NO_SUPPORTED_PROXIES',
  'ERR_PROXY_HTTP_1_1_REQUIRED',
]);

export type ProxyFailure = 'unreachable' | 'refused' | 'auth' | 'pac';

export function proxyFailureOf(netError: string): ProxyFailure | null {
  const name = netError.replace(/^net::/, '');
  if (!PROXY_NET_ERRORS.has(name)) return null;
  if (name === 'ERR_PROXY_AUTH_REQUESTED' || name === 'ERR_PROXY_AUTH_UNSUPPORTED') return 'auth';
  if (name.startsWith('ERR_PAC') || name === 'ERR_MANDATORY_PROXY_CONFIGURATION_FAILED') return 'pac';
  if (name === 'ERR_PROXY_CONNECTION_FAILED') return 'unreachable';
  return 'refused';
}

/** "Professional's proxy at 127.0.0.1:8080 does not answer: nothing was sent." */
export function proxyFailureMessage(identityName: string, settings: NetworkSettings, failure: ProxyFailure): string {
  const at = proxyLabel(settings);
  const sentence =
    failure === 'unreachable'
      ? `${identityName}'s proxy at ${at} does not answer: nothing was sent.`
      : failure === 'auth'
        ? `${identityName}'s proxy at ${at} did not accept the user name and password: nothing was sent. Check them in Settings → Network.`
        : failure === 'pac'
          ? `${identityName}'s PAC file at ${at} could not be loaded or run: nothing was sent.`
          : `${identityName}'s proxy at ${at} refused the connection: nothing was sent.`;
  return sentence.slice(0, 300);
}

/** What "Test" shows. */
export interface NetworkTestResult {
  /** The address the echo service saw, as it wrote it. */
  address: string;
  /** How the test left: "through http://127.0.0.1:8080" or "directly". */
  via: string;
  echoUrl: string;
}

/**
 * A host name or address as Chromium writes it (its proxy answers, its login challenges): lower case, an IPv6 address
 * compressed and without brackets (the WHATWG URL host parser, as Chromium's GURL canonicalises it).
 */
export function canonicalHost(host: string): string {
  const bare = host.replace(/^\[|\]$/g, '');
  try {
    return new URL(`http://${bare.includes(':') ? `[${bare}]` : bare}/`).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return bare.toLowerCase();
  }
}

/**
 * Whether these settings name this proxy (a login's `authInfo`: Chromium gives its host canonical, lower case and IPv6
 * compressed, net_converter.cc; settings keep it as typed, so both are compared canonical).
 */
export function namesProxy(settings: NetworkSettings, proxy: { host: string; port: number }): boolean {
  return isProxyMode(settings.mode) && canonicalHost(proxy.host) === canonicalHost(settings.host ?? '') && proxy.port === settings.port;
}

/**
 * Whether a `session.resolveProxy()` answer ("PROXY a:8080; SOCKS5 [::1]:1080; DIRECT", Chromium's PAC string) sends
 * requests through this proxy.
 */
export function pacStringUses(answer: string, proxy: { host: string; port: number }): boolean {
  return answer.split(';').some((entry) => {
    const server = /^\s*[A-Z0-9]+\s+(\S+)\s*$/i.exec(entry)?.[1];
    if (!server) return false;
    const at = server.lastIndexOf(':');
    const host = at > 0 ? server.slice(0, at) : server;
    return canonicalHost(host) === canonicalHost(proxy.host) && Number(server.slice(at + 1)) === proxy.port;
  });
}

/**
 * What Chromium's `session.resolveProxy(url)` answers once a fixed proxy is
 * in force, or null when it cannot be known beforehand (system, PAC).
 * Electron answers `proxy_info->ToPacString()` (shell/browser/net/
 * resolve_proxy_helper.cc:86); Chromium writes each server as "PROXY h:p",
 * "HTTPS h:p" or "SOCKS5 h:p", IPv6 hosts in brackets
 * (net/base/proxy_string_util.cc, ProxyServerToPacResultElement).
 */
export function expectedProxyAnswer(settings: NetworkSettings): string | null {
  if (settings.mode === 'direct') return 'DIRECT';
  if (!isProxyMode(settings.mode) || !settings.host || !settings.port) return null;
  const canonical = canonicalHost(settings.host);
  const host = canonical.includes(':') ? `[${canonical}]` : canonical;
  const keyword = settings.mode === 'http' ? 'PROXY' : settings.mode === 'https' ? 'HTTPS' : 'SOCKS5';
  return `${keyword} ${host}:${settings.port}`;
}
