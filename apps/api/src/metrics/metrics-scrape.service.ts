import { Injectable } from '@nestjs/common';
import { NotFoundError, UnauthenticatedError } from '@app/common';
import { AppConfig } from '@app/config';
import { carriesScrapeToken, MetricsRegistry } from '@app/metrics';

/** GET /metrics: the scrape token decides, then the registry answers in Prometheus' text format. */
@Injectable()
export class MetricsScrapeService {
  constructor(
    private readonly metrics: MetricsRegistry,
    private readonly config: AppConfig,
  ) {}

  async scrape(authorization: string | undefined): Promise<{ contentType: string; body: string }> {
    const { token } = this.config.metrics;
    if (!token) throw new NotFoundError('Metrics (set METRICS_TOKEN to turn them on)');
    if (!carriesScrapeToken(authorization, token)) throw new UnauthenticatedError('The metrics scrape token is missing or wrong');
    return { contentType: this.metrics.contentType, body: await this.metrics.text() };
  }
}
