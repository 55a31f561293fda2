import { describe, expect, it, vi } from 'vitest';
import { collectBody, mediaUpload, type UploadPart } from '../../../electron/main/session/upload-body';
import { UserActivation } from '../../../electron/main/session/user-activation';
import { WebRequestHub, webRequestHub } from '../../../electron/main/session/web-request-hub';
import { createElectron, FakeWebRequest, nextTask } from '../../support/electron';

const B = 'WebKitFormBoundaryQ1';
const text = (s: string): UploadPart => ({ type: 'rawData', bytes: Buffer.from(s) });
const field = (name: string, value: string) => `--${B}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
const fileHead = (name: string) => `--${B}\r\nContent-Disposition: form-data; name="${name}"; filename="photo.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`;

describe('collectBody: what the guard reads of an upload', () => {
  it('skips the bytes of multipart file parts and does not count them towards the cap', () => {
    const image = Buffer.alloc(3 * 1024 * 1024, 0xff); // inline file bytes, as a page-built body carries them
    const body = Buffer.concat([Buffer.from(field('status', 'Look at this view')), Buffer.from(fileHead('file')), image, Buffer.from(`\r\n${field('visibility', 'public')}--${B}--\r\n`)]);
    const got = collectBody([{ type: 'rawData', bytes: body }], 'all', 64 * 1024, undefined);
    expect(got).not.toBeInstanceOf(Promise);
    const { body: decoded, gap } = got as { body?: string; gap?: string };
    expect(gap).toBeUndefined();
    expect(decoded).toContain('Look at this view');
    expect(decoded).toContain('name="visibility"');
    expect(decoded!.length).toBeLessThan(2000);
  });

  it('never reads a Blob that is a FormData file, even for a publishing endpoint', () => {
    const readBlob = vi.fn(() => Promise.resolve(Buffer.alloc(10)));
    const got = collectBody([text(field('status', 'With a picture') + fileHead('file')), { type: 'blob', blobUUID: 'b-1' }, text(`\r\n--${B}--\r\n`)], 'all', 1024, readBlob);
    expect(got).not.toBeInstanceOf(Promise);
    expect((got as { body: string }).body).toContain('With a picture');
    expect(readBlob).not.toHaveBeenCalled();
  });

  it('keeps a text field whose name says filename: only a filename parameter makes a part a file', () => {
    const body = field('filename', 'holiday.jpg') + field('original_filename', 'IMG_0042.jpg') + field('status', 'Back home') + `--${B}--\r\n`;
    const got = collectBody([text(body)], 'all', 1024, undefined) as { body: string };
    expect(got.body).toContain('holiday.jpg');
    expect(got.body).toContain('IMG_0042.jpg');
    expect(got.body).toContain('Back home');
  });

  it('reads a FormData Blob of text (JSON appended as a Blob) for a publishing endpoint, and skips it for any other', async () => {
    const jsonHead = `--${B}\r\nContent-Disposition: form-data; name="payload"; filename="blob"\r\nContent-Type: application/json\r\n\r\n`;
    const parts = [text(field('kind', 'post') + jsonHead), { type: 'blob', blobUUID: 'json-1' }, text(`\r\n--${B}--\r\n`)];
    const readBlob = vi.fn(() => Promise.resolve(Buffer.from('{"text":"The merger goes public on Friday"}')));
    const read = (await collectBody(parts, 'all', 1024, readBlob)) as { body: string };
    expect(read.body).toContain(`name="payload"; filename="blob"\r\nContent-Type: application/json\r\n\r\n{"text":"The merger goes public on Friday"}\r\n--${B}--`);
    expect(readBlob).toHaveBeenCalledWith('json-1');
    // (An unknown site's Blob is not read: its text fields decide, as for any FormData file.)
    const unread = collectBody(parts, 'text', 1024, readBlob) as { body: string };
    expect(unread.body).toContain('name="kind"');
    expect(unread.body).not.toContain('merger');
    expect(readBlob).toHaveBeenCalledTimes(1);
  });

  it('skips an <input type=file> part inside a form without reading the file', () => {
    const got = collectBody([text(field('status', 'Holiday') + fileHead('file')), { type: 'file', file: '/home/me/photo.jpg' }, text(`\r\n--${B}--\r\n`)], 'all', 1024, undefined);
    expect((got as { body: string }).body).toContain('Holiday');
  });

  it('reads a whole-body Blob only when the endpoint can publish, and gives up past the cap', async () => {
    const readBlob = vi.fn((uuid: string) => Promise.resolve(Buffer.from(uuid === 'small' ? '{"status":"from a blob"}' : 'x'.repeat(5000))));
    expect(collectBody([{ type: 'blob', blobUUID: 'small' }], 'text', 1024, readBlob)).toEqual({ gap: 'blob-skipped' });
    expect(readBlob).not.toHaveBeenCalled();
    expect(await collectBody([{ type: 'blob', blobUUID: 'small' }], 'all', 1024, readBlob)).toEqual({ body: '{"status":"from a blob"}' });
    expect(await collectBody([{ type: 'blob', blobUUID: 'big' }], 'all', 1024, readBlob)).toEqual({ gap: 'too-large' });
    expect(await collectBody([{ type: 'blob', blobUUID: 'gone' }], 'all', 1024, () => Promise.reject(new Error('gone')))).toEqual({ gap: 'blob-unreadable' });
  });

  it('never reads a Blob sent where the address says media is uploaded: whole, it is too large unread; beside metadata, skipped', () => {
    const readBlob = vi.fn(() => Promise.resolve(Buffer.from('{"snippet":{"title":"would be read whole"}}')));
    const video: UploadPart = { type: 'blob', blobUUID: 'video' };
    const media = 'https://www.googleapis.com/upload/youtube/v3/videos?uploadType=media&part=snippet';
    expect(collectBody([video], 'all', 1024, readBlob, media)).toEqual({ gap: 'too-large' });
    expect(collectBody([video], 'text', 1024, readBlob, media)).toEqual({ gap: 'blob-skipped' });
    // A multipart body built as one Blob (new Blob([head, file, tail])) is no better.
    expect(collectBody([video], 'all', 1024, readBlob, 'https://www.googleapis.com/upload/youtube/v3/videos?uploadType=multipart')).toEqual({ gap: 'too-large' });
    expect(collectBody([video], 'all', 1024, readBlob, 'https://upload.x.com/i/media/upload.json?command=APPEND')).toEqual({ gap: 'too-large' });
    // multipart/related: the metadata part is read, the media part (no filename) is skipped.
    const meta = `--${B}\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n{"snippet":{"title":"Harbour at dawn"}}\r\n--${B}\r\nContent-Type: video/mp4\r\n\r\n`;
    const related = collectBody([text(meta), video, text(`\r\n--${B}--\r\n`)], 'all', 1024, readBlob, 'https://www.googleapis.com/upload/youtube/v3/videos?uploadType=multipart&part=snippet');
    expect((related as { body: string }).body).toContain('Harbour at dawn');
    expect(readBlob).not.toHaveBeenCalled();
  });

  it('tells media uploads by their address alone, as a general rule', () => {
    for (const url of ['https://www.googleapis.com/upload/drive/v3/files?uploadType=resumable', 'https://uploads.github.com/repos/a/b/releases/1/assets', 'https://a.example/api/upload', 'https://a.example/v1/files?upload_protocol=raw', 'https://a.example/x?uploadType=media']) {
      expect(mediaUpload(url)).toBe(true);
    }
    for (const url of ['https://x.com/i/api/graphql/q1/CreateTweet', 'https://a.example/uploader-guide/post', 'https://a.example/api/posts?uploadType=multipart', undefined, 'not a url']) {
      expect(mediaUpload(url)).toBe(false);
    }
  });

  it('says so when a body is streamed, a file, or over the cap, instead of returning part of it', () => {
    expect(collectBody([{ type: 'stream' }], 'all', 1024, undefined)).toEqual({ gap: 'stream' });
    expect(collectBody([{ type: 'file', file: '/tmp/a.bin' }], 'all', 1024, undefined)).toEqual({ gap: 'file' });
    expect(collectBody([text('a'.repeat(2000))], 'all', 1024, undefined)).toEqual({ gap: 'too-large' });
    expect(collectBody([text('a=1'), text('&b=2')], 'text', 1024, undefined)).toEqual({ body: 'a=1&b=2' });
    expect(collectBody(undefined, 'all', 1024, undefined)).toEqual({});
  });

  it('stays linear on a multipart body of 40 000 parts', () => {
    const parts = Array.from({ length: 40_000 }, () => text(field('f', 'v')));
    const t0 = performance.now();
    const got = collectBody(parts, 'all', 4 * 1024 * 1024, undefined) as { body: string };
    expect(got.body.length).toBeGreaterThan(1_000_000);
    expect(performance.now() - t0).toBeLessThan(2000); // quadratic counting took minutes
  });
});

describe('WebRequestHub: one dispatcher per webRequest event per session', () => {
  it('fans observer events out to every subscriber over the one Electron listener', () => {
    const web = new FakeWebRequest();
    const hub = new WebRequestHub(web);
    const a: number[] = [];
    const b: number[] = [];
    const offA = hub.on('onCompleted', (d) => a.push(d.id));
    hub.on('onCompleted', (d) => b.push(d.id));
    hub.ownBeforeRequest('test', (_d, cb) => cb({}));
    expect(web.listenerCount('onCompleted')).toBe(1);
    const r = web.request({ method: 'GET', url: 'https://a.example/' });
    r.complete();
    expect(a).toEqual([r.id]);
    expect(b).toEqual([r.id]);
    offA();
    const r2 = web.request({ method: 'GET', url: 'https://a.example/2' });
    r2.complete();
    expect(a).toEqual([r.id]);
    expect(b).toEqual([r.id, r2.id]);
  });

  it('refuses a second owner of onBeforeRequest instead of letting it replace the first', () => {
    const web = new FakeWebRequest();
    const hub = webRequestHub(web);
    expect(webRequestHub(web)).toBe(hub);
    hub.ownBeforeRequest('post-guard', (_d, cb) => cb({}));
    expect(() => hub.ownBeforeRequest('someone-else', (_d, cb) => cb({}))).toThrow(/already belongs to post-guard/);
  });
});

describe('UserActivation: when a page last had a real gesture', () => {
  it('counts clicks and keys, not mouse moves or wheel scrolls, and forgets closed pages', async () => {
    const electron = createElectron();
    let now = 1000;
    const activation = new UserActivation(() => now);
    const contents = electron.webContents.getAllWebContents()[0] ?? new (createElectron().BrowserWindow)().webContents;
    activation.watch(contents);
    contents.userInput('mouseMove');
    contents.userInput('mouseWheel');
    expect(activation.lastGestureAt(contents.id)).toBeUndefined();
    now = 2000;
    contents.userInput('mouseDown');
    expect(activation.lastGestureAt(contents.id)).toBe(2000);
    now = 3000;
    contents.userInput('keyDown');
    expect(activation.lastGestureAt(contents.id)).toBe(3000);
    contents.close();
    await nextTask();
    expect(activation.lastGestureAt(contents.id)).toBeUndefined();
    expect(activation.lastGestureAt(undefined)).toBeUndefined();
  });

  it('counts a click or a key in another site\u2019s frame, which input-event never shows', () => {
    let now = 1000;
    const activation = new UserActivation(() => now);
    const contents = new (createElectron().BrowserWindow)().webContents;
    activation.watch(contents);
    contents.userInput('mouseMove', { frame: 'cross-site' });
    expect(activation.lastGestureAt(contents.id)).toBeUndefined();
    now = 2000;
    contents.userInput('mouseDown', { frame: 'cross-site' });
    expect(activation.lastGestureAt(contents.id)).toBe(2000);
    now = 3000;
    contents.userInput('rawKeyDown', { frame: 'cross-site' });
    expect(activation.lastGestureAt(contents.id)).toBe(3000);
  });
});
