/* global process */
// PostGraphile v5 for the side-by-side (b) comparison (see the README's Performance section).
// Not part of the API: start.sh copies this file into a scratch folder outside the repository
// and runs it there under Node 22.
import { makePgService } from 'postgraphile/adaptors/pg';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const preset = {
  extends: [PostGraphileAmberPreset],
  // Our exclusive-arc columns (citations.incidentId, actor_roles.incidentId…) have partial
  // indexes (WHERE x IS NOT NULL), which this plugin does not count as indexes: it would hide
  // citationsByIncidentId and actorRolesByIncidentId. PostgreSQL uses those indexes either way.
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ['public'] })],
  grafserv: { port: Number(process.env.PORT ?? 5678), host: '127.0.0.1' },
};

export default preset;
