package io.cocemu.document;

import java.sql.SQLException;
import java.time.Clock;

import io.cocemu.runbook.RunbookParser;
import io.cocemu.tenant.Caller;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * The rules of custom jobs: what content is accepted, and how a job is stored.
 */
@Service
public class DocumentService {

	// A clash needs another process to have drawn the same id in the same second.
	private static final int ID_ATTEMPTS = 5;

	private static final String UNIQUE_VIOLATION = "23505";

	private final DocumentWriter writer;

	private final RunbookParser runbooks;

	private final Clock clock;

	DocumentService(DocumentWriter writer, RunbookParser runbooks, Clock clock) {
		this.writer = writer;
		this.runbooks = runbooks;
		this.clock = clock;
	}

	/**
	 * Creates a job, version {@code v1}, owned by the caller's tenant.
	 * @param request what to create
	 * @param caller who creates it
	 * @return the new job's id
	 */
	public String create(NewDocument request, Caller caller) {
		this.runbooks.check(request.content());
		for (int attempt = 1;; attempt++) {
			Document document = new Document(request, caller, this.clock.millis());
			try {
				this.writer.insert(document);
				return document.id();
			}
			catch (DataIntegrityViolationException ex) {
				if (attempt == ID_ATTEMPTS || !isUniqueViolation(ex)) {
					throw ex;
				}
			}
		}
	}

	private static boolean isUniqueViolation(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

}
