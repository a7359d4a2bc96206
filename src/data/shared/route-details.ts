import type { Place, RouteDetails, RouteId } from '../schema';
import { BTC_IGA_1999_11_18, TANAP_IGA_2012_06_26, BTK_OPENED_2017_10_30 } from './route-facts';
import { capital, type FactExtra, fact, src } from '../sourcing';

/**
 * The panel half of the routes that carry Azerbaijan's oil, gas and freight, loaded with the
 * detail panels; ./routes.ts holds what the map needs. From the 2026 audit (research/routes).
 * Conventions:
 * - `length.byCountry` holds the published onshore lengths; when they add up to less than
 *   `totalKm` (TAP), the rest is the sea crossing.
 * - `length` is left out where no published figure covers the drawn line (INSTC, the Middle
 *   Corridor and the Horadiz–Kars link, whose figures are for sections or for a much longer
 *   whole); those figures appear in the dated facts instead, and must agree wherever repeated
 *   (Rasht–Astara 162 km, Horadiz–Aghband 110.4 km).
 * - A place whose coordinates no source gives says "position estimated"; its source backs the
 *   place, not the coordinates.
 */

const AS_OF = '2026-06';

const NOT_RECHECKED: FactExtra = {
  confidence: 'single-source',
  note: 'Kept from the earlier dataset; the page could not be re-checked in this review.',
};

// Pages cited more than once.
const S = {
  bpBtc: src('https://www.bp.com/en_az/azerbaijan/home/who-we-are/operationsprojects/pipelines/btc.html'),
  bpScp: src('https://www.bp.com/en_az/azerbaijan/home/who-we-are/operationsprojects/pipelines/scp.html'),
  bpScpGeorgia: src('https://www.bp.com/en_ge/georgia/home/who-we-are/scp.html'),
  reportScp: src('https://report.az/en/energy/scp-capital-expenditures-decrease-tenfold/'),
  reportBpLengths: src('https://report.az/en/energy/bp-to-allocate-150-million-usd-to-modernize-baku-supsa-oil-pipeline/'),
  sgcScp: src('https://www.sgc.az/en/project/scp'),
  turkgozu: src('https://en.wikipedia.org/wiki/T%C3%BCrkg%C3%B6z%C3%BC?oldid=813418590'),
  minenergy: src('https://minenergy.gov.az/en/layiheler/cenub-qaz-dehlizi_2196'),
  tanap: src('https://tanap.com/en/route-above-ground-installations'),
  agendaTanap: src('https://agenda.ge/en/news/2018/1268'),
  reportTap: src('https://report.az/en/energy/terms-of-launching-tap-operation-on-a-trial-basis-announced/'),
  tapExpansion: src('https://report.az/en/energy/head-of-tap-ag-work-on-stage-1-of-tap-s-capacity-expansion-nearing-completion'),
  trendTapIgb: src('https://en.trend.az/business/energy/3778253.html'),
  trendTap2023: src('https://en.trend.az/business/energy/3702651.html'),
  firstGasEurope: src(
    'https://www.borsaitaliana.it/borsa/notizie/teleborsa/economia/tap-e-arrivato-in-italia-il-primo-gas-dall-azerbaijan-42_2020-12-31_TLB.html?lang=it',
  ),
  bgenh: src('https://www.bgenh.com/en/page/45/IGB.html'),
  trendIcgb: src('https://en.trend.az/business/energy/3777059.html'),
  btkAliyev: src(
    'https://report.az/en/foreign-politics/ilham-aliyev-btk-is-a-result-of-friendship-and-brotherhood-of-azerbaijan-turkey-and-georgia/',
  ),
  egtre: src('https://www.egtre.info/w/index.php?title=Border_Crossings:_Georgia_-_Turkey&oldid=6395'),
  seaNewsBtk: src('https://sea-news.az/2017/10/30/baku-tbilisi-kars-railway-to-be-commissioned-today/'),
  adyAlat: src('https://ady.az/en/news/read/1082/43'),
  socarBnp: src('https://www.socar.az/en/page/baku-novorossiysk-pipeline'),
  trendBnp: src('https://en.trend.az/business/energy/3490624.html'),
  seaNews2023: src('https://sea-news.az/2023/03/02/azerbaijani-oil-briefly-resumes-flowing-through-baku-supsa-pipeline/'),
  socarWrep: src('https://www.socar.az/en/page/baku-supsa-pipeline'),
  trendWrep: src('https://en.trend.az/business/energy/3711592.html'),
  reportWrep2016: src('https://report.az/en/energy/azerbaijan-prime-minister-leaves-for-georgia/'),
  railwayGazette: src('https://www.railwaygazette.com/infrastructure/presidents-officially-open-azerbaijan-iran-rail-link/46216.article'),
  irnaRashtAstara: src('https://en.irna.ir/news/85661312/President-Pezeshkian-calls-for-speedy-construction-of-Rasht-Astara'),
  trendInstc: src('https://en.trend.az/iran/4013344.html'),
  reportTitr: src('https://report.az/en/infrastructure/cargo-shipment-via-azerbaijan-s-railways-along-middle-corridor-up-6'),
  titrAssociation: src('http://baltic-blacksea.com/en-news-94.htm'),
  investTm: src('https://invest.gov.tm/news/view?id=1302'),
  kazinformTcgp: src('https://en.inform.kz/news/turkmenistan-mulls-possibilities-of-gas-supply-to-eu_a2950178/'),
  mediamax: src('https://mediamax.am/en/news/foreignpolicy/59684/'),
  trendHoradizAghband: src('https://www.trend.az/business/4087540.html'),
  trendHoradizFoundation: src('https://en.trend.az/business/3383178.html'),
  karsDilucu: src('https://news.az/news/construction-of-kars-nakhchivan-railway-starts-in-turkiye'),
  trippFramework: src('https://www.1lurer.am/en/2026/01/14/1/1446632'),
  washington: src('https://jamestown.org/program/armenia-and-azerbaijan-agree-on-next-steps-at-white-house-summit'),
  zangezurTerm: src(
    'https://mirrorspectator.com/2025/09/30/pashinyan-again-criticizes-aliyevs-use-of-zangezur-corridor-phrasing-during-un-speech/',
  ),
} as const;

// The places several routes share.
const SANGACHAL: Place = { name: 'Sangachal Terminal, south of Baku (position estimated)', lat: 40.2013, lng: 49.4813, source: S.bpBtc };
const KARS: Place = { name: 'Kars (town centre)', lat: 40.6078, lng: 43.0958, source: S.seaNewsBtk };
const TURKGOZU: Place = { name: 'Türkgözü, Posof (Ardahan), on the Georgian border', lat: 41.58, lng: 42.8195, source: S.turkgozu };
const KIPOI_LAT = 40.9533;
const KIPOI_LNG = 26.3067;

export const routeDetails: Record<RouteId, RouteDetails> = {
  btc: {
    statusNote: fact(AS_OF, 'In service since 2006; bp lists it as an operating export line.', S.bpBtc),
    operator: {
      text: 'BTC Co. owns the line; bp operates the Azerbaijani and Georgian sections and BOTAŞ International (BIL) the Turkish one.',
      asOf: AS_OF,
      source: S.bpBtc,
    },
    milestones: [
      BTC_IGA_1999_11_18,
      fact('2009-03', 'Throughput is raised to 1.2 million barrels a day with drag-reducing agents.', S.bpBtc),
      fact(
        '2021-12-12',
        'Cumulative BTC exports pass 500 million tonnes.',
        src('https://azertag.az/en/xeber/BTC_celebrates_500_million_tonnes_of_oil_export-1951248'),
      ),
    ],
    capacity: [
      {
        value: 1.2,
        unit: 'million barrels/day',
        note: '1.0 million barrels/day from 2006 to 2009',
        asOf: '2009-03',
        source: S.bpBtc,
      },
    ],
    length: {
      totalKm: 1768,
      byCountry: { AZE: 443, GEO: 249, TUR: 1076 },
      source: S.bpBtc,
      asOf: AS_OF,
      alternatives: [
        { totalKm: 1776, source: src('https://georgianencyclopedia.ge/en/form_eng/410') },
        { totalKm: 1773, source: src('https://lib.aliyevheritage.org/ge/7045189.html') },
        {
          totalKm: 1743,
          source: src('http://www.hurriyet.com.tr/sezer-attends-opening-of-baku-tblisi-ceyhan-pipeline-3375726'),
          note: 'figure from the 2005 opening coverage',
        },
      ],
    },
    start: SANGACHAL,
    // bp names the terminal and its coast; no source gives its coordinates.
    end: {
      name: 'Ceyhan Marine Terminal, on the Gulf of İskenderun near Yumurtalık (position estimated)',
      lat: 36.88,
      lng: 35.93,
      source: S.bpBtc,
    },
    summary:
      'The main outlet for Azerbaijani crude: a buried line from the Caspian coast to a tanker terminal on the Mediterranean, routed through Georgia rather than Russia or Armenia. Most of its length lies in eastern and southern Türkiye.',
    asOf: AS_OF,
  },
  scp: {
    statusNote: fact(
      '2018-06-30',
      'The SCPX expansion went into service, enlarging the line that has carried Shah Deniz gas since 2006.',
      S.sgcScp,
      NOT_RECHECKED,
    ),
    operator: {
      text: 'South Caucasus Pipeline Company; SOCAR Midstream Operations has been technical operator since the handover from bp was completed in August 2021.',
      asOf: '2021-08-01',
      source: src('https://report.az/en/amp/energy/transition-of-scpc-technical-operatorship-from-bp-to-socar-finalized'),
    },
    shareholders: {
      text: 'bp 28.8%, TPAO 19%, Petronas 15.5%, AzSCP (SOCAR) 10%, LUKOIL 10%, NICO 10%, SGC Midstream 6.7%',
      asOf: '2019-08-01',
      source: S.reportScp,
    },
    milestones: [
      fact('2007-01', 'Commercial deliveries to Georgia begin.', S.bpScpGeorgia),
      fact('2007-07', 'Deliveries to Türkiye begin.', S.bpScpGeorgia),
      fact(
        '2020-03-20',
        'SOCAR Midstream Operations begins taking over technical operation from bp.',
        src('https://en.trend.az/business/energy/3249523.html'),
        NOT_RECHECKED,
      ),
      fact('2020-12', 'Gas carried by the expanded line reaches Europe.', S.bpScp),
    ],
    capacity: [
      { value: 7.41, unit: 'bcm/year', note: 'original line', asOf: '2006', source: S.sgcScp },
      { value: 23.4, unit: 'bcm/year', note: 'after the SCPX expansion; can be raised to 31', asOf: '2018-06', source: S.sgcScp },
    ],
    length: {
      totalKm: 691,
      byCountry: { AZE: 443, GEO: 248 },
      source: S.reportBpLengths,
      asOf: AS_OF,
      alternatives: [{ totalKm: 692, source: S.sgcScp, note: 'with 249 km in Georgia; not re-checked' }],
    },
    start: SANGACHAL,
    end: { ...TURKGOZU, name: 'Georgia–Türkiye border at Türkgözü, where TANAP begins' },
    summary:
      'The first leg of the Southern Gas Corridor, laid in the same corridor as BTC as far as the Turkish border. It supplies Georgia and hands gas to TANAP at Türkgözü.',
    asOf: AS_OF,
  },
  tanap: {
    statusNote: fact(
      '2019-11-30',
      'Both phases are in service since the European link at İpsala was inaugurated.',
      S.minenergy,
      NOT_RECHECKED,
    ),
    operator: { text: 'TANAP Doğalgaz İletim A.Ş.', asOf: AS_OF, source: S.tanap },
    shareholders: {
      text: 'Southern Gas Corridor CJSC 51%, BOTAŞ 30%, bp 12%, SOCAR Turkey Enerji 7%',
      asOf: '2019-07-06',
      source: src('https://www.azernews.az/oil_and_gas/153181.html'),
    },
    milestones: [
      TANAP_IGA_2012_06_26,
      fact(
        '2018-11-21',
        'TANAP is joined to TAP at the Maritsa (Evros) river on the Greek border.',
        src('https://www.azernews.az/oil_and_gas/149510.html'),
      ),
      fact(
        '2019-11-30',
        'The section to İpsala, which feeds Europe, is inaugurated.',
        src('https://www.azernews.az/oil_and_gas/154665.html'),
      ),
    ],
    capacity: [
      {
        value: 16,
        unit: 'bcm/year',
        note: '6 for Türkiye and 10 for Europe; can grow to 24 and later 31',
        asOf: '2018-06',
        source: S.tanap,
      },
    ],
    length: {
      totalKm: 1811,
      byCountry: { TUR: 1811 },
      source: S.tanap,
      asOf: AS_OF,
      alternatives: [{ totalKm: 1850, source: S.agendaTanap, note: 'the rounder figure used around the launch' }],
    },
    start: TURKGOZU,
    end: {
      name: 'İpsala on the Greek border (coordinates of Kipoi, just across the Evros)',
      lat: KIPOI_LAT,
      lng: KIPOI_LNG,
      source: S.tanap,
    },
    summary:
      'Carries Shah Deniz gas across the whole of Anatolia, from the Georgian border to the Greek one, crossing 20 provinces and the Dardanelles. Türkiye takes part of the gas at Eskişehir; the rest continues into TAP.',
    asOf: AS_OF,
  },
  tap: {
    statusNote: fact(
      '2025-10',
      'Operating; the first capacity expansion, adding 1.2 bcm a year from January 2026, was close to completion.',
      S.tapExpansion,
      NOT_RECHECKED,
    ),
    operator: { text: 'Trans Adriatic Pipeline AG (TAP AG), owned by its five shareholders.', asOf: '2023-07-25', source: S.trendTapIgb },
    shareholders: {
      text: 'bp, SOCAR, Snam, Fluxys and Enagás, 20% each, since Axpo sold its 5% in July 2023',
      asOf: '2023-07-25',
      source: S.trendTapIgb,
    },
    milestones: [
      fact('2013-06-28', 'The Shah Deniz consortium picks TAP as its route into Europe.', S.reportTap),
      fact(
        '2020-12-31',
        'First physical gas flows through TAP to Italy at Melendugno and, through the Greek grid, to Greece and Bulgaria.',
        S.firstGasEurope,
      ),
      fact('2023-01-22', 'Binding bids trigger a first expansion of 1.2 bcm a year, due from 2026.', S.trendTap2023),
    ],
    capacity: [
      { value: 10, unit: 'bcm/year', note: 'designed to be doubled to about 20', asOf: '2020-11', source: S.trendTap2023 },
      {
        value: 11.2,
        unit: 'bcm/year',
        note: 'from 1 January 2026, after the first expansion (+1 bcm for Italy, +0.2 for Albania); page not re-checked in 2026',
        asOf: '2026-01',
        source: S.tapExpansion,
      },
    ],
    length: {
      totalKm: 878,
      // The other 105 km are the Adriatic crossing.
      byCountry: { GRC: 550, ALB: 215, ITA: 8 },
      source: S.reportTap,
      asOf: AS_OF,
      alternatives: [{ totalKm: 870, source: src('https://civil.ge/archives/390279') }],
    },
    start: {
      name: 'Kipoi (Evros), compressor station at the Turkish border',
      lat: KIPOI_LAT,
      lng: KIPOI_LNG,
      source: src('https://www.tap-ag.com/pipeline-construction/building-the-pipeline/in-greece'),
    },
    end: { name: 'Melendugno (Lecce), tie-in to the Italian grid (town centre)', lat: 40.2667, lng: 18.3333, source: S.firstGasEurope },
    summary:
      'The European end of the Southern Gas Corridor: from the Turkish border across northern Greece and the Albanian mountains, then under the Adriatic to southern Italy. Links at Komotini and Nea Mesimvria pass gas on to Bulgaria and beyond.',
    asOf: AS_OF,
  },
  igb: {
    statusNote: fact('2022-10', 'In commercial operation since October 2022.', S.trendTapIgb),
    operator: { text: 'ICGB AD, a company registered in Bulgaria in 2011.', asOf: '2023-07-25', source: S.trendIcgb },
    shareholders: {
      text: 'Bulgarian Energy Holding 50%, IGI Poseidon 50% (itself owned equally by DEPA and Edison)',
      asOf: '2023-07-25',
      source: S.trendIcgb,
    },
    milestones: [
      fact('2022-07-08', 'Completion is marked at a ceremony in Komotini.', src('https://www.azernews.az/oil_and_gas/200262.html')),
      fact(
        '2022-10-01',
        'President Aliyev attends the inauguration, which opens a direct path for Azerbaijani gas into Bulgaria.',
        src('https://businesstime.ge/ekonomika/evropashi-gazis-eksportis-gaormagebas-vgegmavt---alievi'),
      ),
    ],
    capacity: [
      { value: 3, unit: 'bcm/year', note: 'from Greece to Bulgaria; 5 with an added compressor station', asOf: '2022-10', source: S.bgenh },
    ],
    length: {
      totalKm: 182,
      source: S.bgenh,
      asOf: AS_OF,
      alternatives: [
        {
          totalKm: 168.5,
          source: src('http://www.mi.government.bg/en/themes/gas-interconnection-greece-bulgaria-igb-910-347.html'),
          note: 'an earlier design: 140 km in Bulgaria and 28.5 km in Greece',
        },
      ],
    },
    start: {
      name: 'Komotini, tie-in to TAP and the Greek grid (town centre, position estimated)',
      lat: 41.1219,
      lng: 25.4042,
      source: S.trendIcgb,
    },
    end: {
      name: 'Stara Zagora, tie-in to the Bulgarian grid (town centre, position estimated)',
      lat: 42.4257,
      lng: 25.6346,
      source: S.trendIcgb,
    },
    summary:
      'A short link north from TAP at Komotini over the Rhodopes into Bulgaria. It lets Azerbaijani gas reach Bulgaria and, through its grid, markets further north.',
    asOf: AS_OF,
  },
  btk: {
    statusNote: {
      ...BTK_OPENED_2017_10_30,
      text: 'Carries freight and passengers between the Caspian and Türkiye since it opened in October 2017.',
    },
    operator: {
      text: 'Each national railway runs its own section: Azerbaijan Railways (ADY), Georgian Railway and TCDD.',
      asOf: AS_OF,
      source: src('https://www.raillynews.com/2016/08/btk-railway-project%27s-work-in-the-company-accelerated/'),
    },
    milestones: [
      fact('1993-07', 'The Kars–Gyumri line to Armenia closes, the gap that BTK was built to bypass.', S.egtre),
      fact('2008-07-24', 'Work on the Turkish section begins in Kars.', S.seaNewsBtk),
      fact(
        '2017-10',
        'In Georgia a new 29 km line was built from Akhalkalaki to the Turkish border, where it meets the new Turkish line to Kars.',
        src('https://1tv.ge/lang/en/news/giorgi-kvirikashvili-will-attend-baku-tbilisi-kars-railway-opening-ceremony'),
      ),
      fact('2018-05-14', 'The new Port of Baku opens at Alat, the railway’s Caspian end.', S.adyAlat, NOT_RECHECKED),
    ],
    capacity: [
      {
        value: 6.5,
        unit: 'Mt of freight/year',
        note: 'at opening, with 1 million passengers; planned to rise to 17 Mt',
        asOf: '2017-10',
        source: src('http://www.xebersaati.com/news/142061-baku-tbilisi-kars-railway-officially-launched-in-baku/'),
      },
    ],
    // The often-quoted 826 km was found only on pages that cannot be cited.
    length: {
      totalKm: 850,
      source: S.btkAliyev,
      asOf: '2017-10',
      alternatives: [{ totalKm: 840, source: src('https://raillynews.com/2015/10/baku-tiflis-kars-demiryolu-2016da-tamamlanacak/') }],
    },
    start: { ...capital('Baku', 40.3833, 49.8667), name: 'Baku (the line runs via Alat, where it was opened)' },
    end: KARS,
    summary:
      'A rail link from the Caspian to Türkiye that avoids Armenia: Azerbaijan’s main line to Tbilisi, a rebuilt Georgian branch to Akhalkalaki, where the gauge changes, and new line from there to Kars. It is the rail spine of the Middle Corridor.',
    asOf: AS_OF,
  },
  bnp: {
    statusNote: fact(
      '2023-03-02',
      'Used only as a back-up route for years; Eurasianet, quoted by Sea-News, reported that flows stopped in 2022. No later status was found.',
      S.seaNews2023,
    ),
    operator: { text: 'SOCAR in Azerbaijan and Transneft in Russia.', asOf: '2021-09', source: S.trendBnp },
    milestones: [
      fact('1996-02-18', 'Azerbaijan and Russia sign the transit agreement in Moscow.', S.socarBnp, NOT_RECHECKED),
      fact(
        '2000-03',
        'Transneft completes a 312 km bypass so that the line avoids Chechnya, due to enter service in April 2000.',
        src('https://www.rferl.org/a/1093624.html'),
      ),
    ],
    capacity: [{ value: 105000, unit: 'barrels/day', note: 'maximum throughput', asOf: '2021-09', source: S.trendBnp }],
    length: {
      totalKm: 1330,
      byCountry: { AZE: 231 },
      source: S.trendBnp,
      asOf: '2021-09',
      alternatives: [{ totalKm: 1347, source: S.socarBnp, note: 'SOCAR’s own page; not re-checked' }],
    },
    start: SANGACHAL,
    end: { name: 'Novorossiysk (Sheskharis terminal), position estimated', lat: 44.733, lng: 37.783, source: S.trendBnp },
    summary:
      'Azerbaijan’s first post-Soviet export line, which took early Caspian oil north along the coast and across the North Caucasus, round Chechnya since 2000, to the Black Sea. After BTC opened it became a reserve route and has seen little or no use since 2022.',
    asOf: AS_OF,
  },
  wrep: {
    statusNote: fact(
      '2023-10',
      'Shut since 2022 apart from two cargoes in February 2023; in October 2023 President Aliyev said it was not operating and that Azerbaijan wants to use it again.',
      src('https://www.newsgeorgia.ge/azerbajdzhan-vozobnovit-jekspluataciju-nefteprovoda-baku-supsa/'),
    ),
    operator: {
      text: 'bp, for the Azeri–Chirag–Gunashli partners; bp also runs the Supsa terminal.',
      asOf: '2021-11',
      source: src(
        'https://www.bp.com/en_az/azerbaijan/home/news/press-releases/Baku-Supsa-loaded-1000-tanker-at-Supsa-terminal-on-the-Black-Sea.html',
      ),
    },
    milestones: [fact('2023-02', 'Two cargoes are shipped while the Ceyhan terminal is shut after the earthquake.', S.seaNews2023)],
    capacity: [
      {
        value: 90000,
        unit: 'barrels/day',
        note: 'SOCAR’s figure, with a maximum of 106,000; not re-checked',
        asOf: AS_OF,
        source: S.socarWrep,
      },
      {
        value: 115000,
        unit: 'barrels/day',
        note: 'maximum, about 5.1 Mt a year (Ministry of Energy)',
        asOf: '2016',
        source: S.reportWrep2016,
      },
      { value: 145000, unit: 'barrels/day', note: 'the figure other sources give', asOf: AS_OF, source: S.trendWrep },
    ],
    length: {
      totalKm: 829.6,
      byCountry: { AZE: 456.4, GEO: 373.2 },
      source: S.socarWrep,
      asOf: '2026-12',
      alternatives: [
        { totalKm: 829, source: S.reportBpLengths },
        { totalKm: 830, source: S.reportWrep2016, note: 'the Ministry of Energy’s figure' },
        { totalKm: 833, source: src('https://en.wikipedia.org/wiki/Baku-Supsa_Pipeline') },
        { totalKm: 837, source: S.trendWrep },
      ],
    },
    start: SANGACHAL,
    end: {
      name: 'Supsa terminal (Guria), on the Black Sea',
      lat: 42.0222,
      lng: 41.7548,
      source: src('https://ports.marinelink.com/ports/port/supsa'),
    },
    summary:
      'The western early-oil line from Sangachal to a Georgian Black Sea terminal, opened before BTC. It has stood idle since 2022, kept as a possible outlet.',
    asOf: AS_OF,
  },
  instc: {
    statusNote: fact(
      '2025',
      'Trains run from Russia through Azerbaijan into Iranian Astara, but the 162 km Rasht–Astara line in Iran has yet to be built.',
      S.irnaRashtAstara,
    ),
    operator: {
      text: 'A multilateral framework; Azerbaijan Railways runs the Azerbaijani section and the Astara (Iran) terminal.',
      asOf: AS_OF,
      source: S.railwayGazette,
    },
    milestones: [
      fact('2000-09-12', 'Russia, Iran and India sign the intergovernmental agreement that founds the North–South corridor.', S.trendInstc),
      fact('2019-03-06', 'The 175 km Qazvin–Rasht railway in Iran is put into operation.', S.trendInstc),
      fact(
        '2023-05-17',
        'Russia and Iran sign an agreement to build the 162 km Rasht–Astara railway in Iran, the missing link of the corridor’s western route.',
        src('https://www.al-monitor.com/originals/2023/05/iran-russia-ink-16-billion-rail-deal-rival-suez-canal'),
      ),
    ],
    capacity: [],
    start: {
      name: 'Makhachkala (Dagestan, Russia)',
      lat: 42.9831,
      lng: 47.5047,
      source: src('https://daryo.uz/en/2023/07/12/russia-ready-to-include-turkmenistan-in-north-south-transport-corridor'),
    },
    end: { name: 'Rasht (Gilan, Iran), town centre', lat: 37.2667, lng: 49.5833, source: S.irnaRashtAstara },
    summary:
      'A trade route from Russia to Iran, the Gulf and India. Its western branch crosses Azerbaijan by rail along the Caspian; the last link, the 162 km Rasht–Astara line in Iran, is agreed but not built, so freight is shifted to road there.',
    asOf: AS_OF,
  },
  'middle-corridor': {
    statusNote: fact(
      '2025-10-20',
      'Cargo on the route grew 62% to 4.5 Mt in 2024, with 5.2 Mt expected in 2025 and capacity of 10 Mt a year possible by 2027.',
      S.reportTitr,
    ),
    operator: {
      text: 'Coordinated by the International Association “Trans-Caspian International Transport Route” (Astana), agreed in 2016 and working since February 2017; its members are railway, port and shipping companies, founded by those of Kazakhstan, Azerbaijan and Georgia.',
      asOf: '2017-02',
      source: S.titrAssociation,
    },
    milestones: [
      fact(
        '2013',
        'A coordinating committee for the Trans-Caspian route is formed by Azerbaijan, Georgia, Kazakhstan and partners.',
        src('http://aircenter.az/en/activities/transportnye-svyazi-evrazii-i-sredinnyy-koridor-cbbeed724d7f7fc6'),
        { confidence: 'single-source', note: 'Only one source (AIR Center, a government-linked think tank) gives this date.' },
      ),
      fact(
        '2016-10',
        'Railway and port administrations of Kazakhstan, Azerbaijan and Georgia sign the memorandum and charter of the route’s association, with its office in Astana.',
        src('http://www.messenger.com.ge/issues/3743_october_24_2016/3743_econ_two.html'),
      ),
      fact('2017-02', 'The association starts work.', S.titrAssociation, {
        confidence: 'single-source',
        note: 'One source, which dates the association’s founding to December 2016; another gives October 2016.',
      }),
      fact('2018-05-14', 'The new Port of Baku opens at Alat, where the Caspian ferries meet the railway.', S.adyAlat, NOT_RECHECKED),
      fact(
        '2024-06-12',
        'The EU and Kazakhstan launch a coordination platform for the corridor.',
        src('https://news.az/news/eu,-kazakhstan-launch-coordination-platform-for-middle-corridor-'),
      ),
    ],
    capacity: [
      { value: 4.5, unit: 'Mt carried/year', note: 'volume in 2024, not capacity', asOf: '2024', source: S.reportTitr },
      { value: 10, unit: 'Mt/year', note: 'throughput expected by 2027', asOf: '2025-10-20', source: S.reportTitr },
    ],
    start: {
      name: 'Aktau (Kazakhstan), Caspian port (town centre, position estimated)',
      lat: 43.65,
      lng: 51.15,
      source: src('https://astanatimes.com/?p=10617'),
    },
    end: { ...KARS, name: 'Kars, by BTK (other branches end at Poti and Batumi)' },
    summary:
      'A rail–sea–rail route from China to Europe that avoids Russia: across Kazakhstan to Aktau or Kuryk, by ferry over the Caspian to Alat, then by rail through Georgia to Türkiye or to the Black Sea ports. It has no single opening date: through trains began in 2015 and the coordinating association in 2017. Only the part from the Caspian westwards is drawn.',
    asOf: AS_OF,
  },
  tcgp: {
    statusNote: fact(AS_OF, 'Still a proposal, long on hold; no company has been set up to build it.', S.investTm),
    operator: { text: 'None: no project company exists.', asOf: AS_OF, source: S.investTm },
    milestones: [
      fact(
        '2018-10-23',
        'Turkmenistan says the Caspian Convention means only the parties to the project and an environmental review are needed to lay the pipeline.',
        src('https://report.az/en/energy/eu-stands-ready-to-attract-investment-in-trans-caspian-gas-pipeline/'),
      ),
      fact(
        '2021-01-21',
        'Azerbaijan and Turkmenistan sign a memorandum on jointly developing the Dostlug field.',
        src('https://en.trend.az/azerbaijan/politics/3368219.html'),
      ),
    ],
    capacity: [{ value: 30, unit: 'bcm/year', note: 'upper end of the 10–30 bcm discussed', asOf: '2016', source: S.kazinformTcgp }],
    length: { totalKm: 300, source: S.kazinformTcgp, asOf: '2016', alternatives: [] },
    start: {
      name: 'Türkmenbaşy (Turkmenistan), Caspian port town',
      lat: 40.0167,
      lng: 52.9667,
      source: src('https://gcaptain.com/energy-rich-turkmenistan-to-build-2-billion-caspian-sea-port/'),
    },
    end: SANGACHAL,
    summary:
      'A proposed line of about 300 km on the Caspian seabed that would bring Turkmen gas to Sangachal and into the Southern Gas Corridor. It has been discussed for decades but never begun.',
    asOf: AS_OF,
  },
  zangezur: {
    statusNote: fact(
      '2025-09-05',
      'The 110.4 km Horadiz–Aghband line was 84% designed and 67% built, with completion planned for 2026.',
      S.trendHoradizAghband,
    ),
    operator: {
      text: 'Armenian section: to be the TRIPP Development Company; Azerbaijani sections: Azerbaijan Railways; Turkish section: TCDD.',
      asOf: '2026-01',
      source: S.mediamax,
    },
    shareholders: {
      text: 'TRIPP Development Company (Armenian section, planned): United States 74%, Armenia 26%, for an initial 49 years, extendable by 50 with Armenia rising to 49%; Armenia keeps border, customs and security control. The framework is non-binding.',
      asOf: '2026-01-14',
      source: S.trippFramework,
    },
    milestones: [
      fact(
        '2020-11-10',
        'The ceasefire statement commits Armenia to transport links between mainland Azerbaijan and Nakhchivan.',
        src(
          'https://www.ajc.com/news/nation-world/russian-peacekeepers-deploy-to-secure-nagorno-karabakh-truce/VFTP3NWU7VEK7P7DYOCKWX3IRM/',
        ),
      ),
      fact(
        '2025-08-08',
        'In a joint declaration signed at the White House, Azerbaijan and Armenia agree on unimpeded transit between mainland Azerbaijan and Nakhchivan across Armenia, on the basis of sovereignty and jurisdiction; Armenia is to work with the US on the “Trump Route for International Peace and Prosperity” (TRIPP) on its territory.',
        S.washington,
      ),
      fact('2025-08-22', 'Türkiye breaks ground on the 224 km Kars–Iğdır–Aralık–Dilucu railway, to take 4–5 years.', S.karsDilucu),
      fact(
        '2025-09-27',
        'Armenia’s prime minister tells the UN General Assembly that the phrase “Zangezur corridor” is absent from the Washington documents and is seen in Armenia as a territorial claim.',
        S.zangezurTerm,
      ),
      fact(
        '2026-01-14',
        'Armenia and the US publish the non-binding TRIPP Implementation Framework: a TRIPP Development Company, 74% US and 26% Armenian, would hold development rights for 49 years, extendable by 50 with Armenia rising to 49%, while Armenia keeps border, customs and security control.',
        S.trippFramework,
      ),
      fact(
        '2026-02-18',
        'The Armenian section is given as 42 km, along the Soviet-era Meghri railway next to the Iranian border.',
        src(
          'https://1news.az/news/20260218021950801-Azerbaidzhanskie-zheleznye-dorogi-realizuyut-pervyi-etap-rabot-v-ramkakh-Zangezurskogo-koridora',
        ),
      ),
      fact(
        '2026',
        'Armenia plans to start building its section in the second half of the year.',
        src('https://report.az/en/region/pashinyan-construction-of-tripp-section-in-armenia-to-begin-in-second-half-of-2026'),
      ),
    ],
    capacity: [
      {
        value: 15,
        unit: 'Mt/year',
        note: 'Horadiz–Aghband design capacity (Azerbaijan Railways)',
        asOf: '2025-09',
        source: src('https://www.trend.az/business/4087515.html'),
      },
    ],
    start: { name: 'Horadiz (Fuzuli district), position estimated', lat: 39.4478, lng: 47.3364, source: S.trendHoradizFoundation },
    end: { ...KARS, name: 'Kars, via Nakhchivan and Dilucu', source: S.karsDilucu },
    summary:
      'A planned rail link from mainland Azerbaijan along the Araz valley, across about 42 km of southern Armenia, through Nakhchivan and on to Kars in Türkiye. The Armenian section, named TRIPP in the 8 August 2025 Washington declaration, is to be built under Armenian sovereignty by a company in which the United States would hold 74%; Azerbaijan calls the wider route the “Zangezur corridor”, a term Armenia rejects.',
    asOf: AS_OF,
  },
};
