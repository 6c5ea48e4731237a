import { ApiProperty } from '@nestjs/swagger';
import { CONTRACT_TYPES, FIELDS, type ContractType, type Field } from '@app/common';
import type { TurnoverStats } from '@app/deals';

export class StatsTargetResponse {
  @ApiProperty({ type: String, example: '100000000.00' }) turnover: string;
  @ApiProperty({ type: Number }) deals: number;
  @ApiProperty({ type: Number }) demandsPublished: number;
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
  @ApiProperty({ type: String, description: "the seller's region" }) region: string;
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
  @ApiProperty({ type: StatsTargetResponse, nullable: true }) target: StatsTargetResponse | null;
  @ApiProperty({ type: String, example: '63500000.00', description: '成交额 total' }) total: string;
  @ApiProperty({ type: String, description: '技术交易额 total' }) technologyTotal: string;
  @ApiProperty({ type: Number }) dealCount: number;
  @ApiProperty({ type: Number, nullable: true, description: 'percent of the turnover target' }) progress: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'percent of the deals target' }) dealsProgress: number | null;
  @ApiProperty({ type: PaceNeededResponse, nullable: true }) paceNeeded: PaceNeededResponse | null;
  @ApiProperty({ type: [MonthStatsResponse] }) byMonth: MonthStatsResponse[];
  @ApiProperty({ type: [FieldStatsResponse] }) byField: FieldStatsResponse[];
  @ApiProperty({ type: [ContractTypeStatsResponse] }) byContractType: ContractTypeStatsResponse[];
  @ApiProperty({ type: [RegionStatsResponse] }) byRegion: RegionStatsResponse[];
  @ApiProperty({ type: [SellerStatsResponse] }) topSellers: SellerStatsResponse[];
  @ApiProperty({ type: LargestContractsResponse }) largestContracts: LargestContractsResponse;
}

export const toTurnoverStatsResponse = (s: TurnoverStats): TurnoverStatsResponse => s;
