import { Test } from '@nestjs/testing';
import { AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule, QueryOutsideTransactionError } from '@app/database';
import { DataSource } from 'typeorm';

/**
 * Outside production a transaction refuses a query on a second pooled connection: with as many
 * such transactions at once as the pool has connections, every one would wait for ever.
 */
describe('the transaction guard', () => {
  let ds: DataSource;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ imports: [ConfigModule.forRoot(), DatabaseModule] }).compile();
    await moduleRef.init();
    ds = moduleRef.get(DataSource);
    close = () => moduleRef.close();
    expect(moduleRef.get(AppConfig).isProduction).toBe(false);
  });

  afterAll(() => close());

  it('refuses a query on the data source, and a second transaction, inside a transaction', async () => {
    await expect(ds.transaction(() => ds.query('SELECT 1'))).rejects.toBeInstanceOf(QueryOutsideTransactionError);
    await expect(
      ds.transaction(() => ds.createQueryBuilder().select('count(*)', 'n').from('migrations', 'm').getRawOne()),
    ).rejects.toBeInstanceOf(QueryOutsideTransactionError);
    await expect(ds.transaction(() => ds.transaction((m) => m.query('SELECT 1')))).rejects.toBeInstanceOf(QueryOutsideTransactionError);
  });

  it("lets the transaction's own manager query, and the pool serve queries after the transaction", async () => {
    await expect(ds.transaction((m) => m.query('SELECT 1 AS one'))).resolves.toEqual([{ one: 1 }]);
    await expect(ds.manager.transaction('READ COMMITTED', (m) => m.query('SELECT 2 AS two'))).resolves.toEqual([{ two: 2 }]);
    await expect(ds.query('SELECT 3 AS three')).resolves.toEqual([{ three: 3 }]);
  });

  it('lets work that outlives its transaction query once the transaction has ended', async () => {
    let later: Promise<unknown> = Promise.resolve();
    await ds.transaction(async (m) => {
      later = new Promise((resolve) => setTimeout(resolve, 20)).then(() => ds.query('SELECT 4 AS four'));
      await m.query('SELECT 1');
    });
    await expect(later).resolves.toEqual([{ four: 4 }]);
  });
});
