package io.cocemu.runbook;

import java.io.StringReader;
import java.util.Iterator;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

import org.springframework.stereotype.Component;

/**
 * Checks that a job's content is within the size limit and is YAML. By default that is
 * all the real service checks: it accepted the content {@code "test"} (coc-api.md,
 * section 3.1).
 * <p>
 * The YAML is only composed into nodes, never constructed into objects, so no tag can
 * instantiate a type; aliases, nesting and length are bounded so that a hostile document
 * fails fast instead of exhausting the service.
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
			// composing every document of the stream is the check; the nodes are not kept
			Iterator<Node> documents = yaml().composeAll(new StringReader(content)).iterator();
			while (documents.hasNext()) {
				documents.next();
			}
		}
		catch (MarkedYAMLException ex) {
			throw new InvalidRunbookException("content is not valid YAML: " + describe(ex));
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

	// A Yaml instance is not thread-safe; one costs microseconds to make.
	private Yaml yaml() {
		LoaderOptions options = new LoaderOptions();
		options.setMaxAliasesForCollections(this.properties.maxAliases());
		options.setNestingDepthLimit(this.properties.maxDepth());
		options.setCodePointLimit(this.properties.maxContentLength());
		options.setAllowRecursiveKeys(false);
		return new Yaml(new SafeConstructor(options));
	}

	private static String describe(MarkedYAMLException ex) {
		Mark mark = (ex.getProblemMark() != null) ? ex.getProblemMark() : ex.getContextMark();
		String problem = (ex.getProblem() != null) ? ex.getProblem() : ex.getContext();
		if (mark == null) {
			return problem;
		}
		return "%s at line %d, column %d".formatted(problem, mark.getLine() + 1, mark.getColumn() + 1);
	}

}
