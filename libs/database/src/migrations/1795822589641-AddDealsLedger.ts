import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddDealsLedger1795822589641 implements MigrationInterface {
  name = 'AddDealsLedger1795822589641';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "annual_targets" ("year" smallint NOT NULL, "turnover_fen" bigint NOT NULL, "deals" integer NOT NULL, "demands_published" integer NOT NULL, "updated_by_user_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_annual_targets_values" CHECK ("turnover_fen" >= 0 AND "deals" >= 0 AND "demands_published" >= 0), CONSTRAINT "PK_a74a248c3ab3799ec799267d013" PRIMARY KEY ("year"))',
    );
    await queryRunner.query(
      'CREATE TABLE "deals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "buyer_org_id" uuid NOT NULL, "seller_org_id" uuid NOT NULL, "demand_id" uuid, "outcome_id" uuid, "inquiry_id" uuid, "contract_type" character varying(16) NOT NULL, "field" character varying(32) NOT NULL, "amount_fen" bigint NOT NULL, "technology_amount_fen" bigint NOT NULL, "signed_at" date NOT NULL, "year" smallint NOT NULL, "month" smallint NOT NULL, "region" character(6) NOT NULL, "registration_no" character varying(20), "status" character varying(16) NOT NULL DEFAULT \'pending\', "created_by_user_id" uuid NOT NULL, "created_by_org_id" uuid NOT NULL, "idempotency_key" character varying(128) NOT NULL, "request_hash" character(64) NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "cancelled_by_user_id" uuid, "cancel_reason" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_deals_period" CHECK ("month" BETWEEN 1 AND 12), CONSTRAINT "ck_deals_parties" CHECK ("buyer_org_id" <> "seller_org_id"), CONSTRAINT "ck_deals_amounts" CHECK ("amount_fen" > 0 AND "technology_amount_fen" > 0 AND "technology_amount_fen" <= "amount_fen"), CONSTRAINT "ck_deals_status" CHECK ("status" IN (\'pending\', \'recorded\', \'cancelled\')), CONSTRAINT "PK_8c66f03b250f613ff8615940b4b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_deals_buyer_org_id" ON "deals"  ("buyer_org_id") ');
    await queryRunner.query('CREATE INDEX "ix_deals_seller_org_id" ON "deals"  ("seller_org_id") ');
    await queryRunner.query('CREATE INDEX "ix_deals_year_signed" ON "deals"  ("year", "signed_at") ');
    await queryRunner.query('CREATE INDEX "ix_deals_year_amount" ON "deals"  ("year", "amount_fen") WHERE "status" = \'recorded\'');
    await queryRunner.query('CREATE INDEX "ix_deals_pending" ON "deals"  ("created_at") WHERE "status" = \'pending\'');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_deals_idempotency" ON "deals"  ("created_by_org_id", "idempotency_key") ');
    await queryRunner.query(
      'CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(32) NOT NULL, "year" smallint NOT NULL, "milestone" smallint, "title" character varying(200) NOT NULL, "message" text NOT NULL, "total_fen" bigint, "target_fen" bigint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_notifications_kind" CHECK ("kind" IN (\'turnover_milestone\')), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_notifications_created_at" ON "notifications"  ("created_at") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_notifications_milestone" ON "notifications"  ("year", "milestone") WHERE "kind" = \'turnover_milestone\'',
    );
    await queryRunner.query(
      'CREATE TABLE "ledger_entries" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "deal_id" uuid NOT NULL, "kind" character varying(8) NOT NULL, "amount_fen" bigint NOT NULL, "technology_amount_fen" bigint NOT NULL, "year" smallint NOT NULL, "month" smallint NOT NULL, "field" character varying(32) NOT NULL, "contract_type" character varying(16) NOT NULL, "region" character(6) NOT NULL, "seller_org_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_ledger_entries_sign" CHECK (("kind" = \'record\' AND "amount_fen" > 0 AND "technology_amount_fen" > 0) OR ("kind" = \'cancel\' AND "amount_fen" < 0 AND "technology_amount_fen" < 0)), CONSTRAINT "ck_ledger_entries_kind" CHECK ("kind" IN (\'record\', \'cancel\')), CONSTRAINT "PK_6efcb84411d3f08b08450ae75d5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_ledger_entries_deal_kind" ON "ledger_entries"  ("deal_id", "kind") ');
    await queryRunner.query(
      'CREATE TABLE "turnover_aggregates" ("year" smallint NOT NULL, "month" smallint NOT NULL, "field" character varying(32) NOT NULL, "contract_type" character varying(16) NOT NULL, "region" character(6) NOT NULL, "seller_org_id" uuid NOT NULL, "deal_count" integer NOT NULL DEFAULT \'0\', "amount_fen" bigint NOT NULL DEFAULT \'0\', "technology_amount_fen" bigint NOT NULL DEFAULT \'0\', CONSTRAINT "PK_40fb900a2f90619d81351d857f5" PRIMARY KEY ("year", "month", "field", "contract_type", "region", "seller_org_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "deals" ADD CONSTRAINT "fk_deals_buyer_org" FOREIGN KEY ("buyer_org_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "deals" ADD CONSTRAINT "fk_deals_seller_org" FOREIGN KEY ("seller_org_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "ledger_entries" ADD CONSTRAINT "fk_ledger_entries_deal" FOREIGN KEY ("deal_id") REFERENCES "deals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "ledger_entries" DROP CONSTRAINT "fk_ledger_entries_deal"');
    await queryRunner.query('ALTER TABLE "deals" DROP CONSTRAINT "fk_deals_seller_org"');
    await queryRunner.query('ALTER TABLE "deals" DROP CONSTRAINT "fk_deals_buyer_org"');
    await queryRunner.query('DROP TABLE "turnover_aggregates"');
    await queryRunner.query('DROP INDEX "public"."uq_ledger_entries_deal_kind"');
    await queryRunner.query('DROP TABLE "ledger_entries"');
    await queryRunner.query('DROP INDEX "public"."uq_notifications_milestone"');
    await queryRunner.query('DROP INDEX "public"."ix_notifications_created_at"');
    await queryRunner.query('DROP TABLE "notifications"');
    await queryRunner.query('DROP INDEX "public"."uq_deals_idempotency"');
    await queryRunner.query('DROP INDEX "public"."ix_deals_pending"');
    await queryRunner.query('DROP INDEX "public"."ix_deals_year_amount"');
    await queryRunner.query('DROP INDEX "public"."ix_deals_year_signed"');
    await queryRunner.query('DROP INDEX "public"."ix_deals_seller_org_id"');
    await queryRunner.query('DROP INDEX "public"."ix_deals_buyer_org_id"');
    await queryRunner.query('DROP TABLE "deals"');
    await queryRunner.query('DROP TABLE "annual_targets"');
  }
}
