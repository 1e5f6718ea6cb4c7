package io.cocemu.document;

import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

import io.cocemu.document.store.DocumentQueries;
import io.cocemu.document.store.DocumentRepository;
import io.cocemu.runbook.RunbookParser;
import io.cocemu.tenant.Caller;
import io.cocemu.web.Paging;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rules of custom jobs: what content is accepted, how a job is stored, versioned and
 * deleted, and who sees it. A tenant sees its own jobs and the public ones, and can
 * change only its own; another tenant's job is, to it, a job that does not exist.
 */
@Service
public class DocumentService {

	// A clash needs another process to have drawn the same id in the same second.
	private static final int ID_ATTEMPTS = 5;

	private static final String UNIQUE_VIOLATION = "23505";

	private static final Pattern VERSION = Pattern.compile("v[1-9][0-9]{0,8}");

	private final DocumentWriter writer;

	private final DocumentRepository repository;

	private final DocumentQueries queries;

	private final PublicDocuments publicDocuments;

	private final RunbookParser runbooks;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DocumentService(DocumentWriter writer, DocumentRepository repository, DocumentQueries queries,
			PublicDocuments publicDocuments, RunbookParser runbooks, TransactionTemplate transactions, Clock clock) {
		this.writer = writer;
		this.repository = repository;
		this.queries = queries;
		this.publicDocuments = publicDocuments;
		this.runbooks = runbooks;
		this.transactions = transactions;
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

	/**
	 * Finds a job at one of its versions.
	 * @param documentId the job id
	 * @param version the version, {@code v1}, {@code v2}, ..., or null for the latest
	 * @param type the caller's own jobs, or the public ones
	 * @param caller who asks
	 * @return the job at that version
	 * @throws DocumentNotFoundException if the caller cannot see the job or it has no
	 * such version
	 */
	public DocumentDetail find(String documentId, String version, DocumentType type, Caller caller) {
		Integer number = versionNumber(documentId, version);
		if (type == DocumentType.PUBLIC) {
			Optional<DocumentDetail> found = this.publicDocuments.find(documentId);
			return found.filter((d) -> number == null || number == 1)
				.orElseThrow(() -> notFound(documentId, version, found.isPresent()));
		}
		return this.queries.find(caller.tenantId(), documentId, number)
			.orElseThrow(() -> notFound(documentId, version,
					version != null && this.queries.exists(caller.tenantId(), documentId)));
	}

	/**
	 * Lists one page of jobs, newest first.
	 * @param type the caller's own jobs, or the public ones
	 * @param filter which jobs
	 * @param paging which page; past the end it is empty
	 * @param caller who asks
	 * @return the page and how many jobs match
	 */
	public DocumentPage list(DocumentType type, DocumentFilter filter, Paging paging, Caller caller) {
		if (type == DocumentType.PUBLIC) {
			return this.publicDocuments.list(filter, paging);
		}
		return this.queries.list(caller.tenantId(), filter, paging);
	}

	/**
	 * Makes the next version of one of the caller's jobs. Concurrent updates of a job
	 * queue behind its lock, so none is lost and no version number repeats.
	 * @param documentId the job id
	 * @param revision what changes
	 * @param caller who changes it
	 * @throws DocumentNotFoundException if the caller has no such job
	 */
	public void update(String documentId, DocumentRevision revision, Caller caller) {
		// checked before the transaction, which holds a connection and the job's lock
		this.runbooks.check(revision.content());
		this.transactions.executeWithoutResult((status) -> {
			Document document = this.repository.lockOwned(documentId, caller.tenantId())
				.orElseThrow(() -> new DocumentNotFoundException(documentId));
			document.revise(revision, caller.userName(), this.clock.millis());
		});
	}

	/**
	 * Deletes one of the caller's jobs with all its versions.
	 * @param documentId the job id
	 * @param caller who deletes it
	 * @throws DocumentNotFoundException if the caller has no such job
	 */
	public void delete(String documentId, Caller caller) {
		Integer deleted = this.transactions
			.execute((status) -> this.repository.deleteOwned(documentId, caller.tenantId()));
		if (deleted == null || deleted == 0) {
			throw new DocumentNotFoundException(documentId);
		}
	}

	// A version the job cannot have is as unknown as one it does not have.
	private static Integer versionNumber(String documentId, String version) {
		if (version == null || version.isEmpty()) {
			return null;
		}
		if (!VERSION.matcher(version).matches()) {
			throw new DocumentNotFoundException(documentId, version);
		}
		return Integer.valueOf(version.substring(1));
	}

	private static DocumentNotFoundException notFound(String documentId, String version, boolean documentExists) {
		return documentExists ? new DocumentNotFoundException(documentId, version)
				: new DocumentNotFoundException(documentId);
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
