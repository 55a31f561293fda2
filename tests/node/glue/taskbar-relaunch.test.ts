/**
 * Windows: an identity's taskbar button, once pinned, opens that identity again. Windows runs a pinned button's
 * relaunch command when the app has no window of that app id; without one it runs the bare executable, which is a
 * second Hatstand with no --identity: the launcher, not the identity the person pinned.
 */
import { describe, expect, it } from 'vitest';
import { findRequestedIdentity, windowsCommandLine } from '../../../electron/main/cli';
import { HATSTAND_EXE, identityWin, windowWorld } from './support/windows';

/** CommandLineToArgvW's rules, for what windowsCommandLine writes (quotes group, backslashes literal but before a quote). */
function parseWindowsCommandLine(line: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  let started = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '\\') {
      let n = 0;
      while (line[i] === '\\') {
        n++;
        i++;
      }
      if (line[i] === '"') {
        current += '\\'.repeat(Math.floor(n / 2));
        if (n % 2 === 1) current += '"';
        else {
          quoted = !quoted;
          started = true;
        }
      } else {
        current += '\\'.repeat(n);
        i--;
      }
      continue;
    }
    if (ch === '"') {
      quoted = !quoted;
      started = true;
    } else if (/\s/.test(ch) && !quoted) {
      if (current || started) out.push(current);
      current = '';
      started = false;
    } else current += ch;
  }
  if (current || started) out.push(current);
  return out;
}

describe('a pinned identity on the Windows taskbar', () => {
  it('relaunches that identity, by id, with its name shown, and follows a rename', () => {
    const w = windowWorld({ platform: 'win32' });
    w.windows.openIdentity(w.professional.id);
    const details = identityWin(w, w.professional.id).appDetails!;
    expect(details.appId).toBe(`app.hatstand.identity.${w.professional.id}`);
    expect(details.relaunchDisplayName).toBe('Professional (Hatstand)');
    expect(details.appIconPath).toBe(HATSTAND_EXE);
    const argv = parseWindowsCommandLine(details.relaunchCommand!);
    expect(argv[0]).toBe(HATSTAND_EXE);
    expect(findRequestedIdentity(argv, w.store.identities.list())).toEqual({ found: expect.objectContaining({ id: w.professional.id }) });

    const renamed = w.store.identities.update(w.professional.id, { name: 'Clinic' });
    w.windows.identityChanged(renamed);
    const after = identityWin(w, w.professional.id).appDetails!;
    expect(after.relaunchDisplayName).toBe('Clinic (Hatstand)');
    expect(after.relaunchCommand).toBe(details.relaunchCommand);
  });
});

describe('windowsCommandLine', () => {
  it.each([
    [['C:\\Program Files\\Hatstand\\Hatstand.exe', '--identity', 'abc']],
    [['C:\\dev\\electron.exe', 'C:\\My Work\\hatstand\\', '--identity', 'a"b']],
    [['plain', '', 'trailing\\\\']],
  ])('writes %j so that CommandLineToArgvW gives it back', (argv) => {
    expect(parseWindowsCommandLine(windowsCommandLine(argv))).toEqual(argv);
  });
});
