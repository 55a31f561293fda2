/**
 * A double of `Electron.nativeTheme` (shell/browser/api/electron_api_native_theme.cc; docs/api/native-theme.md).
 *
 * - `shouldUseDarkColors` is `themeSource` when that is 'dark' or 'light', else the system's scheme
 *   (NativeTheme::ShouldUseDarkColors).
 * - Setting `themeSource` notifies only when the resulting scheme changes (patches/chromium/
 *   feat_add_set_theme_source_to_allow_apps_to.patch, set_theme_source: NotifyOnNativeThemeUpdated only if
 *   `was_dark` differs), and 'updated' is emitted in a later task (NativeTheme::OnNativeThemeUpdated posts
 *   OnNativeThemeUpdatedOnUI). The spec says the same: "should not emit the updated event when ... the resulting
 *   shouldUseDarkColors value is the same" (spec/api-native-theme-spec.ts).
 * - A value other than 'system', 'light' or 'dark' is refused by the ThemeSource converter; gin throws a TypeError.
 * - `systemTurns(dark)` is the test control: the person changes the system's appearance.
 */
import { Emitter } from './events';

export type ThemeSource = 'system' | 'light' | 'dark';

export class FakeNativeTheme extends Emitter {
  private source: ThemeSource = 'system';
  private systemDark = false;

  get themeSource(): ThemeSource {
    return this.source;
  }
  set themeSource(value: ThemeSource) {
    if (value !== 'system' && value !== 'light' && value !== 'dark') throw new TypeError(`Error processing argument at index 0, conversion failure from ${String(value)}`);
    this.change(() => (this.source = value));
  }
  get shouldUseDarkColors(): boolean {
    return this.source === 'dark' || (this.source === 'system' && this.systemDark);
  }

  /**
   * Test control: something else of the theme changed (contrast, forced colours): 'updated' comes without the scheme
   * changing (docs/api/native-theme.md, Event: 'updated'; OnNativeThemeUpdated posts for every change of the theme).
   */
  otherChange(): void {
    setImmediate(() => this.emit('updated'));
  }

  /** Test control: the system's appearance turns dark or light. */
  systemTurns(dark: boolean): void {
    this.change(() => (this.systemDark = dark));
  }

  private change(apply: () => void): void {
    const wasDark = this.shouldUseDarkColors;
    apply();
    if (this.shouldUseDarkColors !== wasDark) setImmediate(() => this.emit('updated'));
  }
}
