import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSubscriptions1796126531555 implements MigrationInterface {
  name = 'AddSubscriptions1796126531555';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "subscriptions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_by" uuid NOT NULL, "kind" character varying(16) NOT NULL, "q" character varying(100), "field" character varying(32), "region" character varying(6), "modes" text array NOT NULL DEFAULT \'{}\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_subscriptions_kind" CHECK ("kind" IN (\'demand\', \'outcome\')), CONSTRAINT "PK_a87248d73155605cf782be9ee5e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_subscriptions_organization" ON "subscriptions"  ("organization_id", "created_at") ');
    await queryRunner.query('CREATE INDEX "ix_subscriptions_kind" ON "subscriptions"  ("kind") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_subscriptions_kind"');
    await queryRunner.query('DROP INDEX "public"."ix_subscriptions_organization"');
    await queryRunner.query('DROP TABLE "subscriptions"');
  }
}
