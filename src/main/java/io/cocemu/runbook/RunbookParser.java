package io.cocemu.runbook;

import java.util.HashMap;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

import org.springframework.stereotype.Component;

/**
 * Checks that a job's content is within the size limit and is YAML. By default that is
 * all the real service checks: it accepted the content {@code "test"} (coc-api.md,
 * section 3.1).
 * <p>
 * The check reads the YAML as a stream of parser events and never builds nodes or
 * objects, so no tag can instantiate a type and an alias is never expanded. It still
 * refuses what a loader would choke on: undefined aliases, more aliases to collections
 * than allowed (the "billion laughs"), and nesting deeper than allowed.
 */
@Component
public class RunbookParser {

	private final RunbookProperties properties;

	public RunbookParser(RunbookProperties properties) {
		this.properties = properties;
	}

	/**
	 * Checks the content.
	 * @param content the runbook text
	 * @throws InvalidRunbookException if it is too long or is not YAML
	 */
	public void check(String content) {
		checkLength(content);
		try {
			new SyntaxCheck(this.properties).run(content);
		}
		catch (MarkedYAMLException ex) {
			throw new InvalidRunbookException("content is not valid YAML: " + describe(ex));
		}
		catch (ReaderException ex) {
			throw new InvalidRunbookException("content is not valid YAML: character U+%04X is not allowed%s"
				.formatted(ex.getCodePoint(), at(content, ex.getPosition())));
		}
		catch (YAMLException ex) {
			throw new InvalidRunbookException("content is not valid YAML: " + ex.getMessage());
		}
	}

	private void checkLength(String content) {
		int length = content.codePointCount(0, content.length());
		if (length > this.properties.maxContentLength()) {
			throw new InvalidRunbookException("content must be at most %d characters, but has %d"
				.formatted(this.properties.maxContentLength(), length));
		}
	}

	// The reader reports a position in code points; people count lines and columns.
	private static String at(String content, int position) {
		int line = 1;
		int column = 1;
		int index = 0;
		for (int i = 0; i < position && index < content.length(); i++) {
			int codePoint = content.codePointAt(index);
			index += Character.charCount(codePoint);
			column = (codePoint == '\n') ? 1 : column + 1;
			line = (codePoint == '\n') ? line + 1 : line;
		}
		return at(line, column);
	}

	private static String at(int line, int column) {
		return " at line %d, column %d".formatted(line, column);
	}

	private static String describe(MarkedYAMLException ex) {
		Mark mark = (ex.getProblemMark() != null) ? ex.getProblemMark() : ex.getContextMark();
		return describe((ex.getProblem() != null) ? ex.getProblem() : ex.getContext(), mark);
	}

	private static String describe(String problem, Mark mark) {
		return (mark != null) ? problem + at(mark.getLine() + 1, mark.getColumn() + 1) : problem;
	}

	/**
	 * One pass over the events of a YAML stream, with the limits of a safe loader.
	 */
	private static final class SyntaxCheck {

		private final RunbookProperties limits;

		private final Map<String, Boolean> anchorIsCollection = new HashMap<>();

		private int depth;

		private int collectionAliases;

		SyntaxCheck(RunbookProperties limits) {
			this.limits = limits;
		}

		void run(String content) {
			LoaderOptions options = new LoaderOptions();
			options.setCodePointLimit(this.limits.maxContentLength());
			Parser parser = new ParserImpl(new StreamReader(content), options);
			Event event;
			do {
				event = parser.getEvent();
				accept(event);
			}
			while (!(event instanceof StreamEndEvent));
		}

		private void accept(Event event) {
			if (event instanceof DocumentStartEvent) {
				this.anchorIsCollection.clear(); // anchors are scoped to their document
			}
			else if (event instanceof AliasEvent alias) {
				checkAlias(alias);
			}
			else if (event instanceof CollectionStartEvent start) {
				remember(start, true);
				if (++this.depth > this.limits.maxDepth()) {
					throw new YAMLException("Nesting Depth exceeded max " + this.limits.maxDepth());
				}
			}
			else if (event instanceof CollectionEndEvent) {
				this.depth--;
			}
			else if (event instanceof NodeEvent node) {
				remember(node, false);
			}
		}

		private void remember(NodeEvent node, boolean collection) {
			if (node.getAnchor() != null) {
				this.anchorIsCollection.put(node.getAnchor(), collection);
			}
		}

		private void checkAlias(AliasEvent alias) {
			Boolean collection = this.anchorIsCollection.get(alias.getAnchor());
			if (collection == null) {
				throw new InvalidRunbookException("content is not valid YAML: "
						+ describe("found undefined alias " + alias.getAnchor(), alias.getStartMark()));
			}
			if (collection && ++this.collectionAliases > this.limits.maxAliases()) {
				throw new YAMLException(
						"Number of aliases for non-scalar nodes exceeds the specified max=" + this.limits.maxAliases());
			}
		}

	}

}
