import type { ToolId } from '../../knowledge';

/** Product names read the same in every language, so they are plain strings, not catalogue entries. */
export const TOOL_NAMES: Readonly<Record<ToolId, string>> = {
  az: 'Azure CLI',
  docker: 'Docker',
  podman: 'Podman',
  kubelet: 'Kubernetes (kubelet)',
  containerd: 'containerd',
  helm: 'Helm',
  oras: 'ORAS',
  buildx: 'Docker Buildx',
  'github-actions': 'GitHub Actions',
  'azure-devops': 'Azure DevOps',
  'app-service': 'App Service',
  'container-apps': 'Container Apps',
  aci: 'Container Instances',
  'azure-batch': 'Azure Batch',
  'iot-edge': 'Azure IoT Edge',
  'acr-tasks': 'ACR Tasks',
  terraform: 'Terraform',
  'aks-check-acr': 'az aks check-acr',
  powershell: 'PowerShell',
  curl: 'curl',
};
