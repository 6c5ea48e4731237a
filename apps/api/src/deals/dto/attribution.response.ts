import { ApiProperty } from '@nestjs/swagger';
import { ATTRIBUTION_CHANNELS, TURNOVER_BASES, type Attribution, type AttributionChannel, type TurnoverBasis } from '@app/deals';

export class AttributionTotalResponse {
  @ApiProperty({ type: Number }) dealCount: number;
  @ApiProperty({ type: String, example: '63500000.00' }) amount: string;
}

export class AttributionShareResponse extends AttributionTotalResponse {
  @ApiProperty({ type: Number, nullable: true, description: "percent of the year's recorded turnover, two decimals" }) share: number | null;
}

export class AttributionChannelResponse extends AttributionShareResponse {
  @ApiProperty({ enum: ATTRIBUTION_CHANNELS }) channel: AttributionChannel;
  @ApiProperty({ type: String, example: '经匹配推荐对接' }) label: string;
}

export class AttributionListingRef {
  @ApiProperty({ type: String, enum: ['demand', 'outcome'] }) kind: string;
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String }) title: string;
}

export class AttributionMatchRef {
  @ApiProperty({ type: String, format: 'uuid', description: 'the listing whose matches showed the inquired one' }) listingId: string;
  @ApiProperty({ type: String, nullable: true }) title: string | null;
  @ApiProperty({ type: Number }) rank: number;
}

export class MatchedDealResponse {
  @ApiProperty({ type: String, format: 'uuid' }) dealId: string;
  @ApiProperty({ type: String }) amount: string;
  @ApiProperty({ type: String, format: 'date' }) signedAt: string;
  @ApiProperty({ type: String, format: 'uuid' }) inquiryId: string;
  @ApiProperty({ type: AttributionListingRef, description: 'the listing the inquiry was about' }) listing: AttributionListingRef;
  @ApiProperty({ type: AttributionMatchRef }) match: AttributionMatchRef;
}

export class AttributionResponse {
  @ApiProperty({ type: Number }) year: number;
  @ApiProperty({ enum: TURNOVER_BASES }) basis: TurnoverBasis;
  @ApiProperty({ type: String }) basisLabel: string;
  @ApiProperty({ type: AttributionTotalResponse, description: 'recorded turnover on the basis (equals GET /stats/turnover total)' })
  total: AttributionTotalResponse;
  @ApiProperty({ type: AttributionShareResponse, description: 'through an inquiry on the market, from a match or not' })
  throughMarket: AttributionShareResponse;
  @ApiProperty({ type: AttributionShareResponse, description: 'through an inquiry that started from a match' })
  fromMatches: AttributionShareResponse;
  @ApiProperty({ type: AttributionShareResponse, description: 'registered without an inquiry on the market' })
  elsewhere: AttributionShareResponse;
  @ApiProperty({ type: [AttributionChannelResponse] }) channels: AttributionChannelResponse[];
  @ApiProperty({ type: [MatchedDealResponse], description: 'the largest contracts from matches, at most 20' })
  matchedDeals: MatchedDealResponse[];
}

export const toAttributionResponse = (a: Attribution): AttributionResponse => a;
