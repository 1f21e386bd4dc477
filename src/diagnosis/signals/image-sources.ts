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

export const IMAGE_SOURCE_KEYWORDS = ['remote error:', 'oci-registry:'];

/** The 0-based line of the registry's item, when the paste lists it next to at least one local source. */
export function findRegistrySourceAmongOthers(index: LineIndex): number | undefined {
  const registry = index.linesWithAny(IMAGE_SOURCE_KEYWORDS).find((i) => REGISTRY_ITEM.test(index.line(i)));
  if (registry === undefined) return undefined;
  // The items of one list sit together: look a few lines either side of the registry's.
  const from = Math.max(0, registry - 8);
  const to = Math.min(index.lines.length, registry + 8);
  for (let i = from; i < to; i++) if (LOCAL_ITEM.test(index.line(i))) return registry;
  return undefined;
}
