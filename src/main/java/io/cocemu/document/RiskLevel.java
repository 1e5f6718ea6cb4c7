package io.cocemu.document;

/**
 * How risky a job is to run (coc-api.md, section 3.1).
 */
public enum RiskLevel {

	LOW, MEDIUM, HIGH

}
