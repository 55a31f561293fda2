/**
 * Every IPC channel, `domain:verb`. Kept free of zod so the sandboxed preload
 * bundle stays small; `contract.ts` holds a schema for each name and the
 * compiler checks the two lists agree.
 */
export const CHANNELS = [
  'identities:list',
  'identities:create',
  'identities:update',
  'identities:remove',
  'sites:add',
  'sites:update',
  'sites:remove',
  'windows:openIdentity',
  'windows:openLog',
  'windows:openLauncher',
  'windows:getAppearance',
  'windows:setAppearance',
  'chrome:context',
  'chrome:showSite',
  'chrome:navigate',
  'chrome:setPanel',
  'chrome:setNoticeBand',
  'chrome:find',
  'chrome:stopFind',
  'sessions:getOptions',
  'sessions:setOptions',
  'permissions:list',
  'permissions:set',
  'drafts:list',
  'drafts:create',
  'drafts:save',
  'drafts:history',
  'drafts:restore',
  'drafts:move',
  'drafts:delete',
  'drafts:insertIntoSite',
  'drafts:post',
  'accounts:list',
  'accounts:connect',
  'accounts:disconnect',
  'activity:query',
  'activity:get',
  'activity:export',
  'activity:getRetention',
  'activity:setRetention',
  'warnings:evaluate',
  'warnings:override',
  'warnings:answered',
  'warnings:getSettings',
  'warnings:setSettings',
  'warnings:resetModel',
  'warnings:export',
  'warnings:import',
  'guard:decide',
  'guard:cancel',
  'guard:getPolicy',
  'guard:setPolicy',
  'network:get',
  'network:set',
  'network:test',
  'links:open',
  'links:answer',
  'links:listAlways',
  'links:setAlways',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Messages main pushes to a window. The preload exposes one `on…` function per event. */
export const EVENTS = ['chrome:siteState', 'guard:prompt', 'guard:notice', 'identities:changed', 'network:failure', 'links:question', 'permissions:refused', 'chrome:openFind', 'chrome:found', 'chrome:unresponsive'] as const;
export type EventName = (typeof EVENTS)[number];

/** 'drafts:insertIntoSite' -> ['drafts', 'insertIntoSite']: the preload API is `hatstand.drafts.insertIntoSite()`. */
export function splitChannel(channel: string): [domain: string, verb: string] {
  const i = channel.indexOf(':');
  return [channel.slice(0, i), channel.slice(i + 1)];
}

/** 'chrome:siteState' -> 'onSiteState': the preload API is `hatstand.events.onSiteState(cb)`. */
export function eventListenerName(event: EventName): string {
  const verb = splitChannel(event)[1];
  return `on${verb[0]!.toUpperCase()}${verb.slice(1)}`;
}
