import { useEffect, useRef, useState } from 'react';
import type { Identity } from '../../../shared/domain/identity';
import { api, messageOf, unwrap } from '../api';
import { identityStyle } from '../common/identity-style';
import { ErrorBanner } from '../common/ErrorBanner';
import { inferRole, ROLE_POLICIES, ROLES, type Role } from '../../../shared/warnings/roles';

const SWATCHES = ['#c2410c', '#1d4ed8', '#15803d', '#7e22ce', '#be123c', '#0f766e', '#a16207', '#334155'];

/** Create, rename, recolour or remove an identity. Removal says what it wipes. */
export function IdentityEditor(props: { identity: Identity | null; takenColors?: readonly string[]; onClose(): void; onSaved(removed?: boolean): void }) {
  const { identity } = props;
  const [name, setName] = useState(identity?.name ?? '');
  // Two identities never share a colour (main refuses it), so a new one starts on a free swatch.
  const [color, setColor] = useState(identity?.color ?? SWATCHES.find((c) => !props.takenColors?.includes(c)) ?? SWATCHES[2]!);
  const [avatar, setAvatar] = useState(identity?.avatar ?? '🎩');
  // The role preset of a new identity: proposed from its name until the person picks one.
  const [role, setRole] = useState<Role | null>(null);
  const shownRole: Role = role ?? inferRole(name);
  // Where the person works: a complaint naming it, from any identity, is warned about.
  const [employer, setEmployer] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);
  /** A save or removal in flight: its buttons wait (a second removal would wipe the same data twice at once). */
  const [busy, setBusy] = useState<'saving' | 'removing' | null>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const removeRef = useRef<HTMLButtonElement>(null);
  const keep = () => {
    setConfirmRemove(false);
    // (Back to "Remove…", where the question came from, once it is drawn again.)
    requestAnimationFrame(() => removeRef.current?.focus());
  };
  // The safe answer has the focus, so Enter keeps the identity.
  useEffect(() => {
    if (confirmRemove) keepRef.current?.focus();
  }, [confirmRemove]);

  // Escape answers the removal question with "Keep it", and otherwise closes the sheet, as its Cancel does. (On the
  // window: the focus may have left the sheet for the browser's own controls, the page behind being inert.)
  const { onClose } = props;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // (Not Escape cancelling an input method's composition, nor one a control already answered.)
      if (e.key !== 'Escape' || e.isComposing || e.defaultPrevented || busy) return;
      e.preventDefault();
      if (confirmRemove) keep();
      else onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [busy, confirmRemove, onClose]);

  const save = async () => {
    if (busy) return;
    setBusy('saving');
    try {
      if (identity) await unwrap(api().identities.update({ identityId: identity.id, name, color, avatar }));
      else await unwrap(api().identities.create({ name, color, avatar, role: shownRole, ...(employer.trim() ? { employer: employer.trim() } : {}) }));
      props.onSaved();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(null);
    }
  };
  const remove = async () => {
    if (!identity || busy) return;
    setBusy('removing');
    try {
      await unwrap(api().identities.remove({ identityId: identity.id, confirmed: true }));
      props.onSaved(true);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="sheet-backdrop" role="presentation">
      <form
        className="sheet identity-editor"
        role="dialog"
        aria-modal="true"
        aria-label={identity ? `Edit ${identity.name}` : 'New identity'}
        style={identityStyle(color)}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="sheet-band">
          <span className="avatar" aria-hidden="true">{avatar}</span> {name || 'New identity'}
        </div>
        <label>
          Name
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={40} autoFocus />
        </label>
        <label>
          Avatar (emoji or initials)
          <input value={avatar} onChange={(e) => setAvatar(e.target.value)} maxLength={16} />
        </label>
        {!identity && (
          <label>
            What is this identity?
            <select aria-label="Role" value={shownRole} onChange={(e) => setRole(e.target.value as Role)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_POLICIES[r].label}
                </option>
              ))}
            </select>
            <span className="hint">{ROLE_POLICIES[shownRole].describe} You can change it in the identity&rsquo;s settings.</span>
          </label>
        )}
        {!identity && (
          <>
            <label>
              Employer or organisation (optional)
              <input value={employer} onChange={(e) => setEmployer(e.target.value)} maxLength={100} placeholder="St Mary's Hospital" aria-describedby="new-identity-employer-hint" />
            </label>
            <p className="hint" id="new-identity-employer-hint">
              A complaint that names it, from any of your identities, is warned about before it is posted.
            </p>
          </>
        )}
        <fieldset className="swatches">
          <legend>Colour</legend>
          {SWATCHES.map((s) => (
            <button
              key={s}
              type="button"
              className={`swatch${s === color ? ' selected' : ''}`}
              style={identityStyle(s)}
              aria-label={`Colour ${s}`}
              aria-pressed={s === color}
              onClick={() => setColor(s)}
            />
          ))}
          <input type="color" value={color} onChange={(e) => setColor(e.target.value)} aria-label="Custom colour" />
        </fieldset>
        <ErrorBanner error={error} />
        {confirmRemove && identity ? (
          <div className="danger-zone" role="alertdialog" aria-label={`Remove ${identity.name}?`}>
            <p>
              Remove <strong>{identity.name}</strong>? Its window closes and everything its sites stored on this computer is
              cleared: logins, cookies, site data and cache. Its drafts are deleted. This cannot be undone.
            </p>
            <button type="button" className="danger" onClick={() => void remove()} aria-disabled={busy !== null}>
              {busy === 'removing' ? `Removing ${identity.name}\u2026` : `Remove ${identity.name} and clear its data`}
            </button>
            <button type="button" ref={keepRef} onClick={() => busy === null && keep()} aria-disabled={busy !== null}>
              Keep it
            </button>
          </div>
        ) : (
          <div className="sheet-actions">
            {identity && (
              <button type="button" className="danger-link" ref={removeRef} onClick={() => setConfirmRemove(true)}>
                Remove…
              </button>
            )}
            <span className="spacer" />
            <button type="button" onClick={props.onClose}>
              Cancel
            </button>
            <button type="submit" className="primary" aria-disabled={busy !== null}>
              {identity ? 'Save' : 'Create'}
            </button>
          </div>
        )}
      </form>
    </div>
  );
}
