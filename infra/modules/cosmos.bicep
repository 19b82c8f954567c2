// Serverless Cosmos DB with keys disabled: the database, every container the app uses, and data-plane
// access (built-in Data Contributor) for the app's identity and the deploying developer.
param location string
param tags object
param name string
param appPrincipalId string
param principalId string
param vnetEnabled bool

var appResources = loadJsonContent('../app-resources.json')
var dataContributorRoleId = '00000000-0000-0000-0000-000000000002'
var dataPrincipals = empty(principalId) ? [appPrincipalId] : [appPrincipalId, principalId]

resource account 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' = {
  name: name
  location: location
  tags: tags
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    disableLocalAuth: true
    capabilities: [ { name: 'EnableServerless' } ]
    consistencyPolicy: { defaultConsistencyLevel: 'Session' }
    locations: [ { locationName: location, failoverPriority: 0, isZoneRedundant: false } ]
    publicNetworkAccess: vnetEnabled ? 'Disabled' : 'Enabled'
    minimalTlsVersion: 'Tls12'
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-11-15' = {
  parent: account
  name: appResources.cosmos.databaseName
  properties: {
    resource: { id: appResources.cosmos.databaseName }
  }
}

// The app's containers, and the lease container of its change-feed trigger. None sets defaultTtl: documents never
// expire. The audit container must keep its records at least six months (网络安全法 第二十一条); it keeps them for good,
// and InfraParityTests fails the build if a time to live is ever added.
resource containers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = [for container in appResources.cosmos.containers: {
  parent: database
  name: container.name
  properties: {
    resource: {
      id: container.name
      partitionKey: { paths: [ container.partitionKeyPath ], kind: 'Hash', version: 2 }
    }
  }
}]

resource dataContributors 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-11-15' = [for principal in dataPrincipals: {
  parent: account
  name: guid(account.id, principal, dataContributorRoleId)
  properties: {
    roleDefinitionId: '${account.id}/sqlRoleDefinitions/${dataContributorRoleId}'
    principalId: principal
    scope: account.id
  }
}]

output id string = account.id
output name string = account.name
output endpoint string = account.properties.documentEndpoint
output databaseName string = database.name
