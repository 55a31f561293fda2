import type { CommandLine } from 'electron';

/**
 * A page's DNS hints (`<link rel="dns-prefetch">`, a `Link: <…>; rel=dns-prefetch` header, and the hosts of an http
 * page's links) are looked up by the computer's own resolver, outside the identity's proxy: Electron's renderer makes
 * Chromium's prescient networking (shell/renderer/renderer_client_base.cc, CreatePrescientNetworking), and its network
 * hints handler (shell/browser/network_hints_handler_impl.cc) replaces only Preconnect (told to the session, nothing
 * opened); the PrefetchDNS it inherits (components/network_hints/browser/simple_network_hints_handler_impl.cc) asks the
 * network context to resolve the host, a lookup no proxy setting takes part in. The local network, or whoever answers
 * its DNS, would see which sites a proxied identity uses, SOCKS5's remote DNS undone.
 *
 * Blink sends those hints only while its `DNSPrefetchingEnabled` setting is on (on by default:
 * preload_helper.cc DnsPrefetchIfNeeded, Document's dns-prefetch control). `--blink-settings` reaches every renderer
 * (RenderProcessHostImpl::PropagateBrowserCommandLineToRenderer lists kBlinkSettings) and is applied after the web
 * preferences each time they are (WebViewImpl::UpdateWebPreferences: ApplyWebPreferences, then
 * ApplyCommandLineToSettings, which gives each `name=value` to Settings::SetFromStrings, where the name is
 * `dnsPrefetchingEnabled`). Electron has no per-session or per-page option for it, so it is off for every page, ours
 * and every identity's: a direct identity's pages lose a little speed, none of their privacy. A value given at launch
 * is kept, with this one setting ours: the switch is read as a whole, the last one given.
 */
export function stopDnsHints(commandLine: Pick<CommandLine, 'getSwitchValue' | 'appendSwitch'>): void {
  const others = commandLine
    .getSwitchValue('blink-settings')
    .split(',')
    .filter((setting) => setting !== '' && setting.split('=')[0] !== 'dnsPrefetchingEnabled');
  commandLine.appendSwitch('blink-settings', [...others, 'dnsPrefetchingEnabled=false'].join(','));
}
