package com.legspasms;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LegSpasmsApplication {

	public static void main(String[] args) {
		SpringApplication.run(LegSpasmsApplication.class, args);
	}

}
