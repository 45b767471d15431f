// Grants one principal a set of built-in data-plane roles on one storage account.
// Role assignment names are deterministic (guid of scope, principal, role) so re-deploys are idempotent.

@description('Name of an existing storage account in this resource group.')
param storageAccountName string

@description('Object (principal) id receiving the roles.')
param principalId string

@description('Kind of principal; ServicePrincipal for managed identities avoids replication-delay failures.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param principalType string

@description('Stable value known before deployment (e.g. the identity\'s name) that makes assignment names deterministic.')
param principalKey string = principalId

@description('Built-in role definition GUIDs to assign.')
param roleDefinitionIds string[]

resource account 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource assignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in roleDefinitionIds: {
    name: guid(account.id, principalKey, roleId)
    scope: account
    properties: {
      principalId: principalId
      principalType: principalType
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
    }
  }
]
