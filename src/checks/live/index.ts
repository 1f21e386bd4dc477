import type { Check } from '../check';
import { adminUserCheck } from './admin-user';
import { anonymousPullCheck } from './anonymous-pull';
import { authAsArmCheck } from './auth-as-arm';
import { identityRolesCheck } from './identity-roles';
import { loginFailuresCheck } from './login-failures';
import { networkCheck } from './network';
import { registryCheck } from './registry';
import { roleAssignmentModeCheck } from './role-assignment-mode';
import { secretExpiryCheck } from './secret-expiry';
import { throttlingCheck } from './throttling';
import { yourPermissionsCheck } from './your-permissions';

/** Every live check, one per CheckId. */
export const LIVE_CHECKS: readonly Check[] = [
  registryCheck,
  networkCheck,
  adminUserCheck,
  anonymousPullCheck,
  authAsArmCheck,
  roleAssignmentModeCheck,
  yourPermissionsCheck,
  identityRolesCheck,
  secretExpiryCheck,
  loginFailuresCheck,
  throttlingCheck,
];
