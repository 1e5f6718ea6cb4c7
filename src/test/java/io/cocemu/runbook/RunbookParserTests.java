package io.cocemu.runbook;

import java.time.Duration;

import io.cocemu.Examples;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class RunbookParserTests {

	private final RunbookParser parser = Runbooks.lenientParser();

	@Test
	void acceptsTheDocumentedExample() {
		assertThatCode(() -> this.parser.check(Examples.CONTENT)).doesNotThrowAnyException();
	}

	@Test
	void acceptsABareScalarAsTheRealServiceDoes() {
		assertThatCode(() -> this.parser.check("test")).doesNotThrowAnyException();
	}

	@Test
	void acceptsContentOfExactlyTheLimit() {
		assertThatCode(() -> this.parser.check("a".repeat(65536))).doesNotThrowAnyException();
	}

	@Test
	void rejectsContentOverTheLimitSayingLimitAndSize() {
		assertThatExceptionOfType(InvalidRunbookException.class).isThrownBy(() -> this.parser.check("a".repeat(65537)))
			.withMessage("content must be at most 65536 characters, but has 65537");
	}

	@Test
	void countsCharactersNotUtf16Units() {
		String emoji = "\uD83D\uDE00";
		assertThatCode(() -> this.parser.check(emoji.repeat(65536))).doesNotThrowAnyException();
		assertThatExceptionOfType(InvalidRunbookException.class)
			.isThrownBy(() -> this.parser.check(emoji.repeat(65537)))
			.withMessage("content must be at most 65536 characters, but has 65537");
	}

	@Test
	void rejectsMalformedYamlWithLineAndColumn() {
		assertThatExceptionOfType(InvalidRunbookException.class)
			.isThrownBy(() -> this.parser.check("meta:\n  name: [a, b\nsteps: []\n"))
			.withMessage("content is not valid YAML: expected ',' or ']', but got : at line 3, column 6");
	}

	@Test
	void rejectsControlCharactersWithTheirPosition() {
		assertThatExceptionOfType(InvalidRunbookException.class)
			.isThrownBy(() -> this.parser.check("meta:\n  name: a\u0000b\n"))
			.withMessage("content is not valid YAML: character U+0000 is not allowed at line 2, column 10");
	}

	@Test
	void rejectsAnUndefinedAlias() {
		assertThatExceptionOfType(InvalidRunbookException.class).isThrownBy(() -> this.parser.check("a: *nowhere"))
			.withMessage("content is not valid YAML: found undefined alias nowhere at line 1, column 4");
	}

	@Test
	void rejectsBillionLaughsFast() {
		String laughs = """
				a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
				b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
				c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
				d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
				e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
				f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
				g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
				h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
				i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
				""";
		// a guard against a hang, not a speed measurement
		assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatExceptionOfType(InvalidRunbookException.class)
			.isThrownBy(() -> this.parser.check(laughs))
			.withMessage("content is not valid YAML: more than 50 aliases to collections at line 7, column 23"));
	}

	@Test
	void rejectsNestingDeeperThanTheLimit() {
		String deep = "[".repeat(100) + "]".repeat(100);
		assertThatExceptionOfType(InvalidRunbookException.class).isThrownBy(() -> this.parser.check(deep))
			.withMessage("content is not valid YAML: nesting deeper than 50 levels at line 1, column 51");
	}

	@Test
	void acceptsJavaTypeTagsWithoutEverInstantiatingThem() {
		Tripwire.constructed = false;
		assertThatCode(() -> this.parser.check("!!io.cocemu.runbook.RunbookParserTests$Tripwire {}"))
			.doesNotThrowAnyException();
		assertThat(Tripwire.constructed).isFalse();
	}

	@Test
	void countsOnlyAliasesToCollectionsAgainstTheLimit() {
		String scalars = "a: &a x\nb: [" + "*a, ".repeat(500) + "*a]";
		assertThatCode(() -> this.parser.check(scalars)).doesNotThrowAnyException();
		String collections = "a: &a [x]\nb: [" + "*a, ".repeat(50) + "*a]";
		assertThatExceptionOfType(InvalidRunbookException.class).isThrownBy(() -> this.parser.check(collections))
			.withMessage("content is not valid YAML: more than 50 aliases to collections at line 2, column 205");
	}

	@Test
	void scopesAnchorsToTheirDocument() {
		assertThatExceptionOfType(InvalidRunbookException.class)
			.isThrownBy(() -> this.parser.check("a: &a 1\n---\nb: *a\n"))
			.withMessage("content is not valid YAML: found undefined alias a at line 3, column 4");
	}

	@Test
	void acceptsEveryDocumentOfAStream() {
		assertThatCode(() -> this.parser.check("a: 1\n---\nb: 2\n")).doesNotThrowAnyException();
		assertThatExceptionOfType(InvalidRunbookException.class)
			.isThrownBy(() -> this.parser.check("a: 1\n---\nb: [\n"))
			.withMessageStartingWith("content is not valid YAML: ");
	}

	/**
	 * Records whether anything ever constructed it.
	 */
	public static class Tripwire {

		static volatile boolean constructed;

		public Tripwire() {
			constructed = true;
		}

	}

	@Test
	void rejectsATagSnakeYamlCannotHoldAsInvalidContent() {
		assertThatExceptionOfType(InvalidRunbookException.class).isThrownBy(() -> this.parser.check("a: !%20 x"))
			.withMessage("content is not valid YAML: the tag ! is not valid at line 1, column 4");
	}

}
