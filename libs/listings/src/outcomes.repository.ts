import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ListingRepository } from './listing.repository.js';
import { Outcome } from './outcome.entity.js';

@Injectable()
export class OutcomesRepository extends ListingRepository<Outcome> {
  constructor(@InjectRepository(Outcome) repo: Repository<Outcome>) {
    super(repo);
  }

  protected get target() {
    return Outcome;
  }
}
