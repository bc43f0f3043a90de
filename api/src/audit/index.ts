export { AuditEntry } from './audit-entry.entity';
export { AuditLogResolver } from './audit-log.resolver';
export { recordAudit } from './record-audit';
