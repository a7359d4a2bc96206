import type { PartnerCore } from '../../schema';
import { capital, evidenceRefs } from '../../sourcing';
import type { EvidenceKey } from './evidence';

/**
 * Georgia's partners, part B: Iran, Kazakhstan, the United Kingdom, Romania, Poland, Germany,
 * Uzbekistan, Greece, France and Estonia. What the map needs (`partnersB`) and the panels
 * (`detailsB`). Each period of a relationship has one kind and names the dated document that
 * establishes it; the `cooperative` baseline rests on the establishment of diplomatic relations.
 * Strains are dated periods of tension on top of the kind. Facts are our own one-sentence
 * summaries of the page each cites, defined once below (partner and date) and reused.
 */

const { by, refs, since } = evidenceRefs<EvidenceKey>();

// Iran

// Kazakhstan

// United Kingdom

// Romania

// Poland

/** The Weimar Triangle's joint statement: used for Poland, Germany and France. */

// Germany

// Uzbekistan

// Greece

// France

// Estonia

export const partnersB: PartnerCore[] = [
  {
    id: 'IRN',
    name: 'Iran',
    altNames: ['Islamic Republic of Iran', 'Persia'],
    dimensions: ['trade', 'transport', 'diplomacy'],
    periods: [
      {
        from: '1992-05-15',
        kind: 'cooperative',
        // No establishing document: the only page giving the day is Wikipedia, on which no kind may rest.
        supporting: refs('IRN_2010_11', 'IRN_2016_02_15', 'IRN_2024_07', 'IRN_2025_06_30'),
      },
    ],
    strains: [],
    relationsEstablished: since('IRN_1992_05_15', '1992-05-15'),
    capital: capital('Tehran', 35.7, 51.4167),
  },
  {
    id: 'KAZ',
    name: 'Kazakhstan',
    altNames: ['Republic of Kazakhstan', 'Qazaqstan'],
    dimensions: ['transport', 'energy', 'trade'],
    periods: [
      {
        from: '1992-07-23',
        kind: 'cooperative',
        establishing: by('relations-established', 'KAZ_1992_07_23'),
        supporting: refs('KAZ_2008_02_05', 'KAZ_2023_06_23', 'KAZ_2025_02_06'),
      },
    ],
    strains: [],
    relationsEstablished: since('KAZ_1992_07_23', '1992-07-23'),
    capital: capital('Astana', 51.1667, 71.4167),
  },
  {
    id: 'GBR',
    name: 'United Kingdom',
    altNames: ['UK', 'Britain', 'Great Britain'],
    dimensions: ['security', 'trade', 'diplomacy'],
    periods: [
      {
        from: '1992-04-27',
        to: '2019-10-21',
        kind: 'cooperative',
        establishing: by('relations-established', 'GBR_1992_04_27'),
        supporting: refs('GBR_2014'),
      },
      {
        from: '2019-10-21',
        kind: 'strategic',
        establishing: by('strategic-partnership', 'GBR_2019_10_21'),
        supporting: refs('GBR_2021_01_01'),
      },
    ],
    strains: [
      {
        from: '2024-10-15',
        label: 'Freeze after the foreign-influence law',
        evidence: refs('GBR_2024_10_15', 'GBR_2024_12_09', 'GBR_2024_12_19', 'GBR_2025_04_10'),
      },
    ],
    relationsEstablished: since('GBR_1992_04_27', '1992-04-27'),
    capital: capital('London', 51.5, -0.0833),
  },
  {
    id: 'ROU',
    name: 'Romania',
    altNames: [],
    dimensions: ['energy', 'transport', 'diplomacy'],
    periods: [
      {
        from: '1992-06',
        to: '2022-10-11',
        kind: 'cooperative',
        establishing: by('relations-established', 'ROU_1992_06'),
        supporting: refs('ROU_1996_03_26', 'ROU_2017_04_26'),
      },
      {
        from: '2022-10-11',
        kind: 'strategic',
        establishing: by('strategic-partnership', 'ROU_2022_10_11'),
        supporting: refs('ROU_2022_12_17', 'ROU_2026_02_04'),
      },
    ],
    strains: [],
    relationsEstablished: since('ROU_1992_06', '1992-06'),
    capital: capital('Bucharest', 44.4333, 26.1),
  },
  {
    id: 'POL',
    name: 'Poland',
    altNames: ['Republic of Poland', 'Polska'],
    dimensions: ['diplomacy', 'security'],
    periods: [
      {
        // The 2017 strategic-partnership agreement is between the parliaments, not the governments,
        // so it is kept as a supporting fact rather than as evidence of a strategic partnership.
        from: '1992-04-28',
        kind: 'cooperative',
        establishing: by('relations-established', 'POL_1992_04_28'),
        supporting: refs('POL_1993_04', 'POL_2017_05_30', 'POL_2017_12_18'),
      },
    ],
    strains: [
      {
        from: '2024-12-31',
        label: 'Sanctions over the policing of protests',
        evidence: refs('POL_2024_12_31', 'POL_2025_04_17'),
      },
    ],
    relationsEstablished: since('POL_1992_04_28', '1992-04-28'),
    capital: capital('Warsaw', 52.25, 21.0),
  },
  {
    id: 'DEU',
    name: 'Germany',
    altNames: ['Federal Republic of Germany', 'Deutschland'],
    dimensions: ['trade', 'energy', 'diplomacy'],
    periods: [
      {
        from: '1992-04-13',
        kind: 'cooperative',
        establishing: by('relations-established', 'DEU_1992_04_13'),
        supporting: refs('DEU_2018_08_23'),
      },
    ],
    strains: [
      {
        from: '2024-12',
        label: 'Aid freeze and row over the ambassador',
        evidence: refs('DEU_2024_12', 'DEU_2024_12_2', 'POL_2024_12_31', 'DEU_2025_09_24', 'DEU_2025_10_19', 'DEU_2025_11_06'),
      },
    ],
    relationsEstablished: since('DEU_1992_04_13', '1992-04-13'),
    capital: capital('Berlin', 52.5167, 13.4),
  },
  {
    id: 'UZB',
    name: 'Uzbekistan',
    altNames: ['Republic of Uzbekistan'],
    dimensions: ['transport', 'trade', 'diplomacy'],
    periods: [
      {
        from: '1994-08-19',
        kind: 'cooperative',
        establishing: by('relations-established', 'UZB_1994_08_19'),
        supporting: refs('UZB_2023_07_17', 'UZB_2025_03_05'),
      },
    ],
    strains: [],
    relationsEstablished: since('UZB_1994_08_19', '1994-08-19'),
    capital: capital('Tashkent', 41.3167, 69.25),
  },
  {
    id: 'GRC',
    name: 'Greece',
    altNames: ['Hellenic Republic', 'Hellas'],
    dimensions: ['diplomacy', 'trade'],
    periods: [
      {
        from: '1992',
        kind: 'cooperative',
        establishing: by('relations-established', 'GRC_1992'),
        supporting: refs('GRC_2018_02_08', 'GRC_2023_02_15'),
      },
    ],
    strains: [],
    relationsEstablished: since('GRC_1992', '1992'),
    capital: capital('Athens', 37.9833, 23.7333),
  },
  {
    id: 'FRA',
    name: 'France',
    altNames: ['French Republic'],
    dimensions: ['diplomacy', 'security', 'trade'],
    periods: [
      {
        from: '1992-08-21',
        kind: 'cooperative',
        establishing: by('relations-established', 'FRA_1992_08_21'),
        supporting: refs('FRA_2014_05_13', 'FRA_2019_02_19'),
      },
    ],
    strains: [
      {
        from: '2024-12-11',
        label: 'Criticism over the policing of protests',
        evidence: refs('FRA_2024_12_11', 'POL_2024_12_31'),
      },
    ],
    relationsEstablished: since('FRA_1992_08_21', '1992-08-21'),
    capital: capital('Paris', 48.8667, 2.3333),
  },
  {
    id: 'EST',
    name: 'Estonia',
    altNames: ['Republic of Estonia', 'Eesti'],
    dimensions: ['diplomacy', 'security'],
    periods: [
      {
        from: '1992-06-17',
        kind: 'cooperative',
        establishing: by('relations-established', 'EST_1992_06_17'),
        supporting: refs('EST_2006_12', 'EST_2017_11'),
      },
    ],
    strains: [
      {
        from: '2024-12-02',
        label: 'Entry bans over the policing of protests',
        evidence: refs('EST_2024_12_02', 'EST_2025_03_03', 'EST_2025_07_18'),
      },
    ],
    relationsEstablished: since('EST_1992_06_17', '1992-06-17'),
    capital: capital('Tallinn', 59.4333, 24.7167),
  },
];
