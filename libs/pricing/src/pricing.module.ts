import { Module } from '@nestjs/common';
import { PriceGuidanceService } from './price-guidance.service.js';

@Module({ providers: [PriceGuidanceService], exports: [PriceGuidanceService] })
export class PricingModule {}
