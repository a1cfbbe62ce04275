import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Platform schema: organisation, positions, employees, drivers, reference rules, users, keys, audit. */
export class Platform1764200000000 implements MigrationInterface {
  name = 'Platform1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE EXTENSION IF NOT EXISTS pgcrypto');
    await q.query(
      `CREATE TABLE "org_units" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(40) NOT NULL, "name" character varying(200) NOT NULL, "kind" character varying(20) NOT NULL, "sector" character varying(20) NOT NULL, "parent_id" uuid, "region_code" character varying(20), "path" text NOT NULL, "depth" integer NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b4a19b7f3756560cd75643be5a7" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "IDX_5382611e999b45b0e98a7859c7" ON "org_units"  ("code")`);
    await q.query(`CREATE INDEX "IDX_93e336d1c079edb2cecd9c8f59" ON "org_units"  ("parent_id")`);
    await q.query(
      `CREATE TABLE "positions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "unit_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "kind" character varying(20) NOT NULL, "functional_level" character varying(20), "job_class" integer, "education_required" character varying(60), "retirement_age_override" integer, "needs_method" character varying(20) NOT NULL DEFAULT 'workload', "is_teacher" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_17e4e62ccd5749b289ae3fae6f3" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_b9d6de5429943d29147024bfe2" ON "positions"  ("unit_id")`);
    await q.query(
      `CREATE TABLE "employees" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "nip" character varying(18) NOT NULL, "name" character varying(200) NOT NULL, "gender" character(1) NOT NULL, "birth_date" date NOT NULL, "status" character varying(6) NOT NULL, "rank" character varying(8), "position_id" uuid, "unit_id" uuid NOT NULL, "appointment_date" date, "education" character varying(60), "active" boolean NOT NULL DEFAULT true, "retirement_date" date, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b9535a98350d5b26e7eb0c26af4" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "IDX_6c89fe49f2d13f97c43774b25e" ON "employees"  ("nip")`);
    await q.query(`CREATE INDEX "IDX_ede58bf474d1eaea7ce2738300" ON "employees"  ("name")`);
    await q.query(`CREATE INDEX "IDX_8b14204e8af5e371e36b8c11e1" ON "employees"  ("position_id")`);
    await q.query(`CREATE INDEX "IDX_89edff0dbd1314b4b2b808bc97" ON "employees"  ("retirement_date")`);
    await q.query(`CREATE INDEX "idx_employees_unit_name" ON "employees"  ("unit_id", "name")`);
    await q.query(
      `CREATE TABLE "service_drivers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "unit_id" uuid NOT NULL, "key" character varying(40) NOT NULL, "year" integer NOT NULL, "value" numeric(16,2) NOT NULL, "growth_rate" numeric(8,5) NOT NULL DEFAULT '0', "source" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_service_drivers_unit_key_year" UNIQUE ("unit_id", "key", "year"), CONSTRAINT "PK_c07559c0a7ca946be5656c2b600" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_3c1cb8db67a198d04416562ec9" ON "service_drivers"  ("unit_id")`);
    await q.query(
      `CREATE TABLE "reference_rules" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" character varying(80) NOT NULL, "value" jsonb NOT NULL, "legal_basis" text NOT NULL, "effective_from" date NOT NULL, "effective_to" date, "description" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_reference_rules_key_from" UNIQUE ("key", "effective_from"), CONSTRAINT "PK_685365a5b23405ac3ec3d69cc70" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_de4e309c0ca0290c9c14b2001e" ON "reference_rules"  ("key")`);
    await q.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" character varying(60) NOT NULL, "password_hash" text NOT NULL, "display_name" character varying(200) NOT NULL, "role" character varying(20) NOT NULL, "unit_id" uuid, "employee_id" uuid, "active" boolean NOT NULL DEFAULT true, "failed_attempts" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "last_login_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "IDX_fe0bb3f6520ee0469504521e71" ON "users"  ("username")`);
    await q.query(
      `CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_3ddc983c5f7bcf132fd8732c3f" ON "refresh_tokens"  ("user_id")`);
    await q.query(`CREATE INDEX "IDX_d5e27da0cd39bc3bb2811fc8ba" ON "refresh_tokens"  ("family_id")`);
    await q.query(`CREATE UNIQUE INDEX "IDX_a7838d2ba25be1342091b6695f" ON "refresh_tokens"  ("token_hash")`);
    await q.query(
      `CREATE TABLE "api_keys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(120) NOT NULL, "prefix" character varying(16) NOT NULL, "key_hash" character varying(64) NOT NULL, "scopes" text array NOT NULL DEFAULT '{}', "unit_id" uuid, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5c8a79801b44bd27b79228e1dad" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "IDX_57384430aa1959f4578046c9b8" ON "api_keys"  ("key_hash")`);
    await q.query(
      `CREATE TABLE "audit_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "actor_type" character varying(10) NOT NULL, "actor_id" character varying(80), "actor_name" character varying(200), "action" character varying(40) NOT NULL, "entity" character varying(60) NOT NULL, "entity_id" character varying(80), "before" jsonb, "after" jsonb, "correlation_id" character varying(100), "unit_path" text, CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_3648e11676f1929b9875ee272b" ON "audit_events"  ("at")`);
    await q.query(`CREATE INDEX "IDX_04c7c044146c6632491a370fc0" ON "audit_events"  ("actor_id")`);
    await q.query(`CREATE INDEX "idx_audit_events_entity" ON "audit_events"  ("entity", "entity_id")`);
    await q.query(
      `ALTER TABLE "org_units" ADD CONSTRAINT "FK_93e336d1c079edb2cecd9c8f599" FOREIGN KEY ("parent_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "positions" ADD CONSTRAINT "FK_b9d6de5429943d29147024bfe2f" FOREIGN KEY ("unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "employees" ADD CONSTRAINT "FK_8b14204e8af5e371e36b8c11e1b" FOREIGN KEY ("position_id") REFERENCES "positions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "employees" ADD CONSTRAINT "FK_6faca26ba30938d439d9ec33930" FOREIGN KEY ("unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "service_drivers" ADD CONSTRAINT "FK_3c1cb8db67a198d04416562ec97" FOREIGN KEY ("unit_id") REFERENCES "org_units"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "users" ADD CONSTRAINT "FK_b94ecc6be926a5d23aa7791ec8a" FOREIGN KEY ("unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "users" ADD CONSTRAINT "FK_9760615d88ed518196bb79ea03d" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "refresh_tokens" ADD CONSTRAINT "FK_3ddc983c5f7bcf132fd8732c3f4" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "api_keys" ADD CONSTRAINT "FK_8ab67143ec99169667757777ade" FOREIGN KEY ("unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(`CREATE INDEX "idx_org_units_path" ON "org_units" ("path" text_pattern_ops)`);
    await q.query(`CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP USING ERRCODE = '42501';
END;
$$`);
    await q.query(`CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON "audit_events" FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
    await q.query(`CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON "audit_events" FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS "audit_events"');
    await q.query('DROP FUNCTION IF EXISTS audit_events_append_only()');
    await q.query('DROP TABLE IF EXISTS "api_keys"');
    await q.query('DROP TABLE IF EXISTS "refresh_tokens"');
    await q.query('DROP TABLE IF EXISTS "users"');
    await q.query('DROP TABLE IF EXISTS "reference_rules"');
    await q.query('DROP TABLE IF EXISTS "service_drivers"');
    await q.query('DROP TABLE IF EXISTS "employees"');
    await q.query('DROP TABLE IF EXISTS "positions"');
    await q.query('DROP TABLE IF EXISTS "org_units"');
  }
}
