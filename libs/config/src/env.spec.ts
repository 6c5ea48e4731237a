import { DEV_JWT_SECRET, DEV_MEILI_MASTER_KEY, EnvValidationError, parseTrustProxy, validateEnv } from './env.js';

describe('validateEnv', () => {
  it('applies the development defaults', () => {
    const env = validateEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBe('postgresql://postgres@127.0.0.1:5432/techmarket');
    expect(env.REDIS_URL).toBe('redis://127.0.0.1:6379');
  });

  it('converts numbers and booleans', () => {
    const env = validateEnv({ PORT: '8080', LOG_PRETTY: 'true', AUTH_RATE_LIMIT: '5' });
    expect(env).toMatchObject({ PORT: 8080, LOG_PRETTY: true, AUTH_RATE_LIMIT: 5 });
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

  const problems = (raw: Record<string, string>): string => {
    try {
      validateEnv(raw);
      return '';
    } catch (e) {
      return (e as Error).message;
    }
  };
  const production = {
    NODE_ENV: 'production',
    MEILI_MASTER_KEY: 'a-real-meilisearch-key-0123',
    JWT_SECRET: 'a-real-jwt-secret-of-at-least-32-characters',
    SMTP_URL: 'smtp://mail.example.cn:587',
  };

  it('refuses the development constants in production, naming the variable', () => {
    expect(problems({ ...production, JWT_SECRET: DEV_JWT_SECRET })).toMatch(/JWT_SECRET must not be the development constant/);
    expect(problems({ ...production, MEILI_MASTER_KEY: DEV_MEILI_MASTER_KEY })).toMatch(
      /MEILI_MASTER_KEY must not be the development constant/,
    );
    expect(problems(production)).toBe('');
  });

  it('requires secrets of its own in development when the api listens beyond loopback', () => {
    const message = problems({ HOST: '0.0.0.0' });
    expect(message).toContain('JWT_SECRET is required');
    expect(message).toContain('MEILI_MASTER_KEY is required');
    expect(problems({ HOST: '0.0.0.0', JWT_SECRET: DEV_JWT_SECRET, MEILI_MASTER_KEY: 'a-real-meilisearch-key-0123' })).toMatch(
      /JWT_SECRET must not/,
    );
    expect(problems({ HOST: '127.0.0.1' })).toBe('');
    expect(problems({ HOST: '::1', JWT_SECRET: DEV_JWT_SECRET })).toBe('');
    expect(problems({ NODE_ENV: 'test', HOST: '0.0.0.0' })).toBe('');
  });

  describe('TRUST_PROXY', () => {
    it.each([
      ['false', false],
      ['0', false],
      ['1', 1],
      ['2', 2],
      ['10.0.0.1', ['10.0.0.1']],
      ['10.0.0.0/8, ::1, loopback', ['10.0.0.0/8', '::1', 'loopback']],
    ])('takes %s', (value, parsed) => {
      expect(problems({ TRUST_PROXY: value })).toBe('');
      expect(parseTrustProxy(value)).toEqual(parsed);
    });
    it.each(['true', '*', '0.0.0.0/0x', '10.0.0.0/33', 'proxy.example.cn', '1,'])('refuses %s', (value) => {
      expect(problems({ TRUST_PROXY: value })).toContain('TRUST_PROXY must be false, a hop count');
    });
  });

  it('refuses a bureau region that names no place', () => {
    expect(problems({ BUREAU_REGION: '339999' })).toContain('BUREAU_REGION must be a GB/T 2260');
  });

  it('requires BUREAU_ADMIN_PASSWORD with BUREAU_ADMIN_EMAIL', () => {
    expect(() => validateEnv({ BUREAU_ADMIN_EMAIL: 'admin@kjj.gov.cn' })).toThrow(/BUREAU_ADMIN_PASSWORD/);
  });
});
