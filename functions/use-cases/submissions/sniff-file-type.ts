/**
 * The declared content type is only a claim: s3rver (and a hostile client on S3) will store
 * anything. The first bytes of the stored object say what it really is.
 */
const signatures: { type: string; bytes: number[] }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46] }, // %PDF
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  // .docx is a ZIP container; .doc an OLE2 compound file.
  {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    bytes: [0x50, 0x4b, 0x03, 0x04],
  },
  { type: 'application/msword', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
];

/** How many leading bytes `sniffFileType` needs. */
export const SNIFF_BYTES = 8;

/** The content type the leading bytes prove, or null when they match no accepted type. */
export function sniffFileType(head: Uint8Array): string | null {
  for (const signature of signatures) {
    if (signature.bytes.every((byte, index) => head[index] === byte)) return signature.type;
  }
  return null;
}
