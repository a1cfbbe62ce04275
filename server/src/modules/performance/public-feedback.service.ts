/**
 * The public side of citizens' feedback (no login): the service desks to choose from, one desk by its QR code with its
 * published comments, the submission with flood protection, and the published IKM per unit.
 *
 * Flood protection (rule `ikm.flood_protection`) is counted in PostgreSQL, so it holds however many API processes
 * serve the form: per device per day (strict), per address per hour (generous: a whole office behind one address is
 * fine), and the same answers + comment for the same service from the same device (or, without a device id, the same
 * address) within the window are a duplicate (409). The checks and the insert are one statement under a transaction
 * advisory lock on the device (or address), so two simultaneous copies cannot both pass. No personal data is stored:
 * the address and the device are kept as HMAC-SHA256 under a key derived from the server secret, and contact details
 * only when the citizen leaves them.
 */
import { Inject, Injectable } from '@nestjs/common';
import { createHash, createHmac } from 'node:crypto';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { isoToday } from '../reference/calc/dates.js';
import { ReferenceService } from '../reference/reference.service.js';
import type { IkmScale } from './calc/ikm.js';
import { DEVICE_ID_PATTERN, FeedbackReceiptDto, ListPublicServicesQueryDto, PublicIkmDto, PublicServiceDto, PublicServiceUnitDto, SubmitFeedbackDto } from './dto/ikm.dto.js';
import { ELEMENT_AGGREGATES, elementLabels, gradeAggregate, wibRange, type AggregateRow } from './ikm.service.js';
import { addressLimitReached, deviceLimitReached, duplicateFeedback, feedbackInvalid, ikmServiceNotFound, ikmUnitNotFound } from './ikm.errors.js';

export interface FloodRule {
  perDevicePerDay: number;
  perAddressPerHour: number;
  duplicateWindowMinutes: number;
}

/** The checks and the insert in one statement (run under the advisory lock of the device or address). */
const SUBMIT_SQL = `
WITH c AS (
  SELECT
    (SELECT max(submitted_at) FROM ikm_responses WHERE fingerprint = $1 AND submitted_at > now() - make_interval(mins => $2::int)) AS dup_at,
    (SELECT count(*)::int FROM (SELECT 1 FROM ikm_responses WHERE device_hash = $3 AND submitted_at > now() - interval '1 day' LIMIT $4::int) d) AS dev_n,
    (SELECT count(*)::int FROM (SELECT 1 FROM ikm_responses WHERE ip_hash = $5 AND submitted_at > now() - interval '1 hour' LIMIT $6::int) a) AS ip_n
), ins AS (
  INSERT INTO ikm_responses (service_id, unit_id, answers, comment, comment_status, contact_name, contact, ip_hash, device_hash, fingerprint)
  SELECT $7::uuid, $8::uuid, $9::smallint[], $10, $11, $12, $13, $5, $3, $1 FROM c
   WHERE c.dup_at IS NULL AND c.dev_n < $4::int AND c.ip_n < $6::int
  RETURNING id, submitted_at
)
SELECT c.dup_at, c.dev_n, c.ip_n, ins.id, ins.submitted_at FROM c LEFT JOIN ins ON true`;

/** Seconds until the oldest of the last `limit` rows of a hash leaves the window (then one more fits). */
const RETRY_SQL = (col: 'device_hash' | 'ip_hash', window: string) => `
SELECT greatest(1, ceil(extract(epoch FROM (min(submitted_at) + interval '${window}' - clock_timestamp()))))::int AS s
  FROM (SELECT submitted_at FROM ikm_responses WHERE ${col} = $1 AND submitted_at > clock_timestamp() - interval '${window}' ORDER BY submitted_at DESC LIMIT $2::int) x`;

const ADVISORY_CLASS = 0x494b4d; // 'IKM'

/**
 * Today in WIB (UTC+7 all year, no daylight saving): the same day as `isoToday()`, without building an
 * Intl.DateTimeFormat (which costs about a millisecond of CPU per call, twice per submission on this hot path).
 */
const wibToday = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

interface ServiceRef {
  id: string;
  unitId: string;
  code: string;
}

@Injectable()
export class PublicFeedbackService {
  private readonly key: Buffer;
  /** Services by id and by code, for a few seconds (the form is submitted far more often than services change). */
  private readonly services = new Map<string, { at: number; ref: ServiceRef | null }>();
  private readonly published = new Map<number, { at: number; etag: string; json: string }>();

  constructor(
    private readonly ds: DataSource,
    private readonly reference: ReferenceService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.key = createHash('sha256').update(`ikm-feedback:${config.jwtSecret}`).digest();
  }

  /** Keyed hash (hex, 64 characters): the raw address or device id is never stored. */
  private hash(kind: string, value: string): string {
    return createHmac('sha256', this.key).update(`${kind}:${value}`).digest('hex');
  }

  private get pool(): Pool {
    return (this.ds.driver as unknown as { master: Pool }).master;
  }

  // ── lists ──────────────────────────────────────────────────────────────

  async listServices(q: ListPublicServicesQueryDto): Promise<PublicServiceUnitDto[]> {
    const params: unknown[] = [];
    const where = ['s.active'];
    if (q.unitId) {
      const [u] = await this.ds.query('SELECT path FROM org_units WHERE id = $1', [q.unitId]);
      if (!u) throw ikmUnitNotFound(q.unitId);
      params.push(`${u.path}%`);
      where.push(`u.path LIKE $${params.length}`);
    }
    if (q.q?.trim()) {
      params.push(`%${q.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(s.name ILIKE $${params.length} OR s.code ILIKE $${params.length} OR u.name ILIKE $${params.length} OR s.desk ILIKE $${params.length})`);
    }
    const rows: { unit_id: string; unit_name: string; kind: string; id: string; code: string; name: string; desk: string | null }[] = await this.ds.query(
      `SELECT u.id AS unit_id, u.name AS unit_name, u.kind, s.id, s.code, s.name, s.desk
         FROM ikm_services s JOIN org_units u ON u.id = s.unit_id
        WHERE ${where.join(' AND ')} ORDER BY u.name, u.id, s.name, s.code`,
      params,
    );
    const out: PublicServiceUnitDto[] = [];
    for (const r of rows) {
      let last = out[out.length - 1];
      if (!last || last.unitId !== r.unit_id) out.push((last = { unitId: r.unit_id, unitName: r.unit_name, kind: r.kind, services: [] }));
      last.services.push({ id: r.id, code: r.code, name: r.name, desk: r.desk });
    }
    return out;
  }

  async getService(code: string): Promise<PublicServiceDto> {
    const [s] = await this.ds.query(
      `SELECT s.id, s.code, s.name, s.desk, s.unit_id, u.name AS unit_name, u.kind AS unit_kind
         FROM ikm_services s JOIN org_units u ON u.id = s.unit_id WHERE s.code = upper($1) AND s.active`,
      [code],
    );
    if (!s) throw ikmServiceNotFound(code, 'code');
    const [scale, comments] = await Promise.all([
      this.reference.rule<IkmScale>('ikm.scale'),
      this.ds.query(
        `SELECT submitted_at, comment, reply FROM ikm_responses
          WHERE unit_id = $2 AND service_id = $1 AND comment_status = 'published' ORDER BY submitted_at DESC LIMIT 20`,
        [s.id, s.unit_id],
      ),
    ]);
    return {
      id: s.id,
      code: s.code,
      name: s.name,
      desk: s.desk,
      unitId: s.unit_id,
      unitName: s.unit_name,
      unitKind: s.unit_kind,
      elements: elementLabels(scale.value),
      comments: comments.map((c: { submitted_at: Date; comment: string; reply: string | null }) => ({
        submittedAt: new Date(c.submitted_at).toISOString(),
        comment: c.comment,
        reply: c.reply,
      })),
    };
  }

  private async serviceRef(dto: SubmitFeedbackDto): Promise<ServiceRef> {
    const byId = !!dto.serviceId;
    const key = byId ? `id:${dto.serviceId}` : `code:${dto.serviceCode!.toUpperCase()}`;
    const hit = this.services.get(key);
    let ref = hit && Date.now() - hit.at < 10_000 ? hit.ref : undefined;
    if (ref === undefined) {
      const [row] = await this.ds.query(`SELECT id, unit_id, code FROM ikm_services WHERE ${byId ? 'id = $1::uuid' : 'code = upper($1)'} AND active`, [
        byId ? dto.serviceId : dto.serviceCode,
      ]);
      ref = row ? { id: row.id, unitId: row.unit_id, code: row.code } : null;
      if (this.services.size > 10_000) this.services.clear();
      this.services.set(key, { at: Date.now(), ref });
    }
    if (!ref) throw ikmServiceNotFound((byId ? dto.serviceId : dto.serviceCode)!, byId ? 'serviceId' : 'serviceCode');
    return ref;
  }

  // ── the submission ─────────────────────────────────────────────────────

  async submit(dto: SubmitFeedbackDto, ip: string | undefined, headerDevice: string | undefined): Promise<FeedbackReceiptDto> {
    const today = wibToday();
    const scale = (await this.reference.rule<IkmScale>('ikm.scale', today)).value;
    const k = scale.elements.length;
    const errors: { path: string; code: string; message: string }[] = [];
    if (!dto.serviceId === !dto.serviceCode) {
      errors.push({ path: dto.serviceId ? 'serviceCode' : 'serviceId', code: 'one_of', message: 'send serviceId or serviceCode (one of them)' });
    }
    const answers = dto.answers;
    if (answers.length !== k) {
      errors.push({ path: 'answers', code: 'array_size', message: `answers must have exactly ${k} answers (null for one left unanswered), got ${answers.length}` });
    } else {
      answers.forEach((a, i) => {
        if (a !== null && !(Number.isInteger(a) && a >= 1 && a <= 4)) errors.push({ path: `answers.${i}`, code: 'is_in', message: `answers.${i} must be 1, 2, 3 or 4 (or null)` });
      });
      const given = answers.filter((a) => a !== null).length;
      if (!errors.length && given < 5) errors.push({ path: 'answers', code: 'min_answered', message: `answer at least 5 of the ${k} elements (${given} answered)` });
    }
    const device = dto.deviceId ?? headerDevice?.trim() ?? undefined;
    if (!dto.deviceId && device && !DEVICE_ID_PATTERN.test(device)) {
      errors.push({ path: 'deviceId', code: 'matches', message: 'the X-Device-Id header must be 8-100 letters, digits, dashes or underscores' });
    }
    if (errors.length) throw feedbackInvalid(errors);

    const service = await this.serviceRef(dto);
    const rule = (await this.reference.rule<FloodRule>('ikm.flood_protection', today)).value;
    const comment = dto.comment?.trim() || null;
    const contactName = dto.contactName?.trim() || null;
    const contact = dto.contact?.trim() || null;
    const ipHash = this.hash('ip', ip || 'unknown');
    const deviceHash = device ? this.hash('device', device) : null;
    const who = deviceHash ?? ipHash;
    const fingerprint = this.hash('fp', `${service.id}|${who}|${answers.map((a) => a ?? '-').join(',')}|${comment ?? ''}`);
    const lockKey = parseInt(who.slice(0, 8), 16) | 0;

    const client = await this.pool.connect();
    let row: { dup_at: Date | null; dev_n: number; ip_n: number; id: string | null; submitted_at: Date | null };
    try {
      await client.query(`BEGIN; SELECT pg_advisory_xact_lock(${ADVISORY_CLASS}, ${lockKey})`);
      // A named statement: planned once per connection, not on every submission.
      [row] = (
        await client.query({
          name: 'ikm_feedback_submit',
          text: SUBMIT_SQL,
          values: [
            fingerprint,
            rule.duplicateWindowMinutes,
            deviceHash,
            rule.perDevicePerDay,
            ipHash,
            rule.perAddressPerHour,
            service.id,
            service.unitId,
            answers,
            comment,
            comment ? 'pending' : 'none',
            contactName,
            contact,
          ],
        })
      ).rows;
      await client.query('COMMIT');
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
    if (row.id) return { id: row.id, receivedAt: new Date(row.submitted_at!).toISOString() };
    if (row.dup_at) throw duplicateFeedback(rule.duplicateWindowMinutes);
    if (deviceHash && row.dev_n >= rule.perDevicePerDay) {
      const [{ s }] = (await this.pool.query(RETRY_SQL('device_hash', '1 day'), [deviceHash, rule.perDevicePerDay])).rows;
      throw deviceLimitReached(rule.perDevicePerDay, s ?? 60);
    }
    const [{ s }] = (await this.pool.query(RETRY_SQL('ip_hash', '1 hour'), [ipHash, rule.perAddressPerHour])).rows;
    throw addressLimitReached(rule.perAddressPerHour, s ?? 60);
  }

  // ── the published IKM ──────────────────────────────────────────────────

  /** Per unit (its own services) with responses in the year, and the city; cached for 30 s, with its ETag. */
  async publicIkm(year?: number): Promise<{ etag: string; json: string }> {
    const y = year ?? Number(isoToday().slice(0, 4));
    const hit = this.published.get(y);
    if (hit && Date.now() - hit.at < 30_000) return hit;
    const scale = (await this.reference.rule<IkmScale>('ikm.scale')).value;
    const from = `${y}-01-01`;
    const to = `${y}-12-31`;
    const [units, [total]] = await Promise.all([
      this.ds.query(
        `SELECT u.id AS unit_id, u.name AS unit_name, u.kind, x.*
           FROM (SELECT r.unit_id AS uid, ${ELEMENT_AGGREGATES} FROM ikm_responses r WHERE ${wibRange('r.submitted_at', 1, 2)} GROUP BY r.unit_id) x
           JOIN org_units u ON u.id = x.uid ORDER BY u.name, u.id`,
        [from, to],
      ),
      this.ds.query(`SELECT ${ELEMENT_AGGREGATES} FROM ikm_responses r WHERE ${wibRange('r.submitted_at', 1, 2)}`, [from, to]),
    ]);
    const city = gradeAggregate(total, scale);
    const body: PublicIkmDto = {
      year: y,
      from,
      to,
      units: units.map((r: AggregateRow & { unit_id: string; unit_name: string; kind: string }) => {
        const f = gradeAggregate(r, scale);
        return { unitId: r.unit_id, unitName: r.unit_name, kind: r.kind, responses: f.responses, convertedIndex: f.convertedIndex, grade: f.grade, label: f.label };
      }),
      total: { responses: city.responses, convertedIndex: city.convertedIndex, grade: city.grade, label: city.label },
      elements: elementLabels(scale),
    };
    const json = JSON.stringify(body);
    const page = { at: Date.now(), etag: createHash('sha256').update(json).digest('base64url').slice(0, 27), json };
    if (this.published.size > 50) this.published.clear();
    this.published.set(y, page);
    return page;
  }
}
