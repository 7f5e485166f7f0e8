import qrcode from 'qrcode-generator';

export interface QrRun {
  dark: boolean;
  /** How many modules this run covers. */
  span: number;
}

/**
 * UTF-8 as a binary string: qrcode-generator's byte mode keeps only the low byte of each char, and
 * TextEncoder is missing in some mini-program runtimes. Payloads are short, so encode by hand.
 */
const utf8 = (text: string): string => {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const bytes =
      code < 0x80
        ? [code]
        : code < 0x800
          ? [0xc0 | (code >> 6), 0x80 | (code & 63)]
          : code < 0x10000
            ? [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63)]
            : [0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63)];
    out += String.fromCharCode(...bytes);
  }
  return out;
};

/**
 * The QR matrix of `text` as rows of same-colour runs. Drawing runs instead of single modules keeps a
 * 29×29 code to a few hundred views, which both weapp and H5 render quickly without a canvas.
 */
export const qrRuns = (text: string, level: 'L' | 'M' | 'Q' | 'H' = 'M'): QrRun[][] => {
  const qr = qrcode(0, level);
  qr.addData(utf8(text), 'Byte');
  qr.make();
  const count = qr.getModuleCount();
  const rows: QrRun[][] = [];
  for (let r = 0; r < count; r += 1) {
    const row: QrRun[] = [];
    for (let c = 0; c < count; c += 1) {
      const dark = qr.isDark(r, c);
      const last = row[row.length - 1];
      if (last && last.dark === dark) last.span += 1;
      else row.push({ dark, span: 1 });
    }
    rows.push(row);
  }
  return rows;
};
