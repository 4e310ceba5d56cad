package com.legspasms.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers every error with a page in the site's layout, whatever the client's
 * {@code Accept} header: this is a site for people, not an API, so even {@code curl} gets
 * the friendly page. Boot's error view resolver picks {@code error/404},
 * {@code error/4xx} or {@code error}. Asked for directly, {@code /error} is no page of
 * the site and gets the 404 page.
 */
@Controller
@ConditionalOnWebApplication
@RequestMapping("${server.error.path:/error}")
class SiteErrorController extends AbstractErrorController {

	SiteErrorController(ErrorAttributes errorAttributes, List<ErrorViewResolver> errorViewResolvers) {
		super(errorAttributes, errorViewResolvers);
	}

	@RequestMapping
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = getStatus(request);
		Map<String, Object> model = getErrorAttributes(request, ErrorAttributeOptions.defaults());
		response.setStatus(status.value());
		ModelAndView view = resolveErrorView(request, response, status, model);
		return (view != null) ? view : new ModelAndView("error", model, status);
	}

	/**
	 * The status of the error being shown, or 404 when there is none: a scanner that
	 * requests {@code /error} itself must not get a 500 (Boot's default when the status
	 * is missing).
	 */
	@Override
	protected HttpStatus getStatus(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
			return HttpStatus.NOT_FOUND;
		}
		return super.getStatus(request);
	}

}
