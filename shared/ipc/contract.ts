import { z } from 'zod';
import {
  AvatarSchema,
  ColorSchema,
  IdentityNameSchema,
  SiteHandleSchema,
  type Identity,
  type Site,
} from '../domain/identity';
import type { Channel, EventName } from './channels';
import type { WindowKind } from './window-kinds';
export { WINDOW_KINDS, WINDOW_KINDS_BOUND, type WindowKind } from './window-kinds';
import { APPEARANCES, type Appearance } from '../domain/appearance';
import type { ActivityEvent } from '../domain/activity';
import type { Draft, DraftVersion } from '../domain/draft';
import type { ConnectedAccount } from '../domain/account';
import { FAMILIES, type Family } from '../warnings/families';
import { ROLES, type Role, type Stance } from '../warnings/roles';
import { TermSchema } from '../warnings/profile';
import { NetworkInputSchema, type NetworkSettings, type NetworkTestResult } from '../domain/network';

/**
 * The one IPC contract: for each channel, the schema main validates the
 * payload against, the type of the value it answers with, and which kinds of
 * window may call it. The preload, the main-side router and the renderer's
 * types all derive from this object.
 *
 * Least privilege between our own windows: a channel is written
 * `channel(schema).returns<O>().from('identity', ...)`. Without `.from(...)`
 * the entry is not a `ChannelSpec` and the `satisfies` below fails to
 * compile, so no channel can be added without saying who may call it.
 * Windows bound to one identity (WINDOW_KINDS_BOUND) only ever act for that
 * identity: main refuses a payload whose `identityId` is not theirs.
 */
export interface ChannelSpec<I extends z.ZodType, O> {
  input: I;
  /** The window kinds main answers on this channel; every other kind is refused before the payload is read. */
  callers: readonly [WindowKind, ...WindowKind[]];
  /** Type-only marker: main answers `Result<O>`. */
  output?: O;
}
const channel = <I extends z.ZodType>(input: I) => ({
  returns: <O>() => ({
    from: (...callers: [WindowKind, ...WindowKind[]]): ChannelSpec<I, O> => ({ input, callers }),
  }),
});

const uuid = z.string().uuid('That is not an identity or item id Hatstand knows.');
const identityId = uuid;
const httpsUrl = z
  .string()
  .url('Enter a full web address, for example https://mastodon.social.')
  .refine((u) => /^https?:\/\//i.test(u), 'Only http and https addresses can be opened in an identity window.');

/** The handle of a connected account (@ada@mastodon.social, ada.bsky.social): it names a keychain entry, so no spaces or colons. */
const accountHandle = z
  .string()
  .trim()
  .min(1, 'Enter the account\u2019s handle, for example @ada@mastodon.social.')
  .max(253, 'Keep the handle under 253 characters.')
  .regex(/^[^\s:]+$/, 'A handle has no spaces or colons, for example @ada@mastodon.social; correct it and try again.');

export const PANELS = ['none', 'composer', 'drafts', 'settings'] as const;
export type Panel = (typeof PANELS)[number];

export const PERMISSIONS = [
  'media',
  'notifications',
  'geolocation',
  'clipboard-read',
  'clipboard-sanitized-write',
  'fullscreen',
  'midi',
  'pointerLock',
  'display-capture',
] as const;

export const ActivityFilterSchema = z
  .object({
    identityIds: z.array(uuid).max(100).optional(),
    kinds: z.array(z.string().max(40)).max(50).optional(),
    sites: z.array(z.string().max(200)).max(50).optional(),
    from: z.number().int().nonnegative().optional(),
    to: z.number().int().nonnegative().optional(),
    search: z.string().max(500).optional(),
  })
  .strict()
  .refine((f) => f.from === undefined || f.to === undefined || f.from <= f.to, {
    message: 'The end of the date range is before its start. Pick an end date on or after the start date.',
  });
export type ActivityFilter = z.infer<typeof ActivityFilterSchema>;

/** What the log window sees of an event: everything but the searchable text. */
export type ActivityRow = Omit<ActivityEvent, 'text'>;
export type DraftSummary = Draft;
export type { DraftVersion };

export interface WarningView {
  ruleId: string;
  severity: 'info' | 'caution' | 'stop';
  start: number;
  end: number;
  message: string;
  otherIdentityId?: string;
  /** What the warning is about; the composer dismisses and teaches per family. */
  family?: Family;
}

/** What the chrome may see of an account: never a secret, never an internal id. */
export type ConnectedAccountView = Omit<ConnectedAccount, 'accountId'>;

export interface WarningSettingsView {
  /** The identity's entry of the profile format, without id and name. */
  settings: Record<string, unknown>;
  /** How many of this identity's texts the learned model has seen. */
  modelTexts: number;
  lexicons: readonly string[];
  /** The lexicons in force, defaults included. */
  lexiconsOn: readonly string[];
  rules: readonly string[];
  /** The identity's role (its own, or inferred from its name when `roleInferred`). */
  role: Role;
  roleInferred: boolean;
  roles: ReadonlyArray<{ id: Role; label: string; describe: string }>;
  /** Every family with how this identity treats it (its role's stance and its switches). */
  families: ReadonlyArray<{ id: Family; label: string; describe: string; stance: Stance }>;
  /** What the warnings of this identity leave out because a value is malformed, each a sentence saying how to fix it. */
  problems: readonly string[];
}

export interface SessionOptions {
  /** Keep sites' session-only cookies across restarts (30 days), so sites do not sign this identity out. */
  keepSessionCookies: boolean;
}

export interface ChromeContext {
  identity: Identity;
  activeSiteId: string | null;
  /** Every identity's name and colour, so moving a draft can name its destination. */
  others: Array<Pick<Identity, 'id' | 'name' | 'color' | 'avatar'>>;
  /**
   * Posts of this identity still waiting for a decision, oldest first. A chrome
   * page reads them when it (re)loads: a `guard:prompt` pushed before it
   * subscribed, or to the page a reload replaced, never reached it.
   */
  pendingPrompts: GuardPrompt[];
  /** The side panel main lays the site view out for, so a reloaded chrome shows the same. */
  panel: Panel;
  /**
   * Where the site page is now (its address, whether it can go back), absent before one is shown: a reloaded chrome
   * names the page's host and marks a plain http page from the start, not the site's home until the page navigates.
   */
  siteState?: SiteState;
  /**
   * The proxy failure, or the link question, this window shows while main
   * keeps its site view aside (absent when none): a reloaded chrome draws it
   * again instead of leaving the site hidden behind nothing.
   */
  networkFailure?: NetworkFailure;
  linkQuestion?: LinkQuestion;
  /**
   * Posts of this identity counting down their cooling-off delay (absent when none): the notice with "Cancel post" is
   * the only way to stop one, so a reloaded chrome shows it again.
   */
  coolingOff?: GuardNotice[];
  /**
   * Guard notices sent while this window's chrome could not hear them (loading, reloading, crashed), oldest first,
   * absent when none: Electron drops an event sent to a page that has not subscribed, and a refused or unchecked post
   * must not go untold. Given once: the chrome hears what follows.
   */
  missedNotices?: GuardNotice[];
  /**
   * The site page shown that stopped answering (absent when none): a reloaded chrome tells it again, as Electron tells
   * `unresponsive` only once until the page answers.
   */
  unresponsive?: PageUnresponsive;
}

export interface SiteState {
  identityId: string;
  siteId: string;
  url: string;
  title: string;
  canGoBack: boolean;
  canGoForward: boolean;
  loading: boolean;
}

export interface PostPolicyView {
  confirm: 'always' | 'on-warnings' | 'never';
  coolingOffSeconds?: number;
}

/** What the guard tells outside the confirmation sheet (the identity window's notice band). */
export interface GuardNotice {
  level: 'info' | 'warning' | 'error';
  code: 'cooling-off' | 'post-cancelled' | 'account-mismatch' | 'not-held' | 'refused' | 'post-withdrawn' | 'clipboard-withheld';
  identityId: string;
  /** The post it is about (or the burst of alike requests it tells once): a later notice with it replaces this one. */
  requestId?: string;
  /** This notice, once: the same notice given again (missed, then read with the chrome's context) replaces itself. */
  noticeId?: string;
  message: string;
  /** For `cooling-off`: when the post leaves unless cancelled (clock time, ms). */
  until?: number;
  /** The site a post goes to, where the notice is about one (the cooling-off countdown says it). */
  site?: string;
}

export interface GuardPrompt {
  requestId: string;
  identityId: string;
  site: string;
  kind: string;
  text: string | null;
  accountHint: string | null;
  expectedAccount: string | null;
  warnings: WarningView[];
  coolingOffSeconds: number;
  /**
   * When a background script is sending again a post the person cancelled before ("A background script of x.com is
   * sending again the post you cancelled yesterday. If you cancel again, Hatstand will refuse it without asking."),
   * so that they answer knowing it; the sheet's description. Null otherwise.
   */
  refusedBefore: string | null;
}

/** What the network settings page shows: never a password, and whether one is kept. */
export interface NetworkView {
  settings: NetworkSettings;
  /** The user agent the identity's sites get when none is set. */
  defaultUserAgent: string | null;
  /** What Hatstand cannot make differ between identities. */
  notSeparated: readonly string[];
}

/** The identity's pages could not load because its proxy failed; shown in the chrome, never under the site. */
export interface NetworkFailure {
  identityId: string;
  /** One sentence: "Professional's proxy at 127.0.0.1:8080 does not answer: nothing was sent." */
  message: string;
  url: string;
  /** false once a later load succeeded (the chrome then removes the message). */
  active: boolean;
  /**
   * 'request': a request of a page already shown failed (the page stays; the
   * chrome shows a notice). Absent: the page itself could not load at the
   * identity's proxy, and main keeps the site view aside while `active`.
   * 'page': the site's page did not open for a reason that is not the proxy's
   * (a certificate, an address not found, offline), where Electron shows an
   * empty page; main keeps that page aside while it is the one shown.
   */
  scope?: 'request' | 'page';
}

/**
 * The site page shown stopped answering (`unresponsive: true`, with its sentence), or no longer does: it answers
 * again, was reloaded in a new renderer, or is no longer shown (`unresponsive: false`, message empty). The page stays
 * where it is, under a notice in the band (a hidden page is not watched, so main never hides it for this).
 */
export interface PageUnresponsive {
  identityId: string;
  /** One sentence: "x.com is not responding." (shared/domain/page-unresponsive.ts). */
  message: string;
  unresponsive: boolean;
}

/** "Open linkedin.com as Professional, or here as Personal?", asked in the chrome of the window the link was clicked in. */
export interface LinkQuestion {
  questionId: string;
  identityId: string;
  url: string;
  domain: string;
  question: string;
  owner: Pick<Identity, 'id' | 'name' | 'color' | 'avatar'>;
  hereName: string;
}

export const contract = {
  'identities:list': channel(z.object({}).strict()).returns<Identity[]>().from('launcher', 'log'),
  // `role` is the warning role preset and `employer` where the identity works (both stored with its warning settings).
  'identities:create': channel(
    z
      .object({ name: IdentityNameSchema, color: ColorSchema, avatar: AvatarSchema, role: z.enum(ROLES).optional(), employer: TermSchema.optional() })
      .strict(),
  ).returns<Identity>().from('launcher'),
  'identities:update': channel(
    z
      .object({
        identityId,
        name: IdentityNameSchema.optional(),
        color: ColorSchema.optional(),
        avatar: AvatarSchema.optional(),
      })
      .strict(),
  ).returns<Identity>().from('launcher'),
  // Removal clears the identity's partition (cookies, storage, cache): the UI
  // must have asked, and says so; `confirmed` makes that step explicit.
  'identities:remove': channel(z.object({ identityId, confirmed: z.literal(true) }).strict()).returns<void>().from('launcher'),

  'sites:add': channel(
    z
      .object({
        identityId,
        label: z.string().trim().min(1).max(40),
        homeUrl: httpsUrl,
        handle: SiteHandleSchema.optional(),
        // Sites are https only; true lets this http address's host be opened over plain http (the chrome says "Not secure").
        allowHttp: z.literal(true).optional(),
      })
      .strict(),
  ).returns<Site>().from('identity'),
  'sites:update': channel(
    z
      .object({
        identityId,
        siteId: uuid,
        label: z.string().trim().min(1).max(40).optional(),
        homeUrl: httpsUrl.optional(),
        handle: SiteHandleSchema.optional(),
        allowHttp: z.literal(true).optional(),
      })
      .strict(),
  ).returns<Site>().from('identity'),
  'sites:remove': channel(z.object({ identityId, siteId: uuid }).strict()).returns<void>().from('identity'),

  'windows:openIdentity': channel(z.object({ identityId }).strict()).returns<void>().from('launcher'),
  'windows:openLog': channel(z.object({ identityId: identityId.optional() }).strict()).returns<void>().from('launcher', 'identity'),
  'windows:openLauncher': channel(z.object({}).strict()).returns<void>().from('log'),
  'windows:getAppearance': channel(z.object({}).strict()).returns<{ appearance: Appearance }>().from('launcher'),
  'windows:setAppearance': channel(z.object({ appearance: z.enum(APPEARANCES) }).strict()).returns<{ appearance: Appearance }>().from('launcher'),

  // `missed`: asked by each chrome document's first read until one answers, for the guard notices it missed (given
  // once); main keeps the identity window's site aside while such a read fails (its band cannot name the identity).
  'chrome:context': channel(z.object({ identityId, missed: z.literal(true).optional() }).strict()).returns<ChromeContext>().from('identity', 'popup'),
  'chrome:showSite': channel(z.object({ identityId, siteId: uuid }).strict()).returns<void>().from('identity'),
  'chrome:navigate': channel(
    z.object({ identityId, action: z.enum(['back', 'forward', 'reload', 'home']) }).strict(),
  ).returns<void>().from('identity', 'popup'),
  'chrome:setPanel': channel(z.object({ identityId, panel: z.enum(PANELS) }).strict()).returns<void>().from('identity'),
  // Identity windows only, for their own identity: the height (CSS px) of the
  // notice band the chrome draws above the site. Main moves the site view below
  // it (shared/domain/chrome-layout.ts), because a site view paints over
  // anything of ours under it (electron#26532).
  'chrome:setNoticeBand': channel(z.object({ identityId, height: z.number().int().min(0).max(10_000) }).strict())
    .returns<void>()
    .from('identity'),
  // Find in the page the identity window shows: a new search, or the next or previous match of the current one.
  'chrome:find': channel(
    z.object({ identityId, text: z.string().min(1).max(500), direction: z.enum(['new', 'next', 'previous']) }).strict(),
  ).returns<void>().from('identity'),
  // The search ends: `close` when the bar closes (the keys go back to the page), not when its field was emptied.
  'chrome:stopFind': channel(z.object({ identityId, close: z.boolean() }).strict()).returns<void>().from('identity'),

  'sessions:getOptions': channel(z.object({ identityId }).strict()).returns<SessionOptions>().from('identity'),
  'sessions:setOptions': channel(z.object({ identityId, keepSessionCookies: z.boolean() }).strict()).returns<SessionOptions>().from('identity'),
  'permissions:list': channel(z.object({ identityId }).strict()).returns<Array<{ origin: string; permission: string }>>().from('identity'),
  'permissions:set': channel(
    z
      .object({ identityId, origin: httpsUrl, permission: z.enum(PERMISSIONS), allowed: z.boolean() })
      .strict(),
  ).returns<void>().from('identity'),

  'drafts:list': channel(z.object({ identityId, search: z.string().max(500).optional() }).strict()).returns<DraftSummary[]>().from('identity'),
  'drafts:create': channel(
    z.object({ identityId, text: z.string().max(100_000), targetSite: z.string().max(200).optional() }).strict(),
  ).returns<DraftSummary>().from('identity'),
  'drafts:save': channel(z.object({ identityId, draftId: uuid, text: z.string().max(100_000) }).strict()).returns<DraftSummary>().from('identity'),
  'drafts:history': channel(z.object({ identityId, draftId: uuid }).strict()).returns<DraftVersion[]>().from('identity'),
  'drafts:restore': channel(
    z.object({ identityId, draftId: uuid, versionId: z.number().int().positive() }).strict(),
  ).returns<DraftSummary>().from('identity'),
  // A draft changes identity only through this deliberate, confirmed call.
  'drafts:move': channel(
    z.object({ identityId, draftId: uuid, toIdentityId: identityId, confirmed: z.literal(true) }).strict(),
  ).returns<DraftSummary>().from('identity'),
  'drafts:delete': channel(z.object({ identityId, draftId: uuid }).strict()).returns<void>().from('identity'),
  'drafts:insertIntoSite': channel(z.object({ identityId, text: z.string().min(1).max(100_000) }).strict()).returns<{ inserted: boolean }>().from('identity'),

  // Posts a draft through a connected account, after the guard.
  'drafts:post': channel(
    z.object({ identityId, draftId: uuid, site: z.enum(['mastodon', 'bluesky']), handle: accountHandle }).strict(),
  ).returns<{ url: string }>().from('identity'),
  'accounts:list': channel(z.object({ identityId }).strict()).returns<ConnectedAccountView[]>().from('identity'),
  // The secret travels once, renderer to main, into the OS keychain; it is never sent back.
  'accounts:connect': channel(
    z.discriminatedUnion('site', [
      z.object({ identityId, site: z.literal('mastodon'), instanceUrl: httpsUrl, accessToken: z.string().trim().min(8, 'Paste the access token from your Mastodon settings (Development, Your application).').max(500) }).strict(),
      z.object({ identityId, site: z.literal('bluesky'), handle: accountHandle, appPassword: z.string().trim().min(8, 'Create an app password in Bluesky settings and paste it here.').max(100), serviceUrl: httpsUrl.optional() }).strict(),
    ]),
  ).returns<ConnectedAccountView>().from('identity'),
  'accounts:disconnect': channel(z.object({ identityId, site: z.enum(['mastodon', 'bluesky']), handle: accountHandle }).strict()).returns<void>().from('identity'),

  'activity:query': channel(
    z
      .object({
        filter: ActivityFilterSchema,
        after: z.string().max(100).optional(),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
  ).returns<{ rows: ActivityRow[]; nextCursor: string | null }>().from('log'),
  'activity:get': channel(z.object({ id: z.number().int().positive() }).strict()).returns<ActivityRow>().from('log'),
  'activity:export': channel(z.object({ filter: ActivityFilterSchema, format: z.enum(['csv', 'json']) }).strict()).returns<{
    path: string | null;
    rows: number;
  }>().from('log'),

  'activity:getRetention': channel(z.object({}).strict()).returns<{ days: number | null }>().from('log'),
  // The only deletion the log knows; applied at once and at every start, and itself logged.
  'activity:setRetention': channel(
    z.object({ days: z.number().int().min(1, 'Keep the log for at least one day, or forever.').max(36_500).nullable() }).strict(),
  ).returns<{ days: number | null; deleted: number }>().from('log'),

  // Identity window (its own identity). `depth: 'lexical'` is the keystroke path; 'full' (default) adds the language rules.
  'warnings:evaluate': channel(
    z
      .object({ identityId, text: z.string().max(100_000), site: z.string().max(200).optional(), depth: z.enum(['lexical', 'full']).optional() })
      .strict(),
  ).returns<WarningView[]>().from('identity'),

  // "This is fine here": recorded, logged, and taught to the learned model.
  'warnings:override': channel(
    z
      .object({
        identityId,
        draftId: uuid.optional(),
        text: z.string().max(100_000),
        reason: z.string().max(500).optional(),
        warning: z
          .object({
            ruleId: z.string().min(1).max(100),
            severity: z.enum(['info', 'caution', 'stop']),
            start: z.number().int().nonnegative(),
            end: z.number().int().nonnegative(),
            message: z.string().min(1).max(1000),
            otherIdentityId: z.string().max(100).optional(),
            family: z.enum(FAMILIES).optional(),
          })
          .strict(),
      })
      .strict(),
  ).returns<void>().from('identity'),
  // The whole-text warnings (hours, a copy, a similar draft, style) found fine for one of this identity's drafts, by
  // `wholeTextKey`: they stay answered while the draft is edited, in this window or the next.
  'warnings:answered': channel(z.object({ identityId, draftId: uuid }).strict()).returns<string[]>().from('identity'),
  'warnings:getSettings': channel(z.object({ identityId }).strict()).returns<WarningSettingsView>().from('identity'),
  // Validated against the profile schema in main, which explains what is wrong.
  'warnings:setSettings': channel(z.object({ identityId, settings: z.record(z.string(), z.unknown()) }).strict()).returns<WarningSettingsView>().from('identity'),
  'warnings:resetModel': channel(z.object({ identityId }).strict()).returns<WarningSettingsView>().from('identity'),
  'warnings:export': channel(z.object({ identityId }).strict()).returns<{ json: string }>().from('identity'),
  'warnings:import': channel(z.object({ identityId, json: z.string().max(5_000_000) }).strict()).returns<WarningSettingsView>().from('identity'),

  'guard:decide': channel(
    z.object({ identityId, requestId: z.string().min(1).max(100), decision: z.enum(['post', 'cancel']) }).strict(),
  ).returns<void>().from('identity'),
  // Cancel during the cooling-off delay, after "Post" was chosen.
  'guard:cancel': channel(z.object({ identityId, requestId: z.string().min(1).max(100) }).strict()).returns<{ cancelled: boolean }>().from('identity'),
  'guard:getPolicy': channel(z.object({ identityId }).strict()).returns<PostPolicyView>().from('identity'),
  'guard:setPolicy': channel(
    z
      .object({ identityId, confirm: z.enum(['always', 'on-warnings', 'never']), coolingOffSeconds: z.number().int().min(0).max(300) })
      .strict(),
  ).returns<PostPolicyView>().from('identity'),

  // Network and traits (identity window and launcher). The proxy password travels once, into the keychain.
  'network:get': channel(z.object({ identityId }).strict()).returns<NetworkView>().from('identity', 'launcher'),
  'network:set': channel(NetworkInputSchema.extend({ identityId })).returns<NetworkView>().from('identity', 'launcher'),
  // Contacts only the identity's own address-check URL, through the identity's proxy.
  'network:test': channel(z.object({ identityId }).strict()).returns<NetworkTestResult>().from('identity', 'launcher'),

  // Link routing (identity window): a link clicked in the composer, and the answer to a link question.
  'links:open': channel(z.object({ identityId, url: httpsUrl }).strict()).returns<{ action: 'here' | 'opened-as' | 'asked' }>().from('identity'),
  'links:answer': channel(
    z.object({ identityId, questionId: z.string().min(1).max(100), choice: z.enum(['owner', 'here', 'cancel']), always: z.boolean() }).strict(),
  )
    .returns<void>()
    .from('identity'),
  'links:listAlways': channel(z.object({ identityId }).strict())
    .returns<Array<{ domain: string; choice: 'owner' | 'here'; ownerName: string | null }>>()
    .from('identity'),
  'links:setAlways': channel(
    z.object({ identityId, domain: z.string().trim().min(1).max(253), choice: z.enum(['owner', 'here']).nullable() }).strict(),
  )
    .returns<void>()
    .from('identity'),
} satisfies Record<Channel, ChannelSpec<z.ZodType, unknown>>;

export type Contract = typeof contract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = NonNullable<Contract[C]['output']> extends never
  ? void
  : Exclude<Contract[C]['output'], undefined>;

export interface EventPayloads {
  'chrome:siteState': SiteState;
  'guard:prompt': GuardPrompt;
  'guard:notice': GuardNotice;
  'identities:changed': Record<string, never>;
  'network:failure': NetworkFailure;
  'links:question': LinkQuestion;
  'permissions:refused': PermissionRefusal;
  /** Find in the page was asked for (the menu's Find, Ctrl/Cmd+F): the chrome opens its find bar. */
  'chrome:openFind': { identityId: string };
  /** How many matches the search found in the page, and which one is shown (0 when none). */
  'chrome:found': { identityId: string; matches: number; active: number };
  'chrome:unresponsive': PageUnresponsive;
}

/** A site shown in an identity window asked for a permission the identity has not allowed it, and was refused. */
export interface PermissionRefusal {
  identityId: string;
  /** The site's origin (https). */
  origin: string;
  /** One of ASKABLE_PERMISSIONS (shared/domain/permissions.ts). */
  permission: string;
}
// Compile-time check that every event has a payload type.
const _allEvents: Record<EventName, true> = {
  'chrome:siteState': true,
  'guard:prompt': true,
  'guard:notice': true,
  'identities:changed': true,
  'network:failure': true,
  'links:question': true,
  'permissions:refused': true,
  'chrome:openFind': true,
  'chrome:found': true,
  'chrome:unresponsive': true,
};
void _allEvents;
