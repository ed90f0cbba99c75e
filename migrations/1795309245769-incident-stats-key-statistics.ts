import { MigrationInterface, QueryRunner } from "typeorm";

// Hand-written: PostgreSQL cannot estimate how many groups the year and month keys of
// incidentStats form (CASE expressions over the fuzzy date, shared/stats/stats-keys.ts), so it
// assumed one group per row and sorted the whole table. Expression statistics give it the real
// count (tens of years, twelve months): it then aggregates in parallel with a hash table.
// The expressions must stay identical to the ones yearKey('date') and monthKey('date') generate.
const YEAR = `CASE WHEN "dateLatest" IS NOT NULL AND date_part('year', "dateStart") = date_part('year', "dateLatest") THEN date_part('year', "dateStart")::int END`;
const MONTH = `CASE WHEN "dateStartPrecision" IN ('DAY', 'MONTH') AND "dateLatest" IS NOT NULL AND date_trunc('month', "dateStart") = date_trunc('month', "dateLatest") THEN date_part('month', "dateStart")::int END`;

export class IncidentStatsKeyStatistics1795309245769 implements MigrationInterface {
    name = 'IncidentStatsKeyStatistics1795309245769'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE STATISTICS "stx_incident_year_key" ON (${YEAR}) FROM "incidents"`);
        await queryRunner.query(`CREATE STATISTICS "stx_incident_month_key" ON (${MONTH}) FROM "incidents"`);
        await queryRunner.query(`ANALYZE "incidents"`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP STATISTICS "stx_incident_month_key"`);
        await queryRunner.query(`DROP STATISTICS "stx_incident_year_key"`);
    }

}
