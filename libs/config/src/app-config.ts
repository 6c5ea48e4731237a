import { DEV_JWT_SECRET, DEV_MEILI_MASTER_KEY, Env } from './env.js';

/** Typed, read-only view over the validated environment. Nobody else reads process.env. */
export class AppConfig {
  constructor(private readonly env: Env) {}

  get nodeEnv() {
    return this.env.NODE_ENV;
  }
  get isProduction() {
    return this.env.NODE_ENV === 'production';
  }
  get http() {
    return {
      port: this.env.PORT,
      host: this.env.HOST,
      corsOrigins: this.env.CORS_ORIGINS.split(',')
        .map((o) => o.trim())
        .filter(Boolean),
      trustProxy: this.env.TRUST_PROXY,
    };
  }
  get database() {
    return { url: this.env.DATABASE_URL, poolSize: this.env.DATABASE_POOL_SIZE };
  }
  get redis() {
    return { url: this.env.REDIS_URL, prefix: this.env.REDIS_PREFIX };
  }
  get meili() {
    return {
      url: this.env.MEILI_URL,
      masterKey: this.env.MEILI_MASTER_KEY ?? DEV_MEILI_MASTER_KEY,
      indexPrefix: this.env.MEILI_INDEX_PREFIX,
    };
  }
  get jwt() {
    return { secret: this.env.JWT_SECRET ?? DEV_JWT_SECRET, expiresIn: this.env.JWT_EXPIRES_IN };
  }
  get bureau() {
    return {
      adminEmail: this.env.BUREAU_ADMIN_EMAIL,
      adminPassword: this.env.BUREAU_ADMIN_PASSWORD,
      orgName: this.env.BUREAU_ORG_NAME,
      orgCreditCode: this.env.BUREAU_ORG_CREDIT_CODE,
      region: this.env.BUREAU_REGION,
    };
  }
  get log() {
    return { level: this.env.LOG_LEVEL, pretty: this.env.LOG_PRETTY };
  }
  get dataDir() {
    return this.env.DATA_DIR;
  }
  get webDir() {
    return this.env.WEB_DIR;
  }
  get authRateLimit() {
    return { limit: this.env.AUTH_RATE_LIMIT, windowMs: this.env.AUTH_RATE_WINDOW_SECONDS * 1000 };
  }

  get listingsOutbox() {
    return {
      sweepEveryMs: this.env.LISTINGS_OUTBOX_SWEEP_SECONDS * 1000,
      staleAfterSeconds: this.env.LISTINGS_OUTBOX_STALE_SECONDS,
      batchSize: 500,
    };
  }

  get deals() {
    return {
      recordConcurrency: this.env.DEALS_RECORD_CONCURRENCY,
      sweepEveryMs: this.env.DEALS_SWEEP_EVERY_SECONDS * 1000,
      sweepAfterSeconds: this.env.DEALS_SWEEP_AFTER_SECONDS,
      recordBatch: this.env.DEALS_RECORD_BATCH,
      importMaxBytes: this.env.DEALS_IMPORT_MAX_BYTES,
      importMaxRows: this.env.DEALS_IMPORT_MAX_ROWS,
    };
  }
}
