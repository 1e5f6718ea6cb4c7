package io.cocemu.document.store;

import java.util.Optional;

import io.cocemu.document.Document;
import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Changes stored jobs. Every method looks only at one tenant's jobs.
 */
public interface DocumentRepository extends Repository<Document, String> {

	/**
	 * Finds a job and locks it until the transaction ends, so that concurrent updates of
	 * one job queue behind each other and each sees the version the last one made.
	 * @param id the job id
	 * @param tenantId the caller's tenant
	 * @return the job, if the tenant has it
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select d from Document d where d.id = ?1 and d.tenantId = ?2")
	Optional<Document> lockOwned(String id, String tenantId);

	/**
	 * Deletes a job; the store deletes its versions and tags with it.
	 * @param id the job id
	 * @param tenantId the caller's tenant
	 * @return how many jobs were deleted, 0 or 1
	 */
	@Modifying
	@Query("delete from Document d where d.id = ?1 and d.tenantId = ?2")
	int deleteOwned(String id, String tenantId);

}
