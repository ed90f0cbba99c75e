import { SourceKind } from '../../modules/source/source.enums';
import type { SeedSource } from '../dataset.types';

// Publications the two seed articles rely on. No URLs are known, so `url` is left out everywhere.
// Seed 000 = a Voice of America page carrying an AFP report on the "Marco Polo" case and a VOA
// report on Iranian missiles for Russia; seed 003 = the special report "Terror, Traffickers, and Tehran".
// Paragraph numbers (¶) in citation excerpts count from the first body paragraph of each article,
// ignoring page chrome and duplicated captions.

const YEAR_2024_FROM_PEZESHKIAN =
  'year inferred as 2024: the article refers to Masoud Pezeshkian as Iranian president (in office from 2024) and to a late-August Reuters report as earlier';
const YEAR_2025_FROM_STRIKES =
  'year inferred as 2025: the article sets the interview amid fears of Iranian reprisals for recent Israeli and American attacks on Iranian nuclear sites (June 2025), with Bruno Retailleau as Interior Minister';

export const sources: SeedSource[] = [
  {
    externalId: 'source-voa-afp-marco-polo-2024',
    publisher: 'Voice of America (citing AFP)',
    title:
      "[Headline not in seed text] AFP report on the 'Marco Polo' case of Iranian plots against Jews in France and Germany",
    kind: SourceKind.NEWS_REPORT,
    language: 'en',
    published: {
      from: '2024',
      note: "Published the day Mediapart revealed the case (a 'Thursday'). Year inferred as 2024: the charges it reports (May 4) follow a July 2023 probation release and Dec 2023 – Jan 2024 arson plots, and it speaks of 'May' without a year.",
    },
    description:
      "Seed 000, first article. The publisher is inferred from the page chrome ('Breaking News', 'Iran') and from the same page carrying a VOA report; the text itself credits Agence France-Presse (police sources and a DGSI report seen by AFP).",
  },
  {
    externalId: 'source-mediapart-marco-polo-2024',
    publisher: 'Mediapart',
    title: "[Title not given] Mediapart revelation of the 'Marco Polo' case",
    kind: SourceKind.NEWS_REPORT,
    language: 'fr',
    published: {
      from: '2024',
      note: "Stated only as 'Thursday'. Year inferred as 2024, after the May 4, 2024 charges (see source-voa-afp-marco-polo-2024).",
    },
    description:
      "French news website that first revealed the 'Marco Polo' case, as reported by AFP (seed 000). Known only through AFP's account.",
  },
  {
    externalId: 'source-dgsi-report-iran-terrorism',
    publisher: 'Direction générale de la sécurité intérieure (DGSI)',
    title:
      '[Untitled] DGSI report on a resurgence of Iran-backed terrorism in Europe (seen by AFP)',
    kind: SourceKind.INTELLIGENCE_REPORT,
    language: 'fr',
    description:
      "France's internal security service report seen by AFP (seed 000). Undated in the text; it mentions the Israel–Hamas war and the coordinator's likely trip to Iran 'in May', so it is at least later than that. Known only through AFP's quotes.",
  },
  {
    externalId: 'source-voa-iran-russia-missiles-2024',
    publisher: 'Voice of America',
    title:
      "[Headline not in seed text] VOA report on Iran's reported ballistic-missile deliveries to Russia",
    kind: SourceKind.NEWS_REPORT,
    language: 'en',
    published: {
      from: '2024',
      note: `Written on or after a 'Friday' on which the NSC answered VOA; ${YEAR_2024_FROM_PEZESHKIAN}. Month not stated (after late August).`,
    },
    description:
      'Seed 000, second article (after the Tasnim photo caption). Relays Bloomberg, WSJ, Reuters and CNN reporting and statements by the White House NSC and the State Department.',
  },
  {
    externalId: 'source-bloomberg-iran-missiles-2024',
    publisher: 'Bloomberg News',
    title:
      '[Title not given] Bloomberg report that Iran is about to supply Russia with ballistic missiles',
    kind: SourceKind.NEWS_REPORT,
    language: 'en',
    published: { from: '2024', note: `Stated only as 'Monday'; ${YEAR_2024_FROM_PEZESHKIAN}.` },
    description: 'Known through VOA (seed 000): first report, citing unnamed European officials.',
  },
  {
    externalId: 'source-wsj-iran-missiles-2024',
    publisher: 'The Wall Street Journal',
    title:
      '[Title not given] WSJ report that Iran has shipped short-range ballistic missiles to Russia',
    kind: SourceKind.NEWS_REPORT,
    language: 'en',
    published: { from: '2024', note: `Stated only as 'Friday'; ${YEAR_2024_FROM_PEZESHKIAN}.` },
    description: 'Known through VOA (seed 000); cites American and European officials.',
  },
  {
    externalId: 'source-reuters-fath-360-training-2024',
    publisher: 'Reuters',
    title:
      '[Title not given] Reuters report on Russian personnel training in Iran on the Fath-360 system',
    kind: SourceKind.NEWS_REPORT,
    language: 'en',
    published: { from: '2024-08', note: `Stated as 'late August'; ${YEAR_2024_FROM_PEZESHKIAN}.` },
    description: 'Known through VOA (seed 000), which says Reuters reported this first.',
  },
  {
    externalId: 'source-cnn-iran-un-mission-denial-2024',
    publisher: 'CNN',
    title:
      "[Title not given] CNN report carrying the Iranian UN mission's denial of missile deliveries to Russia",
    kind: SourceKind.NEWS_REPORT,
    language: 'en',
    published: {
      from: '2024',
      note: `The mission answered CNN on a 'Friday'; ${YEAR_2024_FROM_PEZESHKIAN}.`,
    },
    description:
      "Known through VOA (seed 000). Carries the denial by Iran's mission to the United Nations.",
  },
  {
    externalId: 'source-white-house-nsc-savett-2024',
    publisher: 'The White House – National Security Council',
    title:
      "[Untitled] Statement to VOA by NSC spokesperson Sean Savett on Iran's reported missile deliveries to Russia",
    kind: SourceKind.GOVERNMENT_STATEMENT,
    language: 'en',
    published: { from: '2024', note: `Sent to VOA on a 'Friday'; ${YEAR_2024_FROM_PEZESHKIAN}.` },
    description:
      'Written statement quoted by VOA (seed 000). An earlier, undated White House statement on Russia–Iran security cooperation quoted in the same article is not recorded separately.',
  },
  {
    externalId: 'source-state-dept-patel-2024',
    publisher: 'U.S. Department of State',
    title:
      '[Untitled] Remarks by deputy spokesperson Vedant Patel on Russian training in Iran and possible missile deliveries',
    kind: SourceKind.GOVERNMENT_STATEMENT,
    language: 'en',
    published: {
      from: '2024-08',
      note: `Made 'at that time', i.e. around the late-August Reuters report; ${YEAR_2024_FROM_PEZESHKIAN}.`,
    },
    description: 'Known through VOA (seed 000).',
  },
  {
    externalId: 'source-special-report-terror-traffickers-tehran-2025',
    publisher: "unknown (special report 'Terror, Traffickers, and Tehran')",
    title: 'France: Iran Using Drug Cartels to Orchestrate Terror Plots Across Europe',
    kind: SourceKind.NEWS_REPORT,
    language: 'en',
    published: { from: '2025', note: `Not dated in the text; ${YEAR_2025_FROM_STRIKES}.` },
    description:
      "Seed 003. The publisher's name is not visible in the seed text; the page belongs to a special report titled 'Terror, Traffickers, and Tehran: Inside Iran's Secret Criminal Army in Europe'. Photo credit Antonin Albert / Shutterstock. Relays an LCI interview, MI5, Dutch intelligence and a joint German–French investigation.",
  },
  {
    externalId: 'source-lci-retailleau-interview-2025',
    publisher: 'LCI',
    title:
      '[Title not given] LCI television interview with Interior Minister Bruno Retailleau on Iran’s use of drug-trafficking proxies',
    kind: SourceKind.INTERVIEW,
    language: 'fr',
    published: { from: '2025', note: `Stated only as 'Sunday'; ${YEAR_2025_FROM_STRIKES}.` },
    description: 'Known through the special report (seed 003).',
  },
  {
    externalId: 'source-mi5-mccallum-disclosure',
    publisher: 'MI5 (Security Service)',
    title:
      '[Untitled] Disclosure by MI5 Director General Ken McCallum of Iranian-sponsored plots disrupted in the UK',
    kind: SourceKind.GOVERNMENT_STATEMENT,
    language: 'en',
    description:
      'Known through the special report (seed 003). Neither the date nor the occasion of the disclosure is stated, so `published` is left out.',
  },
  {
    externalId: 'source-dutch-intelligence-attribution',
    publisher: 'Dutch intelligence (service not named in the article)',
    title:
      '[Untitled] Dutch intelligence attribution of the 2015 and 2017 killings of two Dutch-Iranian nationals to Iranian proxies',
    kind: SourceKind.INTELLIGENCE_REPORT,
    language: 'nl',
    description:
      "Known through the special report (seed 003). Undated in the text, so `published` is left out. Language 'nl' is assumed for a Dutch service; the article does not say in what form or language the attribution was made.",
  },
  {
    externalId: 'source-joint-german-french-investigation-2024',
    publisher: 'German and French officials (joint investigation)',
    title:
      '[Untitled] Joint German–French investigation into Iran’s use of drug networks to watch Jewish homes and firms',
    kind: SourceKind.INTELLIGENCE_REPORT,
    language: 'fr',
    published: {
      from: '2024-09',
      note: "Stated as 'published in September'. Year inferred as 2024: the most recent September before the special report (seed 003, mid-2025).",
    },
    description:
      "Known through the special report (seed 003), which calls it a joint German–French investigation by officials; the authoring bodies are not named. Language not stated: 'fr' is an assumption (it could equally be German).",
  },
];
