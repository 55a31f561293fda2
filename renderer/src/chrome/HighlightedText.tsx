import type { WarningView } from '../../../shared/ipc/contract';
import { familyOf, labelOf } from '../../../shared/warnings/families';

/** Text with each warning's span underlined in its severity's colour. */
export function HighlightedText({ text, warnings }: { text: string; warnings: readonly WarningView[] }) {
  const spans = warnings.filter((w) => w.end > w.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: Array<{ text: string; warning?: WarningView }> = [];
  let at = 0;
  for (const w of spans) {
    if (w.start < at) continue; // overlapping spans: the first one wins the underline; all are listed anyway
    if (w.start > at) parts.push({ text: text.slice(at, w.start) });
    parts.push({ text: text.slice(w.start, w.end), warning: w });
    at = w.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return (
    <>
      {parts.map((p, i) =>
        p.warning ? (
          <mark
            key={i}
            className={`underline severity-${p.warning.severity}`}
            title={`${labelOf(p.warning)}: ${p.warning.message}`}
            data-rule={p.warning.ruleId}
            data-family={p.warning.family ?? familyOf(p.warning.ruleId)}
          >
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
      {/* Keeps a trailing newline visible in the mirror layer. */}
      {'\u200b'}
    </>
  );
}
