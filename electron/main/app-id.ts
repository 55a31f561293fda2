/**
 * The Windows AppUserModelID. electron-builder's NSIS installer stamps the app's
 * `appId` (electron-builder.yml) on the Start menu and desktop shortcuts
 * (app-builder-lib templates/nsis/include/installer.nsh: `WinShell::SetLnkAUMI
 * ... "${APP_ID}"`, with APP_ID = appInfo.id in targets/nsis/NsisTarget.js).
 * The running app must use the same id, or Windows treats the pinned shortcut
 * and the running windows as two apps (two taskbar buttons, notifications
 * without the app's name). Identity windows set their own ids on purpose
 * (one taskbar group per identity, identity-window.ts).
 */
export const APP_USER_MODEL_ID = 'app.hatstand.desktop';

export function useInstallerAppId(app: { setAppUserModelId(id: string): void }, platform: NodeJS.Platform): void {
  if (platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
}
