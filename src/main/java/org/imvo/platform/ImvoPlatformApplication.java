package org.imvo.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The IMVO Platform: one Spring Boot application, each top-level package a Spring Modulith module. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ImvoPlatformApplication {

	public static void main(String[] args) {
		SpringApplication.run(ImvoPlatformApplication.class, args);
	}

}
