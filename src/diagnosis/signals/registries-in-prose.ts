import type { LineIndex } from '../line-index';
import { findAlibabaAcr } from './acr-mentions';

/**
 * Other registries named in people's words rather than by host: "the devcontainers/python image on MCR is returning
 * 403", "Docker Hub's 429", "GHCR refused the push". A sentence that names one of these, and no ACR, is about that
 * registry. Matched as whole words, in the case people write them (MCR, GHCR, ECR and GCR in capitals). Alibaba
 * Cloud's registry is named ACR too: on a line that names Alibaba Cloud, ACR is theirs (acr-mentions.ts).
 */
const PROSE_NAMES: ReadonlyArray<{ readonly key: string; readonly pattern: RegExp }> = [
  { key: 'docker hub', pattern: /\bdocker hub\b/i },
  { key: 'dockerhub', pattern: /\bdockerhub\b/i },
  { key: 'mcr', pattern: /\bMCR\b/ },
  { key: 'microsoft container registry', pattern: /\bmicrosoft container registry\b/i },
  { key: 'ghcr', pattern: /\bGHCR\b/ },
  { key: 'github container registry', pattern: /\bgithub container registry\b/i },
  { key: 'ecr', pattern: /\b(?:Amazon |AWS )?ECR\b/ },
  { key: 'gcr', pattern: /\bGCR\b/ },
  { key: 'artifact registry', pattern: /\b(?:google|gcp) artifact registry\b/i },
  { key: 'quay', pattern: /\bquay\b/i },
  { key: 'alibaba cloud container registry', pattern: /\balibaba cloud container registry\b/i },
];

export const PROSE_REGISTRY_KEYWORDS: readonly string[] = PROSE_NAMES.map((n) => n.key);

/** 0-based line of the first place another registry is named in words, or undefined. */
export function findRegistryNamedInProse(index: LineIndex): number | undefined {
  let first: number | undefined;
  for (const { key, pattern } of PROSE_NAMES)
    for (const lineNo of index.linesWith(key)) {
      if (first !== undefined && lineNo >= first) break;
      if (pattern.test(index.line(lineNo))) first = lineNo;
    }
  const alibaba = findAlibabaAcr(index);
  return alibaba !== undefined && (first === undefined || alibaba < first) ? alibaba : first;
}
