import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailOutbox } from './mail-outbox.entity.js';
import { MailOutboxRepository } from './mail-outbox.repository.js';
import { MailTransport } from './mail-transport.js';
import { MailService } from './mail.service.js';

/** The mail outbox and its delivery over SMTP. Needs the (global) queue module. */
@Module({
  imports: [TypeOrmModule.forFeature([MailOutbox])],
  providers: [MailService, MailOutboxRepository, MailTransport],
  exports: [MailService],
})
export class MailModule {}
