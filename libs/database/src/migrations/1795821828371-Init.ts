import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795821828371 implements MigrationInterface {
  name = 'Init1795821828371';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "type" character varying(16) NOT NULL, "credit_code" character(18) NOT NULL, "region" character(6) NOT NULL, "verified" boolean NOT NULL DEFAULT false, "verified_at" TIMESTAMP WITH TIME ZONE, "verified_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_organizations_region" CHECK ("region" ~ \'^[0-9]{6}$\'), CONSTRAINT "ck_organizations_type" CHECK ("type" IN (\'enterprise\', \'institution\', \'bureau\')), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_organizations_credit_code" ON "organizations"  ("credit_code") ');
    await queryRunner.query(
      'CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "password_hash" text NOT NULL, "display_name" character varying(50) NOT NULL, "org_role" character varying(16) NOT NULL DEFAULT \'member\', "last_login_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_users_org_role" CHECK ("org_role" IN (\'admin\', \'member\')), CONSTRAINT "ck_users_email_lower" CHECK ("email" = lower("email")), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_users_organization_id" ON "users"  ("organization_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_users_email" ON "users"  ("email") ');
    await queryRunner.query(
      'ALTER TABLE "users" ADD CONSTRAINT "fk_users_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "users" DROP CONSTRAINT "fk_users_organization"');
    await queryRunner.query('DROP INDEX "public"."uq_users_email"');
    await queryRunner.query('DROP INDEX "public"."ix_users_organization_id"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP INDEX "public"."uq_organizations_credit_code"');
    await queryRunner.query('DROP TABLE "organizations"');
  }
}
