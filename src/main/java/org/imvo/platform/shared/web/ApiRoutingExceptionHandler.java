package org.imvo.platform.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Problem details for API requests that reach no controller: an unknown path, or a method or media
 * type the path does not support. {@link ApiExceptionHandler} only applies once an API controller
 * has been chosen, so without this these requests got an empty error response. Page requests are
 * left alone (rethrown) and get the error page.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiRoutingExceptionHandler {

	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class })
	ProblemDetail noRoute(Exception ex, HttpServletRequest request) throws Exception {
		requireApi(ex, request);
		return ApiExceptionHandler.problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
				"There is no API endpoint at this path. The API is described at /v3/api-docs.");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException ex,
			HttpServletRequest request) throws Exception {
		requireApi(ex, request);
		ProblemDetail problem = ApiExceptionHandler.problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
				"Method not allowed", "This endpoint does not accept " + ex.getMethod() + "; see the Allow header.");
		var response = ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED);
		if (ex.getSupportedHttpMethods() != null) {
			response.allow(ex.getSupportedHttpMethods().toArray(org.springframework.http.HttpMethod[]::new));
		}
		return response.body(problem);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request)
			throws Exception {
		requireApi(ex, request);
		return ApiExceptionHandler.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
				"Unsupported media type", "This endpoint does not accept this Content-Type; send JSON.");
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException ex, HttpServletRequest request) throws Exception {
		requireApi(ex, request);
		return ApiExceptionHandler.problem(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Not acceptable",
				"This endpoint cannot answer in the media type asked for in the Accept header.");
	}

	/** Rethrowing leaves the exception to the next resolver, i.e. to the page error handling. */
	private static void requireApi(Exception ex, HttpServletRequest request) throws Exception {
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			throw ex;
		}
	}

}
