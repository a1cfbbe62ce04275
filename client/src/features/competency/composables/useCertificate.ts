import { api } from '@/api';
import { downloadFrom } from '@/composables/useDownload';

/** Downloads the PDF certificate of a completed enrolment; resolves with the file name. */
export function downloadCertificate(enrolmentId: string, code: string | null): Promise<string> {
  return downloadFrom(api.GET('/api/v1/training/enrolments/{id}/certificate', { params: { path: { id: enrolmentId } }, parseAs: 'blob' }), `sertifikat-${code ?? enrolmentId}.pdf`);
}
