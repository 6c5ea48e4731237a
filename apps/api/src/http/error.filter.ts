import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { DomainError, FieldProblem } from '@app/common';
import type { Request, Response } from 'express';
import { codeForHttpStatus, ERROR_STATUS, ErrorCode } from './error-codes.js';
import { loggableError } from './loggable-error.js';

export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  errors?: FieldProblem[];
  requestId: string;
}

/** The one place where errors become HTTP bodies: `{statusCode, code, message, errors?, requestId}`. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const request = ctx.getRequest<Request & { id?: string }>();
    const response = ctx.getResponse<Response>();
    const body = this.toBody(exception, String(request.id ?? ''));
    if (body.statusCode >= 500) {
      this.logger.error(
        { err: loggableError(exception), requestId: body.requestId },
        `unhandled error on ${request.method} ${request.url}`,
      );
    }
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown, requestId: string): ErrorBody {
    if (exception instanceof DomainError) {
      const statusCode = ERROR_STATUS[exception.code as ErrorCode] ?? HttpStatus.INTERNAL_SERVER_ERROR;
      if (statusCode === HttpStatus.INTERNAL_SERVER_ERROR) {
        return { statusCode, code: 'INTERNAL_ERROR', message: 'Internal server error', requestId };
      }
      const errors = exception.details?.errors;
      return { statusCode, code: exception.code, message: exception.message, ...(errors ? { errors } : {}), requestId };
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      if (isJsonParseFailure(exception.cause)) {
        return { statusCode, code: 'MALFORMED_JSON', message: 'Request body is not valid JSON', requestId };
      }
      const message = statusCode >= 500 ? 'Internal server error' : httpMessage(exception);
      return { statusCode, code: codeForHttpStatus(statusCode), message, requestId };
    }
    // Body-parser errors (malformed JSON, too large) carry a status but are not HttpExceptions.
    const status = (exception as { status?: number; type?: string })?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const parseFailed = isJsonParseFailure(exception);
      return {
        statusCode: status,
        code: parseFailed ? 'MALFORMED_JSON' : codeForHttpStatus(status),
        message: parseFailed ? 'Request body is not valid JSON' : String((exception as Error).message),
        requestId,
      };
    }
    return { statusCode: 500, code: 'INTERNAL_ERROR', message: 'Internal server error', requestId };
  }
}

function httpMessage(exception: HttpException): string {
  const res = exception.getResponse();
  if (typeof res === 'string') return res;
  const message = (res as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : exception.message;
}

function isJsonParseFailure(error: unknown): boolean {
  return (error as { type?: string } | undefined)?.type === 'entity.parse.failed';
}
