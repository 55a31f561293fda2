import { useState } from 'react';
import { api, messageOf, unwrap } from '../api';
import { ErrorBanner } from '../common/ErrorBanner';

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/g;

/**
 * The links in a draft, clickable. A click goes through main's link routing:
 * a link to another identity's site asks which identity opens it, like a
 * click inside a site.
 */
export function DraftLinks({ identityId, text }: { identityId: string; text: string }) {
  const [error, setError] = useState<string | null>(null);
  const links = [...new Set(text.match(URL_IN_TEXT) ?? [])].slice(0, 10);
  if (links.length === 0) return null;
  return (
    <div className="draft-links">
      <span className="muted">Links in this draft:</span>
      {links.map((url) => (
        <button
          key={url}
          type="button"
          className="link-button"
          onClick={() => void unwrap(api().links.open({ identityId, url })).then(() => setError(null), (e) => setError(messageOf(e)))}
        >
          {url.length > 60 ? `${url.slice(0, 57)}…` : url}
        </button>
      ))}
      <ErrorBanner error={error} />
    </div>
  );
}
