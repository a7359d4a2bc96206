import { describe, expect, it } from 'vitest';
import { PUBLISHERS, hostOf, publisherOf } from '../../../src/data/publishers';
import { organisations } from '../../../src/data/shared/organisations';
import { routeDetails } from '../../../src/data/shared/route-details';
import { routes } from '../../../src/data/shared/routes';
import { LOADED_PACKS } from './packs';
import { type Found, urlsIn, wholePack } from './walk';

/**
 * The source policy (research/BRIEF.md): every page cited is from a registered publisher, and
 * none is a propaganda outlet, a wiki copy, a content farm or a listing page.
 */
const BANNED: readonly [RegExp, string][] = [
  // State propaganda outlets.
  [/(^|\.)rt\.com$/, 'RT'],
  [/sputnik/, 'Sputnik'],
  [/news-pravda\.com$/, 'the Pravda network'],
  [/presstv/, 'PressTV'],
  [/vestikavkaza/, 'Vestnik Kavkaza'],
  // Copies of Wikipedia on other hosts, and wikis that are not Wikipedia.
  [
    /wikipedia-on-ipfs|wiki-gateway|qwertyu\.wiki|datana\.cloud|kiwix|wikimili|profilbaru|profilpelajar|kureansiklopedi/,
    'a Wikipedia copy',
  ],
  [/gem\.wiki|riteme|bdmobi|friendlywiki|grokipedia|fandom\.com/, 'a wiki copy'],
  [/\.wiki$/, 'a .wiki host'],
  // Only the English Wikipedia, and only for uncontested background.
  [/^(?!en\.)[a-z-]+\.wikipedia\.org$/, 'a Wikipedia other than the English one'],
  // Content farms and aggregators.
  [
    /menafn|einpresswire|breakinglatest|nationpress|urdupoint|canindia|bnnbreaking|marketscreener|spnews|hayaliq|thediplomaticinsight|reform\.news|allrefer|euromaidanpress/,
    'a content farm or weak aggregator',
  ],
];
/** Paginated listing and tag pages never state a claim (a large `page=` is a document id, not a page number). */
const LISTING_PAGE = /\/(tag|tags)\/|[?&]page=\d{1,3}(&|$)|\/page\/\d+\/?$/;

function policyBreaches(found: readonly Found[]): string[] {
  const out: string[] = [];
  for (const { path, value: url } of found) {
    const host = hostOf(url);
    if (!host) out.push(`${path}: not a URL (${url})`);
    else if (!publisherOf(url)) out.push(`${path}: ${host} is not in PUBLISHERS`);
    for (const [pattern, what] of BANNED) if (pattern.test(host)) out.push(`${path}: ${host} is ${what}`);
    if (LISTING_PAGE.test(url)) out.push(`${path}: ${url} is a listing page`);
  }
  return out;
}

/** Every source cited: in each pack, and in the shared facts (which a pack may not show all of). */
const cited = [...LOADED_PACKS.flatMap((p) => urlsIn(wholePack(p), p.id)), ...urlsIn({ organisations, routes, routeDetails }, 'shared')];
const partners = LOADED_PACKS.flatMap((p) => p.partners);

describe('the source policy', () => {
  it('finds the sources everywhere in every pack', () => {
    for (const pack of LOADED_PACKS) {
      const where = new Set(cited.filter((c) => c.path.startsWith(`${pack.id}.`)).map((c) => c.path.split(/[.[]/)[1]));
      expect([...where].sort(), pack.id).toEqual(['dataset', 'events', 'evidence', 'partnerDetails', 'routeDetails']);
    }
    // Capitals, small places, organisations and summaries are all reached.
    for (const part of ['capital.source', 'smallPlaces', 'organisations', 'summarySources', 'membersSource', 'length.alternatives']) {
      expect(
        cited.some((c) => c.path.includes(part)),
        part,
      ).toBe(true);
    }
  });

  it('cites only registered publishers, and nothing banned', () => {
    expect(policyBreaches(cited)).toEqual([]);
  });

  it('keeps no banned host in the registry itself', () => {
    const hosts = Object.keys(PUBLISHERS).map((h) => ({ path: `PUBLISHERS.${h}`, value: `https://${h}/` }));
    expect(policyBreaches(hosts)).toEqual([]);
  });

  it('registers only hosts the data cites', () => {
    const used = new Set(cited.map((c) => hostOf(c.value)));
    expect(Object.keys(PUBLISHERS).filter((h) => !used.has(h))).toEqual([]);
  });

  it('never rests a partner’s kind on Wikipedia', () => {
    const onWikipedia = partners.flatMap((p) =>
      p.periods.filter((period) => period.establishing && /wikipedia\.org$/.test(hostOf(period.establishing.source.url))).map(() => p.id),
    );
    expect(onWikipedia).toEqual([]);
  });

  it('normalises hosts and names publishers', () => {
    expect(hostOf('https://WWW.Reuters.com/x')).toBe('reuters.com');
    expect(hostOf('http://cacianalyst.org./a')).toBe('cacianalyst.org');
    expect(hostOf('not a url')).toBe('');
    expect(publisherOf('https://azertag.az/en/xeber/1')?.name).toBe('AZERTAC');
    expect(publisherOf('https://www.bp.com/en_az/x')?.type).toBe('operator');
    expect(publisherOf('https://example.org/')).toBeUndefined();
    expect(publisherOf('https://en.wikipedia.org/wiki/toString')?.name).toBe('Wikipedia');
    expect(publisherOf('https://constructor/')).toBeUndefined();
  });

  it('catches a broken copy', () => {
    const broken: Found[] = [
      { path: 'a', value: 'https://www.menafn.com/1110399834/x' },
      { path: 'b', value: 'https://en.wikipedia-on-ipfs.org/wiki/Ceyhan' },
      { path: 'c', value: 'https://sco.wikipedia.org/wiki/Turkmenbashy' },
      { path: 'd', value: 'https://az.sputniknews.ru/20250630/x.html' },
      { path: 'e', value: 'https://azertag.az/en/tag/btc' },
      { path: 'f', value: 'https://unknown-blog.example/post' },
      { path: 'g', value: 'https://politics.news-pravda.com/azerbaijan/x.html' },
    ];
    const breaches = policyBreaches(broken);
    for (const path of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) {
      expect(
        breaches.some((b) => b.startsWith(`${path}:`)),
        path,
      ).toBe(true);
    }
  });
});
