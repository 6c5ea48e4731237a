import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddBrokers1796126463577 implements MigrationInterface {
  name = 'AddBrokers1796126463577';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Service agencies (技术转移服务机构) register as organizations of type broker.
    await queryRunner.query('ALTER TABLE "organizations" DROP CONSTRAINT "ck_organizations_type"');
    await queryRunner.query(
      "ALTER TABLE \"organizations\" ADD CONSTRAINT \"ck_organizations_type\" CHECK (\"type\" IN ('enterprise', 'institution', 'broker', 'bureau'))",
    );
    await queryRunner.query(
      'CREATE TABLE "broker_certificates" ("user_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "certificate_no" character varying(40) NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'pending\', "verified_at" TIMESTAMP WITH TIME ZONE, "verified_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_broker_certificates_status" CHECK ("status" IN (\'pending\', \'verified\')), CONSTRAINT "PK_cbf99536bd5f1541d3edb8bf919" PRIMARY KEY ("user_id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_broker_certificates_number" ON "broker_certificates"  ("certificate_no") ');
    await queryRunner.query(
      'CREATE TABLE "broker_follows" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "demand_id" uuid NOT NULL, "broker_user_id" uuid NOT NULL, "broker_org_id" uuid NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'active\', "stage" character varying(16) NOT NULL DEFAULT \'screening\', "stage_reason" character varying(200), "contacts_allowed" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_broker_follows_dropped" CHECK ("stage" <> \'dropped\' OR "stage_reason" IS NOT NULL), CONSTRAINT "ck_broker_follows_stage" CHECK ("stage" IN (\'screening\', \'introduced\', \'negotiating\', \'signed\', \'registered\', \'dropped\')), CONSTRAINT "ck_broker_follows_status" CHECK ("status" IN (\'active\', \'refused\', \'ended\')), CONSTRAINT "PK_0de0b0f89d50b62aaf334102b76" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_broker_follows_broker_user_id" ON "broker_follows"  ("broker_user_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_broker_follows_demand_broker" ON "broker_follows"  ("demand_id", "broker_user_id") ');
    await queryRunner.query(
      'CREATE TABLE "introductions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "follow_id" uuid NOT NULL, "demand_id" uuid NOT NULL, "outcome_id" uuid NOT NULL, "broker_user_id" uuid NOT NULL, "broker_org_id" uuid NOT NULL, "demand_org_id" uuid NOT NULL, "outcome_org_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_811d59fa8b5c5255e94438b348e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_introductions_broker_org_id" ON "introductions"  ("broker_org_id") ');
    await queryRunner.query('CREATE INDEX "ix_introductions_demand_org_id" ON "introductions"  ("demand_org_id") ');
    await queryRunner.query('CREATE INDEX "ix_introductions_outcome_org_id" ON "introductions"  ("outcome_org_id") ');
    await queryRunner.query('CREATE INDEX "ix_introductions_pair" ON "introductions"  ("demand_id", "outcome_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_introductions_pair_broker" ON "introductions"  ("demand_id", "outcome_id", "broker_user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "introduction_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "introduction_id" uuid NOT NULL, "author_user_id" uuid NOT NULL, "author_org_id" uuid NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b9724226b723746dbcc8e3764d3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_introduction_messages_thread" ON "introduction_messages"  ("introduction_id", "created_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "broker_certificates" ADD CONSTRAINT "fk_broker_certificates_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "broker_certificates" ADD CONSTRAINT "fk_broker_certificates_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "broker_follows" ADD CONSTRAINT "fk_broker_follows_demand" FOREIGN KEY ("demand_id") REFERENCES "demands"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "broker_follows" ADD CONSTRAINT "fk_broker_follows_user" FOREIGN KEY ("broker_user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "introductions" ADD CONSTRAINT "fk_introductions_follow" FOREIGN KEY ("follow_id") REFERENCES "broker_follows"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "introductions" ADD CONSTRAINT "fk_introductions_outcome" FOREIGN KEY ("outcome_id") REFERENCES "outcomes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "introduction_messages" ADD CONSTRAINT "fk_introduction_messages_introduction" FOREIGN KEY ("introduction_id") REFERENCES "introductions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "introduction_messages" DROP CONSTRAINT "fk_introduction_messages_introduction"');
    await queryRunner.query('ALTER TABLE "introductions" DROP CONSTRAINT "fk_introductions_outcome"');
    await queryRunner.query('ALTER TABLE "introductions" DROP CONSTRAINT "fk_introductions_follow"');
    await queryRunner.query('ALTER TABLE "broker_follows" DROP CONSTRAINT "fk_broker_follows_user"');
    await queryRunner.query('ALTER TABLE "broker_follows" DROP CONSTRAINT "fk_broker_follows_demand"');
    await queryRunner.query('ALTER TABLE "broker_certificates" DROP CONSTRAINT "fk_broker_certificates_organization"');
    await queryRunner.query('ALTER TABLE "broker_certificates" DROP CONSTRAINT "fk_broker_certificates_user"');
    await queryRunner.query('DROP INDEX "public"."ix_introduction_messages_thread"');
    await queryRunner.query('DROP TABLE "introduction_messages"');
    await queryRunner.query('DROP INDEX "public"."uq_introductions_pair_broker"');
    await queryRunner.query('DROP INDEX "public"."ix_introductions_pair"');
    await queryRunner.query('DROP INDEX "public"."ix_introductions_outcome_org_id"');
    await queryRunner.query('DROP INDEX "public"."ix_introductions_demand_org_id"');
    await queryRunner.query('DROP INDEX "public"."ix_introductions_broker_org_id"');
    await queryRunner.query('DROP TABLE "introductions"');
    await queryRunner.query('DROP INDEX "public"."uq_broker_follows_demand_broker"');
    await queryRunner.query('DROP INDEX "public"."ix_broker_follows_broker_user_id"');
    await queryRunner.query('DROP TABLE "broker_follows"');
    await queryRunner.query('DROP INDEX "public"."uq_broker_certificates_number"');
    await queryRunner.query('DROP TABLE "broker_certificates"');
    await queryRunner.query('ALTER TABLE "organizations" DROP CONSTRAINT "ck_organizations_type"');
    await queryRunner.query(
      'ALTER TABLE "organizations" ADD CONSTRAINT "ck_organizations_type" CHECK ("type" IN (\'enterprise\', \'institution\', \'bureau\'))',
    );
  }
}
