/** The recruitment pages for the public and the panel: every page in one chunk, and the promise that its messages are loaded (see routes.ts). */
import './recruitment-public.css';
import { recruitmentPublicMessagesReady } from './messages';
import AnnouncementView from './views/AnnouncementView.vue';
import InterviewsView from './views/InterviewsView.vue';
import InterviewView from './views/InterviewView.vue';
import PublicRoundsView from './views/PublicRoundsView.vue';
import PublicRoundView from './views/PublicRoundView.vue';
import RegisterView from './views/RegisterView.vue';
import StatusCheckView from './views/StatusCheckView.vue';

export const views = {
  AnnouncementView,
  InterviewsView,
  InterviewView,
  PublicRoundsView,
  PublicRoundView,
  RegisterView,
  StatusCheckView,
};

export const ready = recruitmentPublicMessagesReady;
