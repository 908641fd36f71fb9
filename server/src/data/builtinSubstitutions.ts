// The substitutions docs-builder defines itself, on top of a docset's `subs:`.
// Mirrors elastic/docs-builder src/Elastic.Documentation.Configuration/Builder/ConfigurationFile.cs
// (read at 010eee87db38): for every versioning system `version.<id>` and `version.<id with - → _>` get the system's
// `current`, and `version.<id>.base` / `version.<id_>.base` its `base`; for every public-reference product
// `product.<id>`, `.<id>`, `product.<id with - → _>` and `.<id_>` get its display name. The dictionary is
// case-insensitive (StringComparer.OrdinalIgnoreCase), so keys here are lower-case.
// Versions are stored as `SemVersion` and rendered with its ToString(), so `base: 9.0` becomes `9.0.0`
// (VersionsConfigurationExtensions.ToSemVersion pads 1- and 2-part versions).
// Data: ./versionsYml.ts (config/versions.yml) and ./productsYml.ts (config/products.yml).

import { formatSemVersion, tryParseSemVersion } from '../substitutions/semver';
import { PUBLIC_REFERENCE_PRODUCTS } from './productsYml';
import { VERSIONING_SYSTEMS } from './versionsYml';

export type BuiltinSubstitutionOrigin = 'versions.yml' | 'products.yml';

export interface BuiltinSubstitution {
  /** The key as docs-builder spells it (ids keep their case). */
  readonly key: string;
  readonly value: string;
  readonly origin: BuiltinSubstitutionOrigin;
  readonly description?: string;
}

/** `ToSemVersion`: pad to three parts, then format as docs-builder's SemVersion does; unparsable input is kept. */
export function normalizeConfigVersion(raw: string): string {
  const parts = raw.split('.').length;
  const full = parts === 1 ? `${raw}.0.0` : parts === 2 ? `${raw}.0` : raw;
  const v = tryParseSemVersion(full);
  return v ? formatSemVersion(v) : raw;
}

function build(): Map<string, BuiltinSubstitution> {
  const map = new Map<string, BuiltinSubstitution>();
  const add = (key: string, value: string, origin: BuiltinSubstitutionOrigin, description: string): void => {
    map.set(key.toLowerCase(), { key, value, origin, description });
  };
  for (const system of VERSIONING_SYSTEMS) {
    const current = normalizeConfigVersion(system.current);
    const base = normalizeConfigVersion(system.base);
    for (const name of new Set([system.id, system.id.replace(/-/g, '_')])) {
      add(`version.${name}`, current, 'versions.yml', `Current version of the \`${system.id}\` versioning system (docs-builder config/versions.yml).`);
      add(`version.${name}.base`, base, 'versions.yml', `Base version of the \`${system.id}\` versioning system: the first version documented on the new docs system (docs-builder config/versions.yml).`);
    }
  }
  for (const product of PUBLIC_REFERENCE_PRODUCTS) {
    for (const id of new Set([product.id, product.id.replace(/-/g, '_')])) {
      const description = `Display name of the product \`${product.id}\` (docs-builder config/products.yml).`;
      add(`product.${id}`, product.display, 'products.yml', description);
      add(`.${id}`, product.display, 'products.yml', description);
    }
  }
  return map;
}

/** Keyed by the lower-cased key; look up with `getBuiltinSubstitution` to get docs-builder's case-insensitivity. */
export const BUILTIN_SUBSTITUTIONS: ReadonlyMap<string, BuiltinSubstitution> = build();

export function getBuiltinSubstitution(key: string): BuiltinSubstitution | undefined {
  return BUILTIN_SUBSTITUTIONS.get(key.toLowerCase());
}

/** Namespaces docs-builder reserves for injected keys (versions, products, the `{{.id}}` shorthand, page context). */
export const RESERVED_SUBSTITUTION_PREFIXES: readonly string[] = ['version.', 'product.', '.', 'context.'];

/** True for keys in a reserved namespace (case-insensitive), whether or not docs-builder defines them. */
export function isReservedSubstitutionKey(key: string): boolean {
  const lower = key.toLowerCase();
  return RESERVED_SUBSTITUTION_PREFIXES.some((prefix) => lower.startsWith(prefix));
}
