/** The Kinerja staff area: its messages (`src/i18n/locales/<lang>/performance.ts`) load with it, not with the sign-in page (see `@/i18n/area-messages`). */
import { areaMessages } from '@/i18n/area-messages';

const messages = areaMessages({
  id: () => import('@/i18n/locales/id/performance'),
  en: () => import('@/i18n/locales/en/performance'),
});

export const loadPerformanceMessages = messages.load;
export const performanceMessagesReady = messages.ready;
