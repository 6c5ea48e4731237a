import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Inquiry } from './inquiry.entity.js';

@Entity({ name: 'inquiry_messages' })
@Index('ix_inquiry_messages_inquiry', ['inquiryId', 'createdAt'])
export class InquiryMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  inquiryId: string;

  @ManyToOne(() => Inquiry, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'inquiry_id', foreignKeyConstraintName: 'fk_inquiry_messages_inquiry' })
  inquiry?: Inquiry;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  authorUserId: string;

  @Column({ type: 'varchar', length: 50 })
  authorName: string;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
