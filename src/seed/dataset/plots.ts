import { PlotStatus, TargetKind } from '../../modules/plot/plot.enums';
import { ActorRoleKind } from '../../shared/actor-role/actor-role.enum';
import { Stance } from '../../shared/citation/stance.enum';
import { Confidence } from '../../shared/confidence.enum';
import type { SeedPlot } from '../dataset.types';

// The DGSI's view that Iran's services "resumed a targeted killing policy" in 2015 is kept as context
// in the Marco Polo summary rather than as its own aggregate plot: it is a judgement about a policy,
// with no count, targets or acts of its own, and `aggregateCount` is meant for counted plots (MI5's
// "at least 20"). The articles do not tie the Dutch 2015/2017 killings to that DGSI statement, so
// neither record points at the other.

const IRAN_GENERAL_DENIAL = {
  source: 'source-special-report-terror-traffickers-tehran-2025',
  stance: Stance.DENIES,
  excerpt:
    'Seed 003 ¶8: Iran repeatedly denies any violent or subversive activity in Europe (general denial, not specific to this case)',
};

export const plots: SeedPlot[] = [
  {
    externalId: 'plot-marco-polo',
    name: 'Marco Polo: Iranian-sponsored plots to kill Jews and Israelis in France and Germany',
    codename: 'Marco Polo',
    summary:
      "A cell allegedly sponsored by Iranian intelligence planned to kill Jews and Israelis in France and Germany: a former Israeli security company employee in Paris and three co-workers in the suburbs, and three Israeli-German nationals in Berlin and Munich. It is also blamed for plans to torch four Israeli-owned firms in southern France (Dec 2023 – Jan 2024). Its main France-based operative, Abdelkrim S., a former convict on probation, was put in touch with a Lyon-area drug trafficker acting as coordinator by a former fellow inmate. He and his partner Sabrina B. were charged in Paris on May 4, 2024. The DGSI sees the case as a sign of revived Iranian state terrorism in Europe: in its view Iran's services went back to a policy of targeted killings from 2015, a threat made worse by the Israel–Hamas war. Iranian intelligence allegedly meant to strike civilians and frighten Iranian opponents, Jews and Israelis in Europe, and Iran stands accused of using criminals, drug barons among them, for such work.",
    status: PlotStatus.FOILED,
    confidence: Confidence.CHARGED,
    period: {
      from: '2023-07',
      to: '2024-05',
      note: "Span of the reported activity, not a stated start: scouting trips were made 'despite his probation' (from July 2023), arson plots date to Dec 2023 – Jan 2024, and the cell was stopped by the May 4 charges (year inferred as 2024).",
    },
    targetKinds: [
      TargetKind.JEWISH_COMMUNITY,
      TargetKind.ISRAELI_NATIONALS,
      TargetKind.ISRAELI_BUSINESSES,
    ],
    targetCountries: ['FR', 'DE'],
    disclosed: {
      from: '2024',
      note: "Revealed by Mediapart on a 'Thursday' after the May 4 charges; year inferred as 2024 (see the charge date), exact day not stated.",
    },
    roles: [
      {
        actor: 'actor-iran',
        role: ActorRoleKind.SPONSOR,
        note: 'Alleged by the DGSI and French authorities.',
      },
      {
        actor: 'actor-iranian-intelligence-services',
        role: ActorRoleKind.SPONSOR,
        note: 'The DGSI names the Iranian (secret) services.',
      },
      {
        actor: 'actor-marco-polo-coordinator',
        role: ActorRoleKind.COORDINATOR,
        note: 'Big Lyon-area drug dealer, per the DGSI.',
      },
      {
        actor: 'actor-marco-polo-former-inmate',
        role: ActorRoleKind.INTERMEDIARY,
        note: 'Believed to have connected Abdelkrim S. with the coordinator.',
      },
      {
        actor: 'actor-abdelkrim-s',
        role: ActorRoleKind.PERPETRATOR,
        note: 'Alleged chief operative in France.',
      },
      {
        actor: 'actor-sabrina-b',
        role: ActorRoleKind.ACCOMPLICE,
        note: 'Charged with him; her part is not detailed.',
      },
      { actor: 'actor-israeli-security-firm-former-employee', role: ActorRoleKind.TARGET },
      { actor: 'actor-israeli-security-firm-colleagues', role: ActorRoleKind.TARGET },
      { actor: 'actor-israeli-german-citizens-munich-berlin', role: ActorRoleKind.TARGET },
      {
        actor: 'actor-israeli-owned-companies-south-of-france',
        role: ActorRoleKind.TARGET,
        note: 'Arson plots.',
      },
      { actor: 'actor-mediapart', role: ActorRoleKind.DISCLOSER, note: 'Revealed the case.' },
      {
        actor: 'actor-dgsi',
        role: ActorRoleKind.DISCLOSER,
        note: 'Through its report seen by AFP.',
      },
      {
        actor: 'actor-dgsi',
        role: ActorRoleKind.ATTRIBUTING_AUTHORITY,
        note: 'Its report ties the case to Iranian state-sponsored terrorism.',
      },
      { actor: 'actor-french-investigators', role: ActorRoleKind.INVESTIGATING_AUTHORITY },
      {
        actor: 'actor-paris-court',
        role: ActorRoleKind.COURT,
        note: 'Charged and detained the couple; no trial reported.',
      },
    ],
    citations: [
      {
        source: 'source-voa-afp-marco-polo-2024',
        stance: Stance.REPORTS,
        excerpt:
          'Seed 000 ¶1–¶16: whole Marco Polo account (police sources and DGSI report via AFP)',
      },
      {
        source: 'source-mediapart-marco-polo-2024',
        stance: Stance.REPORTS,
        excerpt: 'Seed 000 ¶1, ¶4: Mediapart revealed the case (known only through AFP)',
      },
      {
        source: 'source-dgsi-report-iran-terrorism',
        stance: Stance.REPORTS,
        excerpt:
          'Seed 000 ¶4–¶7, ¶10: revival of Iranian state terrorism since 2015; cell coordinator',
      },
    ],
  },
  {
    externalId: 'plot-villepinte-2018',
    name: '2018 bomb plot against an Iranian opposition rally near Paris',
    summary:
      'An Iranian diplomat later exposed as a senior intelligence officer, Assadolah Assadi, flew half a kilogram of TATP and a detonator to Austria and handed them to a Belgian-Iranian couple tasked with bombing an Iranian opposition rally near Paris. The attack did not take place. Assadi got 20 years and three accomplices 15 to 18 years; Assadi was freed in 2023 in a prisoner exchange. French Interior Minister Bruno Retailleau cited the case as an example of how Iran works through intermediaries.',
    status: PlotStatus.FOILED,
    confidence: Confidence.CONVICTED,
    period: { from: '2018' },
    targetKinds: [TargetKind.OPPOSITION_GATHERING, TargetKind.DISSIDENTS],
    targetCountries: ['FR'],
    roles: [
      {
        actor: 'actor-iran',
        role: ActorRoleKind.SPONSOR,
        note: "Implied: the plot's organiser was an Iranian diplomat and intelligence officer, and Retailleau cites it as Iran's method.",
      },
      { actor: 'actor-assadolah-assadi', role: ActorRoleKind.ORGANISER },
      {
        actor: 'actor-belgian-iranian-couple',
        role: ActorRoleKind.PERPETRATOR,
        note: 'Were to carry out the bombing.',
      },
      {
        actor: 'actor-assadi-accomplices',
        role: ActorRoleKind.ACCOMPLICE,
        note: 'Sentenced as his accomplices; overlap with the couple not stated.',
      },
      { actor: 'actor-iranian-opposition-rally-2018', role: ActorRoleKind.TARGET },
      {
        actor: 'actor-bruno-retailleau',
        role: ActorRoleKind.ATTRIBUTING_AUTHORITY,
        note: "Cited it on LCI as an example of Iran's use of intermediaries.",
      },
      { actor: 'actor-belgian-judiciary', role: ActorRoleKind.COURT },
    ],
    citations: [
      {
        source: 'source-special-report-terror-traffickers-tehran-2025',
        stance: Stance.REPORTS,
        excerpt: 'Seed 003 ¶4–¶5: plot, explosives, sentences, 2023 release',
      },
      {
        source: 'source-lci-retailleau-interview-2025',
        stance: Stance.REPORTS,
        excerpt: 'Seed 003 ¶4: the minister cites the 2018 plot as an example',
      },
    ],
  },
  {
    externalId: 'plot-netherlands-killings-2015-2017',
    name: 'Killings of two Dutch-Iranians in the Netherlands (2015 and 2017)',
    summary:
      'Dutch intelligence attributes the killings of two Dutch-Iranian nationals, one in 2015 and one in 2017, to proxies acting for Iran. Grouped in one plot because the attribution covers both; victims and circumstances are not given.',
    status: PlotStatus.EXECUTED,
    confidence: Confidence.ALLEGED,
    period: { from: '2015', to: '2017' },
    targetKinds: [TargetKind.OTHER],
    targetCountries: ['NL'],
    roles: [
      {
        actor: 'actor-iran',
        role: ActorRoleKind.SPONSOR,
        note: 'Alleged by Dutch intelligence (through proxies).',
      },
      {
        actor: 'actor-iran',
        role: ActorRoleKind.DENIER,
        note: 'General denial of violent activity in Europe.',
      },
      { actor: 'actor-iranian-proxies-netherlands', role: ActorRoleKind.PERPETRATOR },
      { actor: 'actor-dutch-iranian-victim-2015', role: ActorRoleKind.VICTIM },
      { actor: 'actor-dutch-iranian-victim-2017', role: ActorRoleKind.VICTIM },
      { actor: 'actor-dutch-intelligence', role: ActorRoleKind.ATTRIBUTING_AUTHORITY },
    ],
    citations: [
      {
        source: 'source-dutch-intelligence-attribution',
        stance: Stance.REPORTS,
        excerpt: 'Seed 003 ¶7: attribution to Iranian proxies',
      },
      {
        source: 'source-special-report-terror-traffickers-tehran-2025',
        stance: Stance.REPORTS,
        excerpt: 'Seed 003 ¶7',
      },
      IRAN_GENERAL_DENIAL,
    ],
  },
  {
    externalId: 'plot-mi5-uk-plots-since-2022',
    name: 'Iranian-sponsored plots against people in the UK disrupted since 2022 (MI5 count)',
    summary:
      'MI5 Director General Ken McCallum says UK authorities have disrupted no fewer than 20 Iran-backed plots against British citizens since 2022 (20 is a lower bound). In his account Iranian intelligence often pays criminals, from cross-border drug smugglers to small-time crooks, to watch, threaten or try to kill people. The individual plots are not described.',
    status: PlotStatus.FOILED,
    confidence: Confidence.ALLEGED,
    aggregateCount: 20,
    period: {
      from: '2022',
      ongoing: true,
      note: "'Since 2022'; the count runs to the undated disclosure.",
    },
    targetKinds: [TargetKind.CIVILIANS],
    targetCountries: ['GB'],
    roles: [
      { actor: 'actor-iran', role: ActorRoleKind.SPONSOR, note: 'Per MI5.' },
      {
        actor: 'actor-iran',
        role: ActorRoleKind.DENIER,
        note: 'General denial of violent activity in Europe.',
      },
      {
        actor: 'actor-iranian-intelligence-services',
        role: ActorRoleKind.SPONSOR,
        note: 'Per MI5.',
      },
      {
        actor: 'actor-criminals-hired-uk',
        role: ActorRoleKind.PERPETRATOR,
        note: 'Contracted criminals, per MI5.',
      },
      { actor: 'actor-ken-mccallum', role: ActorRoleKind.DISCLOSER },
      { actor: 'actor-mi5', role: ActorRoleKind.ATTRIBUTING_AUTHORITY },
    ],
    citations: [
      {
        source: 'source-mi5-mccallum-disclosure',
        stance: Stance.REPORTS,
        excerpt: 'Seed 003 ¶6: at least 20 plots since 2022; use of criminals',
      },
      {
        source: 'source-special-report-terror-traffickers-tehran-2025',
        stance: Stance.REPORTS,
        excerpt: 'Seed 003 ¶6',
      },
      IRAN_GENERAL_DENIAL,
    ],
  },
  {
    externalId: 'plot-jewish-sites-surveillance-paris-berlin-munich',
    name: 'Surveillance of Jewish homes and firms in Paris, Berlin and Munich through hired criminals',
    summary:
      "A joint German–French inquiry found that Iranian operatives used drug networks to recruit criminals who watched Jewish homes and firms in Paris, Berlin and Munich. The article does not say whether this is the Marco Polo case; the cities, targets and method overlap, so the two records may describe the same network. French Interior Minister Retailleau describes the same pattern: Iran's proxies, often tied to drug traffickers, may take a contract without knowing Iran is behind it.",
    status: PlotStatus.UNKNOWN,
    confidence: Confidence.ALLEGED,
    targetKinds: [TargetKind.JEWISH_COMMUNITY, TargetKind.BUSINESSES],
    targetCountries: ['FR', 'DE'],
    disclosed: {
      from: '2024-09',
      note: "'Published in September'; year inferred as 2024, the last September before the special report (mid-2025).",
    },
    roles: [
      { actor: 'actor-iran', role: ActorRoleKind.SPONSOR, note: 'Per the joint investigation.' },
      {
        actor: 'actor-iran',
        role: ActorRoleKind.DENIER,
        note: 'General denial of violent activity in Europe.',
      },
      { actor: 'actor-iranian-operatives-joint-investigation', role: ActorRoleKind.RECRUITER },
      { actor: 'actor-criminals-hired-jewish-sites-surveillance', role: ActorRoleKind.PERPETRATOR },
      { actor: 'actor-jewish-homes-businesses-paris-berlin-munich', role: ActorRoleKind.TARGET },
      { actor: 'actor-german-french-joint-investigation', role: ActorRoleKind.DISCLOSER },
      {
        actor: 'actor-german-french-joint-investigation',
        role: ActorRoleKind.ATTRIBUTING_AUTHORITY,
      },
    ],
    citations: [
      {
        source: 'source-joint-german-french-investigation-2024',
        stance: Stance.REPORTS,
        excerpt: 'Seed 003 ¶7: findings of the joint investigation',
      },
      {
        source: 'source-special-report-terror-traffickers-tehran-2025',
        stance: Stance.REPORTS,
        excerpt: 'Seed 003 ¶7',
      },
      {
        source: 'source-lci-retailleau-interview-2025',
        stance: Stance.REPORTS,
        excerpt: 'Seed 003 ¶3: the proxy method in general, not this case',
      },
      IRAN_GENERAL_DENIAL,
    ],
  },
];
