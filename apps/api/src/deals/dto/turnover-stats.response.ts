import { ApiProperty } from '@nestjs/swagger';
import { CONTRACT_TYPES, FIELDS, type ContractType, type Field } from '@app/common';
import { TURNOVER_BASES, type TurnoverBasis, type TurnoverStats } from '@app/deals';

export class StatsTargetResponse {
  @ApiProperty({ type: String, example: '100000000.00' }) turnover: string;
  @ApiProperty({ type: Number }) deals: number;
  @ApiProperty({ type: Number }) demandsPublished: number;
  @ApiProperty({ enum: TURNOVER_BASES }) basis: TurnoverBasis;
}

export class FlowAmountsResponse {
  @ApiProperty({ type: Number }) dealCount: number;
  @ApiProperty({ type: String }) amount: string;
  @ApiProperty({ type: String }) technologyAmount: string;
}

export class FlowsResponse {
  @ApiProperty({ type: FlowAmountsResponse, description: '技术吸纳: buyer in the market region' }) inflow: FlowAmountsResponse;
  @ApiProperty({ type: FlowAmountsResponse, description: '技术输出: seller in the market region' }) outflow: FlowAmountsResponse;
  @ApiProperty({ type: FlowAmountsResponse, description: 'both parties in the region: counted in both flows, so never add them' })
  withinRegion: FlowAmountsResponse;
}

export class PaceNeededResponse {
  @ApiProperty({ type: String, description: 'target − total, not below zero' }) remaining: string;
  @ApiProperty({ type: Number, description: 'days left in the year, today included (China time)' }) remainingDays: number;
  @ApiProperty({ type: Number, description: 'months left, the current one included' }) remainingMonths: number;
  @ApiProperty({ type: String, nullable: true }) perDay: string | null;
  @ApiProperty({ type: String, nullable: true }) perMonth: string | null;
}

export class MonthStatsResponse {
  @ApiProperty({ type: Number, minimum: 1, maximum: 12 }) month: number;
  @ApiProperty({ type: Number }) dealCount: number;
  @ApiProperty({ type: String }) amount: string;
  @ApiProperty({ type: String }) cumulative: string;
  @ApiProperty({ type: String, nullable: true, description: "the target's linear pace: target × month / 12" }) targetPace: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "the target at earlier years' cumulative monthly share (up to three earlier years with turnover); null without one",
  })
  seasonalPace: string | null;
}

class AmountsResponse {
  @ApiProperty({ type: Number }) dealCount: number;
  @ApiProperty({ type: String }) amount: string;
  @ApiProperty({ type: String }) technologyAmount: string;
  @ApiProperty({ type: Number, nullable: true, description: 'percent of the year total, two decimals' }) share: number | null;
}

export class FieldStatsResponse extends AmountsResponse {
  @ApiProperty({ enum: FIELDS }) field: Field;
  @ApiProperty({ type: String }) label: string;
}

export class ContractTypeStatsResponse extends AmountsResponse {
  @ApiProperty({ enum: CONTRACT_TYPES }) contractType: ContractType;
  @ApiProperty({ type: String }) label: string;
}

export class RegionStatsResponse extends AmountsResponse {
  @ApiProperty({ type: String, description: "the other side's region: the seller's for inflow, the buyer's for outflow" }) region: string;
  @ApiProperty({ type: String, example: '浙江省丽水市景宁畲族自治县' }) regionName: string;
}

export class RegionTreeStatsResponse extends AmountsResponse {
  @ApiProperty({ type: String, example: '331100' }) region: string;
  @ApiProperty({ type: String, example: '浙江省丽水市' }) regionName: string;
  @ApiProperty({ enum: ['province', 'city', 'county'] }) level: 'province' | 'city' | 'county';
  @ApiProperty({ type: () => [RegionTreeStatsResponse], description: 'the places in this one' }) children: RegionTreeStatsResponse[];
}

export class SellerStatsResponse extends AmountsResponse {
  @ApiProperty({ type: String, format: 'uuid' }) orgId: string;
  @ApiProperty({ type: String }) name: string;
}

export class LargestContractsResponse {
  @ApiProperty({ type: String }) definition: string;
  @ApiProperty({ type: Number }) count: number;
  @ApiProperty({ type: String }) amount: string;
  @ApiProperty({ type: Number, nullable: true }) share: number | null;
}

export class TurnoverStatsResponse {
  @ApiProperty({ type: Number }) year: number;
  @ApiProperty({ enum: TURNOVER_BASES, description: "the basis of every figure below: the target's, inflow without a target" })
  basis: TurnoverBasis;
  @ApiProperty({ type: String, example: '技术吸纳' }) basisLabel: string;
  @ApiProperty({ type: String, example: '331127', description: 'MARKET_REGION' }) marketRegion: string;
  @ApiProperty({ type: FlowsResponse }) flows: FlowsResponse;
  @ApiProperty({ type: StatsTargetResponse, nullable: true }) target: StatsTargetResponse | null;
  @ApiProperty({ type: String, example: '63500000.00', description: '成交额 total' }) total: string;
  @ApiProperty({ type: String, description: '技术交易额 total' }) technologyTotal: string;
  @ApiProperty({ type: Number }) dealCount: number;
  @ApiProperty({ type: Number, nullable: true, description: 'percent of the turnover target' }) progress: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'percent of the deals target' }) dealsProgress: number | null;
  @ApiProperty({ type: PaceNeededResponse, nullable: true }) paceNeeded: PaceNeededResponse | null;
  @ApiProperty({ type: [MonthStatsResponse] }) byMonth: MonthStatsResponse[];
  @ApiProperty({ type: [Number], description: 'the earlier years the seasonal pace follows' }) seasonalPaceYears: number[];
  @ApiProperty({ type: [FieldStatsResponse] }) byField: FieldStatsResponse[];
  @ApiProperty({ type: [ContractTypeStatsResponse] }) byContractType: ContractTypeStatsResponse[];
  @ApiProperty({ type: [RegionStatsResponse] }) byRegion: RegionStatsResponse[];
  @ApiProperty({ type: [RegionTreeStatsResponse], description: 'byRegion rolled up 省 → 市 → 县' }) byRegionTree: RegionTreeStatsResponse[];
  @ApiProperty({ type: [SellerStatsResponse] }) topSellers: SellerStatsResponse[];
  @ApiProperty({ type: LargestContractsResponse }) largestContracts: LargestContractsResponse;
}

export const toTurnoverStatsResponse = (s: TurnoverStats): TurnoverStatsResponse => s;
