// Lets an Entra group of village officials upload to the `uploads` container with their own
// sign-in (no account key, no SAS). The ABAC condition makes the grant write-only: officials can
// create and overwrite blobs but cannot list, read or delete other villages' files (personal data).

@description('Name of the data storage account.')
param storageAccountName string

@description('Object id of the Entra group of village officials.')
param groupObjectId string

var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

var writeOnlyCondition = '((!(ActionMatches{\'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read\'}) AND !(ActionMatches{\'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/delete\'})))'

resource account 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName

  resource blobService 'blobServices' existing = {
    name: 'default'

    resource uploads 'containers' existing = {
      name: 'uploads'
    }
  }
}

resource uploaderRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account::blobService::uploads.id, groupObjectId, storageBlobDataContributor)
  scope: account::blobService::uploads
  properties: {
    principalId: groupObjectId
    principalType: 'Group'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
    description: 'Village officials: write-only upload access to the uploads container.'
    condition: writeOnlyCondition
    conditionVersion: '2.0'
  }
}
