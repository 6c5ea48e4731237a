import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BrokerCertificate, BrokerFollow, Introduction, IntroductionMessage } from './broker.entities.js';
import { BrokersService } from './brokers.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([BrokerCertificate, BrokerFollow, Introduction, IntroductionMessage])],
  providers: [BrokersService],
  exports: [BrokersService],
})
export class BrokersModule {}
