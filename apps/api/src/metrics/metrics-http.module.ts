import { Module } from '@nestjs/common';
import { DealsModule } from '@app/deals';
import { ListingsModule } from '@app/listings';
import { MarketMetrics } from './market.metrics.js';
import { MetricsScrapeService } from './metrics-scrape.service.js';
import { MetricsController } from './metrics.controller.js';

/** GET /metrics and the market gauges it reports. */
@Module({
  imports: [ListingsModule, DealsModule],
  controllers: [MetricsController],
  providers: [MetricsScrapeService, MarketMetrics],
})
export class MetricsHttpModule {}
