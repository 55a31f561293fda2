/**
 * Headless checker: `npm run check -- --profile <file.json> --identity <id> [--site s] [--at ISO] [--clipboard-from id]`
 * reads the text on standard input and prints the warnings as JSON (an array,
 * as `evaluate` returns it). Exit codes: 0 checked (with or without
 * warnings), 2 bad arguments, bad profile or unknown identity.
 * The profile format is documented in shared/warnings/PROFILE.md.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { evaluate, parseProfile, type EvaluateInput } from '../shared/warnings';

const USAGE =
  'Usage: npm run check -- --profile <file.json> --identity <id> [--site <site>] [--at <ISO time>] [--clipboard-from <id>] [--depth lexical|full] < text.txt';

function die(message: string): never {
  process.stderr.write(`check: ${message}\n`);
  process.exit(2);
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(): Promise<void> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      options: {
        profile: { type: 'string' },
        identity: { type: 'string' },
        site: { type: 'string' },
        at: { type: 'string' },
        'clipboard-from': { type: 'string' },
        depth: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    die(`${(e as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const profilePath = values.profile;
  const identityId = values.identity;
  if (typeof profilePath !== 'string' || profilePath === '') die(`--profile is required.\n${USAGE}`);
  if (typeof identityId !== 'string' || identityId === '') die(`--identity is required.\n${USAGE}`);

  let raw: string;
  try {
    raw = readFileSync(profilePath, 'utf8');
  } catch (e) {
    die(`cannot read the profile file '${profilePath}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const parsed = parseProfile(raw);
  // One problem (an unknown role, say) reads as one sentence; several are listed.
  if (!parsed.ok) die(`${profilePath}: ${parsed.error.message.replace(/^The profile has 1 problem:\n- /, '')}`);
  const profile = parsed.value;
  if (!profile.identities.some((i) => i.id === identityId)) {
    die(`no identity has the id '${identityId}'; ${profilePath} has ${profile.identities.map((i) => `'${i.id}'`).join(', ')}.`);
  }
  const at = values.at;
  if (typeof at === 'string' && Number.isNaN(new Date(at).getTime())) {
    die(`--at '${at}' is not a time; use ISO 8601, for example 2026-03-03T09:30:00+01:00.`);
  }

  const input: EvaluateInput = { text: await readStdin(), identityId };
  if (typeof values.site === 'string') input.site = values.site;
  if (typeof at === 'string') input.at = at;
  if (typeof values['clipboard-from'] === 'string') input.clipboardFrom = values['clipboard-from'];
  const depth = values.depth;
  if (depth !== undefined && depth !== 'lexical' && depth !== 'full') die(`--depth '${String(depth)}' is not a depth; use lexical (the keystroke rules) or full (every rule, the default).`);
  if (depth === 'lexical' || depth === 'full') input.depth = depth;

  process.stdout.write(`${JSON.stringify(evaluate(input, profile), null, 2)}\n`);
}

main().catch((e: unknown) => die(e instanceof Error ? e.message : String(e)));
