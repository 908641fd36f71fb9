// Content directives (`:::{name}`), part 1: admonitions, tabs, images, includes, steppers, buttons, tables, ….
// Mirrors elastic/docs-builder src/Elastic.Markdown/Myst/Directives/DirectiveBlockParser.cs (which names exist)
// and each directive's `*Block.cs` (arguments from `Arguments`, options from `Prop(...)`/`PropBool(...)`, messages
// from `EmitError`/`EmitWarning`), at d819923ef7b6 as recorded in shared/spec/docs-builder-syntax.md §5.2. Cross-read
// in the index: Admonition/AdmonitionBlock.cs @ ec7d843dfe4e, Image/ImageBlock.cs @ 019b9743411d,
// Include/IncludeBlock.cs @ 815593141f0b, Version/VersionBlock.cs @ 7e0757e844d3. Option prose follows docs/syntax/*.md.

import type { DirectiveInfo, DirectiveOption } from './directiveTypes';

const NAME: DirectiveOption = { name: 'name', description: 'Anchor id for the block, so links can target it (`#name`).' };
const OPEN: DirectiveOption = {
  name: 'open',
  flag: true,
  description: 'Makes the block collapsible; present or `true` starts it expanded, `false` starts it collapsed.',
};
const APPLIES_TO: DirectiveOption = {
  name: 'applies_to',
  description: 'Inline applies_to definition shown as a badge, for example `stack: ga 9.1`. docs-builder does not report its parse errors here.',
};

function admonition(name: string, summary: string): DirectiveInfo {
  return {
    name,
    summary,
    argument: 'optional',
    argumentDescription: `Text appended to the title (\`${name[0]?.toUpperCase()}${name.slice(1)} <text>\`). Substitutions apply.`,
    options: [NAME, OPEN, APPLIES_TO],
    container: false,
    body: 'markdown',
  };
}

const IMAGE_OPTIONS: readonly DirectiveOption[] = [
  { name: 'alt', description: 'Alternative text; also the title when `:title:` is not set. Substitutions apply.' },
  { name: 'title', description: 'Title (tooltip) text. Substitutions apply.' },
  { name: 'align', description: 'Alignment: `left`, `center`, `right` (horizontal) or `top`, `middle`, `bottom` (vertical). Not validated.' },
  { name: 'height', aliases: ['h'], description: 'Height, for example `200px`.' },
  { name: 'width', aliases: ['w'], description: 'Width, for example `600px`.' },
  { name: 'scale', description: 'Uniform scaling factor.' },
  { name: 'target', description: 'Makes the image a link to this URL.' },
  { name: 'screenshot', flag: true, description: 'Styles the image as a screenshot (border and shadow).' },
  { name: 'label', aliases: ['name'], description: 'Anchor id for the image.' },
];

function image(name: string, summary: string): DirectiveInfo {
  return {
    name,
    summary,
    argument: 'required',
    argumentDescription: 'Path of the image, relative to the page or absolute from the docset root, or an `http(s)` URL.',
    // Every image-like block reports itself as "image".
    missingArgumentMessage: 'image requires an argument.',
    options: IMAGE_OPTIONS,
    container: false,
    parents: name === 'image' ? ['carousel'] : undefined,
    body: 'markdown',
  };
}

const INCLUDE_OPTIONS: readonly DirectiveOption[] = [
  { name: 'literal', flag: true, description: 'Include the file as a code block instead of Markdown.' },
  { name: 'lang', aliases: ['language', 'code'], description: 'Language of the code block for a literal include.' },
  { name: 'caption', description: 'Caption for a literal include.' },
  { name: 'label', description: 'Label for a literal include.' },
];

function versionBlock(name: string, summary: string): DirectiveInfo {
  return {
    name,
    summary,
    argument: 'required',
    argumentDescription: 'A version, then an optional title: `9.1 Some title`. `9.1` is read as `9.1.0`.',
    missingArgumentMessage: `${name} needs exactly 2 arguments: <version> <title>`,
    options: [],
    container: false,
    body: 'markdown',
  };
}

export const CONTENT_DIRECTIVES: readonly DirectiveInfo[] = [
  admonition('note', 'Note admonition: supplemental information.'),
  admonition('warning', 'Warning admonition: something that can cause problems.'),
  admonition('tip', 'Tip admonition: advice or a better way to do something.'),
  admonition('important', 'Important admonition: something not to overlook.'),
  {
    name: 'admonition',
    summary: 'Plain admonition with a custom title.',
    argument: 'optional',
    argumentDescription: 'The title, used as-is. Substitutions apply.',
    options: [NAME, OPEN, APPLIES_TO],
    container: false,
    body: 'markdown',
  },
  {
    name: 'dropdown',
    summary: 'Collapsible section with a title.',
    argument: 'optional',
    argumentDescription: 'The title (Markdown is stripped). Substitutions apply.',
    options: [OPEN, NAME, APPLIES_TO],
    container: false,
    body: 'markdown',
  },
  {
    name: 'tab-set',
    summary: 'A set of tabs; holds `{tab-item}` blocks.',
    argument: 'none',
    options: [{ name: 'group', description: 'Tab sets with the same group switch together (with `:sync:` on their items).' }],
    container: true,
    children: ['tab-item'],
    body: 'markdown',
  },
  {
    name: 'tab-item',
    summary: 'One tab of a `{tab-set}`.',
    argument: 'required',
    argumentDescription: 'The tab title. Substitutions apply.',
    missingArgumentMessage: '{tab-item} requires an argument to name the tab.',
    options: [
      { name: 'sync', description: 'Key that selects matching tabs in other tab sets of the same group.' },
      { name: 'selected', flag: true, description: 'Selects this tab initially.' },
    ],
    container: false,
    parents: ['tab-set'],
    body: 'markdown',
  },
  {
    name: 'applies-switch',
    summary: 'Tabs keyed by applicability; holds `{applies-item}` blocks.',
    argument: 'none',
    options: [{ name: 'group', description: 'Switches with the same group change together.' }],
    container: true,
    children: ['applies-item'],
    body: 'markdown',
  },
  {
    name: 'applies-item',
    summary: 'One tab of an `{applies-switch}`, labelled with an applies_to badge.',
    argument: 'required',
    argumentDescription: 'An applies_to definition, for example `stack: ga 9.1`.',
    missingArgumentMessage: '{applies-item} requires an argument with applies_to definition.',
    options: [
      { name: 'sync', description: 'Key that selects matching items in other switches of the same group.' },
      { name: 'selected', flag: true, description: 'Selects this item initially.' },
    ],
    container: false,
    parents: ['applies-switch'],
    body: 'markdown',
  },
  image('image', 'Block image.'),
  image('figure', 'Image with a caption (rendered like `{image}`).'),
  image('figure-md', 'Image with a caption (rendered like `{image}`).'),
  {
    name: 'carousel',
    summary: 'Image carousel; holds `{image}` blocks.',
    argument: 'none',
    options: [
      { name: 'id', description: 'Id of the carousel.' },
      { name: 'max-height', values: ['none', 'small', 'medium'], description: 'Maximum image height. Other values give a warning and fall back to `none`.' },
    ],
    container: true,
    children: ['image'],
    body: 'markdown',
  },
  {
    name: 'include',
    summary: 'Includes a Markdown snippet from a `_snippets` folder.',
    argument: 'required',
    argumentDescription: 'Path of the snippet, relative to the page or absolute from the docset root (`/_snippets/x.md`).',
    missingArgumentMessage: 'include requires an argument.',
    options: INCLUDE_OPTIONS,
    container: false,
    body: 'none',
  },
  {
    name: 'literalinclude',
    summary: 'Includes a file as a code block (any folder).',
    argument: 'required',
    argumentDescription: 'Path of the file, relative to the page or absolute from the docset root.',
    missingArgumentMessage: 'include requires an argument.',
    options: INCLUDE_OPTIONS,
    container: false,
    body: 'none',
  },
  {
    name: 'settings',
    summary: 'Renders a YAML settings reference file.',
    argument: 'required',
    argumentDescription: 'Path of the YAML settings file.',
    missingArgumentMessage: 'include requires an argument.',
    options: [{ name: 'deployment', values: ['ech', 'ece', 'eck', 'self'], description: 'Shows only the settings that apply to this deployment type (other values give a warning and show every setting).' }],
    container: false,
    body: 'none',
  },
  {
    name: 'csv-include',
    summary: 'Renders a CSV file as a table.',
    argument: 'required',
    argumentDescription: 'Path of the CSV file.',
    missingArgumentMessage: 'csv-include requires an argument specifying the path to the CSV file.',
    options: [
      { name: 'caption', description: 'Table caption.' },
      { name: 'separator', aliases: ['delimiter'], description: 'Field separator (default `,`).' },
    ],
    container: false,
    body: 'none',
  },
  {
    name: 'math',
    summary: 'Display math (LaTeX).',
    argument: 'none',
    options: [{ name: 'label', aliases: ['name'], description: 'Anchor id for the equation.' }],
    container: false,
    body: 'latex',
  },
  {
    name: 'stepper',
    summary: 'Numbered steps; holds `{step}` blocks.',
    argument: 'none',
    options: [],
    container: true,
    children: ['step'],
    body: 'markdown',
  },
  {
    name: 'step',
    summary: 'One step of a `{stepper}`; its title is a heading in the page table of contents.',
    argument: 'optional',
    argumentDescription: 'The step title. Substitutions apply.',
    options: [{ name: 'anchor', description: 'Anchor id for the step (otherwise derived from the title).' }],
    container: false,
    parents: ['stepper'],
    body: 'markdown',
  },
  {
    name: 'button-group',
    summary: 'A row of `{button}` blocks.',
    argument: 'none',
    options: [{ name: 'align', values: ['left', 'center', 'right'], description: 'Horizontal alignment of the group (default `left`).' }],
    container: true,
    children: ['button'],
    body: 'markdown',
  },
  {
    name: 'button',
    summary: 'A link styled as a button; the body is a single Markdown link.',
    argument: 'none',
    options: [
      { name: 'type', aliases: ['variant'], values: ['primary', 'secondary', 'neutral'], description: 'Button style (default `primary`; other values give a warning).' },
      { name: 'align', values: ['left', 'center', 'right'], description: 'Horizontal alignment of a standalone button (default `left`).' },
    ],
    container: false,
    body: 'markdown',
  },
  versionBlock('versionadded', 'Marks content added in a version.'),
  versionBlock('versionchanged', 'Marks content changed in a version.'),
  versionBlock('versionremoved', 'Marks content removed in a version.'),
  versionBlock('deprecated', 'Marks content deprecated in a version.'),
  { name: 'list-sub-pages', summary: 'Lists the pages of the current section.', argument: 'none', options: [], container: false, body: 'none' },
  { name: 'listing', summary: 'Lists the pages of a `listing:` group.', argument: 'none', options: [], container: false, body: 'none' },
  {
    name: 'table',
    summary: 'Wraps exactly one pipe table to set column widths or matrix styling.',
    argument: 'none',
    options: [
      { name: 'matrix', flag: true, description: 'Matrix styling (highlights the first column).' },
      { name: 'widths', description: '`auto` (default), `description`, or Bootstrap column widths summing to 12, for example `4-8`.' },
    ],
    container: false,
    body: 'markdown',
  },
];
