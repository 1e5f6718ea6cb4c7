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
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * The size and YAML syntax of a runbook, the only things the real service checks: it
 * accepted the content {@code "test"} (coc-api.md, section 3.1).
 * <p>
 * The check reads the YAML as a stream of parser events and never builds objects, so no
 * tag can instantiate a type and an alias is never expanded. It refuses what a loader
 * would choke on: undefined aliases, more aliases to collections than allowed (the
 * "billion laughs"), and nesting deeper than allowed. Only content that passes is
 * composed into nodes, for the checker.
 */
final class RunbookSyntax {

	private final RunbookProperties properties;

	RunbookSyntax(RunbookProperties properties) {
		this.properties = properties;
	}

	/**
	 * Checks the content.
	 * @param content the runbook text
	 * @throws InvalidRunbookException if it is too long or is not YAML
	 */
	void check(String content) {
		checkLength(content);
		try {
			new EventCheck(this.properties).run(content);
		}
		catch (MarkedYAMLException ex) {
			Mark mark = (ex.getProblemMark() != null) ? ex.getProblemMark() : ex.getContextMark();
			throw invalidYaml((ex.getProblem() != null) ? ex.getProblem() : ex.getContext(), position(mark));
		}
		catch (ReaderException ex) {
			throw invalidYaml("character U+%04X is not allowed".formatted(ex.getCodePoint()),
					position(content, ex.getPosition()));
		}
		catch (YAMLException ex) {
			throw invalidYaml(ex.getMessage(), null);
		}
	}

	/**
	 * Checks the content and composes it into its node graph in one pass: aliases shared,
	 * nothing constructed.
	 * @param content the runbook text
	 * @return the root node, or null for an empty document
	 * @throws InvalidRunbookException if it is too long, is not YAML, exceeds a limit or
	 * holds more than one document
	 */
	Node compose(String content) {
		checkLength(content);
		try {
			return new NodeBuilder(this.properties)
				.build(new ParserImpl(new StreamReader(content), options(this.properties)));
		}
		catch (MarkedYAMLException ex) {
			Mark mark = (ex.getProblemMark() != null) ? ex.getProblemMark() : ex.getContextMark();
			throw invalidYaml((ex.getProblem() != null) ? ex.getProblem() : ex.getContext(), position(mark));
		}
		catch (ReaderException ex) {
			throw invalidYaml("character U+%04X is not allowed".formatted(ex.getCodePoint()),
					position(content, ex.getPosition()));
		}
		catch (YAMLException ex) {
			throw invalidYaml(ex.getMessage(), null);
		}
	}

	private void checkLength(String content) {
		int length = content.codePointCount(0, content.length());
		if (length > this.properties.maxContentLength()) {
			throw new InvalidRunbookException("content must be at most %d characters, but has %d"
				.formatted(this.properties.maxContentLength(), length), null);
		}
	}

	private static InvalidRunbookException invalidYaml(String problem, Position position) {
		return new InvalidRunbookException("content is not valid YAML: " + problem, position);
	}

	private static LoaderOptions options(RunbookProperties limits) {
		LoaderOptions options = new LoaderOptions();
		options.setCodePointLimit(limits.maxContentLength());
		options.setMaxAliasesForCollections(limits.maxAliases());
		options.setNestingDepthLimit(limits.maxDepth());
		return options;
	}

	// The reader reports a position in code points; people count lines and columns.
	private static Position position(String content, int codePoints) {
		int line = 1;
		int column = 1;
		int index = 0;
		for (int i = 0; i < codePoints && index < content.length(); i++) {
			int codePoint = content.codePointAt(index);
			index += Character.charCount(codePoint);
			column = (codePoint == '\n') ? 1 : column + 1;
			line = (codePoint == '\n') ? line + 1 : line;
		}
		return new Position(line, column);
	}

	private static Position position(Mark mark) {
		return (mark != null) ? new Position(mark.getLine() + 1, mark.getColumn() + 1) : null;
	}

	/**
	 * One pass over the events of a YAML stream, with the limits of a safe loader.
	 */
	private static final class EventCheck {

		private final RunbookProperties limits;

		private final Map<String, Boolean> anchorIsCollection = new HashMap<>();

		private int depth;

		private int collectionAliases;

		EventCheck(RunbookProperties limits) {
			this.limits = limits;
		}

		void run(String content) {
			Parser parser = new ParserImpl(new StreamReader(content), options(this.limits));
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
				throw invalidYaml("found undefined alias " + alias.getAnchor(), position(alias.getStartMark()));
			}
			if (collection && ++this.collectionAliases > this.limits.maxAliases()) {
				throw new YAMLException(
						"Number of aliases for non-scalar nodes exceeds the specified max=" + this.limits.maxAliases());
			}
		}

	}

}
