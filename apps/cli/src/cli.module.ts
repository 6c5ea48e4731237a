import { DynamicModule, Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { DealsModule } from '@app/deals';
import { DealListingsModule, ListingsModule } from '@app/listings';
import { QueueModule } from '@app/queue';
import { SearchModule } from '@app/search';
import { DemoDealsSeeder } from './seed/demo-deals.seeder.js';
import { DemoListingsSeeder } from './seed/demo-listings.seeder.js';
import { SeedService } from './seed/seed.service.js';

/** Domain modules for one-off commands: no HTTP server, no queue processors. */
@Module({})
export class CliModule {
  static forRoot(env: Record<string, string | undefined> = {}): DynamicModule {
    return {
      module: CliModule,
      imports: [
        ConfigModule.forRoot(env),
        DatabaseModule,
        QueueModule.forRoot('producer'),
        SearchModule,
        AccountsModule,
        ListingsModule,
        DealListingsModule,
        DealsModule,
      ],
      providers: [SeedService, DemoDealsSeeder, DemoListingsSeeder],
    };
  }
}
