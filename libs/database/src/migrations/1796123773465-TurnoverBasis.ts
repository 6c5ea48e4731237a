import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which turnover: the ledger and its aggregates carry the buyer's region beside the seller's,
 * so that a region's technology inflow (技术吸纳) and outflow (技术输出) can both be read; a
 * year's target says which one it tracks (inflow unless the bureau says otherwise).
 * The aggregates are recomputed from the ledger: no total changes.
 */
export class TurnoverBasis1796123773465 implements MigrationInterface {
  name = 'TurnoverBasis1796123773465';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "annual_targets" ADD "basis" character varying(8) NOT NULL DEFAULT \'inflow\'');
    await queryRunner.query(
      'ALTER TABLE "annual_targets" ADD CONSTRAINT "ck_annual_targets_basis" CHECK ("basis" IN (\'inflow\', \'outflow\'))',
    );
    await queryRunner.query('ALTER TABLE "ledger_entries" ADD "buyer_region" character(6)');
    await queryRunner.query(
      `UPDATE "ledger_entries" e SET "buyer_region" = o."region"
         FROM "deals" d JOIN "organizations" o ON o."id" = d."buyer_org_id" WHERE d."id" = e."deal_id"`,
    );
    await queryRunner.query('ALTER TABLE "ledger_entries" ALTER COLUMN "buyer_region" SET NOT NULL');
    await queryRunner.query('DELETE FROM "turnover_aggregates"');
    await queryRunner.query('ALTER TABLE "turnover_aggregates" ADD "buyer_region" character(6) NOT NULL');
    await queryRunner.query('ALTER TABLE "turnover_aggregates" DROP CONSTRAINT "PK_40fb900a2f90619d81351d857f5"');
    await queryRunner.query(
      'ALTER TABLE "turnover_aggregates" ADD CONSTRAINT "PK_779ecf8c9d2344c537e22876ca8" PRIMARY KEY ("year", "month", "seller_org_id", "field", "contract_type", "region", "buyer_region")',
    );
    await reaggregate(queryRunner, 'year, month, field, contract_type, region, buyer_region, seller_org_id');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "annual_targets" DROP CONSTRAINT "ck_annual_targets_basis"');
    await queryRunner.query('DELETE FROM "turnover_aggregates"');
    await queryRunner.query('ALTER TABLE "turnover_aggregates" DROP CONSTRAINT "PK_779ecf8c9d2344c537e22876ca8"');
    await queryRunner.query('ALTER TABLE "turnover_aggregates" DROP COLUMN "buyer_region"');
    await queryRunner.query(
      'ALTER TABLE "turnover_aggregates" ADD CONSTRAINT "PK_40fb900a2f90619d81351d857f5" PRIMARY KEY ("year", "month", "seller_org_id", "field", "contract_type", "region")',
    );
    await queryRunner.query('ALTER TABLE "ledger_entries" DROP COLUMN "buyer_region"');
    await reaggregate(queryRunner, 'year, month, field, contract_type, region, seller_org_id');
    await queryRunner.query('ALTER TABLE "annual_targets" DROP COLUMN "basis"');
  }
}

async function reaggregate(queryRunner: QueryRunner, dimensions: string): Promise<void> {
  await queryRunner.query(
    `INSERT INTO "turnover_aggregates" (${dimensions}, deal_count, amount_fen, technology_amount_fen)
     SELECT ${dimensions}, sum(CASE kind WHEN 'record' THEN 1 ELSE -1 END), sum(amount_fen), sum(technology_amount_fen)
       FROM "ledger_entries" GROUP BY ${dimensions}`,
  );
}
