/**
 * A site page whose renderer stopped answering (Electron's `unresponsive`: input unanswered for 15 s), in the one
 * sentence the identity window's notice says: "x.com is not responding." The notice offers Wait and Reload; the
 * sentence names only the site, which is what the person sees frozen.
 */
export function pageNotRespondingMessage(url: string): string {
  let host = '';
  try {
    host = new URL(url).host;
  } catch {
    // (No address to name: the page had shown nothing yet.)
  }
  return `${host || 'The page'} is not responding.`;
}
