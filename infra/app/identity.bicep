// User-assigned managed identity used by the function app for every Azure call:
// host storage, data storage, package deployment and Application Insights ingestion.
// A UAMI (rather than system-assigned) lets role assignments be created before the app exists.

@description('Name of the user-assigned managed identity.')
param name string

@description('Azure region.')
param location string

@description('Tags applied to the identity.')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output name string = identity.name
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
