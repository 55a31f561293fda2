/**
 * Child process for the crash-safety test: opens the store and "types" into a
 * draft, autosaving on a short debounce like the composer, while also writing
 * batches of activity. It reports to the parent what it has typed and what
 * save() has returned for, until the parent kills it with SIGKILL.
 *
 * argv: <database file> <draft id> <autosave debounce ms>
 */
import { openStore } from '../../../electron/main/services/store';

const [file, draftId, debounceArg] = process.argv.slice(2);
const debounce = Number(debounceArg ?? 250);
const store = openStore(file!);
let typed = '';
let saveTimer: NodeJS.Timeout | null = null;
let batch = 0;

const send = (m: object) => process.send?.(m);

function save(): void {
  saveTimer = null;
  const text = typed;
  store.drafts.save(draftId!, text);
  // Only after save() returned (committed) does the parent learn about it.
  send({ saved: text.length });
}

// One character every 5 ms: a fast typist at 200 characters a second.
setInterval(() => {
  typed += String.fromCharCode(97 + (typed.length % 26));
  send({ typed: typed.length });
  if (!saveTimer) saveTimer = setTimeout(save, debounce);
}, 5);

// Concurrent multi-row transactions, so the kill can land inside one.
setInterval(() => {
  batch++;
  store.activity.appendMany(Array.from({ length: 500 }, (_, i) => ({ kind: 'site.opened', summary: `batch ${batch} row ${i}`, details: { batch } })));
  send({ batch });
}, 7);

send({ ready: true });
