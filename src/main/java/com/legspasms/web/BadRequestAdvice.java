package com.legspasms.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A query string the server cannot decode (such as {@code q=%zz}) is the client's
 * mistake: it gets the 400 page in the site's layout, not an error in the log.
 */
@ControllerAdvice
class BadRequestAdvice {

	@ExceptionHandler(InvalidParameterException.class)
	void undecodableParameters(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

}
