package io.cocemu.runbook;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;

/**
 * Composes the node graph of a YAML stream in a single pass over the parser's events,
 * within the limits of {@link RunbookProperties}: an alias shares the node of its anchor
 * (nothing is expanded), and aliases to collections, nesting and undefined aliases are
 * refused as they come. SnakeYAML's own composer would need a second pass over the events
 * for the same limits.
 */
final class NodeBuilder {

	private final RunbookProperties limits;

	private final Map<String, Node> anchors = new HashMap<>();

	private final Deque<Frame> open = new ArrayDeque<>();

	private final Map<Node, Integer> heights = new IdentityHashMap<>();

	private Node root;

	private int documents;

	private Mark secondDocument;

	private int collectionAliases;

	NodeBuilder(RunbookProperties limits) {
		this.limits = limits;
	}

	/**
	 * Reads every event of the stream.
	 * @param parser the parser over the content
	 * @throws InvalidRunbookException beyond a limit
	 */
	void build(Parser parser) {
		Event event;
		do {
			event = parser.getEvent();
			accept(event);
		}
		while (!(event instanceof StreamEndEvent));
	}

	/**
	 * The root of the first document.
	 * @return the root node, or null for an empty stream
	 */
	Node root() {
		return this.root;
	}

	/**
	 * Where a second document starts; a runbook is one document.
	 * @return the start of the second document, or null if there is none
	 */
	Mark secondDocument() {
		return this.secondDocument;
	}

	private void accept(Event event) {
		if (event instanceof DocumentStartEvent) {
			// anchors are scoped to their document
			this.anchors.clear();
			if (++this.documents == 2) {
				this.secondDocument = event.getStartMark();
			}
		}
		else if (event instanceof ScalarEvent scalar) {
			add(anchored(scalar, scalar(scalar)), 0);
		}
		else if (event instanceof AliasEvent alias) {
			Node node = alias(alias);
			add(node, this.heights.getOrDefault(node, 0));
		}
		else if (event instanceof SequenceStartEvent start) {
			open(start, new SequenceNode(tag(start, start.getTag(), Tag.SEQ), true, new ArrayList<>(),
					start.getStartMark(), null, start.getFlowStyle()));
		}
		else if (event instanceof MappingStartEvent start) {
			open(start, new MappingNode(tag(start, start.getTag(), Tag.MAP), true, new ArrayList<>(),
					start.getStartMark(), null, start.getFlowStyle()));
		}
		else if (event instanceof CollectionEndEvent) {
			Frame closed = this.open.pop();
			int height = closed.height + 1;
			// only an anchored collection can be met again, through an alias
			if (closed.anchored) {
				this.heights.put(closed.node, height);
			}
			add(closed.node, height);
		}
	}

	private void open(NodeEvent start, Node node) {
		if (this.open.size() >= this.limits.maxDepth()) {
			throw invalid("nesting deeper than " + this.limits.maxDepth() + " levels", start.getStartMark());
		}
		// registered before the children, so that they may refer to it
		anchored(start, node);
		this.open.push(new Frame(node, start.getAnchor() != null));
	}

	private void add(Node node, int height) {
		Frame parent = this.open.peek();
		if (parent != null) {
			parent.height = Math.max(parent.height, height);
		}
		if (parent == null) {
			if (this.documents == 1) {
				this.root = node;
			}
			return;
		}
		if (parent.node instanceof SequenceNode sequence) {
			sequence.getValue().add(node);
		}
		else if (parent.key == null) {
			parent.key = node;
		}
		else {
			((MappingNode) parent.node).getValue().add(new NodeTuple(parent.key, node));
			parent.key = null;
		}
	}

	private Node alias(AliasEvent alias) {
		Node node = this.anchors.get(alias.getAnchor());
		if (node == null) {
			throw invalid("found undefined alias " + alias.getAnchor(), alias.getStartMark());
		}
		if (!(node instanceof ScalarNode) && ++this.collectionAliases > this.limits.maxAliases()) {
			throw invalid("more than " + this.limits.maxAliases() + " aliases to collections", alias.getStartMark());
		}
		// An alias puts a whole collection at this depth: chained, aliases could build a
		// graph far deeper than the text, and deep enough to overflow any walk of it.
		if (this.open.size() + this.heights.getOrDefault(node, 0) > this.limits.maxDepth()) {
			throw invalid("nesting deeper than " + this.limits.maxDepth() + " levels", alias.getStartMark());
		}
		return node;
	}

	private Node anchored(NodeEvent event, Node node) {
		if (event.getAnchor() != null) {
			this.anchors.put(event.getAnchor(), node);
		}
		return node;
	}

	private static ScalarNode scalar(ScalarEvent event) {
		String explicit = event.getTag();
		Tag tag = (explicit == null || explicit.equals("!"))
				? ScalarTypes.of(event.getValue(), event.getImplicit().canOmitTagInPlainScalar())
				: explicitTag(explicit, event);
		return new ScalarNode(tag, event.getValue(), event.getStartMark(), event.getEndMark(), event.getScalarStyle());
	}

	private static Tag tag(NodeEvent event, String explicit, Tag implicit) {
		return (explicit == null || explicit.equals("!")) ? implicit : explicitTag(explicit, event);
	}

	// A tag is only ever a name here, but SnakeYAML refuses some names it has decoded
	// itself, such as !!%20.
	private static Tag explicitTag(String explicit, NodeEvent event) {
		try {
			return new Tag(explicit);
		}
		catch (IllegalArgumentException ex) {
			throw invalid("the tag " + explicit.strip() + " is not valid", event.getStartMark());
		}
	}

	private static InvalidRunbookException invalid(String problem, Mark mark) {
		return new InvalidRunbookException("content is not valid YAML: " + problem,
				new Position(mark.getLine() + 1, mark.getColumn() + 1));
	}

	private static final class Frame {

		private final Node node;

		private final boolean anchored;

		private Node key;

		// the height of its highest child so far; a scalar's is 0
		private int height;

		Frame(Node node, boolean anchored) {
			this.node = node;
			this.anchored = anchored;
		}

	}

}
