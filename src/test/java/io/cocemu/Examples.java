package io.cocemu;

/**
 * The documented CreateDocument example (coc-api.md, sections 3.1 and 10(e)), shared by
 * the tests.
 */
public final class Examples {

	public static final String CONTENT = """
			meta:
			  name: test_document
			  schemaVersion: 3
			  description: ""
			inputs: {}
			steps:
			  - name: pause
			    description: pause
			    task: hwc:runbook:suspend@1.0.0
			    inputs: {}
			    outputs: []""";

	public static final String CREATE_BODY = """
			{"name":"test_document","description":"","enterprise_project_id":"0","risk_level":"LOW",
			 "content":"meta:\\n  name: test_document\\n  schemaVersion: 3\\n  description: \\"\\"\\ninputs: {}\\nsteps:\\n  - name: pause\\n    description: pause\\n    task: hwc:runbook:suspend@1.0.0\\n    inputs: {}\\n    outputs: []"}""";

	private Examples() {
	}

}
