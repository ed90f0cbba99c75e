import { MigrationInterface, QueryRunner } from "typeorm";

// The link_summaries recomputes run without PostgreSQL's JIT. An actor or source change recomputes
// every record it is linked to in one statement, whose cost estimate is far above jit_above_cost:
// compiling its ~40 expressions with inlining and optimization took longer than the work for an
// actor with 88,000 links (rename in a rolled-back transaction on the 1M dataset: 8.4 s with JIT,
// 3.5 s without; 14.2 s against 11.6 s for the top sponsor's 321,000). Link writes of a few rows
// stay under the threshold and are unchanged. A function's SET applies while it runs and is reset
// after it, so the caller's own statements keep the session's setting.
const FUNCTIONS = [
    `"refresh_link_summary_roles"(uuid[], boolean)`,
    `"refresh_link_summary_citations"(uuid[], boolean)`,
    `"rebuild_link_summaries"()`,
];

export class LinkSummariesWithoutJit1795332801152 implements MigrationInterface {

    public async up(queryRunner: QueryRunner): Promise<void> {
        for (const fn of FUNCTIONS) {
            await queryRunner.query(`ALTER FUNCTION ${fn} SET jit = off`);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const fn of FUNCTIONS) {
            await queryRunner.query(`ALTER FUNCTION ${fn} RESET jit`);
        }
    }

}
