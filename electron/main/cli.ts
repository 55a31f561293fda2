import type { Identity } from '../../shared/domain/identity';

/**
 * `hatstand --identity professional` (or `--identity=Professional`, or the
 * identity's id): which window to open. Names match case-insensitively.
 */
export function requestedIdentityName(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--identity') return argv[i + 1]?.trim() || null;
    if (arg.startsWith('--identity=')) return arg.slice('--identity='.length).trim() || null;
  }
  return null;
}

export type IdentityLookup = { found: Identity } | { unknown: string; known: string[] } | null;

export function findRequestedIdentity(argv: readonly string[], identities: readonly Identity[]): IdentityLookup {
  const wanted = requestedIdentityName(argv);
  if (!wanted) return null;
  const key = wanted.toLocaleLowerCase();
  const found = identities.find((i) => i.id === wanted || i.name.toLocaleLowerCase() === key);
  return found ? { found } : { unknown: wanted, known: identities.map((i) => i.name) };
}
