/**
 * The environment both apps (api, worker) and the CLI boot from. Every variable is declared
 * here once, with its rule and default; `.env.example` mirrors this class.
 */
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  Validate,
  ValidateIf,
  validateSync,
  ValidatorConstraint,
  type ValidationArguments,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { isIP } from 'node:net';
import { isRegionCode } from '@app/regions';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : /^-?\d+$/.test(String(value)) ? Number(value) : value;
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : value === 'true' || value === '1'
      ? true
      : value === 'false' || value === '0'
        ? false
        : value;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost']);

/**
 * Whether the process may run on the development secrets: in tests, and in a development start
 * that listens on the loopback interface only. Anything reachable from elsewhere needs its own.
 */
export const mayUseDevelopmentSecrets = (env: Pick<Env, 'NODE_ENV' | 'HOST'>): boolean =>
  env.NODE_ENV === 'test' || (env.NODE_ENV === 'development' && (LOOPBACK_HOSTS.has(env.HOST) || /^127\./.test(env.HOST)));
const needsOwnSecrets = (env: Env) => !mayUseDevelopmentSecrets(env);

export const DEV_MEILI_MASTER_KEY = 'techmarket-dev-master-key-change-me';
export const DEV_JWT_SECRET = 'techmarket-dev-jwt-secret-change-me-0123456789';
/** The development mail catcher `npm start` runs (scripts/dev-mail-server.ts). */
export const DEV_SMTP_URL = 'smtp://127.0.0.1:1025';

const why = (env: Env) => (env.NODE_ENV === 'production' ? 'in production' : `when HOST (${env.HOST}) is not a loopback address`);

/** Refuses a development constant where the process needs secrets of its own. */
@ValidatorConstraint({ name: 'notDevelopmentSecret' })
class NotDevelopmentSecret implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    const env = args.object as Env;
    return mayUseDevelopmentSecrets(env) || (value !== DEV_JWT_SECRET && value !== DEV_MEILI_MASTER_KEY);
  }
  defaultMessage(args: ValidationArguments): string {
    return `${args.property} must not be the development constant from the source ${why(args.object as Env)}`;
  }
}

/** Express's `trust proxy`: a hop count or the proxies' addresses, never every address. */
@ValidatorConstraint({ name: 'trustProxy' })
class TrustProxyRule implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return parseTrustProxy(String(value)) !== undefined;
  }
  defaultMessage(): string {
    return 'TRUST_PROXY must be false, a hop count (1) or a comma-separated list of proxy addresses or subnets (10.0.0.1, 10.0.0.0/8, loopback); "true" would trust every client\'s X-Forwarded-For';
  }
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** `false` / `0` → off, `2` → two hops, `10.0.0.1, 10.1.0.0/16` → those proxies; undefined when invalid. */
export function parseTrustProxy(value: string): false | number | string[] | undefined {
  const text = value.trim();
  if (text === 'false' || text === '0') return false;
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const entries = text.split(',').map((e) => e.trim());
  const valid = entries.every((e) => {
    if (PROXY_NAMES.has(e)) return true;
    const [address, bits, ...rest] = e.split('/');
    const family = isIP(address);
    if (family === 0 || rest.length > 0) return false;
    return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
  });
  return entries.length > 0 && valid ? entries : undefined;
}

@ValidatorConstraint({ name: 'regionCode' })
class RegionCodeRule implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return isRegionCode(value);
  }
  defaultMessage(args: ValidationArguments): string {
    return `${args.property} must be a GB/T 2260 administrative division code that names a place`;
  }
}

export class Env {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '127.0.0.1';

  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgresql:// URL' })
  DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/techmarket';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  @Matches(/^[A-Za-z0-9_:-]{1,64}$/, { message: 'REDIS_PREFIX must be 1-64 characters of A-Z a-z 0-9 _ : -' })
  REDIS_PREFIX = 'tm';

  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true }, { message: 'MEILI_URL must be an http(s) URL' })
  MEILI_URL = 'http://127.0.0.1:7700';

  @ValidateIf((env: Env) => needsOwnSecrets(env) || env.MEILI_MASTER_KEY !== undefined)
  @IsString({ message: 'MEILI_MASTER_KEY is required in production and when HOST is not a loopback address' })
  @MinLength(16, { message: 'MEILI_MASTER_KEY must be at least 16 characters' })
  @Validate(NotDevelopmentSecret)
  MEILI_MASTER_KEY?: string = undefined;

  @Matches(/^[a-z0-9_]{0,32}$/, { message: 'MEILI_INDEX_PREFIX must be 0-32 characters of a-z 0-9 _' })
  MEILI_INDEX_PREFIX = '';

  @ValidateIf((env: Env) => needsOwnSecrets(env) || env.JWT_SECRET !== undefined)
  @IsString({ message: 'JWT_SECRET is required in production and when HOST is not a loopback address' })
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  @Validate(NotDevelopmentSecret)
  JWT_SECRET?: string = undefined;

  @Matches(/^\d+[smhd]$/, { message: 'JWT_EXPIRES_IN must look like 15m, 12h or 7d' })
  JWT_EXPIRES_IN = '12h';

  @IsOptional()
  @IsEmail({}, { message: 'BUREAU_ADMIN_EMAIL must be an email address' })
  BUREAU_ADMIN_EMAIL?: string = undefined;

  @ValidateIf((env: Env) => env.BUREAU_ADMIN_EMAIL !== undefined)
  @IsString({ message: 'BUREAU_ADMIN_PASSWORD is required when BUREAU_ADMIN_EMAIL is set' })
  BUREAU_ADMIN_PASSWORD?: string = undefined;

  @IsString()
  @MaxLength(100)
  BUREAU_ORG_NAME = '青岚县科学技术局';

  @Matches(/^[0-9A-HJ-NPQRTUWXY]{18}$/, { message: 'BUREAU_ORG_CREDIT_CODE must be an 18-character unified social credit code' })
  BUREAU_ORG_CREDIT_CODE = '11331127MB1234567Y';

  @Validate(RegionCodeRule)
  BUREAU_REGION = '331127';

  /**
   * The market's own region (GB/T 2260): a county (331127) is itself, a city (331100) covers its
   * counties, a province (330000) its cities. Technology inflow and outflow are counted against it.
   */
  @Matches(/^[1-9]\d{5}$/, { message: 'MARKET_REGION must be a 6-digit administrative division code such as 331127' })
  MARKET_REGION = '331127';

  @IsString()
  CORS_ORIGINS = 'http://localhost:3000,http://127.0.0.1:3000,http://localhost:5173';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @Transform(toBool)
  @IsBoolean()
  LOG_PRETTY = false;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100000)
  AUTH_RATE_LIMIT = 10;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(86400)
  AUTH_RATE_WINDOW_SECONDS = 60;

  /** Requests per minute on every route from one anonymous client address. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  RATE_LIMIT_ANON_PER_MIN = 600;

  /** Requests per minute on every route from one signed-in user. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  RATE_LIMIT_USER_PER_MIN = 1200;

  /** Match pages per minute per caller (each costs up to 40 Meilisearch queries). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  RATE_LIMIT_MATCHES_PER_MIN = 120;

  /** Inquiries, inquiry messages and deal posts per minute per caller. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  RATE_LIMIT_POSTS_PER_MIN = 60;

  /** `false`, a hop count, or the addresses of the reverse proxies whose X-Forwarded-For is believed. */
  @IsString()
  @Validate(TrustProxyRule)
  TRUST_PROXY = 'false';

  /** The password `cli bureau:create` and `cli deals:import` use; they read it from stdin when unset. */
  @IsOptional()
  @IsString()
  CLI_PASSWORD?: string = undefined;

  /** Swagger UI at /api/docs and its JSON: on unless NODE_ENV=production, where only SWAGGER=true turns it on. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  SWAGGER?: boolean = undefined;

  /** Whether `npm start` (and `cli seed`) fill an empty database with the demo market; false starts an empty one. */
  @Transform(toBool)
  @IsBoolean()
  SEED_DEMO = true;

  /** Bearer token Prometheus sends to GET /metrics (api) and to the worker's metrics port; metrics are off when unset. */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  @Matches(/^\S+$/, { message: 'METRICS_TOKEN must not contain spaces' })
  METRICS_TOKEN?: string = undefined;

  /** Port on which a worker serves its own /metrics (job durations); no listener when unset. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  METRICS_WORKER_PORT?: number = undefined;

  /** Where `npm start` keeps local state (the bundled Meilisearch's data). */
  @IsString()
  DATA_DIR = '.data';

  /** The built web front end (`npm run build:web`) the api serves at `/`; nothing is served when it is missing. */
  @IsString()
  WEB_DIR = 'dist/web';

  /** How often the worker re-sends search-index outbox rows that are still pending. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  LISTINGS_OUTBOX_SWEEP_SECONDS = 30;

  /** A pending outbox row older than this is re-sent by the sweeper (its job was lost or gave up). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(86400)
  LISTINGS_OUTBOX_STALE_SECONDS = 60;

  /** A published listing expires this many days after its publication or last reconfirmation. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3650)
  LISTING_TTL_DAYS = 180;

  /** Deal-recording jobs one worker runs at once (each is one short transaction). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  DEALS_RECORD_CONCURRENCY = 8;

  /**
   * At most this many deal-recording jobs a second, across all workers (BullMQ's queue rate
   * limiter); 0 = no limit. Spares a database shared with other work at the cost of recording lag.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(100000)
  DEALS_RECORD_JOBS_PER_SECOND = 0;

  /** How often the worker re-enqueues deals left pending. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  DEALS_SWEEP_EVERY_SECONDS = 30;

  /** A deal pending for longer than this is re-enqueued by the sweeper. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(86400)
  DEALS_SWEEP_AFTER_SECONDS = 10;

  /** Deals of an imported file recorded per job and transaction; 1 records each deal in a job of its own. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  DEALS_RECORD_BATCH = 100;

  /** Largest contract file (CSV or XLSX) POST /deals/import accepts, in bytes. */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(200 * 1024 * 1024)
  DEALS_IMPORT_MAX_BYTES = 32 * 1024 * 1024;

  /** Most data rows one imported file may hold. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  DEALS_IMPORT_MAX_ROWS = 100_000;

  /** Most bytes an imported XLSX file may inflate to, as its zip directory declares (a zip bomb is refused with 413 before inflating). */
  @Transform(toInt)
  @IsInt()
  @Min(1024 * 1024)
  @Max(2 * 1024 * 1024 * 1024)
  DEALS_IMPORT_MAX_INFLATED_BYTES = 256 * 1024 * 1024;

  /** Days a confirmed deal at an institution's agreed price stays in public notice (公示) before it may be registered. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  NOTICE_DAYS = 15;

  /** Registered deals of at least this amount (yuan) are flagged for expert review (重大合同). */
  @IsString()
  @Matches(/^\d{1,13}(\.\d{1,2})?$/, { message: 'LARGE_CONTRACT_YUAN must be an amount in yuan such as 5000000.00' })
  LARGE_CONTRACT_YUAN = '5000000.00';

  /** Largest share (per cent) of a deal's 技术交易额 that innovation vouchers may pay, across all vouchers. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  VOUCHER_MAX_SHARE_PERCENT = 50;

  /** Outgoing mail: an smtp:// or smtps:// URL (user and password in it when the server wants them). */
  @ValidateIf((env: Env) => env.NODE_ENV === 'production' || env.SMTP_URL !== undefined)
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL (required in production)' })
  SMTP_URL?: string = undefined;

  /** The sender of every mail, `名称 <address>` or a bare address. */
  @IsString()
  @MaxLength(200)
  MAIL_FROM = '青岚县网上技术市场 <noreply@techmarket.localhost>';

  /** The web address mailed links start with (invitations, password resets, email verification). */
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true }, { message: 'PUBLIC_URL must be an http(s) URL' })
  PUBLIC_URL = 'http://127.0.0.1:3000';

  /** Mail jobs one worker runs at once. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(32)
  MAIL_SEND_CONCURRENCY = 2;
}

export class EnvValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvValidationError';
  }
}

/** Validates every variable at once; the error lists all problems, not just the first. */
export function validateEnv(raw: Record<string, string | undefined>): Env {
  const known = Object.keys(new Env());
  const input = Object.fromEntries(
    Object.entries(raw).filter(([key, value]) => value !== undefined && value !== '' && known.includes(key)),
  );
  const env = plainToInstance(Env, input, { exposeDefaultValues: true });
  const errors = validateSync(env, { whitelist: false, forbidUnknownValues: false });
  if (errors.length > 0) {
    throw new EnvValidationError(
      errors.flatMap((e) => Object.values(e.constraints ?? {}).map((m) => (m.startsWith(e.property) ? m : `${e.property}: ${m}`))),
    );
  }
  return env;
}
