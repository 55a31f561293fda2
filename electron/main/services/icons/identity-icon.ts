import { deflateSync } from 'node:zlib';

/**
 * A window/taskbar icon per identity, generated in its colour with its
 * initials, so two identities' windows differ even in the taskbar. Plain
 * RGBA pixels encoded as PNG: no canvas, no native dependency.
 */

// 5x7 bitmap glyphs for A-Z and 0-9; one string of 7 rows of 5 bits each.
const GLYPHS: Record<string, string> = {
  A: '01110100011000111111100011000110001', B: '11110100011000111110100011000111110',
  C: '01110100011000010000100001000101110', D: '11110100011000110001100011000111110',
  E: '11111100001000011110100001000011111', F: '11111100001000011110100001000010000',
  G: '01110100011000010111100011000101111', H: '10001100011000111111100011000110001',
  I: '01110001000010000100001000010001110', J: '00111000100001000010000101001001100',
  K: '10001100101010011000101001001010001', L: '10000100001000010000100001000011111',
  M: '10001110111010110101100011000110001', N: '10001110011010110011100011000110001',
  O: '01110100011000110001100011000101110', P: '11110100011000111110100001000010000',
  Q: '01110100011000110001101011001001101', R: '11110100011000111110101001001010001',
  S: '01111100001000001110000010000111110', T: '11111001000010000100001000010000100',
  U: '10001100011000110001100011000101110', V: '10001100011000110001100010101000100',
  W: '10001100011000110101101011010101010', X: '10001100010101000100010101000110001',
  Y: '10001100010101000100001000010000100', Z: '11111000010001000100010001000011111',
  '0': '01110100011001110101110011000101110', '1': '00100011000010000100001000010001110',
  '2': '01110100010000100010001000100011111', '3': '11111000100010000010000011000101110',
  '4': '00010001100101010010111110001000010', '5': '11111100001111000001000011000101110',
  '6': '00110010001000011110100011000101110', '7': '11111000010001000100010000100001000',
  '8': '01110100011000101110100011000101110', '9': '01110100011000101111000010001001100',
};

export interface IconSpec {
  color: string; // #rrggbb
  text: string; // initials; letters without a glyph are skipped
  size?: number; // pixels, square
  /**
   * A macOS template image: only the letters, black on transparent (the menu
   * bar draws template images in its own colour; docs/api/native-image.md, "Template Image").
   */
  template?: boolean;
}

export function identityIconRgba({ color, text, size = 64, template = false }: IconSpec): Uint8Array {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) as [number, number, number];
  const px = new Uint8Array(size * size * 4);
  const radius = size * 0.22;
  const set = (x: number, y: number, rgba: readonly number[]) => px.set(rgba, (y * size + x) * 4);
  // Rounded square in the identity colour with a 1px darker rim.
  for (let y = 0; y < (template ? 0 : size); y++) {
    for (let x = 0; x < size; x++) {
      const dx = Math.max(radius - x - 0.5, 0, x + 0.5 - (size - radius));
      const dy = Math.max(radius - y - 0.5, 0, y + 0.5 - (size - radius));
      const d = Math.hypot(dx, dy);
      if (d > radius) continue;
      const rim = d > radius - Math.max(1, size / 48);
      set(x, y, rim ? [r * 0.7, g * 0.7, b * 0.7, 255] : [r, g, b, 255]);
    }
  }
  // Initials in white or black, whichever contrasts more, centred.
  const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  const ink = template || luminance > 0.55 ? [0, 0, 0, 255] : [255, 255, 255, 255];
  const letters = [...text.toUpperCase()].filter((c) => GLYPHS[c]).slice(0, 2);
  if (letters.length > 0) {
    const scale = Math.max(1, Math.floor((size * 0.62) / (letters.length * 6)));
    const width = letters.length * 5 * scale + (letters.length - 1) * scale;
    const x0 = Math.floor((size - width) / 2);
    const y0 = Math.floor((size - 7 * scale) / 2);
    letters.forEach((letter, n) => {
      const bits = GLYPHS[letter]!;
      for (let row = 0; row < 7; row++) {
        for (let col = 0; col < 5; col++) {
          if (bits[row * 5 + col] !== '1') continue;
          for (let sy = 0; sy < scale; sy++) {
            for (let sx = 0; sx < scale; sx++) set(x0 + n * 6 * scale + col * scale + sx, y0 + row * scale + sy, ink);
          }
        }
      }
    });
  }
  return px;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

export function identityIconPng(spec: IconSpec): Buffer {
  const size = spec.size ?? 64;
  return encodePng(identityIconRgba({ ...spec, size }), size, size);
}
