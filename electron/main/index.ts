import { app, dialog, protocol } from 'electron';
import { bootstrap } from './bootstrap';
import { APP_SCHEME_PRIVILEGES } from './security/app-protocol';
import { runStartup, sandboxOffRefusal, STARTUP_FAILURE_TITLE } from './startup';
import { claimSingleInstance } from './relaunch';
import { useInstallerAppId } from './app-id';
import { keepRunningOnRejections } from './keep-running';
import { stopDnsHints } from './session/dns-hints';

// A navigation interrupted while loading (ERR_ABORTED) or any other rejection
// nobody handled is logged; it never ends the app.
keepRunningOnRejections(process);

// The Windows taskbar and notifications know the app by the installer's id.
useInstallerAppId(app, process.platform);

// Our own pages come from app://hatstand/ (security/app-protocol.ts); privileges can only be given before ready.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

// A packaged app never runs with the sandbox switched off (read before enableSandbox, which drops the switch).
const sandboxRefused = sandboxOffRefusal({ packaged: app.isPackaged, sandboxSwitchedOff: app.commandLine.hasSwitch('no-sandbox') });

// Every renderer is sandboxed, including any a future change forgets to flag.
app.enableSandbox();

// No page's DNS hints are looked up outside its identity's proxy (session/dns-hints.ts); before any renderer starts.
stopDnsHints(app.commandLine);

// End-to-end tests point the app at a throw-away profile; never set in normal use.
if (process.env.HATSTAND_E2E_USER_DATA) app.setPath('userData', process.env.HATSTAND_E2E_USER_DATA);

// One Hatstand per user: a second `hatstand --identity x` asks this one to open
// the window, sending its exact argv (Electron's is reordered, see relaunch.ts).
if (sandboxRefused) {
  // (Shown once ready: before it, Linux prints the box to stderr only. Nothing else is started meanwhile.)
  void app.whenReady().then(() => {
    dialog.showErrorBox(STARTUP_FAILURE_TITLE, sandboxRefused);
    app.exit(1);
  });
} else if (!claimSingleInstance(app, process.argv)) {
  app.quit();
} else {
  // Any start-up failure ends in one clear dialog and an exit, never a window-less process holding the lock.
  void app.whenReady().then(() => runStartup(bootstrap, { showErrorBox: (title, content) => dialog.showErrorBox(title, content), exit: (code) => app.exit(code) }));
}
