/**
 * Phone photos are 3–8 MB; a chat screenshot or a pay slip stays readable at 1600 px. Larger photos
 * are redrawn as JPEG before they leave the browser, so they fit the 2 MB limit and a weak network.
 * Small ones, and anything the browser cannot draw, go as they are (the size check still applies).
 */
const longestEdge = 1600;
const shrinkAbove = 600 * 1024;

const loadImage = (file: Blob): Promise<HTMLImageElement> =>
  new Promise((resolve, reject) => {
    const url = URL.createObjectURL(file);
    const image = new Image();
    image.onload = () => {
      URL.revokeObjectURL(url);
      resolve(image);
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('not an image the browser can draw'));
    };
    image.src = url;
  });

export const shrinkPhotoInBrowser = async (file: File): Promise<Blob> => {
  if (file.size <= shrinkAbove || typeof document === 'undefined') return file;
  try {
    const image = await loadImage(file);
    const scale = Math.min(1, longestEdge / Math.max(image.naturalWidth, image.naturalHeight));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.naturalWidth * scale);
    canvas.height = Math.round(image.naturalHeight * scale);
    const context = canvas.getContext('2d');
    if (!context) return file;
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const shrunk = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.82));
    return shrunk && shrunk.size < file.size ? shrunk : file;
  } catch {
    return file;
  }
};
