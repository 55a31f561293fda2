import { useEffect, useId, useRef, useState } from 'react';
import { keepTabInside } from '../common/keep-tab-inside';
import { useModalSheet } from '../common/useModalSheet';
import type { Identity } from '../../../shared/domain/identity';
import type { GuardPrompt } from '../../../shared/ipc/contract';
import { api, messageOf, unwrap, UserFacingError } from '../api';
import { HighlightedText } from './HighlightedText';
import { WarningLabel } from './WarningLabel';
import { ErrorBanner } from '../common/ErrorBanner';
import { familyOf } from '../../../shared/warnings/families';

/**
 * "You are about to post as …": drawn by our chrome in the identity's
 * colours, never by the site. The safe default is Cancel: it has the focus,
 * and Enter alone never posts.
 */
/**
 * How long "Post" stays off when a sheet appears: the second click of a double click on the last sheet's "Post" (or a
 * click meant for the page) must not post a text nobody has read. (The chrome keys the sheet by its post, so each post
 * gets a fresh sheet and a fresh wait.)
 */
export const POST_ARMS_AFTER_MS = 600;

export function GuardSheet({ identity, prompt, onDone }: { identity: Identity; prompt: GuardPrompt; onDone(requestId: string): void }) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  const backdropRef = useRef<HTMLDivElement>(null);
  useModalSheet(backdropRef);
  const [error, setError] = useState<string | null>(null);
  const [armed, setArmed] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => cancelRef.current?.focus(), [prompt.requestId]);
  useEffect(() => {
    const timer = setTimeout(() => setArmed(true), POST_ARMS_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);

  const decide = async (decision: 'post' | 'cancel') => {
    if (busy || (decision === 'post' && !armed)) return;
    setBusy(true);
    try {
      await unwrap(api().guard.decide({ identityId: identity.id, requestId: prompt.requestId, decision }));
      onDone(prompt.requestId);
    } catch (e) {
      // The post is no longer waiting (the page gave it up, or it timed out): a notice says which, and the sheet goes.
      if (e instanceof UserFacingError && e.code === 'guard/not-waiting') onDone(prompt.requestId);
      else {
        setError(messageOf(e));
        // (The Post button was disabled under the focus while the answer was in flight: focus goes back to the safe
        // choice, inside the sheet, where Escape is heard.)
        cancelRef.current?.focus();
      }
    } finally {
      setBusy(false);
    }
  };
  const mismatch = prompt.expectedAccount && prompt.accountHint && prompt.expectedAccount !== prompt.accountHint;
  const stop = prompt.warnings.some((w) => w.severity === 'stop');
  // Why the sheet came up, read with its name when it opens (focus goes to Cancel, past the text in between).
  const mismatchId = useId();
  const refusedBeforeId = useId();
  const describedBy = [mismatch ? mismatchId : null, prompt.refusedBefore ? refusedBeforeId : null].filter((id) => id !== null).join(' ');

  return (
    <div className="sheet-backdrop guard-backdrop" role="presentation" ref={backdropRef}>
      <div
        className="sheet guard-sheet"
        role="alertdialog"
        aria-modal="true"
        aria-label={`Post as ${identity.name}?`}
        aria-describedby={describedBy || undefined}
        tabIndex={-1}
        onKeyDown={(e) => {
          keepTabInside(e);
          if (e.key === 'Escape') void decide('cancel');
          // Enter on its own never posts: only a deliberate click or Space on "Post" does.
          if (e.key === 'Enter' && (e.target as HTMLElement).dataset.action !== 'cancel') e.preventDefault();
        }}
      >
        <div className="sheet-band guard-band">
          <span className="avatar avatar-band" aria-hidden="true">{identity.avatar}</span>
          <div>
            <div className="guard-question">
              Post as <strong>{identity.name}</strong>?
            </div>
            <div className="guard-where">
              {prompt.kind === 'message' ? 'Direct message' : prompt.kind === 'reply' ? 'Reply' : prompt.kind === 'quote' ? 'Quote' : prompt.kind === 'comment' ? 'Comment' : 'Post'} on{' '}
              <strong>{prompt.site}</strong>
              {prompt.accountHint ? <> as <strong>{prompt.accountHint}</strong></> : null}
            </div>
          </div>
        </div>
        {mismatch && (
          <p className="guard-mismatch" role="alert" id={mismatchId}>
            {identity.name} is logged in as {prompt.accountHint} on {prompt.site}, but posted as {prompt.expectedAccount} before.
          </p>
        )}
        {prompt.refusedBefore && (
          <p className="guard-refused-before" id={refusedBeforeId}>
            {prompt.refusedBefore}
          </p>
        )}
        <div className="guard-text">
          {prompt.text === null ? (
            <em>Hatstand could not read the text of this post. Check it on the site before you let it go.</em>
          ) : (
            <HighlightedText text={prompt.text} warnings={prompt.warnings} />
          )}
        </div>
        {prompt.warnings.length > 0 && (
          <ul className="warning-list" aria-label="Warnings">
            {prompt.warnings.map((w, i) => {
              const family = w.family ?? familyOf(w.ruleId);
              return (
                <li key={i} className={`warning severity-${w.severity}`} data-rule={w.ruleId} data-family={family}>
                  <WarningLabel warning={w} />
                  <span>{w.message}</span>
                </li>
              );
            })}
          </ul>
        )}
        {prompt.coolingOffSeconds > 0 && (
          <p className="hint">
            After you choose Post, it waits {prompt.coolingOffSeconds} s before it leaves, and you can still cancel it.
          </p>
        )}
        <ErrorBanner error={error} />
        <div className="sheet-actions">
          <button type="button" ref={cancelRef} data-action="cancel" className="primary" onClick={() => void decide('cancel')}>
            Cancel
          </button>
          <span className="spacer" />
          <button
            type="button"
            data-action="post"
            className={stop ? 'danger' : ''}
            disabled={!armed || busy}
            onClick={() => void decide('post')}
          >
            {stop ? `Post anyway as ${identity.name}` : `Post as ${identity.name}`}
          </button>
        </div>
      </div>
    </div>
  );
}
