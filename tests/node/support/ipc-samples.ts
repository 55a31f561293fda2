import type { Channel } from '../../../shared/ipc/channels';
import type { InputOf } from '../../../shared/ipc/contract';

/**
 * One valid payload per contract channel, for an identity `identityId` (and
 * `otherId` where a second identity is named). Typed by the contract, so a new
 * channel without a sample fails to compile here: the authorization test and
 * the fuzz test then cover it automatically.
 */
export type Samples = { [C in Channel]: InputOf<C> };

const DRAFT = '5d9c1f6a-2b3e-4c7d-8e9f-0a1b2c3d4e5f';
const SITE = '7e8f9a0b-1c2d-4e3f-8a5b-6c7d8e9f0a1b';

export function samplesFor(identityId: string, otherId: string): Samples {
  const id = { identityId };
  return {
    'identities:list': {},
    'identities:create': { name: 'Volunteering', color: '#15803d', avatar: 'V', role: 'personal' },
    'identities:update': { ...id, name: 'Work' },
    'identities:remove': { ...id, confirmed: true },
    'sites:add': { ...id, label: 'Mastodon', homeUrl: 'https://mastodon.social/home', handle: '@ada' },
    'sites:update': { ...id, siteId: SITE, handle: '@ada' },
    'sites:remove': { ...id, siteId: SITE },
    'windows:openIdentity': { ...id },
    'windows:openLog': { ...id },
    'windows:openLauncher': {},
    'windows:getAppearance': {},
    'windows:setAppearance': { appearance: 'dark' },
    'chrome:context': { ...id },
    'chrome:showSite': { ...id, siteId: SITE },
    'chrome:navigate': { ...id, action: 'back' },
    'chrome:setPanel': { ...id, panel: 'composer' },
    'chrome:setNoticeBand': { ...id, height: 48 },
    'chrome:find': { ...id, text: 'quarterly', direction: 'new' },
    'chrome:stopFind': { ...id, close: true },
    'sessions:getOptions': { ...id },
    'sessions:setOptions': { ...id, keepSessionCookies: true },
    'permissions:list': { ...id },
    'permissions:set': { ...id, origin: 'https://x.com', permission: 'notifications', allowed: true },
    'drafts:list': { ...id },
    'drafts:create': { ...id, text: 'A first draft' },
    'drafts:save': { ...id, draftId: DRAFT, text: 'A second draft' },
    'drafts:history': { ...id, draftId: DRAFT },
    'drafts:restore': { ...id, draftId: DRAFT, versionId: 1 },
    'drafts:move': { ...id, draftId: DRAFT, toIdentityId: otherId, confirmed: true },
    'drafts:delete': { ...id, draftId: DRAFT },
    'drafts:insertIntoSite': { ...id, text: 'hello' },
    'drafts:post': { ...id, draftId: DRAFT, site: 'mastodon', handle: '@ada@mastodon.social' },
    'accounts:list': { ...id },
    'accounts:connect': { ...id, site: 'mastodon', instanceUrl: 'https://mastodon.social', accessToken: 'abcdefgh12345678' },
    'accounts:disconnect': { ...id, site: 'mastodon', handle: '@ada@mastodon.social' },
    'activity:query': { filter: { identityIds: [identityId] } },
    'activity:get': { id: 1 },
    'activity:export': { filter: {}, format: 'csv' },
    'activity:getRetention': {},
    'activity:setRetention': { days: 30 },
    'warnings:evaluate': { ...id, text: 'hello world', depth: 'lexical' },
    'warnings:override': { ...id, text: 'hello', warning: { ruleId: 'lexicon', severity: 'caution', start: 0, end: 5, message: 'A word', family: 'profanity' } },
    'warnings:answered': { ...id, draftId: DRAFT },
    'warnings:getSettings': { ...id },
    'warnings:setSettings': { ...id, settings: { never: ['secret project'], role: 'teacher', families: { politics: false } } },
    'warnings:resetModel': { ...id },
    'warnings:export': { ...id },
    'warnings:import': { ...id, json: '{"identities":[{"id":"x","name":"Personal"}]}' },
    'guard:decide': { ...id, requestId: '42', decision: 'post' },
    'guard:cancel': { ...id, requestId: '42' },
    'guard:getPolicy': { ...id },
    'guard:setPolicy': { ...id, confirm: 'always', coolingOffSeconds: 0 },
    'network:get': { ...id },
    'network:set': { ...id, mode: 'http', host: '127.0.0.1', port: 8080, credentials: { action: 'set', username: 'ada', password: 'proxy-pw-1' } },
    'network:test': { ...id },
    'links:open': { ...id, url: 'https://www.linkedin.com/in/ada' },
    'links:answer': { ...id, questionId: 'q-1', choice: 'here', always: false },
    'links:listAlways': { ...id },
    'links:setAlways': { ...id, domain: 'linkedin.com', choice: 'owner' },
  };
}
