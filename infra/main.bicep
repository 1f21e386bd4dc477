// ACR Doctor in Azure: an App Service (two instances, Node.js 24) running the bot from its deployed package,
// the Azure Bot that connects it to Teams, a storage account that holds the bot's state for every instance,
// Application Insights, and a Key Vault for the secrets. Deploy into a resource group after creating the
// Entra app registration (infra/README.md, steps 1-4):
//   az deployment group create -g <resource-group> -f infra/main.bicep \
//     -p name=<name> botAppId=<app id> botAppSecret=<client secret>
// The bot's own Entra app is also the Teams single sign-on app (BOT_* settings); the bot exchanges the
// user's sign-on token on their behalf (OBO) for Azure Resource Manager, Log Analytics and Graph tokens.

@description('Prefix for the resource names; the web app becomes <name>.azurewebsites.net unless taken.')
@minLength(3)
@maxLength(30)
param name string = 'acr-doctor-${uniqueString(resourceGroup().id)}'

param location string = resourceGroup().location

@description('Application (client) id of the Entra app registration (bot identity and sign-on app).')
param botAppId string

@description('A client secret of that app registration. It is stored in the Key Vault; the web app reads it from there.')
@secure()
param botAppSecret string

@description('Tenant (GUID) the app registration lives in; only this tenant\'s users can run live checks.')
param botTenantId string = tenant().tenantId

@description('AzurePublicCloud, AzureChinaCloud or AzureUSGovernment: which cloud the live checks look at.')
@allowed(['AzurePublicCloud', 'AzureChinaCloud', 'AzureUSGovernment'])
param azureCloud string = 'AzurePublicCloud'

@description('App Service plan size; B1 is enough per instance (one Node.js process, ~150 MB of memory).')
param planSku string = 'B1'

@description('Instances of the web app. Two by default: any instance answers any card (state is in Blob Storage).')
@minValue(1)
@maxValue(10)
param instanceCount int = 2

@description('F0 (free, standard channels such as Teams) or S1.')
@allowed(['F0', 'S1'])
param botSku string = 'F0'

@description('Whether the feedback form offers to share the paste ("ask", unticked) or never keeps pastes ("never").')
@allowed(['ask', 'never'])
param feedbackPastes string = 'ask'

@description('Days a shared paste and a feedback note are kept before they are deleted.')
@minValue(1)
@maxValue(365)
param feedbackKeepDays int = 90

@description('debug, info, warn or error.')
@allowed(['debug', 'info', 'warn', 'error'])
param logLevel string = 'info'

// The name Teams echoes with a sign-on token; the bot reads the same constant (src/bot/invoke-bodies.ts).
var ssoConnectionName = 'acr-doctor-sso'

// The blob container the bot keeps its state in (src/state), and how long each kind of state lives there:
// deliveries are remembered for a day, cards for two (their buttons work for one), votes for a year, and
// what a person wrote or shared with a vote for feedbackKeepDays.
var stateContainerName = 'acr-doctor-state'

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${name}-logs'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${name}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource state 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take('st${uniqueString(resourceGroup().id, name)}', 24)
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
  }
}

resource blobs 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: state
  name: 'default'
}

resource stateContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobs
  name: stateContainerName
  properties: { publicAccess: 'None' }
}

// A rule names each kind of record twice: records written through botbuilder's BlobsStorage have their key
// URI-encoded into the blob name (`cards%2F<id>`), the others keep the key as the name (`deliveries/<id>`).
resource stateLifetime 'Microsoft.Storage/storageAccounts/managementPolicies@2023-05-01' = {
  parent: state
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'deliveries'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: { blobTypes: ['blockBlob'], prefixMatch: ['${stateContainerName}/deliveries/', '${stateContainerName}/deliveries%2F'] }
            actions: { baseBlob: { delete: { daysAfterModificationGreaterThan: 1 } } }
          }
        }
        {
          name: 'cards'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: { blobTypes: ['blockBlob'], prefixMatch: ['${stateContainerName}/cards/', '${stateContainerName}/cards%2F'] }
            actions: { baseBlob: { delete: { daysAfterModificationGreaterThan: 2 } } }
          }
        }
        {
          // Votes and the pastes behind cards live as long as the cards' buttons work (a day).
          name: 'votes-and-pastes'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: ['blockBlob']
              prefixMatch: [
                '${stateContainerName}/votes/'
                '${stateContainerName}/votes%2F'
                '${stateContainerName}/pastes/'
                '${stateContainerName}/pastes%2F'
              ]
            }
            actions: { baseBlob: { delete: { daysAfterModificationGreaterThan: 2 } } }
          }
        }
        {
          // Live-check reports live as long as the cards that show them (a day).
          name: 'reports'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: { blobTypes: ['blockBlob'], prefixMatch: ['${stateContainerName}/reports/', '${stateContainerName}/reports%2F'] }
            actions: { baseBlob: { delete: { daysAfterModificationGreaterThan: 2 } } }
          }
        }
        {
          // Answered threads (3 days, LISTEN_THREAD_TTL_MS) and rate-limit counters (minutes to hours).
          name: 'expiring'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: { blobTypes: ['blockBlob'], prefixMatch: ['${stateContainerName}/expiring/', '${stateContainerName}/expiring%2F'] }
            actions: { baseBlob: { delete: { daysAfterModificationGreaterThan: 4 } } }
          }
        }
        {
          name: 'feedback'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: { blobTypes: ['blockBlob'], prefixMatch: ['${stateContainerName}/feedback/', '${stateContainerName}/feedback%2F'] }
            actions: { baseBlob: { delete: { daysAfterModificationGreaterThan: 365 } } }
          }
        }
        {
          // A shared paste and a feedback note: the bot stops reading them at FEEDBACK_KEEP_DAYS, and this
          // rule deletes them within a day after (lifecycle rules run once a day).
          name: 'feedback-text'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: { blobTypes: ['blockBlob'], prefixMatch: ['${stateContainerName}/feedback-text/', '${stateContainerName}/feedback-text%2F'] }
            actions: { baseBlob: { delete: { daysAfterModificationGreaterThan: feedbackKeepDays } } }
          }
        }
      ]
    }
  }
}

// Secrets live in Key Vault; the web app's managed identity reads them through Key Vault references.
resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: take('kv-${uniqueString(resourceGroup().id, name)}', 24)
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
  }
}

resource botPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'bot-password'
  properties: { value: botAppSecret }
}

resource stateConnectionSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'state-storage-connection-string'
  properties: {
    value: 'DefaultEndpointsProtocol=https;AccountName=${state.name};AccountKey=${state.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-plan'
  location: location
  kind: 'linux'
  sku: { name: planSku, capacity: instanceCount }
  properties: { reserved: true } // Linux
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: name
  location: location
  kind: 'app,linux'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|24-lts'
      // Node itself, not `npm start`: npm does not pass SIGTERM on, and the bot drains its turns on SIGTERM.
      // App Service passes PORT.
      appCommandLine: 'node --disable-warning=DEP0111 --max-old-space-size=512 --max-semi-space-size=16 dist/src/server.js'
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

// Key Vault Secrets User, for the web app's identity on this vault only.
resource secretsReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, site.id, '4633458b-17de-408a-b874-0445c86b69e6')
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      '4633458b-17de-408a-b874-0445c86b69e6'
    )
    principalId: site.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource appSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: site
  name: 'appsettings'
  dependsOn: [secretsReader]
  properties: {
    BOT_ID: botAppId
    BOT_PASSWORD: '@Microsoft.KeyVault(SecretUri=${botPasswordSecret.properties.secretUri})'
    BOT_TENANT_ID: botTenantId
    BOT_TYPE: 'SingleTenant'
    BOT_DOMAIN: botDomain
    AZURE_CLOUD: azureCloud
    STATE_STORAGE_CONNECTION_STRING: '@Microsoft.KeyVault(SecretUri=${stateConnectionSecret.properties.secretUri})'
    STATE_STORAGE_CONTAINER: stateContainer.name
    APPLICATIONINSIGHTS_CONNECTION_STRING: insights.properties.ConnectionString
    LOG_LEVEL: logLevel
    FEEDBACK_PASTES: feedbackPastes
    FEEDBACK_KEEP_DAYS: string(feedbackKeepDays)
    // The build is deployed ready to run (infra/README.md, step 6) and mounted read-only from its package.
    WEBSITE_RUN_FROM_PACKAGE: '1'
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
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
output keyVaultName string = vault.name
output applicationInsightsName string = insights.name
