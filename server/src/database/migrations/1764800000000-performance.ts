import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Performance (issue 7): periods, SKP plans with cascading targets and audited revisions, progress reports with
 * evidence files, the live event log (LISTEN/NOTIFY fan-out across API processes), coaching dialogues, evaluations,
 * unit ratings with the annual lock, and citizens' feedback (IKM services and responses). Positions gain `is_head`:
 * the holder of a unit's head position is the direct leader of its staff (and heads report to the parent's head).
 */
export class Performance1764800000000 implements MigrationInterface {
  name = 'Performance1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "performance_periods" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "year" integer NOT NULL, "name" character varying(200) NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "checkpoints" character varying(10) NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'open', "created_by_name" character varying(200), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4b44b0ee519b5a52c1e1cbe8ac7" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_ecd0bee9817fa8c81d672374cb" ON "performance_periods"  ("year") `);
    await q.query(
      `CREATE TABLE "performance_plans" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "period_id" uuid NOT NULL, "employee_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "position_id" uuid, "unit_path" text NOT NULL, "leader_employee_id" uuid, "status" character varying(12) NOT NULL DEFAULT 'draft', "revision" integer NOT NULL DEFAULT '1', "return_reason" text, "submitted_at" TIMESTAMP WITH TIME ZONE, "approved_at" TIMESTAMP WITH TIME ZONE, "approved_by_name" character varying(200), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_performance_plans_period_employee" UNIQUE ("period_id", "employee_id"), CONSTRAINT "PK_b8631087ab072d75ebe12d29f09" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_50b40b5d92091142b5455f4a88" ON "performance_plans"  ("employee_id") `);
    await q.query(`CREATE INDEX "IDX_3bd50983256b9aca91cb83489a" ON "performance_plans"  ("unit_id") `);
    await q.query(`CREATE INDEX "IDX_a24edaa03852b2b30f0b66804f" ON "performance_plans"  ("leader_employee_id") `);
    await q.query(
      `CREATE TABLE "performance_targets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "parent_target_id" uuid, "title" character varying(300) NOT NULL, "expectation" text, "quantity" numeric(14,2) NOT NULL, "quantity_unit" character varying(60) NOT NULL, "quality_pct" numeric(5,2) NOT NULL DEFAULT '100', "deadline" date, "months" integer, "cost" numeric(16,2), "weight" numeric(5,2) NOT NULL, "sort_order" integer NOT NULL DEFAULT '0', "realised" numeric(14,2) NOT NULL DEFAULT '0', "last_reported_at" TIMESTAMP WITH TIME ZONE, "at_risk" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_656e0fe42975f7f458934621505" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_56f5a185ba8497a58cff9ba7d3" ON "performance_targets"  ("plan_id") `);
    await q.query(`CREATE INDEX "IDX_e48412892781af60a5e2883cd4" ON "performance_targets"  ("parent_target_id") `);
    await q.query(
      `CREATE TABLE "performance_plan_revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "revision" integer NOT NULL, "reason" text NOT NULL, "before" jsonb NOT NULL, "by_name" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_083dc0ed043411d5c8c6e9af21a" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_03bb0567d8a3fc841d7f2633c6" ON "performance_plan_revisions"  ("plan_id") `);
    await q.query(
      `CREATE TABLE "performance_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "target_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "employee_id" uuid NOT NULL, "reported_on" date NOT NULL, "realised" numeric(14,2) NOT NULL, "given_as" character varying(8) NOT NULL, "note" text, "evidence_link" character varying(1000), "status" character varying(10) NOT NULL DEFAULT 'pending', "comment" text, "decided_by_name" character varying(200), "decided_at" TIMESTAMP WITH TIME ZONE, "created_by_name" character varying(200), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6687e97bf0e3bf0c2a5dee5747b" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "idx_performance_reports_plan_on" ON "performance_reports"  ("plan_id", "reported_on") `);
    await q.query(`CREATE INDEX "idx_performance_reports_target_at" ON "performance_reports"  ("target_id", "created_at") `);
    await q.query(
      `CREATE TABLE "performance_report_files" ("report_id" uuid NOT NULL, "file_name" character varying(200) NOT NULL, "content_type" character varying(60) NOT NULL, "size" integer NOT NULL, "sha256" character(64) NOT NULL, "content" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a4ca79e56225cffe764aede29f3" PRIMARY KEY ("report_id"))`,
    );
    await q.query(
      `CREATE TABLE "performance_events" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "type" character varying(40) NOT NULL, "unit_path" text NOT NULL, "employee_id" uuid, "data" jsonb NOT NULL, CONSTRAINT "PK_262d932924784379937f3568ce8" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "idx_performance_events_at" ON "performance_events"  ("at") `);
    await q.query(
      `CREATE TABLE "performance_coaching" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "employee_id" uuid NOT NULL, "period_id" uuid NOT NULL, "plan_id" uuid, "target_id" uuid, "unit_path" text NOT NULL, "leader_employee_id" uuid, "cause" text NOT NULL, "actions" jsonb NOT NULL DEFAULT '[]', "follow_up_on" date NOT NULL, "outcome" text, "status" character varying(8) NOT NULL DEFAULT 'open', "closed_at" TIMESTAMP WITH TIME ZONE, "opened_by_name" character varying(200), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2b895f962ecd6d91d44741db667" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_b0293e54c3ecdcd11da303a4b3" ON "performance_coaching"  ("employee_id") `);
    await q.query(`CREATE INDEX "IDX_5b3d8c0ae23126c5a78bb7077a" ON "performance_coaching"  ("period_id") `);
    await q.query(`CREATE INDEX "IDX_a266679eda903bb712881f103a" ON "performance_coaching"  ("follow_up_on") `);
    await q.query(
      `CREATE TABLE "performance_evaluations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "checkpoint" smallint NOT NULL, "result_rating" character varying(6) NOT NULL, "behaviours" jsonb NOT NULL, "behaviour_rating" character varying(6) NOT NULL, "predicate" character varying(16) NOT NULL, "note" text, "status" character varying(6) NOT NULL DEFAULT 'draft', "finalised_at" TIMESTAMP WITH TIME ZONE, "evaluator_name" character varying(200), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_performance_evaluations_plan_checkpoint" UNIQUE ("plan_id", "checkpoint"), CONSTRAINT "PK_aa5ff53349b99197cde4194bda1" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "performance_unit_ratings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "period_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "rating" character varying(16) NOT NULL, "locked_at" TIMESTAMP WITH TIME ZONE, "locked_by_name" character varying(200), "distribution" jsonb, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_performance_unit_ratings_period_unit" UNIQUE ("period_id", "unit_id"), CONSTRAINT "PK_3caf6ecaf047bf8c663db33961e" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_8d5fb7a32dd51d76ca9b2ffed9" ON "performance_unit_ratings"  ("unit_id") `);
    await q.query(
      `CREATE TABLE "ikm_services" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "unit_id" uuid NOT NULL, "code" character varying(60) NOT NULL, "name" character varying(200) NOT NULL, "desk" character varying(200), "annual_users" integer, "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_006f38a03b8618e14c3e9117de6" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_2772805b32ad4c210f5caf3a92" ON "ikm_services"  ("unit_id") `);
    await q.query(`CREATE UNIQUE INDEX "IDX_997bf6ff5f0ee55b21d80787d6" ON "ikm_services"  ("code") `);
    await q.query(
      `CREATE TABLE "ikm_responses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "service_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "answers" smallint array NOT NULL, "comment" text, "comment_status" character varying(10) NOT NULL DEFAULT 'none', "reply" text, "moderated_by_name" character varying(200), "contact_name" character varying(200), "contact" character varying(200), "source" character varying(10) NOT NULL DEFAULT 'continuous', "ip_hash" character(64) NOT NULL, "device_hash" character(64), "fingerprint" character(64) NOT NULL, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_120183d825d0adeeeb3485fcafa" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_12a2c12cd79df525efa926f923" ON "ikm_responses"  ("fingerprint") `);
    await q.query(`CREATE INDEX "idx_ikm_responses_device_at" ON "ikm_responses"  ("device_hash", "submitted_at") `);
    await q.query(`CREATE INDEX "idx_ikm_responses_ip_at" ON "ikm_responses"  ("ip_hash", "submitted_at") `);
    await q.query(`CREATE INDEX "idx_ikm_responses_unit_at" ON "ikm_responses"  ("unit_id", "submitted_at") `);
    await q.query(`ALTER TABLE "positions" ADD "is_head" boolean NOT NULL DEFAULT false`);
    await q.query(
      `ALTER TABLE "performance_plans" ADD CONSTRAINT "FK_3555beeb6a02f4fc17a97620a44" FOREIGN KEY ("period_id") REFERENCES "performance_periods"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "performance_plans" ADD CONSTRAINT "FK_50b40b5d92091142b5455f4a88c" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "performance_plans" ADD CONSTRAINT "FK_3bd50983256b9aca91cb83489a2" FOREIGN KEY ("unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "performance_plans" ADD CONSTRAINT "FK_a9936a260e08b0e9279ae523640" FOREIGN KEY ("position_id") REFERENCES "positions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "performance_plans" ADD CONSTRAINT "FK_a24edaa03852b2b30f0b66804ff" FOREIGN KEY ("leader_employee_id") REFERENCES "employees"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "performance_targets" ADD CONSTRAINT "FK_56f5a185ba8497a58cff9ba7d34" FOREIGN KEY ("plan_id") REFERENCES "performance_plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "performance_targets" ADD CONSTRAINT "FK_e48412892781af60a5e2883cd44" FOREIGN KEY ("parent_target_id") REFERENCES "performance_targets"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "performance_plan_revisions" ADD CONSTRAINT "FK_03bb0567d8a3fc841d7f2633c62" FOREIGN KEY ("plan_id") REFERENCES "performance_plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "performance_reports" ADD CONSTRAINT "FK_ff0a6fb32504864fb28052e6823" FOREIGN KEY ("target_id") REFERENCES "performance_targets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "performance_reports" ADD CONSTRAINT "FK_4eafe1ea0b079124253f34fdaf9" FOREIGN KEY ("plan_id") REFERENCES "performance_plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "performance_report_files" ADD CONSTRAINT "FK_a4ca79e56225cffe764aede29f3" FOREIGN KEY ("report_id") REFERENCES "performance_reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "performance_coaching" ADD CONSTRAINT "FK_b0293e54c3ecdcd11da303a4b37" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "performance_coaching" ADD CONSTRAINT "FK_5b3d8c0ae23126c5a78bb7077a8" FOREIGN KEY ("period_id") REFERENCES "performance_periods"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "performance_coaching" ADD CONSTRAINT "FK_43dc72caefbb149cf5b0fc82e38" FOREIGN KEY ("target_id") REFERENCES "performance_targets"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "performance_evaluations" ADD CONSTRAINT "FK_f44f3ac8189d0712d5b73be37b8" FOREIGN KEY ("plan_id") REFERENCES "performance_plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "performance_unit_ratings" ADD CONSTRAINT "FK_f987b40dcabd70803f2b32dfa32" FOREIGN KEY ("period_id") REFERENCES "performance_periods"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "performance_unit_ratings" ADD CONSTRAINT "FK_8d5fb7a32dd51d76ca9b2ffed99" FOREIGN KEY ("unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "ikm_services" ADD CONSTRAINT "FK_2772805b32ad4c210f5caf3a923" FOREIGN KEY ("unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "ikm_responses" ADD CONSTRAINT "FK_581d1da65855118a5913336a314" FOREIGN KEY ("service_id") REFERENCES "ikm_services"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // One head position per unit.
    await q.query(`CREATE UNIQUE INDEX "uq_positions_unit_head" ON "positions" ("unit_id") WHERE "is_head"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "uq_positions_unit_head"`);
    await q.query(`DROP TABLE "ikm_responses"`);
    await q.query(`DROP TABLE "ikm_services"`);
    await q.query(`DROP TABLE "performance_unit_ratings"`);
    await q.query(`DROP TABLE "performance_evaluations"`);
    await q.query(`DROP TABLE "performance_coaching"`);
    await q.query(`DROP TABLE "performance_events"`);
    await q.query(`DROP TABLE "performance_report_files"`);
    await q.query(`DROP TABLE "performance_reports"`);
    await q.query(`DROP TABLE "performance_plan_revisions"`);
    await q.query(`DROP TABLE "performance_targets"`);
    await q.query(`DROP TABLE "performance_plans"`);
    await q.query(`DROP TABLE "performance_periods"`);
    await q.query(`ALTER TABLE "positions" DROP COLUMN "is_head"`);
  }
}
