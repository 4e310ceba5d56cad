package com.legspasms;

import com.legspasms.sourcecheck.SourceCheck;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LegSpasmsApplication {

	/**
	 * Starts the site; with {@code --check-sources}, checks the content's external
	 * addresses instead, without starting the site (see {@link SourceCheck}), and exits
	 * with its status.
	 * @param args the command-line arguments, passed on to Spring Boot
	 */
	public static void main(String[] args) {
		if (SourceCheck.isRequested(args)) {
			System.exit(SourceCheck.run(args, System.out));
		}
		SpringApplication.run(LegSpasmsApplication.class, args);
	}

}
