import { LimitParam } from '../../http/paging.js';

export class MatchesQuery {
  @LimitParam(50, 10, 'how many matches, best first')
  limit: number = 10;
}
