/** Every migration, in order. `npm run migration:generate -- <Name>` appends to this list. */
import { Init1795821828371 } from './1795821828371-Init.js';
import { AddListings1795822505389 } from './1795822505389-AddListings.js';
import { AddDealsLedger1795822589641 } from './1795822589641-AddDealsLedger.js';
import { AddDealImports1795825473902 } from './1795825473902-AddDealImports.js';

export const MIGRATIONS: Function[] = [
  Init1795821828371,
  AddListings1795822505389,
  AddDealsLedger1795822589641,
  AddDealImports1795825473902,
];
