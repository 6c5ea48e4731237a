/**
 * The error answers a route documents, written once: every 4xx body is the error filter's
 * `{statusCode, code, message, errors?, requestId}` (ErrorResponse). `@ApiErrors(400, 404)` adds
 * the listed answers with their usual meaning; an answer the route already documents with its
 * own description (`@ApiConflictResponse({ description })`) keeps it and gains the schema. It
 * reads what the route's other decorators wrote, so it goes first, above the route's method.
 */
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';

export class FieldProblemResponse {
  @ApiProperty({ type: String, example: 'title' }) field: string;
  @ApiProperty({ type: [String], example: ['标题不能为空'] }) messages: string[];
}

export class ErrorResponse {
  @ApiProperty({ type: Number, example: 400 }) statusCode: number;
  @ApiProperty({ type: String, example: 'VALIDATION_FAILED' }) code: string;
  @ApiProperty({ type: String }) message: string;
  @ApiPropertyOptional({ type: [FieldProblemResponse], description: 'the fields that failed validation' }) errors?: FieldProblemResponse[];
  @ApiProperty({ type: String, description: 'the request id, also in the logs' }) requestId: string;
}

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 422 | 429;

const MEANING: Record<ErrorStatus, string> = {
  400: 'VALIDATION_FAILED: the fields named in `errors`',
  401: 'no valid token (or cookie session)',
  403: 'the caller’s organization may not do this',
  404: 'no such resource, or not visible to the caller',
  409: 'the resource is not in a state that allows this',
  422: 'the request is understood but cannot be carried out',
  429: 'too many requests',
};

// @nestjs/swagger's metadata key for a route's responses (DECORATORS.API_RESPONSE).
const API_RESPONSE = 'swagger/apiResponse';

export const ApiErrors =
  (...statuses: ErrorStatus[]): MethodDecorator =>
  (target, key, descriptor) => {
    const documented = (Reflect.getMetadata(API_RESPONSE, descriptor.value as object) ?? {}) as Record<string, unknown>;
    const decorators = statuses.map((status) =>
      ApiResponse({ status, type: ErrorResponse, description: status in documented ? '' : MEANING[status] }),
    );
    return applyDecorators(...decorators)(target, key, descriptor);
  };
