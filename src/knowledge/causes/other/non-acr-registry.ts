import { defineCause } from '../../define';
import { against, anchor, context, sharedWordsAnchor } from '../../rules';

export default defineCause({
  id: 'non-acr-registry',
  family: 'other',
  scope: 'not-acr',
  prevalence: 'common',
  title: {
    en: 'The failing registry is not an Azure Container Registry',
    ru: 'Ошибку возвращает не Azure Container Registry',
  },
  explanation: {
    en:
      'The registry that answered is another one: Docker Hub, GitHub (ghcr.io), Google (gcr.io, pkg.dev), Quay, Amazon ' +
      'ECR, GitLab, NVIDIA (nvcr.io), a mirror such as dockerhub.azk8s.cn, or a private Harbor, Nexus or Artifactory. Its ' +
      'credentials, permissions and network rules are managed there, not in Azure. When the error shows no host at ' +
      'all, look at the image reference the command used: one without a login server goes to Docker Hub (`docker push ' +
      'myapp` goes to docker.io/library/myapp, and Docker Hub answers "denied: requested access to the resource is ' +
      'denied"), and the same words come from every registry\'s clients.',
    ru:
      'Ответил другой реестр: Docker Hub, GitHub (ghcr.io), Google (gcr.io, pkg.dev), Quay, Amazon ECR, GitLab, NVIDIA ' +
      '(nvcr.io), зеркало вроде dockerhub.azk8s.cn или частный Harbor, Nexus или Artifactory. Его учётные данные, права и ' +
      'сетевые правила настраиваются там, а не в Azure. Если хоста в ошибке нет вовсе, посмотрите на ссылку на образ в ' +
      'команде: образ без сервера входа уходит в Docker Hub (`docker push myapp` уходит в docker.io/library/myapp, и ' +
      'Docker Hub отвечает «denied: requested access to the resource is denied»), а такие же слова печатают клиенты ' +
      'любого реестра.',
  },
  ask: {
    en: 'Is the registry host, in the error or in the image reference, something other than <name>.azurecr.io?',
    ru: 'Хост реестра — в ошибке или в ссылке на образ — отличается от <имя>.azurecr.io?',
  },
  rules: [
    // The .NET SDK's own message for Amazon ECR (CONTAINER1002).
    anchor(['Request to Amazon Elastic Container Registry failed'], 6),
    anchor('host:no-acr', 6),
    // Registries recognised by their own words where the paste names no host. GitHub's container registry:
    anchor(['User cannot be authenticated with the token provided'], 6),
    // GitHub's registry refuses with a lower-case code of its own after the distribution one ("denied:
    // permission_denied: write_package", "… The requested installation does not exist"); ACR's codes are upper-case.
    anchor(['permission_denied:'], 6),
    anchor(['The token provided does not match expected scopes'], 6),
    anchor(['installation not allowed to', 'organization package'], 6),
    // Google's Artifact Registry, by its permission names and its refusal of an anonymous push where no host is named
    // (the names are Google IAM's; Azure's resource provider is spelled Microsoft.ContainerRegistry).
    anchor(['artifactregistry.repositories.'], 6),
    anchor(['Unauthenticated requests do not have permission'], 6),
    // Docker Hub's token service (auth.docker.io) refusing a user name and password: its body is a JSON object with
    // one `details` field, which go-containerregistry (kaniko, crane, ko, jib's Go peers) prints as it came. ACR's
    // token server answers with the distribution error list instead ({"errors":[{"code":"UNAUTHORIZED",…}]}).
    anchor(['{"details":"incorrect username or password"}'], 6),
    // Amazon ECR, and the AWS tools that sign in to it (AWS CLI, the SDKs, the AWS Toolkit's pipeline tasks):
    anchor(['Your authorization token has expired. Reauthenticate and try again'], 6),
    anchor(['GetAuthorizationToken operation'], 6),
    // Clients that fetch an ECR token themselves (Octopus Deploy's ECR feed, field77 77J041), and AWS's own refusal of
    // the key or session token they signed with: no Azure service words it so.
    anchor(['Unable to retrieve AWS Authorization token'], 6),
    anchor(['The security token included in the request is invalid'], 6),
    anchor(['log in to ECR'], 6),
    anchor(['Missing credentials in config'], 5),
    anchor(['Unable to locate credentials'], 5),
    // AWS IAM refusing an ECR action ("User: arn:aws:iam::…:user/ci is not authorized to perform:
    // ecr:InitiateLayerUpload on resource: arn:aws:ecr:…"), and ECR's RepositoryNotFoundException, which names the
    // registry by its 12-digit account id. ACR's refusals name Azure's roles and its registries by login server.
    anchor(['not authorized to perform: ecr:'], 6),
    anchor(['arn:aws:ecr:'], 6),
    anchor(['does not exist in the registry with id'], 6),
    // SageMaker's training job failing to pull its algorithm image (from ECR, the only registry it reads).
    anchor(['Cannot pull algorithm container'], 6),
    // ECS (Fargate) stopping a task before its containers start: the task execution role could not read ECR's token or
    // the task's secrets (Secrets Manager, SSM). Azure's services word a failed pull otherwise.
    anchor(['unable to pull secrets or registry auth'], 6),
    // Google's Container Registry and Artifact Registry point at their own documentation in a refusal, and announced
    // the older one's shutdown in its answers; VPC Service Controls name their denial by an identifier of their own.
    anchor(['cloud.google.com/container-registry'], 6),
    anchor(['cloud.google.com/artifact-registry'], 6),
    anchor(['Container Registry is deprecated and shutting down'], 6),
    anchor(['vpcServiceControlsUniqueIdentifier'], 6),
    // Oracle's registry (OCIR) refusing a push or a private pull without sign-in.
    anchor(['Anonymous users are only allowed read access on public repos'], 6),
    // gitlab-runner says where a job image's credentials came from: "job payload (GitLab Registry)" is the GitLab
    // instance's own registry, chosen because the image's host is that registry's (however the host is masked).
    anchor(['with credentials from job payload (GitLab Registry)'], 6),
    // Rails' answer to failed Basic authentication, which GitLab (its registry's token endpoint included) passes on:
    // "unauthorized: HTTP Basic: Access denied". ACR's token server is no Rails application.
    anchor(['HTTP Basic: Access denied'], 6),
    // Harbor's registry front (its v2auth middleware) refusing a repository: "unauthorized to access repository:
    // team/app, action: push". ACR's refusals say "authentication required" or "requested access … is denied".
    anchor(['unauthorized to access repository:', ', action: '], 6),
    // The repository class policy of Docker's distribution registry (Docker Hub; Alibaba Cloud's registry), refusing
    // a manifest whose config type it does not know, such as an attestation's empty config: ACR stores any OCI
    // artifact and prints no such class.
    anchor(['unknown manifest class for'], 6),
    // Those words from an import's source registry: the import into the user's ACR is what failed (host:no-acr stays
    // silent beside an az acr command for the same reason, see signals/index.ts).
    against(['az acr import'], 6),
    against(['registries-import'], 6),
    // An Azure service pulling a reference with no registry host: Docker Hub only by default, and as likely the ACR
    // image with its login server left out (registry-name-wrong-or-missing lists the same fact), so undecided.
    anchor('host:hub-by-default', 4),
    // ACR's own wording of a missing tag: the registry behind that name is an ACR (a vendor's registry on ACR under its
    // own domain, e.g. scr.sitecore.com in field6 b005, b012), so the host does not make it a look-alike.
    against(['manifest tagged by', 'is not found'], 6),
    anchor(['push refers to repository [docker.io/'], 6),
    anchor(/pull access denied for [a-z0-9_/-]+,/i, 5),
    // BuildKit's and containerd's push of a name with no registry host (`team/app:1.0`, `***team/app:main` masked by
    // CI): the push went to Docker Hub.
    anchor(/failed to push [a-z0-9_*-]+\/[a-z0-9_*/-]+(?::[\w.-]+)?: push access denied/i, 5),
    // The refusal of Docker's distribution token server (Docker Hub's), quoted by containerd as "server message:".
    // Every real paste with it and no ACR host named, in 54 corpora, was another registry's (8 of 8); ACR's token
    // server words its refusals otherwise ("authentication required, visit https://aka.ms/acr/authorization").
    anchor(['insufficient_scope:', 'authorization failed'], 5),
    against('host:acr', 6),
    // The distribution specification's example wording of UNAUTHORIZED, which Quay (and the Red Hat registries on it)
    // and several small registries send as it stands; ACR words its own ("authentication required, visit
    // https://aka.ms/acr/authorization"). All 4 labelled pastes with it, and the 7 in the channel traffic, are others'.
    anchor(['access to the requested resource is not authorized'], 5),
    // A refusal that other registries send far more often than an ACR, with no registry named anywhere (the list and
    // its counts: signals/refusals-elsewhere.ts). The ACR causes the same words anchor stay beside it, so the answer
    // names both.
    sharedWordsAnchor('refusal:mostly-elsewhere', 6),
    // A repository under Docker Hub's official namespace, library/…, with no registry named (hub-official-images.ts).
    sharedWordsAnchor('repository:hub-official', 6),
    // The same with part of the name redacted (`<project>-api`): with no path, still a name with no registry host.
    anchor(/pull access denied for [a-z0-9_-]{0,100}<[a-z0-9_-]{1,40}>[a-z0-9_-]{0,100},/i, 5),
    // The same message of Docker's daemon with its first word cut (a quote in an issue): still a name with no host.
    anchor(/^\W{0,4}access denied for [a-z0-9_/-]+, repository does not exist/i, 5),
    context('host:other-registry', 3),
    against(['aka.ms/acr'], 2),
    against(['cache rule'], 4),
    // Sigstore's certificate authority has a /v2/ API too (fulcio.sigstore.dev/api/v2/signingCert): a signing step,
    // not a registry (content-trust-or-signature).
    against(['Fulcio'], 6),
    // The Azure Pipelines Docker task was given an ACR (its debug log prints the input): a Docker Hub reference there
    // is the ACR login server gone missing from the image name, not someone else's registry.
    against(['azureContainerRegistry='], 8),
  ],
  fix: [
    {
      text: {
        en: 'Check the full image reference: an ACR image must start with your login server.',
        ru: 'Проверьте полную ссылку на образ: образ в ACR должен начинаться с вашего сервера входа.',
      },
      command: 'docker tag {image} {loginServer}/{repository}:{tag}',
    },
    {
      text: {
        en: 'If the image really lives in that other registry, sign in there with its own credentials.',
        ru: 'Если образ действительно хранится в другом реестре, войдите туда с его собственными учётными данными.',
      },
      command: 'docker login <registry-host>',
    },
    {
      text: {
        en: 'To depend on Azure only, import the image into your registry.',
        ru: 'Чтобы зависеть только от Azure, импортируйте образ в свой реестр.',
      },
      command:
        'az acr import -n {registry} --source <registry-host>/{repository}:{tag} --image {repository}:{tag}',
    },
  ],
  docs: [
    {
      title: {
        en: 'Pull an image from a private registry (Kubernetes)',
        ru: 'Извлечение образа из частного реестра (Kubernetes)',
      },
      url: 'https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/',
    },
    {
      title: { en: 'Manage public content with ACR', ru: 'Управление публичным содержимым с помощью ACR' },
      url: 'https://learn.microsoft.com/azure/container-registry/buffer-gate-public-content',
    },
  ],
  checks: [],
});
