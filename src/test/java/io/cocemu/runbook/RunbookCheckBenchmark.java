package io.cocemu.runbook;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The strict check of a runbook at the size limit: 65,536 characters of executeAPI steps
 * with inputs, references and outputs. Run it with {@code bench/jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class RunbookCheckBenchmark {

	private RunbookChecker checker;

	private RunbookParser strictParser;

	private String content;

	@Setup
	public void setUp() {
		this.checker = Runbooks.checker();
		this.strictParser = Runbooks.strictParser();
		this.content = largestRunbook();
		List<Finding> findings = this.checker.check(this.content);
		if (!findings.isEmpty() || this.content.length() != 65536) {
			throw new IllegalStateException("Not a valid runbook of 65536 characters: " + findings);
		}
	}

	@Benchmark
	public List<Finding> checkerFindings() {
		return this.checker.check(this.content);
	}

	@Benchmark
	public String strictCreateCheck() {
		this.strictParser.check(this.content);
		return this.content;
	}

	static String largestRunbook() {
		StringBuilder yaml = new StringBuilder("""
				meta:
				  name: largest
				  schemaVersion: 3
				  description: ""
				inputs:
				  region:
				    type: string
				    default: cn-north-4
				    paramSource: CUSTOM
				    description: the region
				steps:
				""");
		String step = """
				  - name: call-%05d
				    description: list the servers of the project
				    task: hwc:runbook:executeAPI@1.0.0
				    inputs:
				      service: ECS
				      api_name: ListServersDetails
				      region: "{{$globals.region}}"
				      path_params: '{"project_id":"0b8f0d9f2c8a4e6b9d1c3a5f7e9b1d3c"}'
				      query: '{"limit":100}'
				      body: "{}"
				      timeout: 30
				    outputs:
				      - name: servers
				        selector: .servers
				        type: String
				""";
		for (int i = 0; yaml.length() + step.length() < 65536 - 40; i++) {
			yaml.append(step.formatted(i));
		}
		yaml.append("# padding to the limit: ");
		yaml.append("x".repeat(65536 - yaml.length() - 1)).append('\n');
		return yaml.toString();
	}

}
