import type { LineIndex } from '../line-index';

/**
 * Where Azure's tools print a Resource Manager error code: az's `(StorageAccountAlreadyTaken) The storage …` (also
 * after `ERROR: `, `exception=`), `Code: OperationNotAllowed`, the Go SDK's `Code="SkuNotAvailable"`, and JSON's
 * `"code": "QuotaExceeded"`.
 */
const CODE_SHAPES = [
  /(?:^|[\s:=])\(([A-Z][A-Za-z0-9]{5,80})\)(?:[\s.,;:]|$)/g,
  /\bCode\s?[=:]\s?"?([A-Z][A-Za-z0-9]{5,80})\b/g,
  /"code"\s?:\s?"([A-Z][A-Za-z0-9]{5,80})"/g,
  // A person quoting the code in markdown: `LocationIsOfferRestricted`. Three words run together or more, so that a
  // quoted class or setting name (`ContainerApp`, `AcrPull`) is not read as one.
  /`([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*){2,})`/g,
  // …and in a sentence: "the deployment fails with ManagedEnvironmentSubnetDelegationError".
  /\b(?:[Ww]ith|[Ee]rror|[Cc]ode|[Dd]etails|caused|causes|returned|returns|threw|throws|hit|hits):?\s([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*){2,})\b/g,
  // Resource Manager's validation codes that begin a line of their own ("InvalidDeployment: The 'location' …").
  /^(Invalid[A-Z][A-Za-z0-9]{3,80}):\s/g,
  // …and any other code of three words or more that begins its own line ("InsufficientSubnetSize: Pre-allocated
  // IPs …"); not an exception's or a warning's class name, which a language prints the same way.
  /^([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*){2,})(?<!Exception|Error|Warning):\s/g,
  // …or as the kind of an error: "prevents ManagedEnvironmentNotProvisioned errors".
  /\b([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*){2,})\s(?:errors?|failures?)\b/g,
];

/** Two or more capitalised words run together: a service's own code, not a word or an HTTP reason ("Conflict"). */
const CAMEL_CASE = /^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+$/;

/**
 * Codes that say nothing about which resource failed or that belong to causes of their own: wrappers around the
 * inner errors (DeploymentFailed, ResourceDeploymentFailure, InvalidTemplateDeployment, ContainerAppOperationError),
 * HTTP reasons (BadRequest, InternalServerError), the generic not-found codes (a resource, a group: the registry's
 * own or a wrong subscription; a named kind such as ContainerAppEnvironmentNotFound is specific), sign-in codes, and
 * any code about subscriptions, images, registries, pulls, identities or credentials.
 */
const NOT_SPECIFIC =
  /Failed$|Failure$|OperationError$|InternalError$|UnknownError$|ServiceError$|Template|^(?:Resource|ResourceGroup|Parent)?NotFound$|Auth|Token|Credential|Image|Registry|Pull|Identity|Secret|Access|Forbidden|Unauthorized|Timeout|Unavailable|InternalServer|BadRequest|Cancel|Multiple|Subscription/;

/** What a line that reports an error code holds somewhere (a bracket, "code", "with", "error", a `Name:` prefix…). */
const MAY_HOLD_CODE =
  /[(`]|ode|ith|rror|etails|ailure|^Invalid|aused|eturn|hrow|\bhits?\b|^[A-Z][A-Za-z0-9]+:\s/;

/**
 * The 0-based line of the first specific Resource Manager error code (a quota, a name taken, a SKU, a location, a
 * resource's own state), or undefined. Read only for a paste with nothing about a registry in it, where such a code
 * says what Azure refused: another resource, not the registry.
 */
export function findSpecificArmCode(index: LineIndex): number | undefined {
  for (let i = 0; i < index.lines.length; i++) {
    const line = index.line(i);
    if (!MAY_HOLD_CODE.test(line)) continue;
    for (const shape of CODE_SHAPES)
      for (const m of line.matchAll(shape)) {
        const code = m[1] as string;
        if (CAMEL_CASE.test(code) && !NOT_SPECIFIC.test(code)) return i;
      }
  }
  return undefined;
}
