import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dashboard read the year's seven-way aggregates (month × field × contract type × both
 * regions × seller), which at national volume hold about as many rows as the ledger: a rollup
 * per breakdown (month, field, contract type, seller) beside both regions answers it from a few
 * hundred rows, found through an index on the basis's region. Backfilled from the ledger.
 */
export class AddTurnoverRollups1796158995249 implements MigrationInterface {
  name = 'AddTurnoverRollups1796158995249';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "turnover_rollups" ("year" smallint NOT NULL, "dimension" character varying(16) NOT NULL, "key" character varying(36) NOT NULL, "region" character(6) COLLATE "C" NOT NULL, "buyer_region" character(6) COLLATE "C" NOT NULL, "deal_count" integer NOT NULL DEFAULT \'0\', "amount_fen" bigint NOT NULL DEFAULT \'0\', "technology_amount_fen" bigint NOT NULL DEFAULT \'0\', CONSTRAINT "ck_turnover_rollups_dimension" CHECK ("dimension" IN (\'month\', \'field\', \'contract_type\', \'seller\')), CONSTRAINT "PK_turnover_rollups" PRIMARY KEY ("year", "dimension", "key", "region", "buyer_region"))',
    );
    await queryRunner.query(
      `INSERT INTO "turnover_rollups" (year, dimension, key, region, buyer_region, deal_count, amount_fen, technology_amount_fen)
       SELECT e.year, d.dimension, d.key, e.region, e.buyer_region,
              sum(CASE e.kind WHEN 'record' THEN 1 ELSE -1 END), sum(e.amount_fen), sum(e.technology_amount_fen)
         FROM "ledger_entries" e
        CROSS JOIN LATERAL (VALUES ('month', e.month::text), ('field', e.field::text), ('contract_type', e.contract_type::text),
                                   ('seller', e.seller_org_id::text)) d(dimension, key)
        GROUP BY 1, 2, 3, 4, 5`,
    );
    await queryRunner.query('CREATE INDEX "ix_turnover_rollups_buyer_region" ON "turnover_rollups" ("year", "buyer_region", "dimension") ');
    await queryRunner.query('CREATE INDEX "ix_turnover_rollups_region" ON "turnover_rollups" ("year", "region", "dimension") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_turnover_rollups_region"');
    await queryRunner.query('DROP INDEX "public"."ix_turnover_rollups_buyer_region"');
    await queryRunner.query('DROP TABLE "turnover_rollups"');
  }
}
