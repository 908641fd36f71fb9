// The HTML docs-builder's views write around a directive's body (src/Elastic.Markdown/Myst/Directives/*/…View.cshtml):
// admonitions, dropdowns, tab sets and items, steppers and steps, images; any other directive is a plain block
// with its name as a class, so its body still shows.
import { slugify } from '../../../server/src/model/slug';
import { appliesHtml } from './appliesTo';
import { escapeHtml } from './md';
import type { RenderState } from './state';
import { substitute } from './substitutions';

export interface DirectiveMeta {
  name: string;
  argument: string;
  options: Record<string, string>;
  tabSet?: number;
  tabIndex?: number;
}

const ADMONITIONS = new Set(['note', 'warning', 'tip', 'important', 'caution', 'attention', 'danger', 'error', 'hint', 'seealso', 'admonition']);

/** `TryPropBool`: present and not `false`. */
function flag(m: DirectiveMeta, key: string): boolean {
  return key in m.options && m.options[key].toLowerCase() !== 'false';
}

function titleCase(s: string): string {
  return s.replace(/\b\w/g, (c) => c.toUpperCase());
}

/** AdmonitionBlock: `admonition` and `dropdown` take the argument as title; others add it to their name. */
function admonitionTitle(m: DirectiveMeta, rs: RenderState | undefined): string {
  let title = titleCase(m.name);
  if ((m.name === 'admonition' || m.name === 'dropdown') && m.argument) title = m.argument;
  else if (m.argument) title += ` ${m.argument}`;
  return substitute(rs, title);
}

function idAttr(id: string | undefined): string {
  return id ? ` id="${escapeHtml(id)}"` : '';
}

function applies(m: DirectiveMeta): string {
  const v = m.options.applies_to;
  return v ? appliesHtml(v, true) : '';
}

export function renderDirectiveOpen(m: DirectiveMeta, rs: RenderState | undefined): string {
  if (ADMONITIONS.has(m.name)) {
    const title = admonitionTitle(m, rs);
    const classes = ['admonition', m.name, ...(m.name === 'admonition' ? ['plain'] : []), ...('open' in m.options ? ['dropdown'] : [])];
    return `<div class="${classes.join(' ')}"${idAttr(m.options.name)}>\n<div class="admonition-title"><span>${escapeHtml(title)}</span>${applies(m)}</div>\n<div class="admonition-content">\n`;
  }
  switch (m.name) {
    case 'dropdown': {
      const title = admonitionTitle(m, rs);
      return `<details class="dropdown"${idAttr(m.options.name || slugify(title))}${flag(m, 'open') ? ' open' : ''}>\n<summary class="dropdown-title"><span>${applies(m)}<span class="sd-summary-text">${escapeHtml(title)}</span></span></summary>\n<div class="dropdown-content">\n`;
    }
    case 'tab-set':
      return '<div class="tabs">\n';
    case 'tab-item': {
      const id = `tabs-item-${m.tabSet ?? 0}-${m.tabIndex ?? 0}`;
      const label = m.argument ? escapeHtml(substitute(rs, m.argument)) : applies(m);
      return `<input class="tabs-input" type="radio" id="${id}" name="tabs-set-${m.tabSet ?? 0}"${m.tabIndex === 0 ? ' checked' : ''}>` +
        `<label class="tabs-label" for="${id}">${label}</label>\n<div class="tabs-content">\n`;
    }
    case 'stepper':
      return '<div class="stepper">\n<ol>\n';
    case 'step': {
      const title = substitute(rs, m.argument);
      const anchor = m.options.anchor || slugify(title);
      const heading = title ? `<h3${idAttr(anchor)}><a class="title" href="#${escapeHtml(anchor)}">${escapeHtml(title)}</a></h3>\n` : '';
      return `<li class="step">\n${heading}`;
    }
    case 'image':
    case 'figure': {
      const alt = m.options.alt ?? '';
      const img = m.argument ? `<img src="${escapeHtml(m.argument)}" alt="${escapeHtml(alt)}"${m.options.width ? ` width="${escapeHtml(m.options.width)}"` : ''}>` : '';
      return `<div class="${m.name}"${idAttr(m.options.name)}>${img}\n`;
    }
    case 'include':
      return '';
    default:
      return `<div class="directive directive-${escapeHtml(m.name)}">\n`;
  }
}

export function renderDirectiveClose(m: DirectiveMeta, _rs: RenderState | undefined): string {
  if (ADMONITIONS.has(m.name)) return '</div>\n</div>\n';
  switch (m.name) {
    case 'dropdown': return '</div>\n</details>\n';
    case 'tab-item': return '</div>\n';
    case 'stepper': return '</ol>\n</div>\n';
    case 'step': return '</li>\n';
    case 'include': return '';
    default: return '</div>\n';
  }
}
