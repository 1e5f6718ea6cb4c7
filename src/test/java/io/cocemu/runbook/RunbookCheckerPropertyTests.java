package io.cocemu.runbook;

import java.time.Duration;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a client sends, the checker answers findings: it never throws, every finding
 * is well formed, and no input makes it slow.
 */
class RunbookCheckerPropertyTests {

	// Far above the few hundred microseconds a check takes, even on a loaded machine:
	// only
	// a blow-up (an alias expanded, a regular expression backtracking) gets near it.
	private static final Duration BLOW_UP = Duration.ofSeconds(2);

	private static final RunbookChecker checker = Runbooks.checker();

	static {
		// class loading and the first compilations are not the checker's speed
		RunbookExamples.ALL.values().forEach(checker::check);
	}

	private static final List<String> SEEDS = List.copyOf(RunbookExamples.ALL.values());

	// The characters YAML gives meaning to, and the ones runbooks are made of.
	private static final String ALPHABET = ":-[]{},&*!|>'\"%@`#?\n\t $.{}0123456789abcxyzVY_<";

	@Property(tries = 500)
	void answersFindingsForAnyText(@ForAll @StringLength(max = 400) String content) {
		assertWellFormed(content);
	}

	@Property(tries = 1000)
	void answersFindingsForMutatedRunbooks(@ForAll("mutants") String content) {
		assertWellFormed(content);
	}

	@Provide
	Arbitrary<String> mutants() {
		Arbitrary<String> seed = Arbitraries.of(SEEDS);
		return seed.flatMap((runbook) -> Arbitraries.oneOf(insertion(runbook), deletion(runbook), lineShuffle(runbook),
				indentation(runbook)));
	}

	private static Arbitrary<String> insertion(String runbook) {
		Arbitrary<String> text = Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMinLength(1).ofMaxLength(8);
		return Combinators.combine(Arbitraries.integers().between(0, runbook.length()), text)
			.as((at, inserted) -> runbook.substring(0, at) + inserted + runbook.substring(at));
	}

	private static Arbitrary<String> deletion(String runbook) {
		return Combinators
			.combine(Arbitraries.integers().between(0, runbook.length()), Arbitraries.integers().between(1, 40))
			.as((at, length) -> runbook.substring(0, at) + runbook.substring(Math.min(runbook.length(), at + length)));
	}

	private static Arbitrary<String> lineShuffle(String runbook) {
		List<String> lines = List.of(runbook.split("\n", -1));
		return Arbitraries.integers()
			.between(0, lines.size() - 1)
			.list()
			.ofMinSize(1)
			.ofMaxSize(lines.size())
			.map((order) -> String.join("\n", order.stream().map(lines::get).toList()));
	}

	private static Arbitrary<String> indentation(String runbook) {
		List<String> lines = List.of(runbook.split("\n", -1));
		return Combinators
			.combine(Arbitraries.integers().between(0, lines.size() - 1), Arbitraries.integers().between(-2, 3))
			.as((line, shift) -> {
				String[] changed = lines.toArray(String[]::new);
				changed[line] = (shift >= 0) ? " ".repeat(shift) + changed[line]
						: changed[line].substring(Math.min(changed[line].length(), -shift));
				return String.join("\n", changed);
			});
	}

	private static void assertWellFormed(String content) {
		long started = System.nanoTime();
		List<Finding> findings = checker.check(content);
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(took).isLessThan(BLOW_UP);
		assertThat(findings).allSatisfy((finding) -> {
			assertThat(finding.severity()).isNotNull();
			assertThat(finding.code()).isNotBlank();
			assertThat(finding.message()).isNotBlank();
			assertThat(finding.line()).isPositive();
			assertThat(finding.column()).isPositive();
		});
	}

}
