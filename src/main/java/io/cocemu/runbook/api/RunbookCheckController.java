package io.cocemu.runbook.api;

import java.util.List;

import io.cocemu.runbook.Finding;
import io.cocemu.runbook.RunbookChecker;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lints a runbook without storing it, in any validation mode: the emulator's own
 * endpoint, outside the COC paths.
 */
@RestController
class RunbookCheckController {

	private final RunbookChecker checker;

	RunbookCheckController(RunbookChecker checker) {
		this.checker = checker;
	}

	@PostMapping("/_emulator/runbooks/check")
	CheckResult check(@RequestBody CheckRequest request) {
		List<Finding> findings = this.checker.check(request.content());
		boolean valid = findings.stream().noneMatch((f) -> f.severity() == Finding.Severity.ERROR);
		return new CheckResult(valid, findings);
	}

	record CheckRequest(@NotNull String content) {
	}

	/**
	 * The findings, and whether strict mode would accept the runbook.
	 */
	record CheckResult(boolean valid, List<Finding> findings) {
	}

}
