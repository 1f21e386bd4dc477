/**
 * The words the statement reader (diagnosis/statements.ts) reads a sentence with, beside the statements themselves:
 * what rules a cause out, opens a concession, narrates, negates, says something failed or names a registry.
 */

/** Words that open a concession: what follows them was in place, so it is not what the sentence blames. */
export const STATEMENT_CONCESSIVES: readonly string[] = [
  'despite',
  'in spite of',
  'even though',
  'even with',
  'although',
  'even after',
  'несмотря на',
  'хотя',
];

/**
 * A sentence that rules a cause out or says it is fine ("the AcrPull role is already assigned", "DNS is not the
 * problem") states nothing against the registry: it is skipped.
 */
export const STATEMENT_RULED_OUT: readonly string[] = [
  'not the issue',
  'not the problem',
  'not the cause',
  "isn't the",
  'is not the',
  'ruled out',
  'is fine',
  'are fine',
  'is correct',
  'are correct',
  'looks fine',
  'looks correct',
  'looks good',
  'already',
  'double-checked',
  'works fine',
  // A tool's claim the person contradicts ("import said the registry didn't exist, even though it did").
  'even though it did',
  'even though it does',
  'even though it exist',
  'although it exist',
  'but it does exist',
  'but it exists',
  'which does exist',
  'in order',
  'уже ',
  'в порядке',
  'не в этом',
  'ни при чём',
  'ни при чем',
];

/**
 * Words of somebody telling what happened: a line that holds a known tool message is still read for statements when
 * it has one ("pods in ImagePullBackOff since we enabled the private endpoint").
 */
export const STATEMENT_NARRATIVE_WORDS: readonly string[] = [
  'we',
  'our',
  'i',
  'my',
  'us',
  'since',
  'after',
  'yesterday',
  'мы',
  'наш',
  'я',
  'у нас',
  'после',
  'вчера',
];

/** Words that turn a state round when they stand just before it ("is not disabled", "не отключён"). */
export const STATEMENT_NEGATORS: readonly string[] = ['not', "n't", 'never', 'no', 'не', 'нет'];

/**
 * Alone, a description names a cause only when it says something failed and that a registry was involved: "we
 * rotated the secret" in a hand-over note is no question for the bot. A failure is any fallback signal's words, in any
 * language (fallbacks.ts), or one of these: how people, rather than tools, say that something does not work.
 */
export const STATEMENT_FAILURE_WORDS: readonly string[] = [
  'fail',
  // A commit or change note that fixes something says it was broken ("fix: admin user was disabled on the registry").
  'fix',
  'hotfix',
  // A credential that ran out is a failure told in a person's words ("our ACR's SP secret expired yesterday").
  'expired',
  'истек',
  'истёк',
  'error',
  'denied',
  'unauthori',
  'forbidden',
  'cannot',
  "can't",
  'can not',
  "couldn't",
  'could not',
  'unable',
  'refus',
  // A tool turning its input down ("az acr build rejected the registry name").
  'reject',
  // A write-up that calls it an incident ("Incident: AcrPull on the wrong registry", "Incidente", "инцидент").
  'incident',
  'инцидент',
  'timeout',
  'timed out',
  'times out',
  // A person naming what stops them ("the firewall blocks our agent"). Not "throttled" or "rate limit": people say
  // those of what they avoid and of healthy metrics ("so we stop hitting rate limits", "0 throttled requests").
  'blocks',
  'blocked',
  'stuck',
  'broke',
  // A grant that fell short ("AcrPull is not sufficient", "insufficient permissions").
  'not sufficient',
  'insufficient',
  // What used to work and does not any more ("the cluster stopped pulling", "can no longer push").
  'stopped pull',
  'stopped push',
  'stopped work',
  'no longer',
  'перестал',
  "doesn't work",
  'does not work',
  'not working',
  "won't",
  '401',
  '403',
  '404',
  '429',
  'imagepullbackoff',
  'errimagepull',
  'не работает',
  'не могу',
  'не может',
  'не могут',
  'не получается',
  'падает',
  'упал',
  'отказ',
  'сломал',
  // The other languages of people's notes (see statement-terms-other-languages.ts).
  'できない',
  'falh',
  'erro',
  'não consigo',
  'fallo',
  'falló',
  'no puedo',
  'échou',
  'erreur',
  'impossible',
  'kann nicht',
  'fehlgeschlagen',
  'fehler',
  'fallisc',
  'fallit',
  'errore',
  'non riesco',
  'non funziona',
  'mislukt',
  'fout',
  'lukt niet',
  'werkt niet',
  'misslyck',
  'fungerar inte',
  'strula',
  'nie działa',
  'błąd',
  'nie udało',
  'nie mogę',
  'gagal',
  'tidak bisa',
];

export const STATEMENT_REGISTRY_WORDS: readonly string[] = [
  'acr',
  'azurecr',
  'acrpull',
  'acrpush',
  'container registry',
  'registry',
  // ACR's own name for the host that serves its layers, and the credential a pod pulls with.
  'data endpoint',
  'data-endpoint',
  'imagepullsecret',
  'image pull secret',
  'pull secret',
  'az acr',
  'image pull',
  'pull image',
  'pulling image',
  'push image',
  'docker push',
  'docker pull',
  'docker login',
  'imagepullbackoff',
  'errimagepull',
  'реестр',
  'образ',
  'レジストリ',
  '镜像仓库',
  '注册表',
  '容器注册',
  '레지스트리',
  'registro',
  'registre',
  // German: "Registrierung", and its compounds ("Registrierungsname").
  'registrierung',
  'containerregister',
  'registret',
  'registryt',
  'rejestr',
];
