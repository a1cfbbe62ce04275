/** The recruitment area: every staff page of it in one chunk, and the promise that its messages are loaded (see routes.ts). */
import './recruitment.css';
import { recruitmentMessagesReady } from './messages';
import AppealsView from './views/AppealsView.vue';
import RoundsView from './views/RoundsView.vue';
import RoundView from './views/RoundView.vue';
import RoundWizardView from './views/RoundWizardView.vue';
import WorkbenchView from './views/WorkbenchView.vue';

export const views = {
  AppealsView,
  RoundsView,
  RoundView,
  RoundWizardView,
  WorkbenchView,
};

export const ready = recruitmentMessagesReady;
