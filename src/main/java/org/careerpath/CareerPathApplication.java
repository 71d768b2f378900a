package org.careerpath;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class CareerPathApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(CareerPathApplication.class);
        if (isCommand(args)) {
            // a one-off command (such as --import-salaries=file.csv): no web server, exit when done; and not
            // the ahead-of-time processed definitions, which were made for the web server
            System.setProperty("spring.aot.enabled", "false");
            application.setWebApplicationType(WebApplicationType.NONE);
            System.exit(SpringApplication.exit(application.run(args)));
        }
        application.run(args);
    }

    static boolean isCommand(String[] args) {
        return Arrays.stream(args).anyMatch(arg -> arg.startsWith("--import-salaries"));
    }
}
