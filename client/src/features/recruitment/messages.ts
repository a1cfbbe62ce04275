/** The recruitment staff area: its messages (`src/i18n/locales/<lang>/recruitment.ts`) load with it, not with the sign-in page (see `@/i18n/area-messages`). */
import { areaMessages } from '@/i18n/area-messages';

const messages = areaMessages({
  id: () => import('@/i18n/locales/id/recruitment'),
  en: () => import('@/i18n/locales/en/recruitment'),
});

export const loadRecruitmentMessages = messages.load;
export const recruitmentMessagesReady = messages.ready;
