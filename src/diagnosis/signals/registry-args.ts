import type { LineIndex } from '../line-index';
import { isPlaceholderName } from './acr-names';

export const REGISTRY_ARG_KEYWORDS = [
  'az acr',
  'microsoft.containerregistry/registries',
  "registry '",
  'registry "',
];

const AZ_ACR_NAME = /(?:^|\s)(?:--name|-n|--registry|-r)[ =]["']?([A-Za-z0-9<>_-]{1,60})/;
const ARM_NAME = /resource with name '([^'\s]{1,60})' and type 'Microsoft\.ContainerRegistry\/registries'/i;
const REGISTRY_ID = /providers\/Microsoft\.ContainerRegistry\/registries\/([A-Za-z0-9]{1,60})/i;
const QUOTED_REGISTRY = /\bregistry ['"]([A-Za-z0-9]{1,60})['"]/i;

/** Registry names given to `az acr …` or named by ARM errors, for pastes that show no login server. */
export function findRegistryArguments(index: LineIndex): string[] {
  const names: string[] = [];
  for (const i of index.linesWithAny(REGISTRY_ARG_KEYWORDS)) {
    const line = index.line(i);
    const lower = index.lower(i);
    const candidates = [
      lower.includes('az acr') ? AZ_ACR_NAME.exec(line)?.[1] : undefined,
      ARM_NAME.exec(line)?.[1],
      REGISTRY_ID.exec(line)?.[1],
      QUOTED_REGISTRY.exec(line)?.[1],
    ];
    for (const name of candidates)
      if (name && !isPlaceholderName(name) && !names.includes(name)) names.push(name);
  }
  return names;
}
