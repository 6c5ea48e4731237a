import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddMatchLists1796124015228 implements MigrationInterface {
  name = 'AddMatchLists1796124015228';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "match_lists" ("listing_kind" character varying(16) NOT NULL, "listing_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "document" jsonb NOT NULL, "feedback_words" text array NOT NULL DEFAULT \'{}\', "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "ck_match_lists_kind" CHECK ("listing_kind" IN (\'demand\', \'outcome\')), CONSTRAINT "PK_4d1546c352902246b211023ae42" PRIMARY KEY ("listing_kind", "listing_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "match_list_entries" ("listing_kind" character varying(16) NOT NULL, "listing_id" uuid NOT NULL, "counterpart_id" uuid NOT NULL, "counterpart_organization_id" uuid NOT NULL, "score" double precision NOT NULL, "rank_score" double precision NOT NULL, "reasons" text array NOT NULL, "features" jsonb NOT NULL, "document" jsonb NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "ck_match_list_entries_kind" CHECK ("listing_kind" IN (\'demand\', \'outcome\')), CONSTRAINT "PK_dfcc44b80b78dbe7b2e4d1ce284" PRIMARY KEY ("listing_kind", "listing_id", "counterpart_id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_match_list_entries_counterpart" ON "match_list_entries"  ("counterpart_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_match_list_entries_rank" ON "match_list_entries"  ("listing_kind", "listing_id", "rank_score") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_match_list_entries_rank"');
    await queryRunner.query('DROP INDEX "public"."ix_match_list_entries_counterpart"');
    await queryRunner.query('DROP TABLE "match_list_entries"');
    await queryRunner.query('DROP TABLE "match_lists"');
  }
}
