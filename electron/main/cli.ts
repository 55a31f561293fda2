import type { Identity } from '../../shared/domain/identity';

/**
 * `hatstand --identity professional` (or `--identity=Professional`, or the
 * identity's id): which window to open. Names match case-insensitively.
 * A switch is never taken for a name: Chromium puts its own switches (such as
 * `--enable-sandbox`) before loose arguments, so after `--identity` may come one
 * of those instead of the name (see argvOfSecondInstance).
 */
export function requestedIdentityName(argv: readonly string[]): string | null {
  const given = identityArgument(argv);
  return given && given !== MISSING ? given : null;
}

const MISSING = Symbol('missing');

function identityArgument(argv: readonly string[]): string | typeof MISSING | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return null;
    if (arg === '--identity') {
      const next = argv[i + 1]?.trim();
      return next && !next.startsWith('-') ? next : MISSING;
    }
    if (arg.startsWith('--identity=')) return arg.slice('--identity='.length).trim() || MISSING;
  }
  return null;
}

export type IdentityLookup = { found: Identity } | { unknown: string; known: string[] } | { missingName: true; known: string[] } | null;

export function findRequestedIdentity(argv: readonly string[], identities: readonly Identity[]): IdentityLookup {
  const wanted = identityArgument(argv);
  if (wanted === null) return null;
  const known = identities.map((i) => i.name);
  if (wanted === MISSING) return { missingName: true, known };
  const key = wanted.toLocaleLowerCase();
  const found = identities.find((i) => i.id === wanted || i.name.toLocaleLowerCase() === key);
  return found ? { found } : { unknown: wanted, known };
}

/** The one sentence shown when `--identity` names nothing Hatstand knows. */
export function identityLookupProblem(lookup: IdentityLookup): string | null {
  if (!lookup || 'found' in lookup) return null;
  const yours = `Your identities are: ${lookup.known.join(', ')}.`;
  if ('missingName' in lookup) return `Add the identity's name after --identity, for example: hatstand --identity ${lookup.known[0] ?? 'Personal'}. ${yours}`;
  return `Hatstand has no identity called "${lookup.unknown}". ${yours}`;
}

/** What a second `hatstand …` sends the running one through requestSingleInstanceLock. */
export interface SecondInstanceData {
  argv: string[];
}

export function secondInstanceData(argv: readonly string[]): SecondInstanceData {
  return { argv: [...argv] };
}

/**
 * The arguments the person typed in a second instance. `second-instance`'s own
 * argv is Chromium's command line: reordered (switches first, so
 * `--identity professional` arrives as `--identity --enable-sandbox professional`)
 * and extended (docs/api/app.md, Event 'second-instance'). The exact argv comes
 * in `additionalData`; the reordered one is only a fallback for a sender that
 * did not send it.
 */
export function argvOfSecondInstance(chromiumArgv: readonly string[], additionalData: unknown): readonly string[] {
  const argv = (additionalData as Partial<SecondInstanceData> | null | undefined)?.argv;
  if (Array.isArray(argv) && argv.every((a) => typeof a === 'string')) return argv;
  return chromiumArgv;
}

/**
 * A Windows command line that starts Hatstand with `argv` (program first), quoted so that CommandLineToArgvW, which
 * Chromium's command line parses with, gives back each part whole: a path with spaces ("C:\Program Files\...") is one
 * argument. Backslashes are literal except before a quote, where they are doubled.
 */
export function windowsCommandLine(argv: readonly string[]): string {
  return argv.map(quoteWindowsArgument).join(' ');
}

function quoteWindowsArgument(arg: string): string {
  if (arg !== '' && !/[\s"]/.test(arg)) return arg;
  let out = '"';
  let slashes = 0;
  for (const ch of arg) {
    if (ch === '\\') {
      slashes++;
      continue;
    }
    out += ch === '"' ? '\\'.repeat(slashes * 2 + 1) + '"' : '\\'.repeat(slashes) + ch;
    slashes = 0;
  }
  return `${out}${'\\'.repeat(slashes * 2)}"`;
}
