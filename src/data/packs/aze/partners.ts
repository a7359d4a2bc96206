import type { PartnerCore } from '../../schema';
import { EU_MEMBERS } from '../../shared/blocs';
import { capital, evidenceRefs } from '../../sourcing';
import type { EvidenceKey } from './evidence';

/**
 * Azerbaijan's partners: what the map, the list and the timeline need. Each period of a partner's
 * relationship has one kind and names the dated document that establishes it (DESIGN.md, the
 * evidence rule): an alliance treaty or declaration, a strategic-partnership declaration, a war or
 * the absence of relations; the `cooperative` baseline rests on the establishment of diplomatic
 * relations, or on nothing. Strains are dated periods of tension on top of whatever kind is in
 * force. Summaries, treaties and tensions are in ./partner-details.ts, loaded with the panels.
 *
 * Facts come from the 2026 audit (research/partners-a, partners-b, partners-new); each is our own
 * one-sentence summary of the page it cites. The facts are in ./evidence.ts, loaded with the
 * panels; a partner names them by key (`by`, `refs`, `since`), checked by the compiler.
 */

const { by, refs, since } = evidenceRefs<EvidenceKey>();

export const partners: PartnerCore[] = [
  {
    id: 'RUS',
    name: 'Russia',
    altNames: ['Russian Federation'],
    dimensions: ['energy', 'transport', 'security', 'trade', 'diplomacy'],
    periods: [
      {
        from: '1992-04-04',
        to: '2008-07-03',
        kind: 'cooperative',
        establishing: by('relations-established', 'RUS_1992_04_04'),
        supporting: refs('RUS_1997_07_03'),
      },
      {
        from: '2008-07-03',
        to: '2022-02-22',
        kind: 'strategic',
        establishing: by('strategic-partnership', 'RUS_2008_07_03'),
        supporting: refs('RUS_2010_09_03'),
      },
      {
        from: '2022-02-22',
        kind: 'alliance',
        establishing: by('alliance-declaration', 'RUS_2022_02_22'),
        supporting: [],
      },
    ],
    strains: [
      {
        from: '2024-12-25',
        label: 'Crisis after the AZAL crash',
        evidence: refs('RUS_2024_12_25', 'RUS_2025_06_27', 'RUS_2025_06_30', 'RUS_2025_10_09'),
      },
    ],
    relationsEstablished: since('RUS_1992_04_04', '1992-04-04'),
    capital: capital('Moscow', 55.75, 37.6),
  },
  {
    id: 'TUR',
    name: 'Türkiye',
    altNames: ['Turkey', 'Republic of Türkiye'],
    dimensions: ['energy', 'transport', 'security', 'trade', 'diplomacy'],
    periods: [
      {
        from: '1992-01-14',
        to: '2010-08-16',
        kind: 'cooperative',
        establishing: by('relations-established', 'TUR_1992_01_14'),
        supporting: refs('TUR_1991_11_09', 'BTC_IGA_1999_11_18'),
      },
      {
        from: '2010-08-16',
        to: '2021-06-15',
        kind: 'strategic',
        establishing: by('strategic-partnership', 'TUR_2010_08_16'),
        supporting: refs('TANAP_IGA_2012_06_26', 'BTK_OPENED_2017_10_30'),
      },
      {
        from: '2021-06-15',
        kind: 'alliance',
        establishing: by('alliance-declaration', 'TUR_2021_06_15'),
        supporting: [],
      },
    ],
    strains: [],
    relationsEstablished: since('TUR_1992_01_14', '1992-01-14'),
    capital: capital('Ankara', 39.9333, 32.8667),
  },
  {
    id: 'IRN',
    name: 'Iran',
    altNames: ['Islamic Republic of Iran'],
    dimensions: ['energy', 'transport', 'security', 'trade', 'diplomacy'],
    periods: [
      {
        from: '1992-03-12',
        kind: 'cooperative',
        establishing: by('relations-established', 'IRN_1992_03_12'),
        supporting: refs('IRN_1991_12_25', 'IRN_2024_05'),
      },
    ],
    strains: [
      {
        from: '2021-10-01',
        to: '2022-10',
        label: 'Border war games',
        evidence: refs('IRN_2021_10_01', 'IRN_2022_10'),
      },
      {
        from: '2023-01-27',
        to: '2024-07-15',
        label: 'Embassy attack and closure',
        evidence: refs('IRN_2023_01_27', 'IRN_2023_04_06', 'IRN_2024_07_15'),
      },
    ],
    relationsEstablished: since('IRN_1992_03_12', '1992-03-12'),
    capital: capital('Tehran', 35.7, 51.4167),
  },
  {
    id: 'USA',
    name: 'United States',
    altNames: ['USA', 'US', 'United States of America'],
    dimensions: ['energy', 'security', 'diplomacy'],
    periods: [
      {
        from: '1992-02-19',
        to: '2026-02-10',
        kind: 'cooperative',
        establishing: by('relations-established', 'USA_1992_02_19'),
        supporting: refs('USA_1991_12_25', 'BTC_IGA_1999_11_18', 'USA_2025_08_08'),
      },
      {
        from: '2026-02-10',
        kind: 'strategic',
        establishing: by('strategic-partnership', 'USA_2026_02_10'),
        supporting: [],
      },
    ],
    strains: [
      {
        // The ban itself ended as a strain when presidents could waive it; the delays to the
        // waiver since are in the panel's tensions.
        from: '1992-10-24',
        to: '2001-10-24',
        label: 'Section 907 ban on US aid',
        evidence: refs('USA_1992_10_24', 'USA_2001_10_24'),
      },
    ],
    relationsEstablished: since('USA_1992_02_19', '1992-02-19'),
    capital: capital('Washington, D.C.', 38.8833, -77.0),
  },
  {
    id: 'EU',
    name: 'European Union',
    altNames: ['EU'],
    members: EU_MEMBERS,
    dimensions: ['energy', 'trade', 'diplomacy'],
    periods: [
      {
        from: '1991',
        kind: 'cooperative',
        supporting: refs('EU_1996_04_22', 'EU_2009_05_07', 'EU_2022_07_18'),
      },
    ],
    strains: [
      {
        from: '2023-02-20',
        label: 'Friction over Karabakh, rights and France',
        evidence: refs('EU_2023_02_20', 'EU_2023_10_05', 'EU_2023_12_26', 'EU_2024_05_16', 'EU_2024_10_24'),
      },
    ],
    capital: capital('Brussels', 50.8333, 4.3333),
  },
  {
    id: 'GEO',
    name: 'Georgia',
    altNames: ['Sakartvelo'],
    dimensions: ['energy', 'transport', 'security', 'trade', 'diplomacy'],
    periods: [
      {
        from: '1992-11-18',
        to: '2015-11-05',
        kind: 'cooperative',
        establishing: by('relations-established', 'GEO_1992_11_18'),
        supporting: refs('GEO_1996_03_08'),
      },
      {
        // The 2015 declaration, signed by both presidents, proclaims the strategic partnership and
        // sets out its fields (Civil.ge full text), which the evidence rule asks for.
        from: '2015-11-05',
        kind: 'strategic',
        establishing: by('strategic-partnership', 'GEO_2015_11_05'),
        supporting: [],
      },
    ],
    strains: [
      {
        // Closed at the last dated report: no later source shows the dispute straining relations.
        from: '2019-04',
        to: '2019-09',
        label: 'David Gareja border dispute',
        evidence: refs('GEO_2019_05', 'GEO_2019_09_04'),
      },
    ],
    relationsEstablished: since('GEO_1992_11_18', '1992-11-18'),
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
        to: '2023-10-26',
        kind: 'adversarial',
        establishing: by('war', 'ARM_1991'),
        supporting: refs('ARM_2020_09_27', 'ARM_2023_09_19'),
      },
      {
        from: '2023-10-26',
        kind: 'adversarial',
        establishing: by('no-relations', 'ARM_2023_10_26'),
        supporting: refs('ARM_2025_08_08', 'ARM_2025_08_11'),
      },
    ],
    strains: [],
    capital: capital('Yerevan', 40.1667, 44.5),
  },
  {
    id: 'KAZ',
    name: 'Kazakhstan',
    altNames: ['Republic of Kazakhstan'],
    dimensions: ['energy', 'transport', 'diplomacy'],
    periods: [
      {
        from: '1992-08',
        to: '2004-03',
        kind: 'cooperative',
        establishing: by('relations-established', 'KAZ_1992_08'),
        supporting: [],
      },
      {
        from: '2004-03',
        to: '2005-05-24',
        kind: 'strategic',
        establishing: by('strategic-partnership', 'KAZ_2004_03'),
        supporting: [],
      },
      {
        from: '2005-05-24',
        kind: 'alliance',
        establishing: by('alliance-treaty', 'KAZ_2005_05_24'),
        supporting: refs('KAZ_2006_06_23', 'KAZ_2022_08_24', 'KAZ_2024_03_11', 'KAZ_2025_10_21'),
      },
    ],
    strains: [],
    relationsEstablished: since('KAZ_1992_08', '1992-08'),
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
        to: '2017-08-08',
        kind: 'cooperative',
        establishing: by('relations-established', 'TKM_1992_06_09'),
        supporting: [],
      },
      {
        from: '2017-08-08',
        kind: 'strategic',
        establishing: by('strategic-partnership', 'TKM_2017_08_08'),
        supporting: refs('TKM_2021_01_21'),
      },
    ],
    strains: [
      {
        from: '2001-06',
        to: '2008',
        label: 'Caspian field dispute and embassy closure',
        evidence: refs('TKM_2001_06', 'TKM_2008_01_23', 'TKM_2008'),
      },
    ],
    relationsEstablished: since('TKM_1992_06_09', '1992-06-09'),
    capital: capital('Ashgabat', 37.95, 58.3833),
  },
  {
    id: 'UZB',
    name: 'Uzbekistan',
    altNames: ['Republic of Uzbekistan'],
    dimensions: ['diplomacy', 'trade'],
    periods: [
      {
        from: '1995-10-02',
        to: '2022-06-21',
        kind: 'cooperative',
        establishing: by('relations-established', 'UZB_1995_10_02'),
        supporting: [],
      },
      {
        from: '2022-06-21',
        to: '2024-08-23',
        kind: 'strategic',
        establishing: by('strategic-partnership', 'UZB_2022_06_21'),
        supporting: [],
      },
      {
        from: '2024-08-23',
        kind: 'alliance',
        establishing: by('alliance-treaty', 'UZB_2024_08_23'),
        supporting: refs('UZB_2025_02_25', 'UZB_2025_04_30', 'UZB_2025_07_02'),
      },
    ],
    strains: [],
    relationsEstablished: since('UZB_1995_10_02', '1995-10-02'),
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
        to: '2022-04-20',
        kind: 'cooperative',
        establishing: by('relations-established', 'KGZ_1993_01_19'),
        supporting: [],
      },
      {
        from: '2022-04-20',
        kind: 'strategic',
        establishing: by('strategic-partnership', 'KGZ_2022_04_20'),
        supporting: refs('KGZ_2022_10_11', 'KGZ_2024_04_24'),
      },
    ],
    strains: [],
    relationsEstablished: since('KGZ_1993_01_19', '1993-01-19'),
    capital: capital('Bishkek', 42.8667, 74.6),
  },
  {
    id: 'TJK',
    name: 'Tajikistan',
    altNames: ['Republic of Tajikistan'],
    dimensions: ['diplomacy'],
    periods: [
      {
        from: '1992-05-29',
        to: '2024-05-23',
        kind: 'cooperative',
        establishing: by('relations-established', 'TJK_1992_05_29'),
        supporting: [],
      },
      {
        from: '2024-05-23',
        kind: 'strategic',
        establishing: by('strategic-partnership', 'TJK_2024_05_23'),
        supporting: [],
      },
    ],
    strains: [],
    relationsEstablished: since('TJK_1992_05_29', '1992-05-29'),
    capital: capital('Dushanbe', 38.55, 68.7667),
  },
  {
    id: 'UKR',
    name: 'Ukraine',
    altNames: [],
    dimensions: ['energy', 'security', 'diplomacy'],
    periods: [
      {
        from: '1992-02-06',
        kind: 'cooperative',
        establishing: by('relations-established', 'UKR_1992_02_06'),
        supporting: refs('UKR_1997_10_10', 'UKR_2022_01_14'),
      },
    ],
    strains: [],
    relationsEstablished: since('UKR_1992_02_06', '1992-02-06'),
    capital: capital('Kyiv', 50.4333, 30.5167),
  },
  {
    id: 'ISR',
    name: 'Israel',
    altNames: [],
    dimensions: ['energy', 'security', 'diplomacy'],
    periods: [
      {
        from: '1992-04-07',
        kind: 'cooperative',
        establishing: by('relations-established', 'ISR_1992_04_07'),
        supporting: refs('ISR_1991_12_25', 'ISR_1993', 'ISR_2023_03_29'),
      },
    ],
    strains: [],
    relationsEstablished: since('ISR_1992_04_07', '1992-04-07'),
    capital: capital('Jerusalem', 31.7667, 35.2333),
  },
  {
    id: 'CHN',
    name: 'China',
    altNames: ['People’s Republic of China', 'PRC'],
    dimensions: ['transport', 'trade', 'diplomacy'],
    periods: [
      {
        from: '1992-04-02',
        to: '2024-07-03',
        kind: 'cooperative',
        establishing: by('relations-established', 'CHN_1992_04_02'),
        supporting: [],
      },
      {
        from: '2024-07-03',
        kind: 'strategic',
        establishing: by('strategic-partnership', 'CHN_2024_07_03'),
        supporting: refs('CHN_2025_04_23'),
      },
    ],
    strains: [],
    relationsEstablished: since('CHN_1992_04_02', '1992-04-02'),
    capital: capital('Beijing', 39.9167, 116.3833),
  },
  {
    id: 'PAK',
    name: 'Pakistan',
    altNames: [],
    dimensions: ['security', 'diplomacy'],
    periods: [
      {
        from: '1992-06-09',
        kind: 'cooperative',
        establishing: by('relations-established', 'PAK_1992_06_09'),
        supporting: refs('PAK_1991_12_12', 'PAK_1993_03_12'),
      },
    ],
    strains: [],
    relationsEstablished: since('PAK_1992_06_09', '1992-06-09'),
    capital: capital('Islamabad', 33.6833, 73.05),
  },
  {
    id: 'ITA',
    name: 'Italy',
    altNames: ['Italian Republic'],
    dimensions: ['energy', 'trade', 'diplomacy'],
    periods: [
      {
        from: '1992-05-08',
        to: '2014-07',
        kind: 'cooperative',
        establishing: by('relations-established', 'ITA_1992_05_08'),
        supporting: [],
      },
      {
        from: '2014-07',
        kind: 'strategic',
        establishing: by('strategic-partnership', 'ITA_2014_07'),
        supporting: refs('ITA_2020_02_20'),
      },
    ],
    strains: [],
    relationsEstablished: since('ITA_1992_05_08', '1992-05-08'),
    capital: capital('Rome', 41.9, 12.4833),
  },
  {
    id: 'GRC',
    name: 'Greece',
    altNames: ['Hellenic Republic', 'Hellas'],
    dimensions: ['energy'],
    periods: [
      {
        from: '1992-04',
        kind: 'cooperative',
        establishing: by('relations-established', 'GRC_1992_04'),
        supporting: [],
      },
    ],
    strains: [],
    relationsEstablished: since('GRC_1992_04', '1992-04'),
    capital: capital('Athens', 37.9833, 23.7333),
  },
  {
    id: 'BGR',
    name: 'Bulgaria',
    altNames: ['Republic of Bulgaria'],
    dimensions: ['energy', 'diplomacy'],
    periods: [
      {
        from: '1992-06',
        to: '2015-03-04',
        kind: 'cooperative',
        establishing: by('relations-established', 'BGR_1992_06'),
        supporting: [],
      },
      {
        from: '2015-03-04',
        kind: 'strategic',
        establishing: by('strategic-partnership', 'BGR_2015_03_04'),
        supporting: refs('BGR_2024_05_08'),
      },
    ],
    strains: [],
    relationsEstablished: since('BGR_1992_06', '1992-06'),
    capital: capital('Sofia', 42.6833, 23.3167),
  },
  {
    id: 'ROU',
    name: 'Romania',
    altNames: [],
    dimensions: ['energy', 'diplomacy'],
    periods: [
      {
        from: '1992-06-19',
        to: '2009-09-28',
        kind: 'cooperative',
        establishing: by('relations-established', 'ROU_1992_06_19'),
        supporting: [],
      },
      {
        from: '2009-09-28',
        kind: 'strategic',
        establishing: by('strategic-partnership', 'ROU_2009_09_28'),
        supporting: refs('ROU_2011_04_18'),
      },
    ],
    strains: [],
    relationsEstablished: since('ROU_1992_06_19', '1992-06-19'),
    capital: capital('Bucharest', 44.4333, 26.1),
  },
  {
    id: 'HUN',
    name: 'Hungary',
    altNames: [],
    dimensions: ['energy', 'diplomacy'],
    periods: [
      {
        from: '1992-04-27',
        to: '2014-11-11',
        kind: 'cooperative',
        establishing: by('relations-established', 'HUN_1992_04_27'),
        supporting: [],
      },
      {
        from: '2014-11-11',
        kind: 'strategic',
        establishing: by('strategic-partnership', 'HUN_2014_11_11'),
        supporting: refs('HUN_2023_01_30'),
      },
    ],
    strains: [],
    relationsEstablished: since('HUN_1992_04_27', '1992-04-27'),
    capital: capital('Budapest', 47.5, 19.0833),
  },
  {
    id: 'FRA',
    name: 'France',
    altNames: ['French Republic'],
    dimensions: ['diplomacy', 'energy', 'trade'],
    periods: [
      {
        from: '1992-02-21',
        kind: 'cooperative',
        establishing: by('relations-established', 'FRA_1992_02_21'),
        supporting: refs('FRA_1993_12_20', 'FRA_2014_05_12'),
      },
    ],
    strains: [
      {
        // Until Aliyev, receiving France's new ambassador, called the quarrel a thing of the past.
        from: '2020-11-25',
        to: '2025-10-16',
        label: 'Rift over Karabakh, expulsions and New Caledonia',
        evidence: refs('FRA_2020_11_25', 'FRA_2023_12_26', 'FRA_2024_04_16', 'FRA_2024_05_16', 'FRA_2025_10_16'),
      },
    ],
    relationsEstablished: since('FRA_1992_02_21', '1992-02-21'),
    capital: capital('Paris', 48.8667, 2.3333),
  },
  {
    id: 'DEU',
    name: 'Germany',
    altNames: ['Federal Republic of Germany', 'Deutschland'],
    dimensions: ['energy', 'trade', 'diplomacy'],
    periods: [
      {
        from: '1992-02-20',
        kind: 'cooperative',
        establishing: by('relations-established', 'DEU_1992_02_20'),
        supporting: refs('DEU_2023_03_14'),
      },
    ],
    strains: [],
    relationsEstablished: since('DEU_1992_02_20', '1992-02-20'),
    capital: capital('Berlin', 52.5167, 13.4),
  },
  {
    id: 'GBR',
    name: 'United Kingdom',
    altNames: ['UK', 'Britain', 'Great Britain'],
    dimensions: ['energy', 'trade', 'diplomacy'],
    periods: [
      {
        from: '1992-03-11',
        kind: 'cooperative',
        establishing: by('relations-established', 'GBR_1992_03_11'),
        supporting: refs('GBR_1994_09', 'GBR_2023_11_07', 'GBR_2025_08_25'),
      },
    ],
    strains: [],
    relationsEstablished: since('GBR_1992_03_11', '1992-03-11'),
    capital: capital('London', 51.5, -0.0833),
  },
  {
    id: 'IND',
    name: 'India',
    altNames: ['Republic of India', 'Bharat'],
    dimensions: ['energy', 'trade', 'diplomacy'],
    periods: [
      {
        from: '1992-02-28',
        kind: 'cooperative',
        establishing: by('relations-established', 'IND_1992_02_28'),
        supporting: refs('IND_2024'),
      },
    ],
    strains: [
      {
        from: '2023-01',
        label: 'Friction over Indian arms for Armenia and Baku’s backing of Pakistan',
        evidence: refs('IND_2023_01', 'IND_2023_07_26', 'IND_2025_05_07', 'IND_2025_09_01'),
      },
    ],
    relationsEstablished: since('IND_1992_02_28', '1992-02-28'),
    capital: capital('New Delhi', 28.6, 77.2),
  },
  {
    id: 'ARE',
    name: 'United Arab Emirates',
    altNames: ['UAE', 'Emirates'],
    dimensions: ['energy', 'trade', 'diplomacy'],
    periods: [
      {
        from: '1992-09-01',
        to: '2024-01-09',
        kind: 'cooperative',
        establishing: by('relations-established', 'ARE_1992_09_01'),
        supporting: [],
      },
      {
        from: '2024-01-09',
        kind: 'strategic',
        establishing: by('strategic-partnership', 'ARE_2024_01_09'),
        supporting: refs('ARE_2025_09_16'),
      },
    ],
    strains: [],
    relationsEstablished: since('ARE_1992_09_01', '1992-09-01'),
    capital: capital('Abu Dhabi', 24.4667, 54.3667),
  },
  {
    id: 'SAU',
    name: 'Saudi Arabia',
    altNames: ['Kingdom of Saudi Arabia', 'KSA'],
    dimensions: ['energy', 'diplomacy', 'trade'],
    periods: [
      {
        from: '1992-02-24',
        kind: 'cooperative',
        establishing: by('relations-established', 'SAU_1992_02_24'),
        supporting: refs('SAU_1994'),
      },
    ],
    strains: [],
    relationsEstablished: since('SAU_1992_02_24', '1992-02-24'),
    capital: capital('Riyadh', 24.65, 46.7),
  },
  {
    id: 'JPN',
    name: 'Japan',
    altNames: ['Nippon'],
    dimensions: ['energy', 'trade', 'diplomacy'],
    periods: [
      {
        from: '1992-09-07',
        kind: 'cooperative',
        establishing: by('relations-established', 'JPN_1992_09_07'),
        supporting: refs('JPN_1998_02_26', 'JPN_2006_03_10'),
      },
    ],
    strains: [],
    relationsEstablished: since('JPN_1992_09_07', '1992-09-07'),
    capital: capital('Tokyo', 35.6833, 139.75),
  },
  {
    id: 'KOR',
    name: 'South Korea',
    altNames: ['Republic of Korea', 'Korea'],
    dimensions: ['trade', 'diplomacy'],
    periods: [
      {
        from: '1992-03-23',
        kind: 'cooperative',
        establishing: by('relations-established', 'KOR_1992_03_23'),
        supporting: refs('KOR_2006_05'),
      },
    ],
    strains: [],
    relationsEstablished: since('KOR_1992_03_23', '1992-03-23'),
    capital: capital('Seoul', 37.55, 126.9833),
  },
  {
    id: 'EGY',
    name: 'Egypt',
    altNames: ['Arab Republic of Egypt'],
    dimensions: ['diplomacy', 'trade'],
    periods: [
      {
        from: '1992-03-27',
        kind: 'cooperative',
        establishing: by('relations-established', 'EGY_1992_03_27'),
        supporting: [],
      },
    ],
    strains: [],
    relationsEstablished: since('EGY_1992_03_27', '1992-03-27'),
    capital: capital('Cairo', 30.05, 31.25),
  },
];
