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
  ValidateIf,
  validateSync,
} from 'class-validator';

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
const isProduction = (env: Env) => env.NODE_ENV === 'production';

export const DEV_MEILI_MASTER_KEY = 'techmarket-dev-master-key-change-me';
export const DEV_JWT_SECRET = 'techmarket-dev-jwt-secret-change-me-0123456789';

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

  @ValidateIf(isProduction)
  @IsString({ message: 'MEILI_MASTER_KEY is required in production' })
  @MinLength(16, { message: 'MEILI_MASTER_KEY must be at least 16 characters' })
  MEILI_MASTER_KEY?: string = undefined;

  @Matches(/^[a-z0-9_]{0,32}$/, { message: 'MEILI_INDEX_PREFIX must be 0-32 characters of a-z 0-9 _' })
  MEILI_INDEX_PREFIX = '';

  @ValidateIf((env: Env) => isProduction(env) || env.JWT_SECRET !== undefined)
  @IsString({ message: 'JWT_SECRET is required in production' })
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
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

  @Matches(/^\d{6}$/, { message: 'BUREAU_REGION must be a 6-digit administrative division code' })
  BUREAU_REGION = '331127';

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

  @Transform(toBool)
  @IsBoolean()
  TRUST_PROXY = false;

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

  /** Deal-recording jobs one worker runs at once (each is one short transaction). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  DEALS_RECORD_CONCURRENCY = 8;

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
