export { NetworkService, NETWORK_KEY, PROXY_SECRET, echoAddress, type ChromiumProxyResolver, type NetworkServiceDeps, type ProxyCredentials } from './network-service';
export { clientFor, routeFromChromium, routeLabel, type ProxyRoute, type RouteClient } from './proxy-route';
export { proxyFailureOfError } from './proxy-errors';
