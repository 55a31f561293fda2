import { AppError } from '../../../../shared/result';
import type { Store } from '../store';
import type { Handlers } from './router';
import type { WindowsPort } from './ports';
import { WarningsService } from '../warnings/warnings-service';
import type { ConfirmationBroker } from '../confirmations/confirmation-broker';
import type { PostGuard } from '../post-guard';
import { POLICY_KEY, policyFor } from './guard-services';
import { LEXICON_NAMES, RULE_IDS } from '../../../../shared/warnings';
import { afterCommit, reportToConsole, type FollowUpReporter } from '../after-commit';

type ContentChannels =
  | 'drafts:list'
  | 'drafts:create'
  | 'drafts:save'
  | 'drafts:history'
  | 'drafts:restore'
  | 'drafts:move'
  | 'drafts:delete'
  | 'drafts:insertIntoSite'
  | 'activity:query'
  | 'activity:get'
  | 'activity:export'
  | 'activity:getRetention'
  | 'activity:setRetention'
  | 'warnings:evaluate'
  | 'warnings:override'
  | 'warnings:answered'
  | 'warnings:getSettings'
  | 'warnings:setSettings'
  | 'warnings:resetModel'
  | 'warnings:export'
  | 'warnings:import'
  | 'guard:decide'
  | 'guard:cancel'
  | 'guard:getPolicy'
  | 'guard:setPolicy';

export const RETENTION_KEY = 'activity.retentionDays';
/** How many days of events the log keeps; null (the default) is forever. */
export const retentionDays = (store: Store): number | null => store.settings.get<number | null>(RETENTION_KEY, null);

/** Drafts, the activity log, warnings and post decisions. */
export function contentHandlers(deps: {
  store: Store;
  windows: WindowsPort;
  warnings: WarningsService;
  guard: PostGuard;
  broker: ConfirmationBroker;
  report?: FollowUpReporter;
}): Pick<Handlers, ContentChannels> {
  const { store, windows, warnings } = deps;
  const report = deps.report ?? reportToConsole;
  /** A draft as seen from one identity: another identity's draft does not exist here. */
  const draftOf = (identityId: string, draftId: string) => {
    const draft = store.drafts.get(draftId);
    if (draft.identityId !== identityId) throw new AppError('store/not-found', 'That draft is not one of this identity\u2019s drafts.');
    return draft;
  };
  /** After a draft changes: similarity looks at drafts, and the draft's warnings are reconciled. */
  const changedDrafts = <T extends { id: string; identityId: string; text: string; targetSite: string | null } | void>(value: T): T => {
    warnings.draftsChanged();
    // The draft is saved; reconciling its warnings is follow-up work that must not turn the save into an error.
    if (value) afterCommit(report, 'Reconciling the draft\u2019s warnings', () => warnings.reconcileDraft(value));
    return value;
  };
  const settingsView = (identityId: string) => {
    const { role, inferred } = warnings.roleOf(identityId);
    return {
      settings: warnings.settingsFor(identityId) as Record<string, unknown>,
      modelTexts: warnings.modelTexts(identityId),
      lexiconsOn: warnings.lexiconsOn(identityId),
      lexicons: LEXICON_NAMES,
      rules: RULE_IDS,
      role,
      roleInferred: inferred,
      roles: WarningsService.roles(),
      families: warnings.familiesOf(identityId),
      problems: warnings.problemsOf(identityId),
    };
  };

  return {
    'drafts:list': ({ identityId, search }) => store.drafts.list(identityId, search ? { search } : {}),
    'drafts:create': ({ identityId, text, targetSite }) => changedDrafts(store.drafts.create(identityId, text, targetSite)),
    'drafts:save': ({ identityId, draftId, text }) => {
      draftOf(identityId, draftId);
      return changedDrafts(store.drafts.save(draftId, text));
    },
    'drafts:history': ({ identityId, draftId }) => {
      draftOf(identityId, draftId);
      return store.drafts.history(draftId);
    },
    'drafts:restore': ({ identityId, draftId, versionId }) => {
      draftOf(identityId, draftId);
      return changedDrafts(store.drafts.restore(draftId, versionId));
    },
    'drafts:move': ({ identityId, draftId, toIdentityId }) => {
      draftOf(identityId, draftId);
      if (toIdentityId === identityId) throw new AppError('store/invalid', 'The draft already belongs to this identity.');
      return changedDrafts(store.drafts.move(draftId, toIdentityId));
    },
    'drafts:delete': ({ identityId, draftId }) => {
      draftOf(identityId, draftId);
      store.drafts.remove(draftId);
      warnings.draftsChanged();
    },
    'drafts:insertIntoSite': async ({ identityId, text }) => ({ inserted: await windows.insertIntoSite(identityId, text) }),

    'activity:query': ({ filter, after, limit }) => {
      const page = store.activity.query({ ...filter, ...(after ? { after } : {}), limit });
      return { rows: page.rows.map(({ text: _text, ...row }) => row), nextCursor: page.nextCursor };
    },
    'activity:get': ({ id }) => {
      const { text: _text, ...row } = store.activity.get(id);
      return row;
    },
    'activity:export': async ({ filter, format }) => {
      const path = await windows.chooseExportPath(format);
      if (!path) return { path: null, rows: 0 };
      const { rows, file } = await store.activity.exportTo(filter, format, path);
      return { path: file, rows };
    },

    'activity:getRetention': () => ({ days: retentionDays(store) }),
    'activity:setRetention': async ({ days }) => {
      store.settings.set(RETENTION_KEY, days);
      store.activity.append({ kind: 'settings.changed', summary: days === null ? 'The log is kept forever' : `The log keeps ${days} days of events` });
      return { days, deleted: await store.activity.applyRetention(days) };
    },
    'warnings:evaluate': ({ identityId, text, site, depth }) => warnings.evaluate(identityId, text, site, depth ?? 'full'),
    'warnings:override': ({ identityId, draftId, text, warning, reason }) => {
      if (draftId) draftOf(identityId, draftId);
      warnings.override({ identityId, text, warning, ...(draftId ? { draftId } : {}), ...(reason ? { reason } : {}) });
    },
    'warnings:answered': ({ identityId, draftId }) => {
      draftOf(identityId, draftId);
      return warnings.answeredForDraft(draftId, identityId);
    },
    'warnings:getSettings': ({ identityId }) => settingsView(identityId),
    'warnings:setSettings': ({ identityId, settings }) => {
      warnings.setSettings(identityId, settings);
      return settingsView(identityId);
    },
    'warnings:resetModel': ({ identityId }) => {
      warnings.resetModel(identityId);
      return settingsView(identityId);
    },
    'warnings:export': ({ identityId }) => ({ json: warnings.exportProfile(identityId) }),
    'warnings:import': ({ identityId, json }) => {
      warnings.importProfile(identityId, json);
      return settingsView(identityId);
    },

    'guard:decide': ({ identityId, requestId, decision }) => deps.broker.decide(identityId, requestId, decision),
    'guard:cancel': ({ identityId, requestId }) => {
      const held = deps.guard.heldRequests().find((r) => r.requestId === requestId && r.identityId === identityId);
      return { cancelled: held ? deps.guard.cancel(requestId) : false };
    },
    'guard:getPolicy': ({ identityId }) => policyFor(store, identityId),
    'guard:setPolicy': ({ identityId, confirm, coolingOffSeconds }) => {
      const before = policyFor(store, identityId);
      const policy = { confirm, coolingOffSeconds };
      store.settings.setFor(identityId, POLICY_KEY, policy);
      store.activity.append({
        identityId,
        kind: 'settings.changed',
        summary: `Posting policy of ${store.identities.get(identityId).name}: confirm ${confirm}, cooling-off ${coolingOffSeconds} s`,
        details: { before, after: policy },
      });
      return policy;
    },
  };
}
