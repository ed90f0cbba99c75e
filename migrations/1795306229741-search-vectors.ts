import { MigrationInterface, QueryRunner } from "typeorm";

// Hand-written part (below the generated ALTERs): a trigger per table keeps "searchVector" up to
// date, and a GIN index serves @@ queries. Names and titles use the 'simple' configuration (no
// stemming, weight A); prose uses 'english' (weights B and C). TypeORM does not manage triggers or
// GIN indexes, so the entities declare these indexes with synchronize: false.
const SEARCH_DOCUMENTS: Record<string, { index: string; document: string }> = {
    actors: { index: "idx_actor_search", document: `setweight(to_tsvector('simple', coalesce(NEW."name", '') || ' ' || array_to_string(NEW."aliases", ' ')), 'A') || setweight(to_tsvector('english', coalesce(NEW."description", '')), 'C')` },
    places: { index: "idx_place_search", document: `setweight(to_tsvector('simple', coalesce(NEW."name", '') || ' ' || coalesce(NEW."city", '') || ' ' || coalesce(NEW."region", '')), 'A')` },
    sources: { index: "idx_source_search", document: `setweight(to_tsvector('simple', coalesce(NEW."publisher", '')), 'A') || setweight(to_tsvector('english', coalesce(NEW."title", '')), 'A') || setweight(to_tsvector('english', coalesce(NEW."description", '')), 'C')` },
    plots: { index: "idx_plot_search", document: `setweight(to_tsvector('simple', coalesce(NEW."name", '') || ' ' || coalesce(NEW."codename", '')), 'A') || setweight(to_tsvector('english', coalesce(NEW."name", '')), 'A') || setweight(to_tsvector('english', coalesce(NEW."summary", '')), 'B')` },
    incidents: { index: "idx_incident_search", document: `setweight(to_tsvector('english', coalesce(NEW."title", '')), 'A') || setweight(to_tsvector('english', coalesce(NEW."description", '')), 'B')` },
    arrests: { index: "idx_arrest_search", document: `setweight(to_tsvector('english', array_to_string(NEW."charges", ' ')), 'B') || setweight(to_tsvector('english', coalesce(NEW."description", '')), 'B')` },
    sentences: { index: "idx_sentence_search", document: `setweight(to_tsvector('english', array_to_string(NEW."charges", ' ')), 'B') || setweight(to_tsvector('english', coalesce(NEW."description", '') || ' ' || coalesce(NEW."releaseNote", '')), 'B')` },
    sanctions: { index: "idx_sanction_search", document: `setweight(to_tsvector('english', coalesce(NEW."title", '')), 'A') || setweight(to_tsvector('english', coalesce(NEW."regime", '') || ' ' || coalesce(NEW."reason", '') || ' ' || coalesce(NEW."description", '')), 'B')` },
    weapons_transfers: { index: "idx_weapons_transfer_search", document: `setweight(to_tsvector('simple', coalesce(NEW."weaponSystem", '')), 'A') || setweight(to_tsvector('english', coalesce(NEW."weaponSystem", '')), 'A') || setweight(to_tsvector('english', coalesce(NEW."purpose", '') || ' ' || coalesce(NEW."relatedActivity", '') || ' ' || coalesce(NEW."description", '')), 'B')` },
};

export class SearchVectors1795306229741 implements MigrationInterface {
    name = 'SearchVectors1795306229741'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "actors"
            ADD "searchVector" tsvector
        `);
        await queryRunner.query(`
            ALTER TABLE "arrests"
            ADD "searchVector" tsvector
        `);
        await queryRunner.query(`
            ALTER TABLE "incidents"
            ADD "searchVector" tsvector
        `);
        await queryRunner.query(`
            ALTER TABLE "places"
            ADD "searchVector" tsvector
        `);
        await queryRunner.query(`
            ALTER TABLE "plots"
            ADD "searchVector" tsvector
        `);
        await queryRunner.query(`
            ALTER TABLE "sanctions"
            ADD "searchVector" tsvector
        `);
        await queryRunner.query(`
            ALTER TABLE "sentences"
            ADD "searchVector" tsvector
        `);
        await queryRunner.query(`
            ALTER TABLE "sources"
            ADD "searchVector" tsvector
        `);
        await queryRunner.query(`
            ALTER TABLE "weapons_transfers"
            ADD "searchVector" tsvector
        `);
        for (const [table, { index, document }] of Object.entries(SEARCH_DOCUMENTS)) {
            await queryRunner.query(`
                CREATE FUNCTION "${table}_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    NEW."searchVector" := ${document};
                    RETURN NEW;
                END
                $$
            `);
            await queryRunner.query(`
                CREATE TRIGGER "${table}_search_vector" BEFORE INSERT OR UPDATE ON "${table}"
                FOR EACH ROW EXECUTE FUNCTION "${table}_search_vector"()
            `);
            // Fire the trigger once for the rows that already exist.
            await queryRunner.query(`UPDATE "${table}" SET "id" = "id"`);
            await queryRunner.query(`CREATE INDEX "${index}" ON "${table}" USING GIN ("searchVector")`);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const [table, { index }] of Object.entries(SEARCH_DOCUMENTS)) {
            await queryRunner.query(`DROP INDEX "${index}"`);
            await queryRunner.query(`DROP TRIGGER "${table}_search_vector" ON "${table}"`);
            await queryRunner.query(`DROP FUNCTION "${table}_search_vector"()`);
        }
        await queryRunner.query(`
            ALTER TABLE "weapons_transfers" DROP COLUMN "searchVector"
        `);
        await queryRunner.query(`
            ALTER TABLE "sources" DROP COLUMN "searchVector"
        `);
        await queryRunner.query(`
            ALTER TABLE "sentences" DROP COLUMN "searchVector"
        `);
        await queryRunner.query(`
            ALTER TABLE "sanctions" DROP COLUMN "searchVector"
        `);
        await queryRunner.query(`
            ALTER TABLE "plots" DROP COLUMN "searchVector"
        `);
        await queryRunner.query(`
            ALTER TABLE "places" DROP COLUMN "searchVector"
        `);
        await queryRunner.query(`
            ALTER TABLE "incidents" DROP COLUMN "searchVector"
        `);
        await queryRunner.query(`
            ALTER TABLE "arrests" DROP COLUMN "searchVector"
        `);
        await queryRunner.query(`
            ALTER TABLE "actors" DROP COLUMN "searchVector"
        `);
    }

}
