import type { Activity } from 'botbuilder';

/**
 * Who pressed a button, in which organisation, as the Teams activity says. The activity arrives through the
 * Bot Framework (authenticated by its JWT), so these are the channel's statements; anything in card data
 * is not, and is never used for identity.
 */
export interface ActionOrigin {
  /** The conversation's tenant: from `conversation.tenantId` and `channelData.tenant.id`, which must agree. */
  readonly tenant:
    | { readonly kind: 'known'; readonly id: string }
    | { readonly kind: 'unknown' }
    | { readonly kind: 'conflicting' };
  /** The Teams user id (`29:…`). */
  readonly userId: string;
  /** The user's Entra object id, lower case, when Teams sent it. */
  readonly aadObjectId?: string;
  /** Display name, for "checked with the permissions of …"; made plain before it is shown. */
  readonly name?: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function guid(value: unknown): string | undefined {
  return typeof value === 'string' && GUID.test(value) ? value.toLowerCase() : undefined;
}

function tenantOf(activity: Partial<Activity>): ActionOrigin['tenant'] {
  const fromConversation = (activity.conversation as { tenantId?: unknown } | undefined)?.tenantId;
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const fromChannelData = channelData?.tenant?.id;
  const a = guid(fromConversation);
  const b = guid(fromChannelData);
  // A value that is not a GUID says nothing usable (the Agents Playground sends a made-up one): neither value
  // is trusted then, so Teams sign-in refuses the press, while the local developer mode may still run.
  if (
    (fromConversation !== undefined && a === undefined) ||
    (fromChannelData !== undefined && b === undefined)
  )
    return { kind: 'unknown' };
  if (a !== undefined && b !== undefined && a !== b) return { kind: 'conflicting' };
  const id = a ?? b;
  return id === undefined ? { kind: 'unknown' } : { kind: 'known', id };
}

export function actionOrigin(activity: Partial<Activity>): ActionOrigin {
  const from = activity.from;
  const aadObjectId = guid(from?.aadObjectId);
  const name = typeof from?.name === 'string' && from.name.trim() !== '' ? from.name : undefined;
  return {
    tenant: tenantOf(activity),
    userId: typeof from?.id === 'string' ? from.id : '',
    ...(aadObjectId ? { aadObjectId } : {}),
    ...(name ? { name } : {}),
  };
}

/** One key per person and organisation, for rate limits and for whose report a card holds. */
export function userKeyOf(origin: ActionOrigin): string {
  const tenant = origin.tenant.kind === 'known' ? origin.tenant.id : '-';
  return `${tenant}/${origin.aadObjectId ?? origin.userId}`;
}

/**
 * What the retried invoke carries after Teams signed the person in: the single sign-on token
 * (`value.authentication.token`, for the application ID URI the bot asked for), or the `state` a nominal
 * sign-in returns.
 */
export type SignInCarrier =
  { readonly kind: 'token'; readonly token: string } | { readonly kind: 'state' } | { readonly kind: 'none' };

const MAX_TOKEN_CHARS = 16 * 1024;

export function signInCarrier(value: unknown): SignInCarrier {
  if (typeof value !== 'object' || value === null) return { kind: 'none' };
  const { authentication, state } = value as { authentication?: unknown; state?: unknown };
  const token =
    typeof authentication === 'object' && authentication !== null
      ? (authentication as { token?: unknown }).token
      : undefined;
  if (typeof token === 'string' && token.length > 0 && token.length <= MAX_TOKEN_CHARS)
    return { kind: 'token', token };
  if (typeof state === 'string' && state.length > 0) return { kind: 'state' };
  return { kind: 'none' };
}
