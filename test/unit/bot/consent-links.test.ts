import { CLOUDS } from '../../../src/azure';
import { consentLinks } from '../../../src/bot/consent-links';
import { consentPage } from '../../../src/bot/consent-page';
import type { TeamsSsoApp } from '../../../src/config';

const APP: TeamsSsoApp = {
  appId: '0f0f0f0f-0000-4000-8000-0000000000a1',
  resource: 'api://acr-doctor.example.com/botid-0f0f0f0f-0000-4000-8000-0000000000a1',
  domain: 'acr-doctor.example.com',
  homeTenantId: null,
};
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

describe('consent links', () => {
  it('ask for the delegated permissions of the configured cloud, at its authority, back to the bot', () => {
    const links = consentLinks(APP, CLOUDS.AzureChinaCloud, TENANT);
    const forMe = new URL(links.forMe);
    expect(`${forMe.origin}${forMe.pathname}`).toBe(
      `https://login.chinacloudapi.cn/${TENANT}/oauth2/v2.0/authorize`,
    );
    expect(Object.fromEntries(forMe.searchParams)).toEqual({
      client_id: APP.appId,
      response_type: 'code',
      response_mode: 'query',
      redirect_uri: 'https://acr-doctor.example.com/auth/consent',
      scope:
        'https://management.chinacloudapi.cn/user_impersonation https://api.loganalytics.azure.cn/Data.Read',
      prompt: 'consent',
    });
    const admin = new URL(links.forOrganisation);
    expect(`${admin.origin}${admin.pathname}`).toBe(
      `https://login.chinacloudapi.cn/${TENANT}/v2.0/adminconsent`,
    );
    expect(admin.searchParams.get('scope')).toBe(
      'https://management.chinacloudapi.cn/user_impersonation https://api.loganalytics.azure.cn/Data.Read https://microsoftgraph.chinacloudapi.cn/Application.Read.All',
    );
  });
});

describe('the consent page Entra ID returns to', () => {
  it('says what to do next, in both languages', () => {
    const page = consentPage(new URLSearchParams('code=abc&session_state=x'));
    expect(page.text).toContain('ACR Doctor: access granted.');
    expect(page.text).toContain('доступ предоставлен');
    expect(page.text).not.toContain('abc');
  });

  it('names Entra error codes, and echoes nothing else from the link', () => {
    expect(consentPage(new URLSearchParams('error=access_denied')).text).toContain(
      'not granted (access_denied)',
    );
    const hostile = consentPage(new URLSearchParams('error=<script>alert(1)</script>')).text;
    expect(hostile).toContain('access was not granted.');
    expect(hostile).not.toContain('script');
  });
});
