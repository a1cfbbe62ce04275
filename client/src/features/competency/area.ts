/** The competency area: every page of it in one chunk, and the promise that its messages are loaded (see routes.ts). */
import './competency.css';
import { competencyMessagesReady } from './messages';
import CertificateCheckView from './views/CertificateCheckView.vue';
import CompetencyHomeView from './views/CompetencyHomeView.vue';
import DictionaryView from './views/DictionaryView.vue';
import EmployeeCompetencyView from './views/EmployeeCompetencyView.vue';
import HeatmapView from './views/HeatmapView.vue';
import DevelopmentPlansView from './views/DevelopmentPlansView.vue';
import DevelopmentPlanView from './views/DevelopmentPlanView.vue';
import StandardEditorView from './views/StandardEditorView.vue';
import TrainingHoursView from './views/TrainingHoursView.vue';
import TrainingProgramsView from './views/TrainingProgramsView.vue';
import TrainingSessionsView from './views/TrainingSessionsView.vue';
import TrainingSessionView from './views/TrainingSessionView.vue';
import UnitGapsView from './views/UnitGapsView.vue';

export const views = {
  CertificateCheckView,
  CompetencyHomeView,
  DevelopmentPlansView,
  DevelopmentPlanView,
  DictionaryView,
  EmployeeCompetencyView,
  HeatmapView,
  StandardEditorView,
  TrainingHoursView,
  TrainingProgramsView,
  TrainingSessionsView,
  TrainingSessionView,
  UnitGapsView,
};

export const ready = competencyMessagesReady;
