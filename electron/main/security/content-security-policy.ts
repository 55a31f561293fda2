/**
 * The Content-Security-Policy of our own pages (Electron security checklist
 * item 7): only our bundled script and styles, no inline script, nothing
 * remote, no connections, no forms, no plugins. `renderer/index.html` carries
 * the same policy in a meta tag (a test keeps the two equal) for the browser
 * harness; the app sends it as a header from the app:// handler, which also
 * allows `frame-ancestors` (a meta policy cannot).
 */
export const CHROME_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'none'; base-uri 'none'; form-action 'none'; object-src 'none'";

/** As sent by the app:// handler: no page may frame ours. */
export const CHROME_CSP_HEADER = `${CHROME_CSP}; frame-ancestors 'none'`;
