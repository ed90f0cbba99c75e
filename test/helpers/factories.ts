import type { DataSource, DeepPartial, EntityTarget } from 'typeorm';

import { toGlobalId } from '../../src/graphql/global-id';
import { ActorEntity, ActorKind } from '../../src/modules/actor';
import { ArrestEntity, CustodyOutcome } from '../../src/modules/arrest';
import { IncidentEntity, IncidentOutcome, IncidentType } from '../../src/modules/incident';
import { PlaceEntity } from '../../src/modules/place';
import { PlotEntity, PlotStatus } from '../../src/modules/plot';
import { SanctionEntity, SanctionStatus } from '../../src/modules/sanction';
import { SentenceEntity, SentenceStatus, TermKind } from '../../src/modules/sentence';
import { SourceEntity, SourceKind } from '../../src/modules/source';
import {
  TransferStatus,
  WeaponCategory,
  WeaponsTransferEntity,
} from '../../src/modules/weapons-transfer';
import { ActorRoleEntity } from '../../src/shared/actor-role/actor-role.entity';
import { ActorRoleKind } from '../../src/shared/actor-role/actor-role.enum';
import { CitationEntity } from '../../src/shared/citation/citation.entity';
import { Stance } from '../../src/shared/citation/stance.enum';
import { Confidence } from '../../src/shared/confidence.enum';
import { emptyFuzzyDateColumns, toFuzzyDateColumns } from '../../src/shared/fuzzy-date/fuzzy-date';

let sequence = 0;
const next = () => (sequence += 1);

/** Test data builders: defaults spread under overrides, written straight to the database. */
export function factories(dataSource: DataSource) {
  const save = async <E extends { id: string }>(
    entity: EntityTarget<E>,
    values: DeepPartial<E>,
  ): Promise<E> => {
    const repository = dataSource.getRepository(entity);
    return repository.save(repository.create(values));
  };
  return {
    actor: (overrides: DeepPartial<ActorEntity> = {}) =>
      save(ActorEntity, {
        kind: ActorKind.PERSON,
        name: `Actor ${next()}`,
        aliases: [],
        ...overrides,
      }),
    place: (overrides: DeepPartial<PlaceEntity> = {}) =>
      save(PlaceEntity, { name: `Place ${next()}`, countryCode: 'FR', ...overrides }),
    source: (overrides: DeepPartial<SourceEntity> = {}) =>
      save(SourceEntity, {
        publisher: 'AFP',
        title: `Report ${next()}`,
        kind: SourceKind.NEWS_REPORT,
        language: 'en',
        published: emptyFuzzyDateColumns(),
        ...overrides,
      }),
    plot: (overrides: DeepPartial<PlotEntity> = {}) =>
      save(PlotEntity, {
        name: `Plot ${next()}`,
        summary: 'A plot.',
        status: PlotStatus.FOILED,
        period: emptyFuzzyDateColumns(),
        disclosed: emptyFuzzyDateColumns(),
        targetKinds: [],
        targetCountries: [],
        confidence: Confidence.REPORTED,
        ...overrides,
      }),
    incident: (overrides: DeepPartial<IncidentEntity> = {}) =>
      save(IncidentEntity, {
        title: `Incident ${next()}`,
        type: IncidentType.SHOOTING,
        outcome: IncidentOutcome.COMPLETED,
        date: toFuzzyDateColumns({ from: '2020' }),
        confidence: Confidence.REPORTED,
        ...overrides,
      }),
    arrest: (overrides: DeepPartial<ArrestEntity> = {}) =>
      save(ArrestEntity, {
        date: toFuzzyDateColumns({ from: '2020' }),
        custodyOutcome: CustodyOutcome.UNKNOWN,
        confidence: Confidence.REPORTED,
        ...overrides,
      }),
    sentence: (overrides: DeepPartial<SentenceEntity> = {}) =>
      save(SentenceEntity, {
        date: emptyFuzzyDateColumns(),
        released: emptyFuzzyDateColumns(),
        jurisdiction: 'BE',
        termKind: TermKind.PRISON,
        status: SentenceStatus.FINAL,
        confidence: Confidence.CONVICTED,
        ...overrides,
      }),
    sanction: (overrides: DeepPartial<SanctionEntity> = {}) =>
      save(SanctionEntity, {
        title: `Sanction ${next()}`,
        imposed: emptyFuzzyDateColumns(),
        lifted: emptyFuzzyDateColumns(),
        status: SanctionStatus.ACTIVE,
        confidence: Confidence.CONFIRMED,
        ...overrides,
      }),
    weaponsTransfer: (overrides: DeepPartial<WeaponsTransferEntity> = {}) =>
      save(WeaponsTransferEntity, {
        weaponSystem: `System ${next()}`,
        category: WeaponCategory.DRONE,
        status: TransferStatus.REPORTED,
        reported: emptyFuzzyDateColumns(),
        delivery: emptyFuzzyDateColumns(),
        confidence: Confidence.REPORTED,
        ...overrides,
      }),
    role: (values: DeepPartial<ActorRoleEntity> & { actorId: string; role: ActorRoleKind }) =>
      save(ActorRoleEntity, values),
    citation: (values: DeepPartial<CitationEntity> & { sourceId: string }) =>
      save(CitationEntity, { stance: Stance.REPORTS, ...values }),
  };
}

export { ActorRoleKind, toGlobalId };
