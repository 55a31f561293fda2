import { describe, expect, it } from 'vitest';
import {
  electronProxyConfig,
  namesProxy,
  pacStringUses,
  expectedProxyAnswer,
  NetworkInputSchema,
  plainChromeUserAgent,
  proxyFailureMessage,
  proxyFailureOf,
  userAgentFor,
  validateNetwork,
  webRtcPolicy,
  type NetworkSettings,
} from '../../../shared/domain/network';
import { routeFromChromium } from '../../../electron/main/services/network';

const parse = (input: unknown) => NetworkInputSchema.parse(input);

describe('the proxy configuration given to session.setProxy', () => {
  it('one proxy, no direct:// fallback, and <-loopback> so nothing bypasses it', () => {
    expect(electronProxyConfig({ mode: 'http', host: '127.0.0.1', port: 8080 })).toEqual({
      mode: 'fixed_servers',
      proxyRules: 'http://127.0.0.1:8080',
      proxyBypassRules: '<-loopback>',
    });
    expect(electronProxyConfig({ mode: 'socks5', host: '::1', port: 1080 }).proxyRules).toBe('socks5://[::1]:1080');
    expect(electronProxyConfig({ mode: 'https', host: 'proxy.example.net', port: 443 }).proxyRules).toBe('https://proxy.example.net:443');
    for (const mode of ['http', 'https', 'socks5'] as const) {
      const rules = electronProxyConfig({ mode, host: 'p.example', port: 1 }).proxyRules!;
      expect(rules).not.toMatch(/direct|,|;/i);
    }
  });

  it('system, direct and PAC modes', () => {
    expect(electronProxyConfig({ mode: 'system' })).toEqual({ mode: 'system' });
    expect(electronProxyConfig({ mode: 'direct' })).toEqual({ mode: 'direct' });
    expect(electronProxyConfig({ mode: 'pac', pacUrl: 'http://127.0.0.1:9/p.pac' })).toEqual({ mode: 'pac_script', pacScript: 'http://127.0.0.1:9/p.pac' });
  });

  it('WebRTC: no non-proxied UDP with a proxy, a PAC file or a system proxy; the public interface only where pages go direct', () => {
    expect(webRtcPolicy({ mode: 'http', host: 'a', port: 1 })).toBe('disable_non_proxied_udp');
    expect(webRtcPolicy({ mode: 'socks5', host: 'a', port: 1 })).toBe('disable_non_proxied_udp');
    expect(webRtcPolicy({ mode: 'pac', pacUrl: 'http://a/p' })).toBe('disable_non_proxied_udp');
    expect(webRtcPolicy({ mode: 'direct' })).toBe('default_public_interface_only');
    // The system's settings: the public interface only once the session's resolver says they go DIRECT.
    expect(webRtcPolicy({ mode: 'system' })).toBe('disable_non_proxied_udp');
    expect(webRtcPolicy({ mode: 'system' }, 'DIRECT')).toBe('default_public_interface_only');
    expect(webRtcPolicy({ mode: 'system' }, 'PROXY corp.example:8080')).toBe('disable_non_proxied_udp');
    expect(webRtcPolicy({ mode: 'system' }, '')).toBe('disable_non_proxied_udp');
  });
});

describe('validating what the person entered', () => {
  it('keeps the proxy host as Chromium writes it (lower case, IPv6 compressed), so its answers name the same host', () => {
    const r = validateNetwork(parse({ mode: 'http', host: 'Proxy.Corp.Example', port: 3128 }), false);
    expect(r).toMatchObject({ ok: true, settings: { host: 'proxy.corp.example' } });
    const v6 = validateNetwork(parse({ mode: 'socks5', host: '[2001:0DB8:0000:0000:0000:0000:0000:0001]', port: 1080 }), false);
    expect(v6).toMatchObject({ ok: true, settings: { host: '2001:db8::1' } });
    expect(expectedProxyAnswer({ mode: 'http', host: 'Proxy.Corp.Example', port: 3128 })).toBe('PROXY proxy.corp.example:3128');
  });

  it('keeps only "auth: true" of the credentials, never the password', () => {
    const r = validateNetwork(parse({ mode: 'http', host: '127.0.0.1', port: 3128, credentials: { action: 'set', username: 'u', password: 'pw-123' } }), false);
    expect(r).toEqual({ ok: true, settings: { mode: 'http', host: '127.0.0.1', port: 3128, auth: true } });
    expect(JSON.stringify(r)).not.toContain('pw-123');
  });

  it('one sentence for each mistake', () => {
    const cases: Array<[unknown, RegExp]> = [
      [{ mode: 'http', port: 1 }, /Enter the proxy address/],
      [{ mode: 'http', host: 'h' }, /Enter the proxy port/],
      [{ mode: 'http', host: 'http://h', port: 1 }, /not a host name or IP address/],
      [{ mode: 'http', host: 'ada:s3cret-pw@proxy.example.net', port: 1 }, /^That is not a host name or IP address; .*user name/],
      [{ mode: 'pac' }, /address of the PAC file/],
      [{ mode: 'socks5', host: 'h', port: 1, credentials: { action: 'set', username: 'u', password: 'p' } }, /cannot sign in to a SOCKS5 proxy/],
    ];
    for (const [input, message] of cases) {
      const r = validateNetwork(parse(input), false);
      expect(r.ok, JSON.stringify(input)).toBe(false);
      if (!r.ok) {
        expect(r.message).toMatch(message);
        expect(r.message.length).toBeLessThanOrEqual(300);
        expect(r.message).not.toContain('s3cret-pw');
      }
    }
  });

  it('refuses language lists that are not language tags, and multi-line user agents', () => {
    expect(NetworkInputSchema.safeParse({ mode: 'direct', acceptLanguages: ['en-GB', 'fr;q=0.5'] }).success).toBe(false);
    expect(NetworkInputSchema.safeParse({ mode: 'direct', userAgent: 'a\r\nX-Evil: 1' }).success).toBe(false);
    expect(NetworkInputSchema.safeParse({ mode: 'direct', acceptLanguages: ['en-GB', 'fr'] }).success).toBe(true);
  });
});

describe('traits', () => {
  const electronUa =
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) hatstand/0.1.0 Chrome/140.0.7339.41 Electron/45.5.0 Safari/537.36';
  it('the default user agent is Chromium\'s, without the Electron and Hatstand tokens', () => {
    expect(plainChromeUserAgent(electronUa)).toBe('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.7339.41 Safari/537.36');
    expect(userAgentFor({ mode: 'system' }, electronUa)).not.toMatch(/Electron|hatstand/i);
    expect(userAgentFor({ mode: 'system', userAgent: 'Custom/1.0' }, electronUa)).toBe('Custom/1.0');
  });
});

describe('failures', () => {
  const s: NetworkSettings = { mode: 'http', host: '127.0.0.1', port: 8080 };
  it('Chromium proxy errors become one sentence naming the identity and the proxy', () => {
    expect(proxyFailureOf('ERR_PROXY_CONNECTION_FAILED')).toBe('unreachable');
    expect(proxyFailureOf('ERR_SOCKS_CONNECTION_FAILED')).toBe('refused');
    expect(proxyFailureOf('ERR_CONNECTION_REFUSED')).toBeNull();
    expect(proxyFailureMessage('Professional', s, 'unreachable')).toBe("Professional's proxy at 127.0.0.1:8080 does not answer: nothing was sent.");
  });

  it("Chromium's PAC/system answer: only the first entry is used, a DIRECT fallback never", () => {
    expect(routeFromChromium('PROXY 10.0.0.1:3128; DIRECT')).toEqual({ kind: 'proxy', scheme: 'http', host: '10.0.0.1', port: 3128 });
    expect(routeFromChromium('SOCKS5 127.0.0.1:1080')).toEqual({ kind: 'proxy', scheme: 'socks5', host: '127.0.0.1', port: 1080 });
    expect(routeFromChromium('HTTPS [::1]:443')).toEqual({ kind: 'proxy', scheme: 'https', host: '::1', port: 443 });
    expect(routeFromChromium('DIRECT')).toEqual({ kind: 'direct' });
    // A failed lookup (a PAC file that cannot be fetched) is "", never direct.
    expect(routeFromChromium('')).toEqual({ kind: 'unresolved' });
    expect(routeFromChromium('  ')).toEqual({ kind: 'unresolved' });
    expect(routeFromChromium('SOCKS 127.0.0.1:1080')).toMatchObject({ kind: 'unsupported' });
  });
});

describe('which proxy a login or a resolved address names', () => {
  it('compares hosts canonical and ports exactly', () => {
    expect(namesProxy({ mode: 'http', host: 'Proxy.Example', port: 8080 }, { host: 'proxy.example', port: 8080 })).toBe(true);
    expect(namesProxy({ mode: 'socks5', host: '2001:DB8:0:0::1', port: 1080 }, { host: '2001:db8::1', port: 1080 })).toBe(true);
    expect(namesProxy({ mode: 'http', host: 'proxy.example', port: 8080 }, { host: 'proxy.example', port: 3128 })).toBe(false);
    expect(namesProxy({ mode: 'system' }, { host: 'proxy.example', port: 8080 })).toBe(false);
  });

  it('reads every server of a PAC string, not DIRECT', () => {
    expect(pacStringUses('PROXY proxy.example:8080; DIRECT', { host: 'proxy.example', port: 8080 })).toBe(true);
    expect(pacStringUses('HTTPS a.example:443;SOCKS5 [2001:db8::1]:1080', { host: '2001:db8::1', port: 1080 })).toBe(true);
    expect(pacStringUses('DIRECT', { host: 'proxy.example', port: 8080 })).toBe(false);
    expect(pacStringUses('PROXY proxy.example:80800', { host: 'proxy.example', port: 8080 })).toBe(false);
  });
});
