import type { Activity } from 'botbuilder';

/**
 * The fields of a Bot Framework activity that botbuilder, teams-ai and our routes read, checked for their
 * JSON type before anything runs: a number where a string belongs (`"locale": 5`) is a 400 here instead of a
 * TypeError deep inside a turn. Fields we never read are left as they come.
 */

export type ShapeResult =
  | { readonly kind: 'ok'; readonly activity: Activity; readonly serviceUrl: URL }
  | { readonly kind: 'malformed'; readonly field: string };

const STRINGS = [
  'type',
  'id',
  'locale',
  'text',
  'textFormat',
  'replyToId',
  'name',
  'channelId',
  'serviceUrl',
  'timestamp',
  'localTimestamp',
  'action',
] as const;
const ACCOUNTS = ['from', 'recipient', 'conversation'] as const;
const ACCOUNT_STRINGS = ['id', 'name', 'aadObjectId', 'role', 'conversationType', 'tenantId'] as const;
const ARRAYS_OF_OBJECTS = ['membersAdded', 'membersRemoved', 'entities', 'attachments'] as const;
const MAX_FIELD_CHARS = 1024;
const LONG_FIELDS = new Set(['text']);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function badString(value: unknown, long: boolean): boolean {
  return value !== undefined && (typeof value !== 'string' || (!long && value.length > MAX_FIELD_CHARS));
}

export function checkActivityShape(body: unknown): ShapeResult {
  if (!isObject(body)) return { kind: 'malformed', field: '(body)' };
  for (const field of STRINGS)
    if (badString(body[field], LONG_FIELDS.has(field))) return { kind: 'malformed', field };
  if (typeof body.type !== 'string' || body.type === '') return { kind: 'malformed', field: 'type' };
  for (const field of ACCOUNTS) {
    const account = body[field];
    if (account === undefined) continue;
    if (!isObject(account)) return { kind: 'malformed', field };
    for (const key of ACCOUNT_STRINGS)
      if (badString(account[key], false)) return { kind: 'malformed', field: `${field}.${key}` };
  }
  for (const field of ARRAYS_OF_OBJECTS) {
    const list = body[field];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.length > 64 || !list.every(isObject))
      return { kind: 'malformed', field };
    if (
      (field === 'membersAdded' || field === 'membersRemoved') &&
      list.some((m) => badString((m as Record<string, unknown>).id, false))
    )
      return { kind: 'malformed', field: `${field}.id` };
  }
  if (body.channelData !== undefined && !isObject(body.channelData))
    return { kind: 'malformed', field: 'channelData' };
  const conversation = body.conversation as Record<string, unknown> | undefined;
  if (typeof conversation?.id !== 'string' || conversation.id === '')
    return { kind: 'malformed', field: 'conversation.id' };
  let serviceUrl: URL;
  try {
    serviceUrl = new URL(typeof body.serviceUrl === 'string' ? body.serviceUrl : '');
  } catch {
    return { kind: 'malformed', field: 'serviceUrl' };
  }
  if (serviceUrl.protocol !== 'https:' && serviceUrl.protocol !== 'http:')
    return { kind: 'malformed', field: 'serviceUrl' };
  return { kind: 'ok', activity: body as unknown as Activity, serviceUrl };
}
