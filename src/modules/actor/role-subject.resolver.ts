import { createUnionType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { Context } from '../../graphql/context';
import { ActorRole } from '../../shared/actor-role/actor-role.type';
import { lazy } from '../../shared/lazy';
import { ArrestEntity, toArrest, Arrest } from '../arrest';
import { IncidentEntity, toIncident, Incident } from '../incident';
import { PlotEntity, toPlot, Plot } from '../plot';
import { SanctionEntity, toSanction, Sanction } from '../sanction';
import { SentenceEntity, toSentence, Sentence } from '../sentence';
import { toWeaponsTransfer, WeaponsTransfer, WeaponsTransferEntity } from '../weapons-transfer';

export const RoleSubject = createUnionType({
  name: 'RoleSubject',
  description: 'A record an actor can take part in.',
  types: () => [Plot, Incident, Arrest, Sentence, Sanction, WeaponsTransfer] as const,
});

const subjects = lazy(() => ({
  Plot: { entity: PlotEntity, toNode: toPlot },
  Incident: { entity: IncidentEntity, toNode: toIncident },
  Arrest: { entity: ArrestEntity, toNode: toArrest },
  Sentence: { entity: SentenceEntity, toNode: toSentence },
  Sanction: { entity: SanctionEntity, toNode: toSanction },
  WeaponsTransfer: { entity: WeaponsTransferEntity, toNode: toWeaponsTransfer },
}));

@Resolver(() => ActorRole)
export class RoleSubjectResolver {
  @FieldResolver(() => RoleSubject, {
    nullable: true,
    description: 'The record the actor takes part in; null only if it has since been deleted.',
  })
  record(
    @Root() role: ActorRole,
    @Ctx() ctx: Context,
  ): typeof RoleSubject | null | Promise<typeof RoleSubject | null> {
    const { entity, toNode } = subjects()[role.subject.kind];
    return ctx.loaders.toOne<{ id: string }, typeof RoleSubject>(
      entity,
      role.subject.id,
      toNode as (row: { id: string }) => typeof RoleSubject,
    );
  }
}
