import type { LineIndex } from '../line-index';

/**
 * Docker Hub keeps its official images under the namespace `library/` (docker.io/library/nginx), and clients print
 * that path where they name what they asked for: a refused scope (`Name:library/base`, `repository:library/node:pull`,
 * `"Name":"library/alpine"`), a `/v2/library/…` URL, Docker's "Pulling from library/…". With nothing in the paste naming
 * a registry, such a path is Docker Hub's or a mirror's of it: 4 of 4 labelled pastes so were others' (62I002, 65P011,
 * 72A018, 77J001). An ACR holds a `library/` repository only when someone imported one under that name, and then its
 * login server or `az acr` is in the paste. Only these places count: a folder named library on disk is not one.
 */
export const HUB_OFFICIAL_KEYWORDS = [
  '/v2/library/',
  'name:library/',
  '"name":"library/',
  '"name": "library/',
  'repository:library/',
  'pulling from library/',
];

/** 0-based line of the first such path, or undefined. */
export function findHubOfficialPath(index: LineIndex): number | undefined {
  return index.linesWithAny(HUB_OFFICIAL_KEYWORDS)[0];
}
