/**
 * How a field's or an operation's name is read: by its last bracket
 * (`user[password]` is `password`) and as words, from the name's last
 * FIELD_NAME_EXAMINED characters only, so that a hostile name costs no more
 * than a short one.
 */

/**
 * A name longer than this is known by its last this many characters (a form
 * name's leaf, `user[password]`, is at its end). The field-name tests used
 * to backtrack over the whole name: a 250 KB key of `[` took 37 s.
 */
export const FIELD_NAME_EXAMINED = 128;

/**
 * The name a field is known by: the last bracket of a form name
 * (`user[password]` is `password`), read from the name's last
 * FIELD_NAME_EXAMINED characters by index, not by regex.
 */
export function fieldLeaf(name: string): string {
  const tail = name.length > FIELD_NAME_EXAMINED ? name.slice(-FIELD_NAME_EXAMINED) : name;
  if (!tail.endsWith(']')) return tail;
  const open = tail.lastIndexOf('[');
  return open === -1 || tail.indexOf(']', open) !== tail.length - 1 ? tail : tail.slice(open + 1, -1);
}

/** A name's words: split at case changes, digits' edges aside, and at `_`, `-`, `.`, brackets and spaces (bounded by FIELD_NAME_EXAMINED). */
export function nameWords(name: string): string[] {
  const tail = name.length > FIELD_NAME_EXAMINED ? name.slice(-FIELD_NAME_EXAMINED) : name;
  return tail
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}
