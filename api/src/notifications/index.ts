export { mailOutboxResolver } from './mail-outbox.resolver';
export { startMailService } from './mail-service';
export { mailRenderer } from './mail-templates';
