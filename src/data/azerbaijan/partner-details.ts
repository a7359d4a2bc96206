import type { IsoDate, PartnerDetails } from '../schema';
import { fact, src } from './sourcing';
// Facts that are also evidence for a relationship's kind are defined once, with the partners.
import { bsecFounders, btcAgreement, btkOpens, euPca, firstGasEurope, igbOpens } from './partners';

/*
 * The panel half of Azerbaijan's partners — summaries, treaties, tensions — loaded with the detail
 * panels; ./partners.ts holds what the map needs. Every fact comes from the checked fact sheet
 * (shared/reference/facts.json).
 */

const AS_OF: IsoDate = '2026-06';

// Sources used by more than one partner.
const BSEC_MFA = src(
  'https://mfa.gov.az/en/category/regional-organisations/relations-between-azerbaijan-and-black-sea-economic-cooperation-organisation-bsec',
  'Azerbaijan MFA',
);
const OTS_WIKI = src('https://en.wikipedia.org/wiki/Organization_of_Turkic_States', 'Wikipedia');
const FIRST_GAS_EUROPE = src(
  'https://www.marketscreener.com/news/latest/First-Commercial-Gas-Delivery-to-Europe-via-Southern-Gas-Corridor--32105557/?utm_medium=RSS&utm_content=20201231',
  'SOCAR via MarketScreener',
);
const IGB_OPENS = src(
  'https://euromaidanpress.com/2022/10/01/gas-pipeline-interconnecting-greece-and-bulgaria-starts-commercial-operation/',
  'Euromaidan Press',
);
const SGC_EXPORTS = src('https://www.trend.az/business/energy/4142236.html', 'Trend');
const BTC_IGA = src(
  'https://clintonwhitehouse4.archives.gov/textonly/WH/New/Europe-9911/briefings/1999-11-18a.html',
  'White House archive',
);
const BTK_OPENS = src('http://www.tabula.ge/ge/node/125979', 'Tabula');
const WASHINGTON_SUMMIT = src('https://pia.ge/en/news/world/yerevan-and-baku-agree-to-end-hostilities', 'PIA');
const MIDDLE_CORRIDOR = src('https://en.trend.az/business/transport/3886232.html', 'Trend');

const turkicCouncil = fact('2009-10-03', 'Co-founders of the Turkic Council, now the Organization of Turkic States.', OTS_WIKI);

// --- Italy (the largest buyer of Azerbaijani oil) ---------------------------------------------
const ITALY_ENERGY = src('https://en.trend.az/azerbaijan/politics/3915923.html', 'Trend');
const ITALY_OIL_SHARE = src('http://www.today.az/news/business/196628.html', 'Azernews via Today.az');
const italyOilShare = fact(
  '2020-08-26',
  'Italy takes 38.8% of Azerbaijan’s oil exports in the first half of 2020, far ahead of any other buyer.',
  ITALY_OIL_SHARE,
);
const italyOilAndGas = fact(
  '2024-06-24',
  'Azerbaijan’s energy minister reports that in 2023 Italy took more than 11 million tonnes of its oil and 9.4 bcm of its gas, more than any other European country.',
  ITALY_ENERGY,
);

// --- Russia -------------------------------------------------------------------------------------
const RU = {
  relations: src('https://news.az/news/russia-to-mark-25th-anniversary-of-relations-with-azerbaijan', 'News.az'),
  declaration: src(
    'https://azertag.az/en/xeber/Declaration_on_allied_interaction_between_the_Republic_of_Azerbaijan_and_the_Russian_Federation-2024876',
    'AZERTAC',
  ),
  border: src('https://mid.ru/ru/maps/az/1708177/?COUNTRY_CODE=az&lang=en', 'Russian MFA'),
  cisRefusal: src('http://reference.allrefer.com/country-guide-study/azerbaijan/azerbaijan67.html', 'AllRefer country study'),
  pipeline: src('https://www.socar.az/en/page/baku-novorossiysk-pipeline', 'SOCAR'),
  peacekeepers: src('https://tass.com/politics/1776731', 'TASS'),
  crash: src('https://www.nationpress.com/all/putin-expresses-regret-to-azerbaijans-aliyev-over-tragic-air-disaster', 'NationPress'),
  admission: src(
    'https://wiadomosci.onet.pl/swiat/wladimir-putin-przyznal-sie-rosja-bierze-odpowiedzialnosc-za-lotnicza-katastrofe/cjfp410',
    'Onet',
  ),
  yekaterinburg: src(
    'https://kyivindependent.com/nobot/azerbaijan-cancels-russian-events-over-extrajudicial-killings-of-2-citizens-in-russias-yekaterinburg/',
    'Kyiv Independent',
  ),
};
const ruTreaty1997 = fact('1997-07-03', 'Treaty of Friendship, Cooperation and Mutual Security.', RU.declaration);
const ruDecl2008 = fact('2008-07-03', 'Declaration of Friendship and Strategic Partnership.', RU.declaration);
const ruAllied = fact(
  '2022-02-22',
  'Declaration on Allied Interaction (43 points) signed in Moscow, raising ties to the level of allies.',
  RU.declaration,
);
const ruPipeline = fact('1996-02-18', 'Agreement in Moscow on shipping Azerbaijani oil via Novorossiysk.', RU.pipeline);
const ruCrash = fact('2024-12-25', 'An AZAL airliner hit by Russian air-defence fire crashes near Aktau; 38 of 67 aboard die.', RU.crash);
const ruYekaterinburg = fact(
  '2025-06-27',
  'Two Azerbaijani brothers die after a police raid in Yekaterinburg; Baku cancels Russian cultural events.',
  RU.yekaterinburg,
);
const ruAdmission = fact('2025-10-09', 'Putin acknowledges that Russian missiles brought down the AZAL plane.', RU.admission);

// --- Türkiye ------------------------------------------------------------------------------------
const TR = {
  relations: src('https://sia.az/en/news/politics/922812.html', 'SIA'),
  shusha: src('https://report.az/en/domestic-politics/one-year-passes-since-signing-of-shusha-declaration/', 'Report.az'),
  mutualAid: src('https://jam-news.net/azerbaijan-and-turkey-agree-on-mutual-military-assistance/', 'JAMnews'),
  tanap: src('https://sabah.com.tr/galeri/ekonomi/tarihi-tanap-projesi-aciliyor', 'Sabah'),
  karsDilucu: src('https://news.az/news/construction-of-kars-nakhchivan-railway-starts-in-turkiye', 'News.az'),
};
const trTanap = fact('2012-06-26', 'Intergovernmental agreement on the TANAP gas pipeline signed in Istanbul.', TR.tanap);
const trShusha = fact('2021-06-15', 'Shusha Declaration on Allied Relations; both parliaments ratify it in February 2022.', TR.shusha);
const trKarsDilucu = fact('2025-08-22', 'Türkiye breaks ground on the Kars–Dilucu railway towards Nakhchivan.', TR.karsDilucu);

// --- Iran ---------------------------------------------------------------------------------------
const IR = {
  relations: src('https://lib.aliyev-heritage.org/print.php?lang=en&page=6163780', 'Heydar Aliyev Heritage Library'),
  financing: src('https://mincom.gov.az/en/view/pages/104/', 'Azerbaijan Ministry of Digital Development and Transport'),
  astara: src(
    'https://www.railwaygazette.com/infrastructure/presidents-officially-open-azerbaijan-iran-rail-link/46216.article',
    'Railway Gazette',
  ),
  reopened: src('http://presstv.ir/Detail/2024/07/15/729374/Azerbaijan-embassy-Iran', 'Press TV'),
  attack: src('https://caucasuswatch.de/en/news/azerbaijans-embassy-in-tehran-reopens-after-diplomatic-crisis.html', 'Caucasus Watch'),
  tripp: src('https://www.iranintl.com/en/202508119033', 'Iran International'),
  israel: src('https://artifexnews.net/article68407982-ece', 'Artifex News'),
};
const irRecognition = fact('1991-12-25', 'Iran recognises Azerbaijan.', IR.relations);
const irAstara = fact('2018-03-29', 'The Astara rail link between Azerbaijan and Iran officially opens.', IR.astara);
const irAttack = fact(
  '2023-01-27',
  'A gunman attacks Azerbaijan’s embassy in Tehran, killing its security chief; the embassy closes and diplomats are expelled.',
  IR.attack,
);
const irReopened = fact('2024-07-15', 'Azerbaijan’s embassy in Tehran reopens.', IR.reopened);

// --- United States ------------------------------------------------------------------------------
const US = {
  relations: src('https://history.state.gov/countries/azerbaijan', 'US Office of the Historian'),
  section907: src('https://en.wikipedia.org/wiki/Section_907', 'Wikipedia'),
  waiver: src('https://www.azernews.az/nation/246098.html', 'AzerNews'),
  charter: src('https://georgiatoday.ge/?p=97683', 'Georgia Today'),
  repeal: src('https://report.az/en/foreign-politics/azerbaijan-us-near-completion-of-strategic-partnership-charter', 'Report.az'),
  pfp: src('https://nato-pfp.mfa.gov.az/en/category/azerbaycan-ve-nato-emekdasligi-haqqinda-arayis', 'Azerbaijan MFA'),
};
const usRecognition = fact('1991-12-25', 'The United States recognises Azerbaijan.', US.relations);
const us907 = fact('1992-10-24', 'Section 907 of the FREEDOM Support Act bars most US aid to Azerbaijan’s government.', US.section907);
const usWaiverPower = fact(
  '2001-10-24',
  'Congress lets the president waive Section 907; the waiver has been renewed every year since.',
  US.section907,
);
const usWaiver2025 = fact(
  '2025-08-08',
  'At the Washington summit Trump extends the Section 907 waiver and signs a memorandum on new cooperation.',
  US.waiver,
);
const usCharter = fact(
  '2026-02-10',
  'Charter on Strategic Partnership signed in Baku by President Aliyev and Vice-President Vance (date per news reports).',
  US.charter,
);

// --- European Union -----------------------------------------------------------------------------
const EU_SRC = {
  pca: src('https://lib.aliyev-heritage.org/en/6014766.html', 'Heydar Aliyev Heritage Library'),
  eap: src('http://www.panarmenian.net/eng/news/31330/', 'PanARMENIAN.Net'),
  mou: src('https://www.trtworld.com/article/12786908', 'TRT World'),
};
const euEap = fact(
  '2009-05-07',
  'Azerbaijan joins the Eastern Partnership at its launch in Prague; it has no association agreement.',
  EU_SRC.eap,
);
const euMou = fact(
  '2022-07-18',
  'Energy memorandum on a strategic partnership: the aim is at least 20 bcm of gas a year to the EU by 2027.',
  EU_SRC.mou,
);
const euShortfall = fact('2025', 'Europe receives 12.8 bcm of Azerbaijani gas in the year, well below the 20 bcm goal.', SGC_EXPORTS);
const euSixteen = fact(
  '2026-01',
  'Deliveries to Germany and Austria begin; Azerbaijani gas now reaches 16 European countries.',
  SGC_EXPORTS,
);

// --- Georgia ------------------------------------------------------------------------------------
const GE = {
  relations: src(
    'https://en.apa.az/foreign-policy/georgian-ambassador-successful-regional-cooperation-between-azerbaijan-and-georgia-continues-photo-389871',
    'APA',
  ),
  treaty: src('https://xalqqazeti.az/en/resmi-xronika/171403-peace-initiators-in-the-south-caucasus', 'Xalq Qazeti'),
  supsa: src('https://www.socar.az/en/page/baku-supsa-pipeline', 'SOCAR'),
  scp: src('https://www.bp.com/en_ge/georgia/home/who-we-are/scp.html', 'bp'),
};
const geTreaty = fact('1996-03-08', 'Agreement on strengthening friendship, cooperation and mutual security.', GE.treaty);
const geSupsa = fact('1999-04-17', 'The Baku–Supsa oil pipeline to Georgia’s Black Sea coast opens.', GE.supsa);
const geScp = fact('2007-01', 'Georgia starts commercial gas supply from the South Caucasus Pipeline.', GE.scp);

// --- Armenia ------------------------------------------------------------------------------------
const AM = {
  minsk: src('https://mediamax.am/en/news/foreignpolicy/59419/', 'Mediamax'),
  bishkek: src('https://kureansiklopedi.com/en/detay/azerbaijanarmeniausa-trilateral-summit-2025-98c7e', 'Türkiye Research Encyclopedia'),
  war: src(
    'https://jam-news.net/karabakh-news-agreement-conditions-war-stopped-live-azerbaijan-armenia-russia-protest-in-yerevan-return-of-regions-and-refugees-russian-peacekeepers/',
    'JAMnews',
  ),
  exodus: src('https://www.intellinews.com/nagorno-karabakh-republic-dissolves-itself-294618', 'bne IntelliNews'),
  delimitation: src(
    'https://en.armradio.am/2024/04/19/armenia-azerbaijan-agree-that-the-process-of-delimitation-will-be-based-on-1991-alma-ata-declaration/',
    'Public Radio of Armenia',
  ),
  regulation: src(
    'https://massispost.com/2024/08/armenia-and-azerbaijan-finalize-regulations-for-border-delimitation-commissions/',
    'Massis Post',
  ),
  text: src(
    'https://www.caspiannews.com/news-detail/azerbaijan-armenia-conclude-negotiations-on-peace-treaty-2025-3-13-40/',
    'Caspian News',
  ),
  transit: src(
    'https://zartonkmedia.com/2025/10/21/azerbaijan-lifts-all-cargo-transit-restrictions-on-goods-to-armenia-despite-holding-artsakh-leaders-hostage-and-pushing-for-corridor',
    'Zartonk Media',
  ),
  signature: src('https://www.azatutyun.am/a/33509446.html', 'Azatutyun (RFE/RL)'),
};
const amWar = fact('2020-09-27', 'The 44-day war over Karabakh begins.', AM.war);
const amCeasefire = fact(
  '2020-11-10',
  'Trilateral ceasefire statement with Russia ends the 44-day war; Russian peacekeepers deploy.',
  AM.war,
);
const amExodus = fact(
  '2023-09-19',
  'Azerbaijan’s military operation in Karabakh ends the breakaway republic; over 100,000 Armenians leave.',
  AM.exodus,
);
const amText = fact('2025-03-13', 'Negotiators agree the full text of a 17-article peace agreement.', AM.text);
const amWashington = fact(
  '2025-08-08',
  'At the White House the leaders sign a joint declaration and their ministers initial the peace agreement.',
  WASHINGTON_SUMMIT,
);
const amTransit = fact('2025-10-21', 'Azerbaijan lifts all restrictions on cargo transit to Armenia.', AM.transit);

// --- Central Asia -------------------------------------------------------------------------------
const KZ = {
  relations: src('https://ekosular.az/en/xeberler/tarixi-furs%C9%99t', 'Ekosular'),
  treaty: src('https://www.azernews.az/nation/198409.html', 'AzerNews'),
  declaration: src('https://hayaliq.com/en/kazakhstan-is-a-strategic-ally-of-azerbaijan/', 'Hayaliq'),
  oil: src('https://aze.media/will-the-baku-supsa-pipeline-become-azerbaijans-second-oil-export-artery/', 'Aze.Media'),
  grain: src('https://en.orda.kz/azerbaijan-lifts-transit-ban-allowing-first-cargo-shipment-to-armenia-8921', 'Orda.kz'),
};
const kzTreaty = fact('2005', 'Treaty on Strategic Partnership and Allied Relations signed in Baku.', KZ.treaty);
const kzDeclaration = fact(
  '2022-08-24',
  'Declaration on strengthening strategic relations and deepening allied cooperation.',
  KZ.declaration,
);
const kzOil = fact('2023-03', 'Kazakh oil starts flowing through the BTC pipeline.', KZ.oil);

const TM = {
  relations: src('https://mfa.gov.az/en/news/no27821', 'Azerbaijan MFA'),
  dostlug: src('https://en.trend.az/azerbaijan/politics/3368219.html', 'Trend'),
  dispute: src('https://iwpr.net./ru/global-voices/turkmenskie-diplomaty-vernutsya-v-baku', 'IWPR'),
};
const tmDispute = fact(
  '1999',
  'A dispute over an offshore Caspian field disrupts relations; Turkmenistan closes its Baku embassy in 2001 (low-confidence source).',
  TM.dispute,
);
const tmDostlug = fact(
  '2021-01-21',
  'Memorandum to explore and develop the disputed field jointly, renamed Dostlug (“friendship”).',
  TM.dostlug,
);

const UZ = {
  relations: src('https://en.trend.az/azerbaijan/politics/3781856.html', 'Trend'),
  partnership: src('https://www.uzdaily.uz/en/a-new-stage-in-uzbekistan-azerbaijan-relations-a-strategic-alliance', 'UzDaily'),
  treaty: src('https://interfax.com/newsroom/top-stories/105377/', 'Interfax'),
  ratified: src('https://en.vestikavkaza.ru/material/175017', 'Vestnik Kavkaza'),
};
const uzPartnership = fact('2022-06', 'Declaration on Strategic Partnership.', UZ.partnership);
const uzTreaty = fact('2024-08-23', 'Treaty on Allied Relations signed in Tashkent.', UZ.treaty);
const uzRatified = fact('2025-04-30', 'Uzbekistan’s Senate ratifies the allied-relations treaty.', UZ.ratified);

const KG_SRC = src('https://profilbaru.com/fr/Relations_entre_l%27Azerba%C3%AFdjan_et_le_Kirghizistan', 'Profilbaru (wiki copy)');
const kgEmbassy = fact('2007-05-16', 'Azerbaijan opens an embassy in Bishkek.', KG_SRC);

const TJ = {
  relations: src('https://www.mfa.tj/en/main/view/140/relations-of-tajikistan-with-azerbaijan', 'Tajikistan MFA'),
  treaty: src(
    'https://menafn.com/1108249867/Trans-Caspian-Transport-Corridor-Emerges-As-New-Opportunity-For-Azerbaijan-Tajikistan-Relations',
    'MENAFN',
  ),
  partnership: src('https://www.urdupoint.com/en/world/azerbaijan-tajikistan-sign-declaration-on-st-1828115.html', 'UrduPoint'),
};
const tjTreaty = fact('2007-03-15', 'Treaty of Friendship and Cooperation.', TJ.treaty);
const tjPartnership = fact('2024-05-23', 'Declaration on Strategic Partnership signed in Baku.', TJ.partnership);

// --- Others -------------------------------------------------------------------------------------
const UA = {
  relations: src('https://www.azernews.az/nation/188854.html', 'AzerNews'),
  aid: src('https://www.azernews.az/nation/188853.html', 'AzerNews'),
  guam: src('https://guam-organization.org/en/about-the-organization-for-democracy-and-economic-development-guam/', 'GUAM'),
  gas: src('https://www.azatutyun.am/a/adrbejany-sksel-e-gazi-artahanoumy-germania-ev-avstria/33652416.html', 'Azatutyun (RFE/RL)'),
};
const uaGuam = fact('1997-10-10', 'Co-founders of GUAM, with Georgia and Moldova, in Strasbourg.', UA.guam);
const uaAid = fact('2022', 'Azerbaijan starts sending humanitarian and energy aid to Ukraine.', UA.aid);
const uaGas = fact('2025-07', 'Deal to supply Azerbaijani gas to Ukraine.', UA.gas);

const IL = {
  relations: src(
    'https://menafn.com/1108067638/George-Dick-Commemorates-Azerbaijan-Israel-Relations-Anniversary-With-Sharing-Post',
    'MENAFN',
  ),
  israeliEmbassy: src('https://www.canindia.com/israel-welcomes-opening-of-azerbaijani-embassy-in-tel-aviv/', 'CanIndia'),
  embassy: src(
    'https://www.breakinglatest.news/world/azerbaijan-israel-establishes-embassy-in-israel-31-years-after-diplomatic-ties/',
    'Breaking Latest (Xinhua)',
  ),
  oil: src('https://www.napi.hu/nemzetkozi-gazdasag/azerbajdzsan-nagykovet-izrael-iran.765930.html', 'Napi.hu'),
};
const ilRecognition = fact('1991-12-25', 'Israel recognises Azerbaijan.', IL.relations);
const ilIsraeliEmbassy = fact('1993', 'Israel opens an embassy in Baku.', IL.israeliEmbassy);
const ilEmbassy = fact('2023-03-29', 'Azerbaijan opens its embassy in Tel Aviv.', IL.embassy);
const ilOil = fact('2023', 'Azerbaijan reportedly supplies about 40% of Israel’s oil imports (low-confidence figure).', IL.oil);

const CN = {
  partnership: src('https://en.trend.az/azerbaijan/politics/4033820.html', 'Trend'),
  comprehensive: src(
    'https://www.einpresswire.com/article/805856717/azerbaijan-and-china-signed-joint-statement-on-establishment-of-comprehensive-strategic-partnership',
    'EIN Presswire',
  ),
};
const cnPartnership = fact('2024-07-03', 'Joint declaration on a strategic partnership, at the SCO summit in Astana.', CN.partnership);
const cnComprehensive = fact(
  '2025-04-23',
  'Joint statement raising ties to a comprehensive strategic partnership, during a state visit to Beijing.',
  CN.comprehensive,
);

const PK = {
  embassy: src('https://news.az/news/pakistan-azerbaijan-enjoy-excellent-bilateral-ties-embassy', 'News.az'),
  recognition: src('https://thediplomaticinsight.com/senate-resolution-on-pakistan-azerbaijan-ties/', 'Diplomatic Insight'),
  armenia: src('https://hetq.am/en/article/176515', 'Hetq'),
};
const pkRecognition = fact('1991-12-12', 'Pakistan recognises Azerbaijan, second only to Türkiye.', PK.recognition);
const pkEmbassy = fact('1993-03-12', 'Pakistan opens its embassy in Baku; Azerbaijan’s in Islamabad follows in 1997.', PK.embassy);

// --- EU members with their own story --------------------------------------------------------------
const TAP_EXPANSION = src(
  'https://report.az/en/energy/head-of-tap-ag-work-on-stage-1-of-tap-s-capacity-expansion-nearing-completion',
  'Report.az',
);
const TAP_GREECE = src('https://www.tap-ag.com/pipeline-construction/building-the-pipeline/in-greece', 'TAP AG');
const tapExpansion = fact('2026-01', 'TAP’s first expansion adds 1 bcm a year of capacity for Italy.', TAP_EXPANSION);
const tapGroundbreaking = fact(
  '2016-05-17',
  'Construction of TAP starts with a ceremony in Thessaloniki.',
  src('https://minenergy.gov.az/en/layiheler/cenub-qaz-dehlizi_2196', 'Azerbaijan Ministry of Energy'),
);
const roGas = fact('2023', 'Romania starts buying Azerbaijani gas.', src('https://www.economica.net/extern/page/273', 'Economica.net'));
const huGas = fact(
  '2024',
  'Hungary starts receiving Azerbaijani gas.',
  src('https://hungary.news-pravda.com/hungary/2024/06/04/5499.html', 'News-Pravda Hungary'),
);
const huObserver = fact('2018', 'Hungary becomes an observer in the Turkic Council.', OTS_WIKI);

export const partnerDetails: Record<string, PartnerDetails> = {
  RUS: {
    summary:
      'Relations with Moscow have swung widely. A 1997 friendship treaty and a 2008 strategic-partnership declaration led in February 2022 to a declaration of allied interaction. Within three years that gave way to open crisis, after Russian air defences brought down an AZAL airliner in December 2024 and two Azerbaijanis died in a Yekaterinburg police raid in June 2025.',
    summarySources: [RU.declaration, RU.crash, RU.yekaterinburg],
    treaties: [
      ruPipeline,
      ruTreaty1997,
      ruDecl2008,
      fact('2010-09-03', 'State border agreement.', RU.border),
      ruAllied,
      fact('2024-04-17', 'Russian peacekeepers start leaving Karabakh early; the last leave on 12 June.', RU.peacekeepers),
    ],
    tensions: [ruCrash, ruYekaterinburg, ruAdmission],
    asOf: AS_OF,
  },
  TUR: {
    summary:
      'Türkiye was the first country to recognise independent Azerbaijan, and the two have stayed close partners ever since. The main westward routes for Azerbaijani oil, gas and freight (BTC, TANAP and the Baku–Tbilisi–Kars railway) all cross Turkish soil. The 2021 Shusha Declaration made the bond a formal alliance, including a promise of mutual military help.',
    summarySources: [TR.relations, TR.shusha, TR.mutualAid],
    treaties: [btcAgreement, trTanap, btkOpens, trShusha, trKarsDilucu],
    tensions: [],
    asOf: AS_OF,
  },
  IRN: {
    summary:
      'Iran and Azerbaijan work together on transit: the Astara rail link of 2018 is a piece of the North–South corridor, and the two presidents opened the Qiz Qalasi dam on the Aras in 2024. Crises recur all the same; after a gunman attacked Azerbaijan’s embassy in Tehran in January 2023 it stayed shut for eighteen months. Tehran objects to Baku’s closeness to Israel and to the US-backed transit route planned along its border with Armenia.',
    summarySources: [IR.astara, IR.attack, IR.israel, IR.tripp],
    treaties: [
      irRecognition,
      fact('2018-03-28', 'Agreement on financing the Astara–Rasht railway.', IR.financing),
      irAstara,
      fact('2024-05-19', 'Presidents Aliyev and Raisi open the Qiz Qalasi dam on the Aras.', IR.reopened),
      irReopened,
    ],
    tensions: [irAttack, fact('2025-08', 'Iran opposes the TRIPP transit route along its border with Armenia.', IR.tripp)],
    asOf: AS_OF,
  },
  USA: {
    summary:
      'Washington backed the Caspian oil projects, and the founding BTC agreement was signed in President Clinton’s presence in 1999. Yet Section 907, passed by Congress in 1992, still restricts aid to Azerbaijan’s government; it has been waived every year since 2001 but never repealed. The US hosted the August 2025 Armenia–Azerbaijan summit, and in February 2026 the two countries signed a Charter on Strategic Partnership.',
    summarySources: [BTC_IGA, US.section907, WASHINGTON_SUMMIT, US.charter],
    treaties: [
      usRecognition,
      fact('1994-05-04', 'Azerbaijan signs NATO’s Partnership for Peace framework (a partner, not a candidate).', US.pfp),
      btcAgreement,
      usWaiverPower,
      usWaiver2025,
      usCharter,
    ],
    tensions: [us907, fact('2026-01', 'Baku is still pressing for full repeal of Section 907.', US.repeal)],
    asOf: AS_OF,
  },
  EU: {
    summary:
      'EU relations rest on a 1996 Partnership and Cooperation Agreement and, since 2009, the Eastern Partnership; there is no association agreement. Gas is the heart of it: the Southern Gas Corridor has delivered to the EU since the last day of 2020, and a 2022 memorandum set a goal of 20 bcm a year by 2027. In 2025 Europe took 12.8 bcm, far short of that goal.',
    summarySources: [EU_SRC.pca, EU_SRC.mou, SGC_EXPORTS],
    treaties: [euPca, euEap, firstGasEurope, euMou, euShortfall, euSixteen],
    tensions: [],
    asOf: AS_OF,
  },
  GEO: {
    summary:
      'Georgia is Azerbaijan’s corridor to the Black Sea and Türkiye: the BTC and Baku–Supsa oil lines, the South Caucasus gas pipeline and the Baku–Tbilisi–Kars railway all cross it. A 1996 agreement on friendship, cooperation and mutual security set the tone, and the sources record no serious dispute since. Georgia also buys Azerbaijani gas, 2.3 bcm in 2025.',
    summarySources: [GE.treaty, BTK_OPENS, SGC_EXPORTS],
    treaties: [geTreaty, geSupsa, btcAgreement, geScp, btkOpens],
    tensions: [],
    asOf: AS_OF,
  },
  ARM: {
    summary:
      'Azerbaijan and Armenia have never had diplomatic relations: they fought over Karabakh in the early 1990s and again in 2020, and Azerbaijan’s September 2023 operation ended the breakaway republic as its Armenian population left. A peace process then moved fast, from border delimitation in 2024 to an agreed treaty text in March 2025, its initialling in Washington that August and open transit in October. The treaty is still unsigned, as Baku wants Armenia to change its constitution first.',
    summarySources: [AM.war, AM.exodus, WASHINGTON_SUMMIT, AM.signature],
    treaties: [
      amCeasefire,
      fact('2024-04-19', 'Border commissions agree the first delimited sections, in Tavush–Gazakh.', AM.delimitation),
      fact('2024-08-30', 'Rules for the joint border-delimitation commissions signed.', AM.regulation),
      amText,
      amWashington,
      amTransit,
    ],
    tensions: [
      amWar,
      amExodus,
      fact('2025-08', 'Baku will sign the treaty only after Armenia amends its constitution; no signature yet.', AM.signature),
    ],
    asOf: AS_OF,
  },
  KAZ: {
    summary:
      'Kazakhstan, across the Caspian, is Azerbaijan’s main partner on the Middle Corridor, whose ferries link its ports with Baku on the way from China to Europe. A 2005 treaty speaks of strategic partnership and allied relations, renewed by a 2022 declaration. Kazakh oil has flowed through the BTC pipeline since 2023.',
    summarySources: [MIDDLE_CORRIDOR, KZ.treaty, KZ.oil],
    treaties: [
      kzTreaty,
      turkicCouncil,
      kzDeclaration,
      kzOil,
      fact('2025-10-21', 'Kazakh grain is the first cargo to cross Azerbaijan to Armenia.', KZ.grain),
    ],
    tensions: [],
    asOf: AS_OF,
  },
  TKM: {
    summary:
      'Turkmenistan faces Azerbaijan across the Caspian and holds gas that a proposed Trans-Caspian pipeline could one day carry west. A quarrel over an offshore field strained ties from 1999 through much of the 2000s. In January 2021 the two agreed to develop that field together under the name Dostlug, “friendship”.',
    summarySources: [TM.dispute, TM.dostlug],
    treaties: [tmDostlug],
    tensions: [tmDispute],
    asOf: AS_OF,
  },
  UZB: {
    summary:
      'Uzbekistan and Azerbaijan set up relations only in 1995 but grew close in the 2020s. A strategic-partnership declaration in 2022 was followed in August 2024 by a Treaty on Allied Relations, which Uzbekistan ratified in 2025. Both belong to the Organization of Turkic States.',
    summarySources: [UZ.partnership, UZ.treaty, OTS_WIKI],
    treaties: [uzPartnership, uzTreaty, uzRatified],
    tensions: [],
    asOf: AS_OF,
  },
  KGZ: {
    summary:
      'Kyrgyzstan and Azerbaijan co-founded the Turkic Council in 2009 and sit together in the CIS and the Economic Cooperation Organization. Azerbaijan opened an embassy in Bishkek in 2007; the 1993 date for relations rests on a single wiki copy.',
    summarySources: [OTS_WIKI, KG_SRC],
    treaties: [kgEmbassy, turkicCouncil],
    tensions: [],
    asOf: AS_OF,
  },
  TJK: {
    summary:
      'Tajikistan and Azerbaijan signed a Treaty of Friendship and Cooperation in 2007 and declared a strategic partnership in Baku in May 2024. Since November 2025 Azerbaijan has joined Tajikistan and the other Central Asian states as a full participant in their leaders’ consultative meetings.',
    summarySources: [TJ.treaty, TJ.partnership, src('https://www.trend.az/azerbaijan/politics/4118240.html', 'Trend')],
    treaties: [tjTreaty, tjPartnership],
    tensions: [],
    asOf: AS_OF,
  },
  UKR: {
    summary:
      'Ukraine and Azerbaijan co-founded GUAM in 1997 with Georgia and Moldova, and call their relationship a strategic partnership. Since 2022 Baku has sent Ukraine humanitarian and energy aid, and in July 2025 a deal was struck to supply it with Azerbaijani gas.',
    summarySources: [UA.guam, UA.aid, UA.gas],
    treaties: [uaGuam, uaAid, uaGas],
    tensions: [],
    asOf: AS_OF,
  },
  ISR: {
    summary:
      'Israel opened an embassy in Baku in 1993, but Azerbaijan waited three decades to return the gesture, opening its embassy in Tel Aviv in March 2023. Azerbaijan is reported to supply around 40% of Israel’s oil imports, and the closeness of the two is a standing grievance in Tehran.',
    summarySources: [IL.embassy, IL.oil, IR.israel],
    treaties: [ilRecognition, ilIsraeliEmbassy, ilEmbassy, ilOil],
    tensions: [],
    asOf: AS_OF,
  },
  CHN: {
    summary:
      'China and Azerbaijan have had relations since 1992 and upgraded them twice in quick succession: to a strategic partnership in July 2024 and a comprehensive strategic partnership in April 2025. Azerbaijan is a link in the Middle Corridor, which carries Chinese freight to Europe through Kazakhstan, the Caspian and the South Caucasus.',
    summarySources: [CN.partnership, CN.comprehensive, MIDDLE_CORRIDOR],
    treaties: [cnPartnership, cnComprehensive],
    tensions: [],
    asOf: AS_OF,
  },
  PAK: {
    summary:
      'Pakistan recognised Azerbaijan in December 1991, second only to Türkiye, and for more than three decades had no relations with Armenia, until it established them in 2025. Pakistan opened its embassy in Baku in 1993 and Azerbaijan followed in Islamabad in 1997.',
    summarySources: [PK.recognition, PK.embassy, PK.armenia],
    treaties: [
      pkRecognition,
      pkEmbassy,
      fact('2025-09', 'Pakistan, which had never recognised Armenia, establishes relations with it.', PK.armenia),
    ],
    tensions: [],
    asOf: AS_OF,
  },
  ITA: {
    summary:
      'Italy buys more Azerbaijani crude than any other country, and it is where the Southern Gas Corridor ends: the Trans Adriatic Pipeline comes ashore at Melendugno in Apulia, and Azerbaijani gas has arrived there since 31 December 2020. TAP’s first expansion, from January 2026, adds capacity for the Italian market, and buyers in Germany and Austria now receive Azerbaijani gas by way of Italy.',
    summarySources: [ITALY_OIL_SHARE, ITALY_ENERGY, FIRST_GAS_EUROPE, TAP_EXPANSION, SGC_EXPORTS],
    treaties: [italyOilShare, firstGasEurope, italyOilAndGas, tapExpansion],
    tensions: [],
    asOf: AS_OF,
  },
  GRC: {
    summary:
      'Greece carries the longest stretch of the Trans Adriatic Pipeline, 550 of its 878 km, and has received Azerbaijani gas since the end of 2020. Near Komotini, TAP feeds the Interconnector Greece–Bulgaria, opened in 2022.',
    summarySources: [TAP_GREECE, FIRST_GAS_EUROPE, IGB_OPENS],
    treaties: [bsecFounders, tapGroundbreaking, firstGasEurope, igbOpens],
    tensions: [],
    asOf: AS_OF,
  },
  BGR: {
    summary:
      'Bulgaria has received Azerbaijani gas since the last day of 2020, first through the Greek grid and since October 2022 through the 182 km Interconnector Greece–Bulgaria. The two were among the founders of the Black Sea Economic Cooperation in 1992.',
    summarySources: [FIRST_GAS_EUROPE, IGB_OPENS, BSEC_MFA],
    treaties: [bsecFounders, firstGasEurope, igbOpens],
    tensions: [],
    asOf: AS_OF,
  },
  ROU: {
    summary:
      'Romania began buying Azerbaijani gas delivered through the Southern Gas Corridor in 2023. The two are also Black Sea partners, co-founders of the Black Sea Economic Cooperation in 1992.',
    summarySources: [roGas.source, BSEC_MFA],
    treaties: [bsecFounders, roGas],
    tensions: [],
    asOf: AS_OF,
  },
  HUN: {
    summary:
      'Hungary has been an observer in the Organization of Turkic States since 2018, a rare EU member at that table. In 2024 it began receiving Azerbaijani gas, one of several Central European buyers added that year.',
    summarySources: [OTS_WIKI, huGas.source],
    treaties: [huObserver, huGas],
    tensions: [],
    asOf: AS_OF,
  },
};
