import type { WarningView } from '../../../shared/ipc/contract';
import { labelOf } from '../../../shared/warnings/families';

/** A warning's severity in a word: the colours of its card and underline say it only to those who tell them apart. */
export const SEVERITY_WORDS: Record<WarningView['severity'], string> = { stop: 'Stop', caution: 'Caution', info: 'Note' };

/** The line above a warning: how serious it is, in words, and its family ("Stop · Attacks on named people"). */
export function WarningLabel({ warning }: { warning: WarningView }) {
  return (
    <span className="family-label">
      <span className="severity-word">{SEVERITY_WORDS[warning.severity]}</span> · {labelOf(warning)}
    </span>
  );
}
