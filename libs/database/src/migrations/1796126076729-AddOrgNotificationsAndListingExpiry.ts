import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddOrgNotificationsAndListingExpiry1796126076729 implements MigrationInterface {
  name = 'AddOrgNotificationsAndListingExpiry1796126076729';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "org_notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_org_id" uuid NOT NULL, "type" character varying(32) NOT NULL, "title" character varying(200) NOT NULL, "payload" jsonb NOT NULL, "dedupe_key" character varying(200) NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_org_notifications_type" CHECK ("type" IN (\'match.new\', \'subscription.hit\', \'listing.expiring\')), CONSTRAINT "PK_9d4b310e00455ae9e817be26acc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_org_notifications_dedupe" ON "org_notifications"  ("dedupe_key") ');
    await queryRunner.query('CREATE INDEX "ix_org_notifications_recipient" ON "org_notifications"  ("recipient_org_id", "created_at") ');
    await queryRunner.query('ALTER TABLE "demands" ADD "confirmed_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "demands" ADD "expiry_reminded_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "outcomes" ADD "confirmed_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "outcomes" ADD "expiry_reminded_at" TIMESTAMP WITH TIME ZONE');
    // TypeORM does not compare a check's expression: the status checks are replaced by hand.
    for (const table of ['demands', 'outcomes']) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "ck_${table}_status"`);
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "ck_${table}_status" CHECK ("status" IN ('pending', 'published', 'rejected', 'closed', 'fulfilled', 'expired'))`,
      );
      // A listing published before expiry existed was last confirmed when it was published.
      await queryRunner.query(`UPDATE "${table}" SET "confirmed_at" = "published_at" WHERE "published_at" IS NOT NULL`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['demands', 'outcomes']) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "ck_${table}_status"`);
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "ck_${table}_status" CHECK ("status" IN ('pending', 'published', 'rejected', 'closed', 'fulfilled'))`,
      );
    }
    await queryRunner.query('ALTER TABLE "outcomes" DROP COLUMN "expiry_reminded_at"');
    await queryRunner.query('ALTER TABLE "outcomes" DROP COLUMN "confirmed_at"');
    await queryRunner.query('ALTER TABLE "demands" DROP COLUMN "expiry_reminded_at"');
    await queryRunner.query('ALTER TABLE "demands" DROP COLUMN "confirmed_at"');
    await queryRunner.query('DROP INDEX "public"."ix_org_notifications_recipient"');
    await queryRunner.query('DROP INDEX "public"."uq_org_notifications_dedupe"');
    await queryRunner.query('DROP TABLE "org_notifications"');
  }
}
