// Content directives, part 2: changelog, CLI, Storybook, agent skills and the hub-page directives.
// Mirrors elastic/docs-builder src/Elastic.Markdown/Myst/Directives/{Changelog,CliModifiers,Storybook,AgentSkill,
// PageCard,Hub}/*Block.cs at d819923ef7b6 as recorded in shared/spec/docs-builder-syntax.md §5.2. Cross-read in the
// index: CliModifiers/CliModifiersBlock.cs @ 9032acda0ac9. Option prose follows docs/syntax/*.md at d819923.

import type { DirectiveInfo, DirectiveOption } from './directiveTypes';

const cliFlag = (name: string, description: string): DirectiveOption[] => [
  { name, flag: true, description },
  { name: `${name}-description`, description: `Explains the \`${name}\` modifier.` },
];

const ACTION = (which: string): DirectiveOption => ({
  name: `${which}-action`,
  description: `${which[0]?.toUpperCase()}${which.slice(1)} action: a Markdown link, \`[Label](/url)\` or \`[Label](#anchor)\`.`,
});

export const HUB_DIRECTIVES: readonly DirectiveInfo[] = [
  {
    name: 'changelog',
    summary: 'Renders release notes from changelog bundle files.',
    argument: 'optional',
    argumentDescription: 'Folder of the changelog bundles (defaults to the configured bundles folder).',
    options: [
      { name: 'type', values: ['all', 'breaking-change', 'deprecation', 'known-issue'], description: 'Which entry types to show (other values give a warning and the default behaviour).' },
      { name: 'subsections', flag: true, description: 'Group entries by area or component.' },
      { name: 'dropdowns', flag: true, description: 'Render breaking changes, deprecations, known issues and highlights as dropdowns.' },
      { name: 'highlights', flag: true, description: 'Add a highlights section for entries with `highlight: true`.' },
      { name: 'release-dates', flag: true, description: 'Show each bundle\'s `release-date` after the version heading.' },
      { name: 'link-visibility', values: ['auto', 'keep-links', 'hide-links'], description: 'Whether PR and issue links are shown.' },
      { name: 'description-visibility', values: ['auto', 'keep-descriptions', 'keep-highlight-descriptions', 'hide-descriptions'], description: 'Whether entry descriptions are shown.' },
      { name: 'config', description: 'Path of the changelog configuration file.' },
      { name: 'version', description: 'Render only this version.' },
      { name: 'cdn', description: 'Load bundles from the changelog CDN.' },
      { name: 'product', deprecated: true, description: 'Deprecated product filter.' },
    ],
    container: false,
    body: 'none',
  },
  {
    name: 'agent-skill',
    summary: 'Card for an agent skill, with an install command.',
    argument: 'none',
    options: [{ name: 'url', required: true, description: 'Absolute `http(s)` URL of the skill; include `@skill-name` to get the copy-install button.' }],
    container: false,
    body: 'markdown',
  },
  {
    name: 'cli-modifiers',
    summary: 'Badges describing the behaviour of a CLI command.',
    argument: 'none',
    options: [
      ...cliFlag('destructive', 'The command destroys data.'),
      ...cliFlag('requires-confirmation', 'The command asks for confirmation.'),
      ...cliFlag('requires-auth', 'The command needs authentication.'),
      ...cliFlag('idempotent', 'Running the command twice has the same effect as once.'),
      { name: 'scope', description: 'What the command acts on.' },
      { name: 'scope-description', description: 'Explains the `scope` modifier.' },
      ...cliFlag('streaming', 'The command streams its output.'),
      ...cliFlag('long-running', 'The command can take a long time.'),
    ],
    container: false,
    body: 'none',
  },
  {
    name: 'storybook',
    summary: 'Embeds a Storybook story.',
    argument: 'none',
    argumentDescription: 'Ignored, with a warning: use the options.',
    options: [
      { name: 'id', description: 'Full registry id (`kibana:shared_ux:ai-components-aibutton--default`) or a bare story id; otherwise use `project`, `storybook` and `story`.' },
      { name: 'project', description: 'Registry project prefix, for example `kibana`.' },
      { name: 'storybook', description: 'Storybook alias, for example `shared_ux`.' },
      { name: 'component', description: 'Component id, combined with `story` as `component--story`.' },
      { name: 'story', description: 'Story name or docs id.' },
      { name: 'height', description: 'Iframe fallback height in pixels (default from the registry, else 400).' },
      { name: 'title', description: 'Accessible title of the iframe fallback.' },
    ],
    container: false,
    body: 'none',
  },
  {
    name: 'page-card',
    summary: 'Full-width clickable row that links to a page.',
    argument: 'required',
    argumentDescription: 'A Markdown link to a local `.md` page or a cross-link: `[Title](page.md)`. Absolute URLs are errors.',
    missingArgumentMessage: 'page-card requires a markdown link argument: [Title](url)',
    options: [],
    container: false,
    body: 'markdown',
  },
  {
    name: 'hero',
    summary: 'Hub page header with icon, title, description and actions (required on `layout: hub` pages).',
    argument: 'none',
    options: [
      { name: 'title', required: true, description: 'Page title, rendered as the `<h1>`.' },
      { name: 'description', description: 'One-line summary (basic inline Markdown; no substitutions).' },
      { name: 'icon', description: 'Product key for the icon: `elasticsearch`, `kibana`, `observability`, `security`; others show a letter chip.' },
      ACTION('primary'),
      ACTION('secondary'),
      ACTION('tertiary'),
    ],
    container: false,
    body: 'none',
  },
  {
    name: 'explore',
    summary: 'Hub "Explore" section; holds card groups and link cards.',
    argument: 'none',
    options: [
      { name: 'title', required: true, description: 'Section heading, for example "Explore Elasticsearch".' },
      { name: 'intro', description: 'Intro paragraph below the heading.' },
      { name: 'id', description: 'Section anchor (use `explore` to be the target of `{hero}`\'s tertiary action).' },
    ],
    container: true,
    children: ['card-group', 'link-card'],
    body: 'markdown',
  },
  {
    name: 'card-group',
    summary: 'Grid of `{link-card}` blocks, optionally with a heading.',
    argument: 'none',
    options: [
      { name: 'title', description: 'Section heading (optional).' },
      { name: 'intro', description: 'Intro paragraph below the heading.' },
      { name: 'id', description: 'Section anchor.' },
      { name: 'variant', description: 'Layout variant; `solutions` locks a three-column grid.' },
    ],
    container: true,
    children: ['link-card'],
    body: 'markdown',
  },
  {
    name: 'link-card',
    summary: 'Hub link card described by a YAML body with a required `title`.',
    argument: 'none',
    options: [],
    container: false,
    body: 'yaml',
  },
  {
    name: 'get-started',
    summary: 'Hub "Get started" panel described by a YAML body (`title`, `intro`, `steps`).',
    argument: 'none',
    options: [],
    container: false,
    body: 'yaml',
  },
  {
    name: 'whats-new',
    summary: 'Hub "What\'s new" panel, from `hub-whats-new.yml` or a YAML body.',
    argument: 'none',
    options: [{ name: 'product', description: 'Key of the panel in `hub-whats-new.yml` at the docset root.' }],
    container: false,
    body: 'yaml',
  },
];
