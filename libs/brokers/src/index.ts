export {
  BrokerCertificate,
  BrokerFollow,
  CERTIFICATE_STATUSES,
  FOLLOW_STAGE_LABELS,
  FOLLOW_STAGES,
  FOLLOW_STATUSES,
  Introduction,
  IntroductionMessage,
  type CertificateStatus,
  type FollowStage,
  type FollowStatus,
} from './broker.entities.js';
export { BrokersError, type BrokersErrorCode } from './brokers.errors.js';
export { BrokersModule } from './brokers.module.js';
export { BrokersService, type BrokerCaller, type BrokerRanking, type FollowView, type IntroductionView } from './brokers.service.js';
