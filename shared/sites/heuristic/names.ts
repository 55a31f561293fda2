/**
 * How a field's or an operation's name is read: by its last bracket
 * (`user[password]` is `password`) or the part after its last dot
 * (`Flag.Reason` is `Reason`) and as words, from the name's last
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
 * (`user[password]` is `password`) or the part after a dotted name's last
 * dot (`Flag.Reason` is `Reason`), read from the name's last
 * FIELD_NAME_EXAMINED characters by index, not by regex.
 */
export function fieldLeaf(name: string): string {
  const tail = name.length > FIELD_NAME_EXAMINED ? name.slice(-FIELD_NAME_EXAMINED) : name;
  if (!tail.endsWith(']')) return afterDot(tail);
  const open = tail.lastIndexOf('[');
  return open === -1 || tail.indexOf(']', open) !== tail.length - 1 ? tail : tail.slice(open + 1, -1);
}
/**
 * A dotted form name's field (ASP.NET MVC's `Flag.Reason`, `Profile.Bio`): the part after its last dot, as every
 * test of a name reads it (reasons, bios, secrets); the part before names the object (longest-field.ts).
 */
function afterDot(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot < name.length - 1 ? name.slice(dot + 1) : name;
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
