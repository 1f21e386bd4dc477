import type { Check } from '../check';
import { confirmed, decided, fact, fix, ruledOut } from '../outcome';
import { t } from '../text';

const LABEL = t(
  'Admin user enabled (adminUserEnabled)',
  'Пользователь-администратор включён (adminUserEnabled)',
);

/** Check 3a: whether the registry's admin user name and password can sign in at all. */
export const adminUserCheck: Check = {
  id: 'admin-user',
  wanted: () => true,
  needs: 'registry',
  audiences: ['arm'],
  async run(env, r) {
    const enabled = r.adminUserEnabled === true;
    const facts = [fact(LABEL, String(enabled))];
    if (enabled) {
      return decided(
        'pass',
        t(`The admin user of ${r.name} is enabled.`, `Пользователь-администратор ${r.name} включён.`),
        {
          facts,
          verdicts: [
            ruledOut('admin-user-disabled', t('adminUserEnabled is true.', 'adminUserEnabled = true.')),
          ],
        },
      );
    }
    const used = env.plan.adminCredentials;
    return decided(
      used ? 'fail' : 'warn',
      used
        ? t(
            `The admin user of ${r.name} is disabled, and the text shows a user name and password being used: that login is refused.`,
            `Пользователь-администратор ${r.name} отключён, а в тексте используется вход по имени и паролю — такой вход отклоняется.`,
          )
        : t(
            `The admin user of ${r.name} is disabled: logins with its user name and password are refused (Entra ID sign-in still works).`,
            `Пользователь-администратор ${r.name} отключён: вход с его именем и паролем отклоняется (вход через Entra ID работает).`,
          ),
      {
        facts,
        // A disabled admin user is the default and only a cause when admin credentials were used.
        verdicts: used
          ? [confirmed('admin-user-disabled', t('adminUserEnabled is false.', 'adminUserEnabled = false.'))]
          : [],
        fix: [
          fix(
            t('Prefer signing in with your Entra identity:', 'Лучше входите со своим удостоверением Entra:'),
            `az acr login -n ${r.name}`,
          ),
          fix(
            t(
              'If admin credentials are really needed, enable the admin user and read its password:',
              'Если учётные данные администратора действительно нужны, включите его и получите пароль:',
            ),
            `az acr update -n ${r.name} --admin-enabled true && az acr credential show -n ${r.name}`,
          ),
        ],
      },
    );
  },
};
