import type { RouteCore, RouteGroup } from '../schema';
import { BTK_OPENED_2017_10_30 } from './route-facts';
import { fact, src } from '../sourcing';

/**
 * The pipelines, railways and corridors that carry Azerbaijan's oil, gas and freight: what the map
 * and the timeline need to draw them. Their full facts (operator, capacity, lengths, milestones,
 * each sourced) are in ./route-details.ts, which loads with the detail panels. From the 2026
 * audit (research/routes).
 */

const NOT_RECHECKED = {
  confidence: 'single-source',
  note: 'Kept from the earlier dataset; the page could not be re-checked in this review.',
} as const;

export const routes: RouteCore[] = [
  {
    id: 'btc',
    name: 'Baku–Tbilisi–Ceyhan Main Export Pipeline',
    shortName: 'BTC',
    altNames: ['Baku-Tbilisi-Ceyhan', 'BTC pipeline', 'Bakı–Tbilisi–Ceyhan'],
    type: 'oil',
    status: 'operational',
    constructionStarted: fact(
      '2002-09-18',
      'Construction of BTC is launched with a foundation ceremony at the Sangachal terminal.',
      src('https://lib.aliyev-heritage.org/en/8559627.html'),
    ),
    opened: fact(
      '2006-07-13',
      'BTC is formally inaugurated, weeks after the first crude reached Ceyhan.',
      src('https://en.trend.az/business/3811675.html'),
      NOT_RECHECKED,
    ),
    countries: ['AZE', 'GEO', 'TUR'],
  },
  {
    id: 'scp',
    name: 'South Caucasus Pipeline',
    shortName: 'SCP',
    altNames: ['Baku–Tbilisi–Erzurum', 'BTE', 'SCPX', 'South Caucasus Pipeline Expansion'],
    type: 'gas',
    status: 'operational',
    opened: fact(
      '2006',
      'SCP starts carrying Shah Deniz gas late in the year.',
      src('https://report.az/en/energy/scp-capital-expenditures-decrease-tenfold/'),
    ),
    countries: ['AZE', 'GEO'],
  },
  {
    id: 'tanap',
    name: 'Trans-Anatolian Natural Gas Pipeline',
    shortName: 'TANAP',
    altNames: ['Trans-Anatolian Pipeline', 'TANAP Doğalgaz'],
    type: 'gas',
    status: 'operational',
    constructionStarted: fact(
      '2015-03-17',
      'The presidents of Türkiye, Azerbaijan and Georgia break ground on TANAP in Kars.',
      src('https://report.az/en/energy/tanap-informational-meeting-was-held/'),
    ),
    opened: fact(
      '2018-06-12',
      'The first phase, up to Eskişehir, is inaugurated; commercial gas follows on 30 June.',
      src('https://minenergy.gov.az/en/layiheler/cenub-qaz-dehlizi_2196'),
      NOT_RECHECKED,
    ),
    countries: ['TUR'],
  },
  {
    id: 'tap',
    name: 'Trans Adriatic Pipeline',
    shortName: 'TAP',
    altNames: ['Trans-Adriatic Pipeline', 'TAP AG'],
    type: 'gas',
    status: 'operational',
    constructionStarted: fact(
      '2016-05-17',
      'Construction of TAP is launched at a ceremony in Thessaloniki.',
      src('https://report.az/en/energy/terms-of-launching-tap-operation-on-a-trial-basis-announced/'),
    ),
    opened: fact(
      '2020-11-15',
      'TAP starts commercial operations; first physical gas reaches Greece, Bulgaria and Italy on 31 December 2020.',
      src('https://europeangashub.com/report-presentation/pipeline-gas-diversification-becomes-a-reality'),
    ),
    countries: ['GRC', 'ALB', 'ITA'],
  },
  {
    id: 'igb',
    name: 'Interconnector Greece–Bulgaria',
    shortName: 'IGB',
    altNames: ['Gas Interconnector Greece-Bulgaria', 'ICGB'],
    type: 'gas',
    status: 'operational',
    opened: fact(
      '2022-10',
      'IGB starts commercial operations, bringing Caspian gas into Bulgaria.',
      src('https://en.trend.az/business/energy/3778253.html'),
    ),
    countries: ['GRC', 'BGR'],
  },
  {
    id: 'btk',
    name: 'Baku–Tbilisi–Kars railway',
    shortName: 'BTK',
    altNames: ['Baku-Tbilisi-Kars', 'Kars–Tbilisi–Baku railway', 'Baku–Tbilisi–Akhalkalaki–Kars', 'Iron Silk Road'],
    type: 'rail',
    status: 'operational',
    constructionStarted: fact(
      '2007-11-21',
      'Work on the Georgian section starts at Marabda; the Turkish section follows in Kars on 24 July 2008.',
      src('https://sea-news.az/2017/10/30/baku-tbilisi-kars-railway-to-be-commissioned-today/'),
    ),
    opened: BTK_OPENED_2017_10_30,
    countries: ['AZE', 'GEO', 'TUR'],
  },
  {
    id: 'bnp',
    name: 'Baku–Novorossiysk oil pipeline',
    shortName: 'Baku–Novorossiysk',
    altNames: ['Northern Route Export Pipeline', 'Northern Early Oil Pipeline', 'NREP', 'Baku-Novorossiysk'],
    type: 'oil',
    status: 'idle',
    idleSince: '2022',
    opened: fact(
      '1997',
      'Azerbaijani oil begins to move through the pipeline to Novorossiysk, after filling started in October 1996.',
      src('https://en.trend.az/business/energy/3490624.html'),
    ),
    countries: ['AZE', 'RUS'],
  },
  {
    id: 'wrep',
    name: 'Baku–Supsa pipeline',
    shortName: 'Baku–Supsa',
    altNames: ['Western Route Export Pipeline', 'WREP', 'Baku-Supsa'],
    type: 'oil',
    status: 'idle',
    idleSince: '2022',
    opened: fact(
      '1999-04-17',
      'The western early-oil pipeline and the Supsa terminal are officially opened.',
      src('https://report.az/en/energy/azerbaijan-prime-minister-leaves-for-georgia/'),
    ),
    countries: ['AZE', 'GEO'],
  },
  {
    id: 'instc',
    name: 'International North–South Transport Corridor (western route)',
    shortName: 'INSTC',
    altNames: ['North–South corridor', 'North-South Transport Corridor', 'Astara–Astara rail link'],
    type: 'corridor',
    status: 'operational',
    opened: fact(
      '2018-03',
      'The Astara (Azerbaijan)–Astara (Iran) rail link, joining the Russian–Azerbaijani line to Iran, is put into operation.',
      src('http://abc.az/ru/news/7580'),
      {
        confidence: 'single-source',
        note: 'Sources differ on the day (27 or 29 March 2018), so only the month is shown.',
      },
    ),
    countries: ['RUS', 'AZE', 'IRN'],
  },
  {
    id: 'middle-corridor',
    name: 'Trans-Caspian International Transport Route',
    shortName: 'Middle Corridor',
    altNames: ['TITR', 'Trans-Caspian route', 'Middle Corridor', 'Orta Dəhliz'],
    type: 'corridor',
    status: 'operational',
    // The route has no single opening; this is its first through service.
    opened: fact(
      '2015-08-03',
      'The first trial container train on the route, from Shihezi in China via Kazakhstan and the Aktau–Alat ferry, reaches Baku.',
      src('https://report.az/en/infrastructure/third-container-train-on-trans-caspian-international-transport-route-reaches-azerbaijan/'),
    ),
    countries: ['KAZ', 'AZE', 'GEO', 'TUR'],
  },
  {
    id: 'tcgp',
    name: 'Trans-Caspian Gas Pipeline',
    shortName: 'TCP',
    altNames: ['Trans-Caspian Pipeline', 'TCGP', 'Transcaspian gas pipeline'],
    type: 'gas',
    status: 'proposed',
    countries: ['TKM', 'AZE'],
  },
  {
    id: 'zangezur',
    // A neutral name: "Zangezur corridor" is Azerbaijan's term, which Armenia rejects; TRIPP names
    // only the Armenian section (the 8 August 2025 Washington declaration).
    name: 'Horadiz–Nakhchivan–Kars rail link (TRIPP through Armenia)',
    shortName: 'TRIPP / Horadiz–Kars rail link',
    altNames: [
      'Zangezur corridor (term used by Azerbaijan)',
      'Zangezur corridor',
      'Zəngəzur dəhlizi',
      'TRIPP',
      'Trump Route for International Peace and Prosperity',
      'Horadiz–Aghband railway',
      'Kars–Iğdır–Dilucu railway',
      'Meghri railway',
    ],
    type: 'rail',
    status: 'under-construction',
    constructionStarted: fact(
      '2021-02-14',
      'President Aliyev lays the foundation of the Horadiz–Aghband railway at Horadiz, Fuzuli district.',
      src('https://en.trend.az/business/3383178.html'),
    ),
    countries: ['AZE', 'ARM', 'AZE', 'TUR'],
  },
];

export const routeGroups: RouteGroup[] = [
  {
    id: 'sgc',
    name: 'Southern Gas Corridor',
    altNames: ['SGC', 'Shah Deniz 2 export route', 'Cənub Qaz Dəhlizi'],
    routes: ['scp', 'tanap', 'tap'],
  },
];
