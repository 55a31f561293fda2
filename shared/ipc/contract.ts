import { z } from 'zod';
import {
  AvatarSchema,
  ColorSchema,
  IdentityNameSchema,
  type Identity,
  type Site,
} from '../domain/identity';
import type { Channel, EventName } from './channels';
import type { ActivityEvent } from '../domain/activity';
import type { Draft, DraftVersion } from '../domain/draft';
import type { ConnectedAccount } from '../domain/account';
import { FAMILIES, type Family } from '../warnings/families';
import { ROLES, type Role, type Stance } from '../warnings/roles';

/**
 * The one IPC contract: for each channel, the schema main validates the
 * payload against, and the type of the value it answers with. The preload,
 * the main-side router and the renderer's types all derive from this object.
 */
interface ChannelSpec<I extends z.ZodType, O> {
  input: I;
  /** Type-only marker: main answers `Result<O>`. */
  output?: O;
}
const channel = <I extends z.ZodType>(input: I) => ({
  returns: <O>(): ChannelSpec<I, O> => ({ input }),
});

const uuid = z.string().uuid('That is not an identity or item id Hatstand knows.');
const identityId = uuid;
const httpsUrl = z
  .string()
  .url('Enter a full web address, for example https://mastodon.social.')
  .refine((u) => /^https?:\/\//i.test(u), 'Only http and https addresses can be opened in an identity window.');

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
  'openExternal',
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

export interface GuardNotice {
  level: 'info' | 'warning' | 'error';
  code: string;
  identityId: string;
  requestId?: string;
  message: string;
  until?: number;
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
}

export const contract = {
  'identities:list': channel(z.object({}).strict()).returns<Identity[]>(),
  // Launcher only. `role` is the warning role preset (stored with the identity's warning settings).
  'identities:create': channel(
    z.object({ name: IdentityNameSchema, color: ColorSchema, avatar: AvatarSchema, role: z.enum(ROLES).optional() }).strict(),
  ).returns<Identity>(),
  'identities:update': channel(
    z
      .object({
        identityId,
        name: IdentityNameSchema.optional(),
        color: ColorSchema.optional(),
        avatar: AvatarSchema.optional(),
      })
      .strict(),
  ).returns<Identity>(),
  // Removal clears the identity's partition (cookies, storage, cache): the UI
  // must have asked, and says so; `confirmed` makes that step explicit.
  'identities:remove': channel(z.object({ identityId, confirmed: z.literal(true) }).strict()).returns<void>(),

  'sites:add': channel(
    z
      .object({ identityId, label: z.string().trim().min(1).max(40), homeUrl: httpsUrl, handle: z.string().max(200).optional() })
      .strict(),
  ).returns<Site>(),
  'sites:update': channel(
    z
      .object({
        identityId,
        siteId: uuid,
        label: z.string().trim().min(1).max(40).optional(),
        homeUrl: httpsUrl.optional(),
        handle: z.string().max(200).optional(),
      })
      .strict(),
  ).returns<Site>(),
  'sites:remove': channel(z.object({ identityId, siteId: uuid }).strict()).returns<void>(),

  'windows:openIdentity': channel(z.object({ identityId }).strict()).returns<void>(),
  'windows:openLog': channel(z.object({ identityId: identityId.optional() }).strict()).returns<void>(),
  'windows:openLauncher': channel(z.object({}).strict()).returns<void>(),

  'chrome:context': channel(z.object({ identityId }).strict()).returns<ChromeContext>(),
  'chrome:showSite': channel(z.object({ identityId, siteId: uuid }).strict()).returns<void>(),
  'chrome:navigate': channel(
    z.object({ identityId, action: z.enum(['back', 'forward', 'reload', 'home']) }).strict(),
  ).returns<void>(),
  'chrome:setPanel': channel(z.object({ identityId, panel: z.enum(PANELS) }).strict()).returns<void>(),

  'sessions:getOptions': channel(z.object({ identityId }).strict()).returns<SessionOptions>(),
  'sessions:setOptions': channel(z.object({ identityId, keepSessionCookies: z.boolean() }).strict()).returns<SessionOptions>(),
  'permissions:list': channel(z.object({ identityId }).strict()).returns<Array<{ origin: string; permission: string }>>(),
  'permissions:set': channel(
    z
      .object({ identityId, origin: httpsUrl, permission: z.enum(PERMISSIONS), allowed: z.boolean() })
      .strict(),
  ).returns<void>(),

  'drafts:list': channel(z.object({ identityId, search: z.string().max(500).optional() }).strict()).returns<DraftSummary[]>(),
  'drafts:create': channel(
    z.object({ identityId, text: z.string().max(100_000), targetSite: z.string().max(200).optional() }).strict(),
  ).returns<DraftSummary>(),
  'drafts:save': channel(z.object({ identityId, draftId: uuid, text: z.string().max(100_000) }).strict()).returns<DraftSummary>(),
  'drafts:history': channel(z.object({ identityId, draftId: uuid }).strict()).returns<DraftVersion[]>(),
  'drafts:restore': channel(
    z.object({ identityId, draftId: uuid, versionId: z.number().int().positive() }).strict(),
  ).returns<DraftSummary>(),
  // A draft changes identity only through this deliberate, confirmed call.
  'drafts:move': channel(
    z.object({ identityId, draftId: uuid, toIdentityId: identityId, confirmed: z.literal(true) }).strict(),
  ).returns<DraftSummary>(),
  'drafts:delete': channel(z.object({ identityId, draftId: uuid }).strict()).returns<void>(),
  'drafts:insertIntoSite': channel(z.object({ identityId, text: z.string().min(1).max(100_000) }).strict()).returns<{ inserted: boolean }>(),

  // Posts a draft through a connected account, after the guard.
  'drafts:post': channel(
    z.object({ identityId, draftId: uuid, site: z.enum(['mastodon', 'bluesky']), handle: z.string().min(1).max(300) }).strict(),
  ).returns<{ url: string }>(),
  'accounts:list': channel(z.object({ identityId }).strict()).returns<ConnectedAccountView[]>(),
  // The secret travels once, renderer to main, into the OS keychain; it is never sent back.
  'accounts:connect': channel(
    z.discriminatedUnion('site', [
      z.object({ identityId, site: z.literal('mastodon'), instanceUrl: httpsUrl, accessToken: z.string().trim().min(8, 'Paste the access token from your Mastodon settings (Development, Your application).').max(500) }).strict(),
      z.object({ identityId, site: z.literal('bluesky'), handle: z.string().trim().min(3).max(300), appPassword: z.string().trim().min(8, 'Create an app password in Bluesky settings and paste it here.').max(100), serviceUrl: httpsUrl.optional() }).strict(),
    ]),
  ).returns<ConnectedAccountView>(),
  'accounts:disconnect': channel(z.object({ identityId, site: z.enum(['mastodon', 'bluesky']), handle: z.string().min(1).max(300) }).strict()).returns<void>(),

  'activity:query': channel(
    z
      .object({
        filter: ActivityFilterSchema,
        after: z.string().max(100).optional(),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
  ).returns<{ rows: ActivityRow[]; nextCursor: string | null }>(),
  'activity:get': channel(z.object({ id: z.number().int().positive() }).strict()).returns<ActivityRow>(),
  'activity:export': channel(z.object({ filter: ActivityFilterSchema, format: z.enum(['csv', 'json']) }).strict()).returns<{
    path: string | null;
    rows: number;
  }>(),

  'activity:getRetention': channel(z.object({}).strict()).returns<{ days: number | null }>(),
  // The only deletion the log knows; applied at once and at every start, and itself logged.
  'activity:setRetention': channel(
    z.object({ days: z.number().int().min(1, 'Keep the log for at least one day, or forever.').max(36_500).nullable() }).strict(),
  ).returns<{ days: number | null; deleted: number }>(),

  // Identity window (its own identity). `depth: 'lexical'` is the keystroke path; 'full' (default) adds the language rules.
  'warnings:evaluate': channel(
    z
      .object({ identityId, text: z.string().max(100_000), site: z.string().max(200).optional(), depth: z.enum(['lexical', 'full']).optional() })
      .strict(),
  ).returns<WarningView[]>(),

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
  ).returns<void>(),
  'warnings:getSettings': channel(z.object({ identityId }).strict()).returns<WarningSettingsView>(),
  // Validated against the profile schema in main, which explains what is wrong.
  'warnings:setSettings': channel(z.object({ identityId, settings: z.record(z.string(), z.unknown()) }).strict()).returns<WarningSettingsView>(),
  'warnings:resetModel': channel(z.object({ identityId }).strict()).returns<WarningSettingsView>(),
  'warnings:export': channel(z.object({ identityId }).strict()).returns<{ json: string }>(),
  'warnings:import': channel(z.object({ identityId, json: z.string().max(5_000_000) }).strict()).returns<WarningSettingsView>(),

  'guard:decide': channel(
    z.object({ identityId, requestId: z.string().min(1).max(100), decision: z.enum(['post', 'cancel']) }).strict(),
  ).returns<void>(),
  // Cancel during the cooling-off delay, after "Post" was chosen.
  'guard:cancel': channel(z.object({ identityId, requestId: z.string().min(1).max(100) }).strict()).returns<{ cancelled: boolean }>(),
  'guard:getPolicy': channel(z.object({ identityId }).strict()).returns<PostPolicyView>(),
  'guard:setPolicy': channel(
    z
      .object({ identityId, confirm: z.enum(['always', 'on-warnings', 'never']), coolingOffSeconds: z.number().int().min(0).max(300) })
      .strict(),
  ).returns<PostPolicyView>(),
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
}
// Compile-time check that every event has a payload type.
const _allEvents: Record<EventName, true> = { 'chrome:siteState': true, 'guard:prompt': true, 'guard:notice': true, 'identities:changed': true };
void _allEvents;
