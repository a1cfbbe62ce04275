/** Files sent as downloads (XLSX/CSV exports): one shape, one sender, one contract description. */
import type { FastifyReply } from 'fastify';

export interface ExportFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function sendFile(reply: FastifyReply, f: ExportFile): void {
  reply.header('content-type', f.contentType).header('content-disposition', `attachment; filename="${f.filename}"`).header('cache-control', 'no-store').send(f.body);
}

/** The `content` of a 200 response that is a CSV or XLSX file. */
export const FILE_RESPONSES = {
  'text/csv': { schema: { type: 'string' as const } },
  [XLSX_TYPE]: { schema: { type: 'string' as const, format: 'binary' } },
};

/** The `content` of a 200 response that is an XLSX file. */
export const XLSX_RESPONSE = {
  [XLSX_TYPE]: { schema: { type: 'string' as const, format: 'binary' } },
};
