import { MigrationInterface, QueryRunner } from "typeorm";

// Hand-written part (below the generated CREATE TABLE): the CSV export aggregated every exported
// record's actor roles and citations into name lists as it went. For the 1M-incident bench
// database that is 2.5M role links and 2.5M citations sorted for the distinct-in-order lists on
// every export (~80 s of PostgreSQL time under load). "link_summaries" holds those cells per
// record, and triggers keep them exact in the same transaction as every write:
// - statement-level triggers on actor_roles and citations (transition tables) recompute the
//   records whose links were added, changed or removed;
// - statement-level triggers on actors and sources recompute the records linked to an actor or
//   source whose name, publisher or URL changed, or which was soft-deleted or restored (deleted
//   actors and sources drop out of the lists, as the export's joins did);
// - TRUNCATE of either link table rebuilds; rebuild_link_summaries() recomputes everything (this
//   migration's backfill, and loaders that bypass triggers such as npm run bench:data).
// A record's cells are always recomputed from all its links, never patched: the lists are
// distinct-in-order, which an added or removed link cannot update on its own.
// Concurrency: the recomputation of a record runs under the lock of its summary row (inserted
// first when missing), or for an actor or source change under a lock of the whole table, in a
// statement that starts after the lock is held; so of two transactions changing one record's
// links, the second to lock waits for the first to commit and then reads its changes. A link
// write locks the actors or sources it points at FOR SHARE, so that it waits for a concurrent
// rename (which locks the actor for update) and reads the new name, or the rename waits for it
// and then finds the new link. Summary rows are never deleted by triggers:
// a waiting transaction would then find no row to lock.
// The export reads these columns as record-tables.ts describes them: NAMED_ROLES below must stay
// equal to its roleColumns (test/modules/export-link-summaries.test.ts compares them through
// link_summary_named_roles()); test/modules/export.test.ts holds the cells to what the export
// wrote when it aggregated the links itself.

/** Per subject column of actor_roles: the roles its kind's CSV lists in columns of their own, in order. */
const NAMED_ROLES: Record<string, string[]> = {
    plotId: ["SPONSOR", "ORGANISER", "COORDINATOR", "PERPETRATOR", "TARGET"],
    incidentId: ["SPONSOR", "ORGANISER", "PERPETRATOR", "TARGET", "VICTIM"],
    arrestId: ["ARRESTED_PERSON", "ARRESTING_AUTHORITY", "SPONSOR"],
    sentenceId: ["DEFENDANT", "COURT"],
    sanctionId: ["IMPOSING_AUTHORITY", "SANCTIONED_PARTY"],
    weaponsTransferId: ["SUPPLIER", "RECIPIENT", "TRAINER"],
};
const ROLE_SUBJECTS = Object.keys(NAMED_ROLES);
const CITATION_SUBJECTS = ["actorId", "placeId", ...ROLE_SUBJECTS];
const NAMED_SLOTS = Math.max(...Object.values(NAMED_ROLES).map((roles) => roles.length));
const DENIALS = `('DENIES', 'DISPUTES')`;
const ORDER = `ORDER BY "createdAt", "id"`;

const subjectOf = (alias: string, columns: string[]) => `COALESCE(${columns.map((column) => `${alias}."${column}"`).join(", ")})`;
/** WHERE clause: every link (a rebuild) or the links of the records in the array `ids`. */
const linksOf = (alias: string, columns: string[], ids: string | null) =>
    ids === null ? "TRUE" : columns.map((column) => `${alias}."${column}" = ANY(${ids})`).join(" OR ");

/** Per record with live actors: the named-role lists, the other links, the number of actors. */
const roleCells = (ids: string | null) => `
    SELECT "recordId",
        ARRAY[${Array.from({ length: NAMED_SLOTS }, (_, index) => `string_agg("name", '; ' ${ORDER}) FILTER (WHERE "slot" = ${index + 1} AND "firstOfName")`).join(", ")}] AS "actorNames",
        string_agg("name" || ' (' || "role" || ')', '; ' ${ORDER}) FILTER (WHERE "slot" IS NULL) AS "otherActors",
        count(DISTINCT "actorId")::int AS "actorCount"
    FROM (
        SELECT "link".*, "name" <> '' AND row_number() OVER (PARTITION BY "recordId", "role", "name" ${ORDER}) = 1 AS "firstOfName"
        FROM (
            SELECT ${subjectOf("r", ROLE_SUBJECTS)} AS "recordId", a."name", r."role"::text AS "role", r."actorId", r."createdAt", r."id",
                CASE ${ROLE_SUBJECTS.map((column) => `WHEN r."${column}" IS NOT NULL THEN array_position(link_summary_named_roles('${column}'), r."role"::text)`).join(" ")} END AS "slot"
            FROM "actor_roles" r JOIN "actors" a ON a."id" = r."actorId" AND a."deletedAt" IS NULL
            WHERE ${linksOf("r", ROLE_SUBJECTS, ids)}
        ) "link"
    ) "link"
    GROUP BY "recordId"`;

/** Per record with citations of live sources: their number, publishers, URLs and denying publishers. */
const citationCells = (ids: string | null) => `
    SELECT "recordId", count(*)::int AS "citationCount",
        string_agg("publisher", '; ' ${ORDER}) FILTER (WHERE "firstOfPublisher") AS "sourcePublishers",
        string_agg("url", '; ' ${ORDER}) FILTER (WHERE "firstOfUrl") AS "sourceUrls",
        string_agg("publisher", '; ' ${ORDER}) FILTER (WHERE "firstDenial") AS "denyingPublishers"
    FROM (
        SELECT "link".*,
            "publisher" <> '' AND row_number() OVER "byPublisher" = 1 AS "firstOfPublisher",
            "url" <> '' AND row_number() OVER (PARTITION BY "recordId", "url" ${ORDER}) = 1 AS "firstOfUrl",
            "publisher" <> '' AND "stance" IN ${DENIALS} AND count(*) FILTER (WHERE "stance" IN ${DENIALS}) OVER "byPublisher" = 1 AS "firstDenial"
        FROM (
            SELECT ${subjectOf("c", CITATION_SUBJECTS)} AS "recordId", s."publisher", s."url", c."stance"::text AS "stance", c."createdAt", c."id"
            FROM "citations" c JOIN "sources" s ON s."id" = c."sourceId" AND s."deletedAt" IS NULL
            WHERE ${linksOf("c", CITATION_SUBJECTS, ids)}
        ) "link"
        WINDOW "byPublisher" AS (PARTITION BY "recordId", "publisher" ${ORDER} ROWS UNBOUNDED PRECEDING)
    ) "link"
    GROUP BY "recordId"`;

const ROLE_CELLS = `"actorNames", "otherActors", "actorCount"`;
const CITATION_CELLS = `"citationCount", "sourcePublishers", "sourceUrls", "denyingPublishers"`;

/** The subjects of a link table's rows in `rows` (a transition table), as an array expression. */
const subjects = (columns: string[], rows: string) => `ARRAY(SELECT ${subjectOf("t", columns)} FROM ${rows} t)`;

/**
 * PL/pgSQL: recompute the role or the citation cells of the records in the array `ids`. Each
 * half depends on its own link table only, so a write recomputes the half it changed.
 */
const refresh = (cells: "roles" | "citations") => `
        IF cardinality("ids") = 0 THEN
            RETURN;
        END IF;
        INSERT INTO "link_summaries" ("recordId")
        SELECT DISTINCT "id" FROM unnest("ids") "id" WHERE "id" IS NOT NULL ORDER BY "id"
        ON CONFLICT DO NOTHING;
        IF "lockRows" THEN
            PERFORM 1 FROM "link_summaries" WHERE "recordId" = ANY("ids") ORDER BY "recordId" FOR UPDATE;
        END IF;
        -- A new statement, so a new snapshot: it sees what the transactions we waited for committed.
        UPDATE "link_summaries" "summary" SET ${cells === "roles"
            ? `"actorNames" = cell."actorNames", "otherActors" = cell."otherActors", "actorCount" = COALESCE(cell."actorCount", 0)`
            : `"citationCount" = COALESCE(cell."citationCount", 0), "sourcePublishers" = cell."sourcePublishers", "sourceUrls" = cell."sourceUrls", "denyingPublishers" = cell."denyingPublishers"`}
        FROM (SELECT DISTINCT "id" FROM unnest("ids") "id") "record"
            LEFT JOIN (${cells === "roles" ? roleCells(`"ids"`) : citationCells(`"ids"`)}) cell ON cell."recordId" = "record"."id"
        WHERE "summary"."recordId" = "record"."id";`;

// An actor or source change can reach hundreds of thousands of records (a state sponsoring a
// third of the incidents): rather than lock each of their rows, such a change locks the table
// against other summary writers, after those in progress have committed.
const LOCK_SUMMARIES = `LOCK TABLE "link_summaries" IN SHARE ROW EXCLUSIVE MODE;`;

const FUNCTIONS = [
    `CREATE FUNCTION "link_summary_named_roles"("subjectColumn" text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE "subjectColumn" ${Object.entries(NAMED_ROLES).map(([column, roles]) => `WHEN '${column}' THEN ARRAY[${roles.map((role) => `'${role}'`).join(", ")}]`).join(" ")} END
    $$`,
    `CREATE FUNCTION "refresh_link_summary_roles"("ids" uuid[], "lockRows" boolean) RETURNS void LANGUAGE plpgsql AS $$
    BEGIN${refresh("roles")}
    END
    $$`,
    `CREATE FUNCTION "refresh_link_summary_citations"("ids" uuid[], "lockRows" boolean) RETURNS void LANGUAGE plpgsql AS $$
    BEGIN${refresh("citations")}
    END
    $$`,
    `CREATE FUNCTION "link_summaries_actor_roles"() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            PERFORM 1 FROM "actors" WHERE "id" IN (SELECT "actorId" FROM new_rows) ORDER BY "id" FOR SHARE;
            PERFORM refresh_link_summary_roles(${subjects(ROLE_SUBJECTS, "new_rows")}, TRUE);
        ELSIF TG_OP = 'UPDATE' THEN
            PERFORM 1 FROM "actors" WHERE "id" IN (SELECT "actorId" FROM new_rows) ORDER BY "id" FOR SHARE;
            PERFORM refresh_link_summary_roles(${subjects(ROLE_SUBJECTS, "old_rows")} || ${subjects(ROLE_SUBJECTS, "new_rows")}, TRUE);
        ELSE
            PERFORM refresh_link_summary_roles(${subjects(ROLE_SUBJECTS, "old_rows")}, TRUE);
        END IF;
        RETURN NULL;
    END
    $$`,
    `CREATE FUNCTION "link_summaries_citations"() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            PERFORM 1 FROM "sources" WHERE "id" IN (SELECT "sourceId" FROM new_rows) ORDER BY "id" FOR SHARE;
            PERFORM refresh_link_summary_citations(${subjects(CITATION_SUBJECTS, "new_rows")}, TRUE);
        ELSIF TG_OP = 'UPDATE' THEN
            PERFORM 1 FROM "sources" WHERE "id" IN (SELECT "sourceId" FROM new_rows) ORDER BY "id" FOR SHARE;
            PERFORM refresh_link_summary_citations(${subjects(CITATION_SUBJECTS, "old_rows")} || ${subjects(CITATION_SUBJECTS, "new_rows")}, TRUE);
        ELSE
            PERFORM refresh_link_summary_citations(${subjects(CITATION_SUBJECTS, "old_rows")}, TRUE);
        END IF;
        RETURN NULL;
    END
    $$`,
    `CREATE FUNCTION "link_summaries_actors"() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE changed uuid[];
    BEGIN
        changed := ARRAY(SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
            WHERE n."name" IS DISTINCT FROM o."name" OR (n."deletedAt" IS NULL) <> (o."deletedAt" IS NULL));
        IF cardinality(changed) > 0 THEN
            ${LOCK_SUMMARIES}
            PERFORM refresh_link_summary_roles(ARRAY(
                SELECT ${subjectOf("r", ROLE_SUBJECTS)} FROM "actor_roles" r WHERE r."actorId" = ANY(changed)), FALSE);
        END IF;
        RETURN NULL;
    END
    $$`,
    `CREATE FUNCTION "link_summaries_sources"() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE changed uuid[];
    BEGIN
        changed := ARRAY(SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
            WHERE n."publisher" IS DISTINCT FROM o."publisher" OR n."url" IS DISTINCT FROM o."url"
                OR (n."deletedAt" IS NULL) <> (o."deletedAt" IS NULL));
        IF cardinality(changed) > 0 THEN
            ${LOCK_SUMMARIES}
            PERFORM refresh_link_summary_citations(ARRAY(
                SELECT ${subjectOf("c", CITATION_SUBJECTS)} FROM "citations" c WHERE c."sourceId" = ANY(changed)), FALSE);
        END IF;
        RETURN NULL;
    END
    $$`,
    `CREATE FUNCTION "rebuild_link_summaries"() RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
        LOCK TABLE "actor_roles", "citations", "actors", "sources" IN SHARE MODE;
        -- Not TRUNCATE: this runs in TRUNCATE triggers, whose statement may hold this table open.
        DELETE FROM "link_summaries";
        INSERT INTO "link_summaries" ("recordId", ${ROLE_CELLS}, ${CITATION_CELLS})
        SELECT COALESCE(r."recordId", c."recordId"), r."actorNames", r."otherActors", COALESCE(r."actorCount", 0),
            COALESCE(c."citationCount", 0), c."sourcePublishers", c."sourceUrls", c."denyingPublishers"
        FROM (${roleCells(null)}) r FULL JOIN (${citationCells(null)}) c ON c."recordId" = r."recordId";
    END
    $$`,
    `CREATE FUNCTION "link_summaries_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM rebuild_link_summaries();
        RETURN NULL;
    END
    $$`,
];

const TRIGGERS = [
    `CREATE TRIGGER "link_summaries_role_insert" AFTER INSERT ON "actor_roles" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "link_summaries_actor_roles"()`,
    `CREATE TRIGGER "link_summaries_role_update" AFTER UPDATE ON "actor_roles" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "link_summaries_actor_roles"()`,
    `CREATE TRIGGER "link_summaries_role_delete" AFTER DELETE ON "actor_roles" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "link_summaries_actor_roles"()`,
    `CREATE TRIGGER "link_summaries_role_truncate" AFTER TRUNCATE ON "actor_roles" FOR EACH STATEMENT EXECUTE FUNCTION "link_summaries_truncate"()`,
    `CREATE TRIGGER "link_summaries_citation_insert" AFTER INSERT ON "citations" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "link_summaries_citations"()`,
    `CREATE TRIGGER "link_summaries_citation_update" AFTER UPDATE ON "citations" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "link_summaries_citations"()`,
    `CREATE TRIGGER "link_summaries_citation_delete" AFTER DELETE ON "citations" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "link_summaries_citations"()`,
    `CREATE TRIGGER "link_summaries_citation_truncate" AFTER TRUNCATE ON "citations" FOR EACH STATEMENT EXECUTE FUNCTION "link_summaries_truncate"()`,
    `CREATE TRIGGER "link_summaries_actors" AFTER UPDATE ON "actors" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "link_summaries_actors"()`,
    `CREATE TRIGGER "link_summaries_sources" AFTER UPDATE ON "sources" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "link_summaries_sources"()`,
];

export class LinkSummaries1795321430701 implements MigrationInterface {
    name = 'LinkSummaries1795321430701'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "link_summaries" (
                "recordId" uuid NOT NULL,
                "actorNames" text array,
                "otherActors" text,
                "actorCount" integer NOT NULL DEFAULT '0',
                "citationCount" integer NOT NULL DEFAULT '0',
                "sourcePublishers" text,
                "sourceUrls" text,
                "denyingPublishers" text,
                CONSTRAINT "PK_29000a2babf01db147fe1c4924b" PRIMARY KEY ("recordId")
            )
        `);
        for (const statement of [...FUNCTIONS, ...TRIGGERS]) {
            await queryRunner.query(statement);
        }
        await queryRunner.query(`SELECT "rebuild_link_summaries"()`);
        await queryRunner.query(`ANALYZE "link_summaries"`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "link_summaries_sources" ON "sources"`);
        await queryRunner.query(`DROP TRIGGER "link_summaries_actors" ON "actors"`);
        await queryRunner.query(`DROP TRIGGER "link_summaries_citation_truncate" ON "citations"`);
        await queryRunner.query(`DROP TRIGGER "link_summaries_citation_delete" ON "citations"`);
        await queryRunner.query(`DROP TRIGGER "link_summaries_citation_update" ON "citations"`);
        await queryRunner.query(`DROP TRIGGER "link_summaries_citation_insert" ON "citations"`);
        await queryRunner.query(`DROP TRIGGER "link_summaries_role_truncate" ON "actor_roles"`);
        await queryRunner.query(`DROP TRIGGER "link_summaries_role_delete" ON "actor_roles"`);
        await queryRunner.query(`DROP TRIGGER "link_summaries_role_update" ON "actor_roles"`);
        await queryRunner.query(`DROP TRIGGER "link_summaries_role_insert" ON "actor_roles"`);
        await queryRunner.query(`DROP FUNCTION "link_summaries_truncate"()`);
        await queryRunner.query(`DROP FUNCTION "rebuild_link_summaries"()`);
        await queryRunner.query(`DROP FUNCTION "link_summaries_sources"()`);
        await queryRunner.query(`DROP FUNCTION "link_summaries_actors"()`);
        await queryRunner.query(`DROP FUNCTION "link_summaries_citations"()`);
        await queryRunner.query(`DROP FUNCTION "link_summaries_actor_roles"()`);
        await queryRunner.query(`DROP FUNCTION "refresh_link_summary_citations"(uuid[], boolean)`);
        await queryRunner.query(`DROP FUNCTION "refresh_link_summary_roles"(uuid[], boolean)`);
        await queryRunner.query(`DROP FUNCTION "link_summary_named_roles"(text)`);
        await queryRunner.query(`
            DROP TABLE "link_summaries"
        `);
    }

}
