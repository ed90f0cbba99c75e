import { MigrationInterface, QueryRunner } from "typeorm";

// Hand-written (TypeORM does not manage index storage parameters). With GIN's fast update, new
// entries wait in a pending list that every search reads until (auto)vacuum merges it; under
// steady inserts it grows towards gin_pending_list_limit (4 MB). On the 1M bench database, after
// other scenarios had created incidents, each search of incidents read 88 pages of it (~1.7 ms) even
// for a word with no match. A read-mostly service would rather pay at insert time: without fast
// update, indexing one incident's vector costs ~50 µs instead of ~5 µs (measured on 2,000 rows).
const INDEXES = [
    "idx_actor_search", "idx_place_search", "idx_source_search", "idx_plot_search",
    "idx_incident_search", "idx_arrest_search", "idx_sentence_search", "idx_sanction_search",
    "idx_weapons_transfer_search", "idx_actor_search_names", "idx_source_search_names",
    "idx_plot_search_names", "idx_incident_search_names", "idx_sanction_search_names",
    "idx_weapons_transfer_search_names",
];

export class SearchIndexesWithoutPendingList1795315045826 implements MigrationInterface {
    name = 'SearchIndexesWithoutPendingList1795315045826'

    public async up(queryRunner: QueryRunner): Promise<void> {
        for (const name of INDEXES) {
            await queryRunner.query(`ALTER INDEX "${name}" SET (fastupdate = off)`);
            // Entries already pending stay there until merged.
            await queryRunner.query(`SELECT gin_clean_pending_list('"${name}"'::regclass)`);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const name of INDEXES) {
            await queryRunner.query(`ALTER INDEX "${name}" RESET (fastupdate)`);
        }
    }

}
