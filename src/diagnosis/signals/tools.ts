import type { ToolId } from '../../knowledge';
import type { LineIndex } from '../line-index';
import { typedCommandStart } from './command-position';

/**
 * Phrases each tool prints (or that people type when running it), with how strongly each one identifies the
 * tool. A paste often mixes tools (a pipeline runs az and docker; kubelet reports containerd's error): every
 * tool above the threshold becomes a fact, the strongest is "the" tool.
 */
const TOOL_PHRASES: Readonly<Record<ToolId, ReadonlyArray<readonly [string, number]>>> = {
  az: [
    ['az acr', 4],
    ['az login', 3],
    ['az account', 3],
    ['unable to get aad authorization tokens', 4],
    ['unable to get admin user credentials', 4],
    // az acr login's own last words when every sign-in method failed, and its login-server probe.
    ['unable to authenticate using aad or admin login credentials', 4],
    ['please specify both username and password in non-interactive mode', 4],
    ['could not connect to the registry login server', 4],
    ['an error occurred: ', 2],
    ["please run 'az login'", 4],
    ['azure cli', 2],
    ['--expose-token', 3],
    ['connectivity_', 3],
    ['please refer to https://aka.ms/acr/errors', 3],
    // What azure-cli's core prints when a request to Entra ID or ARM cannot connect (requests' ConnectionError,
    // SSLError or ProxyError), followed by the exception: "… Error detail: HTTPSConnectionPool(host=…".
    ['please ensure you have network connection. error detail', 4],
  ],
  docker: [
    ['docker login', 3],
    ['docker pull', 3],
    ['docker push', 3],
    ['error response from daemon', 3],
    ['the push refers to repository', 4],
    ['login succeeded', 2],
    ['docker.sock', 3],
    ['docker daemon', 2],
    ['pull access denied for', 3],
    ['docker: ', 2],
    ['error saving credentials', 3],
  ],
  podman: [
    ['podman', 5],
    ['error: initializing source docker://', 4],
    // Older containers/image: "Error: Error initializing source docker://…".
    ['error initializing source docker://', 4],
    ['buildah', 4],
    ['skopeo', 4],
  ],
  kubelet: [
    ['kubelet', 5],
    // The AKS kubelet credential provider: its binary and (klog) source file.
    ['acr-credential-provider', 5],
    ['azure_credentials.go', 5],
    ['failed to pull image', 4],
    ['errimagepull', 5],
    ['imagepullbackoff', 5],
    ['back-off pulling image', 5],
    ['pulling image', 2],
    // Skaffold's status check reports a container waiting in ImagePullBackOff or ErrImagePull in its own words.
    ["can't be pulled", 4],
    ['kubectl', 3],
  ],
  containerd: [
    ['containerd', 4],
    ['failed to pull and unpack image', 4],
    ['failed to resolve reference', 3],
    ['rpc error: code = ', 2],
    ['failed to fetch anonymous token', 2],
    ['failed to fetch oauth token', 2],
  ],
  helm: [
    ['helm ', 4],
    ['oci://', 2],
    ['chart', 1],
  ],
  oras: [['oras ', 5]],
  buildx: [
    ['buildx', 5],
    ['buildkit', 5],
    ['moby.buildkit', 5],
    ['failed to solve', 4],
    ['exporting to image', 3],
  ],
  'github-actions': [
    ['process completed with exit code', 4],
    ['actions_runner', 5],
    ['/home/runner/', 4],
    ['azure/docker-login', 5],
    ['azure/login@', 5],
    ['github actions', 4],
    ['::error', 3],
    // The runner's own container steps (actions/runner ContainerOperationProvider, ActionManager): job and service
    // containers, and docker:// action images pulled while the job is set up.
    ['starting job container', 4],
    ['pull down action image', 5],
    ["docker login for '", 4],
  ],
  'azure-devops': [
    ['azure pipelines', 4],
    ['/home/vsts/', 5],
    ['agent.tempdirectory', 4],
    ['docker@2', 5],
    ['azurecli@2', 5],
    ['service connection', 3],
    ['##[error]', 2],
    ['azure devops', 4],
    // The agent's container jobs (azure-pipelines-agent ContainerOperationProvider, DockerCommandManager).
    ['final exit code for docker', 5],
    ['docker login fail with exit code', 5],
    ['dockeractionretries', 5],
    ['could not fetch access token for acr. please configure managed service identity', 5],
    ['could not acquire acr token from given aad token', 5],
  ],
  'app-service': [
    ['dockerapiexception', 5],
    ['docker api responded with status code', 5],
    ['app service', 4],
    ['web app', 3],
    ['webapp', 3],
    ['docker_registry_server', 5],
    // Its status for a container whose image pull was refused (any registry: no credential, or an identity without
    // the pull right), as its log stream and people's runbooks name it.
    ['imagepullunauthorizedfailure', 5],
    ['kudu', 3],
    ['site container', 4],
  ],
  'container-apps': [
    ['containerapp', 5],
    ['container app', 4],
    ['managedenvironment', 4],
    // Its ARM error code for a container template it refused (an image it could not pull at create time), quoted
    // alone by people who deployed a job or an app from Bicep or Terraform.
    ['invalidparametervalueincontainertemplate', 5],
    // The short link Container Apps appends to its image-pull errors.
    ['aka.ms/cappsimagepullerrors', 5],
    // Its revision provisioning error for an image it could not pull (code 90712).
    ['please check the image name or any registry credentials', 5],
  ],
  aci: [
    ['container group', 5],
    // AKS virtual nodes: virtual-kubelet's ACI provider registers the node `virtual-node-aci-linux`.
    ['virtual-node-aci', 5],
    // virtual-kubelet logs its provider as a field (`provider=azure`), and taints its node
    // `virtual-kubelet.io/provider=azure`: ACI is the azure provider. Each alone is not enough
    // (`--provider=azure` is also external-dns's, virtual-kubelet has other providers).
    ['provider=azure', 2],
    ['virtual-kubelet', 2],
    ['inaccessibleimage', 5],
    ['az container ', 5],
    ['container instance', 4],
    ['unable to pull image using managed identity', 4],
  ],
  // A Batch pool's container registries (server, user name and password or identity) are a setting of the pool.
  // Only its container words reach the threshold: Batch's other errors (quota, allocation, ARM) are no registry's.
  'azure-batch': [
    // Batch's task failure code for a registry of the pool or task it cannot use.
    ['containerinvalidregistry', 5],
    ['containerconfiguration', 2],
    ['batch.azure.com', 1],
    ['az batch', 1],
    ['microsoft.batch', 1],
    ['batch account', 1],
  ],
  // Azure Machine Learning: its CLI extension, its SDK and its compute's job errors. A job's compute pulls the
  // environment's image from the workspace's registry with the compute's identity. Not `azureml` alone: Microsoft's
  // curated base images live under mcr.microsoft.com/azureml/, pulled by any build.
  'azure-ml': [
    ['az ml ', 5],
    ['azure machine learning', 4],
    ['azure ml ', 4],
    ['azuremlcompute', 5],
    ['microsoft.machinelearningservices', 5],
    ['ml.azure.com', 4],
    // The compute's own codes for an image it could not pull and an ACR token it could not get.
    ['failedpullingimage', 4],
    ['acrrefreshtokenretrievalerror', 5],
    ['azureml.core', 4],
  ],
  // Azure IoT Edge: the agent (edgeAgent, .NET), the daemon (iotedged up to 1.1, aziot-edged from 1.2), `iotedge
  // check` and the developer tools. The runtime, not the user, pulls the modules' images with the deployment's
  // registryCredentials, and wraps moby's answer in its own words.
  'iot-edge': [
    ['edgeletcommunicationexception', 5],
    ['microsoft.azure.devices.edge', 5],
    ['edgeagent', 4],
    ['aziot-edged', 5],
    ['iotedged', 5],
    ['iot edge', 4],
    ['iotedge check', 5],
    ['iotedgedev', 5],
    ['iotedgehubdev', 5],
    // edgelet's RegistryOperation::PullImage: "registry operation error: pull image" (1.4+), "Could not pull image"
    // (failure crate, up to 1.3).
    ['registry operation error: pull image', 5],
    ['could not pull image', 3],
    // aziot-edged's own line before each pull (1.2+).
    ['pulling image via tag', 5],
    // iotedgehubdev's warning when `docker login` failed for a registry of the deployment's registryCredentials.
    ['fail to login [', 4],
    ['agent image is valid and can be pulled from upstream', 5],
    ['possible authorization failure or container registry down', 5],
    ['registrycredentials', 3],
    ['azureiotedge-', 2],
  ],
  'acr-tasks': [
    ['az acr build', 5],
    ['az acr run', 5],
    ['az acr task', 5],
    ['run id:', 4],
    ['queued a build with id', 5],
    ['waiting for an agent', 4],
    ['ran out of retries', 3],
    ['acb.yaml', 5],
    ['step 1/', 2],
  ],
  terraform: [
    ['terraform', 5],
    ['azurerm_', 5],
    ['with azurerm', 4],
    // kreuzwerker/docker, the provider that builds, pushes and reads images in registries.
    ['docker_registry_image', 5],
    ['kreuzwerker', 5],
  ],
  'aks-check-acr': [
    ['check-acr', 5],
    ['canipull', 5],
    ['validating image pull permission', 5],
    ['validating managed identity', 5],
  ],
  powershell: [
    ['connect-azcontainerregistry', 5],
    ['get-azcontainerregistry', 5],
    ['connect-azaccount', 4],
    ['fullyqualifiederrorid', 4],
    ['categoryinfo', 3],
  ],
  curl: [
    ['curl ', 4],
    ['< http/', 3],
    ['> get /v2/', 4],
  ],
  // Argo CD's repo-server (its application conditions) and argocd-image-updater. Few, short phrases: every keyword
  // grows the scanner's table, and its size shows in the 1 MB figure.
  'argo-cd': [
    ['argocd', 3],
    ['failed to load target state', 5],
    ['could not get tags from registry', 5],
  ],
  tekton: [
    ['tekton', 5],
    ['taskrun', 4],
  ],
  // The docker executor's pull manager ("… with specified policies [always]: …") and the job log's preamble.
  'gitlab-runner': [
    ['gitlab-runner', 5],
    ['with specified policies', 5],
  ],
  // docker-workflow's withRegistry signs in through docker-commons, which ends with "docker login failed".
  jenkins: [
    ['[pipeline]', 5],
    ['jenkins', 4],
  ],
  pulumi: [
    ['pulumi', 4],
    ['docker:index:', 5],
  ],
  ansible: [
    ['failed! =>', 5],
    ['http+docker://', 4],
    ['ansible', 4],
  ],
  packer: [
    ['packer', 5],
    ['(docker-push)', 5],
  ],
  // Harbor's job service logs its replication transfer with the source file in brackets.
  harbor: [
    ['/replication/', 3],
    ['harbor', 2],
  ],
  openshift: [
    ['oc image mirror', 5],
    ['oc registry login', 5],
    ['openshift', 3],
  ],
  // Bicep's restore diagnostics (BCP190-BCP192, "… the artifact/module with reference "br:…"") and its publish command.
  // A `.bicep` file name alone is not enough: azd and az deployment name templates without Bicep touching a registry.
  bicep: [
    ['bcp192', 5],
    ['bcp191', 5],
    ['with reference "br', 4],
    ['unable to publish module "br', 5],
    ['unable to publish extension "br', 5],
    ['bicep publish', 5],
    ['bicep restore', 5],
  ],
};

const THRESHOLD = 3;

/**
 * Phrases that are commands people type. They identify the tool only where a command starts (a prompt, the start
 * of a line, a CI runner's echo, a quote in the tool's own hint); in a sentence ("we sign in with `az login` but the
 * SDK fails") they name the tool without the paste being its output.
 */
const TYPED = new Set([
  'az acr',
  'az login',
  'az account',
  'az container ',
  'az acr build',
  'az acr run',
  'az acr task',
  'docker login',
  'docker pull',
  'docker push',
]);

/**
 * Phrases that name a tool only as a whole word: "web app" is App Service's, "web application" (an Argo CD
 * application called web) is not.
 */
const WHOLE_WORD = new Set(['web app']);

/**
 * Words of one tool that prove another tool's phrase is not that tool's: GitLab Runner's docker executor says
 * "failed to pull image" as kubelet does, but its image is pulled by a Docker daemon, not by a node (so does kind).
 */
const NOT_THE_TOOL: ReadonlyArray<readonly [string, ToolId]> = [
  ['with specified policies', 'kubelet'],
  // kind's node image: `failed to pull image "…": command "docker pull …" failed` is the host's Docker daemon pulling.
  ['command "docker pull', 'kubelet'],
];

export const TOOL_KEYWORDS = [
  ...Object.values(TOOL_PHRASES).flatMap((phrases) => phrases.map(([p]) => p)),
  ...NOT_THE_TOOL.map(([p]) => p),
];

/** Made once: the tool table is walked in every diagnosis. */
const TOOL_ENTRIES = Object.entries(TOOL_PHRASES) as ReadonlyArray<
  readonly [ToolId, ReadonlyArray<readonly [string, number]>]
>;

export interface ToolFinding {
  readonly tool: ToolId;
  /** 0-based line of the first phrase that names the tool. */
  readonly line: number;
}

/** Tools whose phrases add up to the threshold, strongest first. */
export function findTools(index: LineIndex): ToolFinding[] {
  const scored: Array<ToolFinding & { score: number }> = [];
  // Indexed loops and no closures: the whole phrase table is walked in every diagnosis.
  for (let t = 0; t < TOOL_ENTRIES.length; t++) {
    const [tool, phrases] = TOOL_ENTRIES[t] as (typeof TOOL_ENTRIES)[number];
    if (ruledOut(index, tool)) continue;
    let score = 0;
    let line = Infinity;
    for (let p = 0; p < phrases.length; p++) {
      const [phrase, weight] = phrases[p] as (typeof phrases)[number];
      const first = firstLineNaming(index, phrase);
      if (first === undefined) continue;
      score += weight;
      line = Math.min(line, first);
    }
    if (score >= THRESHOLD) scored.push({ tool, line, score });
  }
  return scored.sort((a, b) => b.score - a.score).map(({ tool, line }) => ({ tool, line }));
}

function ruledOut(index: LineIndex, tool: ToolId): boolean {
  for (const [phrase, other] of NOT_THE_TOOL) if (other === tool && index.has(phrase)) return true;
  return false;
}

/** The first line where `phrase` names its tool: where a command starts or as a whole word, for those that must. */
function firstLineNaming(index: LineIndex, phrase: string): number | undefined {
  const lines = index.linesWith(phrase);
  const typed = TYPED.has(phrase);
  if (!typed && !WHOLE_WORD.has(phrase)) return lines[0];
  for (let k = 0; k < lines.length; k++) {
    const i = lines[k] as number;
    if (typed ? typedAt(index.lower(i), phrase) : wholeWordAt(index.lower(i), phrase)) return i;
  }
  return undefined;
}

/** Whether `phrase` occurs in `lower` where a command starts. */
function typedAt(lower: string, phrase: string): boolean {
  for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + phrase.length)) {
    if (typedCommandStart(lower.slice(Math.max(0, at - 60), at))) return true;
  }
  return false;
}

const LOWER_LETTER = /[a-z]/;

/** Whether `phrase` occurs in `lower` not followed by a letter. */
function wholeWordAt(lower: string, phrase: string): boolean {
  for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + phrase.length)) {
    if (!LOWER_LETTER.test(lower[at + phrase.length] ?? '')) return true;
  }
  return false;
}
