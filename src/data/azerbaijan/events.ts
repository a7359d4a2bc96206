import type { IsoDate, Source, TimelineEvent } from '../schema';
import { src } from './sourcing';

/** Dated events, 1991–2026, in our own words; `refs` are URL selections (see DESIGN.md). */

const ev = (date: IsoDate, text: string, source: Source, ...refs: string[]): TimelineEvent => ({
  date,
  text,
  source,
  refs,
});

const INDEPENDENCE = src(
  'https://en.wikipedia.org/wiki/Constitutional_Act_on_State_Independence_of_the_Republic_of_Azerbaijan',
  'Wikipedia',
);
const AZ_PORTAL = src('http://www.azerbaijan.az/portal/WorldCommunity/InterOrg/interOrg_02_e.html', 'Azerbaijan.az');
const SGC = src('https://minenergy.gov.az/en/layiheler/cenub-qaz-dehlizi_2196', 'Azerbaijan Ministry of Energy');
const PACE = src('https://pace.coe.int/en/files/33333/html', 'PACE');
const KARABAKH_WAR = src(
  'https://jam-news.net/karabakh-news-agreement-conditions-war-stopped-live-azerbaijan-armenia-russia-protest-in-yerevan-return-of-regions-and-refugees-russian-peacekeepers/',
  'JAMnews',
);
const NAM_HANDOVER = src('https://en.trend.az/azerbaijan/politics/3850888.html', 'Trend');
const SGC_ROUTES = ['route:scp', 'route:tanap', 'route:tap'];
const CENTRAL_ASIA = ['country:KAZ', 'country:KGZ', 'country:TJK', 'country:TKM', 'country:UZB'];

export const events: TimelineEvent[] = [
  ev('1991-08-30', 'The Supreme Council declares Azerbaijan’s state independence restored.', INDEPENDENCE),
  ev('1991-10-18', 'Parliament adopts the Constitutional Act on State Independence.', INDEPENDENCE),
  ev(
    '1991-11-09',
    'Türkiye becomes the first country to recognise Azerbaijan.',
    src('https://sia.az/en/news/politics/922812.html', 'SIA'),
    'country:TUR',
  ),
  ev(
    '1991-12-08',
    'Azerbaijan joins the Organisation of the Islamic Conference at its Dakar summit.',
    src('https://azerbaijan.az/en/related-information/195', 'Azerbaijan.az'),
    'org:oic',
  ),
  ev(
    '1991-12-21',
    'Azerbaijan signs the Alma-Ata protocol creating the CIS, which its parliament then declines to ratify.',
    src(
      'https://en.vestikavkaza.ru/articles/CIS-remains-a-guarantee-of-security-and-development-of-its-member-states.html',
      'Vestnik Kavkaza',
    ),
    'org:cis',
  ),
  ev(
    '1991-12-25',
    'The United States, Iran and Israel recognise Azerbaijan.',
    src('https://history.state.gov/countries/azerbaijan', 'US Office of the Historian'),
    'country:USA',
    'country:IRN',
    'country:ISR',
  ),
  ev('1991-12-29', 'A referendum backs independence with about 95% voting yes.', INDEPENDENCE),
  ev('1992-01-30', 'Azerbaijan joins the CSCE, forerunner of the OSCE.', AZ_PORTAL, 'org:osce'),
  ev(
    '1992-03-02',
    'Azerbaijan becomes a member of the United Nations.',
    src(
      'https://un.mfa.gov.az/en/news/3154/the-republic-of-azerbaijan-celebrates-the-25th-year-since-its-admission-for-membership-in-the-united-nations',
      'Azerbaijan’s UN mission',
    ),
    'org:un',
  ),
  ev(
    '1992-03-24',
    'The CSCE decides on a Minsk conference on Nagorno-Karabakh, the start of the Minsk Group.',
    src('https://mediamax.am/en/news/foreignpolicy/59419/', 'Mediamax'),
    'org:osce',
    'country:ARM',
  ),
  ev(
    '1992-06-25',
    'Azerbaijan is among the eleven founders of the Black Sea Economic Cooperation.',
    src(
      'https://mfa.gov.az/en/category/regional-organisations/relations-between-azerbaijan-and-black-sea-economic-cooperation-organisation-bsec',
      'Azerbaijan MFA',
    ),
    'org:bsec',
  ),
  ev(
    '1992-11-28',
    'Azerbaijan joins the Economic Cooperation Organization.',
    src('https://www.mfa.tj/en/main/view/194/tajikistan-and-economic-cooperation-organization-eco', 'Tajikistan MFA'),
    'org:eco',
  ),
  ev(
    '1993-09-24',
    'Azerbaijan joins the CIS after parliament approves membership.',
    src('https://lib.aliyevheritage.org/print.php?lang=en&page=828425', 'Heydar Aliyev Heritage Library'),
    'org:cis',
  ),
  ev(
    '1994-05-04',
    'Azerbaijan signs NATO’s Partnership for Peace framework document.',
    src('https://nato-pfp.mfa.gov.az/en/category/azerbaycan-ve-nato-emekdasligi-haqqinda-arayis', 'Azerbaijan MFA'),
  ),
  ev(
    '1994-05',
    'A ceasefire agreed in Bishkek halts the first Karabakh war.',
    src('https://kureansiklopedi.com/en/detay/azerbaijanarmeniausa-trilateral-summit-2025-98c7e', 'Türkiye Research Encyclopedia'),
    'country:ARM',
  ),
  ev(
    '1994-09-20',
    'The “Contract of the Century” for Caspian oil is signed with 13 companies from 8 countries.',
    src('https://en.trend.az/business/3947229.html', 'Trend'),
  ),
  ev(
    '1996-04-22',
    'The EU–Azerbaijan Partnership and Cooperation Agreement is signed; it enters into force in 1999.',
    src('https://lib.aliyev-heritage.org/en/6014766.html', 'Heydar Aliyev Heritage Library'),
    'bloc:EU',
  ),
  ev(
    '1997-07-03',
    'Azerbaijan and Russia sign a Treaty of Friendship, Cooperation and Mutual Security.',
    src(
      'https://azertag.az/en/xeber/Declaration_on_allied_interaction_between_the_Republic_of_Azerbaijan_and_the_Russian_Federation-2024876',
      'AZERTAC',
    ),
    'country:RUS',
  ),
  ev(
    '1997-10-10',
    'Georgia, Ukraine, Azerbaijan and Moldova found GUAM in Strasbourg.',
    src('https://guam-organization.org/en/about-the-organization-for-democracy-and-economic-development-guam/', 'GUAM'),
    'org:guam',
    'country:GEO',
    'country:UKR',
  ),
  ev(
    '1997-10-25',
    'Oil exports begin through the Baku–Novorossiysk pipeline.',
    src('https://www.socar.az/en/page/baku-novorossiysk-pipeline', 'SOCAR'),
    'route:bnp',
    'country:RUS',
  ),
  ev(
    '1999-04-17',
    'The Baku–Supsa oil pipeline to Georgia’s Black Sea coast officially opens.',
    src('https://www.socar.az/en/page/baku-supsa-pipeline', 'SOCAR'),
    'route:wrep',
    'country:GEO',
  ),
  ev(
    '1999-11-18',
    'Azerbaijan, Georgia and Türkiye sign the BTC pipeline agreement in Istanbul.',
    src('https://clintonwhitehouse4.archives.gov/textonly/WH/New/Europe-9911/briefings/1999-11-18a.html', 'White House archive'),
    'route:btc',
    'country:GEO',
    'country:TUR',
    'country:USA',
  ),
  ev('2001-01-25', 'Azerbaijan becomes the 43rd member of the Council of Europe.', PACE, 'org:coe'),
  ev(
    '2006-05-28',
    'The first BTC oil reaches Ceyhan; the pipeline is formally opened on 13 July.',
    src('https://en.trend.az/business/3811675.html', 'Trend'),
    'route:btc',
    'country:GEO',
    'country:TUR',
  ),
  ev(
    '2006',
    'The South Caucasus gas pipeline starts operating late in the year.',
    src('https://www.bp.com/en_az/azerbaijan/home/who-we-are/operationsprojects/pipelines/scp.html', 'bp'),
    'route:scp',
    'country:GEO',
  ),
  ev(
    '2009-05-07',
    'The EU launches the Eastern Partnership in Prague, with Azerbaijan among its six partners.',
    src('http://www.panarmenian.net/eng/news/31330/', 'PanARMENIAN.Net'),
    'bloc:EU',
  ),
  ev(
    '2009-10-03',
    'The Turkic Council is founded under the Nakhchivan Agreement.',
    src('https://en.wikipedia.org/wiki/Organization_of_Turkic_States', 'Wikipedia'),
    'org:ots',
    'country:TUR',
    'country:KAZ',
    'country:KGZ',
  ),
  ev(
    '2011-05',
    'Azerbaijan joins the Non-Aligned Movement.',
    src('https://www.namazerbaijan.org/azerbaijan-in-the-nam', 'NAM Azerbaijan'),
    'org:nam',
  ),
  ev('2014-09-20', 'Ground is broken for the Southern Gas Corridor at Sangachal.', SGC, ...SGC_ROUTES),
  ev(
    '2017-10-30',
    'The Baku–Tbilisi–Kars railway opens.',
    src('http://www.tabula.ge/ge/node/125979', 'Tabula'),
    'route:btk',
    'country:GEO',
    'country:TUR',
  ),
  ev(
    '2018-03-29',
    'The Astara rail link between Azerbaijan and Iran officially opens.',
    src(
      'https://www.railwaygazette.com/infrastructure/presidents-officially-open-azerbaijan-iran-rail-link/46216.article',
      'Railway Gazette',
    ),
    'route:instc',
    'country:IRN',
  ),
  ev(
    '2018-05-14',
    'The new Baku International Sea Trade Port at Alat opens.',
    src('https://ady.az/en/news/read/1082/43', 'Azerbaijan Railways'),
    'route:middle-corridor',
  ),
  ev('2018-05-29', 'The Southern Gas Corridor is inaugurated in Baku.', SGC, ...SGC_ROUTES),
  ev('2018-06-12', 'TANAP is inaugurated in Eskişehir; commercial gas reaches Türkiye on 30 June.', SGC, 'route:tanap', 'country:TUR'),
  ev(
    '2018',
    'The five Caspian states sign the Convention on the Legal Status of the Caspian Sea in Aktau.',
    src('https://report.az/en/energy/eu-stands-ready-to-attract-investment-in-trans-caspian-gas-pipeline/', 'Report.az'),
    'route:tcgp',
    'country:RUS',
    'country:IRN',
    'country:KAZ',
    'country:TKM',
  ),
  ev(
    '2019-10-25',
    'Azerbaijan takes the chair of the Non-Aligned Movement at a summit in Baku.',
    src('https://president.az/en/pages/view/azerbaijan/qoshulmama', 'President of Azerbaijan'),
    'org:nam',
  ),
  ev('2019-11-30', 'TANAP’s European section, to the Greek border, is inaugurated.', SGC, 'route:tanap', 'country:TUR', 'country:GRC'),
  ev('2020-09-27', 'The second Karabakh war, which lasts 44 days, begins.', KARABAKH_WAR, 'country:ARM'),
  ev(
    '2020-11-08',
    'Azerbaijan announces that it has taken Shusha.',
    src('https://reform.news/178742-pashinyan-priznal-porazhenie-v-karabahe/amp', 'Reform.news'),
    'country:ARM',
  ),
  ev(
    '2020-11-10',
    'A ceasefire statement with Armenia and Russia ends the war; 1,960 Russian peacekeepers deploy.',
    KARABAKH_WAR,
    'country:ARM',
    'country:RUS',
  ),
  ev(
    '2020-11-15',
    'The Trans Adriatic Pipeline starts commercial operation.',
    src(
      'https://www.marketscreener.com/news/latest/First-Commercial-Gas-Delivery-to-Europe-via-Southern-Gas-Corridor--32105557/?utm_medium=RSS&utm_content=20201231',
      'SOCAR via MarketScreener',
    ),
    'route:tap',
    'country:GRC',
    'country:ITA',
  ),
  ev(
    '2020-12-31',
    'The first Azerbaijani gas reaches Europe through TAP, completing the Southern Gas Corridor.',
    src(
      'https://azertag.az/en/xeber/President_Azerbaijani_gas_is_already_in_Europe_and_this_is_our_historic_achievement-1683731',
      'AZERTAC',
    ),
    'route:tap',
    'bloc:EU',
    'country:ITA',
    'country:GRC',
    'country:BGR',
  ),
  ev(
    '2021-06-15',
    'Azerbaijan and Türkiye sign the Shusha Declaration on allied relations.',
    src('https://report.az/en/domestic-politics/one-year-passes-since-signing-of-shusha-declaration/', 'Report.az'),
    'country:TUR',
  ),
  ev(
    '2022-02-22',
    'Azerbaijan and Russia sign a Declaration on Allied Interaction in Moscow.',
    src(
      'https://azertag.az/en/xeber/Declaration_on_allied_interaction_between_the_Republic_of_Azerbaijan_and_the_Russian_Federation-2024876',
      'AZERTAC',
    ),
    'country:RUS',
  ),
  ev(
    '2022-07-18',
    'An EU–Azerbaijan energy memorandum aims at 20 bcm of gas a year for the EU by 2027.',
    src('https://www.trtworld.com/article/12786908', 'TRT World'),
    'bloc:EU',
  ),
  ev(
    '2022-10-01',
    'The Interconnector Greece–Bulgaria starts commercial operation.',
    src(
      'https://euromaidanpress.com/2022/10/01/gas-pipeline-interconnecting-greece-and-bulgaria-starts-commercial-operation/',
      'Euromaidan Press',
    ),
    'route:igb',
    'country:GRC',
    'country:BGR',
  ),
  ev(
    '2023-01-27',
    'A gunman attacks Azerbaijan’s embassy in Tehran, killing its head of security.',
    src('https://caucasuswatch.de/en/news/azerbaijans-embassy-in-tehran-reopens-after-diplomatic-crisis.html', 'Caucasus Watch'),
    'country:IRN',
  ),
  ev(
    '2023-03-29',
    'Azerbaijan opens an embassy in Israel.',
    src(
      'https://www.breakinglatest.news/world/azerbaijan-israel-establishes-embassy-in-israel-31-years-after-diplomatic-ties/',
      'Breaking Latest (Xinhua)',
    ),
    'country:ISR',
  ),
  ev(
    '2023-09-19',
    'An Azerbaijani military operation in Karabakh brings the separatists’ surrender the next day.',
    src('https://www.intellinews.com/nagorno-karabakh-republic-dissolves-itself-294618', 'bne IntelliNews'),
    'country:ARM',
  ),
  ev(
    '2023-09-28',
    'A separatist decree dissolves the Nagorno-Karabakh Republic from 1 January 2024.',
    src(
      'https://www.straitstimes.com/asia/nagorno-karabakh-republic-will-cease-to-exist-from-jan-1-2024-nagorno-karabakh-authorities',
      'The Straits Times',
    ),
    'country:ARM',
  ),
  ev('2024-01-19', 'Azerbaijan hands the Non-Aligned Movement chair to Uganda in Kampala.', NAM_HANDOVER, 'org:nam'),
  ev('2024-01-24', 'PACE declines to ratify the credentials of Azerbaijan’s delegation.', PACE, 'org:coe'),
  ev(
    '2024-04-17',
    'Russian peacekeepers begin leaving Karabakh early; the last go on 12 June.',
    src('https://tass.com/politics/1776731', 'TASS'),
    'country:RUS',
  ),
  ev(
    '2024-04-19',
    'Azerbaijan and Armenia agree the first delimited stretches of their border.',
    src(
      'https://en.armradio.am/2024/04/19/armenia-azerbaijan-agree-that-the-process-of-delimitation-will-be-based-on-1991-alma-ata-declaration/',
      'Public Radio of Armenia',
    ),
    'country:ARM',
  ),
  ev(
    '2024-07-15',
    'Azerbaijan’s embassy in Tehran reopens.',
    src('http://presstv.ir/Detail/2024/07/15/729374/Azerbaijan-embassy-Iran', 'Press TV'),
    'country:IRN',
  ),
  ev(
    '2024-11-11',
    'COP29 opens in Baku; it ends on 24 November with a finance goal of at least $300bn a year by 2035.',
    src('https://azertag.az/en/xeber/cop29_adopts_new_collective_quantified_goal_on_climate_finance-3300468', 'AZERTAC'),
    'org:un',
  ),
  ev(
    '2024-12-25',
    'An AZAL airliner hit by Russian air-defence fire crashes near Aktau.',
    src('https://www.nationpress.com/all/putin-expresses-regret-to-azerbaijans-aliyev-over-tragic-air-disaster', 'NationPress'),
    'country:RUS',
    'country:KAZ',
  ),
  ev(
    '2025-03-13',
    'Azerbaijan and Armenia announce that the peace-treaty text is agreed.',
    src('https://www.caspiannews.com/news-detail/azerbaijan-armenia-conclude-negotiations-on-peace-treaty-2025-3-13-40/', 'Caspian News'),
    'country:ARM',
  ),
  ev(
    '2025-04-23',
    'Azerbaijan and China agree a comprehensive strategic partnership.',
    src(
      'https://www.einpresswire.com/article/805856717/azerbaijan-and-china-signed-joint-statement-on-establishment-of-comprehensive-strategic-partnership',
      'EIN Presswire',
    ),
    'country:CHN',
  ),
  ev(
    '2025-06-27',
    'A deadly police raid on Azerbaijanis in Yekaterinburg sets off a crisis with Russia.',
    src(
      'https://kyivindependent.com/nobot/azerbaijan-cancels-russian-events-over-extrajudicial-killings-of-2-citizens-in-russias-yekaterinburg/',
      'Kyiv Independent',
    ),
    'country:RUS',
  ),
  ev(
    '2025-08-08',
    'At the White House, Azerbaijan and Armenia sign a joint declaration, initial the peace treaty and back the TRIPP route.',
    src('https://pia.ge/en/news/world/yerevan-and-baku-agree-to-end-hostilities', 'PIA'),
    'country:ARM',
    'country:USA',
    'route:zangezur',
  ),
  ev(
    '2025-08-11',
    'The text of the peace agreement is published.',
    src('https://news-pravda.com/usa/2025/08/11/1586126.html', 'News-Pravda'),
    'country:ARM',
  ),
  ev(
    '2025-09-01',
    'The OSCE decides to close the Minsk process; the closure is completed on 30 November.',
    src('https://www.azernews.az/nation/246825.html', 'AzerNews'),
    'org:osce',
    'country:ARM',
  ),
  ev(
    '2025-10-09',
    'Putin acknowledges that Russian missiles brought down the AZAL airliner.',
    src(
      'https://wiadomosci.onet.pl/swiat/wladimir-putin-przyznal-sie-rosja-bierze-odpowiedzialnosc-za-lotnicza-katastrofe/cjfp410',
      'Onet',
    ),
    'country:RUS',
  ),
  ev(
    '2025-10-21',
    'Azerbaijan lifts all restrictions on cargo transit to Armenia.',
    src(
      'https://zartonkmedia.com/2025/10/21/azerbaijan-lifts-all-cargo-transit-restrictions-on-goods-to-armenia-despite-holding-artsakh-leaders-hostage-and-pushing-for-corridor',
      'Zartonk Media',
    ),
    'country:ARM',
  ),
  ev(
    '2025-11-16',
    'Azerbaijan becomes a full participant in the Central Asian leaders’ consultative meetings.',
    src('https://www.trend.az/azerbaijan/politics/4118240.html', 'Trend'),
    ...CENTRAL_ASIA,
  ),
  ev(
    '2026-01',
    'Gas deliveries to Germany and Austria begin; Azerbaijani gas now reaches 16 European countries.',
    src('https://www.trend.az/business/energy/4142236.html', 'Trend'),
    'bloc:EU',
    'route:tap',
  ),
  ev(
    '2026-01-14',
    'Armenia and the US publish the TRIPP Implementation Framework.',
    src('https://mediamax.am/en/news/foreignpolicy/59684/', 'Mediamax'),
    'country:ARM',
    'country:USA',
    'route:zangezur',
  ),
  ev(
    '2026-02-10',
    'The US and Azerbaijan sign a Charter on Strategic Partnership in Baku.',
    src('https://georgiatoday.ge/?p=97683', 'Georgia Today'),
    'country:USA',
  ),
];
