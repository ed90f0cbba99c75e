import type { EntityTarget } from 'typeorm';

import type { Node } from '../../graphql/node';
import { lazy } from '../../shared/lazy';
import { ActorEntity, toActor } from '../actor';
import { ArrestEntity, toArrest } from '../arrest';
import { IncidentEntity, toIncident } from '../incident';
import { PlaceEntity, toPlace } from '../place';
import { PlotEntity, toPlot } from '../plot';
import { SanctionEntity, toSanction } from '../sanction';
import { SentenceEntity, toSentence } from '../sentence';
import { SourceEntity, toSource } from '../source';
import { WeaponsTransferEntity, toWeaponsTransfer } from '../weapons-transfer';

interface NodeKind {
  entity: EntityTarget<{ id: string }>;
  toNode: (row: never) => Node;
}

/** Every kind that node(id:) resolves, by GraphQL type name (built on first use: modules load in cycles). */
export const nodeKinds = lazy((): Record<string, NodeKind> => ({
  Actor: { entity: ActorEntity, toNode: toActor },
  Arrest: { entity: ArrestEntity, toNode: toArrest },
  Incident: { entity: IncidentEntity, toNode: toIncident },
  Place: { entity: PlaceEntity, toNode: toPlace },
  Plot: { entity: PlotEntity, toNode: toPlot },
  Sanction: { entity: SanctionEntity, toNode: toSanction },
  Sentence: { entity: SentenceEntity, toNode: toSentence },
  Source: { entity: SourceEntity, toNode: toSource },
  WeaponsTransfer: { entity: WeaponsTransferEntity, toNode: toWeaponsTransfer },
}));
