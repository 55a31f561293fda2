/**
 * Reads a request body from Electron's upload parts for the post guard,
 * bounded and without copying more than it must.
 *
 * What Electron hands over (shell/common/gin_converters/net_converter.cc,
 * `Converter<network::ResourceRequestBody>::ToV8`): bytes parts (`bytes`),
 * file parts (`file`, a path on disk: an <input type=file> upload), Blob parts
 * (`blobUUID`, readable with `session.getBlobData`) and streamed bodies (a
 * ReadableStream upload: none of the three, and reading it would consume it).
 * `getBlobData` reads a whole Blob into main (electron_api_data_pipe_holder.cc
 * DataPipeReader sizes its buffer from the pipe and copies it into a Buffer):
 * it has no ranged read, so the only way to keep large uploads out of main is
 * not to call it. Hence:
 * - a multipart body's file parts are skipped, not counted: the bytes between
 *   a part whose Content-Disposition has a `filename` parameter and the next
 *   boundary are dropped (a FormData Blob or File entry always carries a
 *   filename, per the HTML spec's "convert an entry" algorithm), unless the
 *   part says it is text (`Content-Type: application/json` or `text/...`: a
 *   post's JSON appended as a Blob), which is read as any other Blob is below;
 * - any other Blob part is read only when the request goes to a known endpoint
 *   that can publish (`need: 'all'`), one at a time. A Blob is read whole
 *   before its size is known (the upload part gives no length), so the cap
 *   applies only after each Blob is read: the body is given up as too large
 *   once the bytes kept pass it. A request whose address says it uploads media
 *   (`mediaUpload`) never has its Blobs read: a top-level one (the whole body,
 *   or a multipart body built as one Blob) is given up as too large unread, and
 *   one inside a multipart body is skipped as a file's contents are, unless the
 *   part says it is text;
 * - the bytes kept are decoded chunk by chunk (a streaming UTF-8 decoder), so
 *   the body never exists twice in memory.
 * A body that cannot be read in full comes back as a `gap`, never as a
 * partial body: what is missing could change the answer.
 */
import type { BodyGap } from '../../../shared/sites';

/** An upload part as Electron gives it (UploadData, plus the fields its converter sets that electron.d.ts leaves out). */
export interface UploadPart {
  bytes?: Uint8Array;
  file?: string;
  blobUUID?: string;
  type?: string;
}

export interface CollectedBody {
  body?: string;
  gap?: BodyGap;
}

export type ReadBlob = (uuid: string) => Promise<Uint8Array>;

type Piece = { bytes: Uint8Array } | { blob: string };

const DASH = 0x2d;
const HEADER_END = Uint8Array.from([13, 10, 13, 10]);
const CRLF = Uint8Array.from([13, 10]);
const MAX_PART_HEADER = 8 * 1024;

/** `--<boundary>` when the first bytes are a multipart delimiter line, else undefined. */
function multipartDelimiter(first: Uint8Array | undefined): Buffer | undefined {
  if (!first || first.length < 4 || first[0] !== DASH || first[1] !== DASH) return undefined;
  const head = Buffer.from(first.buffer, first.byteOffset, Math.min(first.length, 256));
  const eol = head.indexOf(10);
  if (eol < 3) return undefined;
  const line = head.toString('latin1', 0, eol).replace(/\r$/, '');
  if (/\s/.test(line) || line.length > 200) return undefined;
  return Buffer.from(line, 'latin1');
}

const FILENAME = Buffer.from('filename', 'latin1');
/** A Content-Disposition `filename` (or `filename*`) parameter, not a field merely named so (`name="filename"`). */
const FILENAME_PARAMETER = /;\s*filename\*?\s*=/i;
/** A part's Content-Type that is text a post can be made of; anything else in a file part is media, never read. */
const TEXT_PART = /^content-type:\s*(text\/|application\/(json|[\w.+-]*\+json|x-www-form-urlencoded)\b)/im;

/** Where the multipart reading is between upload parts: inside a file part's content, and whether that is text. */
interface MultipartState {
  inFile: boolean;
  fileIsText: boolean;
}

/**
 * Splits one bytes part of a multipart body into the pieces to keep,
 * dropping file contents; `inFile` carries over from part to part. Linear:
 * it jumps from one `filename` to the next with native searches, so a body of
 * ten thousand text fields costs one search, not one step per field.
 */
function keepMultipart(bytes: Uint8Array, delimiter: Buffer, state: MultipartState, out: Piece[]): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let pos = 0;
  if (state.inFile) {
    const next = buf.indexOf(delimiter);
    if (next === -1) return; // all of this part is file content
    state.inFile = false;
    // The file's bytes were dropped, or its Blob read in their place: either way the value ends here.
    out.push({ bytes: CRLF });
    pos = next;
  }
  let search = pos;
  for (;;) {
    const f = buf.indexOf(FILENAME, search);
    if (f === -1) break;
    // A `filename` counts only inside a part's headers: after a delimiter, before that part's blank line.
    const d = buf.lastIndexOf(delimiter, f);
    const headerEnd = d >= pos ? buf.indexOf(HEADER_END, d) : -1;
    if (d < pos || headerEnd === -1 || headerEnd < f || headerEnd - d > MAX_PART_HEADER) {
      search = f + FILENAME.length;
      continue;
    }
    const headers = buf.toString('latin1', d, headerEnd);
    if (!FILENAME_PARAMETER.test(headers)) {
      search = headerEnd; // (a field named "filename": its value is text like any other)
      continue;
    }
    const contentStart = headerEnd + HEADER_END.length;
    out.push({ bytes: buf.subarray(pos, contentStart) });
    const next = buf.indexOf(delimiter, contentStart);
    if (next === -1) {
      // Its content is the next upload part (a FormData Blob or File), or runs on into it.
      state.inFile = true;
      state.fileIsText = TEXT_PART.test(headers);
      return;
    }
    // The file's bytes are dropped; an empty value keeps the part well formed for the parser.
    out.push({ bytes: CRLF });
    pos = next;
    search = next;
  }
  if (pos < buf.length) out.push({ bytes: pos === 0 ? buf : buf.subarray(pos) });
}

/**
 * Whether a request's address says its body is media: an upload host or path
 * segment (`upload.x.com`, `/upload/youtube/v3/videos`, `/i/media/upload.json`,
 * `/uploads`), or a resumable or media upload protocol in the query
 * (`uploadType=media|resumable`, `upload_protocol=`). Such Blobs are a video's
 * gigabytes as often as not, and `getBlobData` would copy them whole into main
 * (twice at the peak) only for the guard to answer "too large".
 */
export function mediaUpload(url: string | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (/^uploads?[.-]/i.test(parsed.hostname)) return true;
  if (parsed.pathname.split('/').some((segment) => /^uploads?(?:\.\w+)?$/i.test(segment))) return true;
  const type = parsed.searchParams.get('uploadType')?.toLowerCase();
  return type === 'media' || type === 'resumable' || parsed.searchParams.has('upload_protocol');
}

/**
 * Collects what the guard must read of a body. Synchronous unless a Blob must
 * be read; `need` is what shared/sites' bodyNeed said about the request.
 */
export function collectBody(
  parts: readonly UploadPart[] | undefined,
  need: 'all' | 'text',
  maxBytes: number,
  readBlob: ReadBlob | undefined,
  url?: string,
): CollectedBody | Promise<CollectedBody> {
  if (!parts || parts.length === 0) return {};
  const delimiter = multipartDelimiter(parts[0]?.bytes);
  const media = mediaUpload(url);
  const state: MultipartState = { inFile: false, fileIsText: false };
  const pieces: Piece[] = [];
  let kept = 0;
  for (const part of parts) {
    const before = pieces.length;
    if (part.blobUUID) {
      // A FormData file is never read; a text one only for a publishing endpoint (elsewhere its text fields decide, as
      // before: a gap there would let the request out as "not held" where its text alone might have held it).
      if (delimiter && state.inFile && (!state.fileIsText || need !== 'all')) continue;
      if (media && !(delimiter && state.inFile && state.fileIsText)) {
        if (delimiter) continue; // a media part beside the metadata: its fields are read, not it
        return { gap: need === 'all' ? 'too-large' : 'blob-skipped' };
      }
      if (need !== 'all') return { gap: 'blob-skipped' };
      if (!readBlob) return { gap: 'blob-unreadable' };
      pieces.push({ blob: part.blobUUID });
    } else if (part.file) {
      if (delimiter && state.inFile) continue; // an <input type=file> upload inside a form
      return { gap: 'file' };
    } else if (part.bytes) {
      if (part.bytes.length === 0) continue;
      if (delimiter) keepMultipart(part.bytes, delimiter, state, pieces);
      else pieces.push({ bytes: part.bytes });
    } else {
      return { gap: 'stream' };
    }
    for (let i = before; i < pieces.length; i++) {
      const piece = pieces[i]!;
      if ('bytes' in piece) kept += piece.bytes.length;
    }
    if (kept > maxBytes) return { gap: 'too-large' };
  }
  if (!pieces.some((p) => 'blob' in p)) return { body: decode(pieces as Array<{ bytes: Uint8Array }>) };
  return readBlobs(pieces, kept, maxBytes, readBlob!);
}

async function readBlobs(pieces: Piece[], keptSoFar: number, maxBytes: number, readBlob: ReadBlob): Promise<CollectedBody> {
  let kept = keptSoFar;
  const filled: Array<{ bytes: Uint8Array }> = [];
  for (const p of pieces) {
    if ('bytes' in p) {
      filled.push(p);
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await readBlob(p.blob);
    } catch {
      return { gap: 'blob-unreadable' };
    }
    kept += bytes.length;
    if (kept > maxBytes) return { gap: 'too-large' };
    filled.push({ bytes });
  }
  return { body: decode(filled) };
}

function decode(pieces: ReadonlyArray<{ bytes: Uint8Array }>): string | undefined {
  if (pieces.length === 0) return undefined;
  const decoder = new TextDecoder('utf-8');
  if (pieces.length === 1) return decoder.decode(pieces[0]!.bytes);
  let out = '';
  for (const p of pieces) out += decoder.decode(p.bytes, { stream: true });
  return out + decoder.decode();
}
