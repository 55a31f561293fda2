/**
 * A link question answered "always" in this window changes the answers kept for the identity; the settings list of
 * them, which may be open beside the question, reads them again. (Main keeps the answers; this only says when.)
 */
const listeners = new Set<() => void>();

export function linkChoicesChanged(): void {
  for (const listener of listeners) listener();
}

export function onLinkChoicesChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
