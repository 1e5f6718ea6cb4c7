package io.cocemu.document;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One version of a job: what the job said at that version, and when.
 */
@Entity
@Table(name = "document_version")
public class DocumentVersion {

	// The table's key is (document_id, version); the version id is unique by construction
	// and identifies the row just as well for JPA.
	@Id
	@Column(name = "version_uuid")
	private String versionUuid;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "document_id")
	private Document document;

	@Column(name = "version")
	private int number;

	private String name;

	private String content;

	private String description;

	@Enumerated(EnumType.STRING)
	@Column(name = "risk_level")
	private RiskLevel riskLevel;

	@Column(name = "create_time")
	private long createTime;

	protected DocumentVersion() {
	}

	DocumentVersion(Document document, int number, String content, long createTime) {
		this.versionUuid = newVersionUuid(createTime);
		this.document = document;
		this.number = number;
		this.name = document.name();
		this.content = content;
		this.description = document.description();
		this.riskLevel = document.riskLevel();
		this.createTime = createTime;
	}

	// 32 lowercase hex characters (coc-api.md, section 6), time first as in a UUIDv7: new
	// ids land at the end of their index instead of rewriting random pages of it on every
	// commit. The id is not a secret, so it needs no SecureRandom.
	private static String newVersionUuid(long createTime) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return HexFormat.of().toHexDigits(createTime).substring(4) + HexFormat.of().toHexDigits(random.nextLong())
				+ HexFormat.of().toHexDigits(random.nextInt()).substring(4);
	}

	public String versionUuid() {
		return this.versionUuid;
	}

	/**
	 * The version's name on the wire, {@code v1}, {@code v2}, ...
	 * @return the version name
	 */
	public String version() {
		return "v" + this.number;
	}

	public int number() {
		return this.number;
	}

	public String name() {
		return this.name;
	}

	public String content() {
		return this.content;
	}

	public String description() {
		return this.description;
	}

	public RiskLevel riskLevel() {
		return this.riskLevel;
	}

	public long createTime() {
		return this.createTime;
	}

}
