// ACR Doctor in Azure: an App Service that runs `npm start`, and the Azure Bot that connects it to Teams.
// Deploy into a resource group after creating the Entra app registration (infra/README.md, steps 1-4):
//   az deployment group create -g <resource-group> -f infra/main.bicep \
//     -p botAppId=<app id> botAppSecret=<client secret>
// The bot's own Entra app is also the Teams single sign-on app (BOT_* settings); the bot exchanges the
// user's sign-on token on their behalf (OBO) for Azure Resource Manager, Log Analytics and Graph tokens.

@description('Prefix for the resource names; the web app becomes <name>.azurewebsites.net unless taken.')
@minLength(3)
@maxLength(30)
param name string = 'acr-doctor-${uniqueString(resourceGroup().id)}'

param location string = resourceGroup().location

@description('Application (client) id of the Entra app registration (bot identity and sign-on app).')
param botAppId string

@description('A client secret of that app registration. Consider a Key Vault reference instead (see README).')
@secure()
param botAppSecret string

@description('Tenant the app registration lives in; only this tenant\'s users can run live checks.')
param botTenantId string = tenant().tenantId

@description('AzurePublicCloud, AzureChinaCloud or AzureUSGovernment: which cloud the live checks look at.')
@allowed(['AzurePublicCloud', 'AzureChinaCloud', 'AzureUSGovernment'])
param azureCloud string = 'AzurePublicCloud'

@description('App Service plan size; B1 is enough (one Node.js process, ~100 MB of memory).')
param planSku string = 'B1'

@description('F0 (free, standard channels such as Teams) or S1.')
@allowed(['F0', 'S1'])
param botSku string = 'F0'

// The name Teams echoes with a sign-on token; the bot reads the same constant (src/bot/invoke-bodies.ts).
var ssoConnectionName = 'acr-doctor-sso'

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-plan'
  location: location
  kind: 'linux'
  sku: { name: planSku }
  properties: { reserved: true } // Linux
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: name
  location: location
  kind: 'app,linux'
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|24-lts'
      // package.json "start": node dist/src/server.js; App Service passes PORT.
      appCommandLine: 'npm start'
      alwaysOn: true // a sleeping bot misses Teams' few-second deadline for card actions
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
      healthCheckPath: '/healthz'
    }
  }
}

// The domain is the web app's host: the Teams manifest, the SSO Application ID URI and the consent page
// all use it, so the settings are written once the site exists.
var botDomain = site.properties.defaultHostName

resource appSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    BOT_ID: botAppId
    BOT_PASSWORD: botAppSecret
    BOT_TENANT_ID: botTenantId
    BOT_TYPE: 'SingleTenant'
    BOT_DOMAIN: botDomain
    AZURE_CLOUD: azureCloud
    // The build is deployed ready to run (infra/README.md, step 6); App Service must not rebuild it.
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
    FEEDBACK_FILE: '/home/LogFiles/acr-doctor-feedback.jsonl'
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  kind: 'azurebot'
  sku: { name: botSku }
  properties: {
    displayName: 'ACR Doctor'
    endpoint: 'https://${botDomain}/api/messages'
    msaAppId: botAppId
    msaAppType: 'SingleTenant'
    msaAppTenantId: botTenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

// The OAuth connection Teams single sign-on is set up with (Azure Active Directory v2, token exchange URL =
// the Application ID URI). The bot exchanges tokens itself and never calls the Bot Framework token service;
// the connection completes the standard Teams SSO registration and names what sign-in cards carry.
resource sso 'Microsoft.BotService/botServices/connections@2022-09-15' = {
  parent: bot
  name: ssoConnectionName
  location: 'global'
  properties: {
    serviceProviderId: '30dd229c-58e3-4a48-bdfd-91ec48eb906c' // Azure Active Directory v2
    serviceProviderDisplayName: 'Azure Active Directory v2'
    clientId: botAppId
    clientSecret: botAppSecret
    scopes: 'api://${botDomain}/botid-${botAppId}/access_as_user'
    parameters: [
      { key: 'tenantID', value: botTenantId }
      { key: 'tokenExchangeUrl', value: 'api://${botDomain}/botid-${botAppId}' }
    ]
  }
}

output botDomain string = botDomain
output messagingEndpoint string = 'https://${botDomain}/api/messages'
output applicationIdUri string = 'api://${botDomain}/botid-${botAppId}'
output consentRedirectUri string = 'https://${botDomain}/auth/consent'
