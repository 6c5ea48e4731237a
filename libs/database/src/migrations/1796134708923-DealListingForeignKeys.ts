import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A deal's demand, outcome and inquiry references were checked only by the listings port at
 * intake; foreign keys now keep them, and a referenced listing or inquiry cannot be deleted.
 */
export class DealListingForeignKeys1796134708923 implements MigrationInterface {
  name = 'DealListingForeignKeys1796134708923';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "deals" ADD CONSTRAINT "fk_deals_demand" FOREIGN KEY ("demand_id") REFERENCES "demands"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "deals" ADD CONSTRAINT "fk_deals_outcome" FOREIGN KEY ("outcome_id") REFERENCES "outcomes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "deals" ADD CONSTRAINT "fk_deals_inquiry" FOREIGN KEY ("inquiry_id") REFERENCES "inquiries"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "deals" DROP CONSTRAINT "fk_deals_inquiry"');
    await queryRunner.query('ALTER TABLE "deals" DROP CONSTRAINT "fk_deals_outcome"');
    await queryRunner.query('ALTER TABLE "deals" DROP CONSTRAINT "fk_deals_demand"');
  }
}
