import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@app/config';
import { MailModule } from '@app/mail';
import { AccountLifecycleService } from './account-lifecycle.service.js';
import { AccountLinksRepository } from './account-links.repository.js';
import { AccountMails } from './account-mails.js';
import { AccountToken } from './account-token.entity.js';
import { Invitation } from './invitation.entity.js';
import { InvitationsService } from './invitations.service.js';
import { MembersService } from './members.service.js';
import { AccessGuard } from './access.guard.js';
import { AccountsService } from './accounts.service.js';
import { AuthService } from './auth.service.js';
import { Organization } from './organization.entity.js';
import { OrganizationsRepository } from './organizations.repository.js';
import { PasswordHasher } from './password-hasher.js';
import { User } from './user.entity.js';
import { UsersRepository } from './users.repository.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([Organization, User, Invitation, AccountToken]),
    MailModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // A KeyObject made once: given a string, jsonwebtoken first tries (and fails) to parse
        // it as a public key on every verification, a measurable cost per request.
        secret: createSecretKey(Buffer.from(config.jwt.secret, 'utf8')),
        signOptions: { expiresIn: config.jwt.expiresIn as `${number}h`, algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [
    AccountsService,
    AuthService,
    MembersService,
    InvitationsService,
    AccountLifecycleService,
    AccountMails,
    PasswordHasher,
    OrganizationsRepository,
    UsersRepository,
    AccountLinksRepository,
    AccessGuard,
  ],
  exports: [AccountsService, AuthService, MembersService, InvitationsService, AccountLifecycleService, AccessGuard],
})
export class AccountsModule {}
