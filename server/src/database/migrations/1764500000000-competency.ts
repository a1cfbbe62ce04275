import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Competency module: the dictionary, position standards, assessments and their levels. */
export class Competency1764500000000 implements MigrationInterface {
  name = 'Competency1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "competencies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(40) NOT NULL, "name" character varying(200) NOT NULL, "type" character varying(20) NOT NULL, "job_family" character varying(200), "soft_skill" boolean NOT NULL DEFAULT false, "description" text, "levels" jsonb NOT NULL DEFAULT '[]', "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0b29ecda233cc61de0d93527813" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "IDX_587d3b9969cac4d2fce8540d7b" ON "competencies"  ("code") `);
    await q.query(
      `CREATE TABLE "competency_standards" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "position_id" uuid NOT NULL, "competency_id" uuid NOT NULL, "required_level" smallint NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_competency_standards_position_competency" UNIQUE ("position_id", "competency_id"), CONSTRAINT "PK_c65dd54fe3220ea081bda2c3cb4" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_6ec49acedaccf815490b177118" ON "competency_standards"  ("position_id") `);
    await q.query(`CREATE INDEX "IDX_5b3781d415db68f7f8ff5ce706" ON "competency_standards"  ("competency_id") `);
    await q.query(
      `CREATE TABLE "competency_assessments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "employee_id" uuid NOT NULL, "source" character varying(24) NOT NULL, "assessed_on" date NOT NULL, "valid_until" date, "evidence" text, "created_by_name" character varying(200), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d5e4c398195bf192d824ab873c4" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "idx_competency_assessments_employee_date" ON "competency_assessments"  ("employee_id", "assessed_on") `);
    await q.query(
      `CREATE TABLE "competency_assessment_items" ("assessment_id" uuid NOT NULL, "competency_id" uuid NOT NULL, "level" smallint NOT NULL, CONSTRAINT "PK_1df8752c9685659792730997946" PRIMARY KEY ("assessment_id", "competency_id"))`,
    );
    await q.query(`CREATE INDEX "IDX_60935837c788da9033d3c7689e" ON "competency_assessment_items"  ("competency_id") `);
    await q.query(
      `ALTER TABLE "competency_standards" ADD CONSTRAINT "FK_6ec49acedaccf815490b1771189" FOREIGN KEY ("position_id") REFERENCES "positions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "competency_standards" ADD CONSTRAINT "FK_5b3781d415db68f7f8ff5ce7067" FOREIGN KEY ("competency_id") REFERENCES "competencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "competency_assessments" ADD CONSTRAINT "FK_a9816d487aca04339458f5eec64" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "competency_assessment_items" ADD CONSTRAINT "FK_ceeb88da6d28e28255bd2e74299" FOREIGN KEY ("assessment_id") REFERENCES "competency_assessments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "competency_assessment_items" ADD CONSTRAINT "FK_60935837c788da9033d3c7689ea" FOREIGN KEY ("competency_id") REFERENCES "competencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS "competency_assessment_items"');
    await q.query('DROP TABLE IF EXISTS "competency_assessments"');
    await q.query('DROP TABLE IF EXISTS "competency_standards"');
    await q.query('DROP TABLE IF EXISTS "competencies"');
  }
}
