import { ActorEntity } from '../modules/actor/actor.entity';
import { ArrestEntity } from '../modules/arrest/arrest.entity';
import { ApiKeyEntity } from '../modules/auth/api-key.entity';
import { LinkSummaryEntity } from '../modules/export/link-summary.entity';
import { IncidentEntity } from '../modules/incident/incident.entity';
import { PlaceEntity } from '../modules/place/place.entity';
import { PlotEntity } from '../modules/plot/plot.entity';
import { SanctionEntity } from '../modules/sanction/sanction.entity';
import { SentenceEntity } from '../modules/sentence/sentence.entity';
import { SourceEntity } from '../modules/source/source.entity';
import { IncidentStatsRollupEntity } from '../modules/stats/incident-stats-rollup.entity';
import { WeaponsTransferEntity } from '../modules/weapons-transfer/weapons-transfer.entity';
import { ActorRoleEntity } from '../shared/actor-role/actor-role.entity';
import { ChangeLogEntity } from '../shared/change-log/change-log.entity';
import { CitationEntity } from '../shared/citation/citation.entity';

/** Every persisted class; the DataSource and the migration drift check both use this list. */
export const ENTITIES = [
  ActorEntity,
  PlaceEntity,
  SourceEntity,
  PlotEntity,
  IncidentEntity,
  ArrestEntity,
  SentenceEntity,
  SanctionEntity,
  WeaponsTransferEntity,
  CitationEntity,
  ActorRoleEntity,
  ChangeLogEntity,
  ApiKeyEntity,
  IncidentStatsRollupEntity,
  LinkSummaryEntity,
];
