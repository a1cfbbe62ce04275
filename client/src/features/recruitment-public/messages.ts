/** The public recruitment pages and the panelist's screens: its messages (`src/i18n/locales/<lang>/recruitment-public.ts`) load with it, not with the sign-in page (see `@/i18n/area-messages`). */
import { areaMessages } from '@/i18n/area-messages';

const messages = areaMessages({
  id: () => import('@/i18n/locales/id/recruitment-public'),
  en: () => import('@/i18n/locales/en/recruitment-public'),
});

export const loadRecruitmentPublicMessages = messages.load;
export const recruitmentPublicMessagesReady = messages.ready;
