/** How long until a held post leaves, said in the notice's sentence and on its round badge (pure: the renderer draws it). */

/** "45 s", "2 min", "1 min 30 s". */
export function timeLeftInWords(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/**
 * The badge's figure, at most three characters: seconds under a minute ("45"), whole minutes begun after that ("5m"
 * for 4 min 01 s to 5 min). A delay of up to five minutes in seconds ("300") did not fit the badge.
 */
export function timeLeftOnBadge(seconds: number): string {
  return seconds < 60 ? String(seconds) : `${Math.ceil(seconds / 60)}m`;
}
