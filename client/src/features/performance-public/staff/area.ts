/** The staff's IKM pages (services and QR codes, report, comment moderation): one chunk, with the area's messages. */
import '../performance-public.css';
import { performancePublicMessagesReady } from '../messages';
import IkmCommentsView from './IkmCommentsView.vue';
import IkmQrView from './IkmQrView.vue';
import IkmReportView from './IkmReportView.vue';
import IkmServicesView from './IkmServicesView.vue';

export const views = { IkmCommentsView, IkmQrView, IkmReportView, IkmServicesView };

export const ready = performancePublicMessagesReady;
