// Service Bus data roles for the app, scoped to the milestones topic only: Data Sender to publish milestones,
// Data Receiver to read and requeue the subscriptions' dead letters (the poison-message operations).
param serviceBusName string
param topicName string
param principalId string

var serviceBusDataSender = '69a216fc-b8fb-44d8-bc22-1f3c2cd27a39'
var serviceBusDataReceiver = '4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0'

resource namespace 'Microsoft.ServiceBus/namespaces@2024-01-01' existing = {
  name: serviceBusName
}

resource topic 'Microsoft.ServiceBus/namespaces/topics@2024-01-01' existing = {
  parent: namespace
  name: topicName
}

resource roles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for role in [serviceBusDataSender, serviceBusDataReceiver]: {
  scope: topic
  name: guid(topic.id, principalId, role)
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
  }
}]
