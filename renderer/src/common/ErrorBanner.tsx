/** A message from main that a person can act on, announced to screen readers. */
export function ErrorBanner({ error }: { error: string | null | undefined }) {
  return error ? (
    <p role="alert" className="error-banner">
      {error}
    </p>
  ) : null;
}
