import type { FamilyId } from './families';

/**
 * When the paste's registry is recognisably someone else's (fact `registry-elsewhere`: registry hosts appear, none
 * is ACR, nothing names ACR), every cause that is about an Azure Container Registry is argued against by this much:
 * a missing tag, a 429, a certificate or a denied push on Docker Hub or GHCR is not the user's ACR configuration.
 * The families below are about the local client whatever registry it talks to, so they are left alone.
 */
export const ELSEWHERE_WEIGHT = 4;

export const CLIENT_FAMILIES: readonly FamilyId[] = ['docker-not-running-or-misconfigured'];
