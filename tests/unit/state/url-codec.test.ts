import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { focusInHash, MAX_HASH_LENGTH, parseHash, serialiseHash, warnInvalidKeys } from '../../../src/state/url-codec';
import { mapPrecision, roundMapView } from '../../../src/state/map-precision';
import { defaultViewState, type Selection, type ViewState } from '../../../src/state/view-state';
import { catalog } from './catalog-fixture';

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  warn.mockRestore();
});

/** Parses and reports, as the app does (the parse itself is pure: see the test below). */
const parse = (hash: string) => {
  const result = parseHash(hash, catalog);
  warnInvalidKeys(result.invalid);
  return result;
};
const serialise = (state: ViewState, unknown?: [string, string][]) => serialiseHash(state, catalog, unknown);
const state = (patch: Partial<ViewState>): ViewState => ({ ...defaultViewState, ...patch });

describe('parseHash is pure', () => {
  it('reports what it ignored in its result and writes nothing to the console', () => {
    const result = parseHash('map=99/0/0&sel=country:ZZZ&year=1', catalog);
    expect(result.invalid.map((i) => i.key)).toEqual(['map', 'sel', 'year']);
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('the default view', () => {
  it('serialises to the empty hash', () => {
    expect(serialise(defaultViewState)).toBe('');
  });

  it.each(['', '#', '&', '#&&'])('parses %j to the default without warnings', (hash) => {
    expect(parse(hash)).toMatchObject({ state: defaultViewState, invalid: [], unknown: [] });
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('round trip, key by key', () => {
  const cases: [string, ViewState, string][] = [
    ['map at an integer zoom', state({ map: { zoom: 5, lat: 40.41, lng: 49.87 } }), 'map=5/40.41/49.87'],
    ['map at a fractional zoom', state({ map: { zoom: 7.25, lat: 40.409, lng: -49.867 } }), 'map=7.25/40.409/-49.867'],
    ['map at the max zoom', state({ map: { zoom: 12, lat: 40.40931, lng: 49.86712 } }), 'map=12/40.40931/49.86712'],
    ['a country', state({ sel: { kind: 'country', id: 'TUR' } }), 'sel=country:TUR'],
    ['a bloc', state({ sel: { kind: 'bloc', id: 'EU' } }), 'sel=bloc:EU'],
    ['a route', state({ sel: { kind: 'route', id: 'btc' } }), 'sel=route:btc'],
    ['an organisation', state({ sel: { kind: 'org', id: 'cis' } }), 'sel=org:cis'],
    ['some layers', state({ layers: ['btc', 'btk'] }), 'layers=btc,btk'],
    ['a full group', state({ layers: ['btc', 'scp', 'tanap', 'tap'] }), 'layers=btc,sgc'],
    ['a partial group', state({ layers: ['scp', 'tanap'] }), 'layers=scp,tanap'],
    ['no layers', state({ layers: [] }), 'layers='],
    ['a year', state({ year: 2008 }), 'year=2008'],
    ['the first year', state({ year: 1991 }), 'year=1991'],
    ['embed mode', state({ embed: true }), 'embed=1'],
    [
      'every key, in the documented order',
      state({
        map: { zoom: 6, lat: 41.7, lng: 44.8 },
        sel: { kind: 'route', id: 'tanap' },
        layers: ['scp', 'tanap', 'tap'],
        year: 2020,
        embed: true,
      }),
      'map=6/41.7/44.8&sel=route:tanap&layers=sgc&year=2020&embed=1',
    ],
  ];

  it.each(cases)('%s', (_, view, hash) => {
    expect(serialise(view)).toBe(hash);
    expect(parse(hash).state).toEqual(view);
    expect(parse(`#${hash}`).state).toEqual(view);
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('map', () => {
  it('rounds to what the zoom can show, as MapLibre does', () => {
    expect([0, 2, 5, 7.25, 12, 18].map(mapPrecision)).toEqual([1, 2, 2, 3, 5, 6]);
    const raw = { zoom: 5.123456, lat: 40.40931234, lng: 49.86712 };
    expect(serialise(state({ map: raw }))).toBe('map=5.12/40.41/49.87');
    expect(parse('map=5.123456/40.40931234/49.86712').state.map).toEqual(roundMapView(raw));
  });

  it('strips trailing zeros and never writes -0 or exponents', () => {
    expect(serialise(state({ map: { zoom: 6.1, lat: 40.1, lng: -0.000001 } }))).toBe('map=6.1/40.1/0');
    expect(serialise(state({ map: { zoom: 12, lat: 1e-7, lng: 5e-6 } }))).toBe('map=12/0/0.00001');
    expect(parse('map=6.10/40.100/-0.000').state.map).toEqual({ zoom: 6.1, lat: 40.1, lng: 0 });
  });

  it('wraps longitudes outside -180..180', () => {
    expect(parse('map=5/40/200').state.map).toEqual({ zoom: 5, lat: 40, lng: -160 });
    expect(serialise(state({ map: { zoom: 5, lat: 40, lng: 190 } }))).toBe('map=5/40/-170');
    expect(parse('map=5/40/-180').state.map?.lng).toBe(-180);
  });

  it('accepts the edges of the ranges', () => {
    expect(parse('map=2/-90/180').state.map).toEqual({ zoom: 2, lat: -90, lng: 180 });
    expect(parse('map=12/90/0').state.map).toEqual({ zoom: 12, lat: 90, lng: 0 });
  });
});

describe('layers', () => {
  it('absent means the defaults, empty means none', () => {
    expect(parse('').state.layers).toBeNull();
    expect(parse('layers=').state.layers).toEqual([]);
    expect(parse('layers=,').state.layers).toEqual([]);
  });

  it('accepts a group and writes it back as the group', () => {
    const { state: parsed } = parse('layers=sgc');
    expect(parsed.layers).toEqual(['scp', 'tanap', 'tap']);
    expect(serialise(parsed)).toBe('layers=sgc');
  });

  it('collapses duplicates and writes catalog order', () => {
    const { state: parsed } = parse('layers=btk,tap,btk,sgc,scp');
    expect(parsed.layers).toEqual(['scp', 'tanap', 'tap', 'btk']);
    expect(serialise(parsed)).toBe('layers=sgc,btk');
    expect(warn).not.toHaveBeenCalled();
  });

  it('leaves the key out when the set equals the defaults', () => {
    expect(parse('layers=btk,sgc,btc').state.layers).toBeNull();
    expect(serialise(state({ layers: ['btc', 'scp', 'tanap', 'tap', 'btk'] }))).toBe('');
  });

  it('drops unknown ids with a warning and keeps the known ones', () => {
    const result = parse('layers=btc,nope,<b>');
    expect(result.state.layers).toEqual(['btc']);
    expect(result.invalid).toEqual([{ key: 'layers', reason: expect.stringContaining('nope') }]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"layers"'));
  });

  it('ignores inherited property names', () => {
    expect(parse('layers=constructor,__proto__,toString').state.layers).toBeNull();
  });
});

describe('malformed values fall back to the default and warn naming the key', () => {
  const markup = '<img src=x onerror=alert(1)>';
  const hostile = [markup, encodeURIComponent(markup), '%E0%A4%A', '%', 'x'.repeat(100_000)];
  const cases: [string, string[]][] = [
    [
      'map',
      [
        '',
        'abc',
        'NaN/NaN/NaN',
        'Infinity/0/0',
        '5/Infinity/0',
        '5/-Infinity/0',
        '5/40',
        '5/40/49/1',
        '5//49',
        '1e1/40/49',
        '0x5/40/49',
        ' 5/40/49',
        '5/40/49 ',
        '5.5.5/40/49',
        '+5/40/49',
        '.5/40/49',
        '5/91/0',
        '5/-90.5/0',
        '5/1000/0',
        '13/0/0',
        '12.01/0/0',
        '1/0/0',
        '-5/0/0',
        '5/40/1e3',
        ...hostile,
      ],
    ],
    [
      'sel',
      [
        '',
        'country',
        'country:',
        ':TUR',
        'country:XXX',
        'country:tur',
        'Country:TUR',
        'planet:TUR',
        'route:TUR',
        'bloc:TUR',
        'org:CIS',
        'country:TUR:x',
        'country: TUR',
        'toString:x',
        'country:constructor',
        ...hostile,
      ],
    ],
    ['layers', ['nope', 'nope,other', 'BTC', ',,x', ...hostile]],
    ['year', ['', '99', '1990', '2027', '20x6', 'NaN', 'Infinity', '2000.5', '-2000', '+2000', '02000', '2e3', ' 2000', ...hostile]],
    ['embed', ['', '0', 'true', '11', 'yes', ...hostile]],
  ];

  for (const [key, values] of cases) {
    it.each(values.map((value) => [value.length > 40 ? `${value.slice(0, 20)}… (${value.length})` : value, value]))(
      `${key}=%j`,
      (_, value) => {
        const result = parse(`${key}=${value}`);
        expect(result.state).toEqual(defaultViewState);
        expect(result.invalid.length).toBeGreaterThan(0);
        expect(result.invalid.every((entry) => entry.key === key)).toBe(true);
        expect(result.unknown).toEqual([]);
        expect(warn).toHaveBeenCalledWith(expect.stringContaining(`"${key}"`));
      },
    );
  }

  it('a bare key without "=" counts as an empty value', () => {
    expect(parse('sel').state).toEqual(defaultViewState);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"sel"'));
    expect(parse('layers').state.layers).toEqual([]);
  });

  it('one bad key leaves the others intact', () => {
    const result = parse('map=5/40/49&sel=country:XXX&year=2008');
    expect(result.state).toEqual(state({ map: { zoom: 5, lat: 40, lng: 49 }, year: 2008 }));
    expect(result.invalid.map((entry) => entry.key)).toEqual(['sel']);
  });

  it('keeps warnings short however long the value', () => {
    parse(`sel=${'<'.repeat(200)}`);
    for (const [message] of warn.mock.calls) expect(String(message).length).toBeLessThan(200);
  });
});

describe('duplicated keys: the first wins', () => {
  it('uses the first value and warns about the rest', () => {
    const result = parse('sel=country:TUR&sel=country:GEO');
    expect(result.state.sel).toEqual({ kind: 'country', id: 'TUR' });
    expect(result.invalid).toEqual([{ key: 'sel', reason: expect.stringContaining('duplicate') }]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"sel"'));
  });

  it('an invalid first value is not rescued by a later one', () => {
    expect(parse('year=1700&year=2008').state.year).toBeNull();
  });

  it('matches keys after decoding them', () => {
    expect(parse('m%61p=5/40/49&map=6/0/0').state.map).toEqual({ zoom: 5, lat: 40, lng: 49 });
  });
});

describe('unknown keys', () => {
  it('are returned raw and not warned about', () => {
    const result = parse('foo=1&sel=country:TUR&bar=x%20y&about');
    expect(result.unknown).toEqual([
      ['foo', '1'],
      ['bar', 'x%20y'],
      ['about', ''],
    ]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('are written back after ours, in their original order', () => {
    const { state: parsed, unknown } = parse('foo=1&sel=country:TUR&bar=x%20y&about&layers=sgc');
    expect(serialise(parsed, unknown)).toBe('sel=country:TUR&layers=sgc&foo=1&bar=x%20y&about');
    expect(serialise(defaultViewState, unknown)).toBe('foo=1&bar=x%20y&about');
  });

  it('keep keys that fail to decode', () => {
    const { unknown } = parse('%E0%A4%A=1&sel=org:un');
    expect(unknown).toEqual([['%E0%A4%A', '1']]);
  });

  it('never override our keys when serialising', () => {
    expect(
      serialise(state({ year: 2000 }), [
        ['year', '1999'],
        ['sel', 'country:TUR'],
        ['x', '1'],
      ]),
    ).toBe('year=2000&x=1');
  });
});

describe('length caps', () => {
  it('reads only the first part of a very long hash and reports the pair it cut', () => {
    const result = parse(`map=5/40/49&foo=${'x'.repeat(100_000)}`);
    expect(result.state.map).toEqual({ zoom: 5, lat: 40, lng: 49 });
    expect(result.unknown).toEqual([]);
    expect(result.invalid).toEqual([{ key: 'foo', reason: expect.stringContaining(String(MAX_HASH_LENGTH)) }]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"foo"'));
  });

  it('ignores keys beyond the cap', () => {
    const result = parse(`foo=${'x'.repeat(MAX_HASH_LENGTH)}&sel=country:TUR`);
    expect(result.state.sel).toBeNull();
  });

  it('keeps a pair that ends exactly at the cap', () => {
    const head = 'sel=country:TUR&f=';
    const hash = `${head}${'x'.repeat(MAX_HASH_LENGTH - head.length)}&year=2000`;
    const result = parse(hash);
    expect(result.state.sel).toEqual({ kind: 'country', id: 'TUR' });
    expect(result.unknown).toHaveLength(1);
    expect(result.invalid).toEqual([]);
  });

  it('parses a 1 MB string without hanging', () => {
    const pieces = ['map=5/40/49&', 'sel=', '%', '&', '=', 'layers=btc,', 'x'.repeat(997)];
    let big = '#';
    for (let i = 0; big.length < 1_000_000; i++) big += pieces[i % pieces.length];
    expect(() => parse(big)).not.toThrow();
  });
});

describe('properties', () => {
  const anyKey = fc.constantFrom('map', 'sel', 'layers', 'year', 'embed', 'm%61p', 'foo', 'x%20y', '', '%', '#');
  // fc.double alone is drawn uniformly over representable doubles, so mostly near 0; mixing in
  // evenly spread micro-degrees makes in-range zooms and everyday coordinates common.
  const between = (min: number, max: number) =>
    fc.oneof(
      fc.double({ min, max, noNaN: true }),
      fc.integer({ min: min * 1e6, max: max * 1e6 }).map((n) => n / 1e6),
    );
  const number = (min: number, max: number) => fc.tuple(between(min, max), fc.integer({ min: 0, max: 8 })).map(([n, d]) => n.toFixed(d));
  const plausibleValue = fc.oneof(
    fc.tuple(number(0, 14), number(-95, 95), number(-400, 400)).map((parts) => parts.join('/')),
    fc
      .tuple(fc.constantFrom('country', 'bloc', 'route', 'org', 'x'), fc.constantFrom('TUR', 'EU', 'btc', 'cis', 'un', 'zz'))
      .map(([kind, id]) => `${kind}:${id}`),
    fc.array(fc.constantFrom('btc', 'scp', 'tanap', 'tap', 'btk', 'sgc', 'nope', ''), { maxLength: 8 }).map((ids) => ids.join(',')),
    fc.integer({ min: 1985, max: 2030 }).map(String),
    fc.constantFrom('1', '0', '', '%E0%A4%A', 'NaN', 'Infinity', '<b>'),
    fc.string(),
  );
  const pair = fc.oneof(
    fc.tuple(anyKey, plausibleValue).map(([key, value]) => `${key}=${value}`),
    anyKey,
    fc.string(),
  );
  const hashLike = fc
    .tuple(fc.boolean(), fc.array(pair, { maxLength: 10 }))
    .map(([withHash, pairs]) => `${withHash ? '#' : ''}${pairs.join('&')}`);
  const anyHash = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), hashLike);

  it('no string makes parseHash throw', () => {
    fc.assert(
      fc.property(anyHash, (hash) => {
        parse(hash);
      }),
      { numRuns: 1000 },
    );
  });

  it('every parsed state serialises to a hash that parses back to it', () => {
    fc.assert(
      fc.property(anyHash, (hash) => {
        const first = parse(hash);
        const written = serialise(first.state, first.unknown);
        const second = parse(`#${written}`);
        expect(second.state).toEqual(first.state);
        expect(second.unknown).toEqual(first.unknown.filter(([key, value]) => key !== '' || value !== ''));
        expect(serialise(second.state, second.unknown)).toBe(written);
      }),
      { numRuns: 1000 },
    );
  });

  it('every valid state survives serialise → parse (after rounding)', () => {
    const selection: fc.Arbitrary<Selection | null> = fc.oneof(
      fc.constant(null),
      fc.constantFrom('AZE', 'TUR', 'GEO', 'ARM', 'RUS').map((id) => ({ kind: 'country' as const, id })),
      fc.constant({ kind: 'bloc' as const, id: 'EU' }),
      fc.constantFrom(...catalog.routes).map((id) => ({ kind: 'route' as const, id })),
      fc.constantFrom('cis', 'un').map((id) => ({ kind: 'org' as const, id })),
    );
    const view = fc.record({
      map: fc.option(
        fc.record({
          zoom: between(2, 12),
          lat: between(-90, 90),
          lng: between(-180, 180),
        }),
      ),
      sel: selection,
      layers: fc.option(fc.subarray([...catalog.routes])),
      year: fc.option(fc.integer({ min: catalog.minYear, max: catalog.maxYear })),
      focus: fc.option(fc.constantFrom(...catalog.focuses.slice(1))),
      embed: fc.boolean(),
    });
    fc.assert(
      fc.property(view, (original) => {
        const parsed = parse(serialise(original));
        expect(parsed.invalid).toEqual([]);
        expect(parsed.state.map).toEqual(original.map && roundMapView(original.map));
        expect(parsed.state.sel).toEqual(original.sel);
        expect(parsed.state.year).toEqual(original.year);
        expect(parsed.state.focus).toEqual(original.focus);
        expect(parsed.state.embed).toBe(original.embed);
        expect(serialise(parsed.state)).toBe(serialise(original));
      }),
      { numRuns: 500 },
    );
  });
});

describe('the focus key', () => {
  it('is absent for the default focus, so every link shared before packs keeps working', () => {
    expect(parse('sel=country:TUR').state.focus).toBeNull();
    expect(serialise(state({ focus: null }))).toBe('');
  });

  it('reads and writes another pack, keeping the other keys beside it', () => {
    const parsed = parse('focus=GEO&sel=country:AZE&year=2008');
    expect(parsed.state).toEqual(state({ focus: 'GEO', sel: { kind: 'country', id: 'AZE' }, year: 2008 }));
    expect(serialise(parsed.state)).toBe('sel=country:AZE&year=2008&focus=GEO');
    expect(warn).not.toHaveBeenCalled();
  });

  it('treats the default focus named explicitly as the default', () => {
    expect(parse('focus=AZE').state.focus).toBeNull();
    expect(serialise(state({ focus: 'AZE' }))).toBe('');
  });

  it.each(['ZZZ', 'geo', 'GEORGIA', '%3Cscript%3E', ''])('ignores focus=%j with one warning', (value) => {
    const parsed = parse(`focus=${value}&sel=country:TUR`);
    expect(parsed.state.focus).toBeNull();
    expect(parsed.state.sel).toEqual({ kind: 'country', id: 'TUR' });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('"focus"');
  });

  it('is read before the pack is loaded, with the same rules', () => {
    const ids = catalog.focuses;
    expect(focusInHash('#focus=GEO&sel=country:AZE', ids)).toBe('GEO');
    expect(focusInHash('#sel=country:AZE', ids)).toBe('AZE');
    expect(focusInHash('#focus=ZZZ', ids)).toBe('AZE');
    expect(focusInHash('#focus=%E0%A4%A', ids)).toBe('AZE');
    // The first of two wins, as in parseHash.
    expect(focusInHash('#focus=GEO&focus=AZE', ids)).toBe('GEO');
  });
});
