import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator, type HealthCheckResult } from '@nestjs/terminus';
import { CurrentPrincipal, type Principal } from '@app/accounts';
import { RedisClient } from '@app/queue';
import { SearchService } from '@app/search';
import type { Response } from 'express';

class HealthCheckEntry {
  @ApiProperty({ enum: ['up', 'down'] }) status: string;
  @ApiProperty({ required: false, description: 'why a check is down: for the bureau only' }) message?: string;
}

class HealthChecks {
  @ApiProperty({ type: HealthCheckEntry }) database: HealthCheckEntry;
  @ApiProperty({ type: HealthCheckEntry }) redis: HealthCheckEntry;
  @ApiProperty({ type: HealthCheckEntry }) search: HealthCheckEntry;
}

export class HealthResponse {
  @ApiProperty({ enum: ['ok', 'error'] }) status: 'ok' | 'error';
  @ApiProperty({ type: HealthChecks }) checks: HealthChecks;
}

const TIMEOUT_MS = 1500;

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly redis: RedisClient,
    private readonly search: SearchService,
  ) {}

  @ApiOperation({ summary: 'Health of the api and the services it needs', security: [] })
  @Get()
  @ApiOkResponse({ type: HealthResponse })
  @ApiServiceUnavailableResponse({ type: HealthResponse, description: 'a dependency is down; its check says which' })
  async check(@Res({ passthrough: true }) res: Response, @CurrentPrincipal() caller?: Principal): Promise<HealthResponse> {
    let result: HealthCheckResult;
    try {
      result = await this.health.check([
        () => this.db.pingCheck('database').withTimeout(TIMEOUT_MS),
        () =>
          this.indicators
            .check('redis')
            .attempt(async () => {
              if (!(await this.redis.ping())) throw new Error('no PONG');
            })
            .withTimeout(TIMEOUT_MS),
        () =>
          this.indicators
            .check('search')
            .attempt(async () => {
              if (!(await this.search.isHealthy())) throw new Error('Meilisearch is not available');
            })
            .withTimeout(TIMEOUT_MS),
      ]);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      result = error.getResponse() as HealthCheckResult;
      res.status(503);
    }
    // Anyone may ask whether the market is up; why a dependency is down is for the bureau.
    return toHealthResponse(result, caller?.orgType === 'bureau');
  }
}

function toHealthResponse(result: HealthCheckResult, detailed: boolean): HealthResponse {
  const details = (result.details ?? {}) as Record<string, { status: string; message?: string }>;
  const entry = (key: string): HealthCheckEntry => {
    const d = details[key] ?? { status: 'down' };
    if (d.status === 'up') return { status: 'up' };
    return detailed ? { status: 'down', message: d.message ?? 'unavailable' } : { status: 'down' };
  };
  const checks = { database: entry('database'), redis: entry('redis'), search: entry('search') };
  const ok = Object.values(checks).every((c) => c.status === 'up');
  return { status: ok ? 'ok' : 'error', checks };
}
