/**
 * What makes bytes a PDF rather than something that merely starts with `%PDF-`: the header, at
 * least one indirect object, a cross-reference section (`trailer` dictionary or `startxref`
 * pointing at an `xref` table or an xref-stream object) and `%%EOF` at the end. A browser shown such
 * a file as application/pdf (with nosniff) hands it to the PDF viewer; an HTML document that only
 * borrowed the first bytes fails the end-of-file structure, and HTML markers in the first KiB (what
 * content sniffers read) are refused outright.
 */
import type { Message } from '../types';

const HEAD_BYTES = 1024;
const TAIL_BYTES = 1024;
const htmlMarkers = /<\s*(!doctype|html|head|body|script|iframe|svg|meta|object|embed)\b/i;

/** Why `bytes` is not a well-formed PDF, or null when it is. */
export function pdfProblem(bytes: Uint8Array): Message | null {
  const head = latin1(bytes, 0, HEAD_BYTES);
  if (!/^%PDF-(1\.[0-7]|2\.0)\s/.test(head)) {
    return { vi: 'thiếu phần đầu "%PDF-1.x"', en: 'the "%PDF-1.x" header is missing' };
  }
  if (htmlMarkers.test(head)) {
    return { vi: 'phần đầu tệp chứa mã HTML', en: 'the start of the file contains HTML' };
  }
  const tail = latin1(bytes, Math.max(0, bytes.length - TAIL_BYTES), bytes.length);
  if (!/%%EOF\s*$/.test(tail)) {
    return { vi: 'tệp không kết thúc bằng "%%EOF"', en: 'the file does not end with "%%EOF"' };
  }
  const startxref = /startxref\s+(\d{1,10})\s+%%EOF\s*$/.exec(tail);
  if (startxref) {
    const offset = Number(startxref[1]);
    const target = offset < bytes.length ? latin1(bytes, offset, offset + 32) : '';
    if (!/^(xref\b|\d+\s+\d+\s+obj\b)/.test(target)) {
      return {
        vi: `"startxref" trỏ tới vị trí ${offset} không phải bảng tham chiếu`,
        en: `"startxref" points at offset ${offset}, which is not a cross-reference section`,
      };
    }
  } else if (!/\btrailer\s*<</.test(tail)) {
    return {
      vi: 'thiếu bảng tham chiếu chéo ("startxref" hoặc "trailer")',
      en: 'the cross-reference section ("startxref" or "trailer") is missing',
    };
  }
  const window = 64 * 1024;
  const object = /\d+\s+\d+\s+obj\b/;
  if (
    !object.test(latin1(bytes, 0, window)) &&
    !object.test(latin1(bytes, bytes.length - window, bytes.length))
  ) {
    return { vi: 'không có đối tượng PDF nào', en: 'there is no PDF object' };
  }
  return null;
}

function latin1(bytes: Uint8Array, start: number, to: number): string {
  let text = '';
  const from = Math.max(0, start);
  const end = Math.min(to, bytes.length);
  for (let i = from; i < end; i++) text += String.fromCharCode(bytes[i] ?? 0);
  return text;
}
