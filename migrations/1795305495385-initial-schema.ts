import { MigrationInterface, QueryRunner } from "typeorm";

// Edited once before commit: TypeORM emitted CREATE/DROP TYPE once per table for the enums that
// several tables share (date_precision, confidence); each is now created once and dropped last.
export class InitialSchema1795305495385 implements MigrationInterface {
    name = 'InitialSchema1795305495385'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."actor_kind" AS ENUM(
                'PERSON',
                'GROUP_OF_PEOPLE',
                'STATE',
                'STATE_AGENCY',
                'CRIMINAL_NETWORK',
                'TERRORIST_GROUP',
                'COMPANY',
                'COURT',
                'GOVERNMENT_BODY',
                'INTERNATIONAL_ORGANISATION',
                'MEDIA_OUTLET',
                'OTHER'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "actors" (
                "id" uuid NOT NULL,
                "externalId" text,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                "deletedAt" TIMESTAMP WITH TIME ZONE,
                "kind" "public"."actor_kind" NOT NULL,
                "name" text NOT NULL,
                "aliases" text array NOT NULL DEFAULT '{}',
                "countryCode" character(2),
                "ageReported" integer,
                "ageReportedOn" date,
                "description" text,
                "wikidataId" text,
                "openSanctionsId" text,
                CONSTRAINT "PK_d8608598c2c4f907a78de2ae461" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_actor_kind" ON "actors" ("kind")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_actor_name" ON "actors" ("name")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_actor_country_code" ON "actors" ("countryCode")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_actor_wikidata_id" ON "actors" ("wikidataId")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_actor_open_sanctions_id" ON "actors" ("openSanctionsId")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_actor_updated_at" ON "actors" ("updatedAt")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_actor_external_id" ON "actors" ("externalId")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."custody_outcome" AS ENUM(
                'DETAINED_PENDING_TRIAL',
                'CHARGED_AND_RELEASED',
                'RELEASED',
                'RELEASED_ON_PROBATION',
                'EXTRADITED',
                'DEPORTED',
                'CONVICTED',
                'UNKNOWN'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."confidence" AS ENUM(
                'ALLEGED',
                'REPORTED',
                'CHARGED',
                'CONVICTED',
                'CONFIRMED',
                'DENIED',
                'DISPUTED'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."date_precision" AS ENUM('DAY', 'MONTH', 'YEAR')
        `);
        await queryRunner.query(`
            CREATE TABLE "arrests" (
                "id" uuid NOT NULL,
                "externalId" text,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                "deletedAt" TIMESTAMP WITH TIME ZONE,
                "placeId" uuid,
                "charges" text array NOT NULL DEFAULT '{}',
                "custodyOutcome" "public"."custody_outcome" NOT NULL,
                "plotId" uuid,
                "incidentId" uuid,
                "description" text,
                "confidence" "public"."confidence" NOT NULL,
                "dateStart" date,
                "dateStartPrecision" "public"."date_precision",
                "dateEnd" date,
                "dateEndPrecision" "public"."date_precision",
                "dateLatest" date,
                "dateNote" text,
                CONSTRAINT "PK_f7c81b7a344692906e8b0983b69" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_arrest_place_id" ON "arrests" ("placeId")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_arrest_custody_outcome" ON "arrests" ("custodyOutcome")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_arrest_plot_id" ON "arrests" ("plotId")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_arrest_incident_id" ON "arrests" ("incidentId")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_arrest_confidence" ON "arrests" ("confidence")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_arrest_date" ON "arrests" ("dateStart", "dateLatest")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_arrest_updated_at" ON "arrests" ("updatedAt")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_arrest_external_id" ON "arrests" ("externalId")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."incident_type" AS ENUM(
                'ASSASSINATION',
                'ATTEMPTED_ASSASSINATION',
                'BOMBING',
                'BOMB_PLOT',
                'ARSON',
                'SHOOTING',
                'KIDNAPPING',
                'SURVEILLANCE',
                'INTIMIDATION',
                'WEAPONS_SMUGGLING',
                'CYBER',
                'OTHER'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."incident_outcome" AS ENUM('COMPLETED', 'ATTEMPTED', 'FOILED', 'UNKNOWN')
        `);
        await queryRunner.query(`
            CREATE TABLE "incidents" (
                "id" uuid NOT NULL,
                "externalId" text,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                "deletedAt" TIMESTAMP WITH TIME ZONE,
                "title" text NOT NULL,
                "type" "public"."incident_type" NOT NULL,
                "outcome" "public"."incident_outcome" NOT NULL,
                "placeId" uuid,
                "plotId" uuid,
                "killed" integer,
                "injured" integer,
                "description" text,
                "confidence" "public"."confidence" NOT NULL,
                "dateStart" date,
                "dateStartPrecision" "public"."date_precision",
                "dateEnd" date,
                "dateEndPrecision" "public"."date_precision",
                "dateLatest" date,
                "dateNote" text,
                CONSTRAINT "PK_ccb34c01719889017e2246469f9" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_incident_type" ON "incidents" ("type")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_incident_outcome" ON "incidents" ("outcome")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_incident_place_id" ON "incidents" ("placeId")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_incident_plot_id" ON "incidents" ("plotId")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_incident_confidence" ON "incidents" ("confidence")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_incident_date" ON "incidents" ("dateStart", "dateLatest")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_incident_updated_at" ON "incidents" ("updatedAt")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_incident_external_id" ON "incidents" ("externalId")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."geo_precision" AS ENUM('EXACT_SITE', 'CITY', 'REGION', 'COUNTRY')
        `);
        await queryRunner.query(`
            CREATE TABLE "places" (
                "id" uuid NOT NULL,
                "externalId" text,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                "deletedAt" TIMESTAMP WITH TIME ZONE,
                "name" text NOT NULL,
                "countryCode" character(2) NOT NULL,
                "region" text,
                "city" text,
                "latitude" double precision,
                "longitude" double precision,
                "geoPrecision" "public"."geo_precision",
                "geonamesId" text,
                "wikidataId" text,
                CONSTRAINT "PK_1afab86e226b4c3bc9a74465c12" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_place_country_code" ON "places" ("countryCode")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_place_geonames_id" ON "places" ("geonamesId")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_place_wikidata_id" ON "places" ("wikidataId")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_place_coordinates" ON "places" ("latitude", "longitude")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_place_updated_at" ON "places" ("updatedAt")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_place_external_id" ON "places" ("externalId")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."plot_status" AS ENUM(
                'PLANNED',
                'FOILED',
                'PARTIALLY_EXECUTED',
                'EXECUTED',
                'UNKNOWN'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."target_kind" AS ENUM(
                'JEWISH_COMMUNITY',
                'ISRAELI_NATIONALS',
                'ISRAELI_BUSINESSES',
                'DISSIDENTS',
                'OPPOSITION_GATHERING',
                'JOURNALISTS',
                'POLITICIANS',
                'DIPLOMATS',
                'GOVERNMENT',
                'MILITARY',
                'BUSINESSES',
                'CIVILIANS',
                'OTHER'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "plots" (
                "id" uuid NOT NULL,
                "externalId" text,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                "deletedAt" TIMESTAMP WITH TIME ZONE,
                "name" text NOT NULL,
                "codename" text,
                "summary" text NOT NULL,
                "status" "public"."plot_status" NOT NULL,
                "targetKinds" "public"."target_kind" array NOT NULL DEFAULT '{}',
                "targetCountries" character(2) array NOT NULL DEFAULT '{}',
                "aggregateCount" integer,
                "confidence" "public"."confidence" NOT NULL,
                "periodStart" date,
                "periodStartPrecision" "public"."date_precision",
                "periodEnd" date,
                "periodEndPrecision" "public"."date_precision",
                "periodLatest" date,
                "periodNote" text,
                "disclosedStart" date,
                "disclosedStartPrecision" "public"."date_precision",
                "disclosedEnd" date,
                "disclosedEndPrecision" "public"."date_precision",
                "disclosedLatest" date,
                "disclosedNote" text,
                CONSTRAINT "PK_ba7eaba496503e69206deae9363" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_plot_status" ON "plots" ("status")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_plot_confidence" ON "plots" ("confidence")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_plot_period" ON "plots" ("periodStart", "periodLatest")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_plot_updated_at" ON "plots" ("updatedAt")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_plot_external_id" ON "plots" ("externalId")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."sanction_measure" AS ENUM(
                'ASSET_FREEZE',
                'TRAVEL_BAN',
                'ARMS_EMBARGO',
                'EXPORT_BAN',
                'IMPORT_BAN',
                'FINANCIAL_RESTRICTIONS',
                'AVIATION_BAN',
                'DIPLOMATIC',
                'OTHER'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."sanction_status" AS ENUM('PROPOSED', 'ACTIVE', 'LIFTED', 'EXPIRED')
        `);
        await queryRunner.query(`
            CREATE TABLE "sanctions" (
                "id" uuid NOT NULL,
                "externalId" text,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                "deletedAt" TIMESTAMP WITH TIME ZONE,
                "title" text NOT NULL,
                "regime" text,
                "legalReference" text,
                "measures" "public"."sanction_measure" array NOT NULL DEFAULT '{}',
                "reason" text,
                "status" "public"."sanction_status" NOT NULL,
                "plotId" uuid,
                "weaponsTransferId" uuid,
                "description" text,
                "confidence" "public"."confidence" NOT NULL,
                "imposedStart" date,
                "imposedStartPrecision" "public"."date_precision",
                "imposedEnd" date,
                "imposedEndPrecision" "public"."date_precision",
                "imposedLatest" date,
                "imposedNote" text,
                "liftedStart" date,
                "liftedStartPrecision" "public"."date_precision",
                "liftedEnd" date,
                "liftedEndPrecision" "public"."date_precision",
                "liftedLatest" date,
                "liftedNote" text,
                CONSTRAINT "PK_29bef7647676bb7ec707f29b18f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_sanction_status" ON "sanctions" ("status")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_sanction_plot_id" ON "sanctions" ("plotId")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_sanction_weapons_transfer_id" ON "sanctions" ("weaponsTransferId")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_sanction_confidence" ON "sanctions" ("confidence")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_sanction_imposed" ON "sanctions" ("imposedStart", "imposedLatest")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_sanction_updated_at" ON "sanctions" ("updatedAt")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_sanction_external_id" ON "sanctions" ("externalId")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."term_kind" AS ENUM('PRISON', 'LIFE', 'SUSPENDED', 'FINE', 'OTHER')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."sentence_status" AS ENUM(
                'FIRST_INSTANCE',
                'ON_APPEAL',
                'FINAL',
                'OVERTURNED',
                'COMMUTED',
                'UNKNOWN'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."release_reason" AS ENUM(
                'PRISONER_EXCHANGE',
                'PROBATION',
                'PARDON',
                'TERM_SERVED',
                'APPEAL',
                'HEALTH',
                'OTHER'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "sentences" (
                "id" uuid NOT NULL,
                "externalId" text,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                "deletedAt" TIMESTAMP WITH TIME ZONE,
                "jurisdiction" character(2) NOT NULL,
                "charges" text array NOT NULL DEFAULT '{}',
                "termKind" "public"."term_kind" NOT NULL,
                "termMonths" integer,
                "termMonthsMax" integer,
                "fineAmount" numeric(14, 2),
                "fineCurrency" character(3),
                "status" "public"."sentence_status" NOT NULL,
                "releaseReason" "public"."release_reason",
                "releaseNote" text,
                "arrestId" uuid,
                "plotId" uuid,
                "description" text,
                "confidence" "public"."confidence" NOT NULL,
                "dateStart" date,
                "dateStartPrecision" "public"."date_precision",
                "dateEnd" date,
                "dateEndPrecision" "public"."date_precision",
                "dateLatest" date,
                "dateNote" text,
                "releasedStart" date,
                "releasedStartPrecision" "public"."date_precision",
                "releasedEnd" date,
                "releasedEndPrecision" "public"."date_precision",
                "releasedLatest" date,
                "releasedNote" text,
                CONSTRAINT "chk_sentence_term_range" CHECK (
                    "termMonthsMax" IS NULL
                    OR "termMonthsMax" >= "termMonths"
                ),
                CONSTRAINT "PK_9b3aec16318cf425aaddad6dd5f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_sentence_jurisdiction" ON "sentences" ("jurisdiction")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_sentence_term_kind" ON "sentences" ("termKind")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_sentence_term_months" ON "sentences" ("termMonths")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_sentence_status" ON "sentences" ("status")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_sentence_arrest_id" ON "sentences" ("arrestId")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_sentence_plot_id" ON "sentences" ("plotId")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_sentence_confidence" ON "sentences" ("confidence")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_sentence_date" ON "sentences" ("dateStart", "dateLatest")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_sentence_updated_at" ON "sentences" ("updatedAt")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_sentence_external_id" ON "sentences" ("externalId")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."source_kind" AS ENUM(
                'NEWS_REPORT',
                'COURT_DOCUMENT',
                'GOVERNMENT_STATEMENT',
                'INTELLIGENCE_REPORT',
                'NGO_REPORT',
                'INTERVIEW',
                'OTHER'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "sources" (
                "id" uuid NOT NULL,
                "externalId" text,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                "deletedAt" TIMESTAMP WITH TIME ZONE,
                "publisher" text NOT NULL,
                "title" text NOT NULL,
                "url" text,
                "kind" "public"."source_kind" NOT NULL,
                "language" character varying(8) NOT NULL,
                "description" text,
                "publishedStart" date,
                "publishedStartPrecision" "public"."date_precision",
                "publishedEnd" date,
                "publishedEndPrecision" "public"."date_precision",
                "publishedLatest" date,
                "publishedNote" text,
                CONSTRAINT "PK_85523beafe5a2a6b90b02096443" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_source_publisher" ON "sources" ("publisher")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_source_kind" ON "sources" ("kind")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_source_published" ON "sources" ("publishedStart", "publishedLatest")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_source_updated_at" ON "sources" ("updatedAt")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_source_url" ON "sources" ("url")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_source_external_id" ON "sources" ("externalId")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."weapon_category" AS ENUM(
                'BALLISTIC_MISSILE',
                'CRUISE_MISSILE',
                'DRONE',
                'ARTILLERY',
                'AIR_DEFENCE',
                'AIRCRAFT',
                'ARMOURED_VEHICLE',
                'SHIP',
                'AMMUNITION',
                'SMALL_ARMS',
                'EXPLOSIVES',
                'OTHER'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."transfer_status" AS ENUM(
                'PLANNED',
                'REPORTED',
                'DELIVERED',
                'CONFIRMED',
                'DENIED'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "weapons_transfers" (
                "id" uuid NOT NULL,
                "externalId" text,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                "deletedAt" TIMESTAMP WITH TIME ZONE,
                "weaponSystem" text NOT NULL,
                "category" "public"."weapon_category" NOT NULL,
                "quantityLow" integer,
                "quantityHigh" integer,
                "quantityText" text,
                "status" "public"."transfer_status" NOT NULL,
                "purpose" text,
                "relatedActivity" text,
                "description" text,
                "confidence" "public"."confidence" NOT NULL,
                "reportedStart" date,
                "reportedStartPrecision" "public"."date_precision",
                "reportedEnd" date,
                "reportedEndPrecision" "public"."date_precision",
                "reportedLatest" date,
                "reportedNote" text,
                "deliveryStart" date,
                "deliveryStartPrecision" "public"."date_precision",
                "deliveryEnd" date,
                "deliveryEndPrecision" "public"."date_precision",
                "deliveryLatest" date,
                "deliveryNote" text,
                CONSTRAINT "chk_weapons_transfer_quantity" CHECK (
                    "quantityHigh" IS NULL
                    OR "quantityLow" IS NULL
                    OR "quantityHigh" >= "quantityLow"
                ),
                CONSTRAINT "PK_fb9953f0df79f5cf28e2dac18a3" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_weapons_transfer_weapon_system" ON "weapons_transfers" ("weaponSystem")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_weapons_transfer_category" ON "weapons_transfers" ("category")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_weapons_transfer_status" ON "weapons_transfers" ("status")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_weapons_transfer_confidence" ON "weapons_transfers" ("confidence")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_weapons_transfer_reported" ON "weapons_transfers" ("reportedStart", "reportedLatest")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_weapons_transfer_updated_at" ON "weapons_transfers" ("updatedAt")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_weapons_transfer_external_id" ON "weapons_transfers" ("externalId")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."actor_role_kind" AS ENUM(
                'SPONSOR',
                'ORGANISER',
                'COORDINATOR',
                'PERPETRATOR',
                'ACCOMPLICE',
                'INTERMEDIARY',
                'RECRUITER',
                'TARGET',
                'VICTIM',
                'SUSPECT',
                'ARRESTED_PERSON',
                'ARRESTING_AUTHORITY',
                'INVESTIGATING_AUTHORITY',
                'DEFENDANT',
                'COURT',
                'SUPPLIER',
                'RECIPIENT',
                'TRAINER',
                'IMPOSING_AUTHORITY',
                'SANCTIONED_PARTY',
                'DISCLOSER',
                'ATTRIBUTING_AUTHORITY',
                'DENIER',
                'OTHER'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "actor_roles" (
                "id" uuid NOT NULL,
                "actorId" uuid NOT NULL,
                "role" "public"."actor_role_kind" NOT NULL,
                "note" text,
                "plotId" uuid,
                "incidentId" uuid,
                "arrestId" uuid,
                "sentenceId" uuid,
                "sanctionId" uuid,
                "weaponsTransferId" uuid,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "chk_actor_role_one_subject" CHECK (
                    num_nonnulls(
                        "plotId",
                        "incidentId",
                        "arrestId",
                        "sentenceId",
                        "sanctionId",
                        "weaponsTransferId"
                    ) = 1
                ),
                CONSTRAINT "PK_86b62db2cf1945e234afc642eab" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_actor_role_plot_id" ON "actor_roles" ("plotId")
            WHERE "plotId" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_actor_role_incident_id" ON "actor_roles" ("incidentId")
            WHERE "incidentId" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_actor_role_arrest_id" ON "actor_roles" ("arrestId")
            WHERE "arrestId" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_actor_role_sentence_id" ON "actor_roles" ("sentenceId")
            WHERE "sentenceId" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_actor_role_sanction_id" ON "actor_roles" ("sanctionId")
            WHERE "sanctionId" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_actor_role_weapons_transfer_id" ON "actor_roles" ("weaponsTransferId")
            WHERE "weaponsTransferId" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_actor_role_actor_role" ON "actor_roles" ("actorId", "role")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."change_action" AS ENUM('CREATED', 'UPDATED', 'DELETED', 'RESTORED')
        `);
        await queryRunner.query(`
            CREATE TABLE "change_log" (
                "id" BIGSERIAL NOT NULL,
                "recordKind" text NOT NULL,
                "recordId" uuid NOT NULL,
                "action" "public"."change_action" NOT NULL,
                "recordVersion" integer NOT NULL,
                "changedBy" text NOT NULL,
                "changedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "changes" jsonb NOT NULL DEFAULT '{}',
                CONSTRAINT "PK_d00462cfb97b72c95357d559136" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_change_log_changed_at" ON "change_log" ("changedAt")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_change_log_record" ON "change_log" ("recordKind", "recordId")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."stance" AS ENUM('REPORTS', 'CONFIRMS', 'DENIES', 'DISPUTES')
        `);
        await queryRunner.query(`
            CREATE TABLE "citations" (
                "id" uuid NOT NULL,
                "sourceId" uuid NOT NULL,
                "stance" "public"."stance" NOT NULL,
                "excerpt" text,
                "accessedOn" date,
                "actorId" uuid,
                "placeId" uuid,
                "plotId" uuid,
                "incidentId" uuid,
                "arrestId" uuid,
                "sentenceId" uuid,
                "sanctionId" uuid,
                "weaponsTransferId" uuid,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "chk_citation_one_subject" CHECK (
                    num_nonnulls(
                        "actorId",
                        "placeId",
                        "plotId",
                        "incidentId",
                        "arrestId",
                        "sentenceId",
                        "sanctionId",
                        "weaponsTransferId"
                    ) = 1
                ),
                CONSTRAINT "PK_3ac0e933616c270f79f04cfc9fc" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_citation_source_id" ON "citations" ("sourceId")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_citation_actor_id" ON "citations" ("actorId")
            WHERE "actorId" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_citation_place_id" ON "citations" ("placeId")
            WHERE "placeId" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_citation_plot_id" ON "citations" ("plotId")
            WHERE "plotId" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_citation_incident_id" ON "citations" ("incidentId")
            WHERE "incidentId" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_citation_arrest_id" ON "citations" ("arrestId")
            WHERE "arrestId" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_citation_sentence_id" ON "citations" ("sentenceId")
            WHERE "sentenceId" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_citation_sanction_id" ON "citations" ("sanctionId")
            WHERE "sanctionId" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_citation_weapons_transfer_id" ON "citations" ("weaponsTransferId")
            WHERE "weaponsTransferId" IS NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "arrests"
            ADD CONSTRAINT "FK_2fc08e8c6ccd1d3cc540670c027" FOREIGN KEY ("placeId") REFERENCES "places"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "arrests"
            ADD CONSTRAINT "FK_0cc87f0a295b65ed4d9f726f980" FOREIGN KEY ("plotId") REFERENCES "plots"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "arrests"
            ADD CONSTRAINT "FK_a1ffee58e59a3d3ffd988626c6d" FOREIGN KEY ("incidentId") REFERENCES "incidents"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "incidents"
            ADD CONSTRAINT "FK_dacffcc5f95e16c9161cefe298a" FOREIGN KEY ("placeId") REFERENCES "places"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "incidents"
            ADD CONSTRAINT "FK_07ca436994406354f737bb982aa" FOREIGN KEY ("plotId") REFERENCES "plots"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "sanctions"
            ADD CONSTRAINT "FK_30edee5d201ff9481f4bc68b762" FOREIGN KEY ("plotId") REFERENCES "plots"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "sanctions"
            ADD CONSTRAINT "FK_d134e8270ff61983d9fedb2acc1" FOREIGN KEY ("weaponsTransferId") REFERENCES "weapons_transfers"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "sentences"
            ADD CONSTRAINT "FK_a3a90529f1f842b99c0f9876402" FOREIGN KEY ("arrestId") REFERENCES "arrests"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "sentences"
            ADD CONSTRAINT "FK_607fc57e7a9088acde2f2cd02e4" FOREIGN KEY ("plotId") REFERENCES "plots"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "actor_roles"
            ADD CONSTRAINT "FK_c93e346ced6c1c457cbe55fc300" FOREIGN KEY ("actorId") REFERENCES "actors"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "actor_roles"
            ADD CONSTRAINT "FK_6740a4664b30da74d458c694179" FOREIGN KEY ("plotId") REFERENCES "plots"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "actor_roles"
            ADD CONSTRAINT "FK_c677d99d6184e0a88f566511503" FOREIGN KEY ("incidentId") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "actor_roles"
            ADD CONSTRAINT "FK_cee67420407c580058cb939b5d8" FOREIGN KEY ("arrestId") REFERENCES "arrests"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "actor_roles"
            ADD CONSTRAINT "FK_5a87a04c40bb5c69f5893285d8a" FOREIGN KEY ("sentenceId") REFERENCES "sentences"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "actor_roles"
            ADD CONSTRAINT "FK_1bf53ee67106f99d40859ec7429" FOREIGN KEY ("sanctionId") REFERENCES "sanctions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "actor_roles"
            ADD CONSTRAINT "FK_093c5e1ec6a096ed54f38b4d211" FOREIGN KEY ("weaponsTransferId") REFERENCES "weapons_transfers"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "citations"
            ADD CONSTRAINT "FK_121149bab73c7cfaa42ce19c033" FOREIGN KEY ("sourceId") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "citations"
            ADD CONSTRAINT "FK_359477eae363b2bbcdf3f0446ac" FOREIGN KEY ("actorId") REFERENCES "actors"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "citations"
            ADD CONSTRAINT "FK_065e3daec169df934753deed752" FOREIGN KEY ("placeId") REFERENCES "places"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "citations"
            ADD CONSTRAINT "FK_929cedb62d81ca98d3621d1102e" FOREIGN KEY ("plotId") REFERENCES "plots"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "citations"
            ADD CONSTRAINT "FK_bf686a4765af20a71400d1c6222" FOREIGN KEY ("incidentId") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "citations"
            ADD CONSTRAINT "FK_cba4eae44dab87511185e064bad" FOREIGN KEY ("arrestId") REFERENCES "arrests"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "citations"
            ADD CONSTRAINT "FK_e7fb40e05ff3608831ee30f0175" FOREIGN KEY ("sentenceId") REFERENCES "sentences"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "citations"
            ADD CONSTRAINT "FK_218c5b67b353fd30f847b172d29" FOREIGN KEY ("sanctionId") REFERENCES "sanctions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "citations"
            ADD CONSTRAINT "FK_549d100cbe9fbb733b3ac1ef715" FOREIGN KEY ("weaponsTransferId") REFERENCES "weapons_transfers"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "citations" DROP CONSTRAINT "FK_549d100cbe9fbb733b3ac1ef715"
        `);
        await queryRunner.query(`
            ALTER TABLE "citations" DROP CONSTRAINT "FK_218c5b67b353fd30f847b172d29"
        `);
        await queryRunner.query(`
            ALTER TABLE "citations" DROP CONSTRAINT "FK_e7fb40e05ff3608831ee30f0175"
        `);
        await queryRunner.query(`
            ALTER TABLE "citations" DROP CONSTRAINT "FK_cba4eae44dab87511185e064bad"
        `);
        await queryRunner.query(`
            ALTER TABLE "citations" DROP CONSTRAINT "FK_bf686a4765af20a71400d1c6222"
        `);
        await queryRunner.query(`
            ALTER TABLE "citations" DROP CONSTRAINT "FK_929cedb62d81ca98d3621d1102e"
        `);
        await queryRunner.query(`
            ALTER TABLE "citations" DROP CONSTRAINT "FK_065e3daec169df934753deed752"
        `);
        await queryRunner.query(`
            ALTER TABLE "citations" DROP CONSTRAINT "FK_359477eae363b2bbcdf3f0446ac"
        `);
        await queryRunner.query(`
            ALTER TABLE "citations" DROP CONSTRAINT "FK_121149bab73c7cfaa42ce19c033"
        `);
        await queryRunner.query(`
            ALTER TABLE "actor_roles" DROP CONSTRAINT "FK_093c5e1ec6a096ed54f38b4d211"
        `);
        await queryRunner.query(`
            ALTER TABLE "actor_roles" DROP CONSTRAINT "FK_1bf53ee67106f99d40859ec7429"
        `);
        await queryRunner.query(`
            ALTER TABLE "actor_roles" DROP CONSTRAINT "FK_5a87a04c40bb5c69f5893285d8a"
        `);
        await queryRunner.query(`
            ALTER TABLE "actor_roles" DROP CONSTRAINT "FK_cee67420407c580058cb939b5d8"
        `);
        await queryRunner.query(`
            ALTER TABLE "actor_roles" DROP CONSTRAINT "FK_c677d99d6184e0a88f566511503"
        `);
        await queryRunner.query(`
            ALTER TABLE "actor_roles" DROP CONSTRAINT "FK_6740a4664b30da74d458c694179"
        `);
        await queryRunner.query(`
            ALTER TABLE "actor_roles" DROP CONSTRAINT "FK_c93e346ced6c1c457cbe55fc300"
        `);
        await queryRunner.query(`
            ALTER TABLE "sentences" DROP CONSTRAINT "FK_607fc57e7a9088acde2f2cd02e4"
        `);
        await queryRunner.query(`
            ALTER TABLE "sentences" DROP CONSTRAINT "FK_a3a90529f1f842b99c0f9876402"
        `);
        await queryRunner.query(`
            ALTER TABLE "sanctions" DROP CONSTRAINT "FK_d134e8270ff61983d9fedb2acc1"
        `);
        await queryRunner.query(`
            ALTER TABLE "sanctions" DROP CONSTRAINT "FK_30edee5d201ff9481f4bc68b762"
        `);
        await queryRunner.query(`
            ALTER TABLE "incidents" DROP CONSTRAINT "FK_07ca436994406354f737bb982aa"
        `);
        await queryRunner.query(`
            ALTER TABLE "incidents" DROP CONSTRAINT "FK_dacffcc5f95e16c9161cefe298a"
        `);
        await queryRunner.query(`
            ALTER TABLE "arrests" DROP CONSTRAINT "FK_a1ffee58e59a3d3ffd988626c6d"
        `);
        await queryRunner.query(`
            ALTER TABLE "arrests" DROP CONSTRAINT "FK_0cc87f0a295b65ed4d9f726f980"
        `);
        await queryRunner.query(`
            ALTER TABLE "arrests" DROP CONSTRAINT "FK_2fc08e8c6ccd1d3cc540670c027"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_citation_weapons_transfer_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_citation_sanction_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_citation_sentence_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_citation_arrest_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_citation_incident_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_citation_plot_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_citation_place_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_citation_actor_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_citation_source_id"
        `);
        await queryRunner.query(`
            DROP TABLE "citations"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."stance"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_change_log_record"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_change_log_changed_at"
        `);
        await queryRunner.query(`
            DROP TABLE "change_log"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."change_action"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_actor_role_actor_role"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_actor_role_weapons_transfer_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_actor_role_sanction_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_actor_role_sentence_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_actor_role_arrest_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_actor_role_incident_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_actor_role_plot_id"
        `);
        await queryRunner.query(`
            DROP TABLE "actor_roles"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."actor_role_kind"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_weapons_transfer_external_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_weapons_transfer_updated_at"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_weapons_transfer_reported"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_weapons_transfer_confidence"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_weapons_transfer_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_weapons_transfer_category"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_weapons_transfer_weapon_system"
        `);
        await queryRunner.query(`
            DROP TABLE "weapons_transfers"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."transfer_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."weapon_category"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_source_external_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_source_url"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_source_updated_at"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_source_published"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_source_kind"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_source_publisher"
        `);
        await queryRunner.query(`
            DROP TABLE "sources"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."source_kind"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_sentence_external_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_sentence_updated_at"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_sentence_date"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_sentence_confidence"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_sentence_plot_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_sentence_arrest_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_sentence_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_sentence_term_months"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_sentence_term_kind"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_sentence_jurisdiction"
        `);
        await queryRunner.query(`
            DROP TABLE "sentences"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."release_reason"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."sentence_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."term_kind"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_sanction_external_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_sanction_updated_at"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_sanction_imposed"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_sanction_confidence"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_sanction_weapons_transfer_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_sanction_plot_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_sanction_status"
        `);
        await queryRunner.query(`
            DROP TABLE "sanctions"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."sanction_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."sanction_measure"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_plot_external_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_plot_updated_at"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_plot_period"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_plot_confidence"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_plot_status"
        `);
        await queryRunner.query(`
            DROP TABLE "plots"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."target_kind"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."plot_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_place_external_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_place_updated_at"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_place_coordinates"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_place_wikidata_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_place_geonames_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_place_country_code"
        `);
        await queryRunner.query(`
            DROP TABLE "places"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."geo_precision"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_incident_external_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_incident_updated_at"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_incident_date"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_incident_confidence"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_incident_plot_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_incident_place_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_incident_outcome"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_incident_type"
        `);
        await queryRunner.query(`
            DROP TABLE "incidents"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."incident_outcome"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."incident_type"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_arrest_external_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_arrest_updated_at"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_arrest_date"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_arrest_confidence"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_arrest_incident_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_arrest_plot_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_arrest_custody_outcome"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_arrest_place_id"
        `);
        await queryRunner.query(`
            DROP TABLE "arrests"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."date_precision"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."confidence"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."custody_outcome"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_actor_external_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_actor_updated_at"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_actor_open_sanctions_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_actor_wikidata_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_actor_country_code"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_actor_name"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_actor_kind"
        `);
        await queryRunner.query(`
            DROP TABLE "actors"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."actor_kind"
        `);
    }

}
