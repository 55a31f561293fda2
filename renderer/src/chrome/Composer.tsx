import { useCallback, useEffect, useRef, useState } from 'react';
import { charLimitFor, visibleLength } from '../../../shared/domain/char-limits';
import type { Site } from '../../../shared/domain/identity';
import type { ChromeContext, ConnectedAccountView, DraftSummary, DraftVersion, WarningView } from '../../../shared/ipc/contract';
import { api, messageOf, unwrap } from '../api';
import { hostOf, identityStyle } from '../common/identity-style';
import { HighlightedText } from './HighlightedText';
import { WarningLabel, SEVERITY_WORDS } from './WarningLabel';
import { DraftLinks } from './DraftLinks';
import { ErrorBanner } from '../common/ErrorBanner';
import { familyOf, labelOf, type Family } from '../../../shared/warnings/families';
import { wholeTextKey } from '../../../shared/warnings/whole-text';

/** Autosave waits this long after the last keystroke: at most about a second of typing is ever at risk. */
const AUTOSAVE_MS = 400;
/**
 * The word rules run on every keystroke; the language rules (named people,
 * sentiment) run once typing pauses this long, so a keystroke never waits for them.
 */
const FULL_CHECK_MS = 250;
/**
 * The warnings are said to a screen reader once typing has paused this long and only when they changed: read on every
 * keystroke, they would talk over the words being typed.
 */
const WARNINGS_SAID_AFTER_MS = 1000;

const familyOfWarning = (w: WarningView): Family => w.family ?? familyOf(w.ruleId);
/**
 * What "This is fine here" hides for the rest of this text: the family, as the engine keeps the words for it; but the
 * other-identity family by rule, since its rules are separate checks with titles of their own, and a never-say word
 * found fine must not hide another identity's handle.
 */
const fineKeyOf = (w: WarningView): string => {
  const family = familyOfWarning(w);
  return family === 'other-identity' ? `rule:${w.ruleId}` : `family:${family}`;
};
/**
 * Whole-text answers per draft id, for as long as this window is open: the composer unmounts when another panel opens.
 * A draft opened here for the first time reads its answers from main (`warnings:answered`), where they are kept.
 */
const answeredForDraft = new Map<string, ReadonlySet<string>>();
/**
 * The window's saves, one at a time: a flush waits for the one in flight, so the first save names the draft before the
 * next one runs (a second create would make a second draft), an answer given meanwhile knows which draft it is for, and a
 * composer opened again after another panel reads the draft once the closing one's last save has landed.
 */
let saveQueue: Promise<unknown> = Promise.resolve();
/**
 * Text a composer could not save before it closed (a full disk), per draft id ('' for a draft not created yet): the
 * next composer for that draft shows it again, unsaved, instead of the last saved text. For the window's life.
 */
const unsavedText = new Map<string, string>();
let askBeforeClosing = false;
/**
 * Keeps a closed composer's unsaved text. It lives only in this page, so closing the window asks first (as the
 * composer's own beforeunload does); the listener is added only then, since any beforeunload listener makes Chromium
 * ask the page before every close.
 */
function keepUnsaved(key: string, text: string): void {
  unsavedText.set(key, text);
  if (askBeforeClosing) return;
  askBeforeClosing = true;
  window.addEventListener('beforeunload', (event) => {
    if (unsavedText.size > 0) event.preventDefault();
  });
}
const UNSAVED_SENTENCE = 'Not saved: your last changes could not be saved when the composer closed; they are shown here and are saved with your next change.';

/**
 * What to show while typing: the fresh keystroke warnings, plus the language
 * rules' warnings of the last full check whose words are still where they were.
 */
function mergeWarnings(text: string, lexical: readonly WarningView[], full: { text: string; warnings: readonly WarningView[] } | null): WarningView[] {
  if (!full) return [...lexical];
  if (full.text === text) return [...full.warnings];
  const kept = full.warnings.filter(
    (w) =>
      w.end > w.start &&
      w.end <= text.length &&
      text.slice(w.start, w.end) === full.text.slice(w.start, w.end) &&
      !lexical.some((l) => l.ruleId === w.ruleId && l.start === w.start && l.end === w.end),
  );
  return [...lexical, ...kept].sort((a, b) => a.start - b.start);
}

/** The words each warning was found on, taken from the text it was checked against (see `warningKeys`). */
const wordsOf = new WeakMap<WarningView, string>();
function noteWords(text: string, warnings: readonly WarningView[]): WarningView[] {
  for (const w of warnings) wordsOf.set(w, text.slice(w.start, w.end));
  return [...warnings];
}

/**
 * A key for each listed warning that survives edits elsewhere in the text and
 * the full check's results arriving: the rule and its words, not its place.
 * The words come from the text the warning was found in, because the list can
 * be drawn a moment before the check of the newest keystroke answers. (A key
 * that moved remounted the item, which dropped keyboard focus from its "This
 * is fine here" button as the person typed.)
 */
function warningKeys(warnings: readonly WarningView[]): string[] {
  const seen = new Map<string, number>();
  return warnings.map((w) => {
    const base = `${w.ruleId}|${wordsOf.get(w) ?? w.start}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}|${n}`;
  });
}

/**
 * Hatstand's own composer. Every draft belongs to this window's identity; it
 * is saved as you type, checked by the warning engine on every keystroke,
 * and can move to another identity only through a confirmation naming both.
 */
export function Composer(props: {
  context: ChromeContext;
  activeSite: Site | null;
  draftId: string | null;
  onDraftId(id: string | null): void;
}) {
  const { identity, others } = props.context;
  const identityId = identity.id;
  const [draft, setDraft] = useState<DraftSummary | null>(null);
  const [text, setText] = useState('');
  const [lexical, setLexical] = useState<WarningView[]>([]);
  const [full, setFull] = useState<{ text: string; warnings: WarningView[] } | null>(null);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  const [error, setError] = useState<string | null>(null);
  const [history, setHistory] = useState<DraftVersion[] | null>(null);
  const [moveTo, setMoveTo] = useState<string>('');
  const [confirmMove, setConfirmMove] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [accounts, setAccounts] = useState<ConnectedAccountView[]>([]);
  const [postVia, setPostVia] = useState('');
  const [posting, setPosting] = useState(false);
  /** Families the person declared fine for this text ("this is fine here"). */
  const [fine, setFine] = useState<Set<string>>(new Set());
  /** Whole-text warnings declared fine for this draft (`wholeTextKey`), kept while it is edited. */
  const [fineForDraft, setFineForDraft] = useState<ReadonlySet<string>>(() => answeredForDraft.get(props.draftId ?? '') ?? new Set());
  const fullTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout> | null; text: string | null }>({ timer: null, text: null });
  /** The last save was refused (a full disk): the pending text is not kept anywhere yet. */
  const lastSaveFailed = useRef(false);
  /** The text of the save main has not answered yet. */
  const inFlight = useRef<string | null>(null);
  const draftRef = useRef<DraftSummary | null>(null);
  const evalSeq = useRef(0);
  const mirrorRef = useRef<HTMLDivElement>(null);
  const host = props.activeSite ? hostOf(props.activeSite.homeUrl) : null;
  const limit = charLimitFor(host);

  const fullSeq = useRef(0);
  const evaluate = useCallback(
    async (value: string) => {
      const seq = ++evalSeq.current;
      const result = await api().warnings.evaluate({ identityId, text: value, depth: 'lexical', ...(host ? { site: host } : {}) });
      if (seq === evalSeq.current && result.ok) setLexical(noteWords(value, result.value));
      // The language rules once typing pauses.
      if (fullTimer.current) clearTimeout(fullTimer.current);
      const fseq = ++fullSeq.current;
      fullTimer.current = setTimeout(() => {
        void api()
          .warnings.evaluate({ identityId, text: value, depth: 'full', ...(host ? { site: host } : {}) })
          .then((r) => {
            if (fseq === fullSeq.current && r.ok) setFull({ text: value, warnings: noteWords(value, r.value) });
          });
      }, FULL_CHECK_MS);
    },
    [identityId, host],
  );
  useEffect(() => () => void (fullTimer.current && clearTimeout(fullTimer.current)), []);
  const warnings = mergeWarnings(text, lexical, full);

  useEffect(() => {
    void unwrap(api().accounts.list({ identityId })).then(
      (list) => {
        setAccounts(list);
        setPostVia((current) => current || (list[0] ? `${list[0].site}|${list[0].handle}` : ''));
      },
      () => setAccounts([]),
    );
  }, [identityId]);

  /** Shows text a closed composer could not save, as still to be saved (`unsavedText`). */
  const restoreUnsaved = useCallback(
    (key: string, value: string) => {
      unsavedText.delete(key);
      pending.current.text = value;
      lastSaveFailed.current = true;
      setText(value);
      setStatus('error');
      setError(UNSAVED_SENTENCE);
      void evaluate(value);
    },
    [evaluate],
  );

  /** An empty composer for a new draft (or the text of one a closed composer could not create). */
  const startEmpty = useCallback(() => {
    draftRef.current = null;
    setDraft(null);
    setText('');
    setLexical([]);
    setFull(null);
    setFineForDraft(new Set());
    const kept = unsavedText.get('');
    if (kept !== undefined) restoreUnsaved('', kept);
  }, [restoreUnsaved]);

  // Open the requested draft (or start empty).
  useEffect(() => {
    let cancelled = false;
    (async () => {
      // The draft this composer just created (its first save names it) is the one on screen: nothing to open, and
      // what was typed since that save must not be replaced by the saved text.
      if (props.draftId !== null && props.draftId === draftRef.current?.id) return;
      if (!props.draftId) {
        startEmpty();
        return;
      }
      setFineForDraft(answeredForDraft.get(props.draftId) ?? new Set());
      try {
        await saveQueue; // (the closing composer's last save first)
        const [list, stored] = await Promise.all([
          unwrap(api().drafts.list({ identityId })),
          // (Not read, the answers are only asked again: the draft still opens.)
          api()
            .warnings.answered({ identityId, draftId: props.draftId })
            .then((r) => (r.ok ? r.value : []))
            .catch(() => []),
        ]);
        const found = list.find((d) => d.id === props.draftId) ?? null;
        if (cancelled || !found) return;
        // (With those answered in this window meanwhile, which main may not have filed yet.)
        const answered = new Set([...stored, ...(answeredForDraft.get(found.id) ?? [])]);
        answeredForDraft.set(found.id, answered);
        setFineForDraft(answered);
        draftRef.current = found;
        setDraft(found);
        const kept = unsavedText.get(found.id);
        if (kept !== undefined) restoreUnsaved(found.id, kept);
        else {
          setText(found.text);
          void evaluate(found.text);
        }
      } catch (e) {
        setError(messageOf(e));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [props.draftId, identityId, evaluate, startEmpty, restoreUnsaved]);

  /** Saves what is pending (in `saveQueue`'s turn); false when the save failed, and the text stays pending for the next. */
  const flush = useCallback((): Promise<boolean> => {
    const p = pending.current;
    if (p.timer) clearTimeout(p.timer);
    p.timer = null;
    const run = saveQueue.then(async () => {
      const value = p.text;
      p.text = null;
      if (value === null) return true;
      inFlight.current = value;
      setStatus('saving');
      try {
        const saved = draftRef.current
          ? await unwrap(api().drafts.save({ identityId, draftId: draftRef.current.id, text: value }))
          : await unwrap(api().drafts.create({ identityId, text: value, ...(host ? { targetSite: host } : {}) }));
        if (!draftRef.current) {
          props.onDraftId(saved.id);
          unsavedText.delete('');
        }
        unsavedText.delete(saved.id);
        draftRef.current = saved;
        setDraft(saved);
        setStatus('saved');
        setError(null);
        lastSaveFailed.current = false;
        return true;
      } catch (e) {
        // (Kept for the next save, unless newer text is already waiting.)
        p.text ??= value;
        lastSaveFailed.current = true;
        setStatus('error');
        setError(`Not saved: ${messageOf(e)}`);
        return false;
      } finally {
        inFlight.current = null;
      }
    });
    saveQueue = run;
    return run;
  }, [identityId, host, props]);

  // Closing the window (or quitting) unloads the page without unmounting the composer: what is pending is sent now,
  // and main handles it before the page goes. Text the last save could not keep (a full disk) cannot be sent that way:
  // the page asks to stay, and main asks the person whether to close anyway (identity-window.ts, will-prevent-unload).
  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      const waiting = pending.current.text;
      if (waiting === null && inFlight.current === null) return;
      // The disk refused the last save: try again, and stay until it is kept or the person chooses to close.
      if (lastSaveFailed.current) {
        void flush();
        event.preventDefault();
        return;
      }
      if (waiting === null) return; // (the save on its way carries the last text)
      if (inFlight.current === null) {
        void flush();
        return;
      }
      // A save is on its way and newer text waits behind it: sent now, after it (IPC keeps their order). Without a
      // draft yet (the first save creates it), stay until it exists.
      if (draftRef.current) void api().drafts.save({ identityId, draftId: draftRef.current.id, text: waiting });
      else event.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => window.removeEventListener('beforeunload', beforeUnload);
  }, [flush, identityId]);

  // Save what is pending when the panel closes.
  // (A save that fails then keeps its text for the next composer of this draft: the pending text dies with this one.)
  useEffect(
    () => () =>
      void flush().then((saved) => {
        const left = pending.current.text;
        if (!saved && left !== null) keepUnsaved(draftRef.current?.id ?? '', left);
      }),
    [flush],
  );

  const onChange = (value: string) => {
    setText(value);
    setNotice(null);
    setFine(new Set());
    void evaluate(value);
    const p = pending.current;
    p.text = value;
    if (p.timer) clearTimeout(p.timer);
    p.timer = setTimeout(() => void flush(), AUTOSAVE_MS);
  };

  const act = async (work: () => Promise<void>) => {
    try {
      // (Nothing is done on a draft that could not be saved: "Not saved" stays, and the post or answer waits.)
      if (!(await flush())) return;
      await work();
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const length = visibleLength(text);
  const shown = warnings.filter((w) => {
    const whole = wholeTextKey(w);
    return whole === null ? !fine.has(fineKeyOf(w)) : !fineForDraft.has(whole);
  });
  const shownKeys = warningKeys(shown);
  // "This is fine here" answers for the whole family in this text, and teaches the engine these words; for a warning
  // about the whole text, for that warning while this draft is edited.
  const markFine = (w: WarningView) =>
    void act(async () => {
      const family = familyOfWarning(w);
      // (The draft as saved by `act` just now: the click that saves the first words also names the draft.)
      const draftId = draftRef.current?.id;
      await unwrap(api().warnings.override({ identityId, text, warning: { ...w, family }, ...(draftId ? { draftId } : {}) }));
      const whole = wholeTextKey(w);
      if (whole !== null) {
        // (From what is kept for the draft, not this render's state: two cards answered quickly both count.)
        const answered = new Set((draftId ? answeredForDraft.get(draftId) : undefined) ?? fineForDraft).add(whole);
        if (draftId) answeredForDraft.set(draftId, answered);
        if (draftRef.current?.id === draftId) setFineForDraft(answered);
        setNotice(`Noted: fine for this draft (${labelOf(w)}).`);
        return;
      }
      setFine((s) => new Set(s).add(fineKeyOf(w)));
      setNotice(`Noted: fine here (${labelOf(w)}); Hatstand learns from this.`);
    });
  const post = () =>
    void act(async () => {
      if (!draft) return;
      const [site, handle] = postVia.split('|') as ['mastodon' | 'bluesky', string];
      setPosting(true);
      try {
        const { url } = await unwrap(api().drafts.post({ identityId, draftId: draft.id, site, handle }));
        setNotice(`Posted: ${url}`);
        setDraft({ ...draft, status: 'posted', postedUrl: url });
      } finally {
        setPosting(false);
      }
    });
  const destination = others.find((o) => o.id === moveTo);
  const moveRef = useRef<HTMLButtonElement>(null);
  /** "Keep in …" (or Escape): the question goes, and the focus back to "Move…", where it was asked. */
  const keepHere = () => {
    setConfirmMove(false);
    requestAnimationFrame(() => moveRef.current?.focus());
  };

  // What the warnings list says, in one sentence for the live region below (WARNINGS_SAID_AFTER_MS).
  const warningsSentence =
    shown.length === 0
      ? ''
      : `${shown.length} ${shown.length === 1 ? 'warning' : 'warnings'} for ${identity.name}: ${[...new Set(shown.map((w) => `${SEVERITY_WORDS[w.severity]}, ${labelOf(w)}`))].join('; ')}.`;
  const [warningsSaid, setWarningsSaid] = useState('');
  const lastSaid = useRef('');
  useEffect(() => {
    const timer = setTimeout(() => {
      if (warningsSentence === lastSaid.current) return;
      // (Warnings gone are said once too, so the list's last words are not left standing as if still true.)
      setWarningsSaid(warningsSentence || (lastSaid.current ? 'No warnings now.' : ''));
      lastSaid.current = warningsSentence;
    }, WARNINGS_SAID_AFTER_MS);
    return () => clearTimeout(timer);
  }, [warningsSentence, text]);

  return (
    <div className="composer">
      <div className="composer-meta">
        <span>
          For <strong>{limit.site}</strong>
        </span>
        <span className={`char-count${length > limit.limit ? ' over' : ''}`} aria-label="Characters">
          {length} / {limit.limit}
        </span>
        {/* Not live: it changes at every pause in typing ("Saving…", "Saved"), and a save that fails is said by the
            error below (role alert). */}
        <span className={`save-status ${status}`} role="status" aria-live="off">
          {status === 'saving' ? 'Saving…' : status === 'saved' ? 'Saved' : status === 'error' ? 'Not saved' : draft ? 'Saved' : 'New draft'}
        </span>
      </div>
      <div className="editor">
        <div className="editor-mirror" aria-hidden="true" ref={mirrorRef}>
          <HighlightedText text={text} warnings={shown} />
        </div>
        <textarea
          aria-label={`Draft for ${identity.name}`}
          placeholder={`What do you want to say as ${identity.name}?`}
          value={text}
          onChange={(e) => onChange(e.target.value)}
          onScroll={(e) => mirrorRef.current && (mirrorRef.current.scrollTop = e.currentTarget.scrollTop)}
          onBlur={() => void flush()}
          spellCheck
        />
      </div>
      <p className="visually-hidden" aria-live="polite" data-announcer="warnings">
        {warningsSaid}
      </p>
      {shown.length > 0 && (
        <ul className="warning-list" aria-label="Warnings">
          {shown.map((w, i) => (
            <li key={shownKeys[i]} className={`warning severity-${w.severity}`} data-rule={w.ruleId} data-family={familyOfWarning(w)}>
              <WarningLabel warning={w} />
              <span>{w.message}</span>
              {/* A note asks nothing, so there is nothing to answer: marking it fine would also silence the same words
                  when they do warn (another identity's word in that identity's voice). */}
              {w.severity !== 'info' && (
                <button type="button" className="fine" onClick={() => markFine(w)}>
                  This is fine here
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <DraftLinks identityId={identityId} text={text} />
      {notice && <p className="notice">{notice}</p>}
      <ErrorBanner error={error} />
      <div className="composer-actions">
        <button
          type="button"
          className="primary"
          disabled={!text.trim()}
          onClick={() =>
            void act(async () => {
              const { inserted } = await unwrap(api().drafts.insertIntoSite({ identityId, text }));
              setNotice(
                inserted
                  ? `Inserted into ${host ?? 'the site'}. Check it, then post with the site's own button.`
                  : `Click into ${host ?? 'the site'}'s compose box first, then insert again.`,
              );
            })
          }
        >
          Insert into {host ?? 'site'}
        </button>
        <button
          type="button"
          disabled={!draft}
          onClick={() => void act(async () => setHistory(await unwrap(api().drafts.history({ identityId, draftId: draft!.id }))))}
        >
          History
        </button>
        {/* (Emptied here as well as by the draft id: a first save that lands just before, naming the draft, and this
            click's null can reach the panel in one update, which changes nothing there.) */}
        <button
          type="button"
          onClick={() =>
            void act(async () => {
              startEmpty();
              props.onDraftId(null);
            })
          }
        >
          New draft
        </button>
      </div>
      {draft && accounts.length > 0 && (
        <div className="post-via">
          <label>
            Post as {identity.name} via
            <select value={postVia} onChange={(e) => setPostVia(e.target.value)}>
              {accounts.map((a) => (
                <option key={`${a.site}|${a.handle}`} value={`${a.site}|${a.handle}`}>
                  {a.handle} ({a.site})
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="primary" disabled={posting || !text.trim() || draft.status === 'posted'} onClick={post}>
            {draft.status === 'posted' ? 'Posted' : posting ? 'Posting…' : 'Post'}
          </button>
        </div>
      )}
      {draft && others.length > 0 && (
        <div className="move-draft">
          <label>
            Move this draft to
            <select value={moveTo} onChange={(e) => setMoveTo(e.target.value)}>
              <option value="">choose an identity…</option>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.avatar} {o.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" ref={moveRef} disabled={!moveTo} onClick={() => setConfirmMove(true)}>
            Move…
          </button>
        </div>
      )}
      {confirmMove && destination && draft && (
        // Inside the panel, not over the window: the site's view would paint over it (electron#26532).
        <div className="sheet-backdrop in-panel" role="presentation">
          <div
            className="sheet move-sheet"
            role="alertdialog"
            aria-label="Move draft?"
            style={identityStyle(destination.color)}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && !e.nativeEvent.isComposing) keepHere();
            }}
          >
            <div className="sheet-band">
              {identity.avatar} {identity.name} → {destination.avatar} {destination.name}
            </div>
            <p>
              Move this draft from <strong>{identity.name}</strong> to <strong>{destination.name}</strong>? It will no longer be
              in {identity.name}&rsquo;s drafts, and the move is recorded in the activity log.
            </p>
            <blockquote className="move-preview">{text.slice(0, 280)}</blockquote>
            <div className="sheet-actions">
              <button type="button" className="primary" style={identityStyle(identity.color)} onClick={keepHere} autoFocus>
                Keep in {identity.name}
              </button>
              <span className="spacer" />
              <button
                type="button"
                className="move-confirm"
                onClick={() =>
                  void act(async () => {
                    await unwrap(api().drafts.move({ identityId, draftId: draft.id, toIdentityId: destination.id, confirmed: true }));
                    setConfirmMove(false);
                    setMoveTo('');
                    props.onDraftId(null);
                    setNotice(`Moved to ${destination.name}.`);
                  })
                }
              >
                Move to {destination.name}
              </button>
            </div>
          </div>
        </div>
      )}
      {history && draft && (
        <div className="history" aria-label="Draft history">
          <h3>Earlier versions</h3>
          {history.length === 0 && <p className="muted">No earlier versions yet.</p>}
          <ol>
            {history.map((v) => (
              <li key={v.id}>
                <time>{new Date(v.savedAt).toLocaleString()}</time>
                <p>{v.text.slice(0, 200) || <em>empty</em>}</p>
                <button
                  type="button"
                  onClick={() =>
                    void act(async () => {
                      const restored = await unwrap(api().drafts.restore({ identityId, draftId: draft.id, versionId: v.id }));
                      draftRef.current = restored;
                      setDraft(restored);
                      setText(restored.text);
                      setHistory(null);
                      void evaluate(restored.text);
                      setNotice('Version restored.');
                    })
                  }
                >
                  Restore this version
                </button>
              </li>
            ))}
          </ol>
          <button type="button" onClick={() => setHistory(null)}>
            Close history
          </button>
        </div>
      )}
    </div>
  );
}
