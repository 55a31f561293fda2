/**
 * A double of `Electron.NativeImage`, enough for window and tray icons.
 *
 * - `createFromBuffer(png, { scaleFactor })` makes one representation at that
 *   scale; `getSize()` is in device-independent pixels, the PNG's size divided by
 *   the scale (docs/api/native-image.md:160-190, :356-362 and "High Resolution Image").
 * - A macOS menu bar (Tray) icon should be a template image: black and alpha,
 *   marked with `setTemplateImage(true)` (docs/api/native-image.md:113-125, :364-372).
 */
import type { NativeImage } from 'electron';

export class FakeNativeImage implements Pick<NativeImage, 'isEmpty' | 'getSize' | 'setTemplateImage' | 'isTemplateImage' | 'getScaleFactors' | 'toPNG'> {
  private template = false;
  constructor(
    readonly png: Buffer,
    readonly scaleFactor = 1,
  ) {}
  isEmpty(): boolean {
    return this.png.length === 0;
  }
  /** The PNG's pixel size (from its IHDR chunk) over the scale factor. */
  getSize(): { width: number; height: number } {
    if (this.png.length < 24) return { width: 0, height: 0 };
    return { width: this.png.readUInt32BE(16) / this.scaleFactor, height: this.png.readUInt32BE(20) / this.scaleFactor };
  }
  setTemplateImage(option: boolean): void {
    this.template = option;
  }
  isTemplateImage(): boolean {
    return this.template;
  }
  getScaleFactors(): number[] {
    return this.isEmpty() ? [] : [this.scaleFactor];
  }
  toPNG(): Buffer {
    return this.png;
  }
}

export const fakeNativeImage = {
  createFromBuffer(buffer: Buffer, options?: { scaleFactor?: number }): FakeNativeImage {
    return new FakeNativeImage(buffer, options?.scaleFactor ?? 1);
  },
  createEmpty(): FakeNativeImage {
    return new FakeNativeImage(Buffer.alloc(0));
  },
};
