import { useEffect, useRef, useState } from 'react';
import type { Appearance } from '../../../shared/domain/appearance';
import { api, messageOf, unwrap } from '../api';

const LABELS: Record<Appearance, string> = { system: 'Like the system', light: 'Light', dark: 'Dark' };

/**
 * Hatstand's light or dark appearance, for every window (the sites' pages follow it too). The choice shown is main's:
 * until it has answered the select waits, and a change main refused goes back to what main holds. A read that failed
 * leaves the select usable (choosing is how to try again). It clears only an error it reported itself, never one of
 * the launcher's.
 */
export function AppearanceChoice({ onError }: { onError: (message: string | null) => void }) {
  const [appearance, setAppearance] = useState<Appearance>('system');
  const [asking, setAsking] = useState(true);
  const reported = useRef(false);
  const report = (message: string | null) => {
    if (message === null && !reported.current) return;
    reported.current = message !== null;
    onError(message);
  };
  useEffect(() => {
    void unwrap(api().windows.getAppearance({})).then(
      (r) => setAppearance(r.appearance),
      (e) => report(messageOf(e)),
    ).finally(() => setAsking(false));
    // (Read once, when the launcher opens.)
  }, []);

  const choose = async (wanted: Appearance) => {
    const before = appearance;
    setAppearance(wanted);
    try {
      setAppearance((await unwrap(api().windows.setAppearance({ appearance: wanted }))).appearance);
      report(null);
    } catch (e) {
      setAppearance(before);
      report(messageOf(e));
    }
  };

  return (
    <label className="appearance-choice">
      Appearance
      <select value={appearance} disabled={asking} onChange={(e) => void choose(e.target.value as Appearance)}>
        {(Object.keys(LABELS) as Appearance[]).map((a) => (
          <option key={a} value={a}>
            {LABELS[a]}
          </option>
        ))}
      </select>
    </label>
  );
}
