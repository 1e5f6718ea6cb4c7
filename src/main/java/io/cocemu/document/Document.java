package io.cocemu.document;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import io.cocemu.tenant.Caller;

/**
 * A custom job of one tenant, with every version it has had. It makes its own id.
 */
@Entity
@Table(name = "document")
public class Document {

	@Id
	@Column(name = "document_id")
	private String id;

	@Column(name = "tenant_id")
	private String tenantId;

	private String name;

	private String description;

	@Column(name = "enterprise_project_id")
	private String enterpriseProjectId;

	@Enumerated(EnumType.STRING)
	@Column(name = "risk_level")
	private RiskLevel riskLevel;

	private String creator;

	private String modifier;

	@Column(name = "create_time")
	private long createTime;

	@Column(name = "update_time")
	private long updateTime;

	@Column(name = "latest_version")
	private int latestVersion;

	@OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("number")
	private List<DocumentVersion> versions = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "document_tag", joinColumns = @JoinColumn(name = "document_id"))
	@OrderColumn(name = "position")
	private List<DocumentTag> tags = new ArrayList<>();

	protected Document() {
	}

	Document(NewDocument source, Caller caller, long createTime) {
		this.id = DocumentIds.next(createTime);
		this.tenantId = caller.tenantId();
		this.name = source.name();
		this.description = source.description();
		this.enterpriseProjectId = source.enterpriseProjectId();
		this.riskLevel = source.riskLevel();
		this.creator = caller.userName();
		this.createTime = createTime;
		this.updateTime = createTime;
		this.latestVersion = 1;
		this.versions.add(new DocumentVersion(this, 1, source.content(), createTime));
		this.tags.addAll(source.tags());
	}

	/**
	 * Makes the next version from a revision. Enterprise project and tags never change; a
	 * revision without description or risk level keeps the current ones (coc-api.md,
	 * section 3.4). Times never go backwards, even if updates from different clocks queue
	 * behind each other.
	 * @param revision what changes
	 * @param modifier who changes it
	 * @param now the time of the change, epoch milliseconds
	 */
	void revise(DocumentRevision revision, String modifier, long now) {
		this.name = revision.name();
		if (revision.description() != null) {
			this.description = revision.description();
		}
		if (revision.riskLevel() != null) {
			this.riskLevel = revision.riskLevel();
		}
		this.modifier = modifier;
		this.updateTime = Math.max(now, this.updateTime);
		this.latestVersion++;
		this.versions.add(new DocumentVersion(this, this.latestVersion, revision.content(), this.updateTime));
	}

	public String id() {
		return this.id;
	}

	public String tenantId() {
		return this.tenantId;
	}

	public String name() {
		return this.name;
	}

	public String description() {
		return this.description;
	}

	public String enterpriseProjectId() {
		return this.enterpriseProjectId;
	}

	public RiskLevel riskLevel() {
		return this.riskLevel;
	}

	public String creator() {
		return this.creator;
	}

	public String modifier() {
		return this.modifier;
	}

	public long createTime() {
		return this.createTime;
	}

	public long updateTime() {
		return this.updateTime;
	}

	public String version() {
		return "v" + this.latestVersion;
	}

	public int versionNumber() {
		return this.latestVersion;
	}

	public List<DocumentVersion> versions() {
		return List.copyOf(this.versions);
	}

	public List<DocumentTag> tags() {
		return List.copyOf(this.tags);
	}

}
