// What may be attached to a case: photos, scans and office documents up to a size, recognised by their leading
// bytes (a renamed program is not a photo), with a name whose extension agrees. The screen checks before it
// sends and the server again when the bytes arrive, with the same rule and the same reasons.

/** The largest attachment: a phone photo is a few MiB, a scanned multi-page PDF rarely more than 20. */
export const maxAttachmentBytes = 20 * 1024 * 1024;
export const maxAttachmentMiB = maxAttachmentBytes / 1024 / 1024;

/** How many leading bytes sniffing reads (WEBP names itself at bytes 8-11; the OLE2 header is 8 bytes). */
export const sniffBytes = 16;

/** File formats told apart by their leading bytes; one format may be saved under several extensions. */
type Format = 'jpeg' | 'png' | 'gif' | 'webp' | 'pdf' | 'zip' | 'ole';

const ascii = (text: string) => [...text].map((ch) => ch.charCodeAt(0));

/** Each format's signature: bytes at an offset (null = any byte). */
const signatures: Record<Format, { at: number; bytes: (number | null)[] }[]> = {
  jpeg: [{ at: 0, bytes: [0xff, 0xd8, 0xff] }],
  png: [{ at: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }],
  gif: [{ at: 0, bytes: ascii('GIF8') }],
  webp: [
    { at: 0, bytes: ascii('RIFF') },
    { at: 8, bytes: ascii('WEBP') },
  ],
  pdf: [{ at: 0, bytes: ascii('%PDF-') }],
  /** .docx and .xlsx are zip packages. */
  zip: [{ at: 0, bytes: [0x50, 0x4b, 0x03, 0x04] }],
  /** .doc and .xls are OLE2 compound files. */
  ole: [{ at: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] }],
};

/** The allowed extensions, the format their bytes must have, and the media type they are served as. */
const allowedTypes: Record<string, { format: Format; mediaType: string }> = {
  jpg: { format: 'jpeg', mediaType: 'image/jpeg' },
  jpeg: { format: 'jpeg', mediaType: 'image/jpeg' },
  png: { format: 'png', mediaType: 'image/png' },
  webp: { format: 'webp', mediaType: 'image/webp' },
  gif: { format: 'gif', mediaType: 'image/gif' },
  pdf: { format: 'pdf', mediaType: 'application/pdf' },
  docx: { format: 'zip', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xlsx: { format: 'zip', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  doc: { format: 'ole', mediaType: 'application/msword' },
  xls: { format: 'ole', mediaType: 'application/vnd.ms-excel' },
};

export const allowedAttachmentExtensions = Object.keys(allowedTypes);

/** For the file chooser's `accept`. */
export const attachmentAccept = allowedAttachmentExtensions.map((ext) => `.${ext}`).join(',');

/** Photos open in the browser; documents go to the system's own program. */
export function isImageType(mediaType: string): boolean {
  return mediaType.startsWith('image/');
}

export function sniffFormat(head: Uint8Array): Format | null {
  for (const [format, parts] of Object.entries(signatures) as [Format, (typeof signatures)[Format]][]) {
    if (parts.every(({ at, bytes }) => bytes.every((byte, i) => byte === null || head[at + i] === byte))) {
      return format;
    }
  }
  return null;
}

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

export type AttachmentRefusal = 'attachmentEmpty' | 'attachmentTooLarge' | 'attachmentTypeNotAllowed';

export type AttachmentCheck =
  | { allowed: true; mediaType: string }
  | { allowed: false; refusal: AttachmentRefusal; params: Record<string, string | number>; message: string };

/** The size rule alone, for a transport that knows the size before it has the bytes. */
export function checkAttachmentSize(size: number): AttachmentCheck | null {
  if (size === 0) return { allowed: false, refusal: 'attachmentEmpty', params: {}, message: 'The file is empty.' };
  if (size > maxAttachmentBytes) {
    return {
      allowed: false,
      refusal: 'attachmentTooLarge',
      params: { maxMiB: maxAttachmentMiB },
      message: `The file is larger than ${maxAttachmentMiB} MiB.`,
    };
  }
  return null;
}

/**
 * Whether a file may be attached: not empty, not too large, its leading bytes one of the allowed formats and its
 * extension one that format is saved under (an .exe renamed .jpg, or a PDF named .docx, is refused).
 */
export function checkAttachment(fileName: string, size: number, head: Uint8Array): AttachmentCheck {
  const sizeRefusal = checkAttachmentSize(size);
  if (sizeRefusal) return sizeRefusal;
  const extension = extensionOf(fileName);
  const declared = Object.hasOwn(allowedTypes, extension) ? allowedTypes[extension] : undefined;
  if (!declared || sniffFormat(head) !== declared.format) {
    return {
      allowed: false,
      refusal: 'attachmentTypeNotAllowed',
      params: { allowed: allowedAttachmentExtensions.join(', ') },
      message: `Only these kinds of file may be attached, with an extension that matches their content: ${allowedAttachmentExtensions.join(', ')}.`,
    };
  }
  return { allowed: true, mediaType: declared.mediaType };
}
