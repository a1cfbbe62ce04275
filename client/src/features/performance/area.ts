/** The Kinerja area: every staff page of it in one chunk, and the promise that its messages are loaded (see routes.ts). */
import './performance.css';
import { performanceMessagesReady } from './messages';
import BoardView from './views/BoardView.vue';
import CityView from './views/CityView.vue';
import CoachingView from './views/CoachingView.vue';
import DistributionView from './views/DistributionView.vue';
import EvaluationView from './views/EvaluationView.vue';
import InboxView from './views/InboxView.vue';
import MyTargetsView from './views/MyTargetsView.vue';

export const views = {
  BoardView,
  CityView,
  CoachingView,
  DistributionView,
  EvaluationView,
  InboxView,
  MyTargetsView,
};

export const ready = performanceMessagesReady;
