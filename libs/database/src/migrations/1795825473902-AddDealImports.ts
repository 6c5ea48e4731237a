import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddDealImports1795825473902 implements MigrationInterface {
  name = 'AddDealImports1795825473902';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "deal_imports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_by_org_id" uuid NOT NULL, "created_by_user_id" uuid NOT NULL, "idempotency_key" character varying(128), "content_hash" character(64) NOT NULL, "filename" character varying(200) NOT NULL, "accepted" integer NOT NULL, "rejected" integer NOT NULL, "errors" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3ce62943e8b4fbb1ccf08a1bfd2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_deal_imports_key" ON "deal_imports"  ("created_by_org_id", "idempotency_key") WHERE "idempotency_key" IS NOT NULL',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_deal_imports_content" ON "deal_imports"  ("created_by_org_id", "content_hash") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."uq_deal_imports_content"');
    await queryRunner.query('DROP INDEX "public"."uq_deal_imports_key"');
    await queryRunner.query('DROP TABLE "deal_imports"');
  }
}
