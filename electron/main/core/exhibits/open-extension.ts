/**
 * The extension a private copy for another program gets, from the type recognised by content,
 * never from the sender's name: "photo.jpg.exe" must not become a program the system runs when
 * it is "opened". Only types whose usual programs display rather than execute are listed; anything
 * else (archives, unknown binaries) is not opened outside Habeas at all, only exported.
 */
const VIEWABLE: Readonly<Record<string, string>> = {
  'application/pdf': '.pdf',
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'image/gif': '.gif',
  'image/webp': '.webp',
  'image/tiff': '.tif',
  'image/heic': '.heic',
  'audio/wav': '.wav',
  'audio/mpeg': '.mp3',
  'audio/ogg': '.ogg',
  'audio/flac': '.flac',
  'audio/mp4': '.m4a',
  'video/mp4': '.mp4',
  'video/quicktime': '.mov',
  'video/webm': '.webm',
  'video/x-msvideo': '.avi',
  'text/plain': '.txt',
  'application/rtf': '.rtf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': '.xlsx',
  'application/vnd.oasis.opendocument.text': '.odt',
};

/** The extension (with its dot) for a viewable type, or null when the type is not opened elsewhere. */
export function openExtension(mediaType: string): string | null {
  return VIEWABLE[mediaType] ?? null;
}

/** `name` with its extension, if any, replaced by `extension`. */
export function withExtension(name: string, extension: string): string {
  const dot = name.lastIndexOf('.');
  const base = dot > 0 ? name.slice(0, dot) : name;
  return `${base}${extension}`;
}
