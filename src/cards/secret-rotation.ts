import type { Diagnosis } from '../diagnosis/types';
import { fill, type Lang } from '../knowledge';
import { DIAGNOSIS_TEXT } from './text/diagnosis';

/**
 * Which secret a paste leaked, as far as the paste tells, and the command that replaces it. The username of
 * the `docker login -u X -p …` line says whose password it was: the registry's own name is the admin user,
 * a GUID a service principal; ACR's other username/password logins are repository (scope-map) tokens.
 */
export type LeakedSecret = 'admin-password' | 'service-principal-secret' | 'repository-token';

type SecretFacts = Pick<Diagnosis, 'secrets'> & { readonly signals: Pick<Diagnosis['signals'], 'facts'> };

export function leakedSecret(diagnosis: SecretFacts): LeakedSecret | undefined {
  const kinds = new Set(diagnosis.secrets.map((s) => s.kind));
  const facts = new Set<string>(diagnosis.signals.facts);
  const password = kinds.has('password') || kinds.has('basic-auth');
  if (kinds.has('client-secret') || (password && facts.has('login-user:guid')))
    return 'service-principal-secret';
  if (password && facts.has('login-user:registry-name')) return 'admin-password';
  // A password for a refresh token (nil GUID) or a person's address is not something to rotate here.
  if (password && !facts.has('login-user:nil-guid') && !facts.has('login-user:email'))
    return 'repository-token';
  return undefined;
}

export interface Rotation {
  readonly text: string;
  readonly command: string;
}

/** The rotation step for a leaked secret; values come from the (validated) signals, the rest are placeholders. */
export function rotation(
  secret: LeakedSecret,
  signals: Pick<Diagnosis['signals'], 'registry' | 'appIds'>,
  lang: Lang,
): Rotation {
  const registry = signals.registry ?? '<registry>';
  switch (secret) {
    case 'admin-password':
      return {
        text: fill(DIAGNOSIS_TEXT.rotateAdminPassword, lang),
        command: [
          `az acr credential renew -n ${registry} --password-name password`,
          `az acr credential renew -n ${registry} --password-name password2`,
        ].join('\n'),
      };
    case 'service-principal-secret':
      return {
        text: fill(DIAGNOSIS_TEXT.rotateServicePrincipalSecret, lang),
        command: `az ad app credential reset --id ${signals.appIds[0] ?? '<app-id>'}`,
      };
    case 'repository-token':
      return {
        text: fill(DIAGNOSIS_TEXT.rotateRepositoryToken, lang),
        command: `az acr token credential generate -n <token-name> -r ${registry} --password1 --password2`,
      };
  }
}
