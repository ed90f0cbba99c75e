import { ActorKind } from '../../modules/actor/actor.enums';
import { Stance } from '../../shared/citation/stance.enum';
import type { SeedActor } from '../dataset.types';

// Unnamed people keep a descriptive name; ages are as printed in the 2024 AFP report.
// Wikidata IDs only where certain (countries).
export const actors: SeedActor[] = [
  // --- States -------------------------------------------------------------------------------
  {
    externalId: 'actor-iran',
    kind: ActorKind.STATE,
    name: 'Iran',
    aliases: ['Islamic Republic of Iran', 'Tehran'],
    countryCode: 'IR',
    wikidataId: 'Q794',
  },
  {
    externalId: 'actor-russia',
    kind: ActorKind.STATE,
    name: 'Russia',
    aliases: ['Moscow'],
    countryCode: 'RU',
    wikidataId: 'Q159',
  },
  {
    externalId: 'actor-united-states',
    kind: ActorKind.STATE,
    name: 'United States',
    aliases: ['Washington'],
    countryCode: 'US',
    wikidataId: 'Q30',
  },
  {
    externalId: 'actor-north-korea',
    kind: ActorKind.STATE,
    name: 'North Korea',
    countryCode: 'KP',
    wikidataId: 'Q423',
  },
  {
    externalId: 'actor-belgium',
    kind: ActorKind.STATE,
    name: 'Belgium',
    countryCode: 'BE',
    wikidataId: 'Q31',
  },
  {
    externalId: 'actor-western-states',
    kind: ActorKind.OTHER,
    name: 'Western countries (unspecified)',
    description:
      'States reported collectively as "Western countries" imposing sanction packages on Iran; the article names none of them (nor the EU).',
  },

  // --- State agencies and government bodies ----------------------------------------------------
  {
    externalId: 'actor-iranian-intelligence-services',
    kind: ActorKind.STATE_AGENCY,
    name: 'Iranian intelligence services',
    countryCode: 'IR',
    description:
      "Iran's secret services as referred to by the DGSI, MI5 and the French interior minister; no specific agency is named.",
  },
  {
    externalId: 'actor-irgc',
    kind: ActorKind.STATE_AGENCY,
    name: 'Islamic Revolutionary Guard Corps',
    aliases: ['IRGC'],
    countryCode: 'IR',
    description:
      'Shown in a Tasnim photo of July 3, 2023 trialling a training system for crews firing Fath-360 missiles (caption in seed 000).',
  },
  {
    externalId: 'actor-iran-un-mission',
    kind: ActorKind.GOVERNMENT_BODY,
    name: 'Permanent Mission of Iran to the United Nations',
    countryCode: 'IR',
    description: 'Denied, in a response to CNN, that Iran sent ballistic missiles to Russia.',
  },
  {
    externalId: 'actor-dgsi',
    kind: ActorKind.STATE_AGENCY,
    name: 'Direction générale de la sécurité intérieure',
    aliases: ['DGSI', 'General Directorate for Internal Security'],
    countryCode: 'FR',
    description:
      "France's internal security service; its report seen by AFP links the Marco Polo case to Iran.",
  },
  {
    externalId: 'actor-french-investigators',
    kind: ActorKind.STATE_AGENCY,
    name: 'French investigators and police (unspecified)',
    countryCode: 'FR',
    description:
      'Investigators and police whose findings reached AFP through police sources in the Marco Polo case; no unit is named.',
  },
  {
    externalId: 'actor-paris-court',
    kind: ActorKind.COURT,
    name: 'Paris court (unspecified)',
    countryCode: 'FR',
    description:
      'The Paris court that in May 2024 detained and charged the Marco Polo couple; the article does not name the court or judge.',
  },
  {
    externalId: 'actor-mi5',
    kind: ActorKind.STATE_AGENCY,
    name: 'MI5',
    aliases: ['Security Service'],
    countryCode: 'GB',
    description: "The UK's domestic security service.",
  },
  {
    externalId: 'actor-dutch-intelligence',
    kind: ActorKind.STATE_AGENCY,
    name: 'Dutch intelligence (service not named)',
    countryCode: 'NL',
    description:
      'Attributes the 2015 and 2017 killings of two Dutch-Iranian nationals to Iranian proxies; the article does not name the service.',
  },
  {
    externalId: 'actor-german-french-joint-investigation',
    kind: ActorKind.OTHER,
    name: 'German and French officials (joint investigation)',
    description:
      'Officials whose joint German–French inquiry came out in September (year inferred 2024); the bodies involved are not named.',
  },
  {
    externalId: 'actor-belgian-judiciary',
    kind: ActorKind.COURT,
    name: 'Belgian court (unspecified)',
    countryCode: 'BE',
    description:
      'Court that sentenced Assadolah Assadi and his accomplices. The article only implies Belgium (it says Belgium at first wanted Assadi held to account); court and date are not named.',
  },
  {
    externalId: 'actor-white-house-nsc',
    kind: ActorKind.GOVERNMENT_BODY,
    name: 'White House National Security Council',
    aliases: ['NSC'],
    countryCode: 'US',
  },
  {
    externalId: 'actor-us-state-department',
    kind: ActorKind.GOVERNMENT_BODY,
    name: 'U.S. Department of State',
    aliases: ['State Department'],
    countryCode: 'US',
  },

  // --- Media ------------------------------------------------------------------------------------
  {
    externalId: 'actor-mediapart',
    kind: ActorKind.MEDIA_OUTLET,
    name: 'Mediapart',
    countryCode: 'FR',
    description: "French news website that revealed the 'Marco Polo' case.",
  },

  // --- Officials --------------------------------------------------------------------------------
  {
    externalId: 'actor-bruno-retailleau',
    kind: ActorKind.PERSON,
    name: 'Bruno Retailleau',
    countryCode: 'FR',
    description:
      "France's Interior Minister at the time of the LCI interview; said Iran works through proxies often tied to drug traffickers, who may not know who is behind their contract.",
    citations: [
      {
        source: 'source-lci-retailleau-interview-2025',
        stance: Stance.REPORTS,
        excerpt: 'Seed 003 ¶2–¶3: interview on LCI, proxies linked to drug traffickers',
      },
    ],
  },
  {
    externalId: 'actor-ken-mccallum',
    kind: ActorKind.PERSON,
    name: 'Ken McCallum',
    countryCode: 'GB',
    description:
      'Director General of MI5; said Iranian intelligence often pays criminals, from cross-border drug smugglers to small-time crooks, to watch, threaten or try to kill people.',
    citations: [
      {
        source: 'source-mi5-mccallum-disclosure',
        stance: Stance.REPORTS,
        excerpt: 'Seed 003 ¶6: count of disrupted plots and use of criminals',
      },
    ],
  },
  {
    externalId: 'actor-sean-savett',
    kind: ActorKind.PERSON,
    name: 'Sean Savett',
    countryCode: 'US',
    description: 'Spokesperson, White House National Security Council.',
  },
  {
    externalId: 'actor-vedant-patel',
    kind: ActorKind.PERSON,
    name: 'Vedant Patel',
    countryCode: 'US',
    description: 'Deputy spokesperson, U.S. State Department.',
  },

  // --- Marco Polo case --------------------------------------------------------------------------
  {
    externalId: 'actor-abdelkrim-s',
    kind: ActorKind.PERSON,
    name: 'Abdelkrim S.',
    ageReported: 34,
    ageReportedOn: '2024',
    description:
      'Alleged to be the chief operative in France of an Iran-sponsored cell (Marco Polo case); charged May 4, 2024. Had earlier received a 10-year term over a Marseille killing; out on probation since July 2023. Age as printed in the 2024 AFP report about the charges. Nationality not stated.',
    citations: [
      {
        source: 'source-voa-afp-marco-polo-2024',
        stance: Stance.REPORTS,
        excerpt: 'Seed 000 ¶3, ¶8–¶9: age, charges, past sentence, role',
      },
    ],
  },
  {
    externalId: 'actor-sabrina-b',
    kind: ActorKind.PERSON,
    name: 'Sabrina B.',
    ageReported: 33,
    ageReportedOn: '2024',
    description:
      "Partner of Abdelkrim S., charged with him on May 4, 2024. The article also mentions 'his wife' travelling with him to Berlin; that she is Sabrina B. is a reading, not stated. Age as printed in the 2024 AFP report.",
    citations: [
      {
        source: 'source-voa-afp-marco-polo-2024',
        stance: Stance.REPORTS,
        excerpt: 'Seed 000 ¶3: age and charges',
      },
    ],
  },
  {
    externalId: 'actor-marco-polo-coordinator',
    kind: ActorKind.PERSON,
    name: 'Unnamed Lyon-area drug trafficker (Marco Polo cell coordinator)',
    countryCode: 'FR',
    description:
      "Per the DGSI, a leading drug dealer based around Lyon who acted as the cell's coordinator and probably travelled to Iran in May (year not stated; presumably 2024, the year of the report). Country code FR reflects residence near Lyon, not a stated nationality.",
    citations: [
      {
        source: 'source-dgsi-report-iran-terrorism',
        stance: Stance.REPORTS,
        excerpt: 'Seed 000 ¶10: coordinator, Lyon area, trip to Iran',
      },
    ],
  },
  {
    externalId: 'actor-marco-polo-former-inmate',
    kind: ActorKind.PERSON,
    name: 'Unnamed former fellow inmate of Abdelkrim S.',
    description: 'Believed to have put Abdelkrim S. in touch with the cell coordinator.',
    citations: [
      {
        source: 'source-dgsi-report-iran-terrorism',
        stance: Stance.REPORTS,
        excerpt: 'Seed 000 ¶10: link between suspect and coordinator',
      },
    ],
  },
  {
    externalId: 'actor-israeli-security-firm-former-employee',
    kind: ActorKind.PERSON,
    name: 'Unnamed Paris-based former employee of an Israeli security firm',
    description: 'Planned target of the Marco Polo cell. Neither the person nor the firm is named.',
  },
  {
    externalId: 'actor-israeli-security-firm-colleagues',
    kind: ActorKind.GROUP_OF_PEOPLE,
    name: 'Three colleagues of the former Israeli security firm employee (Paris suburbs)',
    description:
      'Three unnamed colleagues living in the Paris suburbs, planned targets of the Marco Polo cell.',
  },
  {
    externalId: 'actor-israeli-german-citizens-munich-berlin',
    kind: ActorKind.GROUP_OF_PEOPLE,
    name: 'Three Israeli-German nationals (Munich and Berlin)',
    description:
      'Planned targets of the Marco Polo cell; how the three are split between the two cities is not reported.',
  },
  {
    externalId: 'actor-israeli-owned-companies-south-of-france',
    kind: ActorKind.COMPANY,
    name: 'Four Israeli-owned companies (south of France)',
    description:
      'Four unnamed companies, reported only together, that the Marco Polo cell allegedly plotted to set on fire.',
  },

  // --- 2018 Villepinte bomb plot ----------------------------------------------------------------
  {
    externalId: 'actor-assadolah-assadi',
    kind: ActorKind.PERSON,
    name: 'Assadolah Assadi',
    countryCode: 'IR',
    description:
      'Iranian diplomat who turned out to be a senior intelligence officer; carried TATP and a detonator to Austria for the 2018 plot, sentenced to 20 years, released in 2023 in a prisoner exchange. Spelling as in the article.',
    citations: [
      {
        source: 'source-special-report-terror-traffickers-tehran-2025',
        stance: Stance.REPORTS,
        excerpt: 'Seed 003 ¶4–¶5',
      },
    ],
  },
  {
    externalId: 'actor-belgian-iranian-couple',
    kind: ActorKind.GROUP_OF_PEOPLE,
    name: 'Belgian-Iranian couple (2018 bomb plot)',
    countryCode: 'BE',
    description:
      'Unnamed couple who received the explosives from Assadi and were to carry out the 2018 attack. Country code BE reflects the reported Belgian-Iranian nationality.',
  },
  {
    externalId: 'actor-assadi-accomplices',
    kind: ActorKind.GROUP_OF_PEOPLE,
    name: "Assadi's three accomplices",
    description:
      'Sentenced to between 15 and 18 years. The article does not say whether the Belgian-Iranian couple are among them, nor give individual terms.',
  },
  {
    externalId: 'actor-iranian-opposition-rally-2018',
    kind: ActorKind.GROUP_OF_PEOPLE,
    name: 'Participants in the 2018 Iranian opposition rally near Paris',
    description:
      'The opposition rally targeted by the 2018 bomb plot; the organising movement is not named in the article.',
  },
  {
    externalId: 'actor-europeans-detained-in-iran',
    kind: ActorKind.GROUP_OF_PEOPLE,
    name: 'Four Europeans detained in Iran (2023 exchange)',
    description:
      'Exchanged for Assadi in 2023; their detentions were widely criticised as politically motivated. Names and nationalities not given.',
  },

  // --- Netherlands / Spain ----------------------------------------------------------------------
  {
    externalId: 'actor-iranian-proxies-netherlands',
    kind: ActorKind.GROUP_OF_PEOPLE,
    name: 'Iranian proxies (Netherlands killings, 2015 and 2017)',
    description: 'Unnamed proxies to whom Dutch intelligence attributes the two killings.',
  },
  {
    externalId: 'actor-dutch-iranian-victim-2015',
    kind: ActorKind.PERSON,
    name: 'Unnamed Dutch-Iranian national killed in 2015',
    countryCode: 'NL',
  },
  {
    externalId: 'actor-dutch-iranian-victim-2017',
    kind: ActorKind.PERSON,
    name: 'Unnamed Dutch-Iranian national killed in 2017',
    countryCode: 'NL',
  },
  {
    externalId: 'actor-haarlem-suspect-madrid-link',
    kind: ActorKind.PERSON,
    name: 'Unnamed Haarlem suspect linked to the Madrid shooting',
    description:
      'One of two suspects arrested in Haarlem after an attempt on an Iranian dissident; linked to the November 2023 Madrid shooting of Alejo Vidal-Quadras.',
  },
  {
    externalId: 'actor-haarlem-suspect-second',
    kind: ActorKind.PERSON,
    name: 'Second unnamed Haarlem suspect',
    description: 'The other suspect arrested in Haarlem after the attempt on an Iranian dissident.',
  },
  {
    externalId: 'actor-iranian-dissident-haarlem-case',
    kind: ActorKind.PERSON,
    name: 'Unnamed Iranian dissident (Haarlem case)',
    description: 'Target of the attempt on his or her life that led to the Haarlem arrests.',
  },
  {
    externalId: 'actor-alejo-vidal-quadras',
    kind: ActorKind.PERSON,
    name: 'Alejo Vidal-Quadras',
    countryCode: 'ES',
    description: 'Spanish politician, target of a failed shooting in Madrid in November 2023.',
  },

  // --- Proxies in other aggregates --------------------------------------------------------------
  {
    externalId: 'actor-criminals-hired-uk',
    kind: ActorKind.GROUP_OF_PEOPLE,
    name: 'Criminals contracted by Iranian intelligence (UK)',
    description:
      'Per MI5: anyone from cross-border drug smugglers to small-time criminals, paid for surveillance, intimidation and attempted killings.',
  },
  {
    externalId: 'actor-iranian-operatives-joint-investigation',
    kind: ActorKind.GROUP_OF_PEOPLE,
    name: 'Iranian operatives (German–French investigation)',
    countryCode: 'IR',
    description:
      'Unnamed Iranian operatives who, per the joint German–French investigation, recruited criminals via drug-trafficking networks.',
  },
  {
    externalId: 'actor-criminals-hired-jewish-sites-surveillance',
    kind: ActorKind.GROUP_OF_PEOPLE,
    name: 'Criminals recruited via drug networks (surveillance of Jewish sites)',
    description:
      'Unnamed criminals in Paris, Berlin and Munich, per the joint German–French investigation.',
  },
  {
    externalId: 'actor-jewish-homes-businesses-paris-berlin-munich',
    kind: ActorKind.GROUP_OF_PEOPLE,
    name: 'Jewish homes and firms (Paris, Berlin, Munich)',
    description:
      'Jewish homes and businesses surveilled, per the joint German–French investigation; none are named.',
  },

  // --- Missile transfer and sanctions -----------------------------------------------------------
  {
    externalId: 'actor-russian-military-personnel-trained-in-iran',
    kind: ActorKind.GROUP_OF_PEOPLE,
    name: 'Russian military personnel trained in Iran on the Fath-360',
    countryCode: 'RU',
    description:
      'Dozens of Russian military personnel reported by Reuters (late August 2024) to be training in Iran on the Fath-360 system.',
  },
  {
    externalId: 'actor-iranian-individuals-and-institutions',
    kind: ActorKind.OTHER,
    name: 'Iranian individuals and institutions (sanctioned)',
    countryCode: 'IR',
    description:
      'People and entities in Iran targeted, collectively and unnamed, by Western sanction packages over cooperation with Russia.',
  },
];
