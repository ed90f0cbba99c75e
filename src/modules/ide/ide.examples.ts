/** A saved query of the browser IDE: one click opens it in its own tab. */
export interface IdeExample {
  /** URL key: /?example=<slug>. */
  slug: string;
  /** A few words for the examples bar. */
  label: string;
  /** The question it answers, as a journalist would ask it. */
  title: string;
  query: string;
  variables?: Record<string, unknown>;
}

// DOMAIN.md, "What a user can ask": each question as one request against the bundled dataset.
export const IDE_EXAMPLES: IdeExample[] = [
  {
    slug: 'iran-plots-jewish-communities',
    label: 'Iran’s plots against Jewish communities',
    title: 'Plots sponsored by Iran against Jewish communities in France or Germany since 2015',
    query: `# Plots sponsored by Iran whose targets include Jewish communities, in France or Germany,
# since 2015, with their incidents, arrests and sentences.
query IranPlotsAgainstJewishCommunities {
  plots(
    filter: {
      sponsor: { name: { eq: "Iran" } }
      targetKinds: { contains: [JEWISH_COMMUNITY] }
      targetCountries: { overlaps: ["FR", "DE"] }
      period: { overlaps: { from: "2015" } }
    }
  ) {
    nodes {
      name
      codename
      status
      period { label }
      incidents {
        totalCount
        nodes { title type outcome date { label } place { name countryCode } }
      }
      arrests {
        nodes {
          date { label }
          custodyOutcome
          actors(role: [ARRESTED_PERSON]) { nodes { actor { name } } }
        }
      }
      sentences { nodes { termMonths jurisdiction status } }
    }
  }
}
`,
  },
  {
    slug: 'actor-dossier',
    label: 'One actor’s dossier',
    title: 'Everything we know about one actor, with sources',
    query: `# Everything we know about one actor: the plots, arrests, sentences and sanctions
# they appear in, each with its sources. Change the name to look up someone else.
query ActorDossier($name: String!) {
  actors(filter: { name: { eq: $name } }) {
    nodes {
      name
      kind
      ageReported
      description
      roles {
        nodes {
          role
          record {
            __typename
            ... on Plot { name }
            ... on Incident { title }
            ... on Arrest { date { label } charges }
            ... on Sentence { termMonths jurisdiction }
            ... on Sanction { title }
          }
        }
      }
      arrests(role: [ARRESTED_PERSON]) {
        nodes {
          date { label }
          charges
          citations { nodes { stance excerpt source { publisher title url } } }
        }
      }
      sentences(role: [DEFENDANT]) {
        nodes {
          termMonths
          releaseReason
          citations { nodes { stance source { publisher title } } }
        }
      }
    }
  }
}
`,
    variables: { name: 'Abdelkrim S.' },
  },
  {
    slug: 'iran-russia-transfers',
    label: 'Iran → Russia weapons',
    title: 'Weapons transfers from Iran to Russia: who reports them, who denies them',
    query: `# Weapons transfers from Iran to Russia, with the sources that report them
# and those that deny them.
query IranToRussiaTransfers {
  weaponsTransfers(
    filter: { supplier: { name: { eq: "Iran" } }, recipient: { name: { eq: "Russia" } } }
  ) {
    nodes {
      weaponSystem
      category
      quantityText
      status
      reported { label }
      reporting: citations(filter: { stance: { in: [REPORTS, CONFIRMS] } }) {
        nodes { source { publisher title } }
      }
      denying: citations(filter: { stance: { in: [DENIES, DISPUTES] } }) {
        nodes { excerpt source { publisher title } }
      }
    }
  }
}
`,
  },
  {
    slug: 'belgian-sentences',
    label: 'Long sentences in Belgium',
    title: 'Sentences of more than 10 years in Belgium, and which were cut short',
    query: `# Sentences of more than 10 years handed down in Belgium, and which were cut short.
query LongBelgianSentences {
  sentences(
    filter: { jurisdiction: { eq: "BE" }, termMonths: { gt: 120 } }
    orderBy: [{ field: TERM_MONTHS, direction: DESC }]
  ) {
    nodes {
      termMonths
      status
      date { label }
      releasedEarly
      releaseReason
      released { label }
      actors(role: [DEFENDANT]) { nodes { actor { name } } }
    }
  }
}
`,
  },
  {
    slug: 'incident-counts',
    label: 'Incident counts for a chart',
    title: 'Counts of incidents by year and country, and by type, for a chart',
    query: `# Counts of incidents by year and country, and by type, for a chart.
# Deaths are summed where reported: unknown is not zero.
query IncidentCounts {
  byYearAndCountry: incidentStats(groupBy: [YEAR, COUNTRY]) {
    year
    country
    count
    killed
  }
  byType: incidentStats(groupBy: [TYPE]) {
    type
    count
  }
}
`,
  },
  {
    slug: 'changes-since',
    label: 'Changes since a date',
    title: 'What changed (including deletions) since a date, for a sync job',
    query: `# What changed, including deletions, since a timestamp: a partner's sync job pulls
# until hasNextPage is false, keeps endCursor and resumes from it with after.
query ChangesSince($since: DateTimeISO!) {
  changes(since: $since, first: 20) {
    pageInfo { hasNextPage endCursor }
    nodes {
      action
      kind
      recordId
      version
      changedAt
      changedFields { field }
      record {
        ... on Plot { name }
        ... on Incident { title }
      }
    }
  }
}
`,
    variables: { since: '2024-01-01T00:00:00Z' },
  },
  {
    slug: 'search',
    label: 'Search everything',
    title: 'Not sure where to start? Search everything',
    query: `# Full-text search over names, titles, summaries and aliases, best match first.
query SearchEverything {
  search(query: "Fath-360") {
    nodes {
      kind
      rank
      record {
        id
        ... on WeaponsTransfer { weaponSystem status }
        ... on Source { publisher title }
      }
    }
  }
}
`,
  },
];
