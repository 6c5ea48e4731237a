/** Every migration, in order. `npm run migration:generate -- <Name>` appends to this list. */
import { Init1795821828371 } from './1795821828371-Init.js';
import { AddListings1795822505389 } from './1795822505389-AddListings.js';
import { AddDealsLedger1795822589641 } from './1795822589641-AddDealsLedger.js';
import { AddDealImports1795825473902 } from './1795825473902-AddDealImports.js';
import { AddMatchingVocabulary1796112786872 } from './1796112786872-AddMatchingVocabulary.js';
import { DealLifecycle1796123476010 } from './1796123476010-DealLifecycle.js';
import { TurnoverBasis1796123773465 } from './1796123773465-TurnoverBasis.js';
import { AddMatchLists1796124015228 } from './1796124015228-AddMatchLists.js';
import { AddVouchers1796124583404 } from './1796124583404-AddVouchers.js';
import { InquiryDeclinesAndListState1796124782721 } from './1796124782721-InquiryDeclinesAndListState.js';
import { InquiryMatchOrigin1796125641950 } from './1796125641950-InquiryMatchOrigin.js';
import { AddOrgNotificationsAndListingExpiry1796126076729 } from './1796126076729-AddOrgNotificationsAndListingExpiry.js';
import { AddBrokers1796126463577 } from './1796126463577-AddBrokers.js';
import { AddSubscriptions1796126531555 } from './1796126531555-AddSubscriptions.js';
import { AddMembersAndMail1796128128462 } from './1796128128462-AddMembersAndMail.js';
import { NotificationCentreAndDigests1796134671242 } from './1796134671242-NotificationCentreAndDigests.js';
import { DealListingForeignKeys1796134708923 } from './1796134708923-DealListingForeignKeys.js';
import { AddTurnoverRollups1796158995249 } from './1796158995249-AddTurnoverRollups.js';

export const MIGRATIONS: Function[] = [
  Init1795821828371,
  AddListings1795822505389,
  AddDealsLedger1795822589641,
  AddDealImports1795825473902,
  AddMatchingVocabulary1796112786872,
  DealLifecycle1796123476010,
  TurnoverBasis1796123773465,
  AddMatchLists1796124015228,
  AddVouchers1796124583404,
  InquiryDeclinesAndListState1796124782721,
  InquiryMatchOrigin1796125641950,
  AddOrgNotificationsAndListingExpiry1796126076729,
  AddBrokers1796126463577,
  AddSubscriptions1796126531555,
  AddMembersAndMail1796128128462,
  NotificationCentreAndDigests1796134671242,
  DealListingForeignKeys1796134708923,
  AddTurnoverRollups1796158995249,
];
