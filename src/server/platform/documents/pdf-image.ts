// Whether the PDF library can embed an image without failing: renderPdf checks every image block with this before it
// draws, and uploads (CV photos) check it before they are kept.
import { inflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';

/** Far above any portrait photo; bounds the memory that unpacking a PNG may take. */
const maxSide = 8000;
const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;
const jpegSignature = [0xff, 0xd8, 0xff] as const;

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);

/** The image type the first bytes show (the two the PDF library embeds), whatever a name or a request says. */
export function imageTypeOf(bytes: Uint8Array): 'image/png' | 'image/jpeg' | null {
  if (startsWith(bytes, pngSignature)) return 'image/png';
  if (startsWith(bytes, jpegSignature)) return 'image/jpeg';
  return null;
}

/** A JPEG whose header the library reads, or a PNG whose pixels also unpack whole; nothing else. */
export function isEmbeddableImage(bytes: Uint8Array): boolean {
  if (!opensInPdf(bytes)) return false;
  return imageTypeOf(bytes) !== 'image/png' || pngPixelsReadable(bytes);
}

/** The PDF library reads the image's header the way it will when the CV is rendered. */
function opensInPdf(bytes: Uint8Array): boolean {
  try {
    const doc = new PDFDocument({ autoFirstPage: false });
    const image = doc.openImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return image.width > 0 && image.height > 0 && image.width <= maxSide && image.height <= maxSide;
  } catch {
    return false;
  }
}

const bitDepthsByColourType: Record<number, readonly number[]> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};
const channelsByColourType: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/**
 * The PDF library unpacks a PNG with transparency or a palette in a callback, where a broken stream would throw
 * outside any request; so the pixels are unpacked here first: zlib must succeed, every row must start with a valid
 * filter byte, and the size must be exact. Interlaced PNGs are refused (a photo saved again as JPEG works).
 */
function pngPixelsReadable(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let position = pngSignature.length;
  let header: { width: number; height: number; bitDepth: number; colourType: number; interlace: number } | null = null;
  let hasPalette = false;
  const data: Uint8Array[] = [];
  let ended = false;
  while (position + 12 <= bytes.length) {
    const length = view.getUint32(position);
    const type = String.fromCharCode(...bytes.subarray(position + 4, position + 8));
    const start = position + 8;
    const end = start + length;
    if (end + 4 > bytes.length) return false;
    if (type === 'IHDR') {
      if (length !== 13) return false;
      header = {
        width: view.getUint32(start),
        height: view.getUint32(start + 4),
        bitDepth: bytes[start + 8] ?? 0,
        colourType: bytes[start + 9] ?? 0,
        interlace: bytes[start + 12] ?? 0,
      };
    } else if (type === 'PLTE') {
      hasPalette = true;
    } else if (type === 'IDAT') {
      data.push(bytes.subarray(start, end));
    } else if (type === 'IEND') {
      ended = true;
      break;
    }
    position = end + 4;
  }
  if (!header || !ended || data.length === 0 || header.interlace !== 0) return false;
  const { width, height, bitDepth, colourType } = header;
  if (!bitDepthsByColourType[colourType]?.includes(bitDepth)) return false;
  if (colourType === 3 && !hasPalette) return false;
  if (width < 1 || height < 1 || width > maxSide || height > maxSide) return false;
  const rowBytes = Math.ceil((width * bitDepth * (channelsByColourType[colourType] ?? 1)) / 8);
  const expected = height * (rowBytes + 1);
  let pixels: Buffer;
  try {
    pixels = inflateSync(Buffer.concat(data), { maxOutputLength: expected + 1 });
  } catch {
    return false;
  }
  if (pixels.length !== expected) return false;
  for (let row = 0; row < height; row++) {
    if ((pixels[row * (rowBytes + 1)] ?? 5) > 4) return false;
  }
  return true;
}
