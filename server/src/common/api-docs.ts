import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiOperation, ApiProperty, ApiPropertyOptional, ApiResponse, getSchemaPath } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({ example: 'birthDate', description: 'Dotted path of the field (or `row N / column` for file rows)' }) path: string;
  @ApiProperty({ example: 'is_iso8601' }) code: string;
  @ApiProperty({ example: 'birthDate must be a valid ISO 8601 date string' }) message: string;
}

/** RFC 9457 problem details, as every non-2xx response. */
export class ProblemDto {
  @ApiProperty({ example: 'https://asn-planner.semarangkota.go.id/problems/validation-failed' }) type: string;
  @ApiProperty({ example: 'Validation failed' }) title: string;
  @ApiProperty({ example: 400 }) status: number;
  @ApiProperty({ example: 'The request has invalid fields.' }) detail: string;
  @ApiProperty({ example: '/api/v1/employees' }) instance: string;
  @ApiProperty({ example: 'VALIDATION_FAILED', description: 'Stable machine-readable error code' }) code: string;
  @ApiProperty({ example: '6f1c2d0e-…', description: 'The request id (x-request-id); quote it when reporting' }) correlationId: string;
  @ApiPropertyOptional({ type: [FieldErrorDto] }) errors?: FieldErrorDto[];
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input (problem+json naming each field)',
  401: 'Missing or invalid credentials',
  403: 'Your role or key scope may not do this',
  404: 'Not found, or outside your unit',
  409: 'Conflict: duplicate, stale version or state',
  412: 'Precondition failed',
  413: 'Body or file too large',
  415: 'Unsupported media type',
  422: 'Business rule violated',
  429: 'Too many requests (see Retry-After)',
};

export type ProblemStatus = keyof typeof DESCRIPTIONS;

/** Operation docs: summary, description and the problem responses it may give (400, 401, 403 always for protected routes). */
export function ApiOp(summary: string, opts: { description?: string; errors?: number[]; isPublic?: boolean } = {}) {
  const base = opts.isPublic ? [400] : [400, 401, 403];
  const statuses = [...new Set([...base, ...(opts.errors ?? [])])].sort();
  return applyDecorators(
    ApiOperation({ summary, description: opts.description }),
    ApiExtraModels(ProblemDto),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? 'Error',
        content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDto) } } },
      }),
    ),
  );
}
