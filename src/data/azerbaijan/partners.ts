import type { DatedFact, PartnerCore } from '../schema';
import { capital } from './sourcing';

/**
 * Azerbaijan's partners: what the map, the list and the timeline need — the kind of relationship
 * in each period with the dated evidence for it, the capital the link is drawn to. Summaries,
 * treaties and tensions are in ./partner-details.ts, which loads with the detail panels.
 * Every fact comes from the checked fact sheet (shared/reference/facts.json).
 */

// Facts that back more than one partner (or one partner twice).
export const btcAgreement: DatedFact = {
  date: '1999-11-18',
  text: 'Azerbaijan, Georgia and Türkiye sign the BTC pipeline agreement in Istanbul, with President Clinton as witness.',
  source: {
    url: 'https://clintonwhitehouse4.archives.gov/textonly/WH/New/Europe-9911/briefings/1999-11-18a.html',
    publisher: 'White House archive',
  },
};
export const btkOpens: DatedFact = {
  date: '2017-10-30',
  text: 'The Baku–Tbilisi–Kars railway opens.',
  source: { url: 'http://www.tabula.ge/ge/node/125979', publisher: 'Tabula' },
};
export const euPca: DatedFact = {
  date: '1996-04-22',
  text: 'Partnership and Cooperation Agreement signed; in force since 1999, it is still the legal basis of relations.',
  source: {
    url: 'https://lib.aliyev-heritage.org/en/6014766.html',
    publisher: 'Heydar Aliyev Heritage Library',
  },
};
export const firstGasEurope: DatedFact = {
  date: '2020-12-31',
  text: 'First Azerbaijani gas arrives through TAP, at Melendugno in Italy and at the Greek grid for Greece and Bulgaria.',
  source: {
    url: 'https://www.marketscreener.com/news/latest/First-Commercial-Gas-Delivery-to-Europe-via-Southern-Gas-Corridor--32105557/?utm_medium=RSS&utm_content=20201231',
    publisher: 'SOCAR via MarketScreener',
  },
};
const kazakhstanRelations: DatedFact = {
  date: '1992-08-27',
  text: 'Diplomatic relations established.',
  source: { url: 'https://ekosular.az/en/xeberler/tarixi-furs%C9%99t', publisher: 'Ekosular' },
};
export const bsecFounders: DatedFact = {
  date: '1992-06-25',
  text: 'Both are founding members of the Black Sea Economic Cooperation.',
  source: {
    url: 'https://mfa.gov.az/en/category/regional-organisations/relations-between-azerbaijan-and-black-sea-economic-cooperation-organisation-bsec',
    publisher: 'Azerbaijan MFA',
  },
};
export const igbOpens: DatedFact = {
  date: '2022-10-01',
  text: 'The Interconnector Greece–Bulgaria starts commercial operation, taking Azerbaijani gas on from TAP.',
  source: {
    url: 'https://euromaidanpress.com/2022/10/01/gas-pipeline-interconnecting-greece-and-bulgaria-starts-commercial-operation/',
    publisher: 'Euromaidan Press',
  },
};

export const partners: PartnerCore[] = [
  {
    id: 'RUS',
    name: 'Russia',
    altNames: ['Russian Federation'],
    dimensions: ['energy', 'transport', 'security', 'diplomacy'],
    periods: [
      {
        from: '1992-04-04',
        to: '1997-07-03',
        kind: 'pragmatic',
        evidence: [
          {
            date: '1992-10',
            text: 'Azerbaijan’s parliament refuses to ratify membership of the Russia-led CIS.',
            source: {
              url: 'http://reference.allrefer.com/country-guide-study/azerbaijan/azerbaijan67.html',
              publisher: 'AllRefer country study',
            },
          },
          {
            date: '1996-02-18',
            text: 'Agreement in Moscow on shipping Azerbaijani oil via Novorossiysk.',
            source: { url: 'https://www.socar.az/en/page/baku-novorossiysk-pipeline', publisher: 'SOCAR' },
          },
        ],
      },
      {
        from: '1997-07-03',
        to: '2022-02-22',
        kind: 'strategic',
        evidence: [
          {
            date: '1997-07-03',
            text: 'Treaty of Friendship, Cooperation and Mutual Security.',
            source: {
              url: 'https://azertag.az/en/xeber/Declaration_on_allied_interaction_between_the_Republic_of_Azerbaijan_and_the_Russian_Federation-2024876',
              publisher: 'AZERTAC',
            },
          },
          {
            date: '2008-07-03',
            text: 'Declaration of Friendship and Strategic Partnership.',
            source: {
              url: 'https://azertag.az/en/xeber/Declaration_on_allied_interaction_between_the_Republic_of_Azerbaijan_and_the_Russian_Federation-2024876',
              publisher: 'AZERTAC',
            },
          },
        ],
      },
      {
        from: '2022-02-22',
        to: '2024-12-25',
        kind: 'alliance',
        evidence: [
          {
            date: '2022-02-22',
            text: 'Declaration on Allied Interaction (43 points) signed in Moscow, raising ties to the level of allies.',
            source: {
              url: 'https://azertag.az/en/xeber/Declaration_on_allied_interaction_between_the_Republic_of_Azerbaijan_and_the_Russian_Federation-2024876',
              publisher: 'AZERTAC',
            },
          },
        ],
      },
      {
        from: '2024-12-25',
        kind: 'pragmatic',
        evidence: [
          {
            date: '2024-12-25',
            text: 'An AZAL airliner hit by Russian air-defence fire crashes near Aktau; 38 of 67 aboard die.',
            source: {
              url: 'https://www.nationpress.com/all/putin-expresses-regret-to-azerbaijans-aliyev-over-tragic-air-disaster',
              publisher: 'NationPress',
            },
          },
          {
            date: '2025-06-27',
            text: 'Two Azerbaijani brothers die after a police raid in Yekaterinburg; Baku cancels Russian cultural events.',
            source: {
              url: 'https://kyivindependent.com/nobot/azerbaijan-cancels-russian-events-over-extrajudicial-killings-of-2-citizens-in-russias-yekaterinburg/',
              publisher: 'Kyiv Independent',
            },
          },
          {
            date: '2025-10-09',
            text: 'Putin acknowledges that Russian missiles brought down the AZAL plane.',
            source: {
              url: 'https://wiadomosci.onet.pl/swiat/wladimir-putin-przyznal-sie-rosja-bierze-odpowiedzialnosc-za-lotnicza-katastrofe/cjfp410',
              publisher: 'Onet',
            },
          },
        ],
      },
    ],
    relationsEstablished: {
      date: '1992-04-04',
      text: 'Protocol establishing diplomatic relations.',
      source: {
        url: 'https://news.az/news/russia-to-mark-25th-anniversary-of-relations-with-azerbaijan',
        publisher: 'News.az',
      },
    },
    capital: capital('Moscow', 55.75, 37.6),
  },
  {
    id: 'TUR',
    name: 'Türkiye',
    altNames: ['Turkey'],
    dimensions: ['energy', 'transport', 'security', 'diplomacy'],
    periods: [
      {
        from: '1991-11-09',
        to: '2021-06-15',
        kind: 'strategic',
        evidence: [
          {
            date: '1991-11-09',
            text: 'Türkiye is the first state to recognise Azerbaijan’s independence.',
            source: { url: 'https://sia.az/en/news/politics/922812.html', publisher: 'SIA' },
          },
          btcAgreement,
          {
            date: '2012-06-26',
            text: 'Intergovernmental agreement on the TANAP gas pipeline signed in Istanbul.',
            source: { url: 'https://sabah.com.tr/galeri/ekonomi/tarihi-tanap-projesi-aciliyor', publisher: 'Sabah' },
          },
          btkOpens,
        ],
      },
      {
        from: '2021-06-15',
        kind: 'alliance',
        evidence: [
          {
            date: '2021-06-15',
            text: 'Shusha Declaration on Allied Relations; both parliaments ratify it in February 2022.',
            source: {
              url: 'https://report.az/en/domestic-politics/one-year-passes-since-signing-of-shusha-declaration/',
              publisher: 'Report.az',
            },
          },
          {
            date: '2021-06-15',
            text: 'The Shusha Declaration includes a pledge of mutual military assistance.',
            source: {
              url: 'https://jam-news.net/azerbaijan-and-turkey-agree-on-mutual-military-assistance/',
              publisher: 'JAMnews',
            },
          },
        ],
      },
    ],
    relationsEstablished: {
      date: '1992-01-14',
      text: 'Diplomatic relations established.',
      source: { url: 'https://sia.az/en/news/politics/922812.html', publisher: 'SIA' },
    },
    capital: capital('Ankara', 39.9333, 32.8667),
  },
  {
    id: 'IRN',
    name: 'Iran',
    altNames: ['Islamic Republic of Iran'],
    dimensions: ['energy', 'transport', 'diplomacy'],
    periods: [
      {
        from: '1991-12-25',
        kind: 'pragmatic',
        evidence: [
          {
            date: '2018-03-29',
            text: 'The Astara rail link between Azerbaijan and Iran officially opens.',
            source: {
              url: 'https://www.railwaygazette.com/infrastructure/presidents-officially-open-azerbaijan-iran-rail-link/46216.article',
              publisher: 'Railway Gazette',
            },
          },
          {
            date: '2023-01-27',
            text: 'A gunman attacks Azerbaijan’s embassy in Tehran, killing its security chief; the embassy closes and diplomats are expelled.',
            source: {
              url: 'https://caucasuswatch.de/en/news/azerbaijans-embassy-in-tehran-reopens-after-diplomatic-crisis.html',
              publisher: 'Caucasus Watch',
            },
          },
          {
            date: '2024-07-15',
            text: 'Azerbaijan’s embassy in Tehran reopens.',
            source: {
              url: 'http://presstv.ir/Detail/2024/07/15/729374/Azerbaijan-embassy-Iran',
              publisher: 'Press TV',
            },
          },
        ],
      },
    ],
    relationsEstablished: {
      date: '1992-03-12',
      text: 'Diplomatic relations established.',
      source: {
        url: 'https://lib.aliyev-heritage.org/print.php?lang=en&page=6163780',
        publisher: 'Heydar Aliyev Heritage Library',
      },
    },
    capital: capital('Tehran', 35.7, 51.4167),
  },
  {
    id: 'USA',
    name: 'United States',
    altNames: ['USA', 'United States of America', 'US'],
    dimensions: ['energy', 'security', 'diplomacy'],
    periods: [
      {
        from: '1991-12-25',
        to: '2026-02-10',
        kind: 'pragmatic',
        evidence: [
          {
            date: '1992-10-24',
            text: 'Section 907 of the FREEDOM Support Act bars most US aid to Azerbaijan’s government.',
            source: { url: 'https://en.wikipedia.org/wiki/Section_907', publisher: 'Wikipedia' },
          },
          btcAgreement,
          {
            date: '2001-10-24',
            text: 'Congress lets the president waive Section 907; the waiver has been renewed every year since.',
            source: { url: 'https://en.wikipedia.org/wiki/Section_907', publisher: 'Wikipedia' },
          },
        ],
      },
      {
        from: '2026-02-10',
        kind: 'strategic',
        evidence: [
          {
            date: '2026-02-10',
            text: 'Charter on Strategic Partnership signed in Baku by President Aliyev and Vice-President Vance (date per news reports).',
            source: { url: 'https://georgiatoday.ge/?p=97683', publisher: 'Georgia Today' },
          },
        ],
      },
    ],
    relationsEstablished: {
      date: '1992-02-19',
      text: 'Diplomatic relations established; the US embassy in Baku opens on 16 March.',
      source: { url: 'https://history.state.gov/countries/azerbaijan', publisher: 'US Office of the Historian' },
    },
    capital: capital('Washington, D.C.', 38.8833, -77),
  },
  // The fact sheet gives no date for diplomatic relations with the EU; the PCA is its stated basis.
  {
    id: 'EU',
    name: 'European Union',
    altNames: ['EU'],
    members: [
      'AUT',
      'BEL',
      'BGR',
      'HRV',
      'CYP',
      'CZE',
      'DNK',
      'EST',
      'FIN',
      'FRA',
      'DEU',
      'GRC',
      'HUN',
      'IRL',
      'ITA',
      'LVA',
      'LTU',
      'LUX',
      'MLT',
      'NLD',
      'POL',
      'PRT',
      'ROU',
      'SVK',
      'SVN',
      'ESP',
      'SWE',
    ],
    dimensions: ['energy', 'trade', 'diplomacy'],
    periods: [
      {
        from: '1996-04-22',
        kind: 'strategic',
        evidence: [
          euPca,
          {
            date: '2009-05-07',
            text: 'Azerbaijan joins the Eastern Partnership at its launch in Prague; it has no association agreement.',
            source: { url: 'http://www.panarmenian.net/eng/news/31330/', publisher: 'PanARMENIAN.Net' },
          },
          firstGasEurope,
          {
            date: '2022-07-18',
            text: 'Energy memorandum on a strategic partnership: the aim is at least 20 bcm of gas a year to the EU by 2027.',
            source: { url: 'https://www.trtworld.com/article/12786908', publisher: 'TRT World' },
          },
        ],
      },
    ],
    relationsEstablished: euPca,
    capital: capital('Brussels', 50.8333, 4.3333),
  },
  {
    id: 'GEO',
    name: 'Georgia',
    altNames: ['Sakartvelo'],
    dimensions: ['energy', 'transport', 'security', 'diplomacy'],
    periods: [
      {
        from: '1992-11-18',
        kind: 'strategic',
        evidence: [
          {
            date: '1996-03-08',
            text: 'Agreement on strengthening friendship, cooperation and mutual security.',
            source: {
              url: 'https://xalqqazeti.az/en/resmi-xronika/171403-peace-initiators-in-the-south-caucasus',
              publisher: 'Xalq Qazeti',
            },
          },
          btcAgreement,
          btkOpens,
        ],
      },
    ],
    relationsEstablished: {
      date: '1992-11-18',
      text: 'Diplomatic relations established (date inferred from the 30th-anniversary event).',
      source: {
        url: 'https://en.apa.az/foreign-policy/georgian-ambassador-successful-regional-cooperation-between-azerbaijan-and-georgia-continues-photo-389871',
        publisher: 'APA',
      },
    },
    capital: capital('Tbilisi', 41.6833, 44.8333),
  },
  {
    id: 'ARM',
    name: 'Armenia',
    altNames: [],
    noDiplomaticRelations: true,
    dimensions: ['security', 'transport', 'diplomacy'],
    periods: [
      {
        from: '1991',
        to: '2025-03-13',
        kind: 'adversarial',
        evidence: [
          {
            date: '1992-03-24',
            text: 'The CSCE sets up the Minsk process to mediate over Nagorno-Karabakh.',
            source: { url: 'https://mediamax.am/en/news/foreignpolicy/59419/', publisher: 'Mediamax' },
          },
          {
            date: '1994-05',
            text: 'The Bishkek ceasefire ends the first Karabakh war.',
            source: {
              url: 'https://kureansiklopedi.com/en/detay/azerbaijanarmeniausa-trilateral-summit-2025-98c7e',
              publisher: 'Türkiye Research Encyclopedia',
            },
          },
          {
            date: '2020-09-27',
            text: 'The 44-day war over Karabakh begins.',
            source: {
              url: 'https://jam-news.net/karabakh-news-agreement-conditions-war-stopped-live-azerbaijan-armenia-russia-protest-in-yerevan-return-of-regions-and-refugees-russian-peacekeepers/',
              publisher: 'JAMnews',
            },
          },
          {
            date: '2023-09-19',
            text: 'Azerbaijan’s military operation in Karabakh ends the breakaway republic; over 100,000 Armenians leave.',
            source: {
              url: 'https://www.intellinews.com/nagorno-karabakh-republic-dissolves-itself-294618',
              publisher: 'bne IntelliNews',
            },
          },
        ],
      },
      {
        from: '2025-03-13',
        kind: 'adversarial',
        evidence: [
          {
            date: '2025-03-13',
            text: 'Negotiators agree the full text of a 17-article peace agreement.',
            source: {
              url: 'https://www.caspiannews.com/news-detail/azerbaijan-armenia-conclude-negotiations-on-peace-treaty-2025-3-13-40/',
              publisher: 'Caspian News',
            },
          },
          {
            date: '2025-08-08',
            text: 'At the White House the leaders sign a joint declaration and their ministers initial the peace agreement.',
            source: { url: 'https://pia.ge/en/news/world/yerevan-and-baku-agree-to-end-hostilities', publisher: 'PIA' },
          },
          {
            date: '2025-10-21',
            text: 'Azerbaijan lifts all restrictions on cargo transit to Armenia.',
            source: {
              url: 'https://zartonkmedia.com/2025/10/21/azerbaijan-lifts-all-cargo-transit-restrictions-on-goods-to-armenia-despite-holding-artsakh-leaders-hostage-and-pushing-for-corridor',
              publisher: 'Zartonk Media',
            },
          },
        ],
      },
    ],
    capital: capital('Yerevan', 40.1667, 44.5),
  },
  {
    id: 'KAZ',
    name: 'Kazakhstan',
    altNames: [],
    dimensions: ['energy', 'transport', 'diplomacy'],
    periods: [
      { from: '1992-08-27', to: '2005', kind: 'strategic', evidence: [kazakhstanRelations] },
      {
        from: '2005',
        kind: 'alliance',
        evidence: [
          {
            date: '2005',
            text: 'Treaty on Strategic Partnership and Allied Relations signed in Baku.',
            source: { url: 'https://www.azernews.az/nation/198409.html', publisher: 'AzerNews' },
          },
          {
            date: '2022-08-24',
            text: 'Declaration on strengthening strategic relations and deepening allied cooperation.',
            source: {
              url: 'https://hayaliq.com/en/kazakhstan-is-a-strategic-ally-of-azerbaijan/',
              publisher: 'Hayaliq',
            },
          },
        ],
      },
    ],
    relationsEstablished: kazakhstanRelations,
    capital: capital('Astana', 51.1667, 71.4167),
  },
  {
    id: 'TKM',
    name: 'Turkmenistan',
    altNames: [],
    dimensions: ['energy', 'diplomacy'],
    periods: [
      {
        from: '1992-06-09',
        to: '2021-01-21',
        kind: 'pragmatic',
        evidence: [
          {
            date: '1999',
            text: 'A dispute over an offshore Caspian field disrupts relations; Turkmenistan closes its Baku embassy in 2001 (low-confidence source).',
            source: {
              url: 'https://iwpr.net./ru/global-voices/turkmenskie-diplomaty-vernutsya-v-baku',
              publisher: 'IWPR',
            },
          },
        ],
      },
      {
        from: '2021-01-21',
        kind: 'strategic',
        evidence: [
          {
            date: '2021-01-21',
            text: 'Memorandum to explore and develop the disputed field jointly, renamed Dostlug (“friendship”).',
            source: { url: 'https://en.trend.az/azerbaijan/politics/3368219.html', publisher: 'Trend' },
          },
        ],
      },
    ],
    relationsEstablished: {
      date: '1992-06-09',
      text: 'Diplomatic relations established (one source gives 9 July 1992).',
      source: { url: 'https://mfa.gov.az/en/news/no27821', publisher: 'Azerbaijan MFA' },
    },
    capital: capital('Ashgabat', 37.95, 58.3833),
  },
  {
    id: 'UZB',
    name: 'Uzbekistan',
    altNames: [],
    dimensions: ['diplomacy'],
    periods: [
      {
        from: '1995-10-02',
        to: '2024-08-23',
        kind: 'strategic',
        evidence: [
          {
            date: '2022-06',
            text: 'Declaration on Strategic Partnership.',
            source: {
              url: 'https://www.uzdaily.uz/en/a-new-stage-in-uzbekistan-azerbaijan-relations-a-strategic-alliance',
              publisher: 'UzDaily',
            },
          },
        ],
      },
      {
        from: '2024-08-23',
        kind: 'alliance',
        evidence: [
          {
            date: '2024-08-23',
            text: 'Treaty on Allied Relations signed in Tashkent.',
            source: { url: 'https://interfax.com/newsroom/top-stories/105377/', publisher: 'Interfax' },
          },
          {
            date: '2025-04-30',
            text: 'Uzbekistan’s Senate ratifies the allied-relations treaty.',
            source: { url: 'https://en.vestikavkaza.ru/material/175017', publisher: 'Vestnik Kavkaza' },
          },
        ],
      },
    ],
    relationsEstablished: {
      date: '1995-10-02',
      text: 'Diplomatic relations established.',
      source: { url: 'https://en.trend.az/azerbaijan/politics/3781856.html', publisher: 'Trend' },
    },
    capital: capital('Tashkent', 41.3167, 69.25),
  },
  {
    id: 'KGZ',
    name: 'Kyrgyzstan',
    altNames: ['Kyrgyz Republic'],
    dimensions: ['diplomacy'],
    periods: [
      {
        from: '1993-01-19',
        kind: 'strategic',
        evidence: [
          {
            date: '2009-10-03',
            text: 'Co-founders of the Turkic Council, now the Organization of Turkic States.',
            source: { url: 'https://en.wikipedia.org/wiki/Organization_of_Turkic_States', publisher: 'Wikipedia' },
          },
          {
            date: '2007-05-16',
            text: 'Azerbaijan opens an embassy in Bishkek.',
            source: {
              url: 'https://profilbaru.com/fr/Relations_entre_l%27Azerba%C3%AFdjan_et_le_Kirghizistan',
              publisher: 'Profilbaru (wiki copy)',
            },
          },
        ],
      },
    ],
    relationsEstablished: {
      date: '1993-01-19',
      text: 'Diplomatic relations established (low-confidence source).',
      source: {
        url: 'https://profilbaru.com/fr/Relations_entre_l%27Azerba%C3%AFdjan_et_le_Kirghizistan',
        publisher: 'Profilbaru (wiki copy)',
      },
    },
    capital: capital('Bishkek', 42.8667, 74.6),
  },
  {
    id: 'TJK',
    name: 'Tajikistan',
    altNames: [],
    dimensions: ['diplomacy'],
    periods: [
      {
        from: '1992-05-29',
        kind: 'strategic',
        evidence: [
          {
            date: '2007-03-15',
            text: 'Treaty of Friendship and Cooperation.',
            source: {
              url: 'https://menafn.com/1108249867/Trans-Caspian-Transport-Corridor-Emerges-As-New-Opportunity-For-Azerbaijan-Tajikistan-Relations',
              publisher: 'MENAFN',
            },
          },
          {
            date: '2024-05-23',
            text: 'Declaration on Strategic Partnership signed in Baku.',
            source: {
              url: 'https://www.urdupoint.com/en/world/azerbaijan-tajikistan-sign-declaration-on-st-1828115.html',
              publisher: 'UrduPoint',
            },
          },
        ],
      },
    ],
    relationsEstablished: {
      date: '1992-05-29',
      text: 'Diplomatic relations established.',
      source: {
        url: 'https://www.mfa.tj/en/main/view/140/relations-of-tajikistan-with-azerbaijan',
        publisher: 'Tajikistan MFA',
      },
    },
    capital: capital('Dushanbe', 38.55, 68.7667),
  },
  {
    id: 'UKR',
    name: 'Ukraine',
    altNames: [],
    dimensions: ['energy', 'diplomacy'],
    periods: [
      {
        from: '1992-02-06',
        kind: 'strategic',
        evidence: [
          {
            date: '1997-10-10',
            text: 'Co-founders of GUAM, with Georgia and Moldova, in Strasbourg.',
            source: {
              url: 'https://guam-organization.org/en/about-the-organization-for-democracy-and-economic-development-guam/',
              publisher: 'GUAM',
            },
          },
          {
            date: '2022',
            text: 'Azerbaijan starts sending humanitarian and energy aid to Ukraine.',
            source: { url: 'https://www.azernews.az/nation/188853.html', publisher: 'AzerNews' },
          },
          {
            date: '2025-07',
            text: 'Deal to supply Azerbaijani gas to Ukraine.',
            source: {
              url: 'https://www.azatutyun.am/a/adrbejany-sksel-e-gazi-artahanoumy-germania-ev-avstria/33652416.html',
              publisher: 'Azatutyun (RFE/RL)',
            },
          },
        ],
      },
    ],
    relationsEstablished: {
      date: '1992-02-06',
      text: 'Diplomatic relations established.',
      source: { url: 'https://www.azernews.az/nation/188854.html', publisher: 'AzerNews' },
    },
    capital: capital('Kyiv', 50.4333, 30.5167),
  },
  // The capitals dataset places Israel's capital at Jerusalem, the only sourced point we have, and it
  // is only the anchor of the link line; Azerbaijan's embassy is in Tel Aviv, about 55 km away.
  {
    id: 'ISR',
    name: 'Israel',
    altNames: [],
    dimensions: ['energy', 'diplomacy'],
    periods: [
      {
        from: '1991-12-25',
        kind: 'strategic',
        evidence: [
          {
            date: '1993',
            text: 'Israel opens an embassy in Baku.',
            source: {
              url: 'https://www.canindia.com/israel-welcomes-opening-of-azerbaijani-embassy-in-tel-aviv/',
              publisher: 'CanIndia',
            },
          },
          {
            date: '2023-03-29',
            text: 'Azerbaijan opens its embassy in Tel Aviv.',
            source: {
              url: 'https://www.breakinglatest.news/world/azerbaijan-israel-establishes-embassy-in-israel-31-years-after-diplomatic-ties/',
              publisher: 'Breaking Latest (Xinhua)',
            },
          },
          {
            date: '2023',
            text: 'Azerbaijan reportedly supplies about 40% of Israel’s oil imports (low-confidence figure).',
            source: {
              url: 'https://www.napi.hu/nemzetkozi-gazdasag/azerbajdzsan-nagykovet-izrael-iran.765930.html',
              publisher: 'Napi.hu',
            },
          },
        ],
      },
    ],
    relationsEstablished: {
      date: '1992-04-07',
      text: 'Diplomatic relations established.',
      source: {
        url: 'https://menafn.com/1108067638/George-Dick-Commemorates-Azerbaijan-Israel-Relations-Anniversary-With-Sharing-Post',
        publisher: 'MENAFN',
      },
    },
    capital: capital('Jerusalem', 31.7667, 35.2333),
  },
  {
    id: 'CHN',
    name: 'China',
    altNames: ["People's Republic of China", 'PRC'],
    dimensions: ['transport', 'diplomacy'],
    periods: [
      {
        from: '1992-04-02',
        kind: 'strategic',
        evidence: [
          {
            date: '2024-07-03',
            text: 'Joint declaration on a strategic partnership, at the SCO summit in Astana.',
            source: { url: 'https://en.trend.az/azerbaijan/politics/4033820.html', publisher: 'Trend' },
          },
          {
            date: '2025-04-23',
            text: 'Joint statement raising ties to a comprehensive strategic partnership, during a state visit to Beijing.',
            source: {
              url: 'https://www.einpresswire.com/article/805856717/azerbaijan-and-china-signed-joint-statement-on-establishment-of-comprehensive-strategic-partnership',
              publisher: 'EIN Presswire',
            },
          },
        ],
      },
    ],
    relationsEstablished: {
      date: '1992-04-02',
      text: 'Diplomatic relations established.',
      source: { url: 'https://en.trend.az/azerbaijan/politics/4033820.html', publisher: 'Trend' },
    },
    capital: capital('Beijing', 39.9167, 116.3833),
  },
  {
    id: 'PAK',
    name: 'Pakistan',
    altNames: [],
    dimensions: ['diplomacy'],
    periods: [
      {
        from: '1991-12-12',
        kind: 'strategic',
        evidence: [
          {
            date: '1991-12-12',
            text: 'Pakistan recognises Azerbaijan, second only to Türkiye.',
            source: {
              url: 'https://thediplomaticinsight.com/senate-resolution-on-pakistan-azerbaijan-ties/',
              publisher: 'Diplomatic Insight',
            },
          },
          {
            date: '1993-03-12',
            text: 'Pakistan opens its embassy in Baku; Azerbaijan’s in Islamabad follows in 1997.',
            source: {
              url: 'https://news.az/news/pakistan-azerbaijan-enjoy-excellent-bilateral-ties-embassy',
              publisher: 'News.az',
            },
          },
        ],
      },
    ],
    relationsEstablished: {
      date: '1992-06-09',
      text: 'Diplomatic relations established.',
      source: {
        url: 'https://news.az/news/pakistan-azerbaijan-enjoy-excellent-bilateral-ties-embassy',
        publisher: 'News.az',
      },
    },
    capital: capital('Islamabad', 33.6833, 73.05),
  },
  // EU members below have no sourced date for diplomatic relations, so their one period starts at
  // independence (1991); the evidence is the energy link that gives each its own story.
  {
    id: 'ITA',
    name: 'Italy',
    altNames: [],
    dimensions: ['energy'],
    periods: [
      {
        from: '1991',
        kind: 'strategic',
        evidence: [
          firstGasEurope,
          {
            date: '2026-01',
            text: 'TAP’s first expansion adds 1 bcm a year of capacity for Italy.',
            source: {
              url: 'https://report.az/en/energy/head-of-tap-ag-work-on-stage-1-of-tap-s-capacity-expansion-nearing-completion',
              publisher: 'Report.az',
            },
          },
        ],
      },
    ],
    capital: capital('Rome', 41.9, 12.4833),
  },
  {
    id: 'GRC',
    name: 'Greece',
    altNames: ['Hellenic Republic', 'Hellas'],
    dimensions: ['energy'],
    periods: [
      {
        from: '1991',
        kind: 'strategic',
        evidence: [
          bsecFounders,
          {
            date: '2016-05-17',
            text: 'Construction of TAP starts with a ceremony in Thessaloniki.',
            source: {
              url: 'https://minenergy.gov.az/en/layiheler/cenub-qaz-dehlizi_2196',
              publisher: 'Azerbaijan Ministry of Energy',
            },
          },
          firstGasEurope,
          igbOpens,
        ],
      },
    ],
    capital: capital('Athens', 37.9833, 23.7333),
  },
  {
    id: 'BGR',
    name: 'Bulgaria',
    altNames: [],
    dimensions: ['energy'],
    periods: [{ from: '1991', kind: 'strategic', evidence: [bsecFounders, firstGasEurope, igbOpens] }],
    capital: capital('Sofia', 42.6833, 23.3167),
  },
  {
    id: 'ROU',
    name: 'Romania',
    altNames: [],
    dimensions: ['energy'],
    periods: [
      {
        from: '1991',
        kind: 'strategic',
        evidence: [
          bsecFounders,
          {
            date: '2023',
            text: 'Romania starts buying Azerbaijani gas.',
            source: { url: 'https://www.economica.net/extern/page/273', publisher: 'Economica.net' },
          },
        ],
      },
    ],
    capital: capital('Bucharest', 44.4333, 26.1),
  },
  {
    id: 'HUN',
    name: 'Hungary',
    altNames: [],
    dimensions: ['energy', 'diplomacy'],
    periods: [
      {
        from: '1991',
        kind: 'strategic',
        evidence: [
          {
            date: '2018',
            text: 'Hungary becomes an observer in the Turkic Council.',
            source: { url: 'https://en.wikipedia.org/wiki/Organization_of_Turkic_States', publisher: 'Wikipedia' },
          },
          {
            date: '2024',
            text: 'Hungary starts receiving Azerbaijani gas.',
            source: {
              url: 'https://hungary.news-pravda.com/hungary/2024/06/04/5499.html',
              publisher: 'News-Pravda Hungary',
            },
          },
        ],
      },
    ],
    capital: capital('Budapest', 47.5, 19.0833),
  },
];
