import type { DatedFact, RouteId } from '../../schema';
import { fact, src } from '../../sourcing';

/**
 * What each route means to Georgia, shown in the route's panel under "For Georgia": its share
 * and its role (transit, terminal, customer). From the 2026 audit; loaded with the panels.
 */
export const routeNotes: Partial<Record<RouteId, DatedFact[]>> = {
  btc: [
    fact(
      '2005-10-12',
      'The Georgian section is opened at the first pumping station, in Gardabani, by the presidents of Georgia, Azerbaijan and Türkiye.',
      src('http://www.hurriyet.com.tr/sezer-attends-opening-of-baku-tblisi-ceyhan-pipeline-3375726'),
    ),
    fact(
      '2006',
      'Georgia is a transit country: 249 km of the line and two of its eight pump stations are on its territory.',
      src('https://bp.com/en_ge/georgia/home/who-we-are/btc.html'),
    ),
  ],
  scp: [
    fact(
      '2007-01-15',
      'The first Shah Deniz gas reaches Georgia through the pipeline.',
      src('https://jamestown.org/program/shah-deniz-gas-buttressing-georgia-azerbaijan-economically-and-politically/'),
    ),
    fact(
      '2016-01-21',
      'bp says the expansion of the line, due in 2018, includes two new compressor stations in Georgia, and that at the Georgia–Türkiye border its gas will pass to TANAP.',
      src('https://report.az/en/energy/bp-to-allocate-150-million-usd-to-modernize-baku-supsa-oil-pipeline/'),
    ),
    fact(
      '2020-12-31',
      'With TAP in service, gas that crosses Georgia reaches Europe; Georgia itself takes up to 500 million m³ a year at about half the market price.',
      src('https://agenda.ge/en/news/2020/4080'),
    ),
  ],
  wrep: [
    fact(
      '1999-04-17',
      'The pipeline and its Black Sea terminal at Supsa are opened with the presidents of Azerbaijan, Georgia and Ukraine; 373.2 km of the line and three of its six pump stations are in Georgia.',
      src('https://www.socar.az/en/page/baku-supsa-pipeline'),
    ),
    fact(
      '2021-11-30',
      'The 1,000th tanker is loaded at Supsa, the terminal bp runs with the pipeline.',
      src(
        'https://www.bp.com/en_az/azerbaijan/home/news/press-releases/Baku-Supsa-loaded-1000-tanker-at-Supsa-terminal-on-the-Black-Sea.html',
      ),
    ),
  ],
  btk: [
    fact(
      '2012-06',
      'Azerbaijan finances the Georgian section with soft loans: a renewed line of about 160 km from Marabda to Akhalkalaki and a new line of 29 km to the Turkish border.',
      src('https://raillynews.com/2012/06/construction-of-baku-tiflis-kart-railway-line-marabda-kartsakhi-section-completed/'),
    ),
  ],
  'middle-corridor': [
    fact(
      '2024-01-19',
      'Georgia’s prime minister says the country has begun building the deep-sea port of Anaklia and is modernising its railway to carry 48 million tonnes a year, for the corridor.',
      src('https://en.trend.az/scaucasus/georgia/3850977.html'),
    ),
  ],
};
