// docs-builder's built-in versioning systems, as written in its versions.yml.
// Mirrors elastic/docs-builder config/versions.yml @ 006278728c5200d3513e623ae96cdcd73303a5c9 (stack current 9.4.3),
// the newest version the search index holds; docs-builder fetches nothing at build time, so keeping this current is
// one edit here. YAML anchors are resolved (`ech: *all` → 99999). Keys are the `VersioningSystemId` display names
// (src/Elastic.Documentation.Configuration/Versions/VersionConfiguration.cs), which equal the YAML keys.

export interface VersioningSystemEntry {
  /** The versions.yml key, e.g. `stack`, `edot-php`. */
  readonly id: string;
  /** `base:` as written in the YAML. */
  readonly base: string;
  /** `current:` as written in the YAML. */
  readonly current: string;
}

const s = (id: string, base: string, current: string): VersioningSystemEntry => ({ id, base, current });

export const VERSIONING_SYSTEMS: readonly VersioningSystemEntry[] = [
  s('stack', '9.0', '9.4.3'),
  s('all', '99999', '99999'),
  // Deployment types
  s('ece', '4.0', '4.1.1'),
  s('ech', '99999', '99999'),
  s('eck', '3.0', '3.4.1'),
  s('ess', '99999', '99999'),
  s('ecs', '9.0', '9.4.0'),
  s('self', '9.0', '9.4.3'),
  s('ecctl', '1.0', '1.15.0'),
  s('curator', '9.0', '9.0.0'),
  // Serverless
  s('serverless', '99999', '99999'),
  s('elasticsearch', '99999', '99999'),
  s('observability', '99999', '99999'),
  s('security', '99999', '99999'),
  // APM agents
  s('apm-agent-dotnet', '1.0', '1.34.5'),
  s('apm-agent-go', '2.0', '2.7.12'),
  s('apm-agent-java', '1.0', '1.56.0'),
  s('apm-agent-node', '4.0', '4.17.0'),
  s('apm-agent-php', '1.0', '1.17.0'),
  s('apm-agent-python', '6.0', '6.26.2'),
  s('apm-agent-ruby', '4.0', '4.8.0'),
  s('apm-agent-rum-js', '5.0', '5.17.5'),
  s('apm-attacher', '1.0', '1.1.3'),
  s('apm-lambda', '1.0', '1.6.0'),
  // EDOTs
  s('edot-collector', '9.0', '9.4.3'),
  s('edot-ios', '1.0', '2.0.1'),
  s('edot-android', '1.0', '1.7.1'),
  s('edot-browser', '0.1', '0.3.0'),
  s('edot-dotnet', '1.0', '1.4.0'),
  s('edot-java', '1.0', '1.11.0'),
  s('edot-node', '1.0', '1.16.0'),
  s('edot-php', '1.0', '1.7.0'),
  s('edot-python', '1.0', '1.14.0'),
  s('edot-cf-aws', '1.0', '1.8.0'),
  s('edot-cf-azure', '0.7.1', '0.9.0'),
  s('edot-cf-gcp', '0.1', '0.1.3'),
  s('terraform-google-edot-cf', '0.1', '0.1.3'),
  // Logging
  s('ecs-logging-dotnet', '8.0', '8.18.1'),
  s('ecs-logging-go-logrus', '1.0', '1.0.0'),
  s('ecs-logging-go-zap', '1.0', '1.0.3'),
  s('ecs-logging-go-zerolog', '0.2', '0.2.0'),
  s('ecs-logging-java', '1.0', '1.7.0'),
  s('ecs-logging-nodejs', '1.0', '1.5.3'),
  s('ecs-logging-php', '2.0', '2.0.0'),
  s('ecs-logging-python', '2.0', '2.2.0'),
  s('ecs-logging-ruby', '1.0', '1.0.0'),
  s('esf', '1.0', '1.21.0'),
  s('search-ui', '1.0', '1.24.2'),
  // Elasticsearch clients
  s('elasticsearch-client-go', '9.0', '9.4.2'),
  s('elasticsearch-client-java', '9.0', '9.4.3'),
  s('elasticsearch-client-javascript', '9.0', '9.4.2'),
  s('elasticsearch-client-dotnet', '9.0', '9.4.2'),
  s('elasticsearch-client-php', '9.0', '9.4.0'),
  s('elasticsearch-client-python', '9.0', '9.4.1'),
  s('elasticsearch-client-ruby', '9.0', '9.4.3'),
  s('elasticsearch-client-rust', '9.0', '9.1.0-alpha.1'),
  // Other
  s('cloud-terraform', '0.11', '0.11.17'),
];
