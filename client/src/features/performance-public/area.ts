/** The citizens' feedback pages: every page in one chunk, and the promise that its messages are loaded (see routes.ts). */
import './performance-public.css';
import { performancePublicMessagesReady } from './messages';
import FeedbackView from './views/FeedbackView.vue';
import PublicIkmView from './views/PublicIkmView.vue';
import ServicePickerView from './views/ServicePickerView.vue';

export const views = { FeedbackView, PublicIkmView, ServicePickerView };

export const ready = performancePublicMessagesReady;
