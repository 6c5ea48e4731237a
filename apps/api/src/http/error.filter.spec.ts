import { jest } from '@jest/globals';
import { Logger, type ArgumentsHost } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { ErrorFilter } from './error.filter.js';

describe(ErrorFilter.name, () => {
  describe('catch', () => {
    it('logs a failed query without its parameters or the row values the driver quotes', () => {
      const email = 'chen.zhiyuan@example.cn';
      const phone = '13812345678';
      const hash = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g';
      const driverError = Object.assign(new Error('duplicate key value violates unique constraint "uq_users_email"'), {
        code: '23505',
        detail: `Key (email)=(${email}) already exists.`,
      });
      const error = new QueryFailedError(
        'INSERT INTO users (email, phone, password_hash) VALUES ($1, $2, $3)',
        [email, phone, hash],
        driverError,
      );
      const logged: unknown[] = [];
      const spy = jest.spyOn(Logger.prototype, 'error').mockImplementation((...args: unknown[]) => void logged.push(args));
      const response = { status: jest.fn().mockReturnThis(), json: jest.fn() };
      const host = {
        switchToHttp: () => ({
          getRequest: () => ({ id: 'req-1', method: 'POST', url: '/api/v1/auth/register' }),
          getResponse: () => response,
        }),
      } as unknown as ArgumentsHost;
      try {
        new ErrorFilter().catch(error, host);
      } finally {
        spy.mockRestore();
      }
      expect(response.status).toHaveBeenCalledWith(500);
      const line = JSON.stringify(logged);
      expect(line).toContain('INSERT INTO users');
      expect(line).toContain('23505');
      for (const secret of [email, phone, hash]) expect(line).not.toContain(secret);
    });
  });
});
