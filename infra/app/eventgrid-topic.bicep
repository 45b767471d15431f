// Event Grid system topic on the data account. The subscriptions that push BlobCreated events to
// the blob triggers are created by infra/scripts/create-eventgrid-subscriptions.sh after deploy,
// because they need the function app's blobs_extension key, which exists only once code runs.

@description('Name of the system topic.')
param name string

@description('Azure region (must be the storage account\'s region).')
param location string

@description('Tags applied to the topic.')
param tags object

@description('Name of the data storage account whose blob events are published.')
param storageAccountName string

resource account 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    source: account.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

output name string = systemTopic.name
