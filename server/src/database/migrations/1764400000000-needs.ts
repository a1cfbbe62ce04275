import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Needs module: workload tasks, ratio norms, WISN studies, scenarios, formation plans and their lines. */
export class Needs1764400000000 implements MigrationInterface {
  name = 'Needs1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "workload_tasks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "position_id" uuid NOT NULL, "description" character varying(300) NOT NULL, "output_unit" character varying(100) NOT NULL, "volume" numeric(16,4) NOT NULL, "volume_period" character varying(8) NOT NULL DEFAULT 'year', "minutes_per_unit" numeric(12,4) NOT NULL, "sort_order" integer NOT NULL DEFAULT '0', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_636101c4aeae079506d31c947df" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_4e744cb206d9b55ed61dcbb475" ON "workload_tasks"  ("position_id") `);
    await q.query(
      `CREATE TABLE "ratio_norms" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "position_id" uuid, "family" character varying(200), "unit_kind" character varying(20), "unit_code_prefix" character varying(40), "basis" character varying(20) NOT NULL, "driver_key" character varying(40) NOT NULL, "units_per_staff" numeric(14,4), "staff_per100k" numeric(10,4), "rule_field" character varying(40), "school_level" character varying(4), "lesson_hours_per_class" numeric(8,2), "minimum_per_unit" integer, "rounding" character varying(8), "legal_basis" text, "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1757c3a52fe972eb01414df5e4d" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_3ef56be6d228a732b9db10215f" ON "ratio_norms"  ("position_id") `);
    await q.query(
      `CREATE TABLE "wisn_studies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "unit_id" uuid NOT NULL, "family" character varying(200) NOT NULL, "year" integer NOT NULL, "working_days_per_year" numeric(6,2) NOT NULL, "public_holidays" numeric(6,2) NOT NULL, "annual_leave" numeric(6,2) NOT NULL, "sick_leave" numeric(6,2) NOT NULL, "other_leave" numeric(6,2) NOT NULL, "hours_per_day" numeric(5,2) NOT NULL, "hours_per_week" numeric(5,2), "activities" jsonb NOT NULL DEFAULT '[]', "category_allowances" jsonb NOT NULL DEFAULT '[]', "individual_allowances" jsonb NOT NULL DEFAULT '[]', "notes" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_wisn_studies_unit_family_year" UNIQUE ("unit_id", "family", "year"), CONSTRAINT "PK_c9ddbd706c070880f03fadb80fa" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_2e56da52470d44f2d46a0d9320" ON "wisn_studies"  ("unit_id") `);
    await q.query(
      `CREATE TABLE "needs_scenarios" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "description" text, "org_unit_id" uuid, "base_year" integer NOT NULL, "horizon" integer NOT NULL, "params" jsonb NOT NULL DEFAULT '{}', "created_by" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a41ecb646bbc84d0f1b2ecc6ffe" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_08c5ed3d1a88b7411b5d7076ba" ON "needs_scenarios"  ("org_unit_id") `);
    await q.query(
      `CREATE TABLE "formation_plans" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "year" integer NOT NULL, "org_unit_id" uuid, "status" character varying(12) NOT NULL DEFAULT 'draft', "revision" integer NOT NULL DEFAULT '1', "copied_from_id" uuid, "base_year" integer NOT NULL, "horizon" integer NOT NULL, "scenario_id" uuid, "budget_ceiling" numeric(18,2) NOT NULL, "max_formations" integer NOT NULL, "default_employment_type" character varying(6) NOT NULL DEFAULT 'cpns', "city_budget" numeric(20,2), "current_personnel_spending" numeric(20,2), "optimiser" jsonb, "notes" text, "created_by" uuid, "created_by_name" character varying(200), "submitted_by" uuid, "submitted_by_name" character varying(200), "submitted_at" TIMESTAMP WITH TIME ZONE, "verified_by" uuid, "verified_by_name" character varying(200), "verified_at" TIMESTAMP WITH TIME ZONE, "decided_by" uuid, "decided_by_name" character varying(200), "decided_at" TIMESTAMP WITH TIME ZONE, "rejection_reason" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d3c9ea19c87258f8b16aa6d1ca8" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_c5ac6af4b95b872daf8d11edf2" ON "formation_plans"  ("org_unit_id") `);
    await q.query(`CREATE INDEX "idx_formation_plans_year_status" ON "formation_plans"  ("year", "status") `);
    await q.query(
      `CREATE TABLE "formation_plan_lines" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "position_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "employment_type" character varying(6) NOT NULL, "education_required" character varying(60), "rank" character varying(8), "annual_cost_per_person" numeric(16,2) NOT NULL, "shortage" integer NOT NULL, "quantity" integer NOT NULL, "weight" numeric(12,6) NOT NULL, "pinned" boolean NOT NULL DEFAULT false, "excluded" boolean NOT NULL DEFAULT false, "reason" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_formation_plan_lines_plan_position_type" UNIQUE ("plan_id", "position_id", "employment_type"), CONSTRAINT "PK_153acabe3a81978dbe2aac046bb" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_96032decfc92703cb1cdb33864" ON "formation_plan_lines"  ("plan_id") `);
    await q.query(`CREATE INDEX "IDX_b937c9d98a3f1f80c7638c816c" ON "formation_plan_lines"  ("position_id") `);
    await q.query(
      `ALTER TABLE "workload_tasks" ADD CONSTRAINT "FK_4e744cb206d9b55ed61dcbb4756" FOREIGN KEY ("position_id") REFERENCES "positions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "ratio_norms" ADD CONSTRAINT "FK_3ef56be6d228a732b9db10215f7" FOREIGN KEY ("position_id") REFERENCES "positions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "wisn_studies" ADD CONSTRAINT "FK_2e56da52470d44f2d46a0d93202" FOREIGN KEY ("unit_id") REFERENCES "org_units"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "needs_scenarios" ADD CONSTRAINT "FK_08c5ed3d1a88b7411b5d7076bad" FOREIGN KEY ("org_unit_id") REFERENCES "org_units"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "needs_scenarios" ADD CONSTRAINT "FK_42255141a681af90d0e34946dae" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "formation_plans" ADD CONSTRAINT "FK_c5ac6af4b95b872daf8d11edf2f" FOREIGN KEY ("org_unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "formation_plans" ADD CONSTRAINT "FK_3f65c2a8a111279446a3ba37402" FOREIGN KEY ("copied_from_id") REFERENCES "formation_plans"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "formation_plans" ADD CONSTRAINT "FK_a581244e8e9e53390e0e813c44c" FOREIGN KEY ("scenario_id") REFERENCES "needs_scenarios"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "formation_plan_lines" ADD CONSTRAINT "FK_96032decfc92703cb1cdb338641" FOREIGN KEY ("plan_id") REFERENCES "formation_plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "formation_plan_lines" ADD CONSTRAINT "FK_b937c9d98a3f1f80c7638c816c2" FOREIGN KEY ("position_id") REFERENCES "positions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "formation_plan_lines" ADD CONSTRAINT "FK_7abad13be025dcca33def4c1297" FOREIGN KEY ("unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS "formation_plan_lines"');
    await q.query('DROP TABLE IF EXISTS "formation_plans"');
    await q.query('DROP TABLE IF EXISTS "needs_scenarios"');
    await q.query('DROP TABLE IF EXISTS "wisn_studies"');
    await q.query('DROP TABLE IF EXISTS "ratio_norms"');
    await q.query('DROP TABLE IF EXISTS "workload_tasks"');
  }
}
