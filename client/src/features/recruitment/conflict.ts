import { isApiError } from '@/api';

const STALE = new Set(['STALE_VERSION', 'CONCURRENT_UPDATE', 'PRECONDITION_FAILED']);

/** Someone else changed the record since it was read (the version sent was stale): reload, then say so. */
export const isStale = (e: unknown) => isApiError(e) && (STALE.has(e.code) || e.status === 412);
