// The Functions app on the Flex Consumption plan (FC1), .NET isolated, running as the user-assigned
// identity: host storage, deployment package, Cosmos DB, Blob and Service Bus are all reached without keys.
param location string
param tags object
param planName string
param appName string
param identityId string
param identityClientId string
param storageAccountName string
param deploymentContainerUrl string
param applicationInsightsConnectionString string
param cosmosEndpoint string
param cosmosDatabaseName string
param blobEndpoint string
param queueEndpoint string
param serviceBusNamespace string
param serviceBusTopicName string
param certificateVaultUri string
param certificateVerificationPage string
param portalOrigins array
param authAuthority string
param authIssuer string
param authAudience string
param authClaims object
param instanceMemoryMB int
param maximumInstanceCount int
param subnetId string

var appResources = loadJsonContent('../app-resources.json')

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: { name: 'FC1', tier: 'FlexConsumption' }
  properties: { reserved: true }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    virtualNetworkSubnetId: empty(subnetId) ? null : subnetId
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: { name: 'dotnet-isolated', version: '10.0' }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      // Browser portals call the API from their origins with bearer tokens (no cookies, so no credentials mode).
      cors: { allowedOrigins: portalOrigins, supportCredentials: false }
      ftpsState: 'Disabled'
      appSettings: [
        // Functions host storage, by managed identity
        { name: 'AzureWebJobsStorage__accountName', value: storageAccountName }
        { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
        { name: 'AzureWebJobsStorage__clientId', value: identityClientId }
        // Telemetry, by managed identity (local auth is off)
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: applicationInsightsConnectionString }
        { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'ClientId=${identityClientId};Authorization=AAD' }
        // The app signs in with this user-assigned identity (ManagedIdentityCredential, see AzureCredential)
        { name: 'AZURE_CLIENT_ID', value: identityClientId }
        // The host's own cap on request bodies (default 100 MB) raised to the largest material slot, as the worker's is.
        { name: 'FUNCTIONS_REQUEST_BODY_SIZE_LIMIT', value: '209715200' }
        // The app's own settings: same names as functions/GovFunctions.Functions/local.settings.json
        { name: 'Cosmos__Endpoint', value: cosmosEndpoint }
        { name: 'Cosmos__DatabaseName', value: cosmosDatabaseName }
        { name: 'Storage__BlobServiceUri', value: blobEndpoint }
        { name: 'Storage__MaterialsContainer', value: appResources.storage.blobContainers[0] }
        // The outbox signal queue: the app sends to it, and the queue trigger's identity-based connection reads it.
        { name: 'OutboxQueue__QueueServiceUri', value: queueEndpoint }
        { name: 'OutboxQueue__credential', value: 'managedidentity' }
        { name: 'OutboxQueue__clientId', value: identityClientId }
        { name: 'ServiceBus__FullyQualifiedNamespace', value: serviceBusNamespace }
        { name: 'ServiceBus__TopicName', value: serviceBusTopicName }
        { name: 'ServiceBus__SubscriptionPrefix', value: appResources.serviceBus.subscriptionPrefix }
        // Certificate sealing keys (issuing root and one key per issuing department), by managed identity.
        { name: 'CertificateKeys__VaultUri', value: certificateVaultUri }
        { name: 'Certificates__VerificationPage', value: certificateVerificationPage }
        { name: 'Auth__Authority', value: authAuthority }
        { name: 'Auth__Issuer', value: authIssuer }
        { name: 'Auth__Audience', value: authAudience }
        // The provider's names for the claims the platform reads.
        { name: 'Auth__RoleClaim', value: authClaims.role }
        { name: 'Auth__DepartmentClaim', value: authClaims.department }
        { name: 'Auth__RegionClaim', value: authClaims.region }
        { name: 'Auth__CreditCodeClaim', value: authClaims.creditCode }
        // Yellow when this many working days are left (AlarmOptions' defaults); ops tune them here.
        { name: 'Alarms__AcceptanceWarningWorkingDays', value: '1' }
        { name: 'Alarms__ReviewWarningWorkingDays', value: '2' }
        { name: 'WorkCalendar__RefreshInterval', value: '00:05:00' }
        { name: 'Alarms__DeliveryWarningWorkingDays', value: '2' }
        { name: 'Alarms__CallBackWarningWorkingDays', value: '1' }
        { name: 'Alarms__RectificationWarningWorkingDays', value: '2' }
        { name: 'Alarms__ComplaintAcceptanceWarningWorkingDays', value: '1' }
        { name: 'Alarms__ComplaintHandlingWarningWorkingDays', value: '3' }
        { name: 'Alarms__DisclosureAnswerWarningWorkingDays', value: '3' }
        // 电子监察 cards raised by the alarms (README "Cards"): yellow at a warning and for a step past its limit, red when overdue.
        { name: 'Alarms__YellowCardOnWarning', value: 'true' }
        { name: 'Alarms__YellowCardOnStepOverdue', value: 'true' }
        { name: 'Alarms__RedCardOnOverdue', value: 'true' }
        // 好差评: how many days after its conclusion a case can be rated.
        { name: 'Ratings__WindowDays', value: '30' }
        { name: 'Ratings__CallBackWorkingDays', value: '5' }
        { name: 'Ratings__RectificationWorkingDays', value: '15' }
        { name: 'Complaints__AcceptanceWorkingDays', value: '5' }
        { name: 'Complaints__HandlingWorkingDays', value: '15' }
        // Anonymous status quotas per instance (see README "The contract"): wrong query codes per case and per address.
        { name: 'PublicQueries__LookupsPerAddressPerMinute', value: '300' }
        { name: 'PublicQueries__FailuresPerAddressPerMinute', value: '30' }
        { name: 'PublicQueries__FailuresPerCaseAndAddressPerHour', value: '5' }
        { name: 'PublicQueries__FailuresPerCasePerHour', value: '50' }
      ]
    }
  }
}

output name string = app.name
output defaultHostName string = app.properties.defaultHostName

// No basic (user name and password) publishing: azd deploys with Entra ID, and SCM/FTP credentials stay off.
resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: app
  name: 'scm'
  properties: { allow: false }
}

resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: app
  name: 'ftp'
  properties: { allow: false }
}
