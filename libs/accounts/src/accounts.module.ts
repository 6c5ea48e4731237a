import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@app/config';
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
    TypeOrmModule.forFeature([Organization, User]),
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: config.jwt.secret,
        signOptions: { expiresIn: config.jwt.expiresIn as `${number}h`, algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [AccountsService, AuthService, PasswordHasher, OrganizationsRepository, UsersRepository, AccessGuard],
  exports: [AccountsService, AuthService, OrganizationsRepository, AccessGuard],
})
export class AccountsModule {}
