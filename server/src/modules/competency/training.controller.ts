import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, ALL_USERS, STAFF_READERS, STAFF_WRITERS } from '../../common/access.decorator.js';
import { ApiOp } from '../../common/api-docs.js';
import { PageOf } from '../../common/pagination.js';
import { UuidParam } from '../../common/params.js';
import { CurrentPrincipal } from '../../common/principal.decorator.js';
import type { Principal } from '../../common/principal.js';
import { TrainingService } from './training.service.js';
import {
  AttendanceSheetDto,
  CancelTrainingSessionDto,
  CompleteTrainingSessionDto,
  CreateTrainingActivityDto,
  CreateTrainingProgramDto,
  CreateTrainingSessionDto,
  DecideActivityDto,
  DecideEnrolmentDto,
  EnrolDto,
  ListTrainingActivitiesQueryDto,
  ListTrainingEnrolmentsQueryDto,
  ListTrainingProgramsQueryDto,
  ListTrainingSessionsQueryDto,
  MarkAttendanceDto,
  SessionCompletionDto,
  TrainingActivityDto,
  TrainingEnrolmentDto,
  TrainingHoursPageDto,
  TrainingHoursQueryDto,
  TrainingProgramDto,
  TrainingSessionDto,
  UpdateTrainingProgramDto,
  UpdateTrainingSessionDto,
} from './dto/training.dto.js';

const TrainingProgramPage = PageOf(TrainingProgramDto, 'TrainingProgramPage');
const TrainingSessionPage = PageOf(TrainingSessionDto, 'TrainingSessionPage');
const TrainingEnrolmentPage = PageOf(TrainingEnrolmentDto, 'TrainingEnrolmentPage');
const TrainingActivityPage = PageOf(TrainingActivityDto, 'TrainingActivityPage');

/** Roles that approve or decline requests and activities of their subtree. */
const DECIDERS = STAFF_READERS;

@ApiTags('Competency')
@Controller()
export class TrainingController {
  constructor(private readonly service: TrainingService) {}

  // ── programs ─────────────────────────────────────────────────────────────

  @Get('training/programs')
  @Access(ALL_USERS, ['competency:read'])
  @ApiOp('List the training catalogue (filters: type, mode, a competency raised, search)')
  @ApiOkResponse({ type: TrainingProgramPage })
  listTrainingPrograms(@Query() q: ListTrainingProgramsQueryDto) {
    return this.service.listPrograms(q);
  }

  @Get('training/programs/:id')
  @Access(ALL_USERS, ['competency:read'])
  @ApiOp('Get a training program with the competencies it raises and its prerequisites', { errors: [404] })
  @ApiOkResponse({ type: TrainingProgramDto })
  getTrainingProgram(@UuidParam() id: string) {
    return this.service.getProgram(id);
  }

  @Post('training/programs')
  @Access(['admin', 'planner'])
  @ApiOp('Add a program to the catalogue', { errors: [409, 422] })
  @ApiCreatedResponse({ type: TrainingProgramDto })
  createTrainingProgram(@Body() dto: CreateTrainingProgramDto) {
    return this.service.createProgram(dto);
  }

  @Patch('training/programs/:id')
  @Access(['admin', 'planner'])
  @ApiOp('Update a program (send the version you read)', { errors: [404, 409, 422] })
  @ApiOkResponse({ type: TrainingProgramDto })
  updateTrainingProgram(@UuidParam() id: string, @Body() dto: UpdateTrainingProgramDto) {
    return this.service.updateProgram(id, dto);
  }

  @Delete('training/programs/:id')
  @HttpCode(204)
  @Access(['admin', 'planner'])
  @ApiOp('Delete a program that has no session and is no prerequisite (otherwise deactivate it)', { errors: [404, 409] })
  @ApiNoContentResponse({ description: 'Deleted' })
  deleteTrainingProgram(@UuidParam() id: string) {
    return this.service.deleteProgram(id);
  }

  // ── sessions ─────────────────────────────────────────────────────────────

  @Get('training/sessions')
  @Access(ALL_USERS, ['competency:read'])
  @ApiOp('List sessions (calendar: from/to; program; status) with seats taken, waiting list and days')
  @ApiOkResponse({ type: TrainingSessionPage })
  listTrainingSessions(@CurrentPrincipal() p: Principal, @Query() q: ListTrainingSessionsQueryDto) {
    return this.service.listSessions(p, q);
  }

  @Get('training/sessions/:id')
  @Access(ALL_USERS, ['competency:read'])
  @ApiOp('Get a session with its seats, waiting list and your own enrolment', { errors: [404] })
  @ApiOkResponse({ type: TrainingSessionDto })
  getTrainingSession(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.service.getSession(p, id);
  }

  @Post('training/sessions')
  @Access(STAFF_WRITERS)
  @ApiOp('Schedule a session of a program (operators: organised by a unit of their subtree)', { errors: [404, 422] })
  @ApiCreatedResponse({ type: TrainingSessionDto })
  createTrainingSession(@CurrentPrincipal() p: Principal, @Body() dto: CreateTrainingSessionDto) {
    return this.service.createSession(p, dto);
  }

  @Patch('training/sessions/:id')
  @Access(STAFF_WRITERS)
  @ApiOp('Update an open session (raising the capacity promotes the waiting list)', { errors: [404, 409, 422] })
  @ApiOkResponse({ type: TrainingSessionDto })
  updateTrainingSession(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: UpdateTrainingSessionDto) {
    return this.service.updateSession(p, id, dto);
  }

  @Post('training/sessions/:id/cancel')
  @HttpCode(200)
  @Access(STAFF_WRITERS)
  @ApiOp('Cancel an open session and every request, seat and waiting-list place in it', { errors: [404, 409, 422] })
  @ApiOkResponse({ type: TrainingSessionDto })
  cancelTrainingSession(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: CancelTrainingSessionDto) {
    return this.service.cancelSession(p, id, dto);
  }

  // ── enrolment ────────────────────────────────────────────────────────────

  @Get('training/sessions/:id/enrolments')
  @Access(ALL_USERS)
  @ApiOp('The people of a session: enrolled, waiting list, requests (staff: their subtree or the sessions they organise; employees: themselves)', {
    errors: [404],
  })
  @ApiOkResponse({ type: TrainingEnrolmentPage })
  listSessionEnrolments(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Query() q: ListTrainingEnrolmentsQueryDto) {
    return this.service.listSessionEnrolments(p, id, q);
  }

  @Post('training/sessions/:id/enrolments')
  @Access(['admin', 'planner', 'operator', 'leader', 'employee'])
  @ApiOp('Enrol: yourself (a request for your leader) or, as an operator or planner, someone of your subtree (a seat, or the waiting list when full)', {
    errors: [404, 409, 422],
    description:
      'Refused outside the enrolment window, when the person is already in a session whose dates overlap (422 naming sessionId) or has not completed the prerequisites. The capacity is never exceeded.',
  })
  @ApiCreatedResponse({ type: TrainingEnrolmentDto })
  enrolInTrainingSession(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: EnrolDto) {
    return this.service.enrol(p, id, dto);
  }

  @Get('training/enrolments')
  @Access(ALL_USERS)
  @ApiOp('Enrolments you may see (e.g. status=requested: the approval inbox of a leader)')
  @ApiOkResponse({ type: TrainingEnrolmentPage })
  listTrainingEnrolments(@CurrentPrincipal() p: Principal, @Query() q: ListTrainingEnrolmentsQueryDto) {
    return this.service.listEnrolments(p, q);
  }

  @Post('training/enrolments/:id/approve')
  @HttpCode(200)
  @Access(DECIDERS)
  @ApiOp('Approve a request of someone of your subtree: a seat when one is free, else the waiting list', { errors: [404, 422] })
  @ApiOkResponse({ type: TrainingEnrolmentDto })
  approveTrainingEnrolment(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.service.approveEnrolment(p, id);
  }

  @Post('training/enrolments/:id/decline')
  @HttpCode(200)
  @Access(DECIDERS)
  @ApiOp('Decline a request (or a waiting-list place) of someone of your subtree', { errors: [404, 422] })
  @ApiOkResponse({ type: TrainingEnrolmentDto })
  declineTrainingEnrolment(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: DecideEnrolmentDto) {
    return this.service.declineEnrolment(p, id, dto);
  }

  @Post('training/enrolments/:id/cancel')
  @HttpCode(200)
  @Access(['admin', 'planner', 'operator', 'leader', 'employee'])
  @ApiOp('Cancel an enrolment (the person, or staff in scope); a freed seat goes to the first of the waiting list', { errors: [404, 422] })
  @ApiOkResponse({ type: TrainingEnrolmentDto })
  cancelTrainingEnrolment(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.service.cancelEnrolment(p, id);
  }

  // ── attendance and completion ────────────────────────────────────────────

  @Get('training/sessions/:id/attendance')
  @Access(ALL_USERS)
  @ApiOp('The attendance sheet: participants × days', { errors: [404] })
  @ApiOkResponse({ type: AttendanceSheetDto })
  getTrainingAttendance(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.service.attendanceSheet(p, id);
  }

  @Put('training/sessions/:id/attendance')
  @Access(STAFF_WRITERS)
  @ApiOp('Mark attendance of one day (the session’s organisers; a day of the session, not in the future)', { errors: [404, 422] })
  @ApiOkResponse({ type: AttendanceSheetDto })
  markTrainingAttendance(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: MarkAttendanceDto) {
    return this.service.markAttendance(p, id, dto);
  }

  @Post('training/sessions/:id/complete')
  @HttpCode(200)
  @Access(STAFF_WRITERS)
  @ApiOp('Complete a session: attendance threshold and post-test decide each person; completers get JP, a certificate code and raised levels', {
    errors: [404, 409, 422],
  })
  @ApiOkResponse({ type: SessionCompletionDto })
  completeTrainingSession(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: CompleteTrainingSessionDto) {
    return this.service.completeSession(p, id, dto);
  }

  // ── JP ledger ────────────────────────────────────────────────────────────

  @Get('training/activities')
  @Access(ALL_USERS)
  @ApiOp('The JP ledger: development activities (employees: their own; staff: their subtree)', { errors: [404] })
  @ApiOkResponse({ type: TrainingActivityPage })
  listTrainingActivities(@CurrentPrincipal() p: Principal, @Query() q: ListTrainingActivitiesQueryDto) {
    return this.service.listActivities(p, q);
  }

  @Post('training/activities')
  @Access(['admin', 'planner', 'operator', 'leader', 'employee'])
  @ApiOp('Record non-classroom learning (coaching, e-learning, webinar, seminar, self-study) with evidence, pending approval', { errors: [404] })
  @ApiCreatedResponse({ type: TrainingActivityDto })
  createTrainingActivity(@CurrentPrincipal() p: Principal, @Body() dto: CreateTrainingActivityDto) {
    return this.service.createActivity(p, dto);
  }

  @Post('training/activities/:id/approve')
  @HttpCode(200)
  @Access(DECIDERS)
  @ApiOp('Approve a pending activity of someone of your subtree: its JP count', { errors: [404, 409, 422] })
  @ApiOkResponse({ type: TrainingActivityDto })
  approveTrainingActivity(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: DecideActivityDto) {
    return this.service.decideActivity(p, id, 'approve', dto);
  }

  @Post('training/activities/:id/reject')
  @HttpCode(200)
  @Access(DECIDERS)
  @ApiOp('Reject a pending activity of someone of your subtree', { errors: [404, 409, 422] })
  @ApiOkResponse({ type: TrainingActivityDto })
  rejectTrainingActivity(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: DecideActivityDto) {
    return this.service.decideActivity(p, id, 'reject', dto);
  }

  @Get('training/hours')
  @Access(ALL_USERS, ['competency:read'])
  @ApiOp('JP owed vs done: per employee the JP approved this year, remaining, pace to year end; a summary of the scope', {
    errors: [404],
    description: 'PP 11/2017 art. 203: at least 20 JP a year (rule competency.development_hours). Projected = JP so far / days elapsed × days in the year.',
  })
  @ApiOkResponse({ type: TrainingHoursPageDto })
  getTrainingHours(@CurrentPrincipal() p: Principal, @Query() q: TrainingHoursQueryDto) {
    return this.service.hours(p, q);
  }
}
