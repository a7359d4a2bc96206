// Hand-traced courses of the route overlays, as data. `build-routes.mjs` turns them into
// public/geo/routes.geojson.
//
// Every vertex is a named place the line is documented to pass (terminal, station, town, border
// crossing) or a place on its known course between two of those. Coordinates are town centres
// (decimal degrees) from the facts sheet (../shared/reference/facts.json) where it gives them, and
// otherwise from general geographic knowledge; the 2026 routes audit (research/routes/traces.md)
// corrected the order and marked the estimates. "approx." marks an estimate good to a few km, or a
// point set just inland of a river or coast that the line follows, so that the drawing stays on
// the right side of the simplified borders. The lines are honest approximations: never bent or
// lengthened to match an official length, so drawn lengths come out shorter than the real lines.
//
// Shape: routeTraces[routeId] = [{ segment, status, vertices: [{ name, lat, lng }] }], segments in
// order from the route's start to its end. Segments of different status are kept apart.

/** @typedef {'built' | 'under-construction' | 'planned'} SegmentStatus */
/** @typedef {{ name: string, lat: number, lng: number }} Vertex */
/** @typedef {{ segment: string, status: SegmentStatus, vertices: Vertex[] }} Segment */

/** @returns {Vertex} */
const at = (name, lat, lng) => ({ name, lat, lng });

// Places on more than one route or segment.
const SANGACHAL = at('Sangachal Terminal', 40.2013, 49.4813);
const ALAT = at('Alat (Port of Baku)', 39.9467, 49.4067);
const HAJIGABUL = at('Hajigabul', 40.0394, 48.9361);
const KURDAMIR = at('Kurdamir', 40.3453, 48.1619);
const UJAR = at('Ujar', 40.5181, 47.6542);
const YEVLAKH = at('Yevlakh', 40.6183, 47.15);
const GANJA = at('Ganja', 40.6828, 46.3606);
const SHAMKIR = at('Shamkir', 40.8297, 46.0178);
const TOVUZ = at('Tovuz', 40.9922, 45.6286);
const AGSTAFA = at('Agstafa', 41.1189, 45.4539);
const GARDABANI = at('Gardabani', 41.4606, 45.0925);
const RUSTAVI = at('Rustavi', 41.5495, 44.9934);
const TBILISI = at('Tbilisi (railway station)', 41.7225, 44.7975);
const TETRITSKARO = at('Tetritskaro', 41.5428, 44.4589);
const TSALKA = at('Tsalka', 41.5947, 44.0886);
const GORI = at('Gori', 41.9842, 44.1158);
const KHASHURI = at('Khashuri', 41.9939, 43.5997);
const ZESTAPONI = at('Zestaponi', 42.1097, 43.0389);
const SAMTREDIA = at('Samtredia', 42.1539, 42.3353);
const LANCHKHUTI = at('Lanchkhuti', 42.0903, 42.0317);
// Türkgözü village is at 41.58, 42.8195; the line crosses the border just south of it.
const TURKGOZU = at('Türkgözü–Vale crossing (Georgia–Türkiye border, approx.)', 41.565, 42.812);
const POSOF = at('Posof', 41.5114, 42.7297);
const ARDAHAN = at('Ardahan', 41.1105, 42.7022);
const HORASAN = at('Horasan', 40.0417, 42.1722);
const ERZURUM = at('Erzurum', 39.9086, 41.2769);
const ASKALE = at('Aşkale', 39.9203, 40.6961);
const REFAHIYE = at('Refahiye (Erzincan)', 39.9, 38.7694);
const KARS = at('Kars', 40.6078, 43.0958);
const KIPOI = at('Kipoi (Türkiye–Greece border, TANAP–TAP tie-in)', 40.9533, 26.3067);
const KOMOTINI = at('Komotini', 41.1219, 25.4042);
const ASTARA_IRAN = at('Astara (Iran)', 38.4308, 48.87);
const AGHBAND = at('Aghband (Azerbaijan–Armenia border, station position approx.)', 38.9, 46.5667);
const ARMENIA_NAKHCHIVAN_BORDER = at('Armenia–Nakhchivan border on the Araz (approx.)', 38.88, 46.116);
const DILUCU = at('Sadarak–Dilucu crossing (Azerbaijan–Türkiye border)', 39.678, 44.787);

// Azerbaijani and Georgian railways (ADY and Georgian Railway main lines), shared by BTK, the
// Middle Corridor and INSTC. Baku → Alat runs round the bay through Sangachal, as the railway does.
const bakuToAlat = [
  at('Baku (railway station)', 40.3776, 49.8485),
  at('Lökbatan', 40.3219, 49.7296),
  at('Sahil', 40.2247, 49.57),
  at('Sangachal', 40.1853, 49.4742),
  at('Sangachal–Alat railway, inland of the coast (approx.)', 40.06, 49.41),
  ALAT,
];
const alatToTbilisi = [
  ALAT,
  HAJIGABUL,
  KURDAMIR,
  UJAR,
  YEVLAKH,
  GANJA,
  SHAMKIR,
  TOVUZ,
  AGSTAFA,
  at('Böyük Kəsik (Azerbaijan–Georgia border)', 41.3336, 45.0653),
  GARDABANI,
  RUSTAVI,
  TBILISI,
];
// BTK in Georgia (Marabda–Akhalkalaki, rebuilt; raillynews 2016) and the new line to Kars (egtre).
const tbilisiToKars = [
  TBILISI,
  at('Marabda', 41.4667, 44.7167),
  TETRITSKARO,
  TSALKA,
  at('Ninotsminda', 41.2644, 43.5917),
  at('Akhalkalaki', 41.4053, 43.4861),
  at('Kartsakhi (Georgia–Türkiye border)', 41.2361, 43.2139),
  KARS,
];
const tbilisiToSamtredia = [TBILISI, GORI, KHASHURI, ZESTAPONI, SAMTREDIA];
// North of Baku the pipeline to Novorossiysk and the railway to Russia share the coastal strip.
const absheronToMakhachkala = [
  at('Sumgayit (west of the city)', 40.6, 49.57),
  at('Giləzi (approx.)', 40.857, 49.33),
  at('Siyazan', 41.0783, 49.1128),
  at('Khachmaz', 41.4636, 48.8061),
  at('Samur river crossing (Azerbaijan–Russia border)', 41.816, 48.548),
  at('Belidzhi (approx.)', 41.9, 48.38),
  at('Derbent', 42.0578, 48.2889),
  at('Izberbash (approx.)', 42.55, 47.84),
  at('Manaskent (approx.)', 42.72, 47.64),
  at('Makhachkala', 42.965, 47.47),
];

// BTC and SCP share one corridor from Sangachal to the Turkish border (bp: SCP follows BTC).
// Through the Azerbaijani districts bp lists in order (Garadagh … Agstafa); in Georgia past
// Gardabani (first pump station), Marneuli and Tetritskaro south of Tbilisi, Tsalka, the Borjomi
// district and Akhaltsikhe to Vale.
const sangachalToTurkgozu = [
  SANGACHAL,
  HAJIGABUL,
  KURDAMIR,
  UJAR,
  YEVLAKH,
  at('Goranboy', 40.6103, 46.7897),
  at('Samukh (Nabiagali)', 40.795, 46.407),
  SHAMKIR,
  TOVUZ,
  AGSTAFA,
  GARDABANI,
  at('Marneuli', 41.4758, 44.8081),
  TETRITSKARO,
  TSALKA,
  at('Bakuriani (Borjomi district)', 41.7497, 43.5325),
  at('Akhaltsikhe', 41.639, 42.9826),
  at('Vale', 41.6153, 42.8717),
  TURKGOZU,
];

/** @type {Record<string, Segment[]>} */
export const routeTraces = {
  // bp lists the 13 Azerbaijani districts in order; the Georgian and Turkish towns are estimates
  // along the known course (Ardahan, Kars, Erzurum, Erzincan, Sivas, Kayseri, Kahramanmaraş,
  // Osmaniye, Adana). bp names the Ceyhan Marine Terminal on the Mediterranean coast but gives no
  // coordinates: its position is estimated (on the Gulf of İskenderun near Yumurtalık).
  btc: [
    {
      segment: 'Sangachal–Ceyhan',
      status: 'built',
      vertices: [
        ...sangachalToTurkgozu,
        POSOF,
        ARDAHAN,
        at('Göle', 40.7944, 42.6083),
        at('Sarıkamış', 40.3314, 42.5917),
        HORASAN,
        at('Pasinler', 39.9786, 41.6756),
        ERZURUM,
        ASKALE,
        at('Tercan', 39.7769, 40.3867),
        at('Erzincan', 39.75, 39.4917),
        REFAHIYE,
        at('Kangal', 39.2333, 37.3917),
        at('Gürün', 38.7222, 37.2722),
        at('Sarız', 38.4778, 36.5019),
        at('Göksun', 38.0208, 36.4972),
        at('Andırın', 37.5764, 36.3528),
        at('Kadirli', 37.3739, 36.0994),
        at('Ceyhan Marine Terminal (position estimated)', 36.88, 35.93),
      ],
    },
  ],

  // sgc.az / bp: Sangachal to the Georgia–Türkiye border at Türkgözü, alongside BTC.
  scp: [{ segment: 'Sangachal–Türkgözü', status: 'built', vertices: sangachalToTurkgozu }],

  // tanap.com lists the 20 provinces in their order from the Georgian border (Ardahan, Kars,
  // Erzurum, Erzincan, Bayburt, Gümüşhane, Giresun, Sivas, … Çanakkale, Tekirdağ, Edirne); the
  // trace has a point in each, in that order, except Tekirdağ, whose south-western corner the
  // Kavak–Keşan stretch passes without a vertex. The operator names no districts: the district
  // points are estimates. After the Dardanelles crossing the line runs up the Gallipoli peninsula
  // through the Bolayır neck.
  tanap: [
    {
      segment: 'Türkgözü–İpsala',
      status: 'built',
      vertices: [
        TURKGOZU,
        POSOF,
        ARDAHAN,
        at('Selim (Kars)', 40.4642, 42.7831),
        HORASAN,
        ERZURUM,
        ASKALE,
        // Estimate: the part of Erzincan province between Aşkale and Bayburt.
        at('Tercan/Çayırlı area (Erzincan, approx.)', 39.95, 40.1),
        at('Bayburt', 40.2552, 40.2249),
        at('Kelkit (Gümüşhane)', 40.1283, 39.4397),
        at('Şebinkarahisar (Giresun)', 40.2881, 38.4236),
        at('Suşehri (Sivas)', 40.1636, 38.0889),
        at('Sivas', 39.7478, 37.0161),
        at('Yerköy (Yozgat)', 39.6381, 34.4672),
        at('Kaman (Kırşehir)', 39.3575, 33.7239),
        at('Keskin (Kırıkkale)', 39.6731, 33.6136),
        at('Bala (Ankara)', 39.5536, 33.1239),
        at('Polatlı (Ankara)', 39.5842, 32.1472),
        at('Sivrihisar (Eskişehir)', 39.4508, 31.5375),
        at('Eskişehir (offtake)', 39.7767, 30.5206),
        at('Bozüyük (Bilecik)', 39.9078, 30.0367),
        at('Domaniç (Kütahya)', 39.8019, 29.6094),
        at('Orhaneli (Bursa)', 39.9, 28.9897),
        at('Susurluk (Balıkesir)', 39.9136, 28.1578),
        at('Biga (Çanakkale)', 40.2281, 27.2422),
        at('Lapseki (Dardanelles crossing)', 40.3442, 26.6853),
        at('Gelibolu (Dardanelles landfall, approx.)', 40.42, 26.64),
        at('Bolayır', 40.515, 26.77),
        at('Kavak', 40.6, 26.9),
        at('Keşan (Edirne)', 40.8558, 26.6303),
        at('İpsala', 40.9208, 26.3831),
        at('Maritsa/Evros river (Türkiye–Greece border)', 40.935, 26.335),
      ],
    },
  ],

  // tap-ag.com / balkaneu (Kipoi, Komotini, Kavala, Serres, Nea Mesimvria, Ieropigi, Bilisht, Fier,
  // landfall 17 km north-west of Fier, San Foca, Melendugno); in Albania past Dardhë, Vithkuq and
  // Çorovodë, down the Osum past Poliçan, north of Berat and Roskovec (route described on albanien.ch).
  tap: [
    {
      segment: 'Kipoi–Melendugno',
      status: 'built',
      vertices: [
        KIPOI,
        KOMOTINI,
        at('Xanthi', 41.1349, 24.888),
        at('Chrysoupoli', 40.9847, 24.7025),
        at('Kavala (north of the city)', 40.97, 24.4),
        at('Serres', 41.0856, 23.5484),
        at('Lagadas', 40.75, 23.0667),
        at('Nea Mesimvria', 40.75, 22.83),
        at('Giannitsa', 40.7917, 22.4083),
        at('Edessa', 40.8, 22.05),
        at('Amyntaio', 40.6903, 21.6792),
        at('Kastoria', 40.5167, 21.2667),
        at('Ieropigi (Greece–Albania border)', 40.565, 21.005),
        at('Bilisht (Devoll)', 40.6275, 20.99),
        at('Dardhë', 40.52, 20.83),
        at('Vithkuq', 40.5208, 20.5889),
        at('Çorovodë', 40.5033, 20.2272),
        at('Poliçan', 40.6122, 20.0981),
        at('Berat', 40.7058, 19.9522),
        at('Roskovec', 40.7375, 19.7022),
        at('Fier (compressor station)', 40.7239, 19.5561),
        at('TAP landfall, 17 km north-west of Fier', 40.825, 19.42),
        at('San Foca (landfall)', 40.3033, 18.4006),
        at('Melendugno (receiving terminal)', 40.2667, 18.3333),
      ],
    },
  ],

  // bgenh.com: Komotini to Stara Zagora; Bulgarian towns on the line between them.
  igb: [
    {
      segment: 'Komotini–Stara Zagora',
      status: 'built',
      vertices: [
        KOMOTINI,
        at('Kirkovo', 41.3267, 25.3658),
        at('Momchilgrad', 41.5269, 25.4089),
        at('Kardzhali', 41.65, 25.3667),
        at('Haskovo', 41.9344, 25.5556),
        at('Dimitrovgrad', 42.05, 25.6),
        at('Stara Zagora', 42.4257, 25.6346),
      ],
    },
  ],

  // BTK sources in facts.md: Baku/Alat, the Azerbaijani main line, Tbilisi, Marabda, Tetritskaro,
  // Tsalka, Ninotsminda, Akhalkalaki (gauge change), Kartsakhi, Kars.
  btk: [
    { segment: 'Baku–Alat–Tbilisi–Kars', status: 'built', vertices: [...bakuToAlat, ...alatToTbilisi.slice(1), ...tbilisiToKars.slice(1)] },
  ],

  // socar.az: Sangachal, the Sumgayit and Siyazan pump stations, Shirvanovka metering at the Samur;
  // then Dagestan, Tikhoretsk and Krymsk. RFE/RL (29 Mar 2000): Transneft completed a 312 km bypass
  // of Chechnya, to enter service in April 2000; its exact course is not published (RFE/RL, Jan
  // 2000: believed to follow the 1997 plan from Khasavyurt district, Dagestan, towards Terskoye).
  // So the line is drawn round Chechnya through northern Dagestan, near Kizlyar (course approx.),
  // never through Grozny.
  bnp: [
    {
      segment: 'Sangachal–Novorossiysk',
      status: 'built',
      vertices: [
        SANGACHAL,
        ...absheronToMakhachkala,
        at('Chechnya bypass through northern Dagestan, near Kizlyar (course approx.)', 43.85, 46.71),
        at('Tikhoretsk', 45.8547, 40.1258),
        at('Krymsk', 44.9289, 37.9858),
        at('Novorossiysk (Sheskharis terminal, position estimated)', 44.72, 37.8),
      ],
    },
  ],

  // socar.az / Wikipedia: Sangachal, over the Kura, through Tbilisi and Zestaponi to Supsa; the
  // Georgian part follows the valley of the east–west railway.
  wrep: [
    {
      segment: 'Sangachal–Supsa',
      status: 'built',
      vertices: [
        SANGACHAL,
        HAJIGABUL,
        KURDAMIR,
        UJAR,
        YEVLAKH,
        GANJA,
        SHAMKIR,
        TOVUZ,
        at('Qazax', 41.0928, 45.3656),
        at('Red Bridge (Azerbaijan–Georgia border)', 41.33, 45.09),
        GARDABANI,
        RUSTAVI,
        ...tbilisiToSamtredia,
        LANCHKHUTI,
        at('Supsa terminal', 42.0222, 41.7548),
      ],
    },
  ],

  // daryo.uz / trend.az / railwaygazette: from Dagestan along the coast to Baku and Alat, the
  // Alat–Astara line, the 2018 Astara–Astara link; the 162 km Rasht–Astara line in Iran (IRNA,
  // Al-Monitor) was agreed in 2023 and is not built. Iran's roads ministry names Rezvanshahr and
  // Hashtpar (Talesh) on its route; their positions on it are estimates.
  instc: [
    {
      segment: 'Makhachkala–Baku–Astara (Iran)',
      status: 'built',
      vertices: [
        ...[...absheronToMakhachkala].reverse(),
        ...bakuToAlat,
        at('Salyan', 39.5961, 48.9847),
        at('Masallı', 39.0342, 48.6656),
        at('Lankaran', 38.7536, 48.8511),
        at('Astara (Azerbaijan)', 38.4561, 48.8786),
        ASTARA_IRAN,
      ],
    },
    {
      segment: 'Astara–Rasht, 162 km (missing link, planned)',
      status: 'planned',
      vertices: [
        ASTARA_IRAN,
        at('Lavandevil (approx.)', 38.31, 48.84),
        at('Talesh (Hashtpar, approx.)', 37.8, 48.905),
        at('Rezvanshahr (approx.)', 37.55, 49.1397),
        at('Rasht', 37.2667, 49.5833),
      ],
    },
  ],

  // report.az (the first container train, Aktau–Alat by ferry, 2015) / astanatimes.com / ady.az:
  // Aktau, the Caspian ferry round the Absheron peninsula to Alat, the railway to Tbilisi, then
  // BTK to Kars or the lines to Poti and Batumi.
  'middle-corridor': [
    {
      segment: 'Aktau–Alat (Caspian ferry)',
      status: 'built',
      vertices: [
        at('Aktau (town centre, approx.)', 43.65, 51.15),
        at('Caspian Sea, east of Chilov island', 40.4, 50.8),
        at('Caspian Sea, off the Shah Dili spit', 40.15, 50.4),
        ALAT,
      ],
    },
    { segment: 'Alat–Tbilisi (rail)', status: 'built', vertices: alatToTbilisi },
    { segment: 'Tbilisi–Poti (rail)', status: 'built', vertices: [...tbilisiToSamtredia, at('Poti port', 42.1542, 41.6711)] },
    {
      segment: 'Samtredia–Batumi (rail)',
      status: 'built',
      vertices: [SAMTREDIA, LANCHKHUTI, at('Kobuleti', 41.8214, 41.7753), at('Chakvi', 41.72, 41.73), at('Batumi', 41.638, 41.655)],
    },
    { segment: 'Tbilisi–Kars (BTK)', status: 'built', vertices: tbilisiToKars },
  ],

  // Kazinform (citing Trend and Turkmenistan's oil and gas complex: a 300 km seabed line to the
  // Azerbaijani coast) / invest.gov.tm: the proposed line from Türkmenbaşy to Sangachal.
  tcgp: [
    {
      segment: 'Türkmenbaşy–Sangachal (proposed)',
      status: 'planned',
      vertices: [at('Türkmenbaşy', 40.0167, 52.9667), at('Caspian Sea, south of Baku Bay', 40.15, 49.75), SANGACHAL],
    },
  ],

  // Trend, citing Azerbaijan Railways, names the nine Horadiz–Aghband stations in order (2023:
  // Horadiz, Marjanli, Mahmudlu, Soltanli, Gumlag, Hakari, Minjivan, Bartaz, Aghband; the 2025 list
  // has Shukurbayli in place of Mahmudlu) and a few km posts (Mahmudlu about 23 km, Gumlag km 48,
  // 110.4 km in all), but no coordinates: every station position is an estimate, Horadiz too.
  // ain.az, fed.az and 1news.az (Meghri section, Nakhchivan line), news.az (Kars–Iğdır–Aralık–
  // Dilucu). The Armenian (TRIPP) section's course is still to be set (the January 2026
  // framework), so its points are estimates along the Soviet-era line. The railways follow the
  // Araz valley, just inland of the border river.
  zangezur: [
    {
      segment: 'Horadiz–Aghband',
      status: 'under-construction',
      vertices: [
        at('Horadiz (position estimated)', 39.4478, 47.3364),
        at('Yukhari Marjanli (approx.)', 39.38, 47.22),
        at('Mahmudlu / Shukurbayli (approx.)', 39.335, 47.11),
        at('Soltanli (approx.)', 39.2592, 47.0439),
        at('Gumlaq (approx.)', 39.2, 46.92),
        at('Hakari (approx.)', 39.12, 46.78),
        at('Minjivan (station, approx.)', 39.045, 46.715),
        at('Bartaz (approx.)', 38.965, 46.6),
        AGHBAND,
      ],
    },
    {
      segment: 'TRIPP section (Armenia, planned; route not yet designated)',
      status: 'planned',
      vertices: [
        AGHBAND,
        at('Nrnadzor (approx.)', 38.925, 46.43),
        at('Meghri (station, approx.)', 38.922, 46.25),
        at('Agarak (approx.)', 38.89, 46.19),
        ARMENIA_NAKHCHIVAN_BORDER,
      ],
    },
    {
      segment: 'Ordubad–Nakhchivan–Sadarak',
      status: 'under-construction',
      vertices: [
        ARMENIA_NAKHCHIVAN_BORDER,
        at('Ordubad', 38.9047, 46.0236),
        at('Aza (approx.)', 38.95, 45.8),
        at('Julfa (station, approx.)', 38.972, 45.63),
        at('Nakhchivan', 39.2089, 45.4122),
        at('Sharur', 39.5536, 44.9797),
        DILUCU,
      ],
    },
    {
      segment: 'Dilucu–Kars',
      status: 'under-construction',
      vertices: [
        DILUCU,
        at('Aralık', 39.8722, 44.5194),
        at('Iğdır', 39.9208, 44.0444),
        at('Tuzluca', 40.0497, 43.6592),
        at('Digor', 40.3736, 43.4122),
        KARS,
      ],
    },
  ],
};
