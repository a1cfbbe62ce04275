/** The needs area: every page of it in one chunk, and the promise that its messages are loaded (see routes.ts). */
import './needs.css';
import { needsMessagesReady } from './messages';
import ApprovalInboxView from './views/ApprovalInboxView.vue';
import NeedsAnalysisView from './views/NeedsAnalysisView.vue';
import NeedsDashboardView from './views/NeedsDashboardView.vue';
import NormsView from './views/NormsView.vue';
import PlanCreateView from './views/PlanCreateView.vue';
import PlansView from './views/PlansView.vue';
import PlanView from './views/PlanView.vue';
import PositionNeedView from './views/PositionNeedView.vue';
import ScenarioCompareView from './views/ScenarioCompareView.vue';
import ScenariosView from './views/ScenariosView.vue';
import WisnStudiesView from './views/WisnStudiesView.vue';
import WisnStudyView from './views/WisnStudyView.vue';

export const views = {
  ApprovalInboxView,
  NeedsAnalysisView,
  NeedsDashboardView,
  NormsView,
  PlanCreateView,
  PlansView,
  PlanView,
  PositionNeedView,
  ScenarioCompareView,
  ScenariosView,
  WisnStudiesView,
  WisnStudyView,
};

export const ready = needsMessagesReady;
