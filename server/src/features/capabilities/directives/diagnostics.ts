// Directive arguments and option values, with docs-builder's messages (spec §5.2, §8 rows 48–62), read from each
// directive's `*Block.cs`: required arguments (`directive.argument-missing`), malformed ones
// (`directive.argument-invalid`, `directive.argument-ignored`), options outside their closed set or malformed
// (`directive.option-value`) and required options (`directive.option-missing`). Rules on a directive's body are
// in ./content.ts. Unknown directives and options are diagnostics/directives.ts's.
import { getDirective, getDirectiveOption } from '../../../data/directives';
import type { Directive, DirectiveOption, Page } from '../../../model/types';
import { tryParseSemVersion } from '../../../substitutions/semver';
import type { DocDiagnostic, Severity } from '../../../types';

export type Emit = (code: string, severity: Severity, message: string, start: number, end: number) => void;

/** `Prop(name, ...aliases)`: the first option line with one of the names. */
export function prop(d: Directive, ...names: string[]): DirectiveOption | undefined {
  return d.options.find((o) => names.includes(o.key));
}

/** docs-builder reports block problems at the opening fence and name. */
export function openingSpan(d: Directive): [number, number] {
  return [d.open.start, Math.min(d.open.end, d.nameSpan.end + 1)];
}

/** VersionBlock: a full semver, or `major.minor` read as `major.minor.0`. */
function isVersion(token: string): boolean {
  if (tryParseSemVersion(token)) return true;
  const parts = token.split('.').filter((p) => p !== '');
  return parts.length === 2 && tryParseSemVersion(`${parts[0]}.${parts[1]}.0`) !== undefined;
}

function checkArgument(d: Directive, emit: Emit): void {
  const info = getDirective(d.name);
  if (!info) return;
  const [s, e] = openingSpan(d);
  const arg = d.argument.trim();
  if (info.argument === 'required' && arg === '' && info.missingArgumentMessage) {
    emit('directive.argument-missing', 'error', info.missingArgumentMessage, s, e);
    return;
  }
  const { start: as, end: ae } = d.argumentSpan;
  if (['versionadded', 'versionchanged', 'versionremoved', 'deprecated'].includes(d.name)) {
    const token = arg.split(' ').filter((t) => t !== '')[0];
    if (token !== undefined && !isVersion(token)) emit('directive.argument-invalid', 'error', `'${token}' is not a valid version`, as, as + token.length);
  } else if (d.name === 'page-card' && arg !== '') {
    const link = /^\[([^\]]*)\]\(([^)\s]*)\)$/.exec(arg);
    if (!link) emit('directive.argument-invalid', 'error', 'page-card requires a markdown link argument: [Title](url)', as, ae);
    else if (/^https?:\/\//i.test(link[2])) emit('directive.argument-invalid', 'error', `page-card url must be a local .md path or crosslink, not an absolute URL: ${link[2]}`, as, ae);
  } else if (d.name === 'storybook' && arg !== '') {
    emit('directive.argument-ignored', 'warning', 'storybook directive ignores positional arguments. Use properties instead.', as, ae);
  }
}

/** TableDirectiveBlock `:widths:`: the column widths it sets (grid units), or undefined with a reported problem. */
export function tableWidths(d: Directive, emit: Emit): number[] | undefined {
  const o = prop(d, 'widths');
  const raw = o?.value.trim() ?? '';
  const lower = raw.toLowerCase();
  if (!o || raw === '' || lower === 'auto' || lower === 'even') return undefined;
  const value = lower === 'description' ? '4-8' : raw;
  const units: number[] = [];
  for (const part of value.split('-').map((p) => p.trim()).filter((p) => p !== '')) {
    const unit = /^\+?[0-9]+$/.test(part) ? Number(part) : NaN;
    if (!(unit >= 1 && unit <= 12)) {
      emit('directive.option-value', 'error', `Invalid widths value '${value}'. Use preset (auto, description) or dash-separated integers 1-12 that sum to 12 (e.g., 4-8, 4-4-4).`, o.valueSpan.start, o.valueSpan.end);
      return undefined;
    }
    units.push(unit);
  }
  if (units.length === 0) return undefined;
  const sum = units.reduce((a, b) => a + b, 0);
  if (sum !== 12) {
    emit('directive.option-value', 'error', `Column widths must sum to 12 (Bootstrap grid). Got sum of ${sum}.`, o.valueSpan.start, o.valueSpan.end);
    return undefined;
  }
  return units;
}

/** The closed set of an option's values, from data/directives.ts (compared lower-cased, as docs-builder does). */
function allowed(directive: string, option: string): readonly string[] {
  return getDirectiveOption(directive, option)?.values ?? [];
}

function checkOptions(d: Directive, emit: Emit): void {
  const [s, e] = openingSpan(d);
  const value = (o: DirectiveOption | undefined) => (o && o.value.trim() !== '' ? o : undefined);
  const outside = (o: DirectiveOption | undefined, valid: readonly string[]) => o !== undefined && !valid.includes(o.value.toLowerCase());
  if (d.name === 'button') {
    const type = value(prop(d, 'type', 'variant'));
    const types = allowed('button', 'type');
    if (type && outside(type, types)) {
      emit('directive.option-value', 'warning', `Invalid button type '${type.value.toLowerCase()}'. Valid types are: ${types.join(', ')}. Defaulting to 'primary'.`, type.valueSpan.start, type.valueSpan.end);
    }
    const align = value(prop(d, 'align'));
    const aligns = allowed('button', 'align');
    if (align && outside(align, aligns)) {
      emit('directive.option-value', 'warning', `Invalid button alignment '${align.value.toLowerCase()}'. Valid alignments are: ${aligns.join(', ')}. Defaulting to 'left'.`, align.valueSpan.start, align.valueSpan.end);
    }
  } else if (d.name === 'carousel') {
    const h = value(prop(d, 'max-height'));
    const heights = allowed('carousel', 'max-height');
    if (h && outside(h, heights)) {
      emit('directive.option-value', 'warning', `Invalid max-height value '${h.value}'. Valid options are: ${heights.join(', ')}. Defaulting to 'none'.`, h.valueSpan.start, h.valueSpan.end);
    }
  } else if (d.name === 'changelog') {
    const t = value(prop(d, 'type'));
    const types = allowed('changelog', 'type');
    if (t && outside(t, types)) {
      emit('directive.option-value', 'warning', `Invalid :type: value '${t.value}'. Valid values are: ${types.join(', ')}. Using default behavior.`, t.valueSpan.start, t.valueSpan.end);
    }
  } else if (d.name === 'settings') {
    // SettingsBlock.ValidateDeploymentFilter: any value, even none, outside the filter tokens (DeploymentFilter.cs).
    const dep = prop(d, 'deployment');
    const deployments = allowed('settings', 'deployment');
    if (dep && deployments.length > 0 && !deployments.includes(dep.value.trim().toLowerCase())) {
      const [from, to] = dep.value.trim() === '' ? [dep.start, dep.end] : [dep.valueSpan.start, dep.valueSpan.end];
      emit('directive.option-value', 'warning', `Unknown deployment filter '${dep.value}'. Valid values are: ${deployments.join(', ')}.`, from, to);
    }
  } else if (d.name === 'agent-skill') {
    const url = value(prop(d, 'url'));
    if (!url) emit('directive.option-missing', 'error', 'agent-skill directive requires a :url: property', s, e);
    else if (!/^https?:\/\/[^\s/]+/i.test(url.value)) emit('directive.option-value', 'error', `agent-skill :url: must be an absolute URL, got '${url.value}'`, url.valueSpan.start, url.valueSpan.end);
  } else if (d.name === 'hero' || d.name === 'explore') {
    if (!value(prop(d, 'title'))) emit('directive.option-missing', 'error', `{${d.name}} requires a \`:title:\` option.`, s, e);
  }
}

export function directiveArgumentDiagnostics(page: Page): DocDiagnostic[] {
  const out: DocDiagnostic[] = [];
  const emit: Emit = (code, severity, message, start, end) => out.push({ code, severity, message, range: page.lines.range(start, end) });
  for (const d of page.directives) {
    checkArgument(d, emit);
    checkOptions(d, emit);
  }
  return out;
}
