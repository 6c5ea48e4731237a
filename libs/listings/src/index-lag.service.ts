import { Injectable } from '@nestjs/common';
import { ListingOutboxRepository } from './listing-outbox.repository.js';

/** How far the search indexes are behind PostgreSQL, read off the outbox (metrics, alerts). */
@Injectable()
export class ListingIndexLag {
  constructor(private readonly outbox: ListingOutboxRepository) {}

  /** Listing changes not yet in the index, and the age in seconds of the oldest (0 when none). */
  measure(): Promise<{ pending: number; oldestSeconds: number }> {
    return this.outbox.lag();
  }
}
