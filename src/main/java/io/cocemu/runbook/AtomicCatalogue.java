package io.cocemu.runbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The atomic capabilities a runbook's steps may use, read once from a catalogue file
 * ({@link RunbookProperties#atomicCatalogue()}). Only the six keys, the pause atomic's
 * names and the tags are public; the other names, the task names of sleep, loop and
 * branch, and every input definition are the emulator's own (coc-api.md, section 8), kept
 * in data so that real values can replace them.
 */
@Component
public class AtomicCatalogue {

	private final List<Atomic> atomics;

	private final Map<String, Atomic> byKey;

	private final Map<String, Atomic> byTask;

	public AtomicCatalogue(RunbookProperties properties) {
		List<Atomic> atomics = load(properties.atomicCatalogue());
		this.atomics = List.copyOf(atomics);
		this.byKey = unique(atomics, Atomic::key, "atomic_unique_key");
		this.byTask = unique(atomics, Atomic::task, "task");
	}

	/**
	 * Every atomic, in catalogue order.
	 * @return the atomics
	 */
	public List<Atomic> all() {
		return this.atomics;
	}

	/**
	 * The atomic of a key.
	 * @param key the atomic's key
	 * @return the atomic, if there is one
	 */
	public Optional<Atomic> find(String key) {
		return Optional.ofNullable(this.byKey.get(key));
	}

	Optional<Atomic> forTask(String task) {
		return Optional.ofNullable(this.byTask.get(task));
	}

	private static Map<String, Atomic> unique(List<Atomic> atomics, Function<Atomic, String> key, String what) {
		Map<String, Atomic> map = new HashMap<>();
		for (Atomic atomic : atomics) {
			if (key.apply(atomic) == null || map.put(key.apply(atomic), atomic) != null) {
				throw new IllegalStateException("Every atomic needs its own " + what + ": " + key.apply(atomic));
			}
		}
		return Map.copyOf(map);
	}

	private static List<Atomic> load(Resource catalogue) {
		JsonMapper mapper = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		try (InputStream in = catalogue.getInputStream()) {
			return mapper.readValue(in, new TypeReference<List<Atomic>>() {
			});
		}
		catch (IOException | JacksonException | IllegalArgumentException ex) {
			throw new IllegalStateException("Cannot read the atomic catalogue " + catalogue + ": " + ex.getMessage(),
					ex);
		}
	}

}
