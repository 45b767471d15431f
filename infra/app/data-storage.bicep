// The pipeline's data account: uploads from village officials, result workbooks, reports,
// reference files and the Table storage state. Only Entra ID access (shared keys disabled),
// with soft delete and versioning so an overwritten or deleted workbook can be recovered.

@description('Name of the data storage account (3-24 lowercase letters and digits).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags applied to the account.')
param tags object

@description('Replication: LRS (cheapest) or ZRS (survives a zone outage).')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
])
param skuName string = 'Standard_LRS'

@description('Days a deleted blob or container can be restored.')
@minValue(1)
@maxValue(365)
param softDeleteRetentionDays int = 14

@description('Days after which previous blob versions are deleted by the lifecycle policy.')
@minValue(1)
@maxValue(3650)
param previousVersionRetentionDays int = 30

var containerNames = [
  'uploads'
  'results'
  'reports'
  'reference'
]

var tableNames = [
  'Uploads'
  'Records'
  'RecordsByNik'
  'RecordsByName'
  'RecordsByPerson'
  'RecordsByKpj'
  'Reviews'
  'ReviewQueue'
  'Participants'
  'PipelineState'
  'Decisions'
  'Audit'
  'RoleAssignments'
  'Exports'
  'Summaries'
  'Cohort'
  'CohortCounts'
  'UploadLinks'
  'Reconciliations'
]

@description('Queue the blob trigger writes to after poisonBlobThreshold failed attempts.')
var poisonQueueName = 'webjobs-blobtrigger-poison'

resource account 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' = {
  parent: account
  name: 'default'
  properties: {
    isVersioningEnabled: true
    deleteRetentionPolicy: {
      enabled: true
      days: softDeleteRetentionDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: softDeleteRetentionDays
    }
  }
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = [
  for containerName in containerNames: {
    parent: blobService
    name: containerName
    properties: {
      publicAccess: 'None'
    }
  }
]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-01-01' = {
  parent: account
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-01-01' = [
  for tableName in tableNames: {
    parent: tableService
    name: tableName
  }
]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2025-01-01' = {
  parent: account
  name: 'default'
}

resource poisonQueue 'Microsoft.Storage/storageAccounts/queueServices/queues@2025-01-01' = {
  parent: queueService
  name: poisonQueueName
}

resource lifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2025-01-01' = {
  parent: account
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'expire-previous-versions'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'blockBlob'
              ]
            }
            actions: {
              version: {
                delete: {
                  daysAfterCreationGreaterThan: previousVersionRetentionDays
                }
              }
            }
          }
        }
      ]
    }
  }
}

output id string = account.id
output name string = account.name
output blobEndpoint string = account.properties.primaryEndpoints.blob
output queueEndpoint string = account.properties.primaryEndpoints.queue
output tableEndpoint string = account.properties.primaryEndpoints.table
output containerNames string[] = [for (containerName, i) in containerNames: containers[i].name]
output tableNames string[] = [for (tableName, i) in tableNames: tables[i].name]
output poisonQueueName string = poisonQueue.name
output lifecyclePolicyName string = lifecycle.name
