package io.cocemu.runbook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table of runbooks, good ones and ones broken in each way the language can be broken,
 * with the exact findings of each, written as {@code SEVERITY code line:column message}.
 */
class RunbookCheckerTests {

	private static final RunbookChecker checker = Runbooks.checker();

	private static final String HEAD = """
			meta:
			  name: broken
			  schemaVersion: 3
			  description: ""
			inputs:
			  region:
			    type: string
			    default: cn-north-4
			    paramSource: CUSTOM
			    description: the region
			steps:
			""";

	@ParameterizedTest(name = "{0}")
	@MethodSource("goodRunbooks")
	void findsNothingInARunbookTheRealServiceRan(String name, String content) {
		assertThat(findings(content)).isEmpty();
	}

	static Stream<Arguments> goodRunbooks() throws IOException {
		Stream<Arguments> examples = RunbookExamples.ALL.entrySet()
			.stream()
			.map((e) -> Arguments.of(e.getKey(), e.getValue()));
		Resource[] catalogue = new PathMatchingResourcePatternResolver()
			.getResources("classpath:public-documents/*.yaml");
		Stream.Builder<Arguments> publicJobs = Stream.builder();
		for (Resource job : catalogue) {
			publicJobs
				.add(Arguments.of("public job " + job.getFilename(), job.getContentAsString(StandardCharsets.UTF_8)));
		}
		return Stream.concat(examples, publicJobs.build());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenRunbooks")
	void reportsEveryWayOfBreakingTheLanguage(String name, String content, List<String> expected) {
		assertThat(findings(content)).containsExactlyElementsOf(expected);
	}

	static Stream<Arguments> brokenRunbooks() {
		return Stream.of(
				broken("not YAML", "steps: [",
						"ERROR syntax 1:9 content is not valid YAML: "
								+ "expected the node content, but found '<stream end>'"),
				broken("a bare scalar", "test",
						"ERROR structure 1:1 a runbook must be a mapping with meta, inputs and steps, but is a string"),
				broken("empty", "",
						"ERROR structure 1:1 a runbook must be a mapping with meta, inputs and steps,"
								+ " but is empty"),
				broken("too long", "a".repeat(65537),
						"ERROR syntax 1:1 content must be at most 65536 characters, but has 65537"),
				broken("two documents", "a: 1\n---\nb: 2\n",
						"ERROR syntax 2:1 content is not valid YAML: expected a single document in the stream, but found another document"),
				broken("an undefined alias", "a: *x\n",
						"ERROR syntax 1:4 content is not valid YAML: found undefined alias x"),
				broken("nesting beyond the limit", "[".repeat(51) + "]".repeat(51),
						"ERROR syntax 1:51 content is not valid YAML: nesting deeper than 50 levels"),
				broken("a billion laughs", "a: &a [1, 2]\nb: [" + "*a, ".repeat(51) + "]\n",
						"ERROR syntax 2:205 content is not valid YAML: more than 50 aliases to collections"),
				broken("a tag SnakeYAML decodes but refuses", "a: !!%20 x\n",
						"ERROR syntax 1:4 content is not valid YAML: the tag tag:yaml.org,2002: is not valid"),
				broken("aliases that nest deeper than the text", deepAliases(),
						"ERROR syntax 2:49 content is not valid YAML: nesting deeper than 50 levels"),
				broken("YAML 1.1 integers where a decimal belongs", HEAD + """
						  - name: nap
						    task: hwc:runbook:sleep@1.0.0
						    inputs:
						      sleep_time: 0x1E
						  - name: nap2
						    task: hwc:runbook:sleep@1.0.0
						    inputs:
						      sleep_time: !!int abc
						""", "ERROR invalid-input 15:19 step nap: input sleep_time must be a whole number, but is 0x1E",
						"ERROR invalid-input 19:19 step nap2: input sleep_time must be a whole number, but is abc"),
				broken("missing parts and a misspelt key", "metadata: {}\n",
						"ERROR missing-key 1:1 the runbook must have inputs",
						"ERROR missing-key 1:1 the runbook must have meta",
						"ERROR missing-key 1:1 the runbook must have steps",
						"WARNING unknown-key 1:1 the runbook has an unknown key metadata"),
				broken("meta of the wrong kinds", """
						meta:
						  name: [x]
						  schemaVersion: "3"
						  description: 5
						  author: me
						inputs: {}
						steps:
						  - name: pause
						    task: hwc:runbook:suspend@1.0.0
						""", "ERROR structure 2:9 meta.name must be text, but is a list",
						"ERROR schema-version 3:18 meta.schemaVersion must be 3, the only schema version, but is a string",
						"ERROR structure 4:16 meta.description must be text, but is an integer",
						"WARNING unknown-key 5:3 meta has an unknown key author"),
				broken("a wrong schema version and a key twice", """
						meta:
						  name: n
						  schemaVersion: 2
						  description: ""
						  name: m
						inputs: {}
						steps:
						  - name: pause
						    task: hwc:runbook:suspend@1.0.0
						""",
						"ERROR schema-version 3:18 meta.schemaVersion must be 3, the only schema version, but is 2",
						"ERROR duplicate-key 5:3 meta has the key name more than once"),
				broken("bad global inputs", HEAD.replace("steps:\n", """
						  9lives:
						    type: list
						    default: ~
						    paramSource: OTHER
						  fine: text
						steps:
						  - name: pause
						    task: hwc:runbook:suspend@1.0.0
						"""),
						"ERROR input-definition 11:3 the input name 9lives must start with a letter or _"
								+ " and hold only letters, digits, _ and -",
						"ERROR missing-key 12:5 inputs.9lives must have description",
						"WARNING input-type-unusual 12:11 inputs.9lives.type is list; every known runbook uses string",
						"ERROR input-definition 13:14 inputs.9lives.default must be a value; use \"\" for none",
						"ERROR input-definition 14:18 inputs.9lives.paramSource must be CUSTOM or INSTANCE, but is"
								+ " OTHER",
						"ERROR structure 15:9 inputs.fine must be a mapping, but is a string"),
				broken("no steps", HEAD.replace("steps:\n", "steps: []\n"),
						"ERROR no-steps 11:8 steps must hold at least one step"),
				broken("steps that are not a list", HEAD.replace("steps:\n", "steps: pause\n"),
						"ERROR structure 11:8 steps must be a list, but is a string"),
				broken("duplicate step names and bad tasks", HEAD + """
						  - name: one
						    task: hwc:runbook:suspend@1.0.0
						  - name: one
						    task: suspend
						  - name: two
						    task: hwc:runbook:reboot@1.0.0
						  - task: hwc:runbook:suspend@1.0.0
						  - just text
						""", "ERROR duplicate-step 14:11 step name one is used by an earlier step",
						"ERROR task-format 15:11 step one: task suspend must look like namespace:service:action@1.0.0",
						"ERROR unknown-task 17:11 step two: task hwc:runbook:reboot@1.0.0 is not an atomic"
								+ " capability; known tasks: hwc:runbook:suspend@1.0.0, hwc:runbook:loop@1.0.0,"
								+ " hwc:runbook:branch@1.0.0, hwc:runbook:executeAPI@1.0.0, hwc:runbook:sleep@1.0.0,"
								+ " hwc:runbook:scripts@1.0.0",
						"ERROR missing-key 18:5 steps[3] must have name",
						"ERROR structure 19:5 steps[4] must be a mapping, but is a string"),
				broken("step inputs missing, mistyped, out of range and unknown", HEAD + """
						  - name: call
						    task: hwc:runbook:executeAPI@1.0.0
						    inputs:
						      service: 7ECS
						      region: "{{$globals.region}}"
						      query: "{"
						      body: {}
						      timeout: 0
						      retries: 3
						  - name: script
						    task: hwc:runbook:scripts@1.0.0
						    inputs:
						      script_uuid: SC1
						      instance_list: "[]"
						      execute_user: root user
						      timeout: thirty
						  - name: nap
						    task: hwc:runbook:sleep@1.0.0
						    inputs:
						      sleep_time: "12345"
						""", "ERROR missing-input 12:5 step call: execute_api needs the input api_name",
						"ERROR invalid-input 15:16 step call: input service must match ^[A-Za-z][A-Za-z0-9_\\-]*$,"
								+ " but is 7ECS",
						"ERROR invalid-input 17:14 step call: input query must be JSON in a string, but does not parse as JSON",
						"ERROR invalid-input 18:13 step call: input body must be JSON in a string, but is a mapping",
						"ERROR invalid-input 19:16 step call: input timeout must be from 1 to 3600, but is 0",
						"WARNING unknown-input 20:7 step call: execute_api has no input retries; its inputs: service,"
								+ " api_name, region, path_params, query, body, timeout",
						"ERROR invalid-input 26:21 step script: input execute_user must match"
								+ " ^[A-Za-z_][A-Za-z0-9_.\\-]*$, but is root user",
						"ERROR invalid-input 27:16 step script: input timeout must be a whole number, but is thirty",
						"ERROR invalid-input 31:19 step nap: input sleep_time must be from 1 to 3600, but is 12345"),
				broken("undeclared globals", HEAD + """
						  - name: call
						    task: hwc:runbook:executeAPI@1.0.0
						    inputs:
						      service: ECS
						      api_name: ListServers
						      region: "{{$globals.region}}"
						      path_params: '{"project_id":"{{ $globals.project_id }}"}'
						      body: '{"servers": {{$globals.servers}}, "again": {{$globals.servers}}}'
						""",
						"ERROR undeclared-global 18:20 step call: input path_params refers to"
								+ " {{$globals.project_id}}, which inputs does not declare",
						"ERROR undeclared-global 19:13 step call: input body refers to {{$globals.servers}}, which"
								+ " inputs does not declare"),
				broken("bad outputs", HEAD + """
						  - name: call
						    task: hwc:runbook:suspend@1.0.0
						    outputs:
						      - name: servers
						        type: String
						      - name: ""
						        selector: .x
						        type: [String]
						      - servers
						""", "ERROR output 15:9 step call: every output needs a selector in text",
						"ERROR output 17:15 step call: every output needs a name in text",
						"ERROR output 19:15 step call: every output needs a type in text",
						"ERROR structure 20:9 steps[0].outputs[2] must be a mapping with name, selector and type,"
								+ " but is a string"));
	}

	// A reader that expanded aliases would visit 2^25 scalars here and never finish; the
	// timeout turns that hang into a failure.
	@Test
	@Timeout(30)
	void neverExpandsAliasesWhileReadingReferences() {
		StringBuilder yaml = new StringBuilder(HEAD).append("  - name: call\n")
			.append("    task: hwc:runbook:suspend@1.0.0\n")
			.append("    inputs:\n")
			.append("      a0: &a0 [\"{{$globals.region}}\", \"{{$globals.region}}\"]\n");
		for (int i = 1; i < 25; i++) {
			yaml.append("      a%d: &a%d [*a%d, *a%d]\n".formatted(i, i, i - 1, i - 1));
		}
		assertThat(findings(yaml.toString())).hasSize(25).allMatch((f) -> f.startsWith("WARNING unknown-input"));
	}

	@Test
	void reportsAtMostTwoHundredFindingsAndCountsTheRest() {
		StringBuilder yaml = new StringBuilder(HEAD).append("  - name: s0\n")
			.append("    task: hwc:runbook:suspend@1.0.0\n")
			.append("    outputs: &o [" + "{}, ".repeat(100) + "]\n");
		for (int i = 1; i < 10; i++) {
			yaml.append("  - name: s%d\n    task: hwc:runbook:suspend@1.0.0\n    outputs: *o\n".formatted(i));
		}

		List<String> findings = findings(yaml.toString());

		assertThat(findings).hasSize(201);
		assertThat(findings.get(200))
			.isEqualTo("WARNING too-many-findings 1:1 2800 more findings left out; the first 200 are above");
	}

	// The second anchor holds the first 40 levels deep: 41 levels of text, 81 of graph.
	private static String deepAliases() {
		String wrap = "[".repeat(40) + "%s" + "]".repeat(40);
		return "a0: &a0 " + wrap.formatted("x") + "\na1: &a1 " + wrap.formatted("*a0") + "\nb: " + "[".repeat(33)
				+ "*a1" + "]".repeat(33) + "\n";
	}

	private static Arguments broken(String name, String content, String... findings) {
		return Arguments.of(name, content, List.of(findings));
	}

	static List<String> findings(String content) {
		return checker.check(content)
			.stream()
			.map((f) -> "%s %s %d:%d %s".formatted(f.severity(), f.code(), f.line(), f.column(), f.message()))
			.toList();
	}

}
