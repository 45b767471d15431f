// Lets an Entra group of Disnaker staff upload to the `uploads` container with their own sign-in (no
// account key, no SAS). Village officials do not need this: they upload through the app's upload links, and
// the app's identity writes the blob for them.
//
// A custom role with two data actions (write and add) and no control-plane action at all, instead of Storage
// Blob Data Contributor with an ABAC condition: the condition can only take data actions away, so the built-in
// role still let the group delete the `uploads` container itself (containers/delete is a control-plane action).
// Without read there is no listing: staff upload with `az storage blob upload --auth-mode login --overwrite`;
// Azure Storage Explorer cannot browse the container with this role.

@description('Name of the data storage account.')
param storageAccountName string

@description('Object id of the Entra group of Disnaker staff.')
param groupObjectId string

resource account 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName

  resource blobService 'blobServices' existing = {
    name: 'default'

    resource uploads 'containers' existing = {
      name: 'uploads'
    }
  }
}

resource uploadOnly 'Microsoft.Authorization/roleDefinitions@2022-04-01' = {
  name: guid(resourceGroup().id, 'pekerja-rentan-upload-only')
  properties: {
    roleName: 'Pekerja rentan upload only (${resourceGroup().name})'
    description: 'Create and overwrite blobs; no list, read, delete or control-plane action.'
    type: 'CustomRole'
    permissions: [
      {
        actions: []
        notActions: []
        dataActions: [
          'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write'
          'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/add/action'
        ]
        notDataActions: []
      }
    ]
    assignableScopes: [
      resourceGroup().id
    ]
  }
}

resource uploaderRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account::blobService::uploads.id, groupObjectId, 'pekerja-rentan-upload-only')
  scope: account::blobService::uploads
  properties: {
    principalId: groupObjectId
    principalType: 'Group'
    roleDefinitionId: uploadOnly.id
    description: 'Disnaker staff: upload-only access to the uploads container.'
  }
}
