/**
 * `npm run bench`: runs every bench/*.bench.ts file (or those named on the
 * command line) and prints their figures. Each bench module default-exports
 * `async (reporter) => void`.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { consoleReporter } from './reporter';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();

async function main(): Promise<void> {
  const reporter = consoleReporter();
  for (const file of files) {
    console.log(`\n== ${file}`);
    const mod = (await import(pathToFileURL(join(here, file)).href)) as {
      default: (r: typeof reporter) => Promise<void>;
    };
    await mod.default(reporter);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
