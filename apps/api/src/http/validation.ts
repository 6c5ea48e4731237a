import { ValidationPipe } from '@nestjs/common';
import { FieldProblem, ValidationFailedError } from '@app/common';
import type { ValidationError } from 'class-validator';

/** Flattens nested class-validator errors into `[{field: 'org.creditCode', messages}]`. */
export function toFieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...toFieldProblems(error.children ?? [], field)];
  });
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const problems = toFieldProblems(errors);
      const summary = problems.map((p) => `${p.field}: ${p.messages[0]}`).join('; ');
      return new ValidationFailedError(problems, summary || 'Request validation failed');
    },
  });
}
