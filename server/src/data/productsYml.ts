// Products docs-builder knows, with their display names (`display:`), for `{{product.<id>}}` substitutions and the
// `products:` front-matter key.
//
// Source, and why it is not docs-builder's own file: docs-builder's list is elastic/docs-builder config/products.yml,
// but the search index only holds old versions of it (@39befc68de2c and @017525351f3b, both from before products
// had a `features:` map and before several products and display names changed). The newest copy available is the
// list the official Elastic Docs VS Code extension keeps in sync with products.yml by hand:
// elastic/elastic-docs-vscode src/products.ts @ da255b61400c0d400686a1ede97c692aa116dbd5. Its ids match the hyphenated
// ids docs-builder uses today and its display names match docs-builder's own docs at d819923
// (docs/documentation/catalog/products.md: `apm-agent-dotnet` → "APM .NET Agent").
// Every entry is treated as `public-reference` (products.yml marks the exceptions with
// `features: { public-reference: false }`; none of these ids is known to be one).
// To refresh: copy the `products:` keys and `display:` values of config/products.yml, skipping entries whose
// `features` map sets `public-reference: false`.

export interface ProductEntry {
  readonly id: string;
  readonly display: string;
}

const p = (id: string, display: string): ProductEntry => ({ id, display });

export const PUBLIC_REFERENCE_PRODUCTS: readonly ProductEntry[] = [
  p('apm', 'APM'),
  p('apm-agent', 'APM Agent'),
  p('apm-agent-dotnet', 'APM .NET Agent'),
  p('apm-agent-go', 'APM Go Agent'),
  p('apm-agent-java', 'APM Java Agent'),
  p('apm-agent-node', 'APM Node.js Agent'),
  p('apm-agent-php', 'APM PHP Agent'),
  p('apm-agent-python', 'APM Python Agent'),
  p('apm-agent-ruby', 'APM Ruby Agent'),
  p('apm-agent-rum-js', 'APM RUM JavaScript Agent'),
  p('apm-k8s-attacher', 'APM Attacher for Kubernetes'),
  p('apm-aws-lambda', 'APM AWS Lambda extension'),
  p('apm-server', 'APM Server'),
  p('auditbeat', 'Auditbeat'),
  p('beats', 'Beats'),
  p('cloud-control-ecctl', 'Elastic Cloud Control'),
  p('cloud-enterprise', 'Elastic Cloud Enterprise'),
  p('cloud-hosted', 'Elastic Cloud Hosted'),
  p('cloud-kubernetes', 'Elastic Cloud on Kubernetes'),
  p('cloud-serverless', 'Elastic Cloud Serverless'),
  p('cloud-terraform', 'Elastic Cloud Terraform Provider'),
  p('curator', 'Elasticsearch Curator'),
  p('ecs', 'Elastic Common Schema (ECS)'),
  p('ecs-logging', 'ECS Logging'),
  p('ecs-dotnet', 'ECS Logging .NET'),
  p('ecs-logging-go-logrus', 'ECS Logging Go (Logrus)'),
  p('ecs-logging-go-zap', 'ECS Logging Go (Zap)'),
  p('ecs-logging-go-zerolog', 'ECS Logging Go (Zerolog)'),
  p('ecs-logging-java', 'ECS Logging Java'),
  p('ecs-logging-nodejs', 'ECS Logging Node.js'),
  p('ecs-logging-php', 'ECS Logging PHP'),
  p('ecs-logging-python', 'ECS Logging Python'),
  p('ecs-logging-ruby', 'ECS Logging Ruby'),
  p('edot-cf', 'EDOT Cloud Forwarder'),
  p('edot-sdk', 'Elastic Distribution of OpenTelemetry SDK'),
  p('edot-collector', 'Elastic Distribution of OpenTelemetry Collector'),
  p('edot-ios', 'Elastic Distribution of OpenTelemetry iOS'),
  p('edot-android', 'Elastic Distribution of OpenTelemetry Android'),
  p('edot-dotnet', 'Elastic Distribution of OpenTelemetry .NET'),
  p('edot-java', 'Elastic Distribution of OpenTelemetry Java'),
  p('edot-node', 'Elastic Distribution of OpenTelemetry Node'),
  p('edot-php', 'Elastic Distribution of OpenTelemetry PHP'),
  p('edot-python', 'Elastic Distribution of OpenTelemetry Python'),
  p('edot-cf-aws', 'EDOT Cloud Forwarder for AWS'),
  p('edot-cf-azure', 'EDOT Cloud Forwarder for Azure'),
  p('eland', 'Eland'),
  p('elastic-agent', 'Elastic Agent'),
  p('elastic-serverless-forwarder', 'Elastic Serverless Forwarder'),
  p('elastic-stack', 'Elastic Stack'),
  p('elasticsearch', 'Elasticsearch'),
  p('elasticsearch-client', 'Elasticsearch Client'),
  p('ess', 'Elastic Cloud Hosted'),
  p('filebeat', 'Filebeat'),
  p('fleet', 'Fleet'),
  p('heartbeat', 'Heartbeat'),
  p('integrations', 'Elastic integrations'),
  p('kibana', 'Kibana'),
  p('logstash', 'Logstash'),
  p('machine-learning', 'Machine Learning'),
  p('metricbeat', 'Metricbeat'),
  p('observability', 'Elastic Observability'),
  p('packetbeat', 'Packetbeat'),
  p('painless', 'Painless'),
  p('search-ui', 'Search UI'),
  p('security', 'Elastic Security'),
  p('self', 'Self-managed Elastic'),
  p('serverless-elasticsearch', 'Elasticsearch Serverless'),
  p('serverless-observability', 'Elastic Observability Serverless'),
  p('serverless-security', 'Elastic Security Serverless'),
  p('winlogbeat', 'Winlogbeat'),
];
