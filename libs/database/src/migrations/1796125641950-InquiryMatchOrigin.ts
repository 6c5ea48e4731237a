import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InquiryMatchOrigin1796125641950 implements MigrationInterface {
  name = 'InquiryMatchOrigin1796125641950';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "inquiries" ADD "match_listing_id" uuid');
    await queryRunner.query('ALTER TABLE "inquiries" ADD "match_rank" smallint');
    await queryRunner.query(
      'ALTER TABLE "inquiries" ADD CONSTRAINT "ck_inquiries_match" CHECK (("match_listing_id" IS NULL AND "match_rank" IS NULL) OR ("match_listing_id" IS NOT NULL AND "match_rank" BETWEEN 1 AND 100))',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "inquiries" DROP CONSTRAINT "ck_inquiries_match"');
    await queryRunner.query('ALTER TABLE "inquiries" DROP COLUMN "match_rank"');
    await queryRunner.query('ALTER TABLE "inquiries" DROP COLUMN "match_listing_id"');
  }
}
