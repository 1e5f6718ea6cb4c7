package io.cocemu.runbook;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * The size and YAML syntax of a runbook, the only things the real service checks: it
 * accepted the content {@code "test"} (coc-api.md, section 3.1).
 * <p>
 * One pass over the parser's events ({@link NodeBuilder}) checks the syntax and composes
 * the nodes; no object is ever constructed, so no tag can instantiate a type, and an
 * alias is never expanded. It refuses what a loader would choke on: undefined aliases,
 * more aliases to collections than allowed (the "billion laughs"), and nesting deeper
 * than allowed.
 */
final class RunbookSyntax {

	private final RunbookProperties properties;

	RunbookSyntax(RunbookProperties properties) {
		this.properties = properties;
	}

	/**
	 * Checks the content: its size, its YAML syntax and the limits.
	 * @param content the runbook text
	 * @throws InvalidRunbookException if it is too long, is not YAML or exceeds a limit
	 */
	void check(String content) {
		build(content);
	}

	/**
	 * Checks the content and composes it into its node graph, in the same one pass:
	 * aliases shared, nothing constructed.
	 * @param content the runbook text
	 * @return the root node, or null for an empty document
	 * @throws InvalidRunbookException if it is too long, is not YAML, exceeds a limit or
	 * holds more than one document
	 */
	Node compose(String content) {
		NodeBuilder nodes = build(content);
		if (nodes.secondDocument() != null) {
			throw invalidYaml("expected a single document in the stream, but found another document",
					position(nodes.secondDocument()));
		}
		return nodes.root();
	}

	private NodeBuilder build(String content) {
		checkLength(content);
		NodeBuilder nodes = new NodeBuilder(this.properties);
		try {
			nodes.build(new ParserImpl(new StreamReader(content), options(this.properties)));
			return nodes;
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

}
