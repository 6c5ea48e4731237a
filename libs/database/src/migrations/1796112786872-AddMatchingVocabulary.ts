import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddMatchingVocabulary1796112786872 implements MigrationInterface {
  name = 'AddMatchingVocabulary1796112786872';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "vocabulary_changes" ("id" BIGSERIAL NOT NULL, "entry_id" uuid NOT NULL, "action" character varying(16) NOT NULL, "before" jsonb, "after" jsonb, "actor_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_vocabulary_changes_action" CHECK ("action" IN (\'seed\', \'create\', \'update\', \'delete\')), CONSTRAINT "PK_37528b8ca54476e4fb12b72a4df" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_vocabulary_changes_entry" ON "vocabulary_changes"  ("entry_id", "id") ');
    await queryRunner.query(
      'CREATE TABLE "vocabulary_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(16) NOT NULL, "field" character varying(32), "triggers" text array NOT NULL, "terms" text array NOT NULL DEFAULT \'{}\', "note" character varying(200), "active" boolean NOT NULL DEFAULT true, "seed_key" character varying(120), "updated_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_vocabulary_entries_triggers" CHECK (cardinality("triggers") >= 1), CONSTRAINT "ck_vocabulary_entries_kind" CHECK ("kind" IN (\'bridge\', \'synonym\')), CONSTRAINT "PK_a91a2e8aaca6d9ecb941ee3e653" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_vocabulary_entries_seed_key" ON "vocabulary_entries"  ("seed_key") ');
    await queryRunner.query('CREATE INDEX "ix_vocabulary_entries_active" ON "vocabulary_entries"  ("kind", "active") ');
    await queryRunner.query(
      'CREATE TABLE "match_feedback" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "listing_kind" character varying(16) NOT NULL, "listing_id" uuid NOT NULL, "counterpart_organization_id" uuid NOT NULL, "signal" character varying(16) NOT NULL, "reason" character varying(16), "source" character varying(80) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_match_feedback_reason" CHECK ("reason" IS NULL OR "reason" IN (\'not_relevant\', \'price\', \'maturity\', \'timing\', \'other\')), CONSTRAINT "ck_match_feedback_kind" CHECK ("listing_kind" IN (\'demand\', \'outcome\')), CONSTRAINT "ck_match_feedback_signal" CHECK ("signal" IN (\'accepted\', \'deal\', \'declined\')), CONSTRAINT "PK_a9264ade30c49f70740ae0ca5b8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_match_feedback_listing" ON "match_feedback"  ("listing_kind", "listing_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_match_feedback_source" ON "match_feedback"  ("signal", "source") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."uq_match_feedback_source"');
    await queryRunner.query('DROP INDEX "public"."ix_match_feedback_listing"');
    await queryRunner.query('DROP TABLE "match_feedback"');
    await queryRunner.query('DROP INDEX "public"."ix_vocabulary_entries_active"');
    await queryRunner.query('DROP INDEX "public"."uq_vocabulary_entries_seed_key"');
    await queryRunner.query('DROP TABLE "vocabulary_entries"');
    await queryRunner.query('DROP INDEX "public"."ix_vocabulary_changes_entry"');
    await queryRunner.query('DROP TABLE "vocabulary_changes"');
  }
}
