package io.cocemu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Entry point of the COC Emulator, a stand-in for the Huawei Cloud COC custom job API.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CocEmulatorApplication {

	public static void main(String[] args) {
		SpringApplication.run(CocEmulatorApplication.class, args);
	}

}
