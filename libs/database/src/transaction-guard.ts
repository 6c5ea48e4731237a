import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';

/** The transaction the current async context runs in; `open` until it commits or rolls back. */
const insideTransaction = new AsyncLocalStorage<{ open: boolean }>();

/**
 * Raised when code inside a transaction sends a query on another pooled connection (a repository
 * or the data source instead of the transaction's manager). Such a query waits for a free
 * connection while the transaction holds one; once as many requests do it at once as the pool has
 * connections, every one of them waits for ever.
 */
export class QueryOutsideTransactionError extends Error {
  constructor() {
    super(
      "a query inside a transaction asked the pool for another connection: pass the transaction's EntityManager, or read before the transaction",
    );
    this.name = 'QueryOutsideTransactionError';
  }
}

/**
 * Outside production, makes transaction callbacks refuse to take a second pooled
 * connection (QueryOutsideTransactionError), so that the test suites find every such query
 * rather than a busy day finding it by exhausting the pool. Work a transaction starts and does
 * not await (none should) counts as inside it while the transaction is open.
 */
export function guardTransactions(dataSource: DataSource): DataSource {
  const createQueryRunner = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = (...args: Parameters<DataSource['createQueryRunner']>) => {
    if (insideTransaction.getStore()?.open) throw new QueryOutsideTransactionError();
    return createQueryRunner(...args);
  };
  // DataSource.transaction, and every repository's manager.transaction, run through the default manager.
  const manager = dataSource.manager;
  const transaction = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  manager.transaction = ((isolationOrWork: unknown, maybeWork?: unknown) => {
    const isolation = typeof isolationOrWork === 'string' ? isolationOrWork : undefined;
    const work = (typeof isolationOrWork === 'function' ? isolationOrWork : maybeWork) as (m: EntityManager) => Promise<unknown>;
    const guarded = async (transactional: EntityManager) => {
      // Timers and connections first used inside the transaction keep its context after it ends:
      // only an open transaction counts.
      const scope = { open: true };
      try {
        return await insideTransaction.run(scope, () => work(transactional));
      } finally {
        scope.open = false;
      }
    };
    return isolation ? transaction(isolation, guarded) : transaction(guarded);
  }) as EntityManager['transaction'];
  return dataSource;
}
