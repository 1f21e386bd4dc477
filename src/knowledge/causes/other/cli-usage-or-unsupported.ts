import { defineCause } from '../../define';
import { ACR_FAQ } from '../../docs';
import { against, anchor } from '../../rules';

export default defineCause({
  id: 'cli-usage-or-unsupported',
  family: 'other',
  scope: 'not-acr',
  prevalence: 'occasional',
  title: {
    en: 'A command-line usage message, a crash of the tool or an unsupported operation, not an access failure',
    ru: 'Сообщение об использовании команды, сбой самого инструмента или неподдерживаемая операция, а не ошибка доступа',
  },
  explanation: {
    en:
      'The tool rejected how it was called (options that cannot be combined, a missing companion option), said an operation is ' +
      'not supported where it ran (environment checks in Cloud Shell, import into an unmanaged registry, tasks disabled for the ' +
      'registry), crashed with a traceback of its own, or only printed information or success; or Resource Manager refused ' +
      'the deployment itself (a template it cannot validate, a deployment still running, a resource group being deleted or ' +
      'not there, a name taken in another location). Nothing was refused by the ' +
      'registry; a crash is fixed by updating or reinstalling the tool.',
    ru:
      'Инструмент отверг способ вызова (несовместимые параметры, не хватает парного параметра), сообщил, что операция не ' +
      'поддерживается там, где его запустили (проверки окружения в Cloud Shell, импорт в неуправляемый реестр, задачи отключены для ' +
      'реестра), упал с собственной трассировкой стека или просто вывел сведения либо сообщение об успехе; либо Resource ' +
      'Manager отклонил само развёртывание (шаблон не проходит проверку, развёртывание ещё идёт, группа ресурсов удаляется или её нет, ' +
      'имя занято ресурсом в другом регионе). Реестр ничего не ' +
      'отклонял; сбой инструмента исправляется его обновлением или переустановкой.',
  },
  ask: {
    en: 'Is this message about how the command was called rather than about the registry refusing something?',
    ru: 'Это сообщение о том, как вызвана команда, а не об отказе реестра?',
  },
  rules: [
    // ACR retired its classic Helm repositories (helm/v1/repo): a 404 there is an unsupported feature.
    anchor(['helm/v1/repo', '404'], 6),
    // An az crash (a Python traceback) or a packaging mismatch is a bug of the tool, not a refusal by the registry.
    anchor(['Traceback (most recent call last)'], 3),
    anchor(['knack/cli.py'], 4),
    // The tool's own crash in any language, not an answer from the registry: a JavaScript TypeError (VS Code's Docker
    // extension reading ACR settings of a registry that is not one, field19 19C004), Python's None (az 2.26's
    // `az acr build`), a Go nil pointer, .NET's and Java's null references.
    anchor(/Cannot read propert(?:y ["'][^"'\n]{1,80}["']|ies) of (?:undefined|null)/i, 5),
    anchor(["'NoneType' object"], 5),
    anchor(["of type 'NoneType'"], 5),
    anchor(['nil pointer dereference'], 5),
    anchor(['Object reference not set to an instance of an object'], 5),
    anchor(['NullPointerException'], 4),
    // Python's console encoding on Windows: az streaming a build or run log with characters the code page lacks
    // ("UnicodeEncodeError: 'charmap' codec can't encode character"), a crash of the client after the registry answered.
    anchor(['UnicodeEncodeError'], 5),
    anchor(["codec can't encode character"], 5),
    // A client older than ACR's token answer: it reads `token`, and ACR answers with `access_token` (the Python
    // containerregistry pusher of rules_docker / rules_k8s, field19 19E004).
    anchor(['Malformed JSON response', 'access_token'], 6),
    anchor(['does not have operation group'], 6),
    // The CLI's own profile has no SDK for that API version: the CLI is too old (or on another cloud profile),
    // whatever subscription or registry the command names.
    anchor(['APIVersion', 'is not available'], 8),
    anchor(['cannot be combined with'], 6),
    // The azurerm provider's name check of a resource other than a registry (an AKS node pool's AgentPoolName); a
    // registry's own is registry-name-wrong-or-missing.
    anchor(['alpha numeric characters only are allowed in'], 2),
    // Bicep's module reference read as an alias (Bicep.Core's DiagnosticBuilder, BCP211 and BCP213): `br/<registry>`
    // written for `br:<registry>`, or an alias bicepconfig.json does not define. Nothing was asked of a registry.
    anchor(['The module alias name', 'is invalid'], 7),
    anchor(['module alias name', 'does not exist in the', 'Bicep configuration'], 7),
    against(['azurerm_container_registry'], 6),
    // The Azure Developer CLI's environment names no registry to push to (provisioning not run or its output lost):
    // its own configuration, checked before any registry is contacted.
    anchor(['could not determine container registry endpoint'], 7),
    // azd's later wording of the same missing setting (its package step, before provisioning or `azd env set`).
    anchor(['AZURE_CONTAINER_REGISTRY_ENDPOINT is required'], 7),
    // Infrastructure code's own bookkeeping: Terraform's azurerm provider finding a resource it did not create (it
    // must be imported into the state), ARM refusing a role assignment that already exists or whose name is reused
    // for another principal. The role the deployment wanted is there or the template reuses a name; no registry
    // refused anything.
    anchor(['needs to be imported into the State'], 9),
    // Terraform's own lock on its state (internal/command/clistate): another run holds it or the backend lost it.
    anchor(['Error acquiring the state lock'], 8),
    anchor(['RoleAssignmentExists'], 7),
    anchor(['RoleAssignmentUpdateNotPermitted'], 7),
    // Resource Manager's refusals of the deployment itself, from its catalogue of deployment errors: a template it
    // cannot validate, resources that depend on each other in a circle, a deployment of that name still running, a
    // resource group being deleted, a name already taken by a resource in another location.
    anchor(['Deployment template validation failed'], 5),
    anchor(['InvalidTemplateCircularDependency'], 6),
    anchor(['DeploymentActiveAndUneditable'], 6),
    anchor(['ResourceGroupBeingDeleted'], 6),
    anchor(['InvalidResourceLocation'], 6),
    // az deployment checking the parameters it was handed against the template before sending anything (the resource
    // module's _process_parameters and _get_missing_parameters): a name the template does not declare, a value it
    // cannot parse, a required one left out.
    anchor(["unrecognized template parameter '"], 7),
    anchor(['Unable to parse parameter:'], 6),
    anchor(['Missing input parameters:'], 6),
    // Windows' cmd.exe refusing a command over its 8,191 characters: `az` there is az.cmd, so a long --parameters or
    // --env-vars never reaches the CLI.
    anchor(['The command line is too long'], 6),
    // Container Apps refusing a secret's name in the template (a generator that named the registry password secret
    // after the login server): the template's shape, checked before any pull.
    anchor(['ContainerAppInvalidSecretName'], 7),
    // ARM refusing a role assignment whose role definition ID does not exist (a mistyped AcrPull GUID in a template).
    anchor(['RoleDefinitionDoesNotExist'], 7),
    anchor(['The specified role definition with ID', 'does not exist'], 7),
    // The import API refusing the request's own parameters (a tag and a digest at once, a missing target tag): the
    // call's shape, not access to either registry.
    anchor(['Missing property parameters.'], 6),
    // Azure Batch validating a pool's or task's image names (ContainerInvalidImage): the name itself, typically a
    // private image named without its registry, before anything is pulled.
    anchor(['One or more container images specified are invalid'], 6),
    // ACR refusing to turn public access back on while the export policy is disabled: the settings' own constraint.
    anchor(['Enabling public network access is not supported because the registry'], 7),
    anchor(['for property parameters.'], 6),
    // A reference rendered from an empty value of a chart or template (Go prints a nil as <nil>, a missing key as
    // <no value>): the template is wrong, not the registry.
    anchor(['<nil>', 'reference'], 6),
    anchor(['<no value>', 'reference'], 6),
    // kind load docker-image copies an image out of the local Docker daemon into the nodes and never pulls from a
    // registry (pkg/cmd/kind/load/docker-image): the image must be pulled or built locally first.
    anchor(['not present locally'], 7),
    // Other tools' usage and configuration checks, made before any registry is contacted: trivy's option checks
    // ("--skip-db-update cannot be specified with …"), grype's missing argument, compose's required file attribute,
    // a Dev Containers feature id in the retired short form.
    anchor(['cannot be specified with'], 6),
    anchor(['argument is required'], 6),
    anchor(['attribute is mandatory'], 6),
    anchor(['Legacy feature', 'not supported'], 6),
    anchor(['Please also specify'], 5),
    anchor(['are not supported in Azure Cloud Shell'], 6),
    // The Azure Identity libraries on a managed-identity host that cannot serve a user-assigned identity (Azure Arc,
    // Cloud Shell): the host's limit, reported before any registry is asked (azidentity's managed identity client).
    anchor(["doesn't support user-assigned managed identit"], 6),
    anchor(['does not support user-assigned managed identit'], 6),
    // A platform's validation of a setting it does not offer there (App Service / Functions: "X is not supported for
    // Azure Functions on Azure Container apps. Please retry the operation without X"; field4 k051).
    anchor(['is not supported for', 'Please retry the operation without'], 7),
    anchor(["doesn't have private endpoints to verify"], 6),
    anchor(['only supported for managed registries'], 7),
    anchor(['TasksOperationsNotAllowed'], 7),
    // The same refusal in ACR's words ("ACR Tasks requests for the registry … are not permitted"), however much of the
    // sentence between them a person keeps.
    anchor(['ACR Tasks requests', 'not permitted'], 7),
    // Docker's classic builder (and ACR Tasks' `az acr build`, which uses it) refusing a Dockerfile option only BuildKit
    // has ("the --mount option requires BuildKit"): the builder, not the registry.
    anchor(['requires BuildKit'], 6),
    // Git Bash (MSYS) turning an argument that starts with `/` into a Windows path: `/subscriptions/…` reaches az as
    // `C:/Program Files/Git/subscriptions/…`. The shell rewrote the command; nothing reached a registry.
    anchor(/Program Files\/Git\/(?:subscriptions|resourceGroups|providers)\//i, 8),
    // cmd.exe re-parsing a line that runs `az` (a .cmd script) and tripping on a character of the query: its own
    // parse error, in English and in Spanish ("No se esperaba -o en este momento").
    anchor(['was unexpected at this time'], 6),
    anchor(['No se esperaba', 'en este momento'], 6),
    // A role assignment whose principalType does not match the principal (a service principal declared as User):
    // the template's own field, checked by Resource Manager.
    anchor(['UnmatchedPrincipalType'], 7),
    // ACR refusing a move to a SKU without network rules while the registry has them (Premium to Basic or Standard):
    // the change has to drop the rules first; nothing was refused access.
    anchor(['Cannot update the registry SKU'], 7),
    // The same constraint at creation: network rules on a SKU that has none (Basic, Standard).
    anchor(['NetworkRuleNotSupported'], 7),
    // …and anonymous pull, which only Standard and Premium registries offer.
    anchor(['Anonymous pull is not supported for SKU'], 7),
    // A resource group that does not exist where the command looked: not created yet (a script's order, a template
    // that creates it later) as often as another subscription (cli-wrong-subscription reads the same code). Shared
    // by both on purpose: the code alone cannot tell them apart.
    anchor(['ResourceGroupNotFound'], 5),
    // Container Apps refusing a secret with no value in the template (an output never mapped): the template's.
    anchor(['ContainerAppSecretInvalid'], 6),
    // The same checks of an app's environment: two variables of one name (a secret reference and a plain value).
    anchor(['Duplicate environment variable'], 6),
    // az's (knack's) own refusal of how a command was called: "incorrect usage", "usage error: …".
    anchor(['incorrect usage'], 5),
    anchor(['usage error:'], 5),
    // ARM: the template names a user-assigned identity the resource does not have (a registry block's identity, a
    // Key Vault reference): the template, not access to the registry.
    anchor(['IdentityDoesNotExist'], 6),
    // ARM's template validation: the template itself is not valid; a registry error nested in it outweighs this.
    anchor(['is not valid according to the validation procedure'], 3),
    // A platform's length limit on a name the command built (Container Apps: a secret named after the registry and
    // user, "Length must be no more than 63 characters"): the naming, not access to the registry.
    anchor(['Length must be no more than'], 5),
    anchor(['No managed service identities are associated with'], 7),
    anchor(['You can perform manual login using the provided access token'], 6),
    anchor(['Your cluster can pull images'], 8),
    anchor(['password will be stored unencrypted'], 3),
    // How the command was called, in the words of the argument parsers themselves (cobra for docker, podman, helm,
    // oras, crane; argparse/knack for az): the command never reached the registry.
    anchor(['requires exactly', 'argument'], 7),
    anchor(['requires at least', 'argument'], 7),
    anchor(['accepts', 'arg(s), received'], 7),
    anchor(['unknown flag: '], 7),
    anchor(['unknown shorthand flag'], 7),
    anchor(['unrecognized arguments:'], 7),
    anchor(['the following arguments are required'], 7),
    anchor(['is misspelled or not recognized by the system'], 7),
    // canipull (az aks check-acr) run somewhere other than an AKS node.
    anchor(['Failed to load azure.json'], 6),
    // A token request the registry could not parse (400) is the client's bug, e.g. an empty scope= from nerdctl.
    anchor(['oauth token', '400 Bad Request'], 4),
    // MSAL could not build or discover the Entra authority it was given (a tool building a wrong URL).
    anchor(['unable to resolve an endpoint'], 3),
    // ACI's validation of a container group the tool built (docker compose's ACI integration).
    anchor(['MoreImageRegistryCredentialsThanContainers'], 6),
    against(['client with IP'], 6),
    against('http:401', 3),
    against('http:403', 3),
  ],
  fix: [
    {
      text: {
        en: 'Read the command help and call it with a valid combination of options.',
        ru: 'Прочитайте справку по команде и вызовите её с допустимым сочетанием параметров.',
      },
      command: 'az acr login --help',
    },
    {
      text: {
        en: 'If the tool crashed (a traceback, a panic, a TypeError, a null reference) or cannot read the registry’s answer, update it to its latest release; if that does not help, report the crash to its maintainers with the full output.',
        ru: 'Если инструмент упал (трассировка стека, panic, TypeError, null-ссылка) или не понимает ответ реестра, обновите его до последней версии; если не поможет, сообщите о сбое его разработчикам с полным выводом.',
      },
    },
  ],
  docs: [ACR_FAQ],
  checks: [],
});
