/**
 * Funnel analytics of a round or one vacancy: seats, applicants per seat, how many reached each stage and the pass
 * rate from the stage before, mean days between the stage timestamps, and the same counts by gender and by
 * education level. One aggregate query (GROUPING SETS) over the applications of the caller's subtree.
 */
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ExportFile } from '../../common/files.js';
import { XLSX_TYPE } from '../../common/files.js';
import type { Principal } from '../../common/principal.js';
import { ratio, roundRatio } from './calc/rounding.js';
import type { FunnelBreakdownDto, FunnelDto, FunnelDurationDto, FunnelQueryDto, FunnelStageDto, FunnelVacancyDto } from './dto/ranking.dto.js';
import { applicationScopeSql, loadRound, loadVacancy, vacancyNotFound } from './recruitment.repo.js';
import { EDUCATION_LEVELS } from './recruitment.types.js';

/** An application has passed the administrative selection when its stage is past it (or it withdrew after MS). */
const ADMIN_PASSED = `(a.stage IN ('admin_passed', 'skd_passed', 'skd_failed', 'shortlisted', 'not_shortlisted', 'passed', 'not_passed', 'appointed') OR (a.stage = 'withdrawn' AND a.admin_result = 'ms'))`;
const PASSED = `a.stage IN ('passed', 'appointed')`;
const APPOINTED = `(a.stage = 'appointed' OR a.appointed_at IS NOT NULL)`;

interface Interval {
  interval: string;
  from: string;
  to: string;
  fromSql: string;
  toSql: string;
}

const CPNS_INTERVALS: Interval[] = [
  { interval: 'administrative', from: 'createdAt', to: 'adminDecidedAt', fromSql: 'a.created_at', toSql: 'a.admin_decided_at' },
  { interval: 'skd', from: 'adminDecidedAt', to: 'skdScoredAt', fromSql: 'a.admin_decided_at', toSql: 'a.skd_scored_at' },
  { interval: 'skb', from: 'skdScoredAt', to: 'skbScoredAt', fromSql: 'a.skd_scored_at', toSql: 'a.skb_scored_at' },
  { interval: 'ranking', from: 'skbScoredAt', to: 'rankedAt', fromSql: 'a.skb_scored_at', toSql: 'a.ranked_at' },
  { interval: 'appointment', from: 'rankedAt', to: 'appointedAt', fromSql: 'a.ranked_at', toSql: 'a.appointed_at' },
];
const PPPK_INTERVALS: Interval[] = [
  CPNS_INTERVALS[0],
  { interval: 'selection', from: 'adminDecidedAt', to: 'rankedAt', fromSql: 'a.admin_decided_at', toSql: 'a.ranked_at' },
  CPNS_INTERVALS[4],
];

interface AggRow {
  gGender: number;
  gEdu: number;
  gender: string | null;
  educationLevel: string | null;
  applicants: number;
  adminPassed: number;
  skdPassed: number;
  shortlisted: number;
  passed: number;
  appointed: number;
  [duration: string]: unknown;
}

/** count / of × 100, 2 decimals; null when `of` is 0. */
const pct = (count: number, of: number): number | null => (of > 0 ? roundRatio(ratio(count * 100, of), 2) : null);
const perSeat = (applicants: number, seats: number): number | null => (seats > 0 ? roundRatio(ratio(applicants, seats), 2) : null);

@Injectable()
export class FunnelService {
  constructor(private readonly ds: DataSource) {}

  async funnel(p: Principal, id: string, q: FunnelQueryDto): Promise<FunnelDto> {
    const round = await loadRound(this.ds, id);
    const cpns = round.type === 'cpns';
    const params: unknown[] = [round.id];
    const where = ['a.round_id = $1'];
    const vWhere = ['v.round_id = $1'];
    if (q.vacancyId) {
      const v = await loadVacancy(this.ds, q.vacancyId, p);
      if (v.roundId !== round.id) throw vacancyNotFound(q.vacancyId);
      const n = params.push(v.id);
      where.push(`a.vacancy_id = $${n}`);
      vWhere.push(`v.id = $${n}`);
    }
    const scope = applicationScopeSql(p, params);
    if (scope) {
      where.push(scope);
      vWhere.push(scope);
    }
    const intervals = cpns ? CPNS_INTERVALS : PPPK_INTERVALS;
    const durationCols = intervals
      .map(
        (iv, i) =>
          `count(*) FILTER (WHERE ${iv.fromSql} IS NOT NULL AND ${iv.toSql} IS NOT NULL)::int AS "n${i}",
           round((avg(extract(epoch FROM ${iv.toSql} - ${iv.fromSql})) / 86400)::numeric, 2)::float8 AS "d${i}"`,
      )
      .join(',\n');
    const [agg, vacancies] = await Promise.all([
      this.ds.query<AggRow[]>(
        `SELECT GROUPING(ap.gender)::int AS "gGender", GROUPING(ap.education_level)::int AS "gEdu", ap.gender, ap.education_level AS "educationLevel",
                count(*)::int AS applicants,
                count(*) FILTER (WHERE ${ADMIN_PASSED})::int AS "adminPassed",
                count(*) FILTER (WHERE a.skd_passed)::int AS "skdPassed",
                count(*) FILTER (WHERE a.shortlisted)::int AS shortlisted,
                count(*) FILTER (WHERE ${PASSED})::int AS passed,
                count(*) FILTER (WHERE ${APPOINTED})::int AS appointed,
                ${durationCols}
         FROM recruitment_applications a
         JOIN recruitment_applicants ap ON ap.id = a.applicant_id
         JOIN recruitment_vacancies v ON v.id = a.vacancy_id
         JOIN org_units vu ON vu.id = v.unit_id
         WHERE ${where.join(' AND ')}
         GROUP BY GROUPING SETS ((), (ap.gender), (ap.education_level))`,
        params,
      ),
      this.ds.query<(Omit<FunnelVacancyDto, 'applicantsPerSeat'> & { seats: number })[]>(
        `SELECT v.id AS "vacancyId", v.code, pos.title AS "positionTitle", vu.name AS "unitName", v.quota_total AS seats,
                count(a.id)::int AS applicants, count(a.id) FILTER (WHERE ${PASSED})::int AS passed, count(a.id) FILTER (WHERE ${APPOINTED})::int AS appointed
         FROM recruitment_vacancies v
         JOIN org_units vu ON vu.id = v.unit_id
         JOIN positions pos ON pos.id = v.position_id
         LEFT JOIN recruitment_applications a ON a.vacancy_id = v.id
         WHERE ${vWhere.join(' AND ')}
         GROUP BY v.id, pos.title, vu.name
         ORDER BY v.code COLLATE "C", v.id`,
        params,
      ),
    ]);
    const total: AggRow = agg.find((r) => r.gGender === 1 && r.gEdu === 1) ?? {
      gGender: 1,
      gEdu: 1,
      gender: null,
      educationLevel: null,
      applicants: 0,
      adminPassed: 0,
      skdPassed: 0,
      shortlisted: 0,
      passed: 0,
      appointed: 0,
    };
    const seats = vacancies.reduce((s, v) => s + v.seats, 0);

    const reached: [string, number][] = [
      ['registered', total.applicants],
      ['admin_passed', total.adminPassed],
      ...(cpns
        ? ([
            ['skd_passed', total.skdPassed],
            ['shortlisted', total.shortlisted],
          ] as [string, number][])
        : []),
      ['passed', total.passed],
      ['appointed', total.appointed],
    ];
    const stages: FunnelStageDto[] = reached.map(([stage, count], i) => ({
      stage,
      count,
      passRate: i === 0 ? null : pct(count, reached[i - 1][1]),
      ofApplicants: pct(count, total.applicants),
    }));
    const timeInStage: FunnelDurationDto[] = intervals.map((iv, i) => ({
      interval: iv.interval,
      from: iv.from,
      to: iv.to,
      applications: Number(total[`n${i}`] ?? 0),
      meanDays: (total[`d${i}`] as number | null | undefined) ?? null,
    }));
    const breakdown = (r: AggRow, key: string): FunnelBreakdownDto => ({
      key,
      applicants: r.applicants,
      adminPassed: r.adminPassed,
      skdPassed: cpns ? r.skdPassed : null,
      shortlisted: cpns ? r.shortlisted : null,
      passed: r.passed,
      appointed: r.appointed,
      passRate: pct(r.passed, r.applicants),
    });
    const eduOrder = (k: string) => {
      const i = (EDUCATION_LEVELS as readonly string[]).indexOf(k);
      return i < 0 ? EDUCATION_LEVELS.length : i;
    };
    return {
      roundId: round.id,
      roundCode: round.code,
      roundType: round.type,
      vacancyId: q.vacancyId ?? null,
      seats,
      applicants: total.applicants,
      applicantsPerSeat: perSeat(total.applicants, seats),
      stages,
      timeInStage,
      byGender: agg
        .filter((r) => r.gGender === 0)
        .map((r) => breakdown(r, r.gender ?? ''))
        .sort((a, b) => a.key.localeCompare(b.key)),
      byEducation: agg
        .filter((r) => r.gEdu === 0)
        .map((r) => breakdown(r, r.educationLevel ?? ''))
        .sort((a, b) => eduOrder(a.key) - eduOrder(b.key) || a.key.localeCompare(b.key)),
      byVacancy: vacancies.map((v) => ({ ...v, applicantsPerSeat: perSeat(v.applicants, v.seats) })),
    };
  }

  /** The funnel as a workbook: one sheet for the stages, one per breakdown (time, gender, education, vacancy). */
  async exportFunnel(p: Principal, id: string, q: FunnelQueryDto): Promise<ExportFile> {
    const f = await this.funnel(p, id, q);
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    wb.creator = 'asn-planner';
    const sheet = (name: string, title: string, header: string[], rows: (string | number | null)[][]) => {
      const ws = wb.addWorksheet(name);
      ws.addRow([title]).font = { bold: true, size: 13 };
      ws.addRow([]);
      ws.addRow(header).font = { bold: true };
      rows.forEach((r) => ws.addRow(r.map((x) => x ?? '')));
      ws.columns.forEach((c, i) => (c.width = i === 0 ? 28 : 16));
    };
    const scopeLabel = f.vacancyId ? `formasi ${f.byVacancy[0]?.code ?? f.vacancyId}` : 'seluruh formasi';
    sheet(
      'Tahapan',
      `Funnel seleksi ${f.roundCode} (${f.roundType.toUpperCase()}), ${scopeLabel}: ${f.seats} kebutuhan, ${f.applicants} pelamar`,
      ['Tahap', 'Jumlah', 'Lulus dari tahap sebelumnya (%)', 'Dari seluruh pelamar (%)'],
      [...f.stages.map((s) => [s.stage, s.count, s.passRate, s.ofApplicants]), [], ['Pelamar per kebutuhan', f.applicantsPerSeat]],
    );
    sheet(
      'Waktu per Tahap',
      'Rata-rata lama tiap tahap (hari)',
      ['Tahap', 'Dari', 'Sampai', 'Lamaran', 'Rata-rata hari'],
      f.timeInStage.map((t) => [t.interval, t.from, t.to, t.applications, t.meanDays]),
    );
    const breakdownHeader = (label: string) => [label, 'Pelamar', 'Lulus administrasi', 'Lulus SKD', 'Peserta SKB', 'Lulus akhir', 'Diangkat', 'Kelulusan (%)'];
    const breakdownRows = (rows: FunnelBreakdownDto[]) => rows.map((r) => [r.key, r.applicants, r.adminPassed, r.skdPassed, r.shortlisted, r.passed, r.appointed, r.passRate]);
    sheet('Jenis Kelamin', 'Menurut jenis kelamin', breakdownHeader('Jenis kelamin'), breakdownRows(f.byGender));
    sheet('Pendidikan', 'Menurut jenjang pendidikan', breakdownHeader('Pendidikan'), breakdownRows(f.byEducation));
    sheet(
      'Formasi',
      'Menurut formasi',
      ['Kode', 'Jabatan', 'Unit kerja', 'Kebutuhan', 'Pelamar', 'Pelamar per kebutuhan', 'Lulus akhir', 'Diangkat'],
      f.byVacancy.map((v) => [v.code, v.positionTitle, v.unitName, v.seats, v.applicants, v.applicantsPerSeat, v.passed, v.appointed]),
    );
    const body = Buffer.from(await wb.xlsx.writeBuffer());
    const suffix = f.vacancyId ? `-${(f.byVacancy[0]?.code ?? 'formasi').replace(/[^A-Za-z0-9_-]/g, '_')}` : '';
    return { filename: `funnel-${f.roundCode.replace(/[^A-Za-z0-9_-]/g, '_')}${suffix}.xlsx`, contentType: XLSX_TYPE, body };
  }
}
