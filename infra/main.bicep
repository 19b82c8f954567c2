// GovFunctions on Azure, deployed by `azd up`: a resource group with the Functions app (Flex Consumption),
// its identity, storage, Cosmos DB, Service Bus, Key Vault (certificate sealing keys) and monitoring. No keys or secrets anywhere: every
// connection is made with the app's user-assigned managed identity.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name; names and tags every resource.')
param environmentName string

@minLength(1)
@description('Azure region for every resource: one that offers the Flex Consumption plan.')
@allowed([
  'australiaeast'
  'australiasoutheast'
  'brazilsouth'
  'canadacentral'
  'centralindia'
  'centralus'
  'eastasia'
  'eastus'
  'eastus2'
  'eastus2euap'
  'francecentral'
  'germanywestcentral'
  'italynorth'
  'japaneast'
  'koreacentral'
  'northcentralus'
  'northeurope'
  'norwayeast'
  'southafricanorth'
  'southcentralus'
  'southeastasia'
  'southindia'
  'spaincentral'
  'swedencentral'
  'uaenorth'
  'uksouth'
  'ukwest'
  'westcentralus'
  'westeurope'
  'westus'
  'westus2'
  'westus3'
])
@metadata({ azd: { type: 'location' } })
param location string

@description('Object id of the deploying user or service principal, granted data access for development. Empty for none.')
param principalId string = ''

@allowed([ 'User', 'ServicePrincipal' ])
param principalType string = 'User'

@minLength(1)
@description('OpenID Connect authority of the identity provider that issues the platform\'s bearer tokens (required: without it every authenticated call would fail).')
param authAuthority string

@description('Issuer the tokens carry; defaults to the authority.')
param authIssuer string = ''

@description('Audience the tokens carry.')
param authAudience string = 'govfunctions-api'

@description('The claims of the identity provider\'s tokens that carry the platform roles, the staff department code, the region code and the credit code.')
param authClaims object = { role: 'roles', department: 'department_code', region: 'region_code', creditCode: 'credit_code' }

@minLength(1)
@description('The portal page receiving parties verify certificates on (https://portal.example.gov.cn/certificate-verification): each certificate\'s QR code opens it with the identifier and verification code.')
param certificateVerificationPage string

@description('Origins (https://portal.example.gov.cn) of browser portals allowed to call the API (CORS, bearer tokens, no credentials mode) and to upload materials straight to Blob storage; empty for none.')
param portalOrigins array = []

@minLength(1)
@description('Province codes (GB/T 2260, e.g. 330000) that get a Service Bus subscription for case milestones; at least one.')
param provinceCodes array = [ '330000', '350000' ]

@description('Put the app in a virtual network and reach storage, Cosmos DB and Service Bus over private endpoints only.')
param vnetEnabled bool = false

@allowed([ 512, 2048, 4096 ])
param instanceMemoryMB int = 2048

@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 100

var abbrs = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
var functionAppName = '${abbrs.webSitesFunctions}${resourceToken}'
var deploymentContainerName = 'app-package-${take(functionAppName, 32)}-${take(resourceToken, 7)}'

var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
}
// Data roles are assigned on the one resource they are for (least privilege), never on the resource group.
var appStorageRoles = [ roles.storageBlobDataOwner, roles.storageQueueDataContributor, roles.storageTableDataContributor ]
var developerStorageRoles = empty(principalId) ? [] : [ roles.storageBlobDataContributor, roles.storageQueueDataContributor, roles.storageTableDataContributor ]

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: '${abbrs.resourcesResourceGroups}${environmentName}'
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    location: location
    tags: tags
    logAnalyticsName: '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
    applicationInsightsName: '${abbrs.insightsComponents}${resourceToken}'
    metricsPublisherPrincipalId: identity.outputs.principalId
  }
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    location: location
    tags: tags
    name: '${abbrs.managedIdentityUserAssignedIdentities}${resourceToken}'
  }
}

module network 'modules/network.bicep' = if (vnetEnabled) {
  name: 'network'
  scope: rg
  params: {
    location: location
    tags: tags
    name: '${abbrs.networkVirtualNetworks}${resourceToken}'
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    location: location
    tags: tags
    name: '${abbrs.storageStorageAccounts}${resourceToken}'
    deploymentContainerName: deploymentContainerName
    vnetEnabled: vnetEnabled
    portalOrigins: portalOrigins
    dataRoles: concat(
      map(appStorageRoles, role => { principalId: identity.outputs.principalId, principalType: 'ServicePrincipal', roleDefinitionId: role }),
      map(developerStorageRoles, role => { principalId: principalId, principalType: principalType, roleDefinitionId: role }))
  }
}

module cosmos 'modules/cosmos.bicep' = {
  name: 'cosmos'
  scope: rg
  params: {
    location: location
    tags: tags
    name: '${abbrs.documentDBDatabaseAccounts}${resourceToken}'
    appPrincipalId: identity.outputs.principalId
    principalId: principalId
    vnetEnabled: vnetEnabled
  }
}

module serviceBus 'modules/service-bus.bicep' = {
  name: 'service-bus'
  scope: rg
  params: {
    location: location
    tags: tags
    name: '${abbrs.serviceBusNamespaces}${resourceToken}'
    provinceCodes: provinceCodes
    vnetEnabled: vnetEnabled
  }
}

module keyVault 'modules/key-vault.bicep' = {
  name: 'key-vault'
  scope: rg
  params: {
    location: location
    tags: tags
    name: '${abbrs.keyVaultVaults}${resourceToken}'
    appPrincipalId: identity.outputs.principalId
    vnetEnabled: vnetEnabled
  }
}

module functionApp 'modules/function-app.bicep' = {
  name: 'function-app'
  scope: rg
  params: {
    location: location
    tags: tags
    planName: '${abbrs.webServerFarms}${resourceToken}'
    appName: functionAppName
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    applicationInsightsConnectionString: monitoring.outputs.applicationInsightsConnectionString
    cosmosEndpoint: cosmos.outputs.endpoint
    cosmosDatabaseName: cosmos.outputs.databaseName
    blobEndpoint: storage.outputs.blobEndpoint
    queueEndpoint: storage.outputs.queueEndpoint
    serviceBusNamespace: serviceBus.outputs.fullyQualifiedNamespace
    serviceBusTopicName: serviceBus.outputs.topicName
    certificateVaultUri: keyVault.outputs.uri
    certificateVerificationPage: certificateVerificationPage
    portalOrigins: portalOrigins
    authAuthority: authAuthority
    authIssuer: empty(authIssuer) ? authAuthority : authIssuer
    authAudience: authAudience
    authClaims: authClaims
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    subnetId: vnetEnabled ? network!.outputs.appSubnetId : ''
  }
}

module topicRoles 'modules/topic-roles.bicep' = {
  name: 'topic-roles'
  scope: rg
  params: {
    serviceBusName: serviceBus.outputs.name
    topicName: serviceBus.outputs.topicName
    principalId: identity.outputs.principalId
  }
}

var privateEndpoints = [
  { name: 'blob', service: 'storage', groupId: 'blob', zone: 'privatelink.blob.${environment().suffixes.storage}' }
  { name: 'queue', service: 'storage', groupId: 'queue', zone: 'privatelink.queue.${environment().suffixes.storage}' }
  { name: 'table', service: 'storage', groupId: 'table', zone: 'privatelink.table.${environment().suffixes.storage}' }
  { name: 'cosmos', service: 'cosmos', groupId: 'Sql', zone: 'privatelink.documents.azure.com' }
  { name: 'servicebus', service: 'serviceBus', groupId: 'namespace', zone: 'privatelink.servicebus.windows.net' }
  { name: 'vault', service: 'keyVault', groupId: 'vault', zone: 'privatelink.vaultcore.azure.net' }
]

module endpoints 'modules/private-endpoint.bicep' = [for endpoint in privateEndpoints: if (vnetEnabled) {
  name: 'private-endpoint-${endpoint.name}'
  scope: rg
  params: {
    location: location
    tags: tags
    name: '${abbrs.networkPrivateEndpoints}${endpoint.name}-${resourceToken}'
    subnetId: network!.outputs.privateEndpointSubnetId
    vnetId: network!.outputs.id
    targetId: endpoint.service == 'storage' ? storage.outputs.id : endpoint.service == 'cosmos' ? cosmos.outputs.id : endpoint.service == 'keyVault' ? keyVault.outputs.id : serviceBus.outputs.id
    groupId: endpoint.groupId
    dnsZoneName: endpoint.zone
  }
}]

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_FUNCTION_APP_URL string = 'https://${functionApp.outputs.defaultHostName}/api'
output AZURE_COSMOS_ENDPOINT string = cosmos.outputs.endpoint
output AZURE_STORAGE_BLOB_ENDPOINT string = storage.outputs.blobEndpoint
output AZURE_SERVICE_BUS_NAMESPACE string = serviceBus.outputs.fullyQualifiedNamespace
output AZURE_SERVICE_BUS_TOPIC string = serviceBus.outputs.topicName
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
