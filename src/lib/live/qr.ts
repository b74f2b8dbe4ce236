/**
 * A QR code as one SVG path (a unit square per dark module), so the panel draws it with Svelte markup: no
 * `{@html}`, no inline script, nothing for a content security policy to refuse. The encoding is the `qrcode`
 * package's (error correction M: still reads from a projector with a glare on it).
 */
import QRCode from 'qrcode';

export interface QrPath {
  /** Modules per side (without the quiet zone). */
  size: number;
  /** Path data in module units, offset by the 4-module quiet zone; viewBox is 0 0 (size + 8) (size + 8). */
  d: string;
}

export function qrPath(text: string): QrPath {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const { size, data } = qr.modules;
  let d = '';
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!data[y * size + x]) {
        x++;
        continue;
      }
      let run = 1;
      while (x + run < size && data[y * size + x + run]) run++;
      d += `M${x + 4} ${y + 4}h${run}v1h-${run}z`;
      x += run;
    }
  }
  return { size, d };
}
