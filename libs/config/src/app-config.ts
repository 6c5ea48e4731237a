import { DEV_JWT_SECRET, DEV_MEILI_MASTER_KEY, DEV_SMTP_URL, Env, parseTrustProxy } from './env.js';

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
      /** Express's `trust proxy`: false, a hop count or the proxies' addresses (validated at boot). */
      trustProxy: parseTrustProxy(this.env.TRUST_PROXY) ?? false,
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

  /** The market's region and the code prefix that every place within it shares (331100 → 3311). */
  get market() {
    const region = this.env.MARKET_REGION;
    return { region, regionPrefix: region.replace(/(00){1,2}$/, '') };
  }
  get log() {
    return { level: this.env.LOG_LEVEL, pretty: this.env.LOG_PRETTY };
  }
  /** Whether the api serves Swagger UI and the OpenAPI JSON. */
  get swagger() {
    return this.env.SWAGGER ?? this.env.NODE_ENV !== 'production';
  }
  get cliPassword() {
    return this.env.CLI_PASSWORD;
  }
  get seedDemo() {
    return this.env.SEED_DEMO;
  }
  get dataDir() {
    return this.env.DATA_DIR;
  }
  get webDir() {
    return this.env.WEB_DIR;
  }
  /** Prometheus metrics: the scrape token (unset: metrics are off) and the worker's metrics port. */
  get metrics() {
    return { token: this.env.METRICS_TOKEN, workerPort: this.env.METRICS_WORKER_PORT, host: this.env.HOST };
  }
  get authRateLimit() {
    return { limit: this.env.AUTH_RATE_LIMIT, windowMs: this.env.AUTH_RATE_WINDOW_SECONDS * 1000 };
  }
  /** Requests per minute: anonymous per address, signed-in per user, and the tighter tiers. */
  get rateLimit() {
    return {
      anonymousPerMinute: this.env.RATE_LIMIT_ANON_PER_MIN,
      userPerMinute: this.env.RATE_LIMIT_USER_PER_MIN,
      matchesPerMinute: this.env.RATE_LIMIT_MATCHES_PER_MIN,
      postsPerMinute: this.env.RATE_LIMIT_POSTS_PER_MIN,
    };
  }

  /** Fresh listings: days until a listing unconfirmed expires, and the reminder's lead. */
  get listingExpiry() {
    return { ttlDays: this.env.LISTING_TTL_DAYS, remindDaysAhead: 14 };
  }

  /** Outgoing mail; without SMTP_URL (development, tests) the local catcher `npm start` runs on port 1025. */
  get mail() {
    return {
      smtpUrl: this.env.SMTP_URL ?? DEV_SMTP_URL,
      from: this.env.MAIL_FROM,
      publicUrl: this.env.PUBLIC_URL.replace(/\/+$/, ''),
      concurrency: this.env.MAIL_SEND_CONCURRENCY,
    };
  }

  get listingsOutbox() {
    return {
      sweepEveryMs: this.env.LISTINGS_OUTBOX_SWEEP_SECONDS * 1000,
      staleAfterSeconds: this.env.LISTINGS_OUTBOX_STALE_SECONDS,
    };
  }

  get deals() {
    return {
      recordConcurrency: this.env.DEALS_RECORD_CONCURRENCY,
      recordJobsPerSecond: this.env.DEALS_RECORD_JOBS_PER_SECOND,
      sweepEveryMs: this.env.DEALS_SWEEP_EVERY_SECONDS * 1000,
      sweepAfterSeconds: this.env.DEALS_SWEEP_AFTER_SECONDS,
      recordBatch: this.env.DEALS_RECORD_BATCH,
      importMaxBytes: this.env.DEALS_IMPORT_MAX_BYTES,
      importMaxRows: this.env.DEALS_IMPORT_MAX_ROWS,
      importMaxInflatedBytes: this.env.DEALS_IMPORT_MAX_INFLATED_BYTES,
      noticeDays: this.env.NOTICE_DAYS,
      largeContractFen: yuanToFen(this.env.LARGE_CONTRACT_YUAN),
    };
  }

  get vouchers() {
    return { maxSharePercent: this.env.VOUCHER_MAX_SHARE_PERCENT };
  }
}

/** `5000000.00` → 500000000n; the env rule has checked the shape. */
function yuanToFen(yuan: string): bigint {
  const [whole, cents = ''] = yuan.split('.');
  return BigInt(whole) * 100n + BigInt(cents.padEnd(2, '0'));
}
