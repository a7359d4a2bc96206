import type { RouteCore, RouteGroup } from '../schema';

/**
 * The pipelines, railways and corridors that carry Azerbaijan's oil, gas and freight: what the map
 * and the timeline need to draw them. Their full facts (operator, capacity, lengths, milestones,
 * each sourced) are in ./route-details.ts, which loads with the detail panels.
 */
export const routes: RouteCore[] = [
  {
    id: 'btc',
    name: 'Baku–Tbilisi–Ceyhan Main Export Pipeline',
    shortName: 'BTC',
    altNames: ['Baku-Tbilisi-Ceyhan', 'BTC pipeline', 'Bakı–Tbilisi–Ceyhan'],
    type: 'oil',
    status: 'operational',
    constructionStarted: {
      date: '2002-09-18',
      text: 'Construction begins with a groundbreaking at Sangachal.',
      source: { publisher: 'Calendr', url: 'http://calendr.net/holiday/1423' },
    },
    opened: {
      date: '2006-07-13',
      text: 'Formal opening ceremony, weeks after the first crude reached Ceyhan on 28 May 2006.',
      source: { publisher: 'Trend', url: 'https://en.trend.az/business/3811675.html' },
    },
    countries: ['AZE', 'GEO', 'TUR'],
  },
  {
    id: 'scp',
    name: 'South Caucasus Pipeline',
    shortName: 'SCP',
    altNames: ['Baku–Tbilisi–Erzurum', 'BTE', 'SCPX', 'South Caucasus Pipeline Expansion'],
    type: 'gas',
    status: 'operational',
    opened: {
      date: '2006',
      text: 'Gas starts flowing to Azerbaijan and Georgia late in the year.',
      source: {
        publisher: 'bp Azerbaijan',
        url: 'https://www.bp.com/en_az/azerbaijan/home/who-we-are/operationsprojects/pipelines/scp.html',
      },
    },
    countries: ['AZE', 'GEO'],
  },
  {
    id: 'tanap',
    name: 'Trans-Anatolian Natural Gas Pipeline',
    shortName: 'TANAP',
    altNames: ['Trans-Anatolian Pipeline', 'TANAP Doğalgaz'],
    type: 'gas',
    status: 'operational',
    constructionStarted: {
      date: '2015-03-17',
      text: 'Groundbreaking ceremony in Kars.',
      source: {
        publisher: 'Report.az',
        url: 'https://report.az/en/energy/tanap-informational-meeting-was-held/',
      },
    },
    opened: {
      date: '2018-06-12',
      text: 'The first phase, up to Eskişehir, is inaugurated; commercial gas follows on 30 June.',
      source: {
        publisher: 'Ministry of Energy of Azerbaijan',
        url: 'https://minenergy.gov.az/en/layiheler/cenub-qaz-dehlizi_2196',
      },
    },
    countries: ['TUR'],
  },
  {
    id: 'tap',
    name: 'Trans Adriatic Pipeline',
    shortName: 'TAP',
    altNames: ['Trans-Adriatic Pipeline', 'TAP AG'],
    type: 'gas',
    status: 'operational',
    constructionStarted: {
      date: '2016-05-17',
      text: 'Groundbreaking in Thessaloniki.',
      source: {
        publisher: 'Report.az',
        url: 'https://dev.report.az/en/energy/tap-pipeline-construction-completed',
      },
    },
    opened: {
      date: '2020-11-15',
      text: 'Commercial operation begins.',
      source: {
        publisher: 'Agenzia Nova',
        url: 'https://www.agenzianova.com/a/5fb2955d199936.98974936/3189405/2020-11-16/speciale-infrastrutture-tap-corridoio-meridionale-gas-entra-nella-fase-operativa',
      },
    },
    countries: ['GRC', 'ALB', 'ITA'],
  },
  {
    id: 'igb',
    name: 'Interconnector Greece–Bulgaria',
    shortName: 'IGB',
    altNames: ['Gas Interconnector Greece-Bulgaria', 'ICGB'],
    type: 'gas',
    status: 'operational',
    opened: {
      date: '2022-10-01',
      text: 'Commercial operation starts; 31 km of the line lie in Greece.',
      source: {
        publisher: 'Euromaidan Press',
        url: 'https://euromaidanpress.com/2022/10/01/gas-pipeline-interconnecting-greece-and-bulgaria-starts-commercial-operation/',
      },
    },
    countries: ['GRC', 'BGR'],
  },
  {
    id: 'btk',
    name: 'Baku–Tbilisi–Kars railway',
    shortName: 'BTK',
    altNames: ['Baku-Tbilisi-Kars', 'Kars–Tbilisi–Baku railway', 'Baku–Tbilisi–Akhalkalaki–Kars', 'Iron Silk Road'],
    type: 'rail',
    status: 'operational',
    constructionStarted: {
      date: '2007-11-21',
      text: 'Work on the Georgian section begins at Marabda.',
      source: {
        publisher: 'Sea-News.az',
        url: 'https://sea-news.az/2017/10/30/baku-tbilisi-kars-railway-to-be-commissioned-today/',
      },
    },
    opened: {
      date: '2017-10-30',
      text: 'Opened at a ceremony at the new Baku port in Alat.',
      source: {
        publisher: 'News.az',
        url: 'https://news.az/news/turkish-minister-talks-on-importance-of-btk-railway',
      },
    },
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
    opened: {
      date: '1997-10-25',
      text: 'Azerbaijani oil starts flowing to the Black Sea.',
      source: { publisher: 'SOCAR', url: 'https://www.socar.az/en/page/baku-novorossiysk-pipeline' },
    },
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
    opened: {
      date: '1999-04-17',
      text: 'Official opening, nine days after the first tanker loaded at Supsa.',
      source: { publisher: 'SOCAR', url: 'https://www.socar.az/en/page/baku-supsa-pipeline' },
    },
    countries: ['AZE', 'GEO'],
  },
  {
    id: 'instc',
    name: 'International North–South Transport Corridor (western route)',
    shortName: 'INSTC',
    altNames: ['North–South corridor', 'North-South Transport Corridor', 'Rasht–Astara railway', 'Astara–Astara rail link'],
    type: 'corridor',
    status: 'operational',
    opened: {
      date: '2018-03-29',
      text: 'The presidents of Azerbaijan and Iran open the 10 km Astara–Astara rail link and its bridge over the Astarachay, joining the line from Russia to Iran.',
      source: {
        publisher: 'Railway Gazette',
        url: 'https://www.railwaygazette.com/infrastructure/presidents-officially-open-azerbaijan-iran-rail-link/46216.article',
      },
    },
    countries: ['RUS', 'AZE', 'IRN'],
  },
  {
    id: 'middle-corridor',
    name: 'Trans-Caspian International Transport Route',
    shortName: 'Middle Corridor',
    altNames: ['TITR', 'Trans-Caspian route', 'Middle Corridor', 'Orta Dəhliz'],
    type: 'corridor',
    status: 'operational',
    opened: {
      date: '2016-10',
      text: 'Azerbaijan, Kazakhstan and Georgia set up the association that runs the route as one corridor.',
      source: {
        publisher: 'Trend via Xeber Saati',
        url: 'http://www.xebersaati.com/news/25455-trans-caspian-association-s-staff-to-be-formed-before-late-2017/',
      },
    },
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
    name: 'Zangezur corridor / Trump Route for International Peace and Prosperity',
    shortName: 'Zangezur / TRIPP',
    altNames: [
      'TRIPP',
      'Trump Route',
      'Zangezur corridor',
      'Zəngəzur dəhlizi',
      'Horadiz–Aghband railway',
      'Kars–Iğdır–Dilucu railway',
      'Meghri railway',
    ],
    type: 'rail',
    status: 'under-construction',
    constructionStarted: {
      date: '2021-02-14',
      text: 'Groundbreaking of the Horadiz–Aghband railway, about 100 km through the districts retaken in 2020.',
      source: { publisher: 'Zəfərdən bu günə', url: 'https://zeferdenbugune.az/?p=1964' },
    },
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
