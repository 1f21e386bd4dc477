import { CAUSES, type CauseId } from '../../../src/knowledge';
import { button, cardButtons, cardText, visibleTexts } from '../../fakes/teams/card-reading';
import {
  APP_ID,
  CONTOSO,
  PASTES,
  ROLE,
  SP_OBJECT_ID,
  cardOf,
  fixturePaste,
  registryId,
  registryNamed,
  startLiveHarness,
  type LiveHarness,
} from './harness';

/**
 * A person pastes an error, presses "Run live checks", and the card comes back re-ranked by what Azure says:
 * the cause a check confirmed on top with the facts that decided it and a fix with the real values, ruled-out
 * causes marked as such, and the identity the checks used. Teams single sign-on throughout.
 */
let h: LiveHarness;
beforeAll(async () => {
  h = await startLiveHarness();
});
afterAll(() => h.close());
afterEach(() => expect(h.bot.connector.rejected).toEqual([]));

const title = (id: CauseId): string => {
  const cause = CAUSES.find((c) => c.id === id);
  if (!cause) throw new Error(`no cause ${id}`);
  return cause.title.en;
};

/**
 * The status a cause shows: for the first cause (the verdict) the word under the verdict, for the others
 * the end of their line in Details ("Confirmed", "Ruled out", or "<confidence word> · N%").
 */
function causeStatus(card: unknown, id: CauseId): string | undefined {
  const texts = visibleTexts(card).map((t) => t.text);
  if (texts[1]?.endsWith(`: ${title(id)}`)) return texts[2];
  const at = texts.indexOf(title(id));
  if (at < 0) return undefined;
  return texts.slice(at + 1).find((t) => /^(Confirmed|Ruled out|Still possible)$|%$/.test(t));
}

async function runChecks(text: string) {
  const posted = await h.paste(text);
  const card = cardOf(await h.press(posted, 'Run live checks'));
  return { posted, card, text: cardText(card) };
}

it('public network access disabled: the card confirms it, with the fact from Azure', async () => {
  h.world({ registries: [registryNamed('contosoacr', { publicNetworkAccess: 'Disabled' })] });
  const { card, text, posted } = await runChecks(fixturePaste('public-network-access-disabled', 'pna-02'));
  expect(visibleTexts(card)[1]?.text).toBe(`Confirmed in Azure: ${title('public-network-access-disabled')}`);
  expect(causeStatus(card, 'public-network-access-disabled')).toBe('Confirmed');
  expect(text).toContain('Live checks for contosoacr');
  expect(text).toContain('Checked with the Azure permissions of Megan Bowen (Teams sign-in).');
  expect(text).toMatch(/Network access and firewall: .*public/i);
  // The message itself is replaced too, so the report stays for everyone in the conversation.
  const update = await h.bot.connector.waitFor(
    (r) => r.operation === 'update' && r.targetId === posted.messageId,
  );
  const published = (update.activity['attachments'] as Array<{ content: unknown }>)[0]?.content;
  expect(cardText(published)).toContain(`Confirmed in Azure: ${title('public-network-access-disabled')}`);
});

it('a firewall without the pasted IP: confirmed, the public-access cause ruled out, the fix names the IP', async () => {
  h.world({
    registries: [
      registryNamed('contoso', {
        networkRuleSet: { defaultAction: 'Deny', ipRules: [{ action: 'Allow', value: '198.51.100.0/24' }] },
      }),
    ],
  });
  const { card, text } = await runChecks(PASTES.firewall);
  expect(causeStatus(card, 'firewall-client-ip-not-allowed')).toBe('Confirmed');
  expect(text).toContain('Fix, with the values found in Azure');
  // Ruled-out causes go to the end of the list, folded in Details, with the reason.
  const all = card;
  expect(causeStatus(all, 'public-network-access-disabled')).toBe('Ruled out');
  expect(cardText(all)).toMatch(/Network access and firewall: .*Enabled/);
  expect(visibleTexts(card)).toContainEqual({
    element: 'CodeBlock',
    text: 'az acr network-rule add -n contoso --ip-address 203.0.113.7',
  });
});

it('an identity without AcrPull in legacy mode: confirms the missing role, with a fix for that identity', async () => {
  h.world({
    registries: [registryNamed('contoso')],
    servicePrincipals: [{ id: SP_OBJECT_ID, appId: APP_ID, displayName: 'ci-pipeline' }],
    roleAssignments: [
      { scope: registryId(CONTOSO), roleDefinitionGuid: ROLE.acrDelete, principalId: SP_OBJECT_ID },
    ],
  });
  const { card, text } = await runChecks(PASTES.identity);
  expect(causeStatus(card, 'missing-pull-role-legacy-mode')).toBe('Confirmed');
  expect(text).toContain('ci-pipeline');
  expect(visibleTexts(card)).toContainEqual({
    element: 'CodeBlock',
    text: `az role assignment create --assignee ${SP_OBJECT_ID} --role AcrPull --scope ${registryId(CONTOSO)}`,
  });
});

it('ABAC mode with only AcrPull: confirms that legacy roles are not honoured', async () => {
  const principal = '9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';
  const retail = registryNamed('retailacr', { roleAssignmentMode: 'AbacRepositoryPermissions' });
  h.world({
    registries: [retail],
    roleAssignments: [
      { scope: registryId(retail), roleDefinitionGuid: ROLE.acrPull, principalId: principal },
    ],
  });
  const { card, text } = await runChecks(fixturePaste('abac-repository-permissions-mode', 'abac-01'));
  expect(causeStatus(card, 'abac-mode-legacy-roles-not-honored')).toBe('Confirmed');
  expect(text).toContain('Container Registry Repository Reader');
});

it('an expired client secret (check <registry> with the paste): confirms it and shows the rotation command', async () => {
  const app = '0c8b6f7e-2d1a-4e3b-9c5d-7f6a8b9c0d1e';
  h.world({
    registries: [registryNamed('contoso')],
    applications: [
      {
        id: 'a1a1a1a1-0000-4000-8000-000000000001',
        appId: app,
        displayName: 'deploy-pipeline',
        passwordCredentials: [
          { keyId: 'k-1', hint: 'Xy7', endDateTime: new Date(Date.now() - 5 * 86400000).toISOString() },
        ],
      },
    ],
  });
  const { card } = await runChecks(`check contoso ${fixturePaste('expired-credentials', 'expcred-04')}`);
  expect(causeStatus(card, 'sp-client-secret-expired')).toBe('Confirmed');
  expect(visibleTexts(card)).toContainEqual({
    element: 'CodeBlock',
    text: `az ad app credential reset --id ${app} --append --display-name acr-doctor-rotation --years 1`,
  });
});

it('a registry that does not exist: confirms the wrong name; the registry-scoped checks say why they did not run', async () => {
  h.world({ registries: [registryNamed('contoso')] });
  const { card, text } = await runChecks(PASTES.notFound);
  expect(causeStatus(card, 'registry-name-wrong-or-missing')).toBe('Confirmed');
  expect(text).toContain('Live checks for contosso');
  expect(text).toContain('The registry was not found, so this could not run.');
  expect(h.fake.callsTo('checkNameAvailability')).toHaveLength(1);
  // Nothing to read logs of: no login-failures button on a registry that is not there.
  expect(cardButtons(card).map((b) => b.title)).not.toContain('Show recent login failures');
});

it('"check contoso" then the registry card: live checks, then "Show recent login failures" runs only that check', async () => {
  const contoso = registryNamed('contoso');
  const now = Date.now();
  h.world({
    registries: [contoso],
    diagnosticSettings: {
      contoso: [
        {
          name: 'audit',
          workspaceId:
            '/subscriptions/x/resourceGroups/logs/providers/Microsoft.OperationalInsights/workspaces/ops',
          logs: [{ categoryGroup: 'allLogs', enabled: true }],
        },
      ],
    },
    logEvents: Array.from({ length: 6 }, (_, i) => ({
      table: 'ContainerRegistryLoginEvents' as const,
      TimeGenerated: new Date(now - (i + 1) * 60_000).toISOString(),
      OperationName: 'Login',
      Identity: 'build-agent',
      CallerIpAddress: '203.0.113.7',
      LoginServer: 'contoso.azurecr.io',
      ResultType: '401',
      ResultDescription: '401',
      _ResourceId: registryId(contoso).toLowerCase(),
    })),
  });
  const posted = await h.paste('check contoso');
  expect(cardText(posted.card)).toContain('Registry contoso');
  const checked = cardOf(await h.press(posted, 'Run live checks'));
  expect(cardText(checked)).toContain('Live checks for contoso');
  expect(h.fake.callsTo('logs-query')).toHaveLength(0);
  const calls = h.fake.calls.length;

  const next = { ...posted, card: checked };
  const failures = cardOf(await h.press(next, 'Show recent login failures'));
  const text = cardText(failures);
  expect(text).toContain('Recent login failures (Log Analytics)');
  expect(text).toContain('6 × 401 · 203.0.113.7');
  // Only the lookup and the log check ran again; the earlier results are still on the card.
  const again = h.fake.calls.slice(calls).map((c) => c.api);
  expect(again).not.toContain('permissions');
  expect(h.fake.callsTo('logs-query')).toHaveLength(1);
  expect(text).toContain('Network access and firewall');
  expect(cardButtons(failures).map((b) => b.title)).not.toContain('Show recent login failures');
  expect(button(failures, 'Check again').verb).toBe('checks.run');
});

it('other buttons keep the report on the card (feedback after the checks)', async () => {
  h.world({
    registries: [
      registryNamed('contoso', {
        networkRuleSet: { defaultAction: 'Deny', ipRules: [{ action: 'Allow', value: '198.51.100.0/24' }] },
      }),
    ],
  });
  const { posted, card } = await runChecks(PASTES.firewall);
  // "All causes" folds on the client; the server-side verb of older cards redraws the card with the report.
  const all = cardOf(await h.press({ ...posted, card }, 'Helpful', { verb: 'causes.all' }));
  expect(causeStatus(all, 'firewall-client-ip-not-allowed')).toBe('Confirmed');
  expect(cardText(all)).toContain('Live checks for contoso');
});

it('pasting an error never asks for a sign-in and never calls Azure', async () => {
  h.world({ registries: [registryNamed('contoso')] });
  const posted = await h.paste(PASTES.firewall);
  expect(cardText(posted.card)).toContain('Most likely:');
  const shown = cardOf(await h.press(posted, 'Helpful', { token: null }));
  expect(cardText(shown)).toContain('Which cause was it?');
  expect(h.fake.calls).toEqual([]);
});
