/**
 * The URL contract: `#map=<zoom>/<lat>/<lng>&sel=<kind>:<id>&layers=<id>,<id>&year=<yyyy>&focus=<ISO3>&embed=1`.
 *
 * Each key has its own small codec in a table (./url-keys.ts, OWID grapher style): a present value parses to
 * valid or invalid, an absent key is missing, and both invalid and missing give the default.
 * Serialising writes a key only when it differs from the default (MapLibre / OSM hash style),
 * so the default view is the empty hash.
 *
 * parseHash strips one leading '#'; serialiseHash returns the hash without it.
 *
 * Rules for hostile input (parseHash never throws):
 * - Only the first {@link MAX_HASH_LENGTH} characters are read; a pair cut by that limit is
 *   dropped and reported. A value longer than {@link MAX_VALUE_LENGTH} is invalid.
 * - A duplicated key: the first occurrence wins (as URLSearchParams.get does); later ones are
 *   reported and ignored, even if the first was invalid.
 * - Malformed %-escapes make that value invalid. Keys are matched after decoding.
 * - Unknown keys are returned raw (still %-encoded, in order) and written back verbatim, after
 *   ours, so a rewrite keeps them; one with an empty value is written as a bare key (`#about`
 *   stays `#about`).
 */

import { applyIdMigrations, ID_MIGRATIONS, type IdMigration } from './url-migrations';
import { codecs, invalid, quote, safeDecode, VIEW_KEYS, type KeyCodec, type KeyResult, type ViewKey } from './url-keys';
import { defaultViewState, type ViewState } from './view-state';
import type { Catalog } from './view-state';

/** Longer hashes are read only up to here: no legitimate view needs more. */
export const MAX_HASH_LENGTH = 2000;
/** The longest raw value one of our keys may have (all routes listed is under 100). */
export const MAX_VALUE_LENGTH = 256;

/** A key that was present but ignored, and why. */
export interface InvalidKey {
  key: string;
  reason: string;
}

export interface ParsedHash {
  /** The hash that was parsed, without its '#': a later reader can tell whether it still holds. */
  source: string;
  state: ViewState;
  invalid: InvalidKey[];
  /** Unknown pairs, raw as they appeared, to be handed back to {@link serialiseHash}. */
  unknown: [string, string][];
}

function isViewKey(key: string): key is ViewKey {
  return (VIEW_KEYS as readonly string[]).includes(key);
}

// --- the driver ----------------------------------------------------------------------------

interface Pair {
  rawKey: string;
  rawValue: string;
}

function toPair(segment: string): Pair {
  const eq = segment.indexOf('=');
  return eq < 0 ? { rawKey: segment, rawValue: '' } : { rawKey: segment.slice(0, eq), rawValue: segment.slice(eq + 1) };
}

/** Splits the readable part of the hash into pairs; reports a pair cut by the length cap. */
function splitHash(hash: string, invalidKeys: InvalidKey[]): Pair[] {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const segments = body.slice(0, MAX_HASH_LENGTH).split('&');
  if (body.length > MAX_HASH_LENGTH && body[MAX_HASH_LENGTH] !== '&') {
    const cut = toPair(segments.pop() ?? '');
    const key = safeDecode(cut.rawKey) ?? cut.rawKey;
    invalidKeys.push({ key: key.slice(0, 32), reason: `cut off by the ${MAX_HASH_LENGTH}-character limit` });
  }
  return segments.filter((segment) => segment !== '').map(toPair);
}

function readKey<T>(
  key: ViewKey,
  codec: KeyCodec<T>,
  rawValue: string | undefined,
  catalog: Catalog,
  migrations: readonly IdMigration[],
): KeyResult<T> {
  if (rawValue === undefined) return { status: 'missing' };
  if (rawValue.length > MAX_VALUE_LENGTH) return invalid(`value longer than ${MAX_VALUE_LENGTH} characters`);
  const value = safeDecode(rawValue);
  return value === null
    ? invalid(`malformed %-escape in ${quote(rawValue)}`)
    : codec.parse(applyIdMigrations(key, value, migrations), catalog);
}

function applyKey<K extends ViewKey>(
  state: ViewState,
  key: K,
  rawValue: string | undefined,
  catalog: Catalog,
  invalidKeys: InvalidKey[],
  migrations: readonly IdMigration[],
): void {
  const result = readKey(key, codecs[key], rawValue, catalog, migrations);
  if (result.status === 'invalid') invalidKeys.push({ key, reason: result.reason });
  if (result.status !== 'valid') return;
  state[key] = result.value;
  if (result.warning !== undefined) invalidKeys.push({ key, reason: result.warning });
}

/**
 * Reads a location hash (with or without the leading '#'). Never throws: anything malformed,
 * out of range or unknown leaves that key at its default and is reported in `invalid` (pure: the
 * caller reports it once, with {@link warnInvalidKeys}). Unknown keys are returned, not reported.
 * Renamed ids are migrated first (./url-migrations.ts).
 */
export function parseHash(hash: string, catalog: Catalog, migrations: readonly IdMigration[] = ID_MIGRATIONS): ParsedHash {
  const invalidKeys: InvalidKey[] = [];
  const ours = new Map<ViewKey, string>();
  const unknown: [string, string][] = [];
  for (const { rawKey, rawValue } of splitHash(hash, invalidKeys)) {
    const key = safeDecode(rawKey) ?? rawKey;
    if (!isViewKey(key)) unknown.push([rawKey, rawValue]);
    else if (ours.has(key)) invalidKeys.push({ key, reason: 'duplicate key; the first one is used' });
    else ours.set(key, rawValue);
  }
  const state: ViewState = { ...defaultViewState };
  for (const key of VIEW_KEYS) applyKey(state, key, ours.get(key), catalog, invalidKeys, migrations);
  return { source: hash.startsWith('#') ? hash.slice(1) : hash, state, invalid: invalidKeys, unknown };
}

/**
 * The focus country a hash asks for, read before its pack (and so the rest of the catalog) is
 * loaded: the first `focus` key when it names a known pack, otherwise the default (the first).
 * Whatever is wrong with the key is reported by the full parse, once the pack is in.
 */
export function focusInHash(hash: string, focuses: readonly string[]): string | undefined {
  const pair = splitHash(hash, []).find(({ rawKey }) => safeDecode(rawKey) === 'focus');
  const value = pair ? safeDecode(pair.rawValue) : null;
  return value !== null && focuses.includes(value) ? value : focuses[0];
}

/** Reports what a parse ignored, one console line per key. */
export function warnInvalidKeys(invalid: readonly InvalidKey[]): void {
  for (const { key, reason } of invalid) console.warn(`URL hash: ignoring "${key}": ${reason}`);
}

function writeKey<K extends ViewKey>(key: K, state: ViewState, catalog: Catalog): string | null {
  const value = codecs[key].write(state[key], catalog);
  return value === null ? null : `${key}=${value}`;
}

/**
 * Writes the hash for a state, without the '#': only non-default keys, in the documented
 * order, then the unknown pairs from {@link parseHash} verbatim. The default state with no
 * unknown pairs gives ''. Unknown pairs that reuse one of our keys are dropped (ours win).
 */
export function serialiseHash(state: ViewState, catalog: Catalog, unknown: readonly (readonly [string, string])[] = []): string {
  const ours = VIEW_KEYS.map((key) => writeKey(key, state, catalog)).filter((pair) => pair !== null);
  const kept = unknown
    .filter(([rawKey]) => !isViewKey(safeDecode(rawKey) ?? rawKey))
    .map(([rawKey, rawValue]) => (rawValue === '' ? rawKey : `${rawKey}=${rawValue}`));
  return [...ours, ...kept].filter((pair) => pair !== '').join('&');
}
