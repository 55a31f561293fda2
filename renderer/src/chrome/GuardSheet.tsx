import { useEffect, useRef, useState } from 'react';
import type { Identity } from '../../../shared/domain/identity';
import type { GuardPrompt } from '../../../shared/ipc/contract';
import { api, messageOf, unwrap } from '../api';
import { HighlightedText } from './HighlightedText';
import { ErrorBanner } from '../common/ErrorBanner';
import { familyOf, labelOf } from '../../../shared/warnings/families';

/**
 * "You are about to post as …": drawn by our chrome in the identity's
 * colours, never by the site. The safe default is Cancel: it has the focus,
 * and Enter alone never posts.
 */
export function GuardSheet({ identity, prompt, onDone }: { identity: Identity; prompt: GuardPrompt; onDone(requestId: string): void }) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => cancelRef.current?.focus(), [prompt.requestId]);

  const decide = async (decision: 'post' | 'cancel') => {
    try {
      await unwrap(api().guard.decide({ identityId: identity.id, requestId: prompt.requestId, decision }));
      onDone(prompt.requestId);
    } catch (e) {
      setError(messageOf(e));
    }
  };
  const mismatch = prompt.expectedAccount && prompt.accountHint && prompt.expectedAccount !== prompt.accountHint;
  const stop = prompt.warnings.some((w) => w.severity === 'stop');

  return (
    <div className="sheet-backdrop guard-backdrop" role="presentation">
      <div
        className="sheet guard-sheet"
        role="alertdialog"
        aria-modal="true"
        aria-label={`Post as ${identity.name}?`}
        onKeyDown={(e) => {
          if (e.key === 'Escape') void decide('cancel');
          // Enter on its own never posts: only a deliberate click or Space on "Post" does.
          if (e.key === 'Enter' && (e.target as HTMLElement).dataset.action !== 'cancel') e.preventDefault();
        }}
      >
        <div className="sheet-band guard-band">
          <span className="avatar avatar-band">{identity.avatar}</span>
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
          <p className="guard-mismatch" role="alert">
            {identity.name} is logged in as {prompt.accountHint} on {prompt.site}, but posted as {prompt.expectedAccount} before.
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
                  <span className="family-label">{labelOf(w)}</span>
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
            onClick={() => void decide('post')}
          >
            {stop ? `Post anyway as ${identity.name}` : `Post as ${identity.name}`}
          </button>
        </div>
      </div>
    </div>
  );
}
