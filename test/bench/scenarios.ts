// The GraphQL documents the bench sends, and the hand-written SQL floors for (b) and (c).

export const NODE = `query Node($id: ID!) {
  node(id: $id) { id ... on Incident { title type date { label } killed } }
}`;

export const PAGE_OF_INCIDENTS = `query Page {
  incidents(first: 100) {
    pageInfo { endCursor hasNextPage }
    nodes {
      id title type date { label }
      place { name countryCode }
      plot { name }
      actors(role: [PERPETRATOR], first: 5) { nodes { role actor { name } } }
      citations(first: 5) { nodes { stance source { publisher title url } } }
    }
  }
}`;

/** (c): Iran-sponsored shootings and bombings in Syria, Iraq and Lebanon since 1990. */
export const FILTER = {
  place: { countryCode: { in: ['SY', 'IQ', 'LB'] } },
  date: { overlaps: { from: '1990', to: '2026' } },
  type: { in: ['SHOOTING', 'BOMBING'] },
  sponsor: { name: { eq: 'Iran' } },
};

export const FILTERED = `query Filtered($filter: IncidentFilter, $first: Int, $after: String) {
  incidents(filter: $filter, first: $first, after: $after) {
    pageInfo { endCursor hasNextPage }
    nodes { id title type date { label } }
  }
}`;

export const STATS = `query Stats {
  incidentStats(groupBy: [YEAR, COUNTRY]) { year country count killed killedReported }
}`;

export const SEARCH = `query Search($query: String!) {
  search(query: $query, first: 20) {
    nodes { kind rank record { id ... on Incident { title } ... on Actor { name } ... on Source { title } } }
  }
}`;

export const DOSSIER = `query Dossier($id: ID!) {
  node(id: $id) {
    ... on Actor {
      name kind countryCode
      roles(first: 20) { nodes { role record { __typename ... on Incident { title } ... on Arrest { date { label } } } } }
      incidents(first: 20) { nodes { title date { label } place { name } } }
      plots(first: 10) { nodes { name } }
      arrests(first: 10) { nodes { date { label } charges } }
      sentences(first: 10) { nodes { termMonths jurisdiction } }
      citations(first: 5) { nodes { source { publisher } } }
    }
  }
}`;

export const CREATE_INCIDENT = `mutation Create($input: CreateIncidentInput!) {
  createIncident(input: $input) { incident { id version } userErrors { code field message } }
}`;

const DATE_KEY = `COALESCE(i."dateStart", DATE '0001-01-01')`;

/**
 * (b) as one statement, the way PostGraphile would write it: the page and every nested list in
 * one JSON document built by the database.
 */
export const PAGE_FLOOR_SQL = `
SELECT json_agg(json_build_object(
  'id', i.id, 'title', i.title, 'type', i.type, 'dateStart', i."dateStart",
  'place', (SELECT json_build_object('name', p.name, 'countryCode', p."countryCode") FROM places p WHERE p.id = i."placeId" AND p."deletedAt" IS NULL),
  'plot', (SELECT json_build_object('name', pl.name) FROM plots pl WHERE pl.id = i."plotId" AND pl."deletedAt" IS NULL),
  'perpetrators', (SELECT json_agg(json_build_object('role', r.role, 'name', a.name)) FROM (
      SELECT * FROM actor_roles r WHERE r."incidentId" = i.id AND r.role = 'PERPETRATOR' ORDER BY r."createdAt", r.id LIMIT 5) r
      JOIN actors a ON a.id = r."actorId" AND a."deletedAt" IS NULL),
  'citations', (SELECT json_agg(json_build_object('stance', c.stance, 'publisher', s.publisher, 'title', s.title, 'url', s.url)) FROM (
      SELECT * FROM citations c WHERE c."incidentId" = i.id ORDER BY c."createdAt", c.id LIMIT 5) c
      JOIN sources s ON s.id = c."sourceId" AND s."deletedAt" IS NULL)
) ORDER BY ${DATE_KEY} DESC, i.id)
FROM (SELECT * FROM incidents i WHERE i."deletedAt" IS NULL ORDER BY ${DATE_KEY} DESC, i.id LIMIT 100) i`;

/**
 * (c) as one statement; $1/$2 are the keyset cursor (date key and id) or null for page 1, $3 the
 * ids of the actors named Iran (looked up once, as a person writing this SQL would).
 */
export const FILTERED_FLOOR_SQL = `
SELECT i.id, i.title, i.type, i."dateStart", i."dateStartPrecision", i."dateLatest"
FROM incidents i
WHERE i."deletedAt" IS NULL
  AND i.type IN ('SHOOTING', 'BOMBING')
  AND i."dateStart" IS NOT NULL AND i."dateStart" <= DATE '2026-12-31' AND (i."dateLatest" IS NULL OR i."dateLatest" >= DATE '1990-01-01')
  AND EXISTS (SELECT 1 FROM places p WHERE p.id = i."placeId" AND p."deletedAt" IS NULL AND p."countryCode" IN ('SY', 'IQ', 'LB'))
  AND EXISTS (SELECT 1 FROM actor_roles r WHERE r."incidentId" = i.id AND r.role = 'SPONSOR' AND r."actorId" = ANY($3::uuid[]))
  AND ($1::date IS NULL OR ${DATE_KEY} < $1 OR (${DATE_KEY} = $1 AND i.id > $2::uuid))
  AND ($1::date IS NULL OR ${DATE_KEY} <= $1)
ORDER BY ${DATE_KEY} DESC, i.id
LIMIT 11`;

/**
 * (b) for PostGraphile v5 (amber preset, PgIndexBehaviorsPlugin disabled so that the partially
 * indexed exclusive-arc columns give citationsByIncidentId / actorRolesByIncidentId): the same
 * fields through its table/FK schema. PostGraphile cannot order by our COALESCE date key, so
 * `dateOrdered` sorts by dateStart DESC (nulls first, no matching index: PostgreSQL sorts the live
 * rows) and the primary-key variant is served by an index, as our date key is.
 */
export const postgraphilePage = (
  orderBy: 'DATE_START_DESC, PRIMARY_KEY_ASC' | 'PRIMARY_KEY_ASC',
) => `query Page {
  allIncidents(first: 100, orderBy: [${orderBy}], condition: { deletedAt: null }) {
    pageInfo { endCursor hasNextPage }
    nodes {
      id title type dateStart dateStartPrecision
      placeByPlaceId { name countryCode }
      plotByPlotId { name }
      actorRolesByIncidentId(first: 5, condition: { role: PERPETRATOR }, orderBy: [CREATED_AT_ASC, PRIMARY_KEY_ASC]) { nodes { role actorByActorId { name } } }
      citationsByIncidentId(first: 5, orderBy: [CREATED_AT_ASC, PRIMARY_KEY_ASC]) { nodes { stance sourceBySourceId { publisher title url } } }
    }
  }
}`;
