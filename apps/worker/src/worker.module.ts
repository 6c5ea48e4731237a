import { Module } from '@nestjs/common';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { QueueModule } from '@app/queue';
import { SearchModule } from '@app/search';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '@app/config';

/** The queue processors: same domain modules as the api, no HTTP. */
@Module({
  imports: [
    ConfigModule.forRoot(),
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.log.level,
          transport: config.log.pretty ? { target: 'pino-pretty', options: { singleLine: true } } : undefined,
        },
      }),
    }),
    DatabaseModule,
    QueueModule.forRoot('worker'),
    SearchModule,
  ],
})
export class WorkerModule {}
