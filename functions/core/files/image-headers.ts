/**
 * Images must decode their header, not just match a magic number: a JPEG needs SOI and a frame
 * header (SOFn with non-zero size and 1–4 components) reached by walking its segments, and EOI at
 * the end; a PNG needs its signature, an IHDR chunk with a correct CRC and valid fields, and a chunk
 * chain that ends exactly with IEND. Pixel data is not decoded (that is the viewer's job).
 */
import type { Message } from '../types';
import { crc32 } from './crc32';

/** Why `bytes` is not a JPEG whose header decodes, or null. */
export function jpegProblem(bytes: Uint8Array): Message | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return bad('thiếu dấu SOI', 'the SOI marker is missing');
  const last = bytes.length - 2;
  if (bytes[last] !== 0xff || bytes[last + 1] !== 0xd9) {
    return bad('tệp không kết thúc bằng dấu EOI', 'the file does not end with the EOI marker');
  }
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return bad(`đoạn hỏng ở vị trí ${at}`, `broken segment at offset ${at}`);
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    const length = ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0);
    if (length < 2 || at + 2 + length > bytes.length) {
      return bad(`độ dài đoạn sai ở vị trí ${at}`, `bad segment length at offset ${at}`);
    }
    if (isFrameMarker(marker)) {
      const height = ((bytes[at + 5] ?? 0) << 8) | (bytes[at + 6] ?? 0);
      const width = ((bytes[at + 7] ?? 0) << 8) | (bytes[at + 8] ?? 0);
      const components = bytes[at + 9] ?? 0;
      if (height === 0 || width === 0 || components < 1 || components > 4) {
        return bad('phần khung ảnh (SOF) không hợp lệ', 'the frame header (SOF) is not valid');
      }
      return null;
    }
    if (marker === 0xda) break; // start of scan before any frame
    at += 2 + length;
  }
  return bad('không có phần khung ảnh (SOF)', 'there is no frame header (SOF)');
}

/** Why `bytes` is not a PNG whose header decodes, or null. */
export function pngProblem(bytes: Uint8Array): Message | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b))
    return bad('thiếu chữ ký PNG', 'the PNG signature is missing');
  let at = 8;
  let first = true;
  while (at + 12 <= bytes.length) {
    const length = readU32(bytes, at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (!/^[A-Za-z]{4}$/.test(type) || at + 12 + length > bytes.length) {
      return bad(`khối hỏng ở vị trí ${at}`, `broken chunk at offset ${at}`);
    }
    if (first) {
      if (type !== 'IHDR' || length !== 13)
        return bad('khối đầu không phải IHDR', 'the first chunk is not IHDR');
      if (crc32(bytes.subarray(at + 4, at + 21)) !== readU32(bytes, at + 21)) {
        return bad('mã kiểm tra (CRC) của IHDR sai', 'the IHDR checksum (CRC) is wrong');
      }
      const width = readU32(bytes, at + 8);
      const height = readU32(bytes, at + 12);
      const depth = bytes[at + 16] ?? 0;
      const color = bytes[at + 17] ?? 0;
      if (
        width === 0 ||
        height === 0 ||
        ![1, 2, 4, 8, 16].includes(depth) ||
        ![0, 2, 3, 4, 6].includes(color)
      ) {
        return bad('phần đầu IHDR không hợp lệ', 'the IHDR header is not valid');
      }
      first = false;
    }
    at += 12 + length;
    if (type === 'IEND') {
      return at === bytes.length ? null : bad('có dữ liệu sau IEND', 'there is data after IEND');
    }
  }
  return bad('thiếu khối IEND', 'the IEND chunk is missing');
}

function isFrameMarker(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function readU32(bytes: Uint8Array, at: number): number {
  return (
    (((bytes[at] ?? 0) << 24) |
      ((bytes[at + 1] ?? 0) << 16) |
      ((bytes[at + 2] ?? 0) << 8) |
      (bytes[at + 3] ?? 0)) >>>
    0
  );
}

function bad(vi: string, en: string): Message {
  return { vi, en };
}
