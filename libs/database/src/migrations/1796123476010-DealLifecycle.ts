import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DealLifecycle1796123476010 implements MigrationInterface {
  name = 'DealLifecycle1796123476010';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_deals_pending"');
    // The lifecycle's statuses. A `pending` deal had been accepted for recording: it is a
    // registered contract waiting for the worker, so it becomes `registered`; recorded and
    // cancelled deals stay as they are. No ledger entry or aggregate changes.
    await queryRunner.query('ALTER TABLE "deals" DROP CONSTRAINT "ck_deals_status"');
    await queryRunner.query(`UPDATE "deals" SET "status" = 'registered' WHERE "status" = 'pending'`);
    await queryRunner.query(
      `ALTER TABLE "deals" ADD CONSTRAINT "ck_deals_status" CHECK ("status" IN ('declared', 'confirmed', 'disputed', 'registered', 'recorded', 'rejected', 'cancelled'))`,
    );
    await queryRunner.query('ALTER TABLE "notifications" DROP CONSTRAINT "ck_notifications_kind"');
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "ck_notifications_kind" CHECK ("kind" IN ('turnover_milestone', 'deal_status'))`,
    );
    await queryRunner.query(
      'CREATE TABLE "deal_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "deal_id" uuid NOT NULL, "status" character varying(16) NOT NULL, "actor_user_id" uuid, "actor_org_id" uuid, "reason" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2f01d0518eac053189e8c044a55" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_deal_events_deal" ON "deal_events"  ("deal_id", "created_at") ');
    await queryRunner.query(
      'CREATE TABLE "deal_notices" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "deal_id" uuid NOT NULL, "subject" character varying(200) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cdc6045562e2673a77676b10a38" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_deal_notices_deal" ON "deal_notices"  ("deal_id") ');
    await queryRunner.query('CREATE INDEX "ix_deal_notices_starts_at" ON "deal_notices"  ("starts_at") ');
    await queryRunner.query(
      'CREATE TABLE "deal_notice_objections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "notice_id" uuid NOT NULL, "user_id" uuid NOT NULL, "text" character varying(1000) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolution" character varying(1000), "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by_user_id" uuid, CONSTRAINT "PK_8c2b5f8f83e716617c333683b19" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_deal_notice_objections_notice" ON "deal_notice_objections"  ("notice_id", "created_at") ');
    await queryRunner.query('ALTER TABLE "deals" ADD "pricing" character varying(16) NOT NULL DEFAULT \'listing\'');
    await queryRunner.query('ALTER TABLE "deals" ADD "title" character varying(200)');
    await queryRunner.query('ALTER TABLE "deals" ADD "contract_subtype" character varying(32)');
    await queryRunner.query('ALTER TABLE "deals" ADD "term_start" date');
    await queryRunner.query('ALTER TABLE "deals" ADD "term_end" date');
    await queryRunner.query('ALTER TABLE "deals" ADD "payment_mode" character varying(8)');
    await queryRunner.query('ALTER TABLE "deals" ADD "confirmed_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "deals" ADD "registered_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "deals" ADD "registered_by_user_id" uuid');
    await queryRunner.query('ALTER TABLE "deals" ADD "rejected_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "deals" ADD "status_reason" character varying(500)');
    await queryRunner.query('ALTER TABLE "notifications" ADD "org_id" uuid');
    await queryRunner.query('ALTER TABLE "notifications" ADD "deal_id" uuid');
    await queryRunner.query('ALTER TABLE "deals" ALTER COLUMN "status" SET DEFAULT \'declared\'');
    // Two live deals with one registration number are the same contract counted twice: the
    // migration stops and names them, for the bureau to cancel one, rather than choose itself.
    const duplicates: { registration_no: string; ids: string }[] = await queryRunner.query(
      `SELECT registration_no, string_agg(id::text, ', ') AS ids FROM deals
        WHERE registration_no IS NOT NULL AND status NOT IN ('cancelled', 'rejected')
        GROUP BY registration_no HAVING count(*) > 1 LIMIT 20`,
    );
    if (duplicates.length > 0) {
      throw new Error(
        `deals share a registration number; cancel all but one of each before migrating: ${duplicates.map((d) => `${d.registration_no} (${d.ids})`).join('; ')}`,
      );
    }
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_deals_registration_no" ON "deals"  ("registration_no") WHERE "registration_no" IS NOT NULL AND "status" NOT IN (\'cancelled\', \'rejected\')',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_deals_open" ON "deals"  ("status", "created_at") WHERE "status" IN (\'declared\', \'confirmed\', \'disputed\')',
    );
    await queryRunner.query('CREATE INDEX "ix_deals_registered" ON "deals"  ("registered_at") WHERE "status" = \'registered\'');
    await queryRunner.query('CREATE INDEX "ix_notifications_org" ON "notifications"  ("org_id", "created_at") WHERE "org_id" IS NOT NULL');
    await queryRunner.query(
      'ALTER TABLE "deals" ADD CONSTRAINT "ck_deals_term" CHECK ("term_end" IS NULL OR "term_start" IS NULL OR "term_end" >= "term_start")',
    );
    await queryRunner.query(
      "ALTER TABLE \"deals\" ADD CONSTRAINT \"ck_deals_payment_mode\" CHECK (\"payment_mode\" IN ('一次总付', '分期支付', '提成支付', '其他'))",
    );
    await queryRunner.query(
      'ALTER TABLE "deals" ADD CONSTRAINT "ck_deals_pricing" CHECK ("pricing" IN (\'agreement\', \'listing\', \'auction\'))',
    );
    await queryRunner.query(
      'ALTER TABLE "deal_events" ADD CONSTRAINT "fk_deal_events_deal" FOREIGN KEY ("deal_id") REFERENCES "deals"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "deal_notices" ADD CONSTRAINT "fk_deal_notices_deal" FOREIGN KEY ("deal_id") REFERENCES "deals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "deal_notice_objections" ADD CONSTRAINT "fk_deal_notice_objections_notice" FOREIGN KEY ("notice_id") REFERENCES "deal_notices"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // Existing deals came in registered (posted or imported): their registration time is their
    // acceptance, and their history starts with that step (and the recording or cancellation).
    await queryRunner.query(`UPDATE "deals" SET "registered_at" = "created_at", "registered_by_user_id" = "created_by_user_id"`);
    await queryRunner.query(
      `INSERT INTO "deal_events" ("deal_id", "status", "actor_user_id", "actor_org_id", "created_at")
       SELECT "id", 'registered', "created_by_user_id", "created_by_org_id", "created_at" FROM "deals"`,
    );
    await queryRunner.query(
      `INSERT INTO "deal_events" ("deal_id", "status", "created_at")
       SELECT "id", 'recorded', "recorded_at" FROM "deals" WHERE "recorded_at" IS NOT NULL`,
    );
    await queryRunner.query(
      `INSERT INTO "deal_events" ("deal_id", "status", "actor_user_id", "reason", "created_at")
       SELECT "id", 'cancelled', "cancelled_by_user_id", "cancel_reason", "cancelled_at" FROM "deals" WHERE "status" = 'cancelled'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Back to three statuses: deals that had not reached the ledger are gone from the old model's
    // view (declared, confirmed, disputed and rejected deals never counted); registered ones wait again.
    await queryRunner.query('ALTER TABLE "deals" DROP CONSTRAINT "ck_deals_status"');
    await queryRunner.query(`DELETE FROM "deal_notice_objections"`);
    await queryRunner.query(`DELETE FROM "deal_notices"`);
    await queryRunner.query(`DELETE FROM "deals" WHERE "status" IN ('declared', 'confirmed', 'disputed', 'rejected')`);
    await queryRunner.query(`UPDATE "deals" SET "status" = 'pending' WHERE "status" = 'registered'`);
    await queryRunner.query(
      `ALTER TABLE "deals" ADD CONSTRAINT "ck_deals_status" CHECK ("status" IN ('pending', 'recorded', 'cancelled'))`,
    );
    await queryRunner.query(`DELETE FROM "notifications" WHERE "kind" = 'deal_status'`);
    await queryRunner.query('ALTER TABLE "notifications" DROP CONSTRAINT "ck_notifications_kind"');
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "ck_notifications_kind" CHECK ("kind" IN ('turnover_milestone'))`);
    await queryRunner.query('ALTER TABLE "deal_notice_objections" DROP CONSTRAINT "fk_deal_notice_objections_notice"');
    await queryRunner.query('ALTER TABLE "deal_notices" DROP CONSTRAINT "fk_deal_notices_deal"');
    await queryRunner.query('ALTER TABLE "deal_events" DROP CONSTRAINT "fk_deal_events_deal"');
    await queryRunner.query('ALTER TABLE "deals" DROP CONSTRAINT "ck_deals_pricing"');
    await queryRunner.query('ALTER TABLE "deals" DROP CONSTRAINT "ck_deals_payment_mode"');
    await queryRunner.query('ALTER TABLE "deals" DROP CONSTRAINT "ck_deals_term"');
    await queryRunner.query('DROP INDEX "public"."ix_notifications_org"');
    await queryRunner.query('DROP INDEX "public"."ix_deals_registered"');
    await queryRunner.query('DROP INDEX "public"."ix_deals_open"');
    await queryRunner.query('DROP INDEX "public"."uq_deals_registration_no"');
    await queryRunner.query('ALTER TABLE "deals" ALTER COLUMN "status" SET DEFAULT \'pending\'');
    await queryRunner.query('ALTER TABLE "notifications" DROP COLUMN "deal_id"');
    await queryRunner.query('ALTER TABLE "notifications" DROP COLUMN "org_id"');
    await queryRunner.query('ALTER TABLE "deals" DROP COLUMN "status_reason"');
    await queryRunner.query('ALTER TABLE "deals" DROP COLUMN "rejected_at"');
    await queryRunner.query('ALTER TABLE "deals" DROP COLUMN "registered_by_user_id"');
    await queryRunner.query('ALTER TABLE "deals" DROP COLUMN "registered_at"');
    await queryRunner.query('ALTER TABLE "deals" DROP COLUMN "confirmed_at"');
    await queryRunner.query('ALTER TABLE "deals" DROP COLUMN "payment_mode"');
    await queryRunner.query('ALTER TABLE "deals" DROP COLUMN "term_end"');
    await queryRunner.query('ALTER TABLE "deals" DROP COLUMN "term_start"');
    await queryRunner.query('ALTER TABLE "deals" DROP COLUMN "contract_subtype"');
    await queryRunner.query('ALTER TABLE "deals" DROP COLUMN "title"');
    await queryRunner.query('ALTER TABLE "deals" DROP COLUMN "pricing"');
    await queryRunner.query('DROP INDEX "public"."ix_deal_notice_objections_notice"');
    await queryRunner.query('DROP TABLE "deal_notice_objections"');
    await queryRunner.query('DROP INDEX "public"."ix_deal_notices_starts_at"');
    await queryRunner.query('DROP INDEX "public"."uq_deal_notices_deal"');
    await queryRunner.query('DROP TABLE "deal_notices"');
    await queryRunner.query('DROP INDEX "public"."ix_deal_events_deal"');
    await queryRunner.query('DROP TABLE "deal_events"');
    await queryRunner.query(
      'CREATE INDEX "ix_deals_pending" ON "deals" USING btree ("created_at") WHERE ((status)::text = \'pending\'::text)',
    );
  }
}
