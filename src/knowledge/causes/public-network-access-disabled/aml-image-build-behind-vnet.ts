import { defineCause } from '../../define';
import { PRIVATE_ENDPOINTS } from '../../docs';
import { against, anchor, context } from '../../rules';

// Azure Machine Learning builds environment images with ACR Tasks in the workspace's registry. When that registry
// takes no public traffic (public access disabled, or only selected networks), the Tasks agents cannot reach it and
// the workspace refuses to build until an image build compute inside the VNet is named (ImageBuildComputeNotValid).
// The message does not say which restriction is set, so the firewall cause for ACR Tasks shares its strings.
export default defineCause({
  id: 'aml-image-build-behind-vnet',
  family: 'public-network-access-disabled',
  scope: 'acr-access',
  prevalence: 'occasional',
  title: {
    en: 'Azure Machine Learning cannot build images in a registry that is closed to public traffic',
    ru: 'Azure Machine Learning не может собирать образы в реестре, закрытом для публичного трафика',
  },
  explanation: {
    en:
      "Azure Machine Learning builds environment images with ACR Tasks in the workspace's container registry. When that " +
      'registry is reachable only through its private endpoint (public network access disabled, or restricted to ' +
      'selected networks), the Tasks agents outside the virtual network cannot use it, so the workspace stops with ' +
      'ImageBuildComputeNotValid and asks for an image build compute: a compute cluster inside the VNet that builds ' +
      'the image instead.',
    ru:
      'Azure Machine Learning собирает образы сред с помощью ACR Tasks в реестре контейнеров рабочей области. Если ' +
      'реестр доступен только через частную конечную точку (публичный доступ отключён или ограничен выбранными ' +
      'сетями), агенты Tasks вне виртуальной сети не могут им пользоваться, и рабочая область останавливается с ' +
      'ImageBuildComputeNotValid, требуя указать вычислительный ресурс для сборки образов — кластер внутри ' +
      'виртуальной сети, который соберёт образ вместо них.',
  },
  ask: {
    en: "Is the workspace's registry behind a private endpoint, with no image build compute set on the workspace?",
    ru: 'Реестр рабочей области находится за частной конечной точкой, а вычислительный ресурс для сборки образов в ней не задан?',
  },
  rules: [
    anchor(['ImageBuildComputeNotValid'], 7),
    anchor(['Container Registry is behind the virtual network'], 6),
    anchor(['imageBuildCompute'], 3),
    anchor(['image_build_compute'], 3),
    context(['machine-learning'], 1),
    context(['azureml'], 1),
    against(['client with IP'], 3),
    against('http:401', 3),
  ],
  fix: [
    {
      text: {
        en: 'Check which network restriction the registry has.',
        ru: 'Проверьте, какое сетевое ограничение задано у реестра.',
      },
      command:
        'az acr show -n {registry} --query "{public:publicNetworkAccess, default:networkRuleSet.defaultAction}"',
    },
    {
      text: {
        en: 'Name a compute cluster inside the VNet as the workspace image builder.',
        ru: 'Укажите кластер внутри виртуальной сети как сборщик образов рабочей области.',
      },
      command: 'az ml workspace update -n <workspace> -g {resourceGroup} --image-build-compute <cluster>',
    },
  ],
  docs: [
    {
      title: {
        en: 'Azure Machine Learning: enable Azure Container Registry in a VNet',
        ru: 'Azure Machine Learning: реестр контейнеров Azure в виртуальной сети',
      },
      url: 'https://learn.microsoft.com/azure/machine-learning/how-to-secure-workspace-vnet#enable-azure-container-registry-acr',
    },
    PRIVATE_ENDPOINTS,
  ],
  checks: ['network', 'registry'],
});
