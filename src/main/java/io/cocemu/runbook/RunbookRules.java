package io.cocemu.runbook;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.cocemu.runbook.Runbook.Meta;
import io.cocemu.runbook.Runbook.Output;
import io.cocemu.runbook.Runbook.Parameter;
import io.cocemu.runbook.Runbook.Step;
import io.cocemu.runbook.Value.Kind;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules of a runbook beyond its shape: the schema version, the global inputs, steps
 * and their tasks, each step's inputs against its atomic, references to global inputs,
 * and outputs.
 */
final class RunbookRules {

	private static final Pattern TASK = Pattern
		.compile("[A-Za-z0-9_\\-]+:[A-Za-z0-9_\\-]+:[A-Za-z0-9_\\-]+@\\d+\\.\\d+\\.\\d+");

	private static final Pattern INPUT_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_\\-]*");

	private static final Pattern ONE_REFERENCE = Pattern
		.compile("\\s*\\{\\{\\s*\\$globals\\.[A-Za-z0-9_\\-]+\\s*}}\\s*");

	private static final Pattern REFERENCE = Pattern.compile("\\{\\{\\s*\\$globals\\.[A-Za-z0-9_\\-]+\\s*}}");

	private static final Pattern WHOLE_NUMBER = Pattern.compile("[-+]?\\d+");

	private static final Set<String> PARAM_SOURCES = Set.of("CUSTOM", "INSTANCE");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AtomicCatalogue atomics;

	private final Findings findings;

	private final Map<String, Pattern> patterns = new HashMap<>();

	private final Map<Pattern, Map<String, Boolean>> matched = new IdentityHashMap<>();

	private final Map<String, Boolean> isJson = new HashMap<>();

	RunbookRules(AtomicCatalogue atomics, Findings findings) {
		this.atomics = atomics;
		this.findings = findings;
	}

	void check(Runbook runbook) {
		if (runbook.meta() != null) {
			meta(runbook.meta());
		}
		Set<String> declared = new HashSet<>();
		runbook.inputs().forEach((parameter) -> {
			parameter(parameter);
			declared.add(parameter.name());
		});
		steps(runbook.steps(), declared);
	}

	private void meta(Meta meta) {
		text(meta.name(), "meta.name", false);
		text(meta.description(), "meta.description", true);
		Value version = meta.schemaVersion();
		if (version != null && !(version.kind() == Kind.INTEGER && version.text().equals("3"))) {
			report(Rule.SCHEMA_VERSION, version.position(),
					"meta.schemaVersion must be 3, the only schema version, but is " + describe(version));
		}
	}

	private void parameter(Parameter parameter) {
		String owner = "inputs." + parameter.name();
		if (!INPUT_NAME.matcher(parameter.name()).matches()) {
			report(Rule.INPUT_DEFINITION, parameter.position(), "the input name " + parameter.name()
					+ " must start with a letter or _ and hold only letters, digits, _ and -");
		}
		if (text(parameter.type(), owner + ".type", false) && !parameter.type().text().equals("string")) {
			report(Rule.INPUT_TYPE_UNUSUAL, parameter.type().position(),
					owner + ".type is " + parameter.type().text() + "; every known runbook uses string");
		}
		Value source = parameter.paramSource();
		if (text(source, owner + ".paramSource", false) && !PARAM_SOURCES.contains(source.text())) {
			report(Rule.INPUT_DEFINITION, source.position(),
					owner + ".paramSource must be CUSTOM or INSTANCE, but is " + source.text());
		}
		if (parameter.defaultValue() != null
				&& (parameter.defaultValue().kind() == Kind.NULL || !parameter.defaultValue().isScalar())) {
			report(Rule.INPUT_DEFINITION, parameter.defaultValue().position(),
					owner + ".default must be a value; use \"\" for none");
		}
		text(parameter.description(), owner + ".description", true);
		text(parameter.region(), owner + ".region", false);
	}

	private void steps(List<Step> steps, Set<String> declared) {
		Set<String> names = new HashSet<>();
		for (Step step : steps) {
			String owner = (step.name() != null) ? "step " + step.name().text() : "a step";
			if (text(step.name(), "steps.name", false) && !names.add(step.name().text())) {
				report(Rule.DUPLICATE_STEP, step.name().position(),
						"step name " + step.name().text() + " is used by an earlier step");
			}
			text(step.description(), owner + ": description", true);
			Optional<Atomic> atomic = task(step, owner);
			step.inputs().forEach((key, value) -> references(value, owner + ": input " + key, declared));
			atomic.ifPresent((a) -> inputs(step, a, owner));
			outputs(step, owner);
		}
	}

	private Optional<Atomic> task(Step step, String owner) {
		Value task = step.task();
		if (!text(task, owner + ": task", false)) {
			return Optional.empty();
		}
		Optional<Atomic> atomic = this.atomics.forTask(task.text());
		if (atomic.isPresent()) {
			return atomic;
		}
		if (!TASK.matcher(task.text()).matches()) {
			report(Rule.TASK_FORMAT, task.position(),
					owner + ": task " + task.text() + " must look like namespace:service:action@1.0.0");
		}
		else {
			report(Rule.UNKNOWN_TASK, task.position(),
					owner + ": task " + task.text() + " is not an atomic capability; known tasks: " + knownTasks());
		}
		return Optional.empty();
	}

	private void inputs(Step step, Atomic atomic, String owner) {
		Set<String> known = new HashSet<>();
		for (AtomicInput input : atomic.inputs()) {
			known.add(input.key());
			Value value = step.inputs().get(input.key());
			if (value == null) {
				if (input.required()) {
					report(Rule.MISSING_INPUT, step.position(),
							owner + ": " + atomic.key() + " needs the input " + input.key());
				}
			}
			else {
				new InputCheck(input, value, owner + ": input " + input.key()).run();
			}
		}
		step.inputs()
			.keySet()
			.stream()
			.filter((key) -> !known.contains(key))
			.forEach((key) -> report(Rule.UNKNOWN_INPUT, step.inputPositions().get(key),
					owner + ": " + atomic.key() + " has no input " + key + "; its inputs: " + inputKeys(atomic)));
	}

	private void references(Value value, String owner, Set<String> declared) {
		value.globals()
			.stream()
			.filter((name) -> !declared.contains(name))
			.forEach((name) -> report(Rule.UNDECLARED_GLOBAL, value.position(),
					owner + " refers to {{$globals." + name + "}}, which inputs does not declare"));
	}

	private void outputs(Step step, String owner) {
		for (Output output : step.outputs()) {
			outputField(output, output.name(), "name", owner);
			outputField(output, output.selector(), "selector", owner);
			outputField(output, output.type(), "type", owner);
		}
	}

	private void outputField(Output output, Value value, String field, String owner) {
		if (value == null || value.kind() != Kind.STRING || value.text().isBlank()) {
			report(Rule.OUTPUT, (value != null) ? value.position() : output.position(),
					owner + ": every output needs a " + field + " in text");
		}
	}

	// A scalar that must be text; reports anything else. Answers whether it is usable
	// text.
	private boolean text(Value value, String what, boolean mayBeEmpty) {
		if (value == null) {
			return false;
		}
		if (value.kind() != Kind.STRING) {
			report(Rule.STRUCTURE, value.position(), what + " must be text, but is " + value.kind().describe());
			return false;
		}
		if (!mayBeEmpty && value.text().isBlank()) {
			report(Rule.STRUCTURE, value.position(), what + " must not be empty");
			return false;
		}
		return true;
	}

	// An integer is shown as itself, anything else by its kind: "3" the string is not 3.
	private static String describe(Value value) {
		return (value.kind() == Kind.INTEGER) ? value.text() : value.kind().describe();
	}

	private String knownTasks() {
		return String.join(", ", this.atomics.all().stream().map(Atomic::task).toList());
	}

	private static String inputKeys(Atomic atomic) {
		return String.join(", ", atomic.inputs().stream().map(AtomicInput::key).toList());
	}

	private void report(Rule rule, Position position, String message) {
		this.findings.report(rule, position, message);
	}

	/**
	 * The checks of one step input against its definition. A value that is exactly one
	 * global reference is filled in at run time, so only the reference is checked.
	 */
	private final class InputCheck {

		private final AtomicInput input;

		private final Value value;

		private final String what;

		InputCheck(AtomicInput input, Value value, String what) {
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
			if (!RunbookRules.this.isJson.computeIfAbsent(text, RunbookRules::parsesAsJson)) {
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
			report(Rule.INVALID_INPUT, this.value.position(), this.what + " " + problem);
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
