import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InquiryDeclinesAndListState1796124782721 implements MigrationInterface {
  name = 'InquiryDeclinesAndListState1796124782721';

  async up(queryRunner: QueryRunner): Promise<void> {
    // TypeORM does not compare a check's expression, so the status check is replaced by hand.
    await queryRunner.query('ALTER TABLE "inquiries" DROP CONSTRAINT "ck_inquiries_status"');
    await queryRunner.query(
      'ALTER TABLE "inquiries" ADD CONSTRAINT "ck_inquiries_status" CHECK ("status" IN (\'open\', \'closed\', \'declined\'))',
    );
    await queryRunner.query('ALTER TABLE "inquiries" ADD "decline_reason" character varying(16)');
    await queryRunner.query('ALTER TABLE "inquiries" ADD "decline_note" character varying(500)');
    await queryRunner.query('ALTER TABLE "match_lists" ADD "ready" boolean NOT NULL DEFAULT false');
    await queryRunner.query('ALTER TABLE "match_lists" ADD "computed_size" smallint NOT NULL DEFAULT \'0\'');
    await queryRunner.query('ALTER TABLE "match_lists" ADD "stale" boolean NOT NULL DEFAULT false');
    await queryRunner.query(
      "ALTER TABLE \"inquiries\" ADD CONSTRAINT \"ck_inquiries_decline\" CHECK ((\"status\" = 'declined') = (\"decline_reason\" IS NOT NULL) AND (\"decline_reason\" IS NULL OR \"decline_reason\" IN ('too_early', 'price', 'ip_unclear', 'not_our_field', 'capacity', 'other')))",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "inquiries" DROP CONSTRAINT "ck_inquiries_decline"');
    await queryRunner.query('ALTER TABLE "match_lists" DROP COLUMN "stale"');
    await queryRunner.query('ALTER TABLE "match_lists" DROP COLUMN "computed_size"');
    await queryRunner.query('ALTER TABLE "match_lists" DROP COLUMN "ready"');
    await queryRunner.query('ALTER TABLE "inquiries" DROP COLUMN "decline_note"');
    await queryRunner.query('ALTER TABLE "inquiries" DROP COLUMN "decline_reason"');
    await queryRunner.query('ALTER TABLE "inquiries" DROP CONSTRAINT "ck_inquiries_status"');
    await queryRunner.query('ALTER TABLE "inquiries" ADD CONSTRAINT "ck_inquiries_status" CHECK ("status" IN (\'open\', \'closed\'))');
  }
}
