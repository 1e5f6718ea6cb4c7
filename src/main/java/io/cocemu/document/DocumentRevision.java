package io.cocemu.document;

/**
 * What a client changes in an update: a new name and content, and optionally a new
 * description and risk level (null keeps the current ones).
 *
 * @param name the new name
 * @param content the new runbook
 * @param description the new description, or null to keep it
 * @param riskLevel the new risk level, or null to keep it
 */
public record DocumentRevision(String name, String content, String description, RiskLevel riskLevel) {
}
