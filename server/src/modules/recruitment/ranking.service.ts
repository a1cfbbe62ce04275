/**
 * SKD pass + shortlist, ranking and the calculators (domain.md §6). The runs are single bulk statements inside one
 * transaction (`UPDATE … FROM (… row_number() OVER (PARTITION BY vacancy_id, category ORDER BY …))`), ordered by
 * exactly the keys of calc/ranking.ts and computing the scores with PostgreSQL numeric arithmetic, which gives the
 * same figures as calc/final-score.ts: `round(numeric, 2)` rounds half away from zero, like `roundRatio`.
 */
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Page } from '../../common/pagination.js';
import { pageParams } from '../../common/pagination.js';
import { sqlRows } from '../../common/sql.js';
import type { Principal } from '../../common/principal.js';
import { AuditService } from '../audit/audit.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import { finalScore, weightText } from './calc/final-score.js';
import { ScoreInputError } from './calc/rounding.js';
import { checkSkdScores, evaluateSkd } from './calc/skd.js';
import type { FinalScoreCalculationDto, FinalScoreResultDto, RecruitmentRuleVersionDto, SkdCalculationDto, SkdResultDto } from './dto/calculators.dto.js';
import type { RankingEntryDto, RankingQueryDto, RankResultDto, ShortlistResultDto } from './dto/ranking.dto.js';
import {
  calculationInvalid,
  finalResultPublished,
  nothingToRank,
  nothingToShortlist,
  roundHasAppointments,
  roundNotCpns,
  roundRulesInvalid,
  scoresMissing,
} from './ranking.errors.js';
import { applicationScopeSql, loadRound, loadVacancy, roundNotFound, vacancyNotFound, type Db, type RoundRow } from './recruitment.repo.js';
import { CATEGORIES, RECRUITMENT_READERS, type RoundRules, type SkdPassingGrades, type SkbComponent } from './recruitment.types.js';

/** Stages the shortlist (re)evaluates: admin passed and every later SKD/ranking stage (a re-run resets the ranking). */
const SHORTLIST_STAGES = ['admin_passed', 'skd_passed', 'skd_failed', 'shortlisted', 'not_shortlisted', 'passed', 'not_passed'];
/** Stages a CPNS ranking (re)ranks, among the shortlisted. */
const CPNS_RANK_STAGES = ['shortlisted', 'passed', 'not_passed'];
/** Stages a PPPK ranking (re)ranks. */
const PPPK_RANK_STAGES = ['admin_passed', 'passed', 'not_passed'];

/** The runs sort every application of a round at once: in memory rather than in temp files (this transaction only). */
const RUN_WORK_MEM = `SET LOCAL work_mem = '64MB'`;

/** Registration numbers compare in code-point order in SQL and in calc/ranking.ts alike. */
const REG_ORDER = 'registration_number COLLATE "C"';

interface MissingRow {
  registrationNumber: string;
  fields: string[];
  total: number;
}

const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The SKD rules of a round, checked (422 naming the rule when unusable). */
function passingGradesOf(rules: RoundRules): SkdPassingGrades {
  const g = rules?.passingGrades;
  if (!g?.max || !['twk', 'tiu', 'tkp', 'total'].every((k) => num(g.max[k as keyof typeof g.max])))
    throw roundRulesInvalid('rules.passingGrades.max', 'the SKD maxima are missing');
  if (!g.umum || !['twk', 'tiu', 'tkp'].every((k) => num(g.umum[k as keyof typeof g.umum]))) throw roundRulesInvalid('rules.passingGrades.umum', 'the umum grades are missing');
  for (const c of ['cumlaude', 'disabilitas', 'papua'] as const) {
    if (!g[c] || !num(g[c].total) || !num(g[c].tiu)) throw roundRulesInvalid(`rules.passingGrades.${c}`, `the ${c} grades are missing`);
  }
  return g;
}

function finalWeightsOf(rules: RoundRules): { skdWeight: number; skbWeight: number } {
  const f = rules?.finalScore;
  if (!f || !num(f.skdWeight) || !num(f.skbWeight) || f.skdWeight < 0 || f.skbWeight < 0) throw roundRulesInvalid('rules.finalScore', 'the SKD/SKB weights are missing');
  return { skdWeight: f.skdWeight, skbWeight: f.skbWeight };
}

function skbComponentsOf(rules: RoundRules): SkbComponent[] {
  const c = rules?.skbComponents;
  if (!Array.isArray(c) || !c.length || !c.every((x) => typeof x?.key === 'string' && x.key && num(x.weight) && x.weight >= 0))
    throw roundRulesInvalid('rules.skbComponents', 'the SKB components and their weights are missing');
  return c;
}

const roundRef = (round: RoundRow, section: string): RecruitmentRuleVersionDto => ({
  source: 'round',
  key: `rules.${section}`,
  effectiveFrom: null,
  legalBasis: null,
  roundId: round.id,
  roundCode: round.code,
  roundVersion: round.version,
});

const referenceRef = (r: { key: string; effectiveFrom: string; legalBasis: string }): RecruitmentRuleVersionDto => ({
  source: 'reference',
  key: r.key,
  effectiveFrom: r.effectiveFrom,
  legalBasis: r.legalBasis,
  roundId: null,
  roundCode: null,
  roundVersion: null,
});

function withScoreErrors<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ScoreInputError) throw calculationInvalid(e);
    throw e;
  }
}

interface RankingRow extends Omit<RankingEntryDto, 'rankedAt'> {
  rankedAt: Date;
}

@Injectable()
export class RankingService {
  constructor(
    private readonly ds: DataSource,
    private readonly reference: ReferenceService,
    private readonly audit: AuditService,
  ) {}

  // ── calculators ─────────────────────────────────────────────────────────

  /** A round for a calculator: drafts are visible to recruitment staff only (404 otherwise, like a missing round). */
  private async calculatorRound(p: Principal, id: string): Promise<RoundRow> {
    const round = await loadRound(this.ds, id);
    if (round.status === 'draft' && !RECRUITMENT_READERS.includes(p.role)) throw roundNotFound(id);
    return round;
  }

  async calculateSkd(p: Principal, dto: SkdCalculationDto): Promise<SkdResultDto> {
    let grades: SkdPassingGrades;
    let ruleVersion: RecruitmentRuleVersionDto;
    if (dto.roundId) {
      const round = await this.calculatorRound(p, dto.roundId);
      if (round.type !== 'cpns') throw roundNotCpns('the SKD');
      grades = passingGradesOf(round.rules);
      ruleVersion = roundRef(round, 'passingGrades');
    } else {
      const r = await this.reference.rule<SkdPassingGrades>('recruitment.skd_passing_grades');
      grades = r.value;
      ruleVersion = referenceRef(r);
    }
    const scores = { twk: dto.twk, tiu: dto.tiu, tkp: dto.tkp };
    const r = withScoreErrors(() => {
      checkSkdScores(scores, grades.max);
      return evaluateSkd(scores, dto.category, grades);
    });
    return { ...scores, category: dto.category, total: r.total, max: { ...grades.max }, passed: r.passed, failedOn: r.failedOn, passingGrade: r.passingGrade, ruleVersion };
  }

  async calculateFinalScore(p: Principal, dto: FinalScoreCalculationDto): Promise<FinalScoreResultDto> {
    let weights: { skdWeight: number; skbWeight: number };
    let skdMax: number;
    let ruleVersion: RecruitmentRuleVersionDto;
    if (dto.roundId) {
      const round = await this.calculatorRound(p, dto.roundId);
      if (round.type !== 'cpns') throw roundNotCpns('the final score of SKD and SKB');
      weights = finalWeightsOf(round.rules);
      skdMax = passingGradesOf(round.rules).max.total;
      ruleVersion = roundRef(round, 'finalScore');
    } else {
      const r = await this.reference.rule<{ skdWeight: number; skbWeight: number; skdMax?: number }>('recruitment.final_score');
      weights = { skdWeight: r.value.skdWeight, skbWeight: r.value.skbWeight };
      skdMax = r.value.skdMax ?? 550;
      ruleVersion = referenceRef(r);
    }
    const r = withScoreErrors(() => finalScore(dto.skdTotal, dto.skbScore, weights, skdMax));
    return { skdTotal: dto.skdTotal, skbScore: dto.skbScore, skdMax, ...r, ...weights, ruleVersion };
  }

  // ── runs ────────────────────────────────────────────────────────────────

  /** Refuses a run once a final result is published (immutable) or anyone is appointed. */
  private async assertRankable(m: Db, roundId: string): Promise<void> {
    const [final] = await m.query<{ at: string }[]>(
      `SELECT to_char(published_at AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD HH24:MI "WIB"') AS at FROM recruitment_results WHERE round_id = $1 AND stage = 'final' ORDER BY seq LIMIT 1`,
      [roundId],
    );
    if (final) throw finalResultPublished(final.at);
    const [{ n }] = await m.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM recruitment_applications WHERE round_id = $1 AND (stage = 'appointed' OR employee_id IS NOT NULL)`,
      [roundId],
    );
    if (n > 0) throw roundHasAppointments(n);
  }

  /** The first 20 applications of the stages lacking a field of `fieldsSql` (alias a; an array of names or NULLs), with how many there are. */
  private async missing(m: Db, roundId: string, stages: string[], fieldsSql: string, params: unknown[] = []): Promise<{ rows: MissingRow[]; total: number }> {
    const rows = await m.query<MissingRow[]>(
      `SELECT "registrationNumber", fields, count(*) OVER ()::int AS total FROM (
         SELECT a.registration_number AS "registrationNumber", array_remove(${fieldsSql}, NULL) AS fields
         FROM recruitment_applications a WHERE a.round_id = $1 AND a.stage = ANY($2::varchar[])
       ) x WHERE cardinality(fields) > 0 ORDER BY "registrationNumber" COLLATE "C" LIMIT 20`,
      [roundId, stages, ...params],
    );
    return { rows, total: rows[0]?.total ?? 0 };
  }

  /** SKD pass per category, then the SKB shortlist per vacancy and category (CPNS). */
  async shortlist(p: Principal, id: string): Promise<ShortlistResultDto> {
    const started = Date.now();
    return this.ds.transaction(async (m) => {
      const round = await loadRound(m, id, true);
      if (round.type !== 'cpns') throw roundNotCpns('the shortlist');
      await m.query(RUN_WORK_MEM);
      const g = passingGradesOf(round.rules);
      const sl = round.rules?.shortlist;
      if (!sl || !num(sl.multiplier) || sl.multiplier <= 0 || !['include_all', 'strict'].includes(sl.tieAtCut))
        throw roundRulesInvalid('rules.shortlist', 'the shortlist multiplier and tie rule are missing');
      await this.assertRankable(m, id);

      const miss = await this.missing(
        m,
        id,
        SHORTLIST_STAGES,
        `ARRAY[CASE WHEN a.skd_twk IS NULL THEN 'twk' END, CASE WHEN a.skd_tiu IS NULL THEN 'tiu' END, CASE WHEN a.skd_tkp IS NULL THEN 'tkp' END]::varchar[]`,
      );
      if (miss.total) throw scoresMissing('SKD_SCORES_MISSING', 'SKD score', miss.rows, miss.total);

      const params: unknown[] = [
        id,
        SHORTLIST_STAGES,
        g.umum.twk,
        g.umum.tiu,
        g.umum.tkp,
        g.cumlaude.total,
        g.cumlaude.tiu,
        g.disabilitas.total,
        g.disabilitas.tiu,
        g.papua.total,
        g.papua.tiu,
      ];
      params.push(weightText('rules.shortlist.multiplier', sl.multiplier), sl.tieAtCut === 'include_all');
      const [r] = await m.query<
        { applications: number; vacancies: number; skdPassed: number; skdFailed: number; shortlisted: number; notShortlisted: number; tied: number; changed: number }[]
      >(
        `WITH s AS (
           SELECT a.id, a.vacancy_id, a.category, a.skd_twk AS twk, a.skd_tiu AS tiu, a.skd_tkp AS tkp, a.skd_twk + a.skd_tiu + a.skd_tkp AS total,
                  ap.gpa, ap.birth_date, a.registration_number,
                  floor($12::numeric * COALESCE((v.quotas ->> a.category)::numeric, 0))::int AS places
           FROM recruitment_applications a
           JOIN recruitment_applicants ap ON ap.id = a.applicant_id
           JOIN recruitment_vacancies v ON v.id = a.vacancy_id
           WHERE a.round_id = $1 AND a.stage = ANY($2::varchar[])
         ), f AS (
           SELECT s.*, array_remove(ARRAY[
               CASE WHEN category = 'umum' AND twk < $3 THEN 'twk' END,
               CASE WHEN (category = 'umum' AND tiu < $4) OR (category = 'cumlaude' AND tiu < $7) OR (category = 'disabilitas' AND tiu < $9) OR (category = 'papua' AND tiu < $11) THEN 'tiu' END,
               CASE WHEN category = 'umum' AND tkp < $5 THEN 'tkp' END,
               CASE WHEN (category = 'cumlaude' AND total < $6) OR (category = 'disabilitas' AND total < $8) OR (category = 'papua' AND total < $10) THEN 'total' END
             ]::varchar[], NULL) AS failed
           FROM s
         ), o AS (
           SELECT f.*, cardinality(failed) = 0 AS passed,
                  row_number() OVER (PARTITION BY vacancy_id, category, cardinality(failed) = 0
                                     ORDER BY total DESC, tkp DESC, tiu DESC, twk DESC, gpa DESC, birth_date ASC, ${REG_ORDER} ASC) AS pos
           FROM f
         ), c AS (
           SELECT o.*, max(total) FILTER (WHERE passed AND pos = places) OVER (PARTITION BY vacancy_id, category) AS cut_total FROM o
         ), r AS (
           SELECT id, vacancy_id, total, failed, passed, passed AND pos > places AND $13 AND total = cut_total AS tied,
                  CASE WHEN NOT passed THEN 'skd_failed' WHEN pos <= places OR ($13 AND total = cut_total) THEN 'shortlisted' ELSE 'not_shortlisted' END AS stage
           FROM c
         ), upd AS (
           UPDATE recruitment_applications a
           SET skd_total = r.total, skd_passed = r.passed, skd_failed_on = r.failed, shortlisted = r.stage = 'shortlisted', stage = r.stage,
               final_score = NULL, rank = NULL, ranked_at = NULL, version = a.version + 1, updated_at = now()
           FROM r
           WHERE a.id = r.id
             AND (a.skd_total, a.skd_passed, a.skd_failed_on, a.shortlisted, a.stage, a.rank) IS DISTINCT FROM (r.total, r.passed, r.failed, r.stage = 'shortlisted', r.stage, NULL::int)
           RETURNING a.id
         )
         SELECT count(*)::int AS applications, count(DISTINCT vacancy_id)::int AS vacancies,
                count(*) FILTER (WHERE stage <> 'skd_failed')::int AS "skdPassed", count(*) FILTER (WHERE stage = 'skd_failed')::int AS "skdFailed",
                count(*) FILTER (WHERE stage = 'shortlisted')::int AS shortlisted, count(*) FILTER (WHERE stage = 'not_shortlisted')::int AS "notShortlisted",
                count(*) FILTER (WHERE tied)::int AS tied, (SELECT count(*) FROM upd)::int AS changed
         FROM r`,
        params,
      );
      if (!r.applications) throw nothingToShortlist();
      await m.query(`UPDATE recruitment_rounds SET ranked_at = NULL, updated_at = now() WHERE id = $1`, [id]);
      const counts: Omit<ShortlistResultDto, 'durationMs'> = {
        applications: r.applications,
        vacancies: r.vacancies,
        skdPassed: r.skdPassed,
        skdFailed: r.skdFailed,
        shortlisted: r.shortlisted,
        notShortlisted: r.notShortlisted,
        multiplier: sl.multiplier,
        tieAtCut: sl.tieAtCut,
        tiedAtCut: r.tied,
        changed: r.changed,
      };
      await this.audit.record(m, { action: 'recruitment.shortlist', entity: 'recruitment_round', entityId: id, after: counts }, p);
      return { ...counts, durationMs: Date.now() - started };
    });
  }

  /** Final scores and ranks per vacancy and category: CPNS from the shortlisted SKD + SKB, PPPK from its test scores. */
  async rank(p: Principal, id: string): Promise<RankResultDto> {
    const started = Date.now();
    return this.ds.transaction(async (m) => {
      const round = await loadRound(m, id, true);
      await this.assertRankable(m, id);
      await m.query(RUN_WORK_MEM);
      const r = round.type === 'cpns' ? await this.rankCpns(m, round) : await this.rankPppk(m, round);
      if (!r.applications) throw nothingToRank(round.type);
      const [{ rankedAt }] = await sqlRows<{ rankedAt: Date }>(
        m,
        `UPDATE recruitment_rounds SET ranked_at = now(), updated_at = now() WHERE id = $1 RETURNING ranked_at AS "rankedAt"`,
        [id],
      );
      await this.audit.record(
        m,
        {
          action: 'recruitment.rank',
          entity: 'recruitment_round',
          entityId: id,
          after: { type: round.type, applications: r.applications, vacancies: r.vacancies, passed: r.passed, notPassed: r.notPassed },
        },
        p,
      );
      return { ...r, rankedAt: new Date(rankedAt).toISOString(), durationMs: Date.now() - started };
    });
  }

  private async rankCpns(m: Db, round: RoundRow): Promise<Omit<RankResultDto, 'durationMs' | 'rankedAt'>> {
    const weights = withScoreErrors(() => {
      const w = finalWeightsOf(round.rules);
      return { skd: weightText('rules.finalScore.skdWeight', w.skdWeight), skb: weightText('rules.finalScore.skbWeight', w.skbWeight) };
    });
    const skdMax = passingGradesOf(round.rules).max.total;
    const comps = skbComponentsOf(round.rules);
    const compParams: unknown[] = [];
    const base = 2; // $1 round, $2 stages
    const terms: string[] = [];
    const missingCases: string[] = [`CASE WHEN a.skd_twk IS NULL OR a.skd_tiu IS NULL OR a.skd_tkp IS NULL THEN 'skd' END`];
    const keyParams: string[] = [];
    for (const c of comps) {
      const w = withScoreErrors(() => weightText(`rules.skbComponents.${c.key}.weight`, c.weight));
      compParams.push(w);
      const wp = `$${base + compParams.length}::numeric`;
      if (c.key === 'interview') {
        terms.push(`${wp} * a.interview_score`);
        missingCases.push(`CASE WHEN a.interview_score IS NULL THEN 'interview' END`);
      } else {
        compParams.push(c.key);
        const kp = `$${base + compParams.length}::text`;
        terms.push(`${wp} * (a.skb_components ->> ${kp})::numeric`);
        const mk = `$${base + keyParams.push(c.key)}::text`;
        missingCases.push(`CASE WHEN jsonb_typeof(a.skb_components -> ${mk}) IS DISTINCT FROM 'number' THEN ${mk}::varchar END`);
      }
    }
    const miss = await this.missing(m, round.id, CPNS_RANK_STAGES, `ARRAY[${missingCases.join(', ')}]::varchar[]`, keyParams);
    if (miss.total) throw scoresMissing('SKB_SCORES_MISSING', 'complete SKB score (every component, the interview mean and the SKD)', miss.rows, miss.total);

    const n = base + compParams.length;
    const params = [round.id, CPNS_RANK_STAGES, ...compParams, weights.skd, weights.skb, skdMax];
    const [r] = await m.query<Omit<RankResultDto, 'durationMs' | 'rankedAt'>[]>(
      `WITH s AS (
         SELECT a.id, a.vacancy_id, a.category, a.skd_twk AS twk, a.skd_tiu AS tiu, a.skd_tkp AS tkp, a.skd_twk + a.skd_tiu + a.skd_tkp AS total,
                ap.gpa, ap.birth_date, a.registration_number, COALESCE((v.quotas ->> a.category)::numeric, 0) AS seats,
                (${terms.join(' + ')}) AS skb
         FROM recruitment_applications a
         JOIN recruitment_applicants ap ON ap.id = a.applicant_id
         JOIN recruitment_vacancies v ON v.id = a.vacancy_id
         WHERE a.round_id = $1 AND a.shortlisted AND a.stage = ANY($2::varchar[])
       ), f AS (
         SELECT s.*, round(($${n + 1}::numeric * total * 100 + $${n + 2}::numeric * skb * $${n + 3}::numeric) / $${n + 3}::numeric, 2) AS final FROM s
       ), o AS (
         SELECT f.id, f.vacancy_id, f.total, round(f.skb, 3) AS skb, f.final, f.seats,
                row_number() OVER (PARTITION BY vacancy_id, category ORDER BY final DESC, total DESC, tkp DESC, tiu DESC, twk DESC, gpa DESC, birth_date ASC, ${REG_ORDER} ASC) AS rk
         FROM f
       ), r AS (
         SELECT o.*, CASE WHEN rk <= seats THEN 'passed' ELSE 'not_passed' END AS stage FROM o
       ), upd AS (
         UPDATE recruitment_applications a
         SET skd_total = r.total, skb_score = r.skb, final_score = r.final, rank = r.rk, stage = r.stage, ranked_at = now(), version = a.version + 1, updated_at = now()
         FROM r
         WHERE a.id = r.id AND (a.skd_total, a.skb_score, a.final_score, a.rank, a.stage) IS DISTINCT FROM (r.total, r.skb, r.final, r.rk::int, r.stage)
         RETURNING a.id
       )
       SELECT count(*)::int AS applications, count(DISTINCT vacancy_id)::int AS vacancies,
              count(*) FILTER (WHERE stage = 'passed')::int AS passed, count(*) FILTER (WHERE stage = 'not_passed')::int AS "notPassed",
              (SELECT count(*) FROM upd)::int AS changed
       FROM r`,
      params,
    );
    return r;
  }

  private async rankPppk(m: Db, round: RoundRow): Promise<Omit<RankResultDto, 'durationMs' | 'rankedAt'>> {
    const maxTotal = round.rules?.pppk?.max?.total;
    if (!num(maxTotal) || maxTotal <= 0) throw roundRulesInvalid('rules.pppk.max.total', 'the PPPK maximum total is missing');
    const miss = await this.missing(
      m,
      round.id,
      PPPK_RANK_STAGES,
      `ARRAY[CASE WHEN a.pppk_technical IS NULL THEN 'technical' END, CASE WHEN a.pppk_managerial IS NULL THEN 'managerialSocioCultural' END, CASE WHEN a.pppk_interview IS NULL THEN 'interview' END]::varchar[]`,
    );
    if (miss.total) throw scoresMissing('PPPK_SCORES_MISSING', 'PPPK score', miss.rows, miss.total);
    const [r] = await m.query<Omit<RankResultDto, 'durationMs' | 'rankedAt'>[]>(
      `WITH s AS (
         SELECT a.id, a.vacancy_id, a.category, a.pppk_technical AS technical, a.pppk_managerial AS managerial, a.pppk_interview AS interview,
                a.pppk_technical + a.pppk_managerial + a.pppk_interview AS total, ap.gpa, ap.birth_date, a.registration_number,
                COALESCE((v.quotas ->> a.category)::numeric, 0) AS seats
         FROM recruitment_applications a
         JOIN recruitment_applicants ap ON ap.id = a.applicant_id
         JOIN recruitment_vacancies v ON v.id = a.vacancy_id
         WHERE a.round_id = $1 AND a.stage = ANY($2::varchar[])
       ), f AS (
         SELECT s.*, round(total * 100::numeric / $3::numeric, 2) AS final FROM s
       ), o AS (
         SELECT f.id, f.vacancy_id, f.final, f.seats,
                row_number() OVER (PARTITION BY vacancy_id, category
                                   ORDER BY final DESC, total DESC, technical DESC, managerial DESC, interview DESC, gpa DESC, birth_date ASC, ${REG_ORDER} ASC) AS rk
         FROM f
       ), r AS (
         SELECT o.*, CASE WHEN rk <= seats THEN 'passed' ELSE 'not_passed' END AS stage FROM o
       ), upd AS (
         UPDATE recruitment_applications a
         SET final_score = r.final, rank = r.rk, stage = r.stage, ranked_at = now(), version = a.version + 1, updated_at = now()
         FROM r
         WHERE a.id = r.id AND (a.final_score, a.rank, a.stage) IS DISTINCT FROM (r.final, r.rk::int, r.stage)
         RETURNING a.id
       )
       SELECT count(*)::int AS applications, count(DISTINCT vacancy_id)::int AS vacancies,
              count(*) FILTER (WHERE stage = 'passed')::int AS passed, count(*) FILTER (WHERE stage = 'not_passed')::int AS "notPassed",
              (SELECT count(*) FROM upd)::int AS changed
       FROM r`,
      [round.id, PPPK_RANK_STAGES, maxTotal],
    );
    return r;
  }

  // ── the staff view ──────────────────────────────────────────────────────

  async ranking(p: Principal, id: string, q: RankingQueryDto): Promise<Page<RankingEntryDto>> {
    const round = await loadRound(this.ds, id);
    const { page, pageSize, offset } = pageParams(q);
    const params: unknown[] = [round.id];
    const where = ['a.round_id = $1', 'a.rank IS NOT NULL'];
    if (q.vacancyId) {
      const v = await loadVacancy(this.ds, q.vacancyId, p);
      if (v.roundId !== round.id) throw vacancyNotFound(q.vacancyId);
      where.push(`a.vacancy_id = $${params.push(v.id)}`);
    }
    if (q.category) where.push(`a.category = $${params.push(q.category)}`);
    const scope = applicationScopeSql(p, params);
    if (scope) where.push(scope);
    const from = `FROM recruitment_applications a
      JOIN recruitment_applicants ap ON ap.id = a.applicant_id
      JOIN recruitment_vacancies v ON v.id = a.vacancy_id
      JOIN org_units vu ON vu.id = v.unit_id
      JOIN positions pos ON pos.id = v.position_id
      WHERE ${where.join(' AND ')}`;
    const countParams = [...params];
    params.push(CATEGORIES);
    const [rows, count] = await Promise.all([
      this.ds.query<RankingRow[]>(
        `SELECT a.id AS "applicationId", a.rank, a.registration_number AS "registrationNumber", ap.name, ap.gender, to_char(ap.birth_date, 'YYYY-MM-DD') AS "birthDate",
                ap.education_level AS "educationLevel", ap.gpa::float8 AS gpa, v.id AS "vacancyId", v.code AS "vacancyCode", pos.title AS "positionTitle", vu.name AS "unitName",
                a.category, COALESCE((v.quotas ->> a.category)::int, 0) AS seats, a.stage,
                a.skd_twk AS twk, a.skd_tiu AS tiu, a.skd_tkp AS tkp, a.skd_twk + a.skd_tiu + a.skd_tkp AS "skdTotal", a.skb_components AS "skbComponents",
                a.interview_score::float8 AS "interviewScore", a.interview_flagged AS "interviewFlagged", a.skb_score::float8 AS "skbScore",
                a.pppk_technical AS "pppkTechnical", a.pppk_managerial AS "pppkManagerialSocioCultural", a.pppk_interview AS "pppkInterview",
                a.pppk_technical + a.pppk_managerial + a.pppk_interview AS "pppkTotal", a.final_score::float8 AS "finalScore", a.ranked_at AS "rankedAt"
         ${from}
         ORDER BY v.code COLLATE "C", v.id, array_position($${params.length}::varchar[], a.category), a.rank
         LIMIT ${pageSize} OFFSET ${offset}`,
        params,
      ),
      this.ds.query<{ n: number }[]>(`SELECT count(*)::int AS n ${from}`, countParams),
    ]);
    return { items: rows.map((r) => ({ ...r, rankedAt: new Date(r.rankedAt).toISOString() })), total: count[0].n, page, pageSize };
  }
}
