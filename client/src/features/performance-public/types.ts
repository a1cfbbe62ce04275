/** Short names for the IKM schemas of the contract (generated from openapi/openapi.json; never hand-written). */
import type { components } from '@asn-planner/openapi';

type S = components['schemas'];

/** One answer: 1–4, or null when the citizen left the element out. */
export type Answer = 1 | 2 | 3 | 4 | null;

export type PublicService = S['PublicServiceDto'];
export type PublicServiceGroup = S['PublicServiceUnitDto'];
export type FeedbackInput = S['SubmitFeedbackDto'];
export type FeedbackReceipt = S['FeedbackReceiptDto'];
export type PublicIkm = S['PublicIkmDto'];
export type PublicIkmUnit = S['PublicIkmUnitDto'];
export type PublicIkmTotal = S['PublicIkmTotalDto'];

export type IkmService = S['IkmServiceDto'];
export type IkmServiceInput = S['CreateIkmServiceDto'];
export type IkmServicePatch = S['UpdateIkmServiceDto'];
export type IkmReport = S['IkmReportDto'];
export type IkmTrendPoint = S['IkmTrendPointDto'];
export type IkmComment = S['IkmCommentDto'];
export type IkmCommentPage = S['IkmCommentPage'];
export type CommentStatus = S['IkmCommentStatus'];
export type ModerateComment = S['ModerateIkmCommentDto'];
