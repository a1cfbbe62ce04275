/** The competency area: its messages (`src/i18n/locales/<lang>/competency.ts`) load with it, not with the sign-in page (see `@/i18n/area-messages`). */
import { areaMessages } from '@/i18n/area-messages';

const messages = areaMessages({
  id: () => import('@/i18n/locales/id/competency'),
  en: () => import('@/i18n/locales/en/competency'),
});

export const loadCompetencyMessages = messages.load;
export const competencyMessagesReady = messages.ready;
