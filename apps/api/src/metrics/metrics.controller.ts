import { Controller, Get, Headers, Res } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiSecurity,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ApiErrors } from '../http/api-errors.js';
import { OwnCredentials } from '@app/accounts';
import type { Response } from 'express';
import { MetricsScrapeService } from './metrics-scrape.service.js';

@ApiTags('operations')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly scrapes: MetricsScrapeService) {}

  @ApiErrors(401, 404)
  @Get()
  @OwnCredentials()
  @ApiOperation({
    summary: 'Prometheus metrics: HTTP latency by route and status, queue depth, outbox, recording and Meilisearch task lag',
  })
  @ApiSecurity('metricsToken')
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'Prometheus text exposition format', schema: { type: 'string' } })
  @ApiUnauthorizedResponse({ description: 'UNAUTHENTICATED: the Authorization header does not carry METRICS_TOKEN as a bearer token' })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: metrics are off (METRICS_TOKEN is not set)' })
  async scrape(@Headers('authorization') authorization: string | undefined, @Res({ passthrough: true }) res: Response): Promise<string> {
    const { contentType, body } = await this.scrapes.scrape(authorization);
    res.setHeader('Content-Type', contentType);
    res.setHeader('Cache-Control', 'no-store');
    return body;
  }
}
