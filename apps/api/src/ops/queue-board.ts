import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getQueueToken } from '@nestjs/bullmq';
import { AuthService } from '@app/accounts';
import { QUEUES } from '@app/queue';
import type { Queue } from 'bullmq';
import { QUEUE_BOARD_PATH, queueBoardGate } from './queue-board.auth.js';

/**
 * The queue dashboard (bull-board) at /api/v1/ops/queues for bureau operators: every queue of
 * the market with its jobs, failures and retries, on the api's own BullMQ queues. It sits behind
 * the api's authentication (a bureau member's token, as a bearer header or the cookie that
 * `POST /ops/queue-board/session` sets). Mounted on Express directly: bull-board's Nest module
 * is CommonJS that requires the ESM-only Nest packages.
 */
export function mountQueueBoard(app: NestExpressApplication): void {
  const auth = app.get(AuthService);
  const adapter = new ExpressAdapter();
  adapter.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({
    queues: Object.values(QUEUES).map((name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name), { strict: false }))),
    serverAdapter: adapter,
    options: { uiConfig: { boardTitle: 'techmarket 队列' } },
  });
  app.use(
    QUEUE_BOARD_PATH,
    queueBoardGate((token) => auth.principalFromToken(token)),
    adapter.getRouter(),
  );
}
