// Checks an uploaded CV photo before it is kept: JPEG or PNG by its first bytes, the type it claims, and readable
// whole, so that rendering the CV's PDF later never meets bytes it cannot embed.
import type { PhotoMediaType } from '../../../shared/api/cvs';
import { imageTypeOf, isEmbeddableImage } from '../../platform/documents/pdf-image';

export type PhotoVerdict = { ok: true } | { ok: false; reason: 'not_image' | 'unreadable' };

/** The media type the first bytes show, whatever the request says. */
export const sniffPhotoType: (bytes: Uint8Array) => PhotoMediaType | null = imageTypeOf;

export function inspectPhoto(bytes: Uint8Array, claimed: PhotoMediaType): PhotoVerdict {
  const actual = sniffPhotoType(bytes);
  if (actual === null || actual !== claimed) return { ok: false, reason: 'not_image' };
  return isEmbeddableImage(bytes) ? { ok: true } : { ok: false, reason: 'unreadable' };
}
