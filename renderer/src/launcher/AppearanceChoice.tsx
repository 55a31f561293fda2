import { useEffect, useState } from 'react';
import type { Appearance } from '../../../shared/domain/appearance';
import { api, messageOf, unwrap } from '../api';

const LABELS: Record<Appearance, string> = { system: 'Like the system', light: 'Light', dark: 'Dark' };

/**
 * Hatstand's light or dark appearance, for every window (the sites' pages follow it too). The choice shown is main's:
 * until it has answered the select waits, and a change main refused goes back to what main holds.
 */
export function AppearanceChoice({ onError }: { onError: (message: string | null) => void }) {
  const [appearance, setAppearance] = useState<Appearance | null>(null);
  useEffect(() => {
    void unwrap(api().windows.getAppearance({})).then(
      (r) => setAppearance(r.appearance),
      (e) => onError(messageOf(e)),
    );
  }, [onError]);

  const choose = async (wanted: Appearance) => {
    const before = appearance;
    setAppearance(wanted);
    try {
      setAppearance((await unwrap(api().windows.setAppearance({ appearance: wanted }))).appearance);
      onError(null);
    } catch (e) {
      setAppearance(before);
      onError(messageOf(e));
    }
  };

  return (
    <label className="appearance-choice">
      Appearance
      <select value={appearance ?? 'system'} disabled={appearance === null} onChange={(e) => void choose(e.target.value as Appearance)}>
        {(Object.keys(LABELS) as Appearance[]).map((a) => (
          <option key={a} value={a}>
            {LABELS[a]}
          </option>
        ))}
      </select>
    </label>
  );
}
