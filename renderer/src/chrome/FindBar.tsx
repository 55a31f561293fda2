import { useEffect, useRef, useState, type ReactElement } from 'react';
import { api, messageOf, unwrap } from '../api';

/**
 * Find in the page the window shows (the menu's Find in Page, Ctrl/Cmd+F). Drawn in the notice band, above the site,
 * which main moves down for it: nothing of ours may be drawn over the site's area. Enter finds the next match,
 * Shift+Enter the one before, Escape closes it and gives the keys back to the page.
 */
export function useFindBar(identityId: string, enabled: boolean): { bar: ReactElement | null } {
  const [open, setOpen] = useState(false);
  const [focusTick, setFocusTick] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    return api().events.onOpenFind(({ identityId: id }) => {
      if (id !== identityId) return;
      setOpen(true);
      setFocusTick((n) => n + 1);
    });
  }, [identityId, enabled]);
  return { bar: open ? <FindBar identityId={identityId} focusTick={focusTick} onClose={() => setOpen(false)} /> : null };
}

function FindBar({ identityId, focusTick, onClose }: { identityId: string; focusTick: number; onClose(): void }) {
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [found, setFound] = useState<{ matches: number; active: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusTick]);
  useEffect(
    () =>
      api().events.onFound((result) => {
        if (result.identityId === identityId) setFound({ matches: result.matches, active: result.active });
      }),
    [identityId],
  );

  const find = (value: string, direction: 'new' | 'next' | 'previous') => {
    if (!value) {
      setFound(null);
      void api().chrome.stopFind({ identityId, close: false });
      return;
    }
    unwrap(api().chrome.find({ identityId, text: value, direction })).then(
      () => setError(null),
      (e: unknown) => setError(messageOf(e)),
    );
  };
  const close = () => {
    void api().chrome.stopFind({ identityId, close: true });
    onClose();
  };

  return (
    <div className="find-bar" role="search" aria-label="Find in page">
      <input
        ref={input}
        aria-label="Find in page"
        placeholder="Find in page"
        value={text}
        maxLength={500}
        onChange={(e) => {
          setText(e.target.value);
          find(e.target.value, 'new');
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            find(text, e.shiftKey ? 'previous' : 'next');
          }
          if (e.key === 'Escape') {
            e.preventDefault();
            close();
          }
        }}
      />
      <span className="find-count" role="status">
        {error ?? (text && found ? (found.matches === 0 ? 'No matches' : `${found.active} of ${found.matches}`) : '')}
      </span>
      <button type="button" aria-label="Previous match" disabled={!text} onClick={() => find(text, 'previous')}>
        ↑
      </button>
      <button type="button" aria-label="Next match" disabled={!text} onClick={() => find(text, 'next')}>
        ↓
      </button>
      <button type="button" aria-label="Close find" onClick={close}>
        ×
      </button>
    </div>
  );
}
