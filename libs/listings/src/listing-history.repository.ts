import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { ListingKind } from './listing-kinds.js';
import { ListingStatusHistory } from './listing-status-history.entity.js';

@Injectable()
export class ListingHistoryRepository {
  constructor(@InjectRepository(ListingStatusHistory) private readonly repo: Repository<ListingStatusHistory>) {}

  async append(manager: EntityManager, row: Omit<ListingStatusHistory, 'id' | 'createdAt'>): Promise<void> {
    await manager.getRepository(ListingStatusHistory).insert(row);
  }

  listFor(kind: ListingKind, listingId: string): Promise<ListingStatusHistory[]> {
    return this.repo.find({ where: { listingKind: kind, listingId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }
}
