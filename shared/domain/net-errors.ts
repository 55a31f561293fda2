/**
 * Chromium's network error codes ("net::ERR_CONNECTION_RESET", as webRequest's onErrorOccurred gives them) in words a
 * person reads in a notice. The list is the failures a post or a page meets in practice (Chromium's
 * net/base/net_error_list.h); any other is "a network error", never the code itself.
 */
const WORDS: Readonly<Record<string, string>> = {
  ERR_CONNECTION_RESET: 'the connection was cut',
  ERR_CONNECTION_CLOSED: 'the connection was closed',
  ERR_CONNECTION_ABORTED: 'the connection was cut',
  ERR_CONNECTION_REFUSED: 'the site refused the connection',
  ERR_CONNECTION_FAILED: 'the connection failed',
  ERR_CONNECTION_TIMED_OUT: 'the site did not answer in time',
  ERR_TIMED_OUT: 'it took too long',
  ERR_EMPTY_RESPONSE: 'the site sent nothing back',
  ERR_INTERNET_DISCONNECTED: 'this computer is offline',
  ERR_NETWORK_CHANGED: 'the network changed',
  ERR_NAME_NOT_RESOLVED: "the site's address could not be found",
  ERR_ADDRESS_UNREACHABLE: 'the site could not be reached',
  ERR_ABORTED: 'it was stopped',
  ERR_BLOCKED_BY_CLIENT: 'Hatstand stopped it',
  ERR_PROXY_CONNECTION_FAILED: 'the proxy did not answer',
  ERR_TUNNEL_CONNECTION_FAILED: 'the proxy could not reach the site',
  ERR_PROXY_AUTH_REQUESTED: 'the proxy asked for a password',
  ERR_MANDATORY_PROXY_CONFIGURATION_FAILED: 'the PAC file could not be used',
  ERR_CERT_AUTHORITY_INVALID: "the site's certificate is not trusted",
  ERR_CERT_COMMON_NAME_INVALID: "the site's certificate is for another address",
  ERR_CERT_DATE_INVALID: "the site's certificate has expired or is not valid yet",
  ERR_SSL_PROTOCOL_ERROR: 'the secure connection failed',
  ERR_HTTP2_PROTOCOL_ERROR: 'the site broke off the answer',
};

/** `net::ERR_X` or `ERR_X` in words; anything that is not such a code is returned as it is (a sentence already). */
export function netErrorInWords(error: string): string {
  const code = /^(?:net::)?(ERR_[A-Z0-9_]+)$/.exec(error.trim())?.[1];
  if (!code) return error;
  return WORDS[code] ?? 'a network error';
}

/**
 * Why a site's page did not open, in one sentence: "www.example.com did not open: the site's certificate has expired
 * or is not valid yet." (`error` as did-fail-load describes it, "ERR_CERT_DATE_INVALID".)
 */
export function pageFailureMessage(url: string, error: string): string {
  let host = '';
  try {
    host = new URL(url).host;
  } catch {
    // (No address to name.)
  }
  const words = netErrorInWords(error);
  return `${host || 'The page'} did not open: ${/^ERR_|^net::/.test(error.trim()) ? words : 'a network error'}.`;
}

/**
 * The failures that say the computer had no usable network, not that the site, its address or its certificate was
 * wrong: a page that failed so is worth loading again once the network is back. From Chromium's
 * net/base/net_error_list.h (not in the Electron mirror): ERR_INTERNET_DISCONNECTED (-106), ERR_NETWORK_CHANGED (-21),
 * ERR_NETWORK_IO_SUSPENDED (-12, the system was suspending), ERR_NAME_RESOLUTION_FAILED (-137, no DNS server could be
 * reached; unlike ERR_NAME_NOT_RESOLVED, an address that does not exist) and ERR_ADDRESS_UNREACHABLE (-109, no route).
 */
const NETWORK_DOWN = new Set(['ERR_INTERNET_DISCONNECTED', 'ERR_NETWORK_CHANGED', 'ERR_NETWORK_IO_SUSPENDED', 'ERR_NAME_RESOLUTION_FAILED', 'ERR_ADDRESS_UNREACHABLE']);

/** Whether `error` ("ERR_INTERNET_DISCONNECTED" or "net::ERR_...") says the network was down. */
export function failedForNetworkDown(error: string): boolean {
  return NETWORK_DOWN.has(error.trim().replace(/^net::/, ''));
}
