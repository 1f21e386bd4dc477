import type { DocLink, Lang } from '../knowledge';

/**
 * The hosts a card may link to. Knowledge-base links are already https by type, but a card is the last
 * place to stop a bad link, so every URL is parsed and checked again here.
 */
export const DOC_HOSTS: readonly string[] = [
  'learn.microsoft.com',
  'aka.ms',
  'github.com',
  'docs.github.com',
  'docs.docker.com',
  'kubernetes.io',
  'azure.github.io',
];

export interface SafeLink {
  readonly title: string;
  readonly url: string;
}

/** The URL, normalised, when it is https on an allowed host with no credentials; otherwise undefined. */
export function safeDocUrl(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return undefined;
  return DOC_HOSTS.includes(url.hostname) ? url.href : undefined;
}

const READABLE = /[a-zа-яё]{3}/;

export function safeDocLinks(docs: readonly DocLink[], lang: Lang, max: number): SafeLink[] {
  const links: SafeLink[] = [];
  for (const doc of docs) {
    const url = safeDocUrl(doc.url);
    const title = doc.title[lang].trim();
    // A link is named in words; a bare error code (CONNECTIVITY_FORBIDDEN_ERROR) says nothing to a reader.
    if (url && READABLE.test(title)) links.push({ title, url });
    if (links.length >= max) break;
  }
  return links;
}
