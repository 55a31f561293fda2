import { useEffect, useRef, useState } from 'react';
import { keepTabInside } from '../common/keep-tab-inside';
import { useModalSheet } from '../common/useModalSheet';
import type { Identity } from '../../../shared/domain/identity';
import type { LinkQuestion, NetworkFailure } from '../../../shared/ipc/contract';
import { api, messageOf, unwrap } from '../api';
import { identityStyle } from '../common/identity-style';
import { useNotices } from './notices/NoticeCenter';
import { linkChoicesChanged } from '../common/link-choices';

/** The notice key of a request that failed at the proxy: a newer one replaces it in place. */
const REQUEST_FAILURE = 'network:request-failed';

/**
 * What the identity's network asks or tells, drawn by the chrome over the site
 * area ONLY while main keeps the site view aside (a site view paints above the
 * chrome page, electron#26532; window-manager.ts ask/settled and
 * identity-window.ts showNetworkFailure hide it exactly then): the proxy
 * failed, or a link belongs to another identity. A chrome that (re)loads gets
 * what is still up from chrome:context (`failure`, `question`). A request of
 * a page that stays up failing at the proxy, and what goes wrong when the
 * person answers, are notices in the band (NoticeCenter).
 */
export function NetworkSheet(props: {
  identity: Identity;
  failure: NetworkFailure | undefined;
  question: LinkQuestion | undefined;
  popup?: boolean;
  /** Opens the identity's network settings (not in a sign-in popup, which has none). */
  onNetworkSettings?: () => void;
}) {
  const { identity } = props;
  const notices = useNotices();
  // Taken once, when the chrome (re)loads; events keep them current after that.
  const [failure, setFailure] = useState<NetworkFailure | null>(props.failure ?? null);
  const [question, setQuestion] = useState<LinkQuestion | null>(props.question ?? null);
  useEffect(() => {
    let live = true;
    /** Whether an event came since this subscribed: it is newer than any context read below. */
    const heard = { failure: false, question: false };
    const offFailure = api().events.onFailure((f) => {
      if (f.identityId !== identity.id) return;
      if (f.scope !== 'request') heard.failure = true;
      // A request of a page still shown: the page stays, so a notice says it (one per outage, main sees to that).
      if (f.scope === 'request') {
        return notices.show({
          key: REQUEST_FAILURE,
          level: 'error',
          message: f.message,
          actions: [
            { label: 'Reload page', run: () => unwrap(api().chrome.navigate({ identityId: identity.id, action: 'reload' })) },
            ...(props.onNetworkSettings ? [{ label: 'Network settings', run: props.onNetworkSettings }] : []),
          ],
        });
      }
      // The page itself: drawn over the site area (main hides the view), which says it all.
      notices.dismiss(REQUEST_FAILURE);
      setFailure(f.active ? f : null);
    });
    const offQuestion = api().events.onQuestion((q) => {
      if (q.identityId !== identity.id) return;
      heard.question = true;
      setQuestion(q);
    });
    // This subscribes once the chrome has read its context and drawn: a failure or a question main sent between the
    // two reached no listener, while main keeps the site aside for it. Read again now, unless an event came since. (A
    // sign-in popup's context carries its own page's failure, and no question: those are asked in the identity window.)
    void unwrap(api().chrome.context({ identityId: identity.id })).then(
      (context) => {
        if (!live) return;
        if (!heard.failure && context.networkFailure) setFailure(context.networkFailure);
        if (!props.popup && !heard.question && context.linkQuestion) setQuestion(context.linkQuestion);
      },
      () => undefined, // (the chrome's own read says what failed)
    );
    return () => {
      live = false;
      offFailure();
      offQuestion();
    };
  }, [identity.id, notices, props.popup]);

  if (question) {
    return (
      <LinkQuestionSheet
        identity={identity}
        question={question}
        onDone={(error) => {
          setQuestion(null);
          if (error) notices.error(error);
        }}
      />
    );
  }
  if (failure?.scope === 'page') {
    // The site's own page did not open (a certificate, an address not found, offline): not the proxy's doing, so
    // nothing here sends the person to the proxy.
    return (
      <div className="network-failure" role="alert" aria-label="The page did not open">
        <p className="network-failure-title">The page did not open</p>
        <p>{failure.message}</p>
        <p className="hint">Try again in a moment; if it goes on, the site or this computer&rsquo;s network needs fixing.</p>
        <div className="sheet-actions">
          <TryAgain identityId={identity.id} />
        </div>
      </div>
    );
  }
  if (failure) {
    return (
      <div className="network-failure" role="alert" aria-label={`${identity.name}'s connection`}>
        <p className="network-failure-title">{identity.name} cannot connect</p>
        <p>{failure.message}</p>
        <p className="hint">
          Hatstand never falls back to a direct connection. Start the proxy again or change {identity.name}&rsquo;s network in Settings, then try again.
        </p>
        <div className="sheet-actions">
          <TryAgain identityId={identity.id} />
          {props.onNetworkSettings && (
            <button type="button" onClick={props.onNetworkSettings}>
              Network settings
            </button>
          )}
        </div>
      </div>
    );
  }
  return null;
}

/** Loads the page shown again (chrome:navigate reload, through the identity's network); a failure is a notice. */
function TryAgain({ identityId }: { identityId: string }) {
  const notices = useNotices();
  return (
    <button type="button" className="primary" onClick={() => void unwrap(api().chrome.navigate({ identityId, action: 'reload' })).catch((e) => notices.error(messageOf(e)))}>
      Try again
    </button>
  );
}

function LinkQuestionSheet({ identity, question, onDone }: { identity: Identity; question: LinkQuestion; onDone(error?: string): void }) {
  const [always, setAlways] = useState(false);
  const ownerRef = useRef<HTMLButtonElement>(null);
  const backdropRef = useRef<HTMLDivElement>(null);
  useModalSheet(backdropRef);
  useEffect(() => ownerRef.current?.focus(), [question.questionId]);
  const answer = async (choice: 'owner' | 'here' | 'cancel') => {
    // Either way the question is over (main settled it, or it had expired): the sheet goes, an error stays as a notice.
    try {
      const kept = choice !== 'cancel' && always;
      await unwrap(api().links.answer({ identityId: identity.id, questionId: question.questionId, choice, always: kept }));
      if (kept) linkChoicesChanged();
      onDone();
    } catch (e) {
      onDone(messageOf(e));
    }
  };
  return (
    <div className="sheet-backdrop link-backdrop" role="presentation" ref={backdropRef}>
      <div
        className="sheet link-sheet"
        role="alertdialog"
        aria-modal="true"
        aria-label={question.question}
        tabIndex={-1}
        style={identityStyle(question.owner.color)}
        onKeyDown={(e) => {
          keepTabInside(e);
          if (e.key === 'Escape') void answer('cancel');
        }}
      >
        <div className="sheet-band">
          <span className="avatar" aria-hidden="true">{question.owner.avatar}</span>
          <span>{question.domain} belongs to {question.owner.name}</span>
        </div>
        <p className="link-question">{question.question}</p>
        <p className="hint link-url">{question.url}</p>
        <p className="hint">
          Here, it opens with {question.hereName}&rsquo;s logins and cookies; as {question.owner.name}, in {question.owner.name}&rsquo;s own window.
        </p>
        <label className="radio">
          <input type="checkbox" checked={always} onChange={(e) => setAlways(e.target.checked)} />
          Always do this for {question.domain} (you can change it in Settings)
        </label>
        <div className="sheet-actions">
          <button ref={ownerRef} type="button" className="primary" onClick={() => void answer('owner')}>
            Open as {question.owner.name}
          </button>
          <button type="button" onClick={() => void answer('here')}>
            Open here as {question.hereName}
          </button>
          <span className="spacer" />
          <button type="button" onClick={() => void answer('cancel')}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
