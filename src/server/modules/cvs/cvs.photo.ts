// Checks an uploaded CV photo before it is kept: JPEG or PNG by its first bytes, the type it claims, and readable
// whole, so that rendering the CV's PDF later never meets bytes it cannot embed.
import type { PhotoMediaType } from '../../../shared/api/cvs';
import { isEmbeddableImage } from '../../platform/documents/pdf-image';

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;
const jpegSignature = [0xff, 0xd8, 0xff] as const;

export type PhotoVerdict = { ok: true } | { ok: false; reason: 'not_image' | 'unreadable' };

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);

/** The media type the first bytes show, whatever the request says. */
export function sniffPhotoType(bytes: Uint8Array): PhotoMediaType | null {
  if (startsWith(bytes, pngSignature)) return 'image/png';
  if (startsWith(bytes, jpegSignature)) return 'image/jpeg';
  return null;
}

export function inspectPhoto(bytes: Uint8Array, claimed: PhotoMediaType): PhotoVerdict {
  const actual = sniffPhotoType(bytes);
  if (actual === null || actual !== claimed) return { ok: false, reason: 'not_image' };
  return isEmbeddableImage(bytes) ? { ok: true } : { ok: false, reason: 'unreadable' };
}
