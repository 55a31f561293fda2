// Why `npm start` may die at once on Ubuntu 23.10 and later, and what to do.
//
// Chromium's renderer sandbox on Linux first tries unprivileged user
// namespaces; where the kernel refuses them it falls back to the setuid helper
// `chrome-sandbox`, which must be owned by root with mode 4755. Ubuntu 23.10+
// restricts unprivileged user namespaces through AppArmor
// (`kernel.apparmor_restrict_unprivileged_userns=1`) for any program without a
// profile allowing them, and npm installs `chrome-sandbox` as the user, so
// Electron aborts with "The SUID sandbox helper binary was found, but is not
// configured correctly" (electron#42510; Ubuntu bug LP#2046844). Debian kernels
// can switch user namespaces off the same way (`kernel.unprivileged_userns_clone=0`).
//
// The fix keeps the sandbox on: make the helper setuid root, as Electron's own
// CI does before its Linux tests (.github/workflows/pipeline-segment-electron-test.yml:
// `chmod 4755 ../out/Default/chrome-sandbox`). The packaged deb needs none of
// this: electron-builder installs an AppArmor profile for the app
// (app-builder-lib templates/linux/after-install.tpl). Never `--no-sandbox`.
import { readFileSync, statSync } from 'node:fs';

const KNOBS = [
  // [sysctl, value that blocks the namespace sandbox]
  ['kernel.apparmor_restrict_unprivileged_userns', '1'],
  ['kernel.unprivileged_userns_clone', '0'],
];

/**
 * The one sentence to print when Electron's sandbox cannot start on this
 * machine, or null when nothing blocks it. `sandboxHelper` is the path of
 * `chrome-sandbox` as the person should type it; `readFile` and `stat` read
 * /proc/sys and the helper (tests inject them).
 */
export function linuxSandboxAdvice({
  sandboxHelper,
  platform = process.platform,
  readFile = (path) => readFileSync(path, 'utf8'),
  stat = (path) => statSync(path),
}) {
  if (platform !== 'linux') return null;
  const blocking = KNOBS.find(([name, blocks]) => {
    try {
      return readFile(`/proc/sys/${name.replaceAll('.', '/')}`).trim() === blocks;
    } catch {
      return false; // the knob does not exist on this kernel
    }
  });
  if (!blocking) return null;
  try {
    const helper = stat(sandboxHelper);
    if (helper.uid === 0 && (helper.mode & 0o4000) !== 0) return null; // the setuid fallback works
  } catch {
    // No helper at all: Electron's own message names the missing file.
  }
  const path = /\s/.test(sandboxHelper) ? `"${sandboxHelper}"` : sandboxHelper;
  return (
    `Electron's sandbox cannot start because this system blocks unprivileged user namespaces (${blocking[0]}=${blocking[1]}); ` +
    `keep the sandbox and fix it once with: sudo chown root:root ${path} && sudo chmod 4755 ${path}`
  );
}
