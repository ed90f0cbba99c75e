import { MigrationInterface, QueryRunner } from "typeorm";

// Hand-written (TypeORM cannot express expression GIN indexes; the entities declare them with
// synchronize: false). Top-level search puts records whose names or titles match first: those are
// the weight-A lexemes of "searchVector" (migration search-vectors), so an index on
// ts_filter(…, '{a}') finds them without reading the rest of the matches. Arrests and sentences
// have no weight-A text, and a place's document is all names, so it needs no second index.
const INDEXES: { name: string; table: string }[] = [
    { name: "idx_actor_search_names", table: "actors" },
    { name: "idx_source_search_names", table: "sources" },
    { name: "idx_plot_search_names", table: "plots" },
    { name: "idx_incident_search_names", table: "incidents" },
    { name: "idx_sanction_search_names", table: "sanctions" },
    { name: "idx_weapons_transfer_search_names", table: "weapons_transfers" },
];

export class SearchNameIndexes1795313911646 implements MigrationInterface {
    name = 'SearchNameIndexes1795313911646'

    public async up(queryRunner: QueryRunner): Promise<void> {
        for (const { name, table } of INDEXES) {
            await queryRunner.query(`CREATE INDEX "${name}" ON "${table}" USING GIN (ts_filter("searchVector", '{a}'))`);
            // Statistics on the expression let the planner estimate how many names match.
            await queryRunner.query(`ANALYZE "${table}"`);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const { name } of [...INDEXES].reverse()) {
            await queryRunner.query(`DROP INDEX "public"."${name}"`);
        }
    }

}
