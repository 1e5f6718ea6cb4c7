package io.cocemu.runbook;

import io.cocemu.runbook.Finding.Severity;

/**
 * The rules of the runbook language (coc-api.md, section 7) that the checker applies,
 * each with the code and severity of its findings.
 */
enum Rule {

	/** Not YAML, too long, or beyond the loader's limits. */
	SYNTAX("syntax", Severity.ERROR),

	/** A value of the wrong kind: a list where a mapping belongs, a number for a name. */
	STRUCTURE("structure", Severity.ERROR),

	/** A key the language requires is missing. */
	MISSING_KEY("missing-key", Severity.ERROR),

	/** A mapping names a key twice; YAML loaders disagree on which one wins. */
	DUPLICATE_KEY("duplicate-key", Severity.ERROR),

	/** A key the language does not have, probably misspelt. */
	UNKNOWN_KEY("unknown-key", Severity.WARNING),

	/** {@code meta.schemaVersion} is not 3, the only version there is. */
	SCHEMA_VERSION("schema-version", Severity.ERROR),

	/** A global input with a bad name, type or {@code paramSource}. */
	INPUT_DEFINITION("input-definition", Severity.ERROR),

	/** A global input of a type no public runbook uses. */
	INPUT_TYPE_UNUSUAL("input-type-unusual", Severity.WARNING),

	/** {@code steps} is empty. */
	NO_STEPS("no-steps", Severity.ERROR),

	/** Two steps share a name. */
	DUPLICATE_STEP("duplicate-step", Severity.ERROR),

	/** A task that is not {@code namespace:service:action@x.y.z}. */
	TASK_FORMAT("task-format", Severity.ERROR),

	/** A task the atomic catalogue does not have. */
	UNKNOWN_TASK("unknown-task", Severity.ERROR),

	/** A step lacks an input its atomic requires. */
	MISSING_INPUT("missing-input", Severity.ERROR),

	/** A step input of the wrong type, out of range, of the wrong length or pattern. */
	INVALID_INPUT("invalid-input", Severity.ERROR),

	/** A step input its atomic does not have. */
	UNKNOWN_INPUT("unknown-input", Severity.WARNING),

	/** A {@code {{$globals.NAME}}} reference to an input the runbook does not declare. */
	UNDECLARED_GLOBAL("undeclared-global", Severity.ERROR),

	/** An output item without name, selector or type. */
	OUTPUT("output", Severity.ERROR),

	/** More findings than are worth reporting; only the count of the rest is. */
	TOO_MANY_FINDINGS("too-many-findings", Severity.WARNING);

	private final String code;

	private final Severity severity;

	Rule(String code, Severity severity) {
		this.code = code;
		this.severity = severity;
	}

	String code() {
		return this.code;
	}

	Severity severity() {
		return this.severity;
	}

}
