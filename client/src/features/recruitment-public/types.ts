/** Short names for the contract's schemas the recruitment pages use (generated from openapi/openapi.json). */
import type { components } from '@asn-planner/openapi';

type S = components['schemas'];

export type RoundSchedule = S['RoundScheduleDto'];
export type RoundRules = S['RoundRulesDto'];
export type RequiredDocument = S['RequiredDocumentDto'];
export type PublicRoundItem = S['PublicRoundSummaryDto'];
export type PublicRound = S['PublicRoundDto'];
export type PublicVacancy = S['PublicVacancyDto'];
export type RegistrationInput = S['RegisterApplicationDto'];
export type RegistrationReceipt = S['RegistrationDto'];
export type UploadedDocument = S['UploadedDocumentDto'];
export type StatusResult = S['ApplicationStatusDto'];
export type PublicAppeal = S['PublicAppealDto'];
export type RoundAnnouncements = S['RoundAnnouncementsDto'];
export type VacancyAnnouncement = S['VacancyAnnouncementDto'];
export type Publication = S['PublicationDto'];
export type AnnouncementEntry = S['AnnouncementEntryDto'];
export type ResultStage = S['ResultStage'];
export type Category = S['RecruitmentCategory'];
export type EducationLevel = S['EducationLevel'];
export type Interview = S['InterviewDto'];
export type InterviewListItem = S['InterviewListItemDto'];

export const CATEGORIES: readonly Category[] = ['umum', 'cumlaude', 'disabilitas', 'papua'];
export const EDUCATION_LEVELS: readonly EducationLevel[] = ['SMA', 'D1', 'D2', 'D3', 'D4', 'S1', 'PROFESI', 'S2', 'S3'];
