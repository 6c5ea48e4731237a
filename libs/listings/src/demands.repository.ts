import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Demand } from './demand.entity.js';
import { ListingRepository } from './listing.repository.js';

@Injectable()
export class DemandsRepository extends ListingRepository<Demand> {
  constructor(@InjectRepository(Demand) repo: Repository<Demand>) {
    super(repo);
  }

  protected get target() {
    return Demand;
  }
}
