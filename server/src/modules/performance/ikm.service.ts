/**
 * Citizens' feedback (IKM) for staff: the service desks (with their QR codes), the IKM per unit and period (element
 * means in SQL, unanswered left out, then calc/ikm.ts with the rule `ikm.scale`: the same code as
 * `POST /performance/calculate/ikm`), the minimum sample against the population served, the trend over the last eight
 * quarters, and the moderation of comments (audited).
 */
import { Injectable } from '@nestjs/common';
import QRCode from 'qrcode';
import { DataSource } from 'typeorm';
import { Page, pageParams } from '../../common/pagination.js';
import type { Principal } from '../../common/principal.js';
import { StaleVersionError } from '../../common/problem.js';
import { inScope } from '../../common/scope.js';
import { sqlRows } from '../../common/sql.js';
import { AuditService } from '../audit/audit.service.js';
import { isoToday } from '../reference/calc/dates.js';
import { ReferenceService } from '../reference/reference.service.js';
import { ikmFromMeans, minimumSample, type IkmScale } from './calc/ikm.js';
import {
  CreateIkmServiceDto,
  IkmCommentDto,
  IkmElementLabelDto,
  IkmReportDto,
  IkmReportQueryDto,
  IkmServiceDto,
  IkmTrendPointDto,
  ListIkmCommentsQueryDto,
  ListIkmServicesQueryDto,
  ModerateIkmCommentDto,
  UpdateIkmServiceDto,
} from './dto/ikm.dto.js';
import { ikmCommentNotFound, ikmServiceCodeTaken, ikmServiceNotFound, ikmUnitNotFound } from './ikm.errors.js';
import type { Db } from './performance.repo.js';

// ── shared by the staff, public and unit views ───────────────────────────

/** Plain-language labels of the nine elements (PermenPAN-RB 14/2017), by the keys of `ikm.scale`. */
export const ELEMENT_LABELS: Record<string, string> = {
  persyaratan: 'Persyaratan pelayanan',
  prosedur: 'Sistem, mekanisme, dan prosedur',
  waktu_pelayanan: 'Waktu penyelesaian',
  biaya: 'Biaya/tarif',
  produk: 'Produk spesifikasi jenis pelayanan',
  kompetensi_pelaksana: 'Kompetensi pelaksana',
  perilaku_pelaksana: 'Perilaku pelaksana',
  penanganan_pengaduan: 'Penanganan pengaduan, saran dan masukan',
  sarana_prasarana: 'Sarana dan prasarana',
};

export const elementLabels = (scale: IkmScale): IkmElementLabelDto[] => scale.elements.map((key) => ({ key, label: ELEMENT_LABELS[key] ?? key }));

/** SQL select list: responses, and per element the mean of the answers given (avg ignores nulls) and their count. */
export const ELEMENT_AGGREGATES = [
  'count(*)::int AS n',
  ...Array.from({ length: 9 }, (_, i) => `avg(r.answers[${i + 1}])::float8 AS m${i}, count(r.answers[${i + 1}])::int AS c${i}`),
].join(', ');

export interface AggregateRow {
  n: number;
  [k: string]: unknown;
}

export interface IkmFigures {
  responses: number;
  elementMeans: (number | null)[];
  answered: number[];
  index: number | null;
  convertedIndex: number | null;
  grade: string | null;
  label: string | null;
}

/** Grades an aggregate row with calc/ikm.ts; an element nobody answered (or no response) leaves the index null. */
export function gradeAggregate(row: AggregateRow | undefined, scale: IkmScale): IkmFigures {
  const k = scale.elements.length;
  const n = Number(row?.n ?? 0);
  const means = Array.from({ length: k }, (_, i) => (row && row[`m${i}`] !== null && row[`m${i}`] !== undefined ? Number(row[`m${i}`]) : null));
  const answered = Array.from({ length: k }, (_, i) => Number(row?.[`c${i}`] ?? 0));
  const round4 = (x: number) => Math.round(x * 1e4) / 1e4;
  if (!n || means.some((m) => m === null)) {
    return { responses: n, elementMeans: means.map((m) => (m === null ? null : round4(m))), answered, index: null, convertedIndex: null, grade: null, label: null };
  }
  const r = ikmFromMeans(means as number[], scale, answered);
  return { responses: n, elementMeans: r.elementMeans, answered, index: r.index, convertedIndex: r.convertedIndex, grade: r.grade, label: r.label };
}

/** `submitted_at` within WIB calendar days [$a, $b] (index-friendly bounds). */
export const wibRange = (col: string, a: number, b: number) =>
  `${col} >= ($${a}::date)::timestamp AT TIME ZONE 'Asia/Jakarta' AND ${col} < ($${b}::date + 1)::timestamp AT TIME ZONE 'Asia/Jakarta'`;

export interface UnitRow {
  id: string;
  name: string;
  kind: string;
  path: string;
  depth: number;
}

/** The unit asked about (in the caller's scope, else 404), or the caller's own unit, or the city's root. */
export async function resolveUnit(db: Db, p: Principal, unitId?: string): Promise<UnitRow> {
  if (unitId) {
    const [u] = await db.query('SELECT id, name, kind, path, depth FROM org_units WHERE id = $1', [unitId]);
    if (!u || !inScope(p, u.path)) throw ikmUnitNotFound(unitId);
    return u;
  }
  const [u] = p.unitId
    ? await db.query('SELECT id, name, kind, path, depth FROM org_units WHERE id = $1', [p.unitId])
    : await db.query('SELECT id, name, kind, path, depth FROM org_units WHERE parent_id IS NULL ORDER BY depth, name LIMIT 1');
  if (!u) throw ikmUnitNotFound(p.unitId ?? 'root');
  return u;
}

const quarterDates = (year: number, q: number) => {
  const m = (q - 1) * 3 + 1;
  const end = new Date(Date.UTC(year, m + 2, 0)).toISOString().slice(0, 10);
  return { from: `${year}-${String(m).padStart(2, '0')}-01`, to: end };
};

interface ServiceRow {
  id: string;
  unit_id: string;
  unit_name: string;
  unit_path: string;
  code: string;
  name: string;
  desk: string | null;
  annual_users: number | null;
  active: boolean;
  responses: number;
  version: number;
}

const toServiceDto = (r: ServiceRow): IkmServiceDto => ({
  id: r.id,
  unitId: r.unit_id,
  unitName: r.unit_name,
  code: r.code,
  name: r.name,
  desk: r.desk,
  annualUsers: r.annual_users,
  active: r.active,
  responses: Number(r.responses ?? 0),
  formPath: `/umpan-balik/${encodeURIComponent(r.code)}`,
  version: r.version,
});

const SERVICE_SELECT = `SELECT s.id, s.unit_id, u.name AS unit_name, u.path AS unit_path, s.code, s.name, s.desk, s.annual_users, s.active, s.version,
       (SELECT count(*)::int FROM ikm_responses r WHERE r.unit_id = s.unit_id AND r.service_id = s.id) AS responses
  FROM ikm_services s JOIN org_units u ON u.id = s.unit_id`;

const isUniqueViolation = (e: unknown) =>
  (e as { code?: string; driverError?: { code?: string } })?.code === '23505' || (e as { driverError?: { code?: string } })?.driverError?.code === '23505';

@Injectable()
export class IkmService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly reference: ReferenceService,
  ) {}

  scale = async () => (await this.reference.rule<IkmScale>('ikm.scale')).value;

  // ── services ───────────────────────────────────────────────────────────

  async listServices(p: Principal, q: ListIkmServicesQueryDto): Promise<Page<IkmServiceDto>> {
    const unit = await resolveUnit(this.ds, p, q.unitId);
    const { page, pageSize, offset } = pageParams(q);
    const params: unknown[] = [`${unit.path}%`];
    const where = ['u.path LIKE $1'];
    if (q.q) {
      params.push(`%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(s.code ILIKE $${params.length} OR s.name ILIKE $${params.length} OR s.desk ILIKE $${params.length} OR u.name ILIKE $${params.length})`);
    }
    if (q.active) where.push(q.active === 'true' ? 's.active' : 'NOT s.active');
    const w = `WHERE ${where.join(' AND ')}`;
    const [rows, [{ n }]] = await Promise.all([
      this.ds.query(`${SERVICE_SELECT} ${w} ORDER BY u.name ${q.sortOrder === 'desc' ? 'DESC' : 'ASC'}, s.name, s.code LIMIT ${pageSize} OFFSET ${offset}`, params),
      this.ds.query(`SELECT count(*)::int AS n FROM ikm_services s JOIN org_units u ON u.id = s.unit_id ${w}`, params),
    ]);
    return { items: rows.map(toServiceDto), total: n, page, pageSize };
  }

  private async loadService(db: Db, p: Principal, id: string, lock = false): Promise<ServiceRow> {
    const [row] = await db.query(`${SERVICE_SELECT} WHERE s.id = $1${lock ? ' FOR UPDATE OF s' : ''}`, [id]);
    if (!row || !inScope(p, row.unit_path)) throw ikmServiceNotFound(id, 'id');
    return row;
  }

  async getService(p: Principal, id: string): Promise<IkmServiceDto> {
    return toServiceDto(await this.loadService(this.ds, p, id));
  }

  async createService(p: Principal, dto: CreateIkmServiceDto): Promise<IkmServiceDto> {
    const unit = await resolveUnit(this.ds, p, dto.unitId);
    try {
      const id = await this.ds.transaction(async (m) => {
        const [{ id }] = await m.query(`INSERT INTO ikm_services (unit_id, code, name, desk, annual_users) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
          unit.id,
          dto.code,
          dto.name,
          dto.desk ?? null,
          dto.annualUsers ?? null,
        ]);
        const created = toServiceDto(await this.loadService(m, p, id));
        await this.audit.record(m, { action: 'create', entity: 'ikm_service', entityId: id, after: created, unitPath: unit.path });
        return id as string;
      });
      return this.getService(p, id);
    } catch (e) {
      if (isUniqueViolation(e)) throw ikmServiceCodeTaken(dto.code);
      throw e;
    }
  }

  async updateService(p: Principal, id: string, dto: UpdateIkmServiceDto): Promise<IkmServiceDto> {
    try {
      await this.ds.transaction(async (m) => {
        const before = await this.loadService(m, p, id, true);
        if (before.version !== dto.version) throw new StaleVersionError('Service', dto.version);
        const sets: Record<string, unknown> = {};
        if (dto.code !== undefined) sets.code = dto.code;
        if (dto.name !== undefined) sets.name = dto.name;
        if (dto.desk !== undefined) sets.desk = dto.desk;
        if (dto.annualUsers !== undefined) sets.annual_users = dto.annualUsers;
        if (dto.active !== undefined) sets.active = dto.active;
        const cols = Object.keys(sets);
        const res = await sqlRows(
          m,
          `UPDATE ikm_services SET ${cols.map((c, i) => `"${c}" = $${i + 3}, `).join('')}version = version + 1, updated_at = now() WHERE id = $1 AND version = $2 RETURNING id`,
          [id, dto.version, ...cols.map((c) => sets[c])],
        );
        if (!res.length) throw new StaleVersionError('Service', dto.version);
        const after = toServiceDto(await this.loadService(m, p, id));
        await this.audit.record(m, { action: 'update', entity: 'ikm_service', entityId: id, before: toServiceDto(before), after, unitPath: before.unit_path });
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw ikmServiceCodeTaken(dto.code ?? '');
      throw e;
    }
    return this.getService(p, id);
  }

  /** The QR code (SVG) of a service's public form: `<origin>/umpan-balik/<code>`. */
  async serviceQr(p: Principal, id: string, origin: string): Promise<{ svg: string; url: string; code: string }> {
    const s = await this.loadService(this.ds, p, id);
    const url = `${origin.replace(/\/+$/, '')}/umpan-balik/${encodeURIComponent(s.code)}`;
    const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    // The URL in the picture's title too: readable by people and by tests, and an accessible name for the image.
    return { svg: svg.replace('<svg ', `<svg role="img" aria-label="${escapeXml(url)}" `).replace(/(<svg[^>]*>)/, `$1<title>${escapeXml(url)}</title>`), url, code: s.code };
  }

  // ── the report ─────────────────────────────────────────────────────────

  async report(p: Principal, q: IkmReportQueryDto): Promise<IkmReportDto> {
    const unit = await resolveUnit(this.ds, p, q.unitId);
    const scale = await this.scale();
    const today = isoToday();
    const year = q.year ?? Number(today.slice(0, 4));
    const { from, to } = q.quarter ? quarterDates(year, q.quarter) : { from: `${year}-01-01`, to: `${year}-12-31` };
    // Trend: eight quarters ending with the quarter asked about, or the year's last (this quarter for the current year).
    const endQ = q.quarter ?? (year === Number(today.slice(0, 4)) ? Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1 : 4);
    const endIndex = year * 4 + (endQ - 1);
    const quarters = Array.from({ length: 8 }, (_, i) => endIndex - 7 + i).map((x) => ({ year: Math.floor(x / 4), q: (x % 4) + 1 }));
    const trendFrom = quarterDates(quarters[0].year, quarters[0].q).from;
    const trendTo = quarterDates(year, endQ).to;
    const prefix = `${unit.path}%`;
    const [[agg], trendRows, [{ population }]] = await Promise.all([
      this.ds.query(`SELECT ${ELEMENT_AGGREGATES} FROM ikm_responses r JOIN org_units u ON u.id = r.unit_id WHERE u.path LIKE $1 AND ${wibRange('r.submitted_at', 2, 3)}`, [
        prefix,
        from,
        to,
      ]),
      this.ds.query(
        `SELECT extract(year FROM r.submitted_at AT TIME ZONE 'Asia/Jakarta')::int AS y, extract(quarter FROM r.submitted_at AT TIME ZONE 'Asia/Jakarta')::int AS q, ${ELEMENT_AGGREGATES}
           FROM ikm_responses r JOIN org_units u ON u.id = r.unit_id WHERE u.path LIKE $1 AND ${wibRange('r.submitted_at', 2, 3)} GROUP BY 1, 2`,
        [prefix, trendFrom, trendTo],
      ),
      this.ds.query(`SELECT sum(s.annual_users)::bigint AS population FROM ikm_services s JOIN org_units u ON u.id = s.unit_id WHERE u.path LIKE $1 AND s.active`, [prefix]),
    ]);
    const figures = gradeAggregate(agg, scale);
    const yearly = population === null ? null : Number(population);
    const pop = yearly === null || yearly < 1 ? null : q.quarter ? Math.max(1, Math.ceil(yearly / 4)) : yearly;
    const min = pop === null ? null : minimumSample(pop, scale.sample);
    const byQuarter = new Map<string, AggregateRow>(trendRows.map((r: AggregateRow & { y: number; q: number }) => [`${r.y}-Q${r.q}`, r]));
    const trend: IkmTrendPointDto[] = quarters.map(({ year: y, q: qq }) => {
      const f = gradeAggregate(byQuarter.get(`${y}-Q${qq}`), scale);
      return { period: `${y}-Q${qq}`, responses: f.responses, convertedIndex: f.convertedIndex, grade: f.grade };
    });
    return {
      unitId: unit.id,
      unitName: unit.name,
      from,
      to,
      responses: figures.responses,
      elementMeans: figures.elementMeans,
      answered: figures.answered,
      index: figures.index,
      convertedIndex: figures.convertedIndex,
      grade: figures.grade,
      label: figures.label,
      population: pop,
      minimumSample: min,
      enoughSample: min === null ? null : figures.responses >= min,
      trend,
      elements: elementLabels(scale),
    };
  }

  // ── comments ───────────────────────────────────────────────────────────

  async listComments(p: Principal, q: ListIkmCommentsQueryDto): Promise<Page<IkmCommentDto>> {
    const unit = await resolveUnit(this.ds, p, q.unitId);
    const { page, pageSize, offset } = pageParams(q);
    const params: unknown[] = [`${unit.path}%`];
    const where = ['u.path LIKE $1', `r.comment_status <> 'none'`];
    if (q.status) {
      params.push(q.status);
      where.push(`r.comment_status = $${params.length}`);
    }
    if (q.serviceId) {
      params.push(q.serviceId);
      where.push(`r.service_id = $${params.length}`);
    }
    const w = `WHERE ${where.join(' AND ')}`;
    const from = 'FROM ikm_responses r JOIN org_units u ON u.id = r.unit_id JOIN ikm_services s ON s.id = r.service_id';
    const [rows, [{ n }]] = await Promise.all([
      this.ds.query(
        `SELECT r.id, r.service_id, s.code AS service_code, s.name AS service_name, r.unit_id, u.name AS unit_name, r.submitted_at, r.comment, r.comment_status,
                r.reply, r.moderated_by_name, r.contact_name, r.contact, r.answers, r.version
           ${from} ${w} ORDER BY r.submitted_at ${q.sortOrder === 'asc' ? 'ASC' : 'DESC'}, r.id LIMIT ${pageSize} OFFSET ${offset}`,
        params,
      ),
      this.ds.query(`SELECT count(*)::int AS n ${from} ${w}`, params),
    ]);
    return { items: rows.map(toCommentDto), total: n, page, pageSize };
  }

  async moderateComment(p: Principal, responseId: string, dto: ModerateIkmCommentDto): Promise<IkmCommentDto> {
    return this.ds.transaction(async (m) => {
      const [before] = await m.query(
        `SELECT r.id, r.service_id, s.code AS service_code, s.name AS service_name, r.unit_id, u.name AS unit_name, u.path AS unit_path, r.submitted_at, r.comment,
                r.comment_status, r.reply, r.moderated_by_name, r.contact_name, r.contact, r.answers, r.version
           FROM ikm_responses r JOIN org_units u ON u.id = r.unit_id JOIN ikm_services s ON s.id = r.service_id
          WHERE r.id = $1 FOR UPDATE OF r`,
        [responseId],
      );
      if (!before || before.comment_status === 'none' || !inScope(p, before.unit_path)) throw ikmCommentNotFound(responseId);
      if (before.version !== dto.version) throw new StaleVersionError('Comment', dto.version);
      const reply = dto.reply === undefined ? before.reply : dto.reply;
      const [after] = await sqlRows<Pick<CommentRow, 'id' | 'version' | 'comment_status' | 'reply' | 'moderated_by_name'>>(
        m,
        `UPDATE ikm_responses SET comment_status = $3, reply = $4, moderated_by_name = $5, version = version + 1 WHERE id = $1 AND version = $2
         RETURNING id, version, comment_status, reply, moderated_by_name`,
        [responseId, dto.version, dto.status, reply, p.name],
      );
      if (!after) throw new StaleVersionError('Comment', dto.version);
      await this.audit.record(m, {
        action: 'moderate',
        entity: 'ikm_response',
        entityId: responseId,
        before: { status: before.comment_status, reply: before.reply },
        after: { status: after.comment_status, reply: after.reply },
        unitPath: before.unit_path,
      });
      return toCommentDto({ ...before, ...after });
    });
  }
}

interface CommentRow {
  id: string;
  service_id: string;
  service_code: string;
  service_name: string;
  unit_id: string;
  unit_name: string;
  submitted_at: Date | string;
  comment: string;
  comment_status: string;
  reply: string | null;
  moderated_by_name: string | null;
  contact_name: string | null;
  contact: string | null;
  answers: (number | null)[];
  version: number;
}

const toCommentDto = (r: CommentRow): IkmCommentDto => ({
  responseId: r.id,
  serviceId: r.service_id,
  serviceCode: r.service_code,
  serviceName: r.service_name,
  unitId: r.unit_id,
  unitName: r.unit_name,
  submittedAt: new Date(r.submitted_at).toISOString(),
  comment: r.comment,
  status: r.comment_status,
  reply: r.reply,
  moderatedByName: r.moderated_by_name,
  contactName: r.contact_name,
  contact: r.contact,
  answers: r.answers,
  version: r.version,
});

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
