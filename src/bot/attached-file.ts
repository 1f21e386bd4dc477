import type { Activity } from 'botbuilder';

/**
 * A log attached in personal chat. Teams delivers a file the user attached (the app declares
 * `supportsFiles`) as an attachment of type `application/vnd.microsoft.teams.file.download.info` whose
 * content has a short-lived, pre-authorised `downloadUrl`; the bot downloads it with a plain GET.
 */
export const FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';
const READABLE = /\.(?:log|txt)$/i;

export interface FilePolicy {
  /** Tests and local mode serve files over http on loopback; Teams' links are always https. */
  readonly allowLoopbackHttp: boolean;
  readonly maxBytes: number;
  readonly timeoutMs: number;
}

export type AttachedFile =
  | { readonly kind: 'none' }
  | { readonly kind: 'unsupported'; readonly name: string }
  | { readonly kind: 'file'; readonly name: string; readonly downloadUrl: string };

export type FileText =
  | { readonly kind: 'ok'; readonly text: string }
  | { readonly kind: 'too-large' }
  | { readonly kind: 'failed'; readonly reason: string };

interface DownloadInfo {
  readonly contentType?: unknown;
  readonly name?: unknown;
  readonly content?: { readonly downloadUrl?: unknown };
}

export function attachedFile(activity: Partial<Activity>): AttachedFile {
  const info = (activity.attachments ?? []).find(
    (a) => (a as DownloadInfo).contentType === FILE_DOWNLOAD_INFO,
  ) as DownloadInfo | undefined;
  if (!info) return { kind: 'none' };
  const name = typeof info.name === 'string' ? info.name.slice(0, 200) : '';
  const url = info.content?.downloadUrl;
  if (!READABLE.test(name)) return { kind: 'unsupported', name };
  if (typeof url !== 'string' || url.length > 4096) return { kind: 'unsupported', name };
  return { kind: 'file', name, downloadUrl: url };
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

function allowedUrl(raw: string, policy: FilePolicy): URL | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.username || url.password) return undefined;
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && policy.allowLoopbackHttp && LOOPBACK.has(url.hostname)) return url;
  return undefined;
}

/** Downloads the file as UTF-8 text, refusing more than `maxBytes` and giving up after `timeoutMs`. */
export async function downloadFileText(
  file: { readonly downloadUrl: string },
  policy: FilePolicy,
): Promise<FileText> {
  const url = allowedUrl(file.downloadUrl, policy);
  if (!url) return { kind: 'failed', reason: 'download URL not allowed' };
  try {
    const response = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(policy.timeoutMs) });
    if (!response.ok || !response.body) {
      await response.body?.cancel();
      return { kind: 'failed', reason: `HTTP ${response.status}` };
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > policy.maxBytes) {
      await response.body.cancel();
      return { kind: 'too-large' };
    }
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > policy.maxBytes) {
        await reader.cancel();
        return { kind: 'too-large' };
      }
      chunks.push(value);
    }
    return { kind: 'ok', text: new TextDecoder('utf-8').decode(Buffer.concat(chunks)) };
  } catch (error) {
    return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Teams refuses messages above about 28 KB; a paste this close to it was probably cut by the sender's client. */
export const TEAMS_MESSAGE_LIMIT_KB = 28;

export function probablyCutByTeams(activity: Partial<Activity>): boolean {
  const text = typeof activity.text === 'string' ? activity.text : '';
  const html = (activity.attachments ?? [])
    .filter((a) => a.contentType === 'text/html' && typeof a.content === 'string')
    .reduce((n, a) => Math.max(n, Buffer.byteLength(a.content as string, 'utf8')), 0);
  const size = Math.max(Buffer.byteLength(text, 'utf8'), html);
  // Above the limit Teams did not cut it (it came some other way); just under it, it probably did.
  return size >= TEAMS_MESSAGE_LIMIT_KB * 1024 * 0.9 && size <= TEAMS_MESSAGE_LIMIT_KB * 1024;
}
