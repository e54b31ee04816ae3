import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { DeliveryChannel } from '../notifications/notification.enums';

@ObjectType({ description: '邮件通道 (SMTP)' })
export class EmailChannel {
  @Field({ description: 'Whether notifications may be mailed' })
  enabled: boolean;
  @Field(() => String, { nullable: true, description: 'SMTP server host' })
  host: string | null;
  @Field(() => Int, { nullable: true, description: 'SMTP port (465 = TLS, 587/25 = STARTTLS when offered)' })
  port: number | null;
  @Field({ description: 'TLS from the start (port 465)' })
  secure: boolean;
  @Field(() => String, { nullable: true, description: 'SMTP user name' })
  username: string | null;
  @Field({ description: 'True when a password is stored (it is never returned)' })
  passwordSet: boolean;
  @Field(() => String, { nullable: true, description: 'Sender, e.g. "客户 Kehu <crm@example.com>"' })
  from: string | null;
}

@ObjectType({ description: '钉钉群机器人 (DingTalk robot with 加签 signing)' })
export class DingTalkChannel {
  @Field({ description: 'Whether notifications may be posted' })
  enabled: boolean;
  @Field(() => String, { nullable: true, description: 'Robot webhook URL (https://oapi.dingtalk.com/robot/send?access_token=…)' })
  webhookUrl: string | null;
  @Field({ description: 'True when a signing secret (SEC…) is stored (it is never returned)' })
  secretSet: boolean;
}

@ObjectType({ description: '企业微信群机器人 (WeCom group robot)' })
export class WeComChannel {
  @Field({ description: 'Whether notifications may be posted' })
  enabled: boolean;
  @Field(() => String, { nullable: true, description: 'Robot webhook URL (https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…)' })
  webhookUrl: string | null;
}

@ObjectType({ description: '通知渠道: outside channels for notifications (admin)' })
export class NotificationChannels {
  @Field(() => EmailChannel, { description: 'Email through SMTP' })
  email: EmailChannel;
  @Field(() => DingTalkChannel, { description: 'DingTalk group robot' })
  dingTalk: DingTalkChannel;
  @Field(() => WeComChannel, { description: 'WeCom group robot' })
  weCom: WeComChannel;
}

@InputType({ description: 'SMTP settings; omitted fields stay' })
export class EmailChannelInput {
  @Field(() => Boolean, { nullable: true, description: 'Switch the channel on or off' })
  enabled?: boolean | null;
  @Field(() => String, {
    nullable: true,
    description: 'SMTP host: a public address (private ones only when allowed by KEHU_OUTBOUND_ALLOW_HOSTS)',
  })
  host?: string | null;
  @Field(() => Int, { nullable: true, description: 'SMTP port (1–65535)' })
  port?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'TLS from the start' })
  secure?: boolean | null;
  @Field(() => String, { nullable: true, description: 'SMTP user name (empty string clears)' })
  username?: string | null;
  @Field(() => String, { nullable: true, description: 'SMTP password (empty string clears)' })
  password?: string | null;
  @Field(() => String, { nullable: true, description: 'Sender address' })
  from?: string | null;
}

@InputType({ description: 'DingTalk robot settings; omitted fields stay' })
export class DingTalkChannelInput {
  @Field(() => Boolean, { nullable: true, description: 'Switch the channel on or off' })
  enabled?: boolean | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Robot webhook URL: https to a public address (plain http and private addresses only for hosts allowed by KEHU_OUTBOUND_ALLOW_HOSTS)',
  })
  webhookUrl?: string | null;
  @Field(() => String, { nullable: true, description: 'Signing secret (SEC…); empty string clears' })
  secret?: string | null;
}

@InputType({ description: 'WeCom robot settings; omitted fields stay' })
export class WeComChannelInput {
  @Field(() => Boolean, { nullable: true, description: 'Switch the channel on or off' })
  enabled?: boolean | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Robot webhook URL: https to a public address (plain http and private addresses only for hosts allowed by KEHU_OUTBOUND_ALLOW_HOSTS)',
  })
  webhookUrl?: string | null;
}

@InputType({ description: 'Changes to the notification channels; omitted channels stay' })
export class NotificationChannelsInput {
  @Field(() => EmailChannelInput, { nullable: true, description: 'Email (SMTP)' })
  email?: EmailChannelInput | null;
  @Field(() => DingTalkChannelInput, { nullable: true, description: 'DingTalk robot' })
  dingTalk?: DingTalkChannelInput | null;
  @Field(() => WeComChannelInput, { nullable: true, description: 'WeCom robot' })
  weCom?: WeComChannelInput | null;
}

@ObjectType({ description: '测试发送的结果: what one test message through a channel came to (a failure is an answer, not an error)' })
export class NotificationChannelTestResult {
  @Field(() => DeliveryChannel, { description: 'The channel tried' })
  channel: DeliveryChannel;
  @Field({ description: 'True when the receiver accepted the message' })
  ok: boolean;
  @Field(() => Int, { nullable: true, description: 'HTTP status of the robot webhook, or the SMTP reply code (250 = accepted)' })
  status: number | null;
  @Field(() => String, { nullable: true, description: 'Why it failed, in our own words (Chinese first; never the receiver’s answer)' })
  error: string | null;
  @Field(() => String, { nullable: true, description: 'Email only: the address the test mail went to (the admin who asked)' })
  recipient: string | null;
  @Field({ description: 'When the test was sent' })
  testedAt: Date;
}
