// Monitoring Metrics Publisher on Application Insights, so the app can send telemetry with its
// managed identity (APPLICATIONINSIGHTS_AUTHENTICATION_STRING) when local auth is disabled.

@description('Name of the Application Insights component.')
param applicationInsightsName string

@description('Principal id of the managed identity.')
param principalId string

@description('Stable value known before deployment (the identity\'s name) that makes the assignment name deterministic.')
param principalKey string

var monitoringMetricsPublisher = '3913510d-42f4-4e42-8a64-420c390055eb'

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource publisherRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(applicationInsights.id, principalKey, monitoringMetricsPublisher)
  scope: applicationInsights
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', monitoringMetricsPublisher)
  }
}
