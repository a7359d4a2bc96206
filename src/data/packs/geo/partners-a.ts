import type { PartnerCore } from '../../schema';
import { EU_MEMBERS } from '../../shared/blocs';
import { capital, evidenceRefs } from '../../sourcing';
import type { EvidenceKey } from './evidence';

/**
 * Georgia's partners, part A: Azerbaijan, Türkiye, Armenia, Russia, Ukraine, the United States,
 * the European Union and China. Each period of a partner's relationship has one kind and names the
 * dated document or act that establishes it (the evidence rule): a strategic-partnership
 * declaration, charter or joint statement, a war or the absence of relations; the `cooperative`
 * baseline rests on the establishment of diplomatic relations, or on nothing. Strains are dated
 * periods of tension on top of whatever kind is in force.
 *
 * Facts are about each partner's relations with Georgia. Each is our own one-sentence summary of
 * the page it cites. The facts are in ./evidence.ts, loaded with the panels; a partner names them
 * by key (`by`, `refs`, `since`), checked by the compiler.
 */

const { by, refs, since } = evidenceRefs<EvidenceKey>();

export const partnersA: PartnerCore[] = [
  {
    id: 'AZE',
    name: 'Azerbaijan',
    altNames: ['Republic of Azerbaijan'],
    dimensions: ['energy', 'transport', 'security', 'trade', 'diplomacy'],
    periods: [
      {
        from: '1992-11-18',
        to: '2015-11-05',
        kind: 'cooperative',
        establishing: by('relations-established', 'AZE_1992_11_18'),
        supporting: refs('AZE_1996_03_08', 'AZE_1999_04', 'AZE_1999_11_18', 'AZE_2006_06', 'AZE_2007'),
      },
      {
        // The 2015 declaration, signed by both presidents, proclaims that both will keep strengthening the strategic partnership and
        // sets out its fields (Civil.ge full text), which the evidence rule asks for.
        from: '2015-11-05',
        kind: 'strategic',
        establishing: by('strategic-partnership', 'AZE_2015_11_05'),
        supporting: refs('AZE_2017_10_30', 'AZE_2025_04_15'),
      },
    ],
    strains: [
      {
        // Closed at the last dated report, as in the Azerbaijan pack: no later source shows the
        // dispute straining relations.
        from: '2019-04',
        to: '2019-09',
        label: 'David Gareja border dispute',
        evidence: refs('AZE_2019_05', 'AZE_2019_09_04'),
      },
    ],
    relationsEstablished: since('AZE_1992_11_18', '1992-11-18'),
    capital: capital('Baku', 40.3833, 49.8667),
  },
  {
    id: 'TUR',
    name: 'Türkiye',
    altNames: ['Turkey', 'Republic of Türkiye'],
    dimensions: ['energy', 'transport', 'security', 'trade', 'diplomacy'],
    periods: [
      {
        // Both foreign ministries call relations a strategic partnership, and a High Level
        // Strategic Cooperation Council meets, but no signed strategic-partnership declaration,
        // charter or agreement was found, so the relationship stays at the baseline.
        from: '1992-05-21',
        kind: 'cooperative',
        establishing: by('relations-established', 'TUR_1992_05_21'),
        supporting: refs('TUR_1992_07_30', 'AZE_1999_11_18', 'TUR_2007_11_21', 'TUR_2014_05_06', 'TUR_2016_07_19', 'AZE_2017_10_30'),
      },
    ],
    strains: [],
    relationsEstablished: since('TUR_1992_05_21', '1992-05-21'),
    capital: capital('Ankara', 39.9333, 32.8667),
  },
  {
    id: 'ARM',
    name: 'Armenia',
    altNames: ['Republic of Armenia'],
    dimensions: ['transport', 'trade', 'diplomacy'],
    periods: [
      {
        from: '1992-07-17',
        to: '2024-01-26',
        kind: 'cooperative',
        establishing: by('relations-established', 'ARM_1992_07_17'),
        supporting: refs('ARM_2001_10'),
      },
      {
        // Signed by Pashinyan and Garibashvili (Kobakhidze became prime minister only in February 2024).
        from: '2024-01-26',
        kind: 'strategic',
        establishing: by('strategic-partnership', 'ARM_2024_01_26'),
        supporting: refs('ARM_2024_01_26_SCOPE', 'ARM_2024_03_25', 'ARM_2025_10_21'),
      },
    ],
    strains: [],
    relationsEstablished: since('ARM_1992_07_17', '1992-07-17'),
    capital: capital('Yerevan', 40.1667, 44.5),
  },
  {
    id: 'RUS',
    name: 'Russia',
    altNames: ['Russian Federation'],
    dimensions: ['security', 'trade', 'transport', 'diplomacy'],
    periods: [
      {
        from: '1992-07-01',
        to: '2008-08-07',
        kind: 'cooperative',
        establishing: by('relations-established', 'RUS_1992_07_01'),
        supporting: [],
      },
      {
        // The fighting itself lasted about five days; the war period runs until Georgia cut relations.
        from: '2008-08-07',
        to: '2008-08-29',
        kind: 'adversarial',
        establishing: by('war', 'RUS_2008_08_07'),
        supporting: refs('RUS_2008_08_26'),
      },
      {
        // No diplomatic relations since: each country's interests are represented by Switzerland.
        from: '2008-08-29',
        kind: 'adversarial',
        establishing: by('no-relations', 'RUS_2008_08_29'),
        supporting: refs('RUS_2008_09_02', 'RUS_2009_08_18', 'RUS_2011_11_09', 'RUS_2012_12', 'RUS_2023_05_10'),
      },
    ],
    strains: [
      {
        // Fencing along the lines with South Ossetia and Abkhazia goes on; the dates are reported cases.
        from: '2013-11-29',
        label: 'Borderisation of the boundary lines',
        evidence: refs('RUS_2013_11_29', 'RUS_2022_09_30', 'RUS_2023_06_14'),
      },
      {
        from: '2019-06-21',
        to: '2023-05-10',
        label: 'Flight ban after the 2019 Tbilisi protests',
        evidence: refs('RUS_2019_06_21', 'RUS_2023_05_10'),
      },
    ],
    relationsEstablished: since('RUS_1992_07_01', '1992-07-01'),
    capital: capital('Moscow', 55.75, 37.6),
  },
  {
    id: 'UKR',
    name: 'Ukraine',
    altNames: [],
    dimensions: ['security', 'trade', 'diplomacy'],
    periods: [
      {
        from: '1992-07-22',
        to: '2017-07-18',
        kind: 'cooperative',
        establishing: by('relations-established', 'UKR_1992_07_22'),
        supporting: [],
      },
      {
        from: '2017-07-18',
        kind: 'strategic',
        establishing: by('strategic-partnership', 'UKR_2017_07_18'),
        supporting: refs('UKR_2018_01', 'UKR_2022_02_27', 'UKR_2022_05'),
      },
    ],
    strains: [
      {
        from: '2022-03-01',
        label: 'Rift over the war and the policing of protests',
        evidence: refs('UKR_2022_03_01', 'UKR_2024_09_08', 'UKR_2024_12_05'),
      },
    ],
    relationsEstablished: since('UKR_1992_07_22', '1992-07-22'),
    capital: capital('Kyiv', 50.4333, 30.5167),
  },
  {
    id: 'USA',
    name: 'United States',
    altNames: ['USA', 'US', 'United States of America'],
    dimensions: ['security', 'trade', 'diplomacy'],
    periods: [
      {
        from: '1992-03-24',
        to: '2009-01-09',
        kind: 'cooperative',
        establishing: by('relations-established', 'USA_1992_03_24'),
        supporting: [],
      },
      {
        // The State Department suspended the partnership's dialogue on 30 November 2024, but the
        // Charter is not revoked: the kind stands, and the suspension is part of the strain.
        from: '2009-01-09',
        kind: 'strategic',
        establishing: by('strategic-partnership', 'USA_2009_01_09'),
        supporting: refs('USA_2009_06_22'),
      },
    ],
    strains: [
      {
        from: '2024-05-23',
        label: 'Rift since the foreign-agents law',
        evidence: refs('USA_2024_05_23', 'USA_2024_11_30', 'USA_2024_12_27', 'USA_2025_05_05', 'USA_2025_12_23'),
      },
    ],
    relationsEstablished: since('USA_1992_03_24', '1992-03-24'),
    capital: capital('Washington, D.C.', 38.8833, -77.0),
  },
  {
    id: 'EU',
    name: 'European Union',
    altNames: ['EU'],
    members: EU_MEMBERS,
    dimensions: ['trade', 'security', 'diplomacy'],
    periods: [
      {
        // The Association Agreement and candidate status are not strategic-partnership documents.
        from: '1996',
        kind: 'cooperative',
        supporting: refs('EU_1996', 'EU_2014_06_27', 'EU_2017_03_28', 'EU_2022_03_03', 'EU_2023_12_14'),
      },
    ],
    strains: [
      {
        from: '2024-05-14',
        label: 'Accession halted over the foreign-influence law',
        evidence: refs('EU_2024_05_14', 'EU_2024_06_27', 'EU_2024_11_28', 'EU_2025_01_27', 'EU_2025_12_19', 'EU_2026_03_06'),
      },
    ],
    // The agreement that framed relations, as in the Azerbaijan pack: the EU has no bilateral act establishing them.
    relationsEstablished: since('EU_1996', '1996'),
    capital: capital('Brussels', 50.8333, 4.3333),
  },
  {
    id: 'CHN',
    name: 'China',
    altNames: ["People's Republic of China", 'PRC'],
    dimensions: ['trade', 'transport', 'diplomacy'],
    periods: [
      {
        from: '1992-06-09',
        to: '2023-07-31',
        kind: 'cooperative',
        establishing: by('relations-established', 'CHN_1992_06_09'),
        supporting: refs('CHN_2017_05'),
      },
      {
        from: '2023-07-31',
        kind: 'strategic',
        establishing: by('strategic-partnership', 'CHN_2023_07_31'),
        supporting: refs('CHN_2024_05_30'),
      },
    ],
    strains: [],
    relationsEstablished: since('CHN_1992_06_09', '1992-06-09'),
    capital: capital('Beijing', 39.9167, 116.3833),
  },
];
