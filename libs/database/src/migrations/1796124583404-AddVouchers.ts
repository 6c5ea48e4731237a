import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddVouchers1796124583404 implements MigrationInterface {
  name = 'AddVouchers1796124583404';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "voucher_budgets" ("year" smallint NOT NULL, "amount_fen" bigint NOT NULL, "issued_fen" bigint NOT NULL DEFAULT \'0\', "updated_by_user_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_voucher_budgets_amounts" CHECK ("amount_fen" >= 0 AND "issued_fen" >= 0 AND "issued_fen" <= "amount_fen"), CONSTRAINT "PK_b34220fce65c4cfba2c45bde829" PRIMARY KEY ("year"))',
    );
    await queryRunner.query(
      'CREATE TABLE "vouchers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "year" smallint NOT NULL, "amount_fen" bigint NOT NULL, "redeemed_fen" bigint NOT NULL DEFAULT \'0\', "mode" character varying(16) NOT NULL, "valid_until" date NOT NULL, "issued_by_user_id" uuid NOT NULL, "issued_by_org_id" uuid NOT NULL, "idempotency_key" character varying(128), "request_hash" character(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_vouchers_mode" CHECK ("mode" IN (\'general\', \'exchange\')), CONSTRAINT "ck_vouchers_amounts" CHECK ("amount_fen" > 0 AND "redeemed_fen" >= 0 AND "redeemed_fen" <= "amount_fen"), CONSTRAINT "PK_ed1b7dd909a696560763acdbc04" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_vouchers_organization_id" ON "vouchers"  ("organization_id") ');
    await queryRunner.query('CREATE INDEX "ix_vouchers_year" ON "vouchers"  ("year") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_vouchers_idempotency" ON "vouchers"  ("issued_by_org_id", "idempotency_key") WHERE "idempotency_key" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "voucher_ledger" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "voucher_id" uuid NOT NULL, "deal_id" uuid NOT NULL, "kind" character varying(8) NOT NULL, "amount_fen" bigint NOT NULL, "by_org_id" uuid, "by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_voucher_ledger_kind" CHECK ("kind" IN (\'redeem\', \'reverse\')), CONSTRAINT "ck_voucher_ledger_amount" CHECK ("amount_fen" > 0), CONSTRAINT "PK_f014d6c9e9dd5b68b5afb7e3e2f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_voucher_ledger_deal_id" ON "voucher_ledger"  ("deal_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_voucher_ledger_voucher_deal_kind" ON "voucher_ledger"  ("voucher_id", "deal_id", "kind") ',
    );
    await queryRunner.query(
      'CREATE TABLE "voucher_deal_totals" ("deal_id" uuid NOT NULL, "redeemed_fen" bigint NOT NULL, "cap_fen" bigint NOT NULL, CONSTRAINT "ck_voucher_deal_totals" CHECK ("redeemed_fen" >= 0 AND "redeemed_fen" <= "cap_fen"), CONSTRAINT "PK_c128cd4e9e660b66a55d6e2e1e3" PRIMARY KEY ("deal_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "vouchers" ADD CONSTRAINT "fk_vouchers_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "voucher_ledger" ADD CONSTRAINT "fk_voucher_ledger_voucher" FOREIGN KEY ("voucher_id") REFERENCES "vouchers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "voucher_ledger" ADD CONSTRAINT "fk_voucher_ledger_deal" FOREIGN KEY ("deal_id") REFERENCES "deals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "voucher_deal_totals" ADD CONSTRAINT "fk_voucher_deal_totals_deal" FOREIGN KEY ("deal_id") REFERENCES "deals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "voucher_deal_totals" DROP CONSTRAINT "fk_voucher_deal_totals_deal"');
    await queryRunner.query('ALTER TABLE "voucher_ledger" DROP CONSTRAINT "fk_voucher_ledger_deal"');
    await queryRunner.query('ALTER TABLE "voucher_ledger" DROP CONSTRAINT "fk_voucher_ledger_voucher"');
    await queryRunner.query('ALTER TABLE "vouchers" DROP CONSTRAINT "fk_vouchers_organization"');
    await queryRunner.query('DROP TABLE "voucher_deal_totals"');
    await queryRunner.query('DROP INDEX "public"."uq_voucher_ledger_voucher_deal_kind"');
    await queryRunner.query('DROP INDEX "public"."ix_voucher_ledger_deal_id"');
    await queryRunner.query('DROP TABLE "voucher_ledger"');
    await queryRunner.query('DROP INDEX "public"."uq_vouchers_idempotency"');
    await queryRunner.query('DROP INDEX "public"."ix_vouchers_year"');
    await queryRunner.query('DROP INDEX "public"."ix_vouchers_organization_id"');
    await queryRunner.query('DROP TABLE "vouchers"');
    await queryRunner.query('DROP TABLE "voucher_budgets"');
  }
}
