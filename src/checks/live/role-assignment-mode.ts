import type { Check } from '../check';
import { ABAC_MODE, LEGACY_MODE, roleModeOf } from '../acr-permissions';
import { decided, fact, fix, ruledOut } from '../outcome';
import { t } from '../text';

const LABEL = t('Role assignment mode (roleAssignmentMode)', 'Режим назначения ролей (roleAssignmentMode)');

/** Check 4: legacy registry permissions, or registry + repository (ABAC) permissions — which decides what AcrPull means. */
export const roleAssignmentModeCheck: Check = {
  id: 'role-assignment-mode',
  wanted: () => true,
  needs: 'registry',
  audiences: ['arm'],
  async run(env, r) {
    const facts = [fact(LABEL, r.roleAssignmentMode ?? LEGACY_MODE)];
    if (roleModeOf(r) === 'abac') {
      const assignee = env.plan.objectIds[0] ?? env.plan.appIds[0] ?? '<object-or-app-id>';
      return decided(
        'warn',
        t(
          `${r.name} uses "RBAC Registry + ABAC Repository Permissions": AcrPull, AcrPush and AcrDelete are not honoured; pulling needs Container Registry Repository Reader (Writer to push), listing repositories needs Catalog Lister.`,
          `${r.name} работает в режиме «RBAC Registry + ABAC Repository Permissions»: роли AcrPull, AcrPush и AcrDelete не действуют; для извлечения нужна роль Container Registry Repository Reader (для отправки — Writer), для просмотра списка репозиториев — Catalog Lister.`,
        ),
        {
          facts,
          verdicts: [
            ruledOut(
              'missing-pull-role-legacy-mode',
              t(
                `The registry is in ${ABAC_MODE} mode, not the legacy mode.`,
                `Реестр работает в режиме ${ABAC_MODE}, а не в устаревшем режиме.`,
              ),
            ),
          ],
          fix: [
            fix(
              t('Grant a repository role instead of AcrPull:', 'Назначьте роль репозитория вместо AcrPull:'),
              `az role assignment create --assignee ${assignee} --role "Container Registry Repository Reader" --scope ${r.id}`,
            ),
          ],
        },
      );
    }
    const why = t(`The registry is in ${LEGACY_MODE} mode.`, `Реестр работает в режиме ${LEGACY_MODE}.`);
    return decided(
      'pass',
      t(
        `${r.name} uses "RBAC Registry Permissions": AcrPull, AcrPush and AcrDelete work as usual.`,
        `${r.name} работает в режиме «RBAC Registry Permissions»: роли AcrPull, AcrPush и AcrDelete действуют как обычно.`,
      ),
      {
        facts,
        verdicts: [
          ruledOut('abac-mode-legacy-roles-not-honored', why),
          ruledOut('abac-condition-excludes-repository', why),
          ruledOut('abac-missing-catalog-lister', why),
          ruledOut('abac-acr-tasks-no-identity', why),
          ruledOut('abac-mode-switch-invalidated-credentials', why),
        ],
      },
    );
  },
};
