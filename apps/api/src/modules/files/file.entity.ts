import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../node/node.interface';

/** The kinds of record a file can hang off; each belongs to one customer. */
export enum AttachmentRecordKind {
  CUSTOMER = 'CUSTOMER',
  CONTACT = 'CONTACT',
  FOLLOW_UP = 'FOLLOW_UP',
  VISIT = 'VISIT',
  CONTRACT = 'CONTRACT',
  RECEIPT = 'RECEIPT',
}
registerEnumType(AttachmentRecordKind, {
  name: 'AttachmentRecordKind',
  description: 'The kind of record a file is attached to',
  valuesConfig: {
    CUSTOMER: { description: '客户' },
    CONTACT: { description: '联系人' },
    FOLLOW_UP: { description: '跟进记录' },
    VISIT: { description: '回访' },
    CONTRACT: { description: '合同' },
    RECEIPT: { description: '回款' },
  },
});

/** What a file is, as the user files it. */
export enum AttachmentCategory {
  BUSINESS_LICENSE = 'BUSINESS_LICENSE',
  BUSINESS_CARD = 'BUSINESS_CARD',
  PHOTO = 'PHOTO',
  RECORDING = 'RECORDING',
  CONTRACT_DRAFT = 'CONTRACT_DRAFT',
  SIGNED_SCAN = 'SIGNED_SCAN',
  RECEIPT_SLIP = 'RECEIPT_SLIP',
  OTHER = 'OTHER',
}
registerEnumType(AttachmentCategory, {
  name: 'AttachmentCategory',
  description: 'What a file is',
  valuesConfig: {
    BUSINESS_LICENSE: { description: '营业执照' },
    BUSINESS_CARD: { description: '名片' },
    PHOTO: { description: '照片' },
    RECORDING: { description: '通话录音' },
    CONTRACT_DRAFT: { description: '合同草稿' },
    SIGNED_SCAN: { description: '已签合同扫描件' },
    RECEIPT_SLIP: { description: '回单' },
    OTHER: { description: '其他' },
  },
});

@ObjectType({
  implements: Node,
  description: '附件: a file attached to a customer or one of its records; visible exactly when that customer is',
})
@Entity('files')
export class Attachment {
  @Field(() => ID, { description: 'Unique id' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => AttachmentRecordKind, { description: 'The kind of record the file is attached to' })
  @Column({ type: 'text' })
  recordKind: AttachmentRecordKind;

  @Field(() => ID, { description: 'The id of the record the file is attached to' })
  @Column({ type: 'uuid' })
  recordId: string;

  @Field(() => ID, { description: 'The customer the record belongs to' })
  @Column({ type: 'uuid' })
  customerId: string;

  @Field(() => AttachmentCategory, { description: '类别, e.g. 营业执照' })
  @Column({ type: 'text' })
  category: AttachmentCategory;

  @Field({ description: 'The file name as uploaded, e.g. 营业执照.jpg' })
  @Column({ type: 'text' })
  fileName: string;

  @Field(() => String, { nullable: true, description: "MIME type decided from the file's bytes, e.g. image/jpeg" })
  @Column({ type: 'text', nullable: true })
  contentType: string | null;

  @Field(() => Int, { nullable: true, description: 'Size in bytes' })
  @Column({ type: 'int', nullable: true })
  size: number | null;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the content (hex); null for a file known only by its outside URL' })
  @Column({ type: 'text', nullable: true })
  sha256: string | null;

  @Column({ type: 'text', nullable: true })
  storageKey: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'For a file kept elsewhere (older contract attachments): its outside address; null for uploaded files',
  })
  @Column({ type: 'text', nullable: true })
  externalUrl: string | null;

  @Column({ type: 'uuid', nullable: true })
  uploadedById: string | null;

  @Field({ description: 'When it was uploaded' })
  @Column({ type: 'timestamptz' })
  uploadedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
