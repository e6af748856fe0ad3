package org.canvassaudit.ingest;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.canvassaudit.warehouse.Warehouse;

import org.springframework.stereotype.Component;

/**
 * Ingests an inbox into the warehouse, one input kind at a time: the nightly job gives
 * each kind its own step.
 */
@Component
public class InboxIngest {

	private final Map<InputKind, InputLoader> loaders = new EnumMap<>(InputKind.class);

	public InboxIngest(List<InputLoader> loaders) {
		loaders.forEach((loader) -> this.loaders.put(loader.kind(), loader));
		for (InputKind kind : InputKind.values()) {
			if (!this.loaders.containsKey(kind)) {
				throw new IllegalStateException("no loader for " + kind);
			}
		}
	}

	/**
	 * @param warehouse the open warehouse
	 * @param runId the night's run
	 * @param inbox the inbox folder
	 * @param pseudonymiser the voter-reference pseudonymiser
	 * @return the night's ingest
	 */
	public NightIngest startNight(Warehouse warehouse, int runId, Path inbox, Pseudonymiser pseudonymiser) {
		return new NightIngest(Inbox.scan(inbox), new IngestContext(warehouse, runId, pseudonymiser), this.loaders);
	}

}
