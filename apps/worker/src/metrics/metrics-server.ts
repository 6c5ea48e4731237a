import { createServer, type Server } from 'node:http';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { carriesScrapeToken, MetricsRegistry } from '@app/metrics';

/**
 * The worker has no HTTP api; when METRICS_WORKER_PORT is set (and METRICS_TOKEN), it answers
 * GET /metrics on that port, behind the same scrape token as the api, and nothing else.
 */
@Injectable()
export class WorkerMetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerMetricsServer.name);
  private server: Server | undefined;

  constructor(
    private readonly metrics: MetricsRegistry,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { token, workerPort, host } = this.config.metrics;
    if (!workerPort) return;
    if (!token) {
      this.logger.warn('METRICS_WORKER_PORT is set but METRICS_TOKEN is not: no metrics endpoint');
      return;
    }
    this.server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0];
      if (req.method !== 'GET' || path !== '/metrics') {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
        return;
      }
      if (!carriesScrapeToken(req.headers.authorization, token)) {
        res
          .writeHead(401, { 'content-type': 'text/plain; charset=utf-8', 'www-authenticate': 'Bearer' })
          .end('scrape token missing or wrong\n');
        return;
      }
      this.metrics.text().then(
        (body) => res.writeHead(200, { 'content-type': this.metrics.contentType, 'cache-control': 'no-store' }).end(body),
        (error: Error) => res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(`${error.message}\n`),
      );
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(workerPort, host, () => resolve());
    });
    this.logger.log(`metrics on http://${host}:${workerPort}/metrics`);
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.server) return;
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }
}
