/**
 * Nhật ký (audit): an append-only record of every state change — who, from which unit, when, what, on which object.
 * Modules write through {@link vn.motcua.audit.AuditLog}; the table refuses UPDATE and DELETE at the database level.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = "web")
package vn.motcua.audit;
