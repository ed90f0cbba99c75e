import type { DataSource, EntityManager, EntityTarget, FindOptionsWhere } from 'typeorm';

import { ActorEntity } from '../modules/actor';
import { ArrestEntity } from '../modules/arrest';
import { IncidentEntity } from '../modules/incident';
import { PlaceEntity } from '../modules/place';
import { PlotEntity } from '../modules/plot';
import { SanctionEntity } from '../modules/sanction';
import { SentenceEntity } from '../modules/sentence';
import { SourceEntity } from '../modules/source';
import { WeaponsTransferEntity } from '../modules/weapons-transfer';
import { ActorRoleEntity } from '../shared/actor-role/actor-role.entity';
import { CitationEntity } from '../shared/citation/citation.entity';
import { emptyFuzzyDateColumns, toFuzzyDateColumns } from '../shared/fuzzy-date/fuzzy-date';
import type { FuzzyDateColumns } from '../shared/fuzzy-date/fuzzy-date.columns';
import {
  CITATION_SUBJECT_COLUMNS,
  ROLE_SUBJECT_COLUMNS,
  type CitationSubjectKind,
  type RoleSubjectKind,
} from '../shared/subject';
import { upsertByExternalId, type RecordRow, type UpsertOutcome } from '../shared/upsert';
import { dataset as realDataset } from './dataset';
import type { Dataset, SeedCitation, SeedDate, SeedRole } from './dataset.types';

export const SEED_ACTOR = 'seed';

export type SeedSummary = Record<UpsertOutcome | 'rolesAdded' | 'citationsAdded', number>;

const fuzzy = (date: SeedDate | undefined): FuzzyDateColumns =>
  date ? toFuzzyDateColumns(date) : emptyFuzzyDateColumns();

/** Resolves the dataset's externalId references to the UUIDs of the rows written so far. */
class References {
  private readonly ids = new Map<string, string>();

  set(externalId: string, id: string): void {
    this.ids.set(externalId, id);
  }

  get(externalId: string): string {
    const id = this.ids.get(externalId);
    if (!id) {
      throw new Error(`dataset: unknown reference "${externalId}"`);
    }
    return id;
  }

  optional(externalId: string | undefined): string | null {
    return externalId ? this.get(externalId) : null;
  }
}

interface Attachments {
  roles?: SeedRole[];
  citations?: SeedCitation[];
}

class Loader {
  readonly summary: SeedSummary = {
    created: 0,
    updated: 0,
    unchanged: 0,
    rolesAdded: 0,
    citationsAdded: 0,
  };
  private readonly refs = new References();

  constructor(private readonly manager: EntityManager) {}

  async upsert<E extends RecordRow>(
    entity: EntityTarget<E>,
    kind: string,
    externalId: string,
    values: Partial<E>,
  ): Promise<string> {
    const { row, outcome } = await upsertByExternalId(
      this.manager,
      entity,
      kind,
      externalId,
      values,
      SEED_ACTOR,
    );
    this.summary[outcome] += 1;
    this.refs.set(externalId, row.id);
    return row.id;
  }

  ref(externalId: string): string {
    return this.refs.get(externalId);
  }

  optionalRef(externalId: string | undefined): string | null {
    return this.refs.optional(externalId);
  }

  // Roles and citations are added when missing and never removed, so data that editors
  // attach to seeded records survives a re-seed.
  async attach(
    kind: CitationSubjectKind,
    subjectId: string,
    attachments: Attachments,
  ): Promise<void> {
    const citationColumn = CITATION_SUBJECT_COLUMNS[kind];
    for (const citation of attachments.citations ?? []) {
      const values = {
        [citationColumn]: subjectId,
        sourceId: this.ref(citation.source),
        stance: citation.stance,
        excerpt: citation.excerpt ?? null,
      };
      if (
        !(await this.manager.existsBy(CitationEntity, values as FindOptionsWhere<CitationEntity>))
      ) {
        await this.manager.save(
          this.manager.create(CitationEntity, {
            ...values,
            accessedOn: citation.accessedOn ?? null,
          }),
        );
        this.summary.citationsAdded += 1;
      }
    }
    if (!(kind in ROLE_SUBJECT_COLUMNS)) {
      return;
    }
    const roleColumn = ROLE_SUBJECT_COLUMNS[kind as RoleSubjectKind];
    for (const role of attachments.roles ?? []) {
      const values = { [roleColumn]: subjectId, actorId: this.ref(role.actor), role: role.role };
      if (
        !(await this.manager.existsBy(ActorRoleEntity, values as FindOptionsWhere<ActorRoleEntity>))
      ) {
        await this.manager.save(
          this.manager.create(ActorRoleEntity, { ...values, note: role.note ?? null }),
        );
        this.summary.rolesAdded += 1;
      }
    }
  }
}

async function load(manager: EntityManager, data: Dataset): Promise<SeedSummary> {
  const loader = new Loader(manager);

  for (const source of data.sources) {
    await loader.upsert(SourceEntity, 'Source', source.externalId, {
      publisher: source.publisher,
      title: source.title,
      url: source.url ?? null,
      published: fuzzy(source.published),
      kind: source.kind,
      language: source.language,
      description: source.description ?? null,
    });
  }
  for (const place of data.places) {
    const id = await loader.upsert(PlaceEntity, 'Place', place.externalId, {
      name: place.name,
      countryCode: place.countryCode,
      region: place.region ?? null,
      city: place.city ?? null,
      latitude: place.latitude ?? null,
      longitude: place.longitude ?? null,
      geoPrecision: place.geoPrecision ?? null,
      geonamesId: place.geonamesId ?? null,
      wikidataId: place.wikidataId ?? null,
    });
    await loader.attach('Place', id, place);
  }
  for (const actor of data.actors) {
    // Actors are written before their citations so that roles further down can point at them.
    await loader.upsert(ActorEntity, 'Actor', actor.externalId, {
      kind: actor.kind,
      name: actor.name,
      aliases: actor.aliases ?? [],
      countryCode: actor.countryCode ?? null,
      ageReported: actor.ageReported ?? null,
      ageReportedOn: actor.ageReportedOn
        ? toFuzzyDateColumns({ from: actor.ageReportedOn }).start
        : null,
      description: actor.description ?? null,
      wikidataId: actor.wikidataId ?? null,
      openSanctionsId: actor.openSanctionsId ?? null,
    });
  }
  for (const actor of data.actors) {
    await loader.attach('Actor', loader.ref(actor.externalId), actor);
  }
  for (const plot of data.plots) {
    const id = await loader.upsert(PlotEntity, 'Plot', plot.externalId, {
      name: plot.name,
      codename: plot.codename ?? null,
      summary: plot.summary,
      status: plot.status,
      period: fuzzy(plot.period),
      targetKinds: plot.targetKinds,
      targetCountries: plot.targetCountries,
      disclosed: fuzzy(plot.disclosed),
      aggregateCount: plot.aggregateCount ?? null,
      confidence: plot.confidence,
    });
    await loader.attach('Plot', id, plot);
  }
  for (const transfer of data.weaponsTransfers) {
    const id = await loader.upsert(WeaponsTransferEntity, 'WeaponsTransfer', transfer.externalId, {
      weaponSystem: transfer.weaponSystem,
      category: transfer.category,
      quantityLow: transfer.quantityLow ?? null,
      quantityHigh: transfer.quantityHigh ?? null,
      quantityText: transfer.quantityText ?? null,
      status: transfer.status,
      reported: fuzzy(transfer.reported),
      delivery: fuzzy(transfer.delivery),
      purpose: transfer.purpose ?? null,
      relatedActivity: transfer.relatedActivity ?? null,
      description: transfer.description ?? null,
      confidence: transfer.confidence,
    });
    await loader.attach('WeaponsTransfer', id, transfer);
  }
  for (const incident of data.incidents) {
    const id = await loader.upsert(IncidentEntity, 'Incident', incident.externalId, {
      title: incident.title,
      type: incident.type,
      outcome: incident.outcome,
      date: fuzzy(incident.date),
      placeId: loader.optionalRef(incident.place),
      plotId: loader.optionalRef(incident.plot),
      killed: incident.killed ?? null,
      injured: incident.injured ?? null,
      description: incident.description ?? null,
      confidence: incident.confidence,
    });
    await loader.attach('Incident', id, incident);
  }
  for (const arrest of data.arrests) {
    const id = await loader.upsert(ArrestEntity, 'Arrest', arrest.externalId, {
      date: fuzzy(arrest.date),
      placeId: loader.optionalRef(arrest.place),
      charges: arrest.charges,
      custodyOutcome: arrest.custodyOutcome,
      plotId: loader.optionalRef(arrest.plot),
      incidentId: loader.optionalRef(arrest.incident),
      description: arrest.description ?? null,
      confidence: arrest.confidence,
    });
    await loader.attach('Arrest', id, arrest);
  }
  for (const sentence of data.sentences) {
    const id = await loader.upsert(SentenceEntity, 'Sentence', sentence.externalId, {
      date: fuzzy(sentence.date),
      jurisdiction: sentence.jurisdiction,
      charges: sentence.charges,
      termKind: sentence.termKind,
      termMonths: sentence.termMonths ?? null,
      termMonthsMax: sentence.termMonthsMax ?? null,
      fineAmount: sentence.fineAmount === undefined ? null : sentence.fineAmount.toFixed(2),
      fineCurrency: sentence.fineCurrency ?? null,
      status: sentence.status,
      released: fuzzy(sentence.released),
      releaseReason: sentence.releaseReason ?? null,
      releaseNote: sentence.releaseNote ?? null,
      arrestId: loader.optionalRef(sentence.arrest),
      plotId: loader.optionalRef(sentence.plot),
      description: sentence.description ?? null,
      confidence: sentence.confidence,
    });
    await loader.attach('Sentence', id, sentence);
  }
  for (const sanction of data.sanctions) {
    const id = await loader.upsert(SanctionEntity, 'Sanction', sanction.externalId, {
      title: sanction.title,
      regime: sanction.regime ?? null,
      legalReference: sanction.legalReference ?? null,
      measures: sanction.measures,
      reason: sanction.reason ?? null,
      imposed: fuzzy(sanction.imposed),
      lifted: fuzzy(sanction.lifted),
      status: sanction.status,
      plotId: loader.optionalRef(sanction.plot),
      weaponsTransferId: loader.optionalRef(sanction.weaponsTransfer),
      description: sanction.description ?? null,
      confidence: sanction.confidence,
    });
    await loader.attach('Sanction', id, sanction);
  }
  return loader.summary;
}

/** Loads the dataset in one transaction; idempotent (records are matched on externalId). */
export function seedDatabase(
  dataSource: DataSource,
  data: Dataset = realDataset,
): Promise<SeedSummary> {
  return dataSource.transaction((manager) => load(manager, data));
}
