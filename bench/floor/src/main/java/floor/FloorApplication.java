package floor;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start-up floor: Spring Boot with the site's starters serving one Thymeleaf page at {@code /}.
 * With {@code --floor.training-run=true} it asks itself for that page (plain and gzipped) and exits,
 * the floor's counterpart of the site's training run for JDK 25's AOT cache.
 */
@SpringBootApplication
@Controller
public class FloorApplication {

	/**
	 * Starts the application.
	 * @param args Spring Boot's arguments
	 */
	public static void main(String[] args) {
		SpringApplication.run(FloorApplication.class, args);
	}

	/**
	 * The one page.
	 * @return the template's name
	 */
	@GetMapping("/")
	public String page() {
		return "page";
	}

	/**
	 * The training run: two requests for the page, then exit with status 0 (1 if one failed).
	 * @param context the application, closed at the end
	 * @param environment gives the port the server listens on
	 * @return the runner
	 */
	@Bean
	@ConditionalOnProperty("floor.training-run")
	ApplicationRunner trainingRun(ApplicationContext context, Environment environment) {
		return (args) -> {
			HttpClient http = HttpClient.newHttpClient();
			URI page = URI.create("http://127.0.0.1:" + environment.getRequiredProperty("local.server.port") + "/");
			int ok = 0;
			for (String encoding : new String[] { "identity", "gzip" }) {
				HttpRequest request = HttpRequest.newBuilder(page).header("Accept-Encoding", encoding).build();
				ok += (http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode() == 200) ? 1 : 0;
			}
			int status = (ok == 2) ? 0 : 1;
			System.exit(SpringApplication.exit(context, () -> status));
		};
	}

}
