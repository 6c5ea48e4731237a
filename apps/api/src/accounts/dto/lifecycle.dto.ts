import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsEmailAddress } from '../../http/email.rule.js';
import { PASSWORD_MAX_LENGTH } from '@app/accounts';

export class PasswordResetRequestDto {
  @ApiProperty({ example: 'zhang.wei@example.cn' })
  @IsEmailAddress({ message: 'email must be a valid email address' })
  @MaxLength(254)
  email: string;
}

export class PasswordResetDto {
  @ApiProperty({
    minLength: 10,
    maxLength: PASSWORD_MAX_LENGTH,
    description: 'the new password: at least 10 characters, letters and digits',
  })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  currentPassword: string;

  @ApiProperty({ minLength: 10, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword: string;
}

export class MessageResponse {
  @ApiProperty({ example: '如果该邮箱已注册，重置密码的邮件已经发出，请查收。' }) message: string;
}

export class TokenResponse {
  @ApiProperty() accessToken: string;
}
