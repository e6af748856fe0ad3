package org.canvassaudit.audit;

/**
 * Something that happened, as the audit trail records it.
 *
 * @param type what kind of event: {@code ingest}, {@code skip}, {@code reject},
 * {@code quarantine}, {@code decision}, {@code supersede}, {@code access_change},
 * {@code appeal}, {@code review_resolution}
 * @param subject what it is about, e.g. a file path or {@code C0001 2024-W24}
 * @param payload its content, canonical (see {@link Payload})
 */
public record AuditEvent(String type, String subject, String payload) {
}
