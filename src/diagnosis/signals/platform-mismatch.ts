import type { LineIndex } from '../line-index';

/**
 * A multi-platform image (manifest list, OCI index) with no entry for the platform that asked: the registry answered
 * and the credential was accepted; the publisher did not build the image for this CPU or OS. Docker's daemon
 * ("no matching manifest for linux/arm64/v8 in the manifest list entries"), containerd and BuildKit ("no match for
 * platform in manifest"), the containers/image library ("no image found in manifest list for architecture"),
 * go-containerregistry ("no child with platform linux/amd64 in index", which Container Apps passes on: field20
 * 20F001) and Docker's run-time warnings say it in their own words.
 */
export const PLATFORM_MISMATCH_KEYWORDS = [
  'no matching manifest for',
  'no match for platform in manifest',
  'no image found in manifest list for architecture',
  'does not match the specified platform',
  'no child with platform',
  // Container Apps' own validation of a revision's image ("image OS/Arc must be linux/amd64 but found linux/arm64").
  'image os/arc must be',
  // moby on Windows: an image built for another Windows build than the host's ("a Windows version 10.0.18362-based
  // image is incompatible with a 10.0.17763 host").
  '-based image is incompatible with a',
];

/** 0-based line of the first platform mismatch, or undefined. */
export function findPlatformMismatch(index: LineIndex): number | undefined {
  return index.linesWithAny(PLATFORM_MISMATCH_KEYWORDS)[0];
}
