import { describe, expect, it } from 'vitest';
import { routes } from './full-dataset';
import { routeDetails } from '../../../src/data/shared/route-details';
import { LOADED_PACKS } from './packs';
import { type Found, textsIn, wholePack } from './walk';

/**
 * Figures quoted in more than one place must agree: a length written next to the name of a route
 * (or of a section of one) anywhere in the data is one of that route's published figures.
 */

interface Named {
  what: string;
  names: string[];
  /** Every published figure for it: the total, the per-country lengths, the alternatives. */
  km: number[];
}

/** Sections whose length is quoted in texts but that are not routes of their own. */
const SECTIONS: Named[] = [
  { what: 'Rasht–Astara railway', names: ['Rasht–Astara', 'Astara–Rasht'], km: [162] },
  { what: 'Horadiz–Aghband railway', names: ['Horadiz–Aghband'], km: [110.4] },
  { what: 'Armenian (TRIPP) section', names: ['Armenian section', 'TRIPP section'], km: [42] },
  { what: 'Kars–Dilucu railway', names: ['Kars–Iğdır'], km: [224] },
];

const ROUTES: Named[] = routes
  .filter((r) => r.length)
  .map((r) => {
    const { totalKm, byCountry = {}, alternatives } = r.length ?? { totalKm: 0, alternatives: [] };
    return {
      what: r.id,
      names: [r.name, r.shortName, ...r.altNames].filter((n) => n.length >= 3),
      km: [totalKm, ...Object.values(byCountry), ...alternatives.map((a) => a.totalKm)],
    };
  });

const KM = /(\d[\d,]*(?:\.\d+)?)\s?km\b/g;
const WINDOW = 40;

/** Each "N km" in `text` paired with the nearest name within a few words of it, if any. */
function quotedLengths(text: string, named: readonly Named[]): { what: string; km: number; allowed: number[] }[] {
  const out: { what: string; km: number; allowed: number[] }[] = [];
  for (const m of text.matchAll(KM)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    let best: { named: Named; distance: number } | undefined;
    for (const n of named) {
      for (const name of n.names) {
        for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
          const distance = i >= end ? i - end : at - (i + name.length);
          const between = i >= end ? text.slice(end, i) : text.slice(i + name.length, at);
          if (distance >= 0 && distance <= WINDOW && !/[;:]|\.\s/.test(between) && (!best || distance < best.distance)) {
            best = { named: n, distance };
          }
        }
      }
    }
    if (best) out.push({ what: best.named.what, km: Number((m[1] ?? '').replace(/,/g, '')), allowed: best.named.km });
  }
  return out;
}

function disagreements(texts: readonly Found[], named: readonly Named[]): string[] {
  return texts.flatMap(({ path, value }) =>
    quotedLengths(value, named)
      .filter((q) => !q.allowed.includes(q.km))
      .map((q) => `${path}: ${q.km} km for the ${q.what}, published figures ${q.allowed.join(', ')}`),
  );
}

const texts = [...LOADED_PACKS.flatMap((p) => textsIn(wholePack(p), p.id)), ...textsIn(routeDetails, 'shared')];
const NAMED = [...SECTIONS, ...ROUTES];

describe('figures quoted in several places', () => {
  it('agree with the published lengths of the routes and sections they name', () => {
    expect(disagreements(texts, NAMED)).toEqual([]);
  });

  it('are found where the data quotes them', () => {
    const quoted = texts.flatMap(({ value }) => quotedLengths(value, NAMED));
    // Rasht–Astara is quoted in the INSTC status, summary and milestone; TAP's length in the Greek texts.
    expect(quoted.filter((q) => q.what === 'Rasht–Astara railway').length).toBeGreaterThanOrEqual(3);
    expect(quoted.some((q) => q.what === 'tap' && q.km === 878)).toBe(true);
    expect(quoted.some((q) => q.what === 'Horadiz–Aghband railway')).toBe(true);
  });

  it('use the routes’ own totals as the published figures', () => {
    const tap = ROUTES.find((r) => r.what === 'tap');
    expect(tap?.km[0]).toBe(878);
    expect(ROUTES.find((r) => r.what === 'scp')?.km[0]).toBe(691);
    expect(ROUTES.find((r) => r.what === 'bnp')?.km[0]).toBe(1330);
  });

  it('catch a broken copy', () => {
    const broken: Found[] = [
      { path: 'a', value: 'Russia and Iran sign the deal to build the Rasht–Astara railway, about 170 km.' },
      { path: 'b', value: 'Groundbreaking of the Horadiz–Aghband railway, about 100 km through the districts.' },
      { path: 'c', value: 'About 550 km of TAP’s 887 km run through Greece.' },
      { path: 'd', value: 'Only 691 km of SCP. The 1,768 km figure is another line’s.' },
    ];
    const found = disagreements(broken, NAMED).map((d) => d.split(':')[0]);
    expect(found).toEqual(['a', 'b', 'c']);
  });
});
