/**
 * The content check of an uploaded file, beyond its first bytes, for the types procedures accept.
 * PDF: structure (pdf-structure.ts). JPEG/PNG: decodable header (image-headers.ts). Word files are
 * containers: a .docx must be a ZIP with its end-of-central-directory record, a .doc an OLE2 compound
 * file with a valid header. Other types are not accepted by any procedure and are refused.
 */
import type { Message } from '../types';
import { jpegProblem, pngProblem } from './image-headers';
import { pdfProblem } from './pdf-structure';

const checks: Record<string, (bytes: Uint8Array) => Message | null> = {
  'application/pdf': pdfProblem,
  'image/jpeg': jpegProblem,
  'image/png': pngProblem,
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': zipProblem,
  'application/msword': oleProblem,
};

/**
 * Why `bytes` is not a well-formed file of `contentType`, or null when it is.
 * @example fileContentProblem('application/pdf', bytes) // { vi: 'tệp không kết thúc bằng "%%EOF"', en: … }
 */
export function fileContentProblem(contentType: string, bytes: Uint8Array): Message | null {
  const check = checks[contentType];
  if (!check)
    return { vi: `không kiểm tra được loại "${contentType}"`, en: `type "${contentType}" cannot be checked` };
  return check(bytes);
}

function zipProblem(bytes: Uint8Array): Message | null {
  const from = Math.max(0, bytes.length - 65_557);
  for (let at = bytes.length - 22; at >= from; at--) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 0x05 && bytes[at + 3] === 0x06)
      return null;
  }
  return {
    vi: 'tệp ZIP thiếu mục lục cuối tệp',
    en: 'the ZIP container has no end-of-central-directory record',
  };
}

function oleProblem(bytes: Uint8Array): Message | null {
  // Byte order mark 0xFFFE at offset 28 and a sector shift of 9 (v3) or 12 (v4).
  const ok =
    bytes.length >= 512 && bytes[28] === 0xfe && bytes[29] === 0xff && [9, 12].includes(bytes[30] ?? 0);
  return ok ? null : { vi: 'phần đầu tệp OLE2 không hợp lệ', en: 'the OLE2 header is not valid' };
}
