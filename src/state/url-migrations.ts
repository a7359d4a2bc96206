/**
 * Ids that were renamed, so that links shared before the rename keep working (OWID's grapher
 * keeps such a list). Each entry rewrites an old id to its new one in `sel` (`<kind>:<id>`) and,
 * for routes, in `layers`, before the hash is parsed. Append, never edit: an old link may be read
 * years later. Chains (a → b, then b → c) are followed.
 */
export interface IdMigration {
  kind: 'country' | 'bloc' | 'route' | 'org';
  from: string;
  to: string;
  /** When the rename happened, for the record. */
  since: string;
}

/** No id has been renamed yet. */
export const ID_MIGRATIONS: readonly IdMigration[] = [];

function migrateId(kind: IdMigration['kind'], id: string, table: readonly IdMigration[]): string {
  let current = id;
  // Bounded by the table's length, so a cycle written by mistake cannot hang the page.
  for (let step = 0; step < table.length; step++) {
    const next = table.find((m) => m.kind === kind && m.from === current);
    if (!next) break;
    current = next.to;
  }
  return current;
}

/**
 * Rewrites renamed ids in a %-decoded value of `key`; other keys and unknown ids pass unchanged.
 */
export function applyIdMigrations(key: string, value: string, table: readonly IdMigration[]): string {
  if (table.length === 0) return value;
  if (key === 'sel') {
    const colon = value.indexOf(':');
    if (colon < 0) return value;
    const kind = value.slice(0, colon) as IdMigration['kind'];
    return `${kind}:${migrateId(kind, value.slice(colon + 1), table)}`;
  }
  if (key === 'layers') {
    return value
      .split(',')
      .map((id) => migrateId('route', id, table))
      .join(',');
  }
  return value;
}
