import type { Check } from '../check';
import { confirmed, decided, fact, fix, ruledOut } from '../outcome';
import { t } from '../text';

const LABEL = t(
  'Entra tokens for ARM accepted (azureADAuthenticationAsArmPolicy)',
  'Токены Entra для ARM принимаются (azureADAuthenticationAsArmPolicy)',
);

/** Check 3c: whether the registry accepts Entra tokens issued for Azure Resource Manager (what `az acr login` sends by default). */
export const authAsArmCheck: Check = {
  id: 'auth-as-arm',
  wanted: () => true,
  needs: 'registry',
  audiences: ['arm'],
  async run(_env, r) {
    // Absent means enabled: it is the default, and only registries that switched it off report "disabled".
    const status = r.azureADAuthenticationAsArmPolicy ?? 'enabled';
    const facts = [fact(LABEL, status)];
    if (status.toLowerCase() !== 'disabled') {
      return decided(
        'pass',
        t(
          `${r.name} accepts Entra tokens issued for Azure Resource Manager.`,
          `${r.name} принимает токены Entra, выданные для Azure Resource Manager.`,
        ),
        {
          facts,
          verdicts: [
            ruledOut(
              'arm-audience-token-rejected',
              t('azureADAuthenticationAsArmPolicy is enabled.', 'azureADAuthenticationAsArmPolicy включена.'),
            ),
          ],
        },
      );
    }
    return decided(
      'warn',
      t(
        `${r.name} refuses Entra tokens issued for Azure Resource Manager: clients must present tokens for the registry audience (https://containerregistry.azure.net).`,
        `${r.name} отклоняет токены Entra, выданные для Azure Resource Manager: клиенты должны предъявлять токены для аудитории реестра (https://containerregistry.azure.net).`,
      ),
      {
        facts,
        verdicts: [
          confirmed(
            'arm-audience-token-rejected',
            t(
              'azureADAuthenticationAsArmPolicy is disabled: ARM-audience tokens are rejected.',
              'azureADAuthenticationAsArmPolicy отключена: токены с аудиторией ARM отклоняются.',
            ),
          ),
        ],
        fix: [
          fix(
            t(
              'Have clients request tokens for https://containerregistry.azure.net/.default, or accept ARM tokens again:',
              'Пусть клиенты запрашивают токены для https://containerregistry.azure.net/.default, либо снова разрешите токены ARM:',
            ),
            `az acr config authentication-as-arm update -r ${r.name} --status enabled`,
          ),
        ],
      },
    );
  },
};
