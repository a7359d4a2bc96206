import type { PathOptions } from 'leaflet';
import type { RelationKindId } from '../data/schema';
import type { CountryRole } from '../state/country-roles';
import { KIND_STYLE, MAP_COLORS, ORG_HIGHLIGHT, STRAIN_STYLE } from '../style/palette';

type Look = Omit<CountryRole, 'strained'>;

const lookKey = ({ focus, kind, outlined, selected, highlighted }: Look) => `${focus}|${kind}|${outlined}|${selected}|${highlighted}`;

function lookOf({ focus, kind, outlined, selected, highlighted }: Look): PathOptions {
  const base: PathOptions = { color: MAP_COLORS.border, weight: 0.6, fillColor: MAP_COLORS.land, fillOpacity: 1, opacity: 1 };
  if (focus) Object.assign(base, { fillColor: MAP_COLORS.focus, fillOpacity: 0.9, color: '#ffffff', weight: 1 });
  else if (highlighted) {
    const h = ORG_HIGHLIGHT[highlighted];
    Object.assign(base, {
      fillColor: h.fill,
      fillOpacity: h.opacity,
      color: h.border,
      weight: 1.2,
      dashArray: 'dashArray' in h ? h.dashArray : undefined,
    });
  } else if (kind) Object.assign(base, { fillColor: KIND_STYLE[kind].fill, fillOpacity: 0.3 });
  if (outlined && !focus && !highlighted)
    Object.assign(base, { color: STRAIN_STYLE.color, weight: STRAIN_STYLE.weight, dashArray: STRAIN_STYLE.dashArray });
  // A selected country keeps its strain's dash: the outline turns black, the pattern stays.
  if (selected) Object.assign(base, { color: MAP_COLORS.highlight, weight: 2.5 });
  return base;
}

// Every look there can be, made once: the same look is then the same object, so a layer can tell
// cheaply what changed (and nothing is cached at run time).
const KINDS = [null, ...(Object.keys(KIND_STYLE) as RelationKindId[])];
const BOOLS = [false, true];
const HIGHLIGHTS = [null, 'member', 'partner'] as const;
const LOOKS: ReadonlyMap<string, PathOptions> = new Map(
  BOOLS.flatMap((focus) =>
    KINDS.flatMap((kind) =>
      BOOLS.flatMap((outlined) =>
        BOOLS.flatMap((selected) =>
          HIGHLIGHTS.map((highlighted) => {
            const role = { focus, kind, outlined, selected, highlighted };
            return [lookKey(role), lookOf(role)] as const;
          }),
        ),
      ),
    ),
  ),
);

/**
 * Fill and border of a country: the focus country dark, partners tinted lightly by kind, the
 * selection outlined, an organisation's members highlighted.
 */
export const countryStyle = (role: CountryRole): PathOptions => LOOKS.get(lookKey(role)) ?? lookOf(role);
