import type { LineIndex } from '../line-index';

/**
 * Scanners that look for an image in several places list what each place answered, one item per source:
 *   trivy (pkg/fanal/image/image.go)     "* docker error: …", "* containerd error: …", "* remote error: …"
 *   syft and grype (syft/get_source.go)  "- docker: …", "- podman: …", "- oci-registry: …"
 * When the registry's own answer is one of the items, the local sources' failures (no daemon, no socket, the image
 * not in the local store) are places that were merely tried: the registry's item says what went wrong.
 */
const REGISTRY_ITEM = /^\s*[*-]\s+(?:remote error|oci-registry):/i;
const LOCAL_ITEM = /^\s*[*-]\s+(?:docker|containerd|podman)(?: error)?:/i;

/**
 * trivy before its items were named by source (trivy-operator's scan jobs still print it, field9 9B005) words the
 * local ones by what failed and gives the registry's answer as the request itself: "* unable to inspect the image
 * (…): Cannot connect to the Docker daemon…", "* containerd socket not found: …", "* unable to initialize Podman
 * client: …", "* GET https://<registry>/oauth2/token?…: UNAUTHORIZED: …".
 */
const UNNAMED_LOCAL_KEYWORDS = [
  'unable to inspect the image',
  'containerd socket not found',
  'unable to initialize podman client',
];
const UNNAMED_LOCAL_ITEM =
  /^\s*[*-]\s+(?:unable to inspect the image|containerd socket not found|unable to initialize podman client)/i;
const REQUEST_ITEM = /^\s*[*-]\s+(?:get|head) "?https?:\/\//i;
/** The items of one list sit together: how far either side of one item to look for the others. */
const LIST_SPAN = 8;

/** The registry's own item, named by its source (trivy's "remote error:", syft's "oci-registry:"). */
const REGISTRY_ITEM_KEYWORDS = ['remote error:', 'oci-registry:'];

export const IMAGE_SOURCE_KEYWORDS = [...REGISTRY_ITEM_KEYWORDS, ...UNNAMED_LOCAL_KEYWORDS];

/** The 0-based line of the registry's item, when the paste lists it next to at least one local source. */
export function findRegistrySourceAmongOthers(index: LineIndex): number | undefined {
  const named = index.linesWithAny(REGISTRY_ITEM_KEYWORDS).find((i) => REGISTRY_ITEM.test(index.line(i)));
  if (named !== undefined) return itemNear(index, named, LOCAL_ITEM) !== undefined ? named : undefined;
  const local = index
    .linesWithAny(UNNAMED_LOCAL_KEYWORDS)
    .find((i) => UNNAMED_LOCAL_ITEM.test(index.line(i)));
  return local === undefined ? undefined : itemNear(index, local, REQUEST_ITEM);
}

/** The 0-based line of an item matching `item` within LIST_SPAN lines of `line`, if any. */
function itemNear(index: LineIndex, line: number, item: RegExp): number | undefined {
  const from = Math.max(0, line - LIST_SPAN);
  const to = Math.min(index.lines.length, line + LIST_SPAN);
  for (let i = from; i < to; i++) if (item.test(index.line(i))) return i;
  return undefined;
}
