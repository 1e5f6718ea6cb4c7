package io.cocemu.runbook;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import io.cocemu.runbook.Value.Kind;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules of a step input's value, from its atomic's definition: its type, range,
 * length and pattern, or that its JSON parses. One instance serves one check, and
 * remembers what it matched, since runbooks repeat their values from step to step.
 */
final class InputRules {

	private static final Pattern ONE_REFERENCE = Pattern
		.compile("\\s*\\{\\{\\s*\\$globals\\.[A-Za-z0-9_\\-]+\\s*}}\\s*");

	private static final Pattern REFERENCE = Pattern.compile("\\{\\{\\s*\\$globals\\.[A-Za-z0-9_\\-]+\\s*}}");

	private static final Pattern WHOLE_NUMBER = Pattern.compile("[-+]?\\d+");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Findings findings;

	private final Map<String, Pattern> patterns = new HashMap<>();

	private final Map<Pattern, Map<String, Boolean>> matched = new IdentityHashMap<>();

	private final Map<String, Boolean> isJson = new HashMap<>();

	InputRules(Findings findings) {
		this.findings = findings;
	}

	/**
	 * Checks one step input.
	 * @param input its definition
	 * @param value its value
	 * @param what how findings name it
	 */
	void check(AtomicInput input, Value value, String what) {
		new Check(input, value, what).run();
	}

	/**
	 * The checks of one step input against its definition. A value that is exactly one
	 * global reference is filled in at run time, so only the reference is checked.
	 */
	private final class Check {

		private final AtomicInput input;

		private final Value value;

		private final String what;

		Check(AtomicInput input, Value value, String what) {
			this.input = input;
			this.value = value;
			this.what = what;
		}

		void run() {
			if (!this.value.isScalar() || this.value.kind() == Kind.NULL) {
				invalid("must be " + expected() + ", but is " + this.value.kind().describe());
				return;
			}
			String text = this.value.text();
			if (text.indexOf("{{") >= 0 && matches(ONE_REFERENCE, text)) {
				return;
			}
			boolean typed = switch (this.input.valueType()) {
				case STRING -> true;
				case INTEGER -> integer(text);
				case JSON -> json(text);
			};
			if (typed) {
				limits(text);
			}
		}

		private boolean integer(String text) {
			// YAML 1.1 also reads 0x1E, 0b101, 1_000 and 1:30 as integers; a runbook's
			// numbers are decimal
			boolean whole = (this.value.kind() == Kind.INTEGER || this.value.kind() == Kind.STRING)
					&& text.length() <= 30 && WHOLE_NUMBER.matcher(text).matches();
			if (!whole) {
				invalid("must be a whole number, but is " + text);
				return false;
			}
			BigInteger number = new BigInteger(text);
			if (this.input.min() != null && number.compareTo(BigInteger.valueOf(this.input.min())) < 0
					|| this.input.max() != null && number.compareTo(BigInteger.valueOf(this.input.max())) > 0) {
				invalid("must be from %s to %s, but is %s".formatted(this.input.min(), this.input.max(), text));
				return false;
			}
			return true;
		}

		private boolean json(String text) {
			if (this.value.kind() != Kind.STRING) {
				invalid("must be JSON in a string, but is " + this.value.kind().describe());
				return false;
			}
			if (!InputRules.this.isJson.computeIfAbsent(text, InputRules::parsesAsJson)) {
				invalid("must be JSON in a string, but does not parse as JSON");
				return false;
			}
			return true;
		}

		private void limits(String text) {
			int length = text.codePointCount(0, text.length());
			Integer min = this.input.minLength();
			Integer max = this.input.maxLength();
			if ((min != null && length < min) || (max != null && length > max)) {
				invalid("must have %s to %s characters, but has %d".formatted((min != null) ? min : 0,
						(max != null) ? max : "any", length));
			}
			if (this.input.pattern() != null && !matches(pattern(this.input.pattern()), text)) {
				invalid("must match " + this.input.pattern() + ", but is " + text);
			}
		}

		private String expected() {
			return switch (this.input.valueType()) {
				case STRING -> "text";
				case INTEGER -> "a whole number";
				case JSON -> "JSON in a string";
			};
		}

		private void invalid(String problem) {
			InputRules.this.findings.report(Rule.INVALID_INPUT, this.value.position(), this.what + " " + problem);
		}

	}

	private static boolean parsesAsJson(String text) {
		try {
			JSON.readTree((text.indexOf("{{") < 0) ? text : REFERENCE.matcher(text).replaceAll("null"));
			return true;
		}
		catch (JacksonException ex) {
			return false;
		}
	}

	// Runbooks repeat their values from step to step: each is matched once per pattern.
	private boolean matches(Pattern pattern, String text) {
		return this.matched.computeIfAbsent(pattern, (p) -> new HashMap<>())
			.computeIfAbsent(text, (t) -> pattern.matcher(t).matches());
	}

	private Pattern pattern(String regex) {
		return this.patterns.computeIfAbsent(regex, Pattern::compile);
	}

}
