import { MigrationInterface, QueryRunner } from "typeorm";

// Hand-written part (below the generated CREATE TABLE): incidentStats over all incidents read
// ~1M rows and joined their places (0.45-0.7 s). "incident_stats_rollup" holds the live incidents
// counted per bucket of a few grouping sets, and triggers keep it exact in the same transaction as
// every write, so there is no refresh job and no stale answer:
// - statement-level triggers on incidents (transition tables) add the new rows' buckets and take
//   the old rows' out; a soft delete (deletedAt set) or restore moves a row out of or into them;
// - a statement-level trigger on places moves the incidents of a place whose country changes, or
//   which is soft-deleted or restored (a deleted place gives no country, as in the live query);
// - a row-level BEFORE DELETE trigger on places moves its incidents to "no country" before the
//   foreign key sets their placeId to null (afterwards the old country could not be found);
// - TRUNCATE of incidents empties the rollup; rebuild_incident_stats_rollup() recomputes it from
//   scratch (this migration's backfill, and loaders that bypass triggers such as npm run bench:data).
// Why grouping sets and not one row per (year, month, country, type, outcome, confidence): on the
// 1M-incident bench dataset that finest grain has 784,000 distinct buckets, no smaller than the
// table. Each set below has 9,000 to 49,000 rows there. The sets, the GROUPING() order and the
// bucket expressions must stay identical to src/modules/stats/incident-stats-rollup.ts and
// shared/stats/stats-keys.ts (yearKey, monthKey); test/modules/stats-rollup.test.ts compares the
// rollup with the live query for every group-by it serves.
// Concurrency: an incident write locks the places it reads FOR SHARE, so that it waits for a
// concurrent change of that place's country (which locks it for update) and then reads the
// committed country, and vice versa. Each session adds to its own stripe of a bucket (slot), so
// that concurrent writes to one bucket do not queue on one row lock until they commit; stripes
// are upserted in key order. Readers sum the stripes; a rebuild folds them into slot 0.
const YEAR = (row: string) => `CASE WHEN ${row}."dateLatest" IS NOT NULL AND date_part('year', ${row}."dateStart") = date_part('year', ${row}."dateLatest") THEN date_part('year', ${row}."dateStart")::int END`;
const MONTH = (row: string) => `CASE WHEN ${row}."dateStartPrecision" IN ('DAY', 'MONTH') AND ${row}."dateLatest" IS NOT NULL AND date_trunc('month', ${row}."dateStart") = date_trunc('month', ${row}."dateLatest") THEN date_part('month', ${row}."dateStart")::int END`;
const KEYS = `"year", "month", "countryCode", "type", "outcome", "confidence"`;
// Stripes per bucket (see the entity's "slot"): enough that the sessions of a few API processes
// rarely share one, few enough that a bucket stays a handful of rows.
const SLOTS = 16;
const GROUPING_SETS = `GROUPING SETS (("year", "countryCode"), ("year", "month", "type"), ("year", "type", "outcome", "confidence"), ("countryCode", "type", "outcome", "confidence"))`;

/** One row per live incident of `from` (rows aliased i), with `sign` and its country. */
const contribution = (sign: 1 | -1, country: string, from: string) =>
    `SELECT ${sign} AS "sign", ${YEAR("i")} AS "year", ${MONTH("i")} AS "month", ${country} AS "countryCode", i."type", i."outcome", i."confidence", i."killed", i."injured" ${from} AND i."deletedAt" IS NULL`;

/** `rows`' incidents with the country of their live place. */
const withPlace = (sign: 1 | -1, rows: string) =>
    contribution(sign, `p."countryCode"`, `FROM ${rows} i LEFT JOIN "places" p ON p."id" = i."placeId" AND p."deletedAt" IS NULL WHERE TRUE`);

const aggregate = (contributions: string) => `
    SELECT GROUPING(${KEYS}) AS "grouping", ${KEYS}, sum("sign") AS "count",
        sum("sign" * coalesce("killed", 0)) AS "killed", sum("sign" * ("killed" IS NOT NULL)::int) AS "killedReported",
        sum("sign" * coalesce("injured", 0)) AS "injured", sum("sign" * ("injured" IS NOT NULL)::int) AS "injuredReported"
    FROM (${contributions}) "contribution"
    GROUP BY ${GROUPING_SETS}`;

const COLUMNS = `"grouping", "slot", ${KEYS}, "count", "killed", "killedReported", "injured", "injuredReported"`;

/**
 * PL/pgSQL: add the signed contributions to this session's stripe of the rollup and drop the
 * stripe rows they bring to all zeros.
 */
const apply = (contributions: string) => `
    WITH "applied" AS (
        INSERT INTO "incident_stats_rollup" AS "rollup" (${COLUMNS})
        SELECT "grouping", pg_backend_pid() % ${SLOTS}, ${KEYS}, "count", "killed", "killedReported", "injured", "injuredReported"
        FROM (${aggregate(contributions)}) "delta"
        WHERE "count" <> 0 OR "killed" <> 0 OR "killedReported" <> 0 OR "injured" <> 0 OR "injuredReported" <> 0
        ORDER BY "grouping", ${KEYS}
        ON CONFLICT ("grouping", "slot", ${KEYS}) DO UPDATE SET
            "count" = "rollup"."count" + EXCLUDED."count",
            "killed" = "rollup"."killed" + EXCLUDED."killed",
            "killedReported" = "rollup"."killedReported" + EXCLUDED."killedReported",
            "injured" = "rollup"."injured" + EXCLUDED."injured",
            "injuredReported" = "rollup"."injuredReported" + EXCLUDED."injuredReported"
        RETURNING "rollup".*
    )
    SELECT array_agg("id") INTO emptied FROM "applied"
    WHERE "count" = 0 AND "killed" = 0 AND "killedReported" = 0 AND "injured" = 0 AND "injuredReported" = 0;
    IF emptied IS NOT NULL THEN
        DELETE FROM "incident_stats_rollup" WHERE "id" = ANY(emptied);
    END IF;`;

const lockPlaces = (rows: string) =>
    `PERFORM 1 FROM "places" WHERE "id" IN (${rows}) ORDER BY "id" FOR SHARE;`;

// The effective country of a place row: none once it is soft-deleted.
const liveCountry = (place: string) => `CASE WHEN ${place}."deletedAt" IS NULL THEN ${place}."countryCode" END`;
const placeMoves = (sign: 1 | -1, place: string) =>
    contribution(sign, liveCountry(place), `FROM old_places o JOIN new_places n ON n."id" = o."id" JOIN "incidents" i ON i."placeId" = ${place}."id" WHERE ${liveCountry("o")} IS DISTINCT FROM ${liveCountry("n")}`);

const FUNCTIONS = [
    `CREATE FUNCTION "incident_stats_rollup_incidents"() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE emptied bigint[];
    BEGIN
        IF TG_OP = 'INSERT' THEN
            ${lockPlaces(`SELECT "placeId" FROM new_rows`)}
            ${apply(withPlace(1, "new_rows"))}
        ELSIF TG_OP = 'UPDATE' THEN
            ${lockPlaces(`SELECT "placeId" FROM old_rows UNION SELECT "placeId" FROM new_rows`)}
            ${apply(`${withPlace(-1, "old_rows")} UNION ALL ${withPlace(1, "new_rows")}`)}
        ELSE
            ${lockPlaces(`SELECT "placeId" FROM old_rows`)}
            ${apply(withPlace(-1, "old_rows"))}
        END IF;
        RETURN NULL;
    END
    $$`,
    `CREATE FUNCTION "incident_stats_rollup_places"() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE emptied bigint[];
    BEGIN
        ${apply(`${placeMoves(-1, "o")} UNION ALL ${placeMoves(1, "n")}`)}
        RETURN NULL;
    END
    $$`,
    `CREATE FUNCTION "incident_stats_rollup_place_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE emptied bigint[];
    BEGIN
        IF OLD."deletedAt" IS NULL THEN
            ${apply(`${contribution(-1, `OLD."countryCode"`, `FROM "incidents" i WHERE i."placeId" = OLD."id"`)} UNION ALL ${contribution(1, "NULL::char(2)", `FROM "incidents" i WHERE i."placeId" = OLD."id"`)}`)}
        END IF;
        RETURN OLD;
    END
    $$`,
    `CREATE FUNCTION "incident_stats_rollup_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        DELETE FROM "incident_stats_rollup";
        RETURN NULL;
    END
    $$`,
    `CREATE FUNCTION "rebuild_incident_stats_rollup"() RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
        LOCK TABLE "incidents", "places" IN SHARE MODE;
        DELETE FROM "incident_stats_rollup";
        INSERT INTO "incident_stats_rollup" (${COLUMNS})
        SELECT "grouping", 0, ${KEYS}, "count", "killed", "killedReported", "injured", "injuredReported"
        FROM (${aggregate(withPlace(1, `"incidents"`))}) "bucket"
        ORDER BY "grouping", ${KEYS};
    END
    $$`,
];

const TRIGGERS = [
    `CREATE TRIGGER "incident_stats_rollup_insert" AFTER INSERT ON "incidents" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "incident_stats_rollup_incidents"()`,
    `CREATE TRIGGER "incident_stats_rollup_update" AFTER UPDATE ON "incidents" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "incident_stats_rollup_incidents"()`,
    `CREATE TRIGGER "incident_stats_rollup_delete" AFTER DELETE ON "incidents" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "incident_stats_rollup_incidents"()`,
    `CREATE TRIGGER "incident_stats_rollup_truncate" AFTER TRUNCATE ON "incidents" FOR EACH STATEMENT EXECUTE FUNCTION "incident_stats_rollup_truncate"()`,
    `CREATE TRIGGER "incident_stats_rollup_places" AFTER UPDATE ON "places" REFERENCING OLD TABLE AS old_places NEW TABLE AS new_places FOR EACH STATEMENT EXECUTE FUNCTION "incident_stats_rollup_places"()`,
    `CREATE TRIGGER "incident_stats_rollup_place_deleted" BEFORE DELETE ON "places" FOR EACH ROW EXECUTE FUNCTION "incident_stats_rollup_place_deleted"()`,
];

export class IncidentStatsRollup1795313889782 implements MigrationInterface {
    name = 'IncidentStatsRollup1795313889782'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "incident_stats_rollup" (
                "id" BIGSERIAL NOT NULL,
                "grouping" smallint NOT NULL,
                "slot" smallint NOT NULL,
                "year" integer,
                "month" integer,
                "countryCode" character(2),
                "type" "public"."incident_type",
                "outcome" "public"."incident_outcome",
                "confidence" "public"."confidence",
                "count" integer NOT NULL,
                "killed" bigint NOT NULL,
                "killedReported" integer NOT NULL,
                "injured" bigint NOT NULL,
                "injuredReported" integer NOT NULL,
                CONSTRAINT "PK_e03f5cd39c5125bab6e7a0f26f0" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_incident_stats_rollup_bucket" ON "incident_stats_rollup" ("grouping", "slot", ${KEYS}) NULLS NOT DISTINCT`);
        for (const statement of [...FUNCTIONS, ...TRIGGERS]) {
            await queryRunner.query(statement);
        }
        await queryRunner.query(`SELECT "rebuild_incident_stats_rollup"()`);
        await queryRunner.query(`ANALYZE "incident_stats_rollup"`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "incident_stats_rollup_place_deleted" ON "places"`);
        await queryRunner.query(`DROP TRIGGER "incident_stats_rollup_places" ON "places"`);
        await queryRunner.query(`DROP TRIGGER "incident_stats_rollup_truncate" ON "incidents"`);
        await queryRunner.query(`DROP TRIGGER "incident_stats_rollup_delete" ON "incidents"`);
        await queryRunner.query(`DROP TRIGGER "incident_stats_rollup_update" ON "incidents"`);
        await queryRunner.query(`DROP TRIGGER "incident_stats_rollup_insert" ON "incidents"`);
        await queryRunner.query(`DROP FUNCTION "rebuild_incident_stats_rollup"()`);
        await queryRunner.query(`DROP FUNCTION "incident_stats_rollup_truncate"()`);
        await queryRunner.query(`DROP FUNCTION "incident_stats_rollup_place_deleted"()`);
        await queryRunner.query(`DROP FUNCTION "incident_stats_rollup_places"()`);
        await queryRunner.query(`DROP FUNCTION "incident_stats_rollup_incidents"()`);
        await queryRunner.query(`
            DROP TABLE "incident_stats_rollup"
        `);
    }

}
