import { defineCause } from '../../define';
import { anchor, context } from '../../rules';

// The platforms that pull an image for you (Container Instances, AKS virtual nodes on it, Service Fabric) also refuse
// a deployment for reasons of their own, in the same message stream as a refused pull: a core or group quota, no
// capacity for the size asked, an image OS the hosts do not run. None of these is the registry's answer.
export default defineCause({
  id: 'platform-quota-or-image-os',
  family: 'other',
  scope: 'not-acr',
  prevalence: 'occasional',
  title: {
    en: 'The hosting platform refused the deployment (quota, capacity or image OS), not the registry',
    ru: 'Развёртывание отклонила платформа размещения (квота, ёмкость или ОС образа), а не реестр',
  },
  explanation: {
    en:
      'Container Instances, Container Apps, AKS and Service Fabric report their own refusals next to image pull errors. ' +
      'ContainerGroupQuotaReached or "container group quota … exceeded in region" is a quota of the subscription, "is ' +
      'not available in the location" is regional capacity, as are Container Apps\' CapacityHeavyUsage codes, ' +
      "MaxNumberOf…EnvironmentsInSubExceeded is its cap on environments and InsufficientVCPUQuota AKS's vCPU quota, " +
      'OsVersionNotSupported is a Windows image the hosts do not ' +
      'run, and Service Fabric\'s "check if container image OS is compatible with host OS" follows a pull that returned ' +
      'no image. The registry and its credentials were not the problem.',
    ru:
      'Container Instances, Container Apps, AKS и Service Fabric сообщают о собственных отказах рядом с ошибками ' +
      'извлечения образа. ContainerGroupQuotaReached или «container group quota … exceeded in region» — это квота ' +
      'подписки, «is not available in the location» и коды CapacityHeavyUsage у Container Apps — нехватка ёмкости в ' +
      'регионе, MaxNumberOf…EnvironmentsInSubExceeded — предел числа сред, InsufficientVCPUQuota — квота vCPU в AKS, ' +
      'OsVersionNotSupported — образ Windows, ' +
      'который узлы не запускают, а «check if container image OS is compatible with host OS» в Service Fabric следует за ' +
      'извлечением, после которого образа нет. Реестр и учётные данные здесь ни при чём.',
  },
  ask: {
    en: "Does the error name a quota, a region or the image's operating system rather than the registry?",
    ru: 'Ошибка называет квоту, регион или операционную систему образа, а не реестр?',
  },
  rules: [
    // Container Instances' quota refusal, its code and its sentence (cores per SKU, GPU SKUs, container groups).
    anchor(['ContainerGroupQuotaReached'], 9),
    // Container Apps' cap on managed environments per subscription and region, and a region out of capacity for them
    // (the platform's words name AKS, which runs the environments); AKS's own vCPU quota.
    anchor(/MaxNumberOf\w{0,20}EnvironmentsInSubExceeded/, 8),
    anchor(['CapacityHeavyUsage'], 8),
    anchor(['InsufficientVCPUQuota'], 8),
    anchor(['container group quota', 'exceeded in region'], 8),
    // Regional capacity for the requested CPU and memory (ACI troubleshooting: "Resource not available").
    anchor(['is not available in the location', 'at this moment'], 7),
    // A region out of capacity for the service being created (Azure SQL, Cosmos DB, VMs say it in these words).
    anchor(['does not have sufficient capacity'], 6),
    anchor(['capacity restrictions', 'region'], 5),
    // A Windows base image Container Instances does not run (semi-annual 1709/1803).
    anchor(['OsVersionNotSupported'], 9),
    anchor(['The OS version of image', 'is not supported'], 8),
    // virtual-kubelet's ACI provider: a GPU pod in a region or SKU where ACI offers none (pkg/provider/aci.go).
    anchor(['the pod requires GPU', 'but ACI'], 8),
    // Service Fabric's container host after a pull that returned but left no image (ContainerImageDownloader).
    anchor(['check if container image OS is compatible with host OS'], 8),
    context('tool:aci', 1),
  ],
  fix: [
    {
      text: {
        en: 'For a quota, see the usage against the limit in the region and ask for more, or use another region.',
        ru: 'Для квоты сравните использование с лимитом в регионе и запросите увеличение или выберите другой регион.',
      },
      command: 'az container list --resource-group {resourceGroup} -o table',
    },
    {
      text: {
        en: "For an OS mismatch, rebuild the image on a base the hosts run (an LTSC Windows base matching the host's build).",
        ru: 'При несовпадении ОС пересоберите образ на базе, которую запускают узлы (LTSC-образ Windows той же сборки, что и узел).',
      },
    },
  ],
  docs: [
    {
      title: {
        en: 'Troubleshoot common issues in Azure Container Instances',
        ru: 'Устранение распространённых проблем в Azure Container Instances',
      },
      url: 'https://learn.microsoft.com/azure/container-instances/container-instances-troubleshooting',
    },
    {
      title: {
        en: 'Resource availability and quota limits for ACI',
        ru: 'Доступность ресурсов и квоты ACI',
      },
      url: 'https://learn.microsoft.com/azure/container-instances/container-instances-resource-and-quota-limits',
    },
  ],
  checks: [],
});
