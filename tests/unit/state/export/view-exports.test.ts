import { check } from '@placemarkio/check-geojson';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_HEADER, DATA_LICENCE, viewCsv } from '../../../../src/state/export/view-csv';
import { viewGeoJson } from '../../../../src/state/export/view-geojson';
import { loadedPack } from '../../data/packs';
import { realRoutes } from '../../geo-fixtures';

const today = new Date('2026-12-02');
const aze = loadedPack('AZE');
const geo = loadedPack('GEO');

const parse = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

describe('the CSV of a view', () => {
  const csv = viewCsv({ dataset: aze.dataset, details: aze.details, events: aze.events, year: 2006, today, shown: ['btc', 'scp'] });
  const { data, errors, meta } = parse(csv);

  it('parses, with the documented header', () => {
    expect(errors).toEqual([]);
    expect(meta.fields).toEqual([...CSV_HEADER]);
  });

  it('has the partners of the year with each piece of evidence, dated and sourced', () => {
    const tur = data.filter((r) => r.table === 'partner' && r.id === 'TUR');
    expect(tur.length).toBeGreaterThan(1);
    expect(tur[0]).toMatchObject({ name: 'Türkiye', kind_or_status: 'Cooperative', dimensions: expect.stringContaining('energy') });
    expect(tur.some((r) => r.item === 'kind evidence' && r.source_url?.startsWith('https://'))).toBe(true);
    // Armenia was adversarial in 2006; a partner without relations that year is left out.
    expect(data.find((r) => r.id === 'ARM')?.kind_or_status).toBe('Adversarial');
  });

  it('has the routes shown as they were that year, with the official lengths per country', () => {
    const btc = data.filter((r) => r.table === 'route' && r.id === 'btc');
    expect(btc[0]).toMatchObject({
      official_length_km: '1768',
      length_by_country: 'AZE 443; GEO 249; TUR 1076',
      kind_or_status: 'operational',
    });
    expect(data.some((r) => r.id === 'tap')).toBe(false);
  });

  it('has the year’s events, and the dataset date and licence on every record', () => {
    const events = data.filter((r) => r.table === 'event');
    expect(events.length).toBe(aze.events.filter((e) => e.date.startsWith('2006')).length);
    expect(events.length).toBeGreaterThan(0);
    expect(data.every((r) => r.dataset_as_of === aze.dataset.asOf && r.licence === DATA_LICENCE)).toBe(true);
  });

  it('follows the focus: Georgia’s tables have its partners, not Azerbaijan’s', () => {
    const rows = parse(viewCsv({ dataset: geo.dataset, details: geo.details, events: geo.events, year: null, today, shown: ['btc'] })).data;
    expect(rows.some((r) => r.table === 'partner' && r.id === 'AZE')).toBe(true);
    expect(rows.some((r) => r.table === 'partner' && r.id === 'TKM')).toBe(false);
  });
});

describe('the GeoJSON of a view', () => {
  const routeById = new Map(aze.dataset.routes.map((r) => [r.id, r]));
  const segments = realRoutes()
    .features.filter((f) => ['btc', 'btk'].includes(f.properties.routeId))
    .map((feature) => ({ feature, status: feature.properties.status, faded: false }));
  const collection = viewGeoJson({ dataset: aze.dataset, year: null, segments, routeById, link: 'https://example.org/#' });

  it('is valid GeoJSON (RFC 7946)', () => {
    expect(() => check(JSON.stringify(collection))).not.toThrow();
  });

  it('holds the routes drawn and a link per partner, with their properties', () => {
    const routes = collection.features.filter((f) => f.properties?.layer === 'route');
    expect(new Set(routes.map((f) => f.properties?.routeId))).toEqual(new Set(['btc', 'btk']));
    expect(routes[0]?.properties?.name).toMatch(/Baku–Tbilisi/);
    const links = collection.features.filter((f) => f.properties?.layer === 'partner-link');
    expect(links.length).toBe(aze.dataset.partners.length);
    expect(links.find((f) => f.properties?.partnerId === 'TUR')?.properties).toMatchObject({
      partner: 'Türkiye',
      relationship: 'Alliance',
    });
    expect(collection.dataset_as_of).toBe(aze.dataset.asOf);
  });
});
