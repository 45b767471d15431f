// Entry point for `azd provision`: creates rg-<environmentName> and everything the pekerja rentan
// pipeline runs on. Subscription scope so azd can own the resource group's lifecycle (azd down).
targetScope = 'subscription'

@description('azd environment name; used for the resource group name and the azd-env-name tag.')
@minLength(1)
@maxLength(64)
param environmentName string

@description('Region for every resource. It must offer Flex Consumption: check with `az functionapp list-flexconsumption-locations`. Data residency: prefer indonesiacentral where available, else southeastasia.')
@minLength(1)
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Object id of the person running azd (AZURE_PRINCIPAL_ID); gets blob, queue and table data roles on the data account to inspect results and the poison queue. Empty = none.')
param principalId string = ''

@description('Kind of principalId.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param principalType string = 'User'

@description('Object id of an Entra group of Disnaker staff who may upload (write-only, no list, read or delete) to the uploads container. Village officials use the app\'s upload links instead and need no data role. Empty = none.')
param uploaderGroupObjectId string = ''

@description('Replication of the data account.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
])
param dataStorageSkuName string = 'Standard_LRS'

@description('Flex Consumption: most instances the app may scale out to (cost ceiling).')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Flex Consumption: memory per instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('When true, Application Insights only accepts telemetry authenticated with the managed identity.')
param appInsightsDisableLocalAuth bool = false

@description('Validation__MinAge: youngest age (years) accepted for a worker.')
@minValue(0)
param validationMinAge int = 15

@description('Validation__MaxAgeExclusive: workers must be younger than this (years).')
@minValue(1)
param validationMaxAgeExclusive int = 65

@description('Contribution__Rates__0__From: yyyy-MM-dd from which the JKK and JKM rates below apply.')
param contributionRateFrom string = '2015-07-01'

@description('Contribution__Rates__0__Jkk: monthly JKK (work accident) contribution per worker in rupiah.')
@minValue(0)
param contributionJkk int = 10000

@description('Contribution__Rates__0__Jkm: monthly JKM (death) contribution per worker in rupiah.')
@minValue(0)
param contributionJkm int = 6800

@description('Contribution__Months: months the budget figure covers.')
@minValue(1)
param contributionMonths int = 12

@description('Billing__PeriodMonths: months one BPJS bill covers when the bill does not say: 1 (monthly) or 3 (triwulan).')
@allowed([1, 2, 3, 4, 6, 12])
param billingPeriodMonths int = 1

@description('Validation__ReferenceDate: yyyy-MM-dd date ages are computed at; empty = today.')
param validationReferenceDate string = ''

@description('Matching__MatchThreshold: log2 Bayes-factor total at or above which two records are the same person.')
param matchingMatchThreshold string = '23'

@description('Matching__ReviewThreshold: log2 Bayes-factor total at or above which a pair goes to manual review.')
param matchingReviewThreshold string = '8'

@description('Auth__TenantId: the Entra ID tenant whose tokens the API accepts; empty = the deployment tenant.')
param authTenantId string = ''

@description('Auth__ClientId: application (client) id of the API app registration (infra/scripts/app-registration.sh sets AUTH_CLIENT_ID).')
param authClientId string = ''

@description('Auth__Audience: the Application ID URI accepted as token audience; empty = api://<client id>.')
param authAudience string = ''

@description('Export__TemplatePath: a BPJS export template file deployed with the app; empty = the built-in default columns.')
param exportTemplatePath string = ''
@description('Ingest__Scope: the matching scope (regency): uploads under one scope are matched against each other, under one lease and one person index.')
param ingestScope string = 'labuhanbatu-utara'

@description('Ingest__SnapshotEvery: ingests after which the person index journal is compacted into a new snapshot.')
@minValue(1)
param ingestSnapshotEvery int = 64

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
}

var names = {
  identity: 'id-${resourceToken}'
  logAnalytics: 'log-${resourceToken}'
  applicationInsights: 'appi-${resourceToken}'
  dataStorage: 'stdata${resourceToken}'
  deploymentStorage: 'stdep${resourceToken}'
  plan: 'plan-${resourceToken}'
  functionApp: 'func-${resourceToken}'
  eventGridTopic: 'evgt-${resourceToken}'
}

var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
}

resource resourceGroup 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'app/identity.bicep' = {
  name: 'identity'
  scope: resourceGroup
  params: {
    name: names.identity
    location: location
    tags: tags
  }
}

module monitoring 'app/monitoring.bicep' = {
  name: 'monitoring'
  scope: resourceGroup
  params: {
    logAnalyticsName: names.logAnalytics
    applicationInsightsName: names.applicationInsights
    location: location
    tags: tags
    disableLocalAuth: appInsightsDisableLocalAuth
  }
}

module dataStorage 'app/data-storage.bicep' = {
  name: 'data-storage'
  scope: resourceGroup
  params: {
    name: names.dataStorage
    location: location
    tags: tags
    skuName: dataStorageSkuName
  }
}

module deploymentStorage 'app/deployment-storage.bicep' = {
  name: 'deployment-storage'
  scope: resourceGroup
  params: {
    name: names.deploymentStorage
    location: location
    tags: tags
  }
}

module appDataRoles 'app/storage-roles.bicep' = {
  name: 'roles-app-data'
  scope: resourceGroup
  dependsOn: [
    dataStorage
  ]
  params: {
    storageAccountName: names.dataStorage
    principalId: identity.outputs.principalId
    principalKey: names.identity
    principalType: 'ServicePrincipal'
    // The blob trigger's identity connection asks for Storage Blob Data Owner (and Queue Data Contributor for
    // its poison queue) on the account it watches; Table Data Contributor is the pipeline's own tables.
    roleDefinitionIds: [
      roles.storageBlobDataOwner
      roles.storageQueueDataContributor
      roles.storageTableDataContributor
    ]
  }
}

module appHostRoles 'app/storage-roles.bicep' = {
  name: 'roles-app-host'
  scope: resourceGroup
  dependsOn: [
    deploymentStorage
  ]
  params: {
    storageAccountName: names.deploymentStorage
    principalId: identity.outputs.principalId
    principalKey: names.identity
    principalType: 'ServicePrincipal'
    // AzureWebJobsStorage with an identity: blobs (keys, leases, the deployment package), queues (the blob
    // extension's own), and tables (the host's diagnostic events).
    roleDefinitionIds: [
      roles.storageBlobDataOwner
      roles.storageQueueDataContributor
      roles.storageTableDataContributor
    ]
  }
}

module appMonitoringRole 'app/monitoring-role.bicep' = {
  name: 'roles-app-monitoring'
  scope: resourceGroup
  dependsOn: [
    monitoring
  ]
  params: {
    applicationInsightsName: names.applicationInsights
    principalId: identity.outputs.principalId
    principalKey: names.identity
  }
}

module operatorDataRoles 'app/storage-roles.bicep' = if (!empty(principalId)) {
  name: 'roles-operator-data'
  scope: resourceGroup
  dependsOn: [
    dataStorage
  ]
  params: {
    storageAccountName: names.dataStorage
    principalId: principalId
    principalType: principalType
    roleDefinitionIds: [
      roles.storageBlobDataContributor
      roles.storageQueueDataContributor
      roles.storageTableDataContributor
    ]
  }
}

module uploaderAccess 'app/uploader-access.bicep' = if (!empty(uploaderGroupObjectId)) {
  name: 'roles-uploaders'
  scope: resourceGroup
  dependsOn: [
    dataStorage
  ]
  params: {
    storageAccountName: names.dataStorage
    groupObjectId: uploaderGroupObjectId
  }
}

module functionApp 'app/function-app.bicep' = {
  name: 'function-app'
  scope: resourceGroup
  dependsOn: [
    appHostRoles
    appDataRoles
    appMonitoringRole
  ]
  params: {
    planName: names.plan
    name: names.functionApp
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    hostStorageAccountName: deploymentStorage.outputs.name
    deploymentContainerUrl: deploymentStorage.outputs.packageContainerUrl
    dataBlobEndpoint: dataStorage.outputs.blobEndpoint
    dataQueueEndpoint: dataStorage.outputs.queueEndpoint
    dataTableEndpoint: dataStorage.outputs.tableEndpoint
    applicationInsightsConnectionString: monitoring.outputs.applicationInsightsConnectionString
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    pipelineSettings: {
      Validation__MinAge: string(validationMinAge)
      Validation__MaxAgeExclusive: string(validationMaxAgeExclusive)
      Contribution__Rates__0__From: contributionRateFrom
      Contribution__Rates__0__Jkk: string(contributionJkk)
      Contribution__Rates__0__Jkm: string(contributionJkm)
      Contribution__Months: string(contributionMonths)
      Billing__PeriodMonths: string(billingPeriodMonths)
      Validation__ReferenceDate: validationReferenceDate
      Matching__MatchThreshold: matchingMatchThreshold
      Matching__ReviewThreshold: matchingReviewThreshold
      Auth__TenantId: empty(authTenantId) ? tenant().tenantId : authTenantId
      Auth__ClientId: authClientId
      Auth__Audience: empty(authAudience) && !empty(authClientId) ? 'api://${authClientId}' : authAudience
      Auth__Scope: empty(authClientId)
        ? ''
        : '${empty(authAudience) ? 'api://${authClientId}' : authAudience}/access_as_user'
      Export__TemplatePath: exportTemplatePath
      Ingest__Scope: ingestScope
      Ingest__SnapshotEvery: string(ingestSnapshotEvery)
    }
  }
}

module eventGridTopic 'app/eventgrid-topic.bicep' = {
  name: 'eventgrid-topic'
  scope: resourceGroup
  dependsOn: [
    dataStorage
  ]
  params: {
    name: names.eventGridTopic
    location: location
    tags: tags
    storageAccountName: names.dataStorage
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = resourceGroup.name
output FUNCTION_APP_NAME string = functionApp.outputs.name
output FUNCTION_APP_HOSTNAME string = functionApp.outputs.hostName
output ADMIN_PAGE_URL string = 'https://${functionApp.outputs.hostName}/'
output DATA_STORAGE_ACCOUNT_NAME string = dataStorage.outputs.name
output DATA_STORAGE_BLOB_ENDPOINT string = dataStorage.outputs.blobEndpoint
output DEPLOYMENT_STORAGE_ACCOUNT_NAME string = deploymentStorage.outputs.name
output EVENTGRID_SYSTEM_TOPIC_NAME string = eventGridTopic.outputs.name
output APPLICATIONINSIGHTS_CONNECTION_STRING string = monitoring.outputs.applicationInsightsConnectionString
output AZURE_USER_ASSIGNED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
