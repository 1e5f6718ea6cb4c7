package io.cocemu.document;

import java.util.List;

import io.cocemu.tenant.Caller;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentTests {

	private final Document document = new Document(
			new NewDocument("first", "a: 1", "ep", RiskLevel.MEDIUM, "d1", List.of(new DocumentTag("key1", "value1"))),
			new Caller("tenant", "creator"), 1_000L);

	@Test
	void startsAtVersionOneWithoutModifier() {
		assertThat(this.document.version()).isEqualTo("v1");
		assertThat(this.document.modifier()).isNull();
		assertThat(this.document.versions()).extracting(DocumentVersion::version, DocumentVersion::content)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("v1", "a: 1"));
	}

	@Test
	void revisesIntoTheNextVersionKeepingWhatTheRevisionLeavesOut() {
		this.document.revise(new DocumentRevision("second", "a: 2", null, null), "modifier", 2_000L);

		assertThat(this.document.version()).isEqualTo("v2");
		assertThat(this.document.name()).isEqualTo("second");
		assertThat(this.document.description()).isEqualTo("d1");
		assertThat(this.document.riskLevel()).isEqualTo(RiskLevel.MEDIUM);
		assertThat(this.document.modifier()).isEqualTo("modifier");
		assertThat(this.document.updateTime()).isEqualTo(2_000L);
		assertThat(this.document.createTime()).isEqualTo(1_000L);
		assertThat(this.document.enterpriseProjectId()).isEqualTo("ep");
		assertThat(this.document.tags()).containsExactly(new DocumentTag("key1", "value1"));
		DocumentVersion v2 = this.document.versions().get(1);
		assertThat(List.of(v2.version(), v2.name(), v2.content(), v2.description(), v2.riskLevel().name()))
			.containsExactly("v2", "second", "a: 2", "d1", "MEDIUM");
		assertThat(v2.createTime()).isEqualTo(2_000L);
		assertThat(v2.versionUuid()).isNotEqualTo(this.document.versions().get(0).versionUuid());
	}

	@Test
	void changesDescriptionAndRiskLevelWhenGiven() {
		this.document.revise(new DocumentRevision("second", "a: 2", "", RiskLevel.HIGH), "modifier", 2_000L);

		assertThat(this.document.description()).isEmpty();
		assertThat(this.document.riskLevel()).isEqualTo(RiskLevel.HIGH);
	}

	@Test
	void neverMovesTimeBackwards() {
		this.document.revise(new DocumentRevision("second", "a: 2", null, null), "modifier", 500L);

		assertThat(this.document.updateTime()).isEqualTo(1_000L);
		assertThat(this.document.versions().get(1).createTime()).isEqualTo(1_000L);
	}

}
