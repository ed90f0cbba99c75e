import { IncidentOutcome, IncidentType } from '../../modules/incident/incident.enums';
import { ActorRoleKind } from '../../shared/actor-role/actor-role.enum';
import { Stance } from '../../shared/citation/stance.enum';
import { Confidence } from '../../shared/confidence.enum';
import type { SeedCitation, SeedIncident } from '../dataset.types';

const MARCO_POLO_AFP = (excerpt: string): SeedCitation => ({
  source: 'source-voa-afp-marco-polo-2024',
  stance: Stance.REPORTS,
  excerpt,
});
const SPECIAL_REPORT = (excerpt: string): SeedCitation => ({
  source: 'source-special-report-terror-traffickers-tehran-2025',
  stance: Stance.REPORTS,
  excerpt,
});

/** One record per city named by the joint German–French investigation; the three differ only in place. */
function jewishSitesSurveillance(externalId: string, place: string, city: string): SeedIncident {
  return {
    externalId,
    title: `Surveillance of Jewish homes and firms in ${city} by criminals working for Iran`,
    type: IncidentType.SURVEILLANCE,
    outcome: IncidentOutcome.UNKNOWN,
    confidence: Confidence.ALLEGED,
    place,
    plot: 'plot-jewish-sites-surveillance-paris-berlin-munich',
    description:
      'According to the joint German–French inquiry, Iranian operatives used drug networks to recruit criminals who watched Jewish homes and firms in Paris, Berlin and Munich. Dates, and whether the surveillance took place in each city, are not reported.',
    roles: [
      { actor: 'actor-iran', role: ActorRoleKind.SPONSOR, note: 'Per the joint investigation.' },
      { actor: 'actor-iranian-operatives-joint-investigation', role: ActorRoleKind.RECRUITER },
      { actor: 'actor-criminals-hired-jewish-sites-surveillance', role: ActorRoleKind.PERPETRATOR },
      { actor: 'actor-jewish-homes-businesses-paris-berlin-munich', role: ActorRoleKind.TARGET },
    ],
    citations: [
      {
        source: 'source-joint-german-french-investigation-2024',
        stance: Stance.REPORTS,
        excerpt: 'Seed 003 ¶7',
      },
      SPECIAL_REPORT('Seed 003 ¶7'),
    ],
  };
}

export const incidents: SeedIncident[] = [
  // --- Marco Polo ---------------------------------------------------------------------------------
  {
    externalId: 'incident-marco-polo-paris-targets',
    title:
      'Planned killing of a former Israeli security firm employee and three colleagues in the Paris area',
    type: IncidentType.ASSASSINATION,
    outcome: IncidentOutcome.FOILED,
    confidence: Confidence.ALLEGED,
    place: 'place-paris',
    plot: 'plot-marco-polo',
    description:
      'Intended victims: a man living in Paris who used to work for an Israeli security company, and three co-workers of his who live in the Paris suburbs. Stopped by the May 2024 charges. No date for the planned attack is reported, so `date` is left out.',
    roles: [
      { actor: 'actor-iranian-intelligence-services', role: ActorRoleKind.SPONSOR },
      {
        actor: 'actor-abdelkrim-s',
        role: ActorRoleKind.PERPETRATOR,
        note: 'Main France-based operative of the cell.',
      },
      { actor: 'actor-israeli-security-firm-former-employee', role: ActorRoleKind.TARGET },
      {
        actor: 'actor-israeli-security-firm-colleagues',
        role: ActorRoleKind.TARGET,
        note: 'Living in the Paris suburbs.',
      },
    ],
    citations: [MARCO_POLO_AFP('Seed 000 ¶11: Paris-area targets')],
  },
  {
    externalId: 'incident-marco-polo-germany-targets',
    title: 'Planned killing of three Israeli-German nationals in Berlin and Munich',
    type: IncidentType.ASSASSINATION,
    outcome: IncidentOutcome.FOILED,
    confidence: Confidence.ALLEGED,
    place: 'place-germany',
    plot: 'plot-marco-polo',
    description:
      'Three people holding Israeli and German citizenship, with homes in Berlin and Munich, also figured among the targets. Placed at country level because the split between the two cities is not reported. No date reported.',
    roles: [
      { actor: 'actor-iranian-intelligence-services', role: ActorRoleKind.SPONSOR },
      {
        actor: 'actor-abdelkrim-s',
        role: ActorRoleKind.PERPETRATOR,
        note: 'Main France-based operative of the cell.',
      },
      { actor: 'actor-israeli-german-citizens-munich-berlin', role: ActorRoleKind.TARGET },
    ],
    citations: [MARCO_POLO_AFP('Seed 000 ¶12: German targets')],
  },
  {
    externalId: 'incident-marco-polo-germany-scouting',
    title: 'Scouting trips to Germany, including Berlin, by Abdelkrim S.',
    type: IncidentType.SURVEILLANCE,
    outcome: IncidentOutcome.COMPLETED,
    confidence: Confidence.ALLEGED,
    place: 'place-germany',
    plot: 'plot-marco-polo',
    date: {
      from: '2023-07',
      to: '2024-05',
      note: "Not dated in the article. Bounded by his July 2023 probation release (the trips were made 'despite his probation') and the May 4, 2024 charges (year inferred).",
    },
    description:
      'Investigators believe he went to Germany several times to scout, including trips to Berlin with his wife (presumably Sabrina B.). He denied this, saying he only had shopping to do there.',
    roles: [
      { actor: 'actor-abdelkrim-s', role: ActorRoleKind.PERPETRATOR },
      {
        actor: 'actor-abdelkrim-s',
        role: ActorRoleKind.DENIER,
        note: 'Said the trips were for purchases.',
      },
      {
        actor: 'actor-sabrina-b',
        role: ActorRoleKind.ACCOMPLICE,
        note: "The article says 'his wife'; identifying her as Sabrina B. is a reading, not stated.",
      },
      { actor: 'actor-french-investigators', role: ActorRoleKind.INVESTIGATING_AUTHORITY },
    ],
    citations: [
      MARCO_POLO_AFP("Seed 000 ¶13: investigators' view of the trips"),
      {
        source: 'source-voa-afp-marco-polo-2024',
        stance: Stance.DENIES,
        excerpt: 'Seed 000 ¶14: his denial (purchases only)',
      },
    ],
  },
  {
    externalId: 'incident-marco-polo-arson-south-of-france',
    title: 'Planned arson against four Israeli-owned firms in southern France',
    type: IncidentType.ARSON,
    outcome: IncidentOutcome.UNKNOWN,
    confidence: Confidence.ALLEGED,
    place: 'place-south-of-france',
    plot: 'plot-marco-polo',
    date: {
      from: '2023-12',
      to: '2024-01',
      note: 'Stated as late December 2023 to early January 2024.',
    },
    description:
      'French authorities, per a police source, attribute to the cell plans to torch four Israeli-owned firms. Whether any fire was set is not reported. Abdelkrim S. rejects this: he says he only relayed messages on Telegram between the mastermind and others planning an insurance scam.',
    roles: [
      {
        actor: 'actor-abdelkrim-s',
        role: ActorRoleKind.PERPETRATOR,
        note: 'As member of the cell credited with the plots.',
      },
      {
        actor: 'actor-abdelkrim-s',
        role: ActorRoleKind.DENIER,
        note: 'Claims it was an insurance scam in which he was a Telegram go-between.',
      },
      { actor: 'actor-israeli-owned-companies-south-of-france', role: ActorRoleKind.TARGET },
      {
        actor: 'actor-french-investigators',
        role: ActorRoleKind.ATTRIBUTING_AUTHORITY,
        note: 'French authorities, per a police source.',
      },
    ],
    citations: [
      MARCO_POLO_AFP('Seed 000 ¶15: arson plots, per a police source'),
      {
        source: 'source-voa-afp-marco-polo-2024',
        stance: Stance.DISPUTES,
        excerpt: 'Seed 000 ¶16: his insurance-scam account',
      },
    ],
  },
  {
    // Context for the sentence record: the format has no sentence→incident link.
    externalId: 'incident-marseille-killing-abdelkrim-s',
    title: 'Killing in Marseille for which Abdelkrim S. was sentenced to 10 years',
    type: IncidentType.OTHER,
    outcome: IncidentOutcome.COMPLETED,
    confidence: Confidence.CONVICTED,
    place: 'place-marseille',
    killed: 1,
    description:
      "An earlier killing, not linked to Iran in the article, for which Abdelkrim S. received 10 years. Means, victim and date are not reported; 'a killing' is read as one death.",
    roles: [{ actor: 'actor-abdelkrim-s', role: ActorRoleKind.PERPETRATOR, note: 'Convicted.' }],
    citations: [MARCO_POLO_AFP('Seed 000 ¶8: earlier sentence')],
  },

  // --- 2018 Villepinte bomb plot -----------------------------------------------------------------
  {
    externalId: 'incident-villepinte-bomb-plot-2018',
    title: 'Foiled bombing of an Iranian opposition rally near Paris',
    type: IncidentType.BOMB_PLOT,
    outcome: IncidentOutcome.FOILED,
    confidence: Confidence.CONVICTED,
    date: { from: '2018' },
    place: 'place-villepinte',
    plot: 'plot-villepinte-2018',
    description:
      "A Belgian-Iranian couple was to bomb an Iranian opposition rally with TATP supplied by Assadolah Assadi. The article says only 'near Paris'; the Villepinte location is added from the project brief, not from the article.",
    roles: [
      {
        actor: 'actor-iran',
        role: ActorRoleKind.SPONSOR,
        note: 'Implied by the organiser being an Iranian intelligence officer.',
      },
      { actor: 'actor-assadolah-assadi', role: ActorRoleKind.ORGANISER },
      { actor: 'actor-belgian-iranian-couple', role: ActorRoleKind.PERPETRATOR },
      { actor: 'actor-iranian-opposition-rally-2018', role: ActorRoleKind.TARGET },
      {
        actor: 'actor-bruno-retailleau',
        role: ActorRoleKind.ATTRIBUTING_AUTHORITY,
        note: "Cited as an example of Iran's method.",
      },
    ],
    citations: [
      SPECIAL_REPORT('Seed 003 ¶4: the 2018 attempted bombing'),
      {
        source: 'source-lci-retailleau-interview-2025',
        stance: Stance.REPORTS,
        excerpt: 'Seed 003 ¶4: cited by the minister',
      },
    ],
  },
  {
    externalId: 'incident-assadi-tatp-smuggling-austria',
    title: 'Assadi flies TATP and a detonator to Austria on an airliner',
    type: IncidentType.WEAPONS_SMUGGLING,
    outcome: IncidentOutcome.COMPLETED,
    confidence: Confidence.CONVICTED,
    date: {
      from: '2018',
      note: 'The article dates the plot (2018), not the flight; year taken from the plot.',
    },
    place: 'place-austria',
    plot: 'plot-villepinte-2018',
    description:
      'Assadi flew to Austria on a scheduled airliner carrying 0.5 kg of TATP and a detonator, which he then passed to the Belgian-Iranian couple.',
    roles: [
      { actor: 'actor-assadolah-assadi', role: ActorRoleKind.PERPETRATOR },
      {
        actor: 'actor-belgian-iranian-couple',
        role: ActorRoleKind.RECIPIENT,
        note: 'Received the explosives and detonator.',
      },
    ],
    citations: [SPECIAL_REPORT('Seed 003 ¶4: explosives, flight, hand-over')],
  },

  // --- Netherlands ---------------------------------------------------------------------------------
  {
    externalId: 'incident-nl-killing-2015',
    title: 'Killing of a Dutch-Iranian national (2015)',
    type: IncidentType.ASSASSINATION,
    outcome: IncidentOutcome.COMPLETED,
    confidence: Confidence.ALLEGED,
    date: { from: '2015' },
    place: 'place-netherlands',
    plot: 'plot-netherlands-killings-2015-2017',
    killed: 1,
    description:
      'Attributed by Dutch intelligence to Iranian proxies. The article gives no city, victim name or circumstances.',
    roles: [
      { actor: 'actor-iran', role: ActorRoleKind.SPONSOR, note: 'Alleged by Dutch intelligence.' },
      { actor: 'actor-iranian-proxies-netherlands', role: ActorRoleKind.PERPETRATOR },
      { actor: 'actor-dutch-iranian-victim-2015', role: ActorRoleKind.VICTIM },
      { actor: 'actor-dutch-intelligence', role: ActorRoleKind.ATTRIBUTING_AUTHORITY },
    ],
    citations: [
      {
        source: 'source-dutch-intelligence-attribution',
        stance: Stance.REPORTS,
        excerpt: 'Seed 003 ¶7',
      },
      SPECIAL_REPORT('Seed 003 ¶7'),
    ],
  },
  {
    externalId: 'incident-nl-killing-2017',
    title: 'Killing of a Dutch-Iranian national (2017)',
    type: IncidentType.ASSASSINATION,
    outcome: IncidentOutcome.COMPLETED,
    confidence: Confidence.ALLEGED,
    date: { from: '2017' },
    place: 'place-netherlands',
    plot: 'plot-netherlands-killings-2015-2017',
    killed: 1,
    description:
      'Attributed by Dutch intelligence to Iranian proxies. The article gives no city, victim name or circumstances.',
    roles: [
      { actor: 'actor-iran', role: ActorRoleKind.SPONSOR, note: 'Alleged by Dutch intelligence.' },
      { actor: 'actor-iranian-proxies-netherlands', role: ActorRoleKind.PERPETRATOR },
      { actor: 'actor-dutch-iranian-victim-2017', role: ActorRoleKind.VICTIM },
      { actor: 'actor-dutch-intelligence', role: ActorRoleKind.ATTRIBUTING_AUTHORITY },
    ],
    citations: [
      {
        source: 'source-dutch-intelligence-attribution',
        stance: Stance.REPORTS,
        excerpt: 'Seed 003 ¶7',
      },
      SPECIAL_REPORT('Seed 003 ¶7'),
    ],
  },
  {
    externalId: 'incident-haarlem-dissident-attempt',
    title: 'Attempted killing of an Iranian dissident (Haarlem arrests)',
    type: IncidentType.ATTEMPTED_ASSASSINATION,
    outcome: IncidentOutcome.ATTEMPTED,
    confidence: Confidence.REPORTED,
    description:
      "Two suspects were detained in Haarlem following a bid to kill an Iranian dissident. The article gives no date ('most recently' only) and does not say where the attempt took place (only where the arrests were), so `date` and `place` are left out. It lists the case among examples of Iran's use of criminal proxies but does not attribute it explicitly, so no sponsor role is recorded.",
    roles: [
      { actor: 'actor-iranian-dissident-haarlem-case', role: ActorRoleKind.TARGET },
      {
        actor: 'actor-haarlem-suspect-madrid-link',
        role: ActorRoleKind.SUSPECT,
        note: 'Arrested; charges not reported.',
      },
      {
        actor: 'actor-haarlem-suspect-second',
        role: ActorRoleKind.SUSPECT,
        note: 'Arrested; charges not reported.',
      },
    ],
    citations: [SPECIAL_REPORT('Seed 003 ¶7: Haarlem arrests')],
  },
  {
    externalId: 'incident-madrid-vidal-quadras-shooting-2023',
    title: 'Failed shooting of Alejo Vidal-Quadras, Spanish politician, in Madrid',
    type: IncidentType.ATTEMPTED_ASSASSINATION,
    outcome: IncidentOutcome.ATTEMPTED,
    confidence: Confidence.REPORTED,
    date: { from: '2023-11' },
    place: 'place-madrid',
    description:
      'A failed shooting of Alejo Vidal-Quadras in November 2023. One of the Haarlem suspects has been linked to it. No sponsor is named in the article, so none is recorded; injuries are not reported.',
    roles: [
      { actor: 'actor-alejo-vidal-quadras', role: ActorRoleKind.TARGET },
      {
        actor: 'actor-haarlem-suspect-madrid-link',
        role: ActorRoleKind.SUSPECT,
        note: 'Linked to the shooting, per the article.',
      },
    ],
    citations: [SPECIAL_REPORT('Seed 003 ¶7: link to the Madrid shooting')],
  },

  // --- Joint German–French investigation -----------------------------------------------------------
  jewishSitesSurveillance('incident-jewish-sites-surveillance-paris', 'place-paris', 'Paris'),
  jewishSitesSurveillance('incident-jewish-sites-surveillance-berlin', 'place-berlin', 'Berlin'),
  jewishSitesSurveillance('incident-jewish-sites-surveillance-munich', 'place-munich', 'Munich'),
];
