/** The citizens' feedback pages and the staff's IKM pages: their messages (`src/i18n/locales/<lang>/performance-public.ts`) load with them, not with the sign-in page (see `@/i18n/area-messages`). */
import { areaMessages } from '@/i18n/area-messages';

const messages = areaMessages({
  id: () => import('@/i18n/locales/id/performance-public'),
  en: () => import('@/i18n/locales/en/performance-public'),
});

export const loadPerformancePublicMessages = messages.load;
export const performancePublicMessagesReady = messages.ready;
