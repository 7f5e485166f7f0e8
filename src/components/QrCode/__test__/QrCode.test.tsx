import { render } from '@testing-library/react';
import qrcode from 'qrcode-generator';
import { QrCode } from '../QrCode';
import { qrRuns } from '../qr-runs';

/** Reads the drawn rows back into a matrix of dark (true) and light modules. */
const matrixOf = (container: HTMLElement): boolean[][] =>
  Array.from(container.querySelectorAll('.nx-qr__row')).map((row) =>
    Array.from(row.querySelectorAll('.nx-qr__run')).flatMap((run) =>
      Array<boolean>(Number((run as HTMLElement).style.flex.split(' ')[0])).fill(run.classList.contains('nx-qr__run--dark')),
    ),
  );

describe('QrCode', () => {
  it('draws the exact QR matrix of its value as rows of merged runs', () => {
    const payload = 'nuanxin:member:NX2026110001';
    const { container } = render(<QrCode value={payload} size={200} />);
    const drawn = matrixOf(container);

    const expected = qrcode(0, 'M');
    expected.addData(payload, 'Byte');
    expected.make();
    const count = expected.getModuleCount();

    expect(drawn).toHaveLength(count);
    drawn.forEach((row, r) => {
      expect(row).toHaveLength(count);
      row.forEach((dark, c) => expect(dark).toBe(expected.isDark(r, c)));
    });
    expect(drawn.flat().filter(Boolean).length).toBeGreaterThan(0);
  });

  it('merges neighbouring modules of one colour, so a row needs far fewer views than modules', () => {
    const rows = qrRuns('nuanxin:member:NX2026110001');
    const modules = rows.length * rows.length;
    const views = rows.reduce((sum, row) => sum + row.length, 0);
    expect(views).toBeLessThan(modules * 0.7);
    rows.forEach((row) => {
      for (let i = 1; i < row.length; i += 1) expect(row[i].dark).not.toBe(row[i - 1].dark);
    });
  });

  it('encodes Chinese text as UTF-8, the same matrix as the library UTF-8 mode gives', () => {
    const text = '工会会员王小明';
    const reference = qrcode(0, 'M');
    const original = qrcode.stringToBytes;
    qrcode.stringToBytes = qrcode.stringToBytesFuncs['UTF-8'];
    try {
      reference.addData(text, 'Byte');
      reference.make();
    } finally {
      qrcode.stringToBytes = original;
    }
    const rows = qrRuns(text);
    expect(rows).toHaveLength(reference.getModuleCount());
    rows.forEach((row, r) => {
      let c = 0;
      for (const run of row) for (let i = 0; i < run.span; i += 1, c += 1) expect(run.dark).toBe(reference.isDark(r, c));
    });
  });

  it('sizes itself in design px (px in H5)', () => {
    const { container } = render(<QrCode value="x" size={180} />);
    const root = container.querySelector('.nx-qr') as HTMLElement;
    expect(root.style.width).toBe('180px');
    expect(root.style.height).toBe('180px');
  });
});
