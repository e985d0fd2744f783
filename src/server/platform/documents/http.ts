// Sends a generated file (XLSX, PDF, ZIP) as a download that keeps its Kazakh or Russian name and is never cached.
import type { FastifyReply } from 'fastify';

export const mediaTypes = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  zip: 'application/zip',
} as const;

// Characters no file name should carry, whatever the client: controls and path separators.
const unsafeInFileName = /[\p{Cc}/\\]/gu;

/** The name for clients that ignore filename*: printable ASCII only, without quotes or backslashes. */
function asciiFallback(fileName: string): string {
  return fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
}

/** RFC 5987 ext-value of a UTF-8 string: encodeURIComponent leaves ' ( ) * unescaped, which attr-char does not allow. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The content-disposition of an attachment; filename* only when the plain ASCII name would lose something (RFC 6266 §4.3). */
export function attachmentDisposition(fileName: string): string {
  const safe = fileName.replace(unsafeInFileName, '_');
  const fallback = asciiFallback(safe);
  const disposition = `attachment; filename="${fallback}"`;
  return fallback === safe ? disposition : `${disposition}; filename*=UTF-8''${encodeRfc5987(safe)}`;
}

/** Answers the bytes as a file to save: a download, not a page, and never kept by a cache (exports hold personal data). */
export function sendDownload(
  reply: FastifyReply,
  { fileName, mediaType, bytes }: { fileName: string; mediaType: string; bytes: Uint8Array },
): FastifyReply {
  return reply
    .header('content-disposition', attachmentDisposition(fileName))
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .type(mediaType)
    .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}
