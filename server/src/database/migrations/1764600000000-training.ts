import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Training: the catalogue, sessions, enrolments, attendance, the JP ledger and the units' development plans. */
export class Training1764600000000 implements MigrationInterface {
  name = 'Training1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "training_programs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(40) NOT NULL, "title" character varying(200) NOT NULL, "type" character varying(20) NOT NULL, "mode" character varying(20) NOT NULL, "jp" numeric(6,1) NOT NULL, "cost_per_participant" numeric(14,2) NOT NULL DEFAULT '0', "provider" character varying(200), "description" text, "raises" jsonb NOT NULL DEFAULT '[]', "prerequisite_ids" uuid array NOT NULL DEFAULT '{}', "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d2f7c8d9677739e09110067656a" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "IDX_96fcd7746084face806fd664f7" ON "training_programs"  ("code") `);
    await q.query(
      `CREATE TABLE "training_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "organiser_unit_id" uuid, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "venue" character varying(200), "link" character varying(500), "trainer" character varying(200), "capacity" integer NOT NULL, "enrolment_opens_on" date NOT NULL, "enrolment_closes_on" date NOT NULL, "attendance_threshold" numeric(4,3) NOT NULL, "post_test_pass_score" numeric(5,2), "status" character varying(12) NOT NULL DEFAULT 'open', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6678399f77ed9db5176459befa9" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_346e620a8ddccdbcd7a7ac4cfe" ON "training_sessions"  ("program_id") `);
    await q.query(`CREATE INDEX "idx_training_sessions_dates" ON "training_sessions"  ("starts_on", "ends_on") `);
    await q.query(
      `CREATE TABLE "training_enrolments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "employee_id" uuid NOT NULL, "status" character varying(16) NOT NULL, "queued_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "requested_by_name" character varying(200), "decided_by_name" character varying(200), "post_test_score" numeric(5,2), "completed_at" TIMESTAMP WITH TIME ZONE, "certificate_code" character varying(24), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_training_enrolments_session_employee" UNIQUE ("session_id", "employee_id"), CONSTRAINT "PK_9c501a0118907488e3e587e7771" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_06af223bd8b2913a18369b03f3" ON "training_enrolments"  ("session_id") `);
    await q.query(`CREATE INDEX "IDX_8fd888a459e022392246082427" ON "training_enrolments"  ("employee_id") `);
    await q.query(`CREATE UNIQUE INDEX "IDX_36a3bb5945d199e64ce1743acb" ON "training_enrolments"  ("certificate_code") `);
    await q.query(
      `CREATE TABLE "training_attendance" ("enrolment_id" uuid NOT NULL, "day" date NOT NULL, "present" boolean NOT NULL, "marked_by_name" character varying(200), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cf0ac25035aac78035f260c2752" PRIMARY KEY ("enrolment_id", "day"))`,
    );
    await q.query(
      `CREATE TABLE "development_activities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "employee_id" uuid NOT NULL, "year" integer NOT NULL, "kind" character varying(16) NOT NULL, "title" character varying(300) NOT NULL, "jp" numeric(6,1) NOT NULL, "occurred_on" date NOT NULL, "evidence" text, "status" character varying(10) NOT NULL, "decided_by_name" character varying(200), "enrolment_id" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1eabc3b35a1fe44aa7be000ba22" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "IDX_4dfd18b6a41b132bfaef40cfa9" ON "development_activities"  ("enrolment_id") `);
    await q.query(`CREATE INDEX "idx_development_activities_employee_year" ON "development_activities"  ("employee_id", "year") `);
    await q.query(
      `CREATE TABLE "development_plans" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "unit_id" uuid NOT NULL, "year" integer NOT NULL, "budget" numeric(16,2) NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'draft', "lines" jsonb NOT NULL DEFAULT '[]', "summary" jsonb, "created_by_name" character varying(200), "approved_by_name" character varying(200), "approved_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_development_plans_unit_year" UNIQUE ("unit_id", "year"), CONSTRAINT "PK_86c30a1eb9f93130880d954d587" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `ALTER TABLE "training_sessions" ADD CONSTRAINT "FK_346e620a8ddccdbcd7a7ac4cfe2" FOREIGN KEY ("program_id") REFERENCES "training_programs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "training_sessions" ADD CONSTRAINT "FK_a1fe4a15f0ba7210b827b721df2" FOREIGN KEY ("organiser_unit_id") REFERENCES "org_units"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "training_enrolments" ADD CONSTRAINT "FK_06af223bd8b2913a18369b03f30" FOREIGN KEY ("session_id") REFERENCES "training_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "training_enrolments" ADD CONSTRAINT "FK_8fd888a459e0223922460824271" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "training_attendance" ADD CONSTRAINT "FK_14426f6e677a8026ea0870ad73f" FOREIGN KEY ("enrolment_id") REFERENCES "training_enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "development_activities" ADD CONSTRAINT "FK_8155af71257a619061d40b37888" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "development_plans" ADD CONSTRAINT "FK_33ac284cb3de23f50ea187c5ce1" FOREIGN KEY ("unit_id") REFERENCES "org_units"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS "development_plans"');
    await q.query('DROP TABLE IF EXISTS "development_activities"');
    await q.query('DROP TABLE IF EXISTS "training_attendance"');
    await q.query('DROP TABLE IF EXISTS "training_enrolments"');
    await q.query('DROP TABLE IF EXISTS "training_sessions"');
    await q.query('DROP TABLE IF EXISTS "training_programs"');
  }
}
