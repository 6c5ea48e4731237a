import { Module } from '@nestjs/common';
import { BrokersModule } from '@app/brokers';
import { BrokersController } from './brokers.controller.js';

/** Technology brokers: certificates, followed demands, introductions and their ranking. */
@Module({ imports: [BrokersModule], controllers: [BrokersController] })
export class BrokersHttpModule {}
