/**
 * A site page whose renderer stopped answering (Electron's `unresponsive`: input unanswered for 15 s), in the one
 * sentence the identity window's notice says: "x.com is not responding." The notice offers Wait and Reload; the
 * sentence names only the site, which is what the person sees frozen.
 */
export function pageNotRespondingMessage(url: string): string {
  return `${hostOr(url)} is not responding.`;
}

/**
 * The same for the page of a popup (a sign-in window a site opened): its window has our band naming the identity but
 * no notice band, so the person is asked in a question over it, which names the identity too, as its band is not
 * what they look at: "accounts.x.com is not responding in Professional's pop-up window."
 */
export function popupNotRespondingMessage(url: string, identityName: string): string {
  return `${hostOr(url)} is not responding in ${identityName}'s pop-up window.`;
}

function hostOr(url: string): string {
  let host = '';
  try {
    host = new URL(url).host;
  } catch {
    // (No address to name: the page had shown nothing yet.)
  }
  return host || 'The page';
}
