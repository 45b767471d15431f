// Flex Consumption plan + Linux function app running the .NET 10 isolated worker.
// Every connection is identity-based through one user-assigned identity: no keys in settings.

@description('Name of the Flex Consumption plan.')
param planName string

@description('Name of the function app (also its *.azurewebsites.net host name).')
param name string

@description('Azure region.')
param location string

@description('Tags applied to the plan; the app also gets azd-service-name.')
param tags object

@description('azd service name in azure.yaml that deploys to this app.')
param serviceName string = 'functions'

@description('Resource id of the user-assigned managed identity.')
param identityId string

@description('Client id of the user-assigned managed identity.')
param identityClientId string

@description('Name of the host (deployment) storage account: AzureWebJobsStorage.')
param hostStorageAccountName string

@description('Blob container URL receiving the deployment package.')
param deploymentContainerUrl string

@description('Data account service endpoints for the PipelineStorage connection.')
param dataBlobEndpoint string
param dataQueueEndpoint string
param dataTableEndpoint string

@description('Application Insights connection string (not a secret: it only identifies the ingestion target).')
param applicationInsightsConnectionString string

@description('Upper bound on instances the plan scales out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int

@description('Memory per instance.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@description('Pipeline settings read by the code (Validation__*, Matching__*, Ingest__*), as name/value pairs.')
param pipelineSettings object

var identityBasedSettings = {
  AzureWebJobsStorage__accountName: hostStorageAccountName
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  PipelineStorage__blobServiceUri: dataBlobEndpoint
  PipelineStorage__queueServiceUri: dataQueueEndpoint
  PipelineStorage__tableServiceUri: dataTableEndpoint
  PipelineStorage__credential: 'managedidentity'
  PipelineStorage__clientId: identityClientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD;ClientId=${identityClientId}'
}

var appSettings = union(identityBasedSettings, pipelineSettings)

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2024-11-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      // No ftpsState: Flex Consumption rejects it (FTPS is not supported there); publishing credentials are
      // off through the two basicPublishingCredentialsPolicies below, as in Microsoft's Flex samples.
      minTlsVersion: '1.2'
      http20Enabled: true
      appSettings: [for setting in items(appSettings): { name: setting.key, value: setting.value }]
    }
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
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }

  resource ftpCredentials 'basicPublishingCredentialsPolicies' = {
    name: 'ftp'
    properties: {
      allow: false
    }
  }

  resource scmCredentials 'basicPublishingCredentialsPolicies' = {
    name: 'scm'
    properties: {
      allow: false
    }
  }
}

output name string = functionApp.name
output hostName string = functionApp.properties.defaultHostName
output planName string = plan.name
