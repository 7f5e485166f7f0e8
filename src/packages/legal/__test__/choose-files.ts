/**
 * The browser's file chooser, the port boundary of evidence picking in H5: the picker clicks a file
 * input; this answers that click with the given files, as a person choosing them would.
 */
export const answerFileChooserWith = (files: File[]) => {
  const click = jest.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
    if (this.type !== 'file') return;
    Object.defineProperty(this, 'files', { value: files, configurable: true });
    this.dispatchEvent(new Event('change'));
  });
  return () => click.mockRestore();
};

const jpegHead = [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01];

export const photoFile = (name: string, size: number, type = 'image/jpeg') => {
  const bytes = new Uint8Array(size);
  bytes.set(jpegHead);
  return new File([bytes], name, { type });
};

export const pdfFile = (name: string, size: number) => {
  const bytes = new Uint8Array(size);
  bytes.set(Array.from('%PDF-1.7\n').map((char) => char.charCodeAt(0)));
  return new File([bytes], name, { type: 'application/pdf' });
};
