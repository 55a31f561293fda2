import { useEffect, useRef, useState } from 'react';
import type { Identity } from '../../../shared/domain/identity';
import type { WarningSettingsView } from '../../../shared/ipc/contract';
import { api, messageOf, unwrap } from '../api';
import { ErrorBanner } from '../common/ErrorBanner';

type WorkHours = { days: number[]; start: string; end: string; timeZone: string; postWhen?: 'inside' | 'outside' };
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const LEXICON_LABELS: Record<string, string> = {
  profanity: 'Profanity',
  politics: 'Partisan politics',
  health: 'Health and medical details',
  'private-life': 'Family and private life',
  substances: 'Alcohol and drugs',
  'confidential-work': 'Confidential work terms',
};

const lines = (v: unknown) => (Array.isArray(v) ? v.join('\n') : '');
const toList = (text: string) => text.split('\n').map((t) => t.trim()).filter(Boolean);

/** What the warning engine watches for in this identity's posts. */
export function WarningSettingsSection({ identity }: { identity: Identity }) {
  const [view, setViewState] = useState<WarningSettingsView | null>(null);
  // The view on screen (with choices not answered yet), and the last one main confirmed: each save is built on what
  // main has, in turn, so a refused value is never sent again inside a later, unrelated save.
  const latest = useRef<WarningSettingsView | null>(null);
  const confirmed = useRef<WarningSettingsView | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const setView = (v: WarningSettingsView) => {
    latest.current = v;
    setViewState(v);
  };
  const [error, setError] = useState<string | null>(null);
  /** Each refused setting's sentence: it stays until that setting saves (another one saving says nothing of it). */
  const [refusals, setRefusalsState] = useState<Readonly<Record<string, string>>>({});
  const refused = useRef<Readonly<Record<string, string>>>({});
  const setRefusals = (r: Readonly<Record<string, string>>) => {
    refused.current = r;
    setRefusalsState(r);
  };
  const [notice, setNotice] = useState<string | null>(null);
  const [transfer, setTransfer] = useState('');
  /** Bumped when values change under the fields (an import, refused hours): they are drawn again from the settings. */
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    void unwrap(api().warnings.getSettings({ identityId: identity.id })).then(
      (v) => {
        latest.current = v;
        confirmed.current = v;
        setViewState(v);
      },
      (e) => setError(messageOf(e)),
    );
  }, [identity.id]);
  if (!view) return <ErrorBanner error={error} />;

  const settings = view.settings;
  // Optimistic: the control shows its new state at once; a refusal puts main's back.
  const save = (patch: Record<string, unknown>, lexiconsOn = view.lexiconsOn, families = view.families, role = view.role) => {
    const current = latest.current ?? view;
    setView({ ...current, settings: { ...current.settings, ...patch }, lexiconsOn, families, role, roleInferred: role === current.role ? current.roleInferred : false });
    const keys = Object.keys(patch);
    queue.current = queue.current.then(async () => {
      const base = confirmed.current ?? current;
      try {
        const v = await unwrap(api().warnings.setSettings({ identityId: identity.id, settings: { ...base.settings, ...patch } }));
        confirmed.current = v;
        setView(v);
        const left = Object.fromEntries(Object.entries(refused.current).filter(([k]) => !keys.includes(k)));
        setRefusals(left);
        setNotice(Object.keys(left).length === 0 ? 'Saved.' : null);
        setError(null);
      } catch (e) {
        if (confirmed.current) setView(confirmed.current);
        // (A typed list stays in its field, to be corrected; hours are drawn again from what is saved.)
        if (keys.includes('workHours')) setRevision((n) => n + 1);
        setRefusals({ ...refused.current, [keys[0] ?? '']: messageOf(e) });
        setNotice(null);
      }
    });
  };
  /** Saves a word list when it changed: a field left as it was must not write its old text over a newer list. */
  const saveList = (key: 'belongs' | 'never' | 'names' | 'employer', text: string) => {
    const list = toList(text);
    const now = ((latest.current ?? view).settings[key] ?? []) as unknown[];
    if (list.length === now.length && list.every((t, i) => t === now[i]) && !(key in refusals)) return;
    save({ [key]: list });
  };
  const lexicons = (settings.lexicons ?? {}) as Record<string, boolean>;
  const familySwitches = (settings.families ?? {}) as Record<string, boolean>;
  const roleInfo = view.roles.find((r) => r.id === view.role);
  // A new role changes the stances of every family: the answer from main shows them.
  const chooseRole = (role: string) => {
    const known = view.roles.find((r) => r.id === role);
    if (known) save({ role }, view.lexiconsOn, view.families, known.id);
  };
  const hours = (settings.workHours ?? null) as WorkHours | null;
  const defaultHours: WorkHours = { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30', timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, postWhen: /pro|work/i.test(identity.name) ? 'inside' : 'outside' };

  return (
    <section className="settings-section" aria-label="Warnings">
      <h2>Warnings</h2>
      {/* What these warnings leave out because a stored value is malformed, each with how to fix it. */}
      {view.problems.length > 0 && (
        <ul className="problems" aria-label="Left out of the warnings">
          {view.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <label>
        {identity.name} is
        <select aria-label="Role" value={view.role} onChange={(e) => chooseRole(e.target.value)}>
          {view.roles.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </select>
      </label>
      {roleInfo && (
        <p className="hint role-describe">
          {roleInfo.describe}
          {view.roleInferred ? ` (Chosen from the name ${identity.name}; pick one to make it explicit.)` : ''}
        </p>
      )}
      <fieldset className="checks families" aria-label="Families">
        <legend>What {identity.name} is warned about</legend>
        {view.families.map((f) => (
          <label key={f.id} className="radio family" title={f.describe} data-family={f.id} data-stance={f.stance}>
            <input
              type="checkbox"
              checked={f.stance === 'stop' || f.stance === 'caution' || f.stance === 'job'}
              onChange={(e) =>
                save(
                  { families: { ...familySwitches, [f.id]: e.target.checked } },
                  view.lexiconsOn,
                  // Shown at once; main's answer then gives the role's own stance back.
                  view.families.map((x) => (x.id === f.id ? { ...x, stance: e.target.checked ? 'caution' : 'off' } : x)),
                )
              }
            />
            {f.label}
            <span className={`stance stance-${f.stance}`}>
              {f.stance === 'stop' ? 'stops' : f.stance === 'caution' ? 'warns' : f.stance === 'job' ? 'the job (only your own life warns)' : 'off'}
            </span>
          </label>
        ))}
      </fieldset>
      <label>
        Words that belong to {identity.name} (one per line)
        <textarea
          rows={3}
          aria-describedby={`belongs-hint-${identity.id}`}
          key={`belongs-${revision}`}
          defaultValue={lines(settings.belongs)}
          onBlur={(e) => saveList('belongs', e.target.value)}
        />
      </label>
      <p className="hint" id={`belongs-hint-${identity.id}`}>
        In another identity's post they are noted, and warned about when the post sounds like {identity.name} speaking.
      </p>
      <label>
        Never say as {identity.name} (one per line)
        <textarea rows={3} key={`never-${revision}`} defaultValue={lines(settings.never)} onBlur={(e) => saveList('never', e.target.value)} />
      </label>
      <label>
        Names {identity.name} goes by (other identities are warned when they mention them)
        <textarea rows={2} key={`names-${revision}`} defaultValue={lines(settings.names)} onBlur={(e) => saveList('names', e.target.value)} />
      </label>
      <label>
        Where {identity.name} works, or what it speaks for (one per line)
        <textarea
          rows={2}
          aria-describedby={`employer-hint-${identity.id}`}
          key={`employer-${revision}`}
          defaultValue={lines(settings.employer)}
          placeholder="St Mary's Hospital"
          onBlur={(e) => saveList('employer', e.target.value)}
        />
      </label>
      <p className="hint" id={`employer-hint-${identity.id}`}>
        A complaint that names it, from any of your identities, is warned about before it is posted.
      </p>
      <fieldset className="checks">
        <legend>Word lists</legend>
        {view.lexicons.map((name) => (
          <label key={name} className="radio">
            <input
              type="checkbox"
              checked={view.lexiconsOn.includes(name)}
              onChange={(e) =>
                save(
                  { lexicons: { ...lexicons, [name]: e.target.checked } },
                  e.target.checked ? [...view.lexiconsOn, name] : view.lexiconsOn.filter((l) => l !== name),
                )
              }
            />
            {LEXICON_LABELS[name] ?? name}
          </label>
        ))}
      </fieldset>
      <fieldset className="checks">
        <legend>Work hours</legend>
        <label className="radio">
          <input type="checkbox" checked={hours !== null} onChange={(e) => save({ workHours: e.target.checked ? defaultHours : null })} />
          Warn about posting {(hours ?? defaultHours).postWhen === 'outside' ? 'inside' : 'outside'} work hours
        </label>
        {hours && (
          <div className="hours">
            <div className="days">
              {DAYS.map((d, i) => (
                <label key={d} className="radio">
                  <input
                    type="checkbox"
                    checked={hours.days.includes(i + 1)}
                    onChange={(e) =>
                      save({ workHours: { ...hours, days: e.target.checked ? [...hours.days, i + 1].sort() : hours.days.filter((x) => x !== i + 1) } })
                    }
                  />
                  {d}
                </label>
              ))}
            </div>
            <label>
              From
              <input type="time" key={`start-${revision}`} defaultValue={hours.start} onBlur={(e) => save({ workHours: { ...hours, start: e.target.value } })} />
            </label>
            <label>
              To
              <input type="time" key={`end-${revision}`} defaultValue={hours.end} onBlur={(e) => save({ workHours: { ...hours, end: e.target.value } })} />
            </label>
            <label>
              Time zone
              <input key={`zone-${revision}`} defaultValue={hours.timeZone} onBlur={(e) => save({ workHours: { ...hours, timeZone: e.target.value } })} />
            </label>
          </div>
        )}
      </fieldset>
      <div className="model">
        <span>
          Learned style: trained on <strong>{view.modelTexts}</strong> of {identity.name}&rsquo;s texts, on this computer only.
        </span>
        <button
          type="button"
          onClick={() =>
            void unwrap(api().warnings.resetModel({ identityId: identity.id })).then(
              (v) => {
                setView(v);
                setNotice('Learned model reset.');
              },
              (e) => setError(messageOf(e)),
            )
          }
        >
          Reset
        </button>
      </div>
      <details className="transfer">
        <summary>Import or export these settings</summary>
        <textarea aria-label="Settings as JSON" rows={6} value={transfer} onChange={(e) => setTransfer(e.target.value)} placeholder='{"identities": [...]}' />
        <div className="composer-actions">
          <button type="button" onClick={() => void unwrap(api().warnings.export({ identityId: identity.id })).then((r) => setTransfer(r.json), (e) => setError(messageOf(e)))}>
            Export
          </button>
          <button
            type="button"
            disabled={!transfer.trim()}
            onClick={() =>
              void unwrap(api().warnings.import({ identityId: identity.id, json: transfer })).then(
                (v) => {
                  confirmed.current = v;
                  setView(v);
                  setRevision((r) => r + 1);
                  setRefusals({});
                  setNotice('Imported.');
                  setError(null);
                },
                (e) => setError(messageOf(e)),
              )
            }
          >
            Import
          </button>
        </div>
      </details>
      {notice && <p className="notice">{notice}</p>}
      <ErrorBanner error={[...Object.values(refusals), ...(error ? [error] : [])].join(' ') || null} />
    </section>
  );
}
