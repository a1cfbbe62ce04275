/** The needs area: its messages (`src/i18n/locales/<lang>/needs.ts`) load with it, not with the sign-in page (see `@/i18n/area-messages`). */
import { areaMessages } from '@/i18n/area-messages';

const messages = areaMessages({
  id: () => import('@/i18n/locales/id/needs'),
  en: () => import('@/i18n/locales/en/needs'),
});

export const loadNeedsMessages = messages.load;
export const needsMessagesReady = messages.ready;
