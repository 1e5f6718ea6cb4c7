package io.cocemu.runbook;

import java.util.Map;

import io.cocemu.Examples;

/**
 * The runbooks of the reference (coc-api.md, section 10, (b) to (e)), placeholders filled
 * in: every one of them passed the real service.
 */
final class RunbookExamples {

	static final String EXECUTE_API = """
			meta:
			  name: tf_execute
			  schemaVersion: 3
			  description: ""
			inputs:
			  global_param1:
			    type: string
			    default: "global_test"
			    paramSource: CUSTOM
			    description: global param description
			steps:
			  - name: task1
			    task: hwc:runbook:executeAPI@1.0.0
			    inputs:
			      service: ECS
			      api_name: ListServersDetails
			      region: cn-north-4
			      path_params: '{"project_id":"0b8f0d9f2c8a4e6b9d1c3a5f7e9b1d3c"}'
			      query: "{}"
			      body: "{}"
			      timeout: 30
			    outputs:
			      - name: servers
			        selector: .servers
			        type: String
			      - name: count
			        selector: .count
			        type: String
			""";

	static final String INSTANCE_PARAMETER = """
			meta:
			  name: tf_execute_instance
			  schemaVersion: 3
			  description: desc
			inputs:
			  instance_id:
			    type: string
			    default: "[]"
			    paramSource: INSTANCE
			    description: ""
			    region: huaweicloud_compute_instance.test.region
			steps:
			  - name: query-task
			    description: query task desc
			    task: hwc:runbook:executeAPI@1.0.0
			    inputs:
			      service: ECS
			      api_name: ListServersDetails
			      region: huaweicloud_compute_instance.test.region
			      path_params: '{"project_id":"0b8f0d9f2c8a4e6b9d1c3a5f7e9b1d3c"}'
			      query: "{}"
			      body: "{}"
			      timeout: 30
			    outputs:
			      - name: servers
			        selector: .servers
			        type: String
			      - name: count
			        selector: .count
			        type: String
			""";

	static final String SCRIPTS = """
			meta:
			  name: tf_step_instances
			  schemaVersion: 3
			  description: ""
			inputs:
			  instance_list:
			    type: string
			    default: '[{"name":"coc-test","resource_id":"7d8c1d0e-4f3b-4b8e-9a43-1f2e3d4c5b6a",\\
			"region_id":"cn-north-4","provider":"ECS","type":"CLOUDSERVERS"}]'
			    paramSource: INSTANCE
			    description: ""
			    region: "cn-north-4"
			steps:
			  - name: task1
			    task: hwc:runbook:scripts@1.0.0
			    inputs:
			      wait_uniagent_time: 0
			      script_uuid: "SC20231017170000000000001"
			      instance_list: "{{$globals.instance_list}}"
			      execute_user: root
			      timeout: 300
			      script_params: '[{"param_name":"name","param_value":"zhangsan"}]'
			    outputs: []
			""";

	static final String PAUSE = Examples.CONTENT;

	static final Map<String, String> ALL = Map.of("(b) executeAPI", EXECUTE_API, "(c) INSTANCE parameter",
			INSTANCE_PARAMETER, "(d) scripts", SCRIPTS, "(e) pause", PAUSE);

	private RunbookExamples() {
	}

}
