import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationCentreAndDigests1796134671242 implements MigrationInterface {
  name = 'NotificationCentreAndDigests1796134671242';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "notifications" ADD "read_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query(
      'CREATE TABLE "notification_digests" ("user_id" uuid NOT NULL, "day" date NOT NULL, "items" integer NOT NULL, "mail_outbox_id" bigint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_notification_digests" PRIMARY KEY ("user_id", "day"))',
    );
    await queryRunner.query(
      'CREATE TABLE "notification_preferences" ("user_id" uuid NOT NULL, "daily_digest" boolean NOT NULL DEFAULT true, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_notification_preferences" PRIMARY KEY ("user_id"))',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "notification_preferences"');
    await queryRunner.query('DROP TABLE "notification_digests"');
    await queryRunner.query('ALTER TABLE "notifications" DROP COLUMN "read_at"');
  }
}
