// Key Vault for the certificate sealing keys (the issuing root and one SM2 key per issuing department, as secrets:
// Key Vault has no SM2 key type). RBAC only, no access policies; the app's identity may read and add secret
// versions (Secrets Officer: the first certificate of a department creates its key), never purge them.
param location string
param tags object
param name string
param appPrincipalId string
param vnetEnabled bool

var secretsOfficer = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // A sealing key once used must stay recoverable: certificates it sealed are verified against it for years.
    enablePurgeProtection: true
    publicNetworkAccess: vnetEnabled ? 'Disabled' : 'Enabled'
    networkAcls: { defaultAction: vnetEnabled ? 'Deny' : 'Allow', bypass: 'AzureServices' }
  }
}

resource appSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, appPrincipalId, secretsOfficer)
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsOfficer)
  }
}

output id string = vault.id
output name string = vault.name
output uri string = vault.properties.vaultUri
