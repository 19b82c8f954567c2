// Service Bus for case milestones: topic with duplicate detection, one subscription per province with a
// SQL filter on the provinceCode application property. Sessions keep each case's milestones in order.
param location string
param tags object
param name string
@minLength(1)
param provinceCodes array
param vnetEnabled bool

var appResources = loadJsonContent('../app-resources.json')

resource namespace 'Microsoft.ServiceBus/namespaces@2024-01-01' = {
  name: name
  location: location
  tags: tags
  // Private endpoints need Premium; Standard is enough without a virtual network.
  sku: { name: vnetEnabled ? 'Premium' : 'Standard', tier: vnetEnabled ? 'Premium' : 'Standard', capacity: 1 }
  properties: {
    disableLocalAuth: true
    minimumTlsVersion: '1.2'
    publicNetworkAccess: vnetEnabled ? 'Disabled' : 'Enabled'
  }
}

resource topic 'Microsoft.ServiceBus/namespaces/topics@2024-01-01' = {
  parent: namespace
  name: appResources.serviceBus.topicName
  properties: {
    requiresDuplicateDetection: true
    duplicateDetectionHistoryTimeWindow: 'P7D'
    defaultMessageTimeToLive: 'P14D'
    supportOrdering: true
  }
}

resource subscriptions 'Microsoft.ServiceBus/namespaces/topics/subscriptions@2024-01-01' = [for code in provinceCodes: {
  parent: topic
  name: '${appResources.serviceBus.subscriptionPrefix}${code}'
  properties: {
    requiresSession: true
    deadLetteringOnFilterEvaluationExceptions: true
    deadLetteringOnMessageExpiration: true
    maxDeliveryCount: 10
    lockDuration: 'PT1M'
  }
}]

// Every subscription starts with a $Default rule that takes everything (TrueFilter): the province filter replaces it,
// or every province would receive every province's milestones.
resource filters 'Microsoft.ServiceBus/namespaces/topics/subscriptions/rules@2024-01-01' = [for (code, i) in provinceCodes: {
  parent: subscriptions[i]
  name: '$Default'
  properties: {
    filterType: 'SqlFilter'
    sqlFilter: { sqlExpression: 'provinceCode = \'${code}\'' }
  }
}]

// Milestones of a province without a subscription of its own land here instead of vanishing: the topic drops
// a message no subscription takes. Ops see them, and add the province (README, "Add a province").
resource unrouted 'Microsoft.ServiceBus/namespaces/topics/subscriptions@2024-01-01' = {
  parent: topic
  name: '${appResources.serviceBus.subscriptionPrefix}unrouted'
  properties: {
    requiresSession: true
    deadLetteringOnFilterEvaluationExceptions: true
    deadLetteringOnMessageExpiration: true
    maxDeliveryCount: 10
    lockDuration: 'PT1M'
  }
}

resource unroutedFilter 'Microsoft.ServiceBus/namespaces/topics/subscriptions/rules@2024-01-01' = {
  parent: unrouted
  name: '$Default'
  properties: {
    filterType: 'SqlFilter'
    sqlFilter: { sqlExpression: 'provinceCode NOT IN (${join(map(provinceCodes, code => '\'${code}\''), ', ')})' }
  }
}

output id string = namespace.id
output name string = namespace.name
output topicId string = topic.id
output topicName string = topic.name
output fullyQualifiedNamespace string = replace(replace(namespace.properties.serviceBusEndpoint, 'https://', ''), ':443/', '')
