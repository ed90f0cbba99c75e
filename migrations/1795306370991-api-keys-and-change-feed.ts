import { MigrationInterface, QueryRunner } from "typeorm";

export class ApiKeysAndChangeFeed1795306370991 implements MigrationInterface {
    name = 'ApiKeysAndChangeFeed1795306370991'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."api_key_role" AS ENUM('VIEWER', 'EDITOR', 'ADMIN')
        `);
        await queryRunner.query(`
            CREATE TABLE "api_keys" (
                "id" uuid NOT NULL,
                "name" text NOT NULL,
                "role" "public"."api_key_role" NOT NULL,
                "prefix" text NOT NULL,
                "hash" text NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "revokedAt" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_5c8a79801b44bd27b79228e1dad" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_api_key_hash" ON "api_keys" ("hash")
        `);
        // Entries written before this migration all belong to finished transactions: txid 0 puts
        // them first in the feed, in id order. New entries get pg_current_xact_id() on insert.
        await queryRunner.query(`
            ALTER TABLE "change_log"
            ADD "txid" bigint NOT NULL DEFAULT 0
        `);
        await queryRunner.query(`
            ALTER TABLE "change_log" ALTER COLUMN "txid" DROP DEFAULT
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_change_log_feed" ON "change_log" ("txid", "id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."idx_change_log_feed"
        `);
        await queryRunner.query(`
            ALTER TABLE "change_log" DROP COLUMN "txid"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_api_key_hash"
        `);
        await queryRunner.query(`
            DROP TABLE "api_keys"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."api_key_role"
        `);
    }

}
