import type { DatedFact, IsoDate, Source, TimelineEvent } from '../../schema';
import { type FactExtra, src } from '../../sourcing';
import {
  CIS_1993_12,
  CIS_2008_08_14,
  CIS_2009_08_18,
  COE_1999_04_27,
  CST_1999_04_20,
  EAP_2009_05_07,
  GUAM_1997_10_10,
  NATO_2008_04_03,
  NATO_2008_09_15,
  NATO_2014_09,
  OSCE_1992_03_24,
  PFP_1994_03_23,
  UN_1992_07_31,
} from './organisations';

/**
 * Dated events of Georgia's foreign relations, 1991–2026, in our own words, from the 2026 audit;
 * `refs` are URL selections (see DESIGN.md). Abkhazia and South Ossetia are Georgian territory
 * occupied by Russia in the view of Georgia, the EU, the US and most UN members; Russia has
 * recognised them as states since 26 August 2008. Events say whose view is whose.
 */

function ev(date: IsoDate, text: string, source: Source, ...rest: (FactExtra | string)[]): TimelineEvent {
  const extra = typeof rest[0] === 'object' ? rest[0] : undefined;
  const refs = rest.filter((r): r is string => typeof r === 'string');
  return extra ? { date, text, source, refs, ...extra } : { date, text, source, refs };
}

/** An event that repeats a fact of ./organisations.ts as written there, with its confidence if any. */
function again(f: DatedFact, ...refs: string[]): TimelineEvent {
  return f.confidence && f.note
    ? ev(f.date, f.text, f.source, { confidence: f.confidence, note: f.note }, ...refs)
    : ev(f.date, f.text, f.source, ...refs);
}

export const events: TimelineEvent[] = [
  ev(
    '1991-04-09',
    'Citing the referendum of 31 March, the Supreme Council adopts the act restoring Georgia’s independence on the basis of the 1918 independence act.',
    src('http://rrc.ge/law/Act_1991_04_09_e.htm?lawid=1525&lng_3=en'),
  ),
  ev(
    '1992-03-24',
    'The United States and Georgia establish diplomatic relations; the US embassy in Tbilisi opens in April.',
    src('https://history.state.gov/countries/georgia'),
    'country:USA',
  ),
  again(OSCE_1992_03_24, 'org:osce'),
  ev(
    '1992-06-24',
    'Shevardnadze and Yeltsin sign an agreement in Sochi on the principles of settling the Georgian–Ossetian conflict: a ceasefire, the withdrawal of armed formations and a mixed commission to monitor both.',
    src('https://pax.peaceagreements.org/agreements/1699'),
    'country:RUS',
  ),
  again(UN_1992_07_31, 'org:un'),
  ev(
    '1992-08-14',
    'Armed conflict breaks out in Abkhazia between Georgian government forces and Abkhaz separatist forces.',
    src('http://agenda.ge/en/news/2014/2228'),
  ),
  ev(
    '1993-09-27',
    'Sukhumi falls to Abkhaz forces, backed by Russian forces in Georgia’s account, after they break a July ceasefire; Tbilisi loses control of Abkhazia and hundreds of thousands of people are displaced.',
    src('http://agenda.ge/en/news/2014/2228'),
    'country:RUS',
  ),
  again(CIS_1993_12, 'org:cis'),
  again(PFP_1994_03_23, 'org:nato-pfp'),
  ev(
    '1994-05-14',
    'The Georgian and Abkhaz sides sign a ceasefire and separation-of-forces agreement in Moscow, with a CIS peacekeeping force to be deployed in a security zone.',
    src('http://rrc.ge/law/agrm_1994_05_14_e.htm?lawid=428&lng_3=en'),
    'country:RUS',
    'org:cis',
  ),
  again(GUAM_1997_10_10, 'org:guam', 'country:UKR', 'country:AZE'),
  ev(
    '1999-04-17',
    'The Baku–Supsa pipeline and the Supsa terminal on Georgia’s Black Sea coast are officially opened, with the presidents of Azerbaijan, Georgia and Ukraine present.',
    src('https://report.az/en/energy/azerbaijan-prime-minister-leaves-for-georgia/'),
    'route:wrep',
    'country:AZE',
  ),
  again(CST_1999_04_20, 'org:cst', 'country:RUS'),
  again(COE_1999_04_27, 'org:coe'),
  ev(
    '1999-11-17',
    'Russia and Georgia sign a joint statement setting out the withdrawal of Russian forces from Georgia.',
    src('https://pax.peaceagreements.org/agreements/1704'),
    'country:RUS',
  ),
  ev(
    '2003-11-23',
    'President Shevardnadze resigns after weeks of protests over an allegedly rigged parliamentary election on 2 November and hands power to Nino Burjanadze, speaker of the outgoing parliament.',
    src('https://www.aljazeera.com/news/2003/11/24/shevardnadze-forced-out/'),
  ),
  ev(
    '2005-10-12',
    'The presidents of Georgia, Azerbaijan and Türkiye open the Georgian section of the BTC oil pipeline at its first pumping station in Gardabani.',
    src('http://www.hurriyet.com.tr/sezer-attends-opening-of-baku-tblisi-ceyhan-pipeline-3375726'),
    'route:btc',
    'country:AZE',
    'country:TUR',
  ),
  ev(
    '2006-07-13',
    'The leaders of Türkiye, Azerbaijan and Georgia officially inaugurate the BTC pipeline at Ceyhan.',
    src('https://rferl.org/amp/1069835.html'),
    'route:btc',
    'country:AZE',
    'country:TUR',
  ),
  ev(
    '2006-10',
    'After Georgia briefly detains four Russian officers on spying charges, Russia cuts transport and postal links and begins deporting Georgians it accuses of immigration offences.',
    src('https://www.rferl.org/a/1071845.html'),
    'country:RUS',
  ),
  ev(
    '2007-01-15',
    'The first Shah Deniz gas reaches Georgia through the South Caucasus Pipeline, easing its dependence on Russian gas.',
    src('https://jamestown.org/program/shah-deniz-gas-buttressing-georgia-azerbaijan-economically-and-politically/'),
    'route:scp',
    'country:AZE',
  ),
  again(NATO_2008_04_03, 'org:nato-pfp', 'country:UKR'),
  ev(
    '2008-08-07',
    'Heavy fighting breaks out in and around Tskhinvali in South Ossetia on the night of 7–8 August and spreads into a five-day war between Georgia and Russia.',
    src('http://rrc.ge/law/DaskvnTaliavin_20_09_2009_E.htm?lawid=2049&lng_3=en'),
    'country:RUS',
  ),
  ev(
    '2008-08-12',
    'A six-point ceasefire agreement to end the fighting between Russia and Georgia is concluded in Moscow, with French President Sarkozy acting as president of the Council of the EU.',
    src('https://www.vie-publique.fr/discours/171871-communique-conjoint-de-mm-nicolas-sarkozy-president-de-la-republique'),
    'bloc:EU',
    'country:RUS',
  ),
  again(CIS_2008_08_14, 'org:cis'),
  ev(
    '2008-08-26',
    'Russia formally recognises Abkhazia and South Ossetia, which Georgia and most UN members regard as Georgian territory, as independent states, challenging the United States and its NATO allies.',
    src('https://global.chinadaily.com.cn/world/2008-08/27/content_6974938_3.htm'),
    'country:RUS',
  ),
  ev(
    '2008-08-29',
    'Georgia decides to break off diplomatic relations with Russia, days after Moscow’s recognition of the two regions.',
    src('http://news.bbc.co.uk/2/hi/europe/7588428.stm'),
    'country:RUS',
  ),
  again(NATO_2008_09_15, 'org:nato-pfp'),
  ev(
    '2008-10',
    'The Geneva International Discussions on the consequences of the war begin, co-chaired by the OSCE, the UN and the EU, with Georgia, Russia, the US and representatives of the de facto authorities.',
    src(
      'https://smr.gov.ge/en/page/26/%D0%B6%D0%B5%D0%BD%D0%B5%D0%B2%D1%81%D0%BA%D0%B8%D0%B5-%D0%BC%D0%B5%D0%B6%D0%B4%D1%83%D0%BD%D0%B0%D1%80%D0%BE%D0%B4%D0%BD%D1%8B%D0%B5-%D0%BF%D0%B5%D1%80%D0%B5%D0%B3%D0%BE%D0%B2%D0%BE%D1%80%D1%8B-%D0%BF%D0%BE-%D0%B7%D0%B0%D0%BA%D0%B0%D0%B2%D0%BA%D0%B0%D0%B7%D1%8C%D1%8E',
    ),
    'org:osce',
    'org:un',
    'bloc:EU',
    'country:RUS',
    'country:USA',
  ),
  ev(
    '2009-01-09',
    'Secretaries Rice and Vashadze sign the United States–Georgia Charter on Strategic Partnership in Washington.',
    src('https://2001-2009.state.gov/secretary/rm/2009/01/113740.htm'),
    'country:USA',
  ),
  again(EAP_2009_05_07, 'org:eap', 'bloc:EU'),
  again(CIS_2009_08_18, 'org:cis'),
  ev(
    '2014-06-27',
    'Georgia signs its Association Agreement with the EU, including a Deep and Comprehensive Free Trade Area, in Brussels.',
    src('https://agenda.ge/en/news/2014/1551'),
    'bloc:EU',
  ),
  again(NATO_2014_09, 'org:nato-pfp'),
  ev(
    '2015-11-05',
    'The presidents of Georgia and Azerbaijan sign a joint declaration in Tbilisi to strengthen their strategic partnership in politics, the economy, defence and security, and education and culture.',
    src('https://old.civil.ge/eng/_print.php?id=28747'),
    'country:AZE',
  ),
  ev(
    '2016-07-01',
    'The EU–Georgia Association Agreement enters into force.',
    src(
      'http://www.mfa.gov.ge/News/%E1%83%A1%E1%83%90%E1%83%A5%E1%83%90%E1%83%A0%E1%83%97%E1%83%95%E1%83%94%E1%83%9A%E1%83%9D-%E1%83%94%E1%83%95%E1%83%A0%E1%83%9D%E1%83%99%E1%83%90%E1%83%95%E1%83%A8%E1%83%98%E1%83%A0%E1%83%98%E1%83%A1-%E1%83%90%E1%83%A1%E1%83%9D%E1%83%AA%E1%83%98%E1%83%A0%E1%83%94%E1%83%91%E1%83%98%E1%83%A1-%E1%83%A8%E1%83%94%E1%83%97%E1%83%90%E1%83%9C%E1%83%AE%E1%83%9B%E1%83%94%E1%83%91%E1%83%90-%E1%83%AB%E1%83%90%E1%83%9A%E1%83%90.aspx?lang=en-US',
    ),
    'bloc:EU',
  ),
  ev(
    '2017-03-28',
    'Visa-free travel for Georgians to the Schengen area takes effect; Prime Minister Kvirikashvili flies to Athens with the first passengers.',
    src('https://eeas.europa.eu/node/23697_en'),
    'bloc:EU',
  ),
  ev(
    '2017-10-30',
    'The Baku–Tbilisi–Kars railway is opened at a ceremony in Baku attended by Georgia’s prime minister and the presidents of Azerbaijan and Türkiye.',
    src('http://www.tabula.ge/ge/node/125979'),
    'route:btk',
    'route:middle-corridor',
    'country:AZE',
    'country:TUR',
  ),
  ev(
    '2020-12-31',
    'Shah Deniz gas carried across Georgia reaches Europe as the Trans Adriatic Pipeline starts flows.',
    src('https://agenda.ge/en/news/2020/4080'),
    'route:scp',
    'route:tanap',
    'route:tap',
    'bloc:EU',
    'country:AZE',
  ),
  ev(
    '2022-03-03',
    'Days after Russia’s full-scale invasion of Ukraine, Georgia applies for EU membership, after Ukraine and on the same day as Moldova.',
    src('https://civil.ge/archives/496586'),
    'bloc:EU',
  ),
  ev(
    '2023-05-10',
    'Russia abolishes visas for Georgians and lifts its 2019 ban on direct flights; Georgia’s president calls the move a provocation.',
    src('https://www.tribuneindia.com/news/world/russia-ends-visa-regime-for-georgia-lifts-flight-ban-506726'),
    'country:RUS',
  ),
  ev(
    '2023-07-28',
    'Meeting Prime Minister Garibashvili in Chengdu, President Xi Jinping announces a strategic partnership between China and Georgia.',
    src('https://agenda.ge/en/news/2023/2895'),
    'country:CHN',
  ),
  ev('2023-12-14', 'The European Council grants Georgia EU candidate status.', src('https://civil.ge/archives/574502'), 'bloc:EU'),
  ev(
    '2024-01-26',
    'Prime Ministers Garibashvili and Pashinyan sign a declaration in Tbilisi establishing a strategic partnership between Georgia and Armenia.',
    src('https://mediamax.am/en/news/foreignpolicy/53744/'),
    'country:ARM',
  ),
  ev(
    '2024-05-28',
    'Parliament overrides President Zourabichvili’s veto of the law on “transparency of foreign influence”, which Western critics call a foreign-agents law.',
    src('https://1tv.ge/lang/en/news/senator-jeanne-shaheen-disappointed-but-not-surprised-by-gds-decision'),
    'bloc:EU',
    'country:USA',
  ),
  ev(
    '2024-06-27',
    'The European Council says the Georgian authorities’ course, including the foreign-influence law, jeopardises Georgia’s EU path and is de facto leading to a halt of the accession process.',
    src('https://civil.ge/archives/614394'),
    'bloc:EU',
  ),
  ev(
    '2024-11-28',
    'Prime Minister Kobakhidze announces that opening EU accession talks will be off the agenda until the end of 2028 and that Georgia will refuse EU budget grants until then.',
    src('https://jam-news.net/georgian-pm-decision-made-to-postpone-eu-talks-until-end-of-2028'),
    'bloc:EU',
  ),
  ev(
    '2024-11-30',
    'The United States suspends its Strategic Partnership with Georgia; the State Department regrets Georgian Dream’s decision to suspend EU accession and condemns what it calls excessive force against protesters.',
    src('https://en.trend.az/world/us/3977144.html'),
    'country:USA',
  ),
  ev(
    '2025-01-27',
    'The EU suspends visa-free travel for holders of Georgian diplomatic passports and officials, while ordinary passport holders keep it.',
    src('https://jam-news.net/eu-suspends-visa-free-travel-for-georgian-diplomatic-passport-holders/'),
    'bloc:EU',
  ),
  ev(
    '2025-11-04',
    'Citing what it calls Georgia’s democratic backsliding, the European Commission says in its enlargement report that it considers Georgia a “candidate country in name only”.',
    src('https://civil.ge/archives/709546'),
    'bloc:EU',
  ),
  ev(
    '2026-03-06',
    'In the first use of its strengthened suspension mechanism, the EU suspends visa-free entry EU-wide for holders of Georgian diplomatic, service and official passports, for one year at first.',
    src('https://jam-news.net/visa-free-travel-to-eu-for-holders-of-georgian-diplomatic-passports-officially-revoked/'),
    'bloc:EU',
  ),
];
