import { useEffect, useState } from 'react';
import { api, messageOf, unwrap } from '../api';
import { ErrorBanner } from '../common/ErrorBanner';
import { useOncePerKey } from '../common/useOncePerKey';

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/g;

/**
 * The links in a draft, clickable. A click goes through main's link routing:
 * a link to another identity's site asks which identity opens it, like a
 * click inside a site.
 */
export function DraftLinks({ identityId, text }: { identityId: string; text: string }) {
  const [error, setError] = useState<string | null>(null);
  /** Links being opened: a double click opens one window, not two. */
  const opening = useOncePerKey();
  const links = [...new Set(text.match(URL_IN_TEXT) ?? [])].slice(0, 10);
  // (An error about a link the text no longer holds goes with it.)
  const linkList = links.join('\n');
  useEffect(() => setError(null), [linkList]);
  const open = (url: string) =>
    opening.run(url, async () => {
      try {
        await unwrap(api().links.open({ identityId, url }));
        setError(null);
      } catch (e) {
        setError(messageOf(e));
      }
    });
  if (links.length === 0) return null;
  return (
    <div className="draft-links">
      <span className="muted">Links in this draft:</span>
      {links.map((url) => (
        <button
          key={url}
          type="button"
          className="link-button"
          aria-disabled={opening.busy(url)}
          onClick={() => void open(url)}
        >
          {url.length > 60 ? `${url.slice(0, 57)}…` : url}
        </button>
      ))}
      <ErrorBanner error={error} />
    </div>
  );
}
