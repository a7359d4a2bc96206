import type { RouteDetails, RouteId } from '../schema';
import { src } from './sourcing';

/**
 * The panel half of the routes that carry Azerbaijan's oil, gas and freight, loaded with the
 * detail panels; ./routes.ts holds what the map needs.
 *
 * Facts come from ../shared/reference/facts.json (checked about June 2026); every figure cites
 * the page it came from. Conventions:
 * - `length.byCountry` holds the published onshore lengths; when they add up to less than
 *   `totalKm` (TAP), the rest is the sea crossing.
 * - `length` is left out where no published figure covers the drawn line (INSTC, the Middle
 *   Corridor and the Zangezur route, whose figures are for sections or for a much longer whole);
 *   those figures appear in the dated facts instead.
 * - `countries` lists what the drawn line crosses, in order, as ISO alpha-3 codes.
 */

const AS_OF = '2026-06';

// Pages cited more than once.
const S = {
  bpBtc: src('https://www.bp.com/en_az/azerbaijan/home/who-we-are/operationsprojects/pipelines/btc.html', 'bp Azerbaijan'),
  bpBtcGeorgia: src('https://bp.com/en_ge/georgia/home/who-we-are/btc.html', 'bp Georgia'),
  bpScp: src('https://www.bp.com/en_az/azerbaijan/home/who-we-are/operationsprojects/pipelines/scp.html', 'bp Azerbaijan'),
  bpScpGeorgia: src('https://www.bp.com/en_ge/georgia/home/who-we-are/scp.html', 'bp Georgia'),
  sgcScp: src('https://www.sgc.az/en/project/scp', 'Southern Gas Corridor CJSC'),
  sangachal: src('https://pt.qwertyu.wiki/wiki/Sangachal_terminal', 'Wikipedia (copy)'),
  turkgozu: src('https://en.wikipedia.org/wiki/T%C3%BCrkg%C3%B6z%C3%BC?oldid=813418590', 'Wikipedia'),
  ceyhan: src('https://en.wikipedia-on-ipfs.org/wiki/Ceyhan', 'Wikipedia (copy)'),
  minenergy: src('https://minenergy.gov.az/en/layiheler/cenub-qaz-dehlizi_2196', 'Ministry of Energy of Azerbaijan'),
  tanap: src('https://tanap.com/en/route-above-ground-installations', 'TANAP'),
  agendaTanap: src('https://agenda.ge/en/news/2018/1268', 'Agenda.ge'),
  reportTap: src('https://dev.report.az/en/energy/tap-pipeline-construction-completed', 'Report.az'),
  reportTap2017: src(
    'https://report.az/en/energy/tap-manager-for-greece-pipeline-s-construction-will-be-completed-by-late-2018/',
    'Report.az',
  ),
  tapExpansion: src(
    'https://report.az/en/energy/head-of-tap-ag-work-on-stage-1-of-tap-s-capacity-expansion-nearing-completion',
    'Report.az',
  ),
  firstGasEurope: src(
    'https://www.marketscreener.com/news/latest/First-Commercial-Gas-Delivery-to-Europe-via-Southern-Gas-Corridor--32105557/?utm_medium=RSS&utm_content=20201231',
    'MarketScreener (SOCAR)',
  ),
  bgenh: src('https://www.bgenh.com/en/page/45/IGB.html', 'Bulgarian Energy Holding'),
  igbOpening: src(
    'https://euromaidanpress.com/2022/10/01/gas-pipeline-interconnecting-greece-and-bulgaria-starts-commercial-operation/',
    'Euromaidan Press',
  ),
  btkWiki: src(
    'https://encyclopedia.datana.cloud/content/wikipedia_en_all_mini_2024-04/A/Kars%E2%80%93Tbilisi%E2%80%93Baku_railway',
    'Wikipedia (copy)',
  ),
  btkAliyev: src(
    'https://report.az/en/foreign-politics/ilham-aliyev-btk-is-a-result-of-friendship-and-brotherhood-of-azerbaijan-turkey-and-georgia/',
    'Report.az',
  ),
  egtre: src('https://www.egtre.info/w/index.php?title=Border_Crossings:_Georgia_-_Turkey&oldid=6395', 'EGTRE'),
  seaNewsBtk: src('https://sea-news.az/2017/10/30/baku-tbilisi-kars-railway-to-be-commissioned-today/', 'Sea-News.az'),
  kars: src('https://kiwix.lema.org/wikipedia_en_all_mini_2024-02/A/Kars', 'Wikipedia (copy)'),
  adyAlat: src('https://ady.az/en/news/read/1082/43', 'Azerbaijan Railways'),
  socarBnp: src('https://www.socar.az/en/page/baku-novorossiysk-pipeline', 'SOCAR'),
  gemBnp: src('https://www.gem.wiki/Baku-Novorossiysk_Oil_Pipeline', 'Global Energy Monitor'),
  seaNews2023: src('https://sea-news.az/2023/03/02/azerbaijani-oil-briefly-resumes-flowing-through-baku-supsa-pipeline/', 'Sea-News.az'),
  socarWrep: src('https://www.socar.az/en/page/baku-supsa-pipeline', 'SOCAR'),
  trendWrep: src('https://en.trend.az/business/energy/3711592.html', 'Trend'),
  mincom: src('https://mincom.gov.az/en/view/pages/104/', 'Ministry of Digital Development and Transport of Azerbaijan'),
  railwayGazette: src(
    'https://www.railwaygazette.com/infrastructure/presidents-officially-open-azerbaijan-iran-rail-link/46216.article',
    'Railway Gazette',
  ),
  tassRashtAstara: src('https://tass.com/economy/1618693', 'TASS'),
  tassInstc: src('https://tass.com/politics/1944529', 'TASS'),
  reportTitr: src('https://report.az/en/infrastructure/cargo-shipment-via-azerbaijan-s-railways-along-middle-corridor-up-6', 'Report.az'),
  investTm: src('https://invest.gov.tm/news/view?id=1302', 'Invest.gov.tm'),
  turkmenbashy: src('https://sco.wikipedia.org/wiki/T%C3%BCrkmenba%C5%9Fy,_Turkmenistan', 'Wikipedia (Scots)'),
  mediamax: src('https://mediamax.am/en/news/foreignpolicy/59684/', 'Mediamax'),
  horadizAghband: src(
    'https://menafn.com/1110399834/Azerbaijan-Spotlights-Completion-Timeframe-For-Its-Horadiz-Aghband-Line-To-Armenian-Border',
    'MENAFN (Trend)',
  ),
  karsDilucu: src('https://news.az/news/construction-of-kars-nakhchivan-railway-starts-in-turkiye', 'News.az'),
  karsDilucuCapacity: src(
    'https://menafn.com/1109962733/Tu%CC%88rkiye-Breaks-Ground-On-Kars-Ig%CC%86d%C4%B1r-Aral%C4%B1k-Dilucu-Railway-Line',
    'MENAFN (Trend)',
  ),
} as const;

const SANGACHAL_START = { name: 'Sangachal Terminal, south of Baku', lat: 40.2013, lng: 49.4813, source: S.sangachal };

export const routeDetails: Record<RouteId, RouteDetails> = {
  btc: {
    statusNote: { date: AS_OF, text: 'In service since 2006; bp lists it as an operating export line.', source: S.bpBtc },
    operator: {
      text: 'BTC Co.; bp runs the Azerbaijani and Georgian sections and BOTAŞ International (BIL) the Turkish one.',
      asOf: AS_OF,
      source: S.bpBtc,
    },
    milestones: [
      {
        date: '1999-11-18',
        text: 'Azerbaijan, Georgia and Türkiye sign the intergovernmental agreement in Istanbul, with President Clinton attending.',
        source: src(
          'https://clintonwhitehouse4.archives.gov/textonly/WH/New/Europe-9911/briefings/1999-11-18a.html',
          'The White House (archive)',
        ),
      },
      {
        date: '2006-05-28',
        text: 'The first oil arrives at the Ceyhan terminal.',
        source: src('https://wiki-gateway.eudic.net/wikipedia_en/Baku-Tbilisi-Ceyhan_oil_pipeline.html', 'Wikipedia (copy)'),
      },
      {
        date: '2009-03',
        text: 'Throughput raised to 1.2 million barrels a day with drag-reducing agents.',
        source: S.bpBtc,
      },
      {
        date: '2021-12-12',
        text: 'Cumulative exports pass 500 million tonnes.',
        source: src('https://azertag.az/en/xeber/BTC_celebrates_500_million_tonnes_of_oil_export-1951248', 'AZERTAC'),
      },
    ],
    capacity: [
      {
        value: 1.2,
        unit: 'million barrels/day',
        note: '1.0 million barrels/day (about 50 Mt a year) from 2006 to 2009',
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
        { totalKm: 1776, source: src('https://georgianencyclopedia.ge/en/form_eng/410', 'Georgian Encyclopedia') },
        { totalKm: 1773, source: src('https://lib.aliyevheritage.org/ge/7045189.html', 'Heydar Aliyev Heritage Library') },
        {
          totalKm: 1743,
          source: src('http://www.hurriyet.com.tr/sezer-attends-opening-of-baku-tblisi-ceyhan-pipeline-3375726', 'Hürriyet'),
          note: 'figure from the 2005 opening coverage',
        },
      ],
    },
    start: SANGACHAL_START,
    end: { name: 'Ceyhan Marine Terminal (approximate position, on the coast south of Ceyhan)', lat: 36.88, lng: 35.93, source: S.ceyhan },
    summary:
      'The main outlet for Azerbaijani crude: a buried line from the Caspian coast to a tanker terminal on the Mediterranean, routed through Georgia rather than Russia or Armenia. Most of its length lies in eastern and southern Türkiye.',
    asOf: AS_OF,
  },
  scp: {
    statusNote: {
      date: '2018-06-30',
      text: 'The SCPX expansion went into service, enlarging the line that has carried Shah Deniz gas since 2006.',
      source: S.sgcScp,
    },
    operator: {
      text: 'South Caucasus Pipeline Company; SOCAR Midstream Operations has been technical operator since the handover from bp was completed in August 2021.',
      asOf: '2021-08-01',
      source: src('https://report.az/en/amp/energy/transition-of-scpc-technical-operatorship-from-bp-to-socar-finalized', 'Report.az'),
    },
    shareholders: {
      text: 'bp 28.83%, TPAO 19%, Petronas 15.5%, SOCAR 10%, LUKOIL 10%, NICO 10%, Southern Gas Corridor CJSC 6.67%',
      asOf: AS_OF,
      source: S.sgcScp,
    },
    milestones: [
      { date: '2007-01', text: 'Commercial deliveries to Georgia begin.', source: S.bpScpGeorgia },
      { date: '2007-07', text: 'Deliveries to Türkiye begin.', source: S.bpScpGeorgia },
      {
        date: '2020-03-20',
        text: 'SOCAR Midstream Operations takes over technical operation from bp.',
        source: src('https://en.trend.az/business/energy/3249523.html', 'Trend'),
      },
      { date: '2020-12', text: 'Gas carried by the expanded line reaches Europe.', source: S.bpScp },
    ],
    capacity: [
      { value: 7.41, unit: 'bcm/year', note: 'original line', asOf: '2006', source: S.sgcScp },
      { value: 23.4, unit: 'bcm/year', note: 'after the SCPX expansion; can be raised to 31', asOf: '2018-06', source: S.sgcScp },
    ],
    length: {
      totalKm: 692,
      byCountry: { AZE: 443, GEO: 249 },
      source: S.sgcScp,
      asOf: AS_OF,
      alternatives: [{ totalKm: 691, source: S.bpScp, note: 'bp gives 248 km for Georgia' }],
    },
    start: SANGACHAL_START,
    end: { name: 'Georgia–Türkiye border at Türkgözü, where TANAP begins', lat: 41.58, lng: 42.8195, source: S.turkgozu },
    summary:
      'The first leg of the Southern Gas Corridor, laid in the same corridor as BTC as far as the Turkish border. It supplies Georgia and hands gas to TANAP at Türkgözü.',
    asOf: AS_OF,
  },
  tanap: {
    statusNote: {
      date: '2019-11-30',
      text: 'Both phases are in service since the European link at İpsala was inaugurated.',
      source: S.minenergy,
    },
    operator: { text: 'TANAP Doğalgaz İletim A.Ş.', asOf: AS_OF, source: S.tanap },
    shareholders: {
      text: 'Southern Gas Corridor CJSC 51%, BOTAŞ 30%, bp 12%, SOCAR Turkey 7%',
      asOf: AS_OF,
      source: src('https://brecorder.com/news/amp/549234', 'Business Recorder'),
    },
    milestones: [
      {
        date: '2012-06-26',
        text: 'Azerbaijan and Türkiye sign the intergovernmental agreement in Istanbul.',
        source: src('https://sabah.com.tr/galeri/ekonomi/tarihi-tanap-projesi-aciliyor', 'Sabah'),
      },
      {
        date: '2018-11-21',
        text: 'TANAP is joined to TAP at the Maritsa (Evros) river on the Greek border.',
        source: src('https://www.azernews.az/oil_and_gas/149510.html', 'Azernews'),
      },
      {
        date: '2019-11-30',
        text: 'The section to İpsala, which feeds Europe, is inaugurated.',
        source: src('https://www.azernews.az/oil_and_gas/154665.html', 'Azernews'),
      },
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
    start: { name: 'Türkgözü, Posof (Ardahan), on the Georgian border', lat: 41.58, lng: 42.8195, source: S.turkgozu },
    end: { name: 'İpsala on the Greek border (coordinates of Kipoi, just across the Evros)', lat: 40.9533, lng: 26.3067, source: S.tanap },
    summary:
      'Carries Shah Deniz gas across the whole of Anatolia, from the Georgian border to the Greek one, crossing 20 provinces and the Dardanelles. Türkiye takes part of the gas at Eskişehir; the rest continues into TAP.',
    asOf: AS_OF,
  },
  tap: {
    statusNote: {
      date: '2025-10',
      text: 'Operating; the first capacity expansion, adding 1.2 bcm a year from January 2026, was close to completion.',
      source: S.tapExpansion,
    },
    operator: { text: 'Trans Adriatic Pipeline AG, a Swiss-registered joint venture.', asOf: '2017', source: S.reportTap2017 },
    shareholders: {
      text: 'bp, SOCAR and Snam 20% each, Fluxys 19%, Enagás 16%, Axpo 5% (during construction)',
      asOf: '2017',
      source: S.reportTap2017,
    },
    milestones: [
      { date: '2013-06-28', text: 'The Shah Deniz consortium picks TAP as its route into Europe.', source: S.reportTap },
      { date: '2020-12-31', text: 'First Azerbaijani gas is delivered to Italy, Greece and Bulgaria.', source: S.firstGasEurope },
      {
        date: '2023-01-22',
        text: 'Binding bids trigger a first expansion of 1.2 bcm a year, due from 2026.',
        source: src('https://en.trend.az/business/energy/3702651.html', 'Trend'),
      },
    ],
    capacity: [
      {
        value: 10,
        unit: 'bcm/year',
        note: 'designed to be doubled to about 20',
        asOf: '2020-11',
        source: src('https://en.trend.az/business/energy/3702651.html', 'Trend'),
      },
      {
        value: 11.2,
        unit: 'bcm/year',
        note: 'from 1 January 2026, after the first expansion (+1 bcm for Italy, +0.2 for Albania)',
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
      alternatives: [{ totalKm: 870, source: src('https://civil.ge/archives/390279', 'Civil.ge') }],
    },
    start: {
      name: 'Kipoi (Evros), compressor station at the Turkish border',
      lat: 40.9533,
      lng: 26.3067,
      source: src('https://www.tap-ag.com/pipeline-construction/building-the-pipeline/in-greece', 'TAP AG'),
    },
    end: {
      name: 'Melendugno (Lecce), tie-in to the Italian grid',
      lat: 40.2667,
      lng: 18.3333,
      source: src('https://it.wikipedia.org/wiki?curid=783888', 'Wikipedia (Italian)'),
    },
    summary:
      'The European end of the Southern Gas Corridor: from the Turkish border across northern Greece and the Albanian mountains, then under the Adriatic to southern Italy. Links at Komotini and Nea Mesimvria pass gas on to Bulgaria and beyond.',
    asOf: AS_OF,
  },
  igb: {
    statusNote: { date: '2022-10-01', text: 'In commercial operation since October 2022.', source: S.igbOpening },
    operator: { text: 'ICGB AD, a company registered in Sofia in 2011.', asOf: AS_OF, source: S.bgenh },
    shareholders: {
      text: 'Bulgarian Energy Holding 50%, IGI Poseidon 50% (itself owned equally by DEPA and Edison)',
      asOf: AS_OF,
      source: S.bgenh,
    },
    milestones: [
      {
        date: '2022-10-01',
        text: 'President Aliyev attends the inauguration, which opens a direct path for Azerbaijani gas into Bulgaria.',
        source: src('https://businesstime.ge/ekonomika/evropashi-gazis-eksportis-gaormagebas-vgegmavt---alievi', 'BusinessTime.ge'),
      },
      {
        date: '2022-07-08',
        text: 'Completion is marked at a ceremony in Komotini.',
        source: src('https://www.azernews.az/oil_and_gas/200262.html', 'Azernews'),
      },
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
          source: src(
            'http://www.mi.government.bg/en/themes/gas-interconnection-greece-bulgaria-igb-910-347.html',
            'Bulgarian Ministry of Energy',
          ),
          note: 'an earlier design: 140 km in Bulgaria and 28.5 km in Greece',
        },
      ],
    },
    start: {
      name: 'Komotini, tie-in to TAP and the Greek grid',
      lat: 41.1219,
      lng: 25.4042,
      source: src('https://wiki.riteme.site/wiki/G%C3%BCm%C3%BClcine', 'Wikipedia (copy)'),
    },
    end: {
      name: 'Stara Zagora, tie-in to the Bulgarian grid',
      lat: 42.4257,
      lng: 25.6346,
      source: src('https://wap.bdmobi.com/view_html.php?lang=it&q=Stara_Zagora&sq=Google', 'Wikipedia (Italian copy)'),
    },
    summary:
      'A short link north from TAP at Komotini over the Rhodopes into Bulgaria. It lets Azerbaijani gas reach Bulgaria and, through its grid, markets further north.',
    asOf: AS_OF,
  },
  btk: {
    statusNote: { date: '2024-04', text: 'Carries freight and passengers between the Caspian and Türkiye.', source: S.btkWiki },
    operator: {
      text: 'Each national railway runs its own section: Azerbaijan Railways (ADY), Georgian Railway and TCDD.',
      asOf: AS_OF,
      source: src('https://www.raillynews.com/2016/08/btk-railway-project%27s-work-in-the-company-accelerated/', 'RayHaber / Raillynews'),
    },
    milestones: [
      { date: '1993-07', text: 'The Kars–Gyumri line to Armenia closes, the gap that BTK was built to bypass.', source: S.egtre },
      { date: '2008-07-24', text: 'Work on the Turkish section begins in Kars.', source: S.seaNewsBtk },
      { date: '2018-05-14', text: 'The new Port of Baku opens at Alat, the railway’s Caspian end.', source: S.adyAlat },
    ],
    capacity: [
      {
        value: 6.5,
        unit: 'Mt of freight/year',
        note: 'at opening, with 1 million passengers; planned to rise to 17 Mt',
        asOf: '2017-10',
        source: src('http://www.xebersaati.com/news/142061-baku-tbilisi-kars-railway-officially-launched-in-baku/', 'Xeber Saati (Trend)'),
      },
    ],
    length: {
      totalKm: 826,
      source: S.btkWiki,
      asOf: AS_OF,
      alternatives: [
        { totalKm: 850, source: S.btkAliyev, note: '“about 850 km”, said at the opening' },
        { totalKm: 840, source: src('https://raillynews.com/2015/10/baku-tiflis-kars-demiryolu-2016da-tamamlanacak/', 'Raillynews') },
      ],
    },
    start: {
      name: 'Baku (the line runs via Alat, where it was opened)',
      lat: 40.3833,
      lng: 49.8667,
      source: src(
        'https://github.com/kirkkenney/worldcapitals/blob/53a38e41beca4a947105d37cf8fe658f0252bf19/country-capitals.csv',
        'worldcapitals (GitHub)',
      ),
    },
    end: { name: 'Kars', lat: 40.6078, lng: 43.0958, source: S.kars },
    summary:
      'A rail link from the Caspian to Türkiye that avoids Armenia: Azerbaijan’s main line to Tbilisi, a rebuilt Georgian branch to Akhalkalaki, where the gauge changes, and about 105 km of new line to Kars. It is the rail spine of the Middle Corridor.',
    asOf: AS_OF,
  },
  bnp: {
    statusNote: {
      date: '2023-03-02',
      text: 'Used only as a back-up route for years; Eurasianet, quoted by Sea-News, reported that flows stopped in 2022. No later status was found.',
      source: S.seaNews2023,
    },
    operator: { text: 'SOCAR in Azerbaijan and Transneft in Russia.', asOf: AS_OF, source: S.gemBnp },
    milestones: [
      { date: '1996-02-18', text: 'Azerbaijan and Russia sign the transit agreement in Moscow.', source: S.gemBnp },
      {
        date: '2013-05',
        text: 'Russia ends the intergovernmental agreement; transit goes on under commercial contracts.',
        source: src('http://tass.com/economy/714101', 'TASS'),
      },
    ],
    capacity: [{ value: 105000, unit: 'barrels/day', note: 'about 5–6 Mt a year', asOf: AS_OF, source: S.socarBnp }],
    length: {
      totalKm: 1347,
      byCountry: { AZE: 231, RUS: 1116 },
      source: S.socarBnp,
      asOf: AS_OF,
      alternatives: [{ totalKm: 1330, source: S.gemBnp }],
    },
    start: SANGACHAL_START,
    end: {
      name: 'Port of Novorossiysk (Tsemes Bay)',
      lat: 44.733,
      lng: 37.783,
      source: src('https://profilpelajar.com/article/Port_of_Novorossiysk', 'Wikipedia (copy)'),
    },
    summary:
      'Azerbaijan’s first post-Soviet export line, which took early Caspian oil north along the coast and across the North Caucasus to the Black Sea. After BTC opened it became a reserve route and has seen little or no use since 2022.',
    asOf: AS_OF,
  },
  wrep: {
    statusNote: {
      date: '2023-10',
      text: 'Shut since 2022 apart from two cargoes in February 2023; in October 2023 President Aliyev said it was not operating and that Azerbaijan wants to use it again.',
      source: src('https://www.newsgeorgia.ge/azerbajdzhan-vozobnovit-jekspluataciju-nefteprovoda-baku-supsa/', 'NewsGeorgia'),
    },
    operator: {
      text: 'bp, for the Azeri–Chirag–Gunashli partners; bp also runs the Supsa terminal.',
      asOf: '2021-11',
      source: src(
        'https://www.bp.com/en_az/azerbaijan/home/news/press-releases/Baku-Supsa-loaded-1000-tanker-at-Supsa-terminal-on-the-Black-Sea.html',
        'bp Azerbaijan',
      ),
    },
    milestones: [
      {
        date: '2022-05',
        text: 'Pumping is suspended again for want of shipper nominations and because of risks in the Black Sea.',
        source: src(
          'https://spnews.io/en/news-detail/crude-oil-transportation-through-baku-supsa-oil-pipeline-suspended-again-38667',
          'SP News',
        ),
      },
      { date: '2023-02', text: 'Two cargoes are shipped while the Ceyhan terminal is shut after the earthquake.', source: S.seaNews2023 },
    ],
    capacity: [
      { value: 90000, unit: 'barrels/day', note: 'SOCAR’s figure, with a maximum of 106,000', asOf: AS_OF, source: S.socarWrep },
      { value: 145000, unit: 'barrels/day', note: 'the figure other sources give', asOf: AS_OF, source: S.trendWrep },
    ],
    length: {
      totalKm: 829.6,
      byCountry: { AZE: 456.4, GEO: 373.2 },
      source: S.socarWrep,
      asOf: AS_OF,
      alternatives: [
        { totalKm: 830, source: src('https://georgianencyclopedia.ge/en/form_eng/409', 'Georgian Encyclopedia') },
        { totalKm: 833, source: src('https://en.wikipedia.org/wiki/Baku-Supsa_Pipeline', 'Wikipedia') },
        { totalKm: 837, source: S.trendWrep },
        {
          totalKm: 829,
          source: src(
            'https://www.rigzone.com/news/bp_loads_out_1000th_crude_oil_tanker_from_black_sea_terminal-30-nov-2021-167166-article/',
            'Rigzone',
          ),
          note: 'bp’s 515 miles',
        },
      ],
    },
    start: SANGACHAL_START,
    end: {
      name: 'Supsa terminal (Guria), on the Black Sea',
      lat: 42.0222,
      lng: 41.7548,
      source: src('https://ports.marinelink.com/ports/port/supsa', 'MarineLink'),
    },
    summary:
      'The western early-oil line from Sangachal to a Georgian Black Sea terminal, opened before BTC. It has stood idle since 2022, kept as a possible outlet.',
    asOf: AS_OF,
  },
  instc: {
    statusNote: {
      date: '2025',
      text: 'Trains run from Russia through Azerbaijan into Iranian Astara, but the Rasht–Astara line in Iran, about 160 km, has yet to be built.',
      source: S.tassInstc,
    },
    operator: {
      text: 'A multilateral framework; Azerbaijan Railways runs the Azerbaijani section and the Astara (Iran) terminal.',
      asOf: AS_OF,
      source: S.railwayGazette,
    },
    milestones: [
      {
        date: '2000-09-12',
        text: 'Russia, Iran and India sign the corridor agreement in St Petersburg; Azerbaijan joins in 2005.',
        source: S.mincom,
      },
      {
        date: '2019-03-06',
        text: 'The 175 km Qazvin–Rasht railway opens in Iran.',
        source: src('https://www.trend.az/iran/4081500.html', 'Trend'),
      },
      {
        date: '2023-05-17',
        text: 'Russia and Iran sign the deal to build the Rasht–Astara railway, about 170 km, largely on a Russian loan.',
        source: S.tassRashtAstara,
      },
      {
        date: '2025',
        text: 'The whole corridor, to the Gulf and India, is put at about 7,200 km.',
        source: S.tassInstc,
      },
    ],
    capacity: [],
    start: {
      name: 'Makhachkala (Dagestan, Russia)',
      lat: 42.9831,
      lng: 47.5047,
      source: src('https://daryo.uz/en/2023/07/12/russia-ready-to-include-turkmenistan-in-north-south-transport-corridor', 'Daryo'),
    },
    end: {
      name: 'Rasht (Gilan, Iran)',
      lat: 37.2667,
      lng: 49.5833,
      source: src('https://it.wikipedia.org/wiki/Rasht', 'Wikipedia (Italian)'),
    },
    summary:
      'A trade route from Russia to Iran, the Gulf and India. Its western branch crosses Azerbaijan by rail along the Caspian; the last link, Rasht–Astara in Iran, is agreed but not built, so freight is shifted to road there.',
    asOf: AS_OF,
  },
  'middle-corridor': {
    statusNote: {
      date: '2025-10-20',
      text: 'In use and growing: 4.5 Mt in 2024, up 62%, with 5.2 Mt expected for 2025.',
      source: S.reportTitr,
    },
    operator: {
      text: 'Coordinated by the TITR International Association (Astana), which rail, port and shipping companies of the member countries belong to.',
      asOf: '2024',
      source: src('https://en.trend.az/casia/kazakhstan/3854062.html', 'Trend'),
    },
    milestones: [
      { date: '2018-05-14', text: 'The new Port of Baku opens at Alat, where the Caspian ferries meet the railway.', source: S.adyAlat },
      {
        date: '2024-06-12',
        text: 'The EU and Kazakhstan launch a coordination platform for the corridor.',
        source: src('https://news.az/news/eu,-kazakhstan-launch-coordination-platform-for-middle-corridor-', 'News.az'),
      },
    ],
    capacity: [
      { value: 4.5, unit: 'Mt carried/year', note: 'volume in 2024, not capacity', asOf: '2024', source: S.reportTitr },
      { value: 10, unit: 'Mt/year', note: 'throughput expected by 2027', asOf: '2025-10-20', source: S.reportTitr },
    ],
    start: {
      name: 'Aktau (Kazakhstan), Caspian port',
      lat: 43.65,
      lng: 51.15,
      source: src('https://wiki-gateway.eudic.net/wikipedia_en/Aktau.html', 'Wikipedia (copy)'),
    },
    end: { name: 'Kars, by BTK (other branches end at Poti and Batumi)', lat: 40.6078, lng: 43.0958, source: S.kars },
    summary:
      'A rail–sea–rail route from China to Europe that avoids Russia: across Kazakhstan to Aktau or Kuryk, by ferry over the Caspian to Alat, then by rail through Georgia to Türkiye or to the Black Sea ports. Only the part from the Caspian westwards is drawn.',
    asOf: AS_OF,
  },
  tcgp: {
    statusNote: { date: AS_OF, text: 'Still a proposal, long on hold; no company has been set up to build it.', source: S.investTm },
    operator: { text: 'None: no project company exists.', asOf: AS_OF, source: S.investTm },
    milestones: [
      {
        date: '2018',
        text: 'The Caspian Convention is signed in Aktau; Turkmenistan reads it as needing only the consent of the states whose sectors a seabed pipeline crosses, Russia as needing all five.',
        source: src('https://report.az/en/energy/eu-stands-ready-to-attract-investment-in-trans-caspian-gas-pipeline/', 'Report.az'),
      },
      {
        date: '2021-01-21',
        text: 'Azerbaijan and Turkmenistan sign a memorandum on jointly developing the Dostlug field.',
        source: src('https://en.trend.az/azerbaijan/politics/3368219.html', 'Trend'),
      },
    ],
    capacity: [{ value: 30, unit: 'bcm/year', note: 'upper end of the proposals (10–30 bcm discussed)', asOf: AS_OF, source: S.investTm }],
    length: {
      totalKm: 300,
      source: src('https://en.azvision.az/news/39472/news.html', 'AzVision'),
      asOf: AS_OF,
      alternatives: [],
    },
    start: { name: 'Türkmenbaşy (Turkmenistan)', lat: 40.0167, lng: 52.9667, source: S.turkmenbashy },
    end: { name: 'Sangachal Terminal, south of Baku', lat: 40.2013, lng: 49.4813, source: S.sangachal },
    summary:
      'A proposed line of about 300 km on the Caspian seabed that would bring Turkmen gas to Sangachal and into the Southern Gas Corridor. It has been discussed for decades but never begun.',
    asOf: AS_OF,
  },
  zangezur: {
    statusNote: {
      date: '2025-11-26',
      text: 'The Horadiz–Aghband line was about two-thirds built and due to reach the Armenian border in 2026; in Nakhchivan a 188 km line is being restored.',
      source: S.horadizAghband,
    },
    operator: {
      text: 'Armenian section: the TRIPP Development Company; Azerbaijani sections: Azerbaijan Railways; Turkish section: TCDD.',
      asOf: '2026-01',
      source: S.mediamax,
    },
    shareholders: {
      text: 'TRIPP Development Company (Armenian section): United States 74%, Armenia 26%, for an initial 49 years; Armenia keeps sovereignty, customs and border control.',
      asOf: '2026-01-16',
      source: src(
        'https://armenianweekly.com/2026/01/16/sovereignty-or-strategy-u-s-to-take-majority-stake-in-company-managing-tripp-corridor/',
        'The Armenian Weekly',
      ),
    },
    milestones: [
      {
        date: '2020-11-10',
        text: 'The ceasefire statement commits Armenia to transport links between mainland Azerbaijan and Nakhchivan.',
        source: src(
          'https://www.ajc.com/news/nation-world/russian-peacekeepers-deploy-to-secure-nagorno-karabakh-truce/VFTP3NWU7VEK7P7DYOCKWX3IRM/',
          'AJC (AP)',
        ),
      },
      {
        date: '2025-08-08',
        text: 'TRIPP, the route through southern Armenia, is agreed at the White House summit.',
        source: src('https://pia.ge/en/news/world/yerevan-and-baku-agree-to-end-hostilities', 'PIA'),
      },
      {
        date: '2025-08-22',
        text: 'Türkiye breaks ground on the 224 km Kars–Iğdır–Aralık–Dilucu railway, to take 4–5 years.',
        source: S.karsDilucu,
      },
      {
        date: '2026-01-14',
        text: 'Armenia and the United States publish the non-binding TRIPP Implementation Framework.',
        source: S.mediamax,
      },
      {
        date: '2026-02-18',
        text: 'The Armenian section is given as 42 km, along the Soviet-era Meghri railway next to the Iranian border.',
        source: src(
          'https://1news.az/news/20260218021950801-Azerbaidzhanskie-zheleznye-dorogi-realizuyut-pervyi-etap-rabot-v-ramkakh-Zangezurskogo-koridora',
          '1news.az',
        ),
      },
      {
        date: '2026',
        text: 'Armenia plans to start building its section in the second half of the year.',
        source: src(
          'https://report.az/en/region/pashinyan-construction-of-tripp-section-in-armenia-to-begin-in-second-half-of-2026',
          'Report.az',
        ),
      },
    ],
    capacity: [
      { value: 15, unit: 'Mt/year', note: 'Horadiz–Aghband design capacity', asOf: '2025-11', source: S.horadizAghband },
      {
        value: 15,
        unit: 'Mt/year',
        note: 'Kars–Dilucu, with 5.5 million passengers a year',
        asOf: '2025-08',
        source: S.karsDilucuCapacity,
      },
    ],
    start: {
      name: 'Horadiz (Fuzuli district)',
      lat: 39.4478,
      lng: 47.3364,
      source: src('https://uk.wikipedia-on-ipfs.org/wiki/%D0%93%D0%BE%D1%80%D0%B0%D0%B4%D1%96%D0%B7', 'Wikipedia (Ukrainian copy)'),
    },
    end: { name: 'Kars, via Nakhchivan and Dilucu', lat: 40.6078, lng: 43.0958, source: S.kars },
    summary:
      'A planned rail link from mainland Azerbaijan along the Araz valley, through about 42 km of southern Armenia, across Nakhchivan and on to Kars in Türkiye. Armenia calls its part TRIPP and keeps control of it; Iran objects to the project.',
    asOf: AS_OF,
  },
};
