package com.legspasms.web.http;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

/**
 * Tomcat refuses {@code CONNECT} itself, with 501 Not Implemented, before any filter of
 * the site runs, and no setting changes that. The site is no proxy: like every method but
 * GET and HEAD (see {@link ReadOnlyMethodsFilter}), CONNECT gets 405 with the methods
 * that are allowed, so no request a client chooses to send is answered with a server
 * error.
 */
@Configuration(proxyBeanMethods = false)
class ConnectMethodConfiguration {

	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> connectMethodNotAllowed() {
		return (factory) -> factory.addEngineValves(new ConnectNotAllowedValve());
	}

	static final class ConnectNotAllowedValve extends ValveBase {

		ConnectNotAllowedValve() {
			super(true);
		}

		@Override
		public void invoke(Request request, Response response) throws IOException, ServletException {
			if ("CONNECT".equals(request.getMethod())
					&& response.getStatus() == HttpServletResponse.SC_NOT_IMPLEMENTED) {
				response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
				response.setHeader(HttpHeaders.ALLOW, "GET, HEAD");
			}
			getNext().invoke(request, response);
		}

	}

}
