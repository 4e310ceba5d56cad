package com.legspasms.web.http;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;

import com.legspasms.web.ServerErrorPages;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.coyote.ActionCode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;

/**
 * Tomcat refuses some requests itself, before any filter or controller of the site runs:
 * an address with malformed percent-encoding ({@code /articles/x%}, {@code /%zz}), an
 * encoded slash or NUL ({@code /articles/a%2Fb}, {@code /topics/%00}), bytes that are not
 * UTF-8 ({@code /articles/%C3%28}), or a character outside
 * {@code server.tomcat.relaxed-path-chars}. Its Host's error report valve writes those
 * answers, by default as Tomcat's own bare page. This configuration puts a valve there
 * that answers with the site's own error page for the status ({@link ServerErrorPages}:
 * the 400 page for all of the above), in the site's layout, with the site's security
 * headers, as {@code text/html;charset=UTF-8}, and nothing about the server.
 * <p>
 * Spring Boot itself adds a plain {@link ErrorReportValve} to the Host when stack traces
 * are never included ({@code TomcatWebServerFactoryCustomizer}); it is replaced just
 * before the Host starts, so the order in which customizers run does not matter, and the
 * Host's {@code errorReportValveClass} names this valve so Tomcat adds no other.
 */
@Configuration(proxyBeanMethods = false)
class ErrorReportValveConfiguration {

	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> siteErrorReportValve(
			ObjectProvider<ServerErrorPages> pages) {
		SiteErrorReportValve valve = new SiteErrorReportValve((status) -> pages.getObject().html(status));
		return (factory) -> factory.addContextCustomizers((context) -> {
			StandardHost host = (StandardHost) context.getParent();
			host.setErrorReportValveClass(SiteErrorReportValve.class.getName());
			host.addLifecycleListener((event) -> {
				if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
					replaceErrorReportValves(host.getPipeline(), valve);
				}
			});
		});
	}

	private static void replaceErrorReportValves(Pipeline pipeline, Valve replacement) {
		for (Valve valve : pipeline.getValves()) {
			if (valve instanceof ErrorReportValve) {
				pipeline.removeValve(valve);
			}
		}
		pipeline.addValve(replacement);
	}

	/**
	 * Writes the site's error page for any error answer that nothing else has written a
	 * body for, with the same checks as Tomcat's own {@link ErrorReportValve#report}: a
	 * status of 400 or more, set with {@code sendError}, not yet reported, nothing
	 * written yet, and a connection still open. If the page cannot be rendered, Tomcat's
	 * plain page (without report or server version) is written instead and the cause is
	 * logged.
	 */
	static final class SiteErrorReportValve extends ErrorReportValve {

		private static final Log logger = LogFactory.getLog(SiteErrorReportValve.class);

		private final IntFunction<String> pages;

		SiteErrorReportValve(IntFunction<String> pages) {
			this.pages = pages;
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.isError()) {
				return;
			}
			String html;
			try {
				html = this.pages.apply(status);
			}
			catch (RuntimeException | LinkageError ex) {
				logger.error("Could not render the site's page for status " + status + "; sent Tomcat's plain one", ex);
				super.report(request, response, throwable);
				return;
			}
			if (!response.setErrorReported()) {
				return;
			}
			AtomicBoolean ioAllowed = new AtomicBoolean(false);
			response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
			if (!ioAllowed.get()) {
				return;
			}
			try {
				SecurityHeadersFilter.addTo(response);
				response.setContentType(MediaType.TEXT_HTML_VALUE);
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				byte[] body = html.getBytes(StandardCharsets.UTF_8);
				response.setContentLength(body.length);
				PrintWriter writer = response.getReporter();
				if (writer != null) {
					writer.write(html);
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// The client went away, or the response was already under way: nothing
				// more to send.
			}
		}

	}

}
