import { Injectable } from '@nestjs/common';
import { PDFDocument, PDFFont, PDFPage, rgb, StandardFonts } from 'pdf-lib';
import { DataSource } from 'typeorm';
import type { ExportFile } from '../../common/files.js';
import type { Principal } from '../../common/principal.js';
import { inScope } from '../../common/scope.js';
import { maskName } from './calc/development.js';
import { CertificateCheckDto } from './dto/development.dto.js';
import { certificateEnrolmentNotFound, certificateNotAvailable, certificateUnknown } from './competency.errors.js';

export const BKPP_NAME = 'Badan Kepegawaian, Pendidikan dan Pelatihan Kota Semarang';
export const CERTIFICATE_CHECK_PATH = '/api/v1/public/certificates/';
/** The portal's public page that checks a code (what a reader of the paper opens). */
export const CERTIFICATE_PAGE_PATH = '/verifikasi-sertifikat/';

const CODE_PATTERN = /^[A-Za-z0-9-]{4,24}$/;
const STAFF = new Set(['admin', 'planner', 'operator', 'leader']);

interface CertificateRow {
  enrolment_id: string;
  status: string;
  certificate_code: string | null;
  completed_at: Date | null;
  employee_id: string;
  employee_name: string;
  nip: string;
  unit_path: string;
  program_code: string;
  program_title: string;
  jp: string;
  starts_on: string;
  ends_on: string;
  organiser_name: string | null;
}

const CERTIFICATE_SELECT = `SELECT en.id AS enrolment_id, en.status, en.certificate_code, en.completed_at, e.id AS employee_id, e.name AS employee_name, e.nip,
       u.path AS unit_path, pr.code AS program_code, pr.title AS program_title, pr.jp, s.starts_on, s.ends_on, ou.name AS organiser_name
  FROM training_enrolments en
  JOIN training_sessions s ON s.id = en.session_id
  JOIN training_programs pr ON pr.id = s.program_id
  JOIN employees e ON e.id = en.employee_id
  JOIN org_units u ON u.id = e.unit_id
  LEFT JOIN org_units ou ON ou.id = s.organiser_unit_id`;

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** 2026-03-04 → 4 Maret 2026. */
export function tanggal(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** The session's dates in words: one day, or "2 – 4 Maret 2026". */
export function periode(startsOn: string, endsOn: string): string {
  if (startsOn === endsOn) return tanggal(startsOn);
  const [ys, ms] = startsOn.split('-');
  const [ye, me] = endsOn.split('-');
  if (ys === ye && ms === me) return `${Number(startsOn.slice(8, 10))} – ${tanggal(endsOn)}`;
  return `${tanggal(startsOn)} – ${tanggal(endsOn)}`;
}

/** Standard PDF fonts encode WinAnsi only: letters outside it lose their accents (or become '?'). */
function winAnsi(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[^\x20-\x7e\xa0-\xff–—•]/g, '?');
}

const dateOnly = (d: string | Date) => (typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));
const jpText = (jp: string) => String(Number(jp)).replace('.', ',');

@Injectable()
export class CertificatesService {
  constructor(private readonly ds: DataSource) {}

  /** The certificate of an enrolment as a PDF: the holder themself, or staff whose subtree holds them. */
  async certificatePdf(p: Principal, enrolmentId: string): Promise<ExportFile> {
    const rows: CertificateRow[] = await this.ds.query(`${CERTIFICATE_SELECT} WHERE en.id = $1`, [enrolmentId]);
    const r = rows[0];
    const self = !!p.employeeId && r?.employee_id === p.employeeId;
    if (!r || !(self || (STAFF.has(p.role) && inScope(p, r.unit_path)))) throw certificateEnrolmentNotFound(enrolmentId);
    if (r.status !== 'completed' || !r.certificate_code || !r.completed_at) throw certificateNotAvailable();
    const body = await renderCertificate({
      code: r.certificate_code,
      name: r.employee_name,
      nip: r.nip,
      programTitle: r.program_title,
      programCode: r.program_code,
      jp: r.jp,
      startsOn: dateOnly(r.starts_on),
      endsOn: dateOnly(r.ends_on),
      issuedOn: dateOnly(r.completed_at),
      issuer: r.organiser_name ?? BKPP_NAME,
    });
    return { filename: `sertifikat-${r.certificate_code}.pdf`, contentType: 'application/pdf', body };
  }

  /** Public check of a certificate code: the facts on it, with the holder's name masked. */
  async checkCertificate(code: string): Promise<CertificateCheckDto> {
    if (!CODE_PATTERN.test(code)) throw certificateUnknown();
    const rows: CertificateRow[] = await this.ds.query(`${CERTIFICATE_SELECT} WHERE en.certificate_code = $1 AND en.status = 'completed'`, [code]);
    const r = rows[0];
    if (!r?.completed_at) throw certificateUnknown();
    return {
      valid: true,
      code: r.certificate_code!,
      holderName: maskName(r.employee_name),
      programTitle: r.program_title,
      jp: Number(r.jp),
      sessionStartsOn: dateOnly(r.starts_on),
      sessionEndsOn: dateOnly(r.ends_on),
      issuedAt: new Date(r.completed_at).toISOString(),
      issuer: r.organiser_name ?? BKPP_NAME,
    };
  }
}

export interface CertificateContent {
  code: string;
  name: string;
  nip: string;
  programTitle: string;
  programCode: string;
  jp: string;
  startsOn: string;
  endsOn: string;
  issuedOn: string;
  issuer: string;
}

/**
 * A4 landscape certificate. Everything on it comes from the enrolment, so two renderings differ only in the PDF's
 * creation and modification dates.
 */
export async function renderCertificate(c: CertificateContent, now = new Date()): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setTitle(winAnsi(`Sertifikat ${c.code}`));
  doc.setAuthor(BKPP_NAME);
  doc.setSubject(winAnsi(c.programTitle));
  doc.setCreator('asn-planner');
  doc.setProducer('asn-planner (pdf-lib)');
  doc.setKeywords(['sertifikat', c.code]);
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  const page = doc.addPage([841.89, 595.28]);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const ink = rgb(0.12, 0.16, 0.22);
  const accent = rgb(0.55, 0.1, 0.1);
  const { width, height } = page.getSize();

  page.drawRectangle({ x: 24, y: 24, width: width - 48, height: height - 48, borderColor: accent, borderWidth: 3 });
  page.drawRectangle({ x: 32, y: 32, width: width - 64, height: height - 64, borderColor: accent, borderWidth: 0.75 });

  const centre = (text: string, y: number, font: PDFFont, size: number, color = ink) => {
    const t = winAnsi(text);
    let s = size;
    while (font.widthOfTextAtSize(t, s) > width - 120 && s > 8) s -= 0.5;
    page.drawText(t, { x: (width - font.widthOfTextAtSize(t, s)) / 2, y, size: s, font, color });
  };

  centre('PEMERINTAH KOTA SEMARANG', height - 80, bold, 16);
  centre(BKPP_NAME.toUpperCase(), height - 100, regular, 12);
  page.drawLine({ start: { x: 80, y: height - 112 }, end: { x: width - 80, y: height - 112 }, thickness: 1, color: accent });
  centre('SERTIFIKAT', height - 165, bold, 40, accent);
  centre(`Nomor: ${c.code}`, height - 188, regular, 11);
  centre('diberikan kepada', height - 225, regular, 13);
  centre(c.name, height - 262, bold, 26);
  centre(`NIP ${c.nip}`, height - 284, regular, 12);
  centre('yang telah menyelesaikan', height - 318, regular, 13);
  centre(c.programTitle, height - 346, bold, 18);
  centre(`(${c.programCode}) sebanyak ${jpText(c.jp)} JP, pada ${periode(c.startsOn, c.endsOn)}`, height - 368, regular, 12);
  centre(`Diselenggarakan oleh ${c.issuer}`, height - 388, regular, 11);

  footer(page, regular, bold, c, ink);
  const bytes = await doc.save({ useObjectStreams: false });
  return Buffer.from(bytes);
}

function footer(page: PDFPage, regular: PDFFont, bold: PDFFont, c: CertificateContent, ink: ReturnType<typeof rgb>): void {
  const { width } = page.getSize();
  const right = width - 300;
  page.drawText(winAnsi(`Semarang, ${tanggal(c.issuedOn)}`), { x: right, y: 150, size: 11, font: regular, color: ink });
  page.drawText(winAnsi(c.issuer === BKPP_NAME ? 'Kepala BKPP Kota Semarang' : c.issuer), { x: right, y: 134, size: 11, font: bold, color: ink, maxWidth: 240 });
  page.drawText('Verifikasi keaslian sertifikat ini:', { x: 70, y: 150, size: 9, font: regular, color: ink });
  page.drawText(`${CERTIFICATE_PAGE_PATH}${c.code}`, { x: 70, y: 136, size: 9, font: bold, color: ink });
  page.drawText(winAnsi(`Kode verifikasi: ${c.code} (API: ${CERTIFICATE_CHECK_PATH}${c.code})`), { x: 70, y: 122, size: 9, font: regular, color: ink });
  page.drawText('Dokumen ini diterbitkan secara elektronik oleh asn-planner.', { x: 70, y: 60, size: 8, font: regular, color: ink });
}
