import { EnvValidationError, validateEnv } from './env.js';

describe('validateEnv', () => {
  it('applies the development defaults', () => {
    const env = validateEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBe('postgresql://postgres@127.0.0.1:5432/techmarket');
    expect(env.REDIS_URL).toBe('redis://127.0.0.1:6379');
  });

  it('converts numbers and booleans', () => {
    const env = validateEnv({ PORT: '8080', TRUST_PROXY: 'true', AUTH_RATE_LIMIT: '5' });
    expect(env).toMatchObject({ PORT: 8080, TRUST_PROXY: true, AUTH_RATE_LIMIT: 5 });
  });

  it('lists every bad variable in one error', () => {
    let error: unknown;
    try {
      validateEnv({ PORT: 'eighty', DATABASE_URL: 'mysql://x', REDIS_URL: 'http://x', JWT_SECRET: 'short', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvValidationError);
    const message = (error as Error).message;
    for (const name of ['PORT', 'DATABASE_URL', 'REDIS_URL', 'JWT_SECRET', 'LOG_LEVEL']) expect(message).toContain(name);
  });

  it('requires secrets in production', () => {
    expect(() => validateEnv({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET[\s\S]*|MEILI_MASTER_KEY/);
    const message = (() => {
      try {
        validateEnv({ NODE_ENV: 'production' });
        return '';
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(message).toContain('JWT_SECRET');
    expect(message).toContain('MEILI_MASTER_KEY');
  });

  it('requires BUREAU_ADMIN_PASSWORD with BUREAU_ADMIN_EMAIL', () => {
    expect(() => validateEnv({ BUREAU_ADMIN_EMAIL: 'admin@kjj.gov.cn' })).toThrow(/BUREAU_ADMIN_PASSWORD/);
  });
});
