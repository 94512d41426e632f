package org.imvo.platform.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.imvo.platform.shared.BusinessRuleException;
import org.imvo.platform.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem details for every API controller. Messages are written for the person who sent
 * the request; no exception text from libraries and no stack trace ever reaches the response.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	public static final String TYPE_BASE = "https://imvo-platform.org/problems/";

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
				"There is no " + ex.what() + " with this id, or you may not see it.");
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
				"You are not allowed to see or change this. It belongs to another organisation or needs another role.");
	}

	@ExceptionHandler(BusinessRuleException.class)
	ProblemDetail businessRule(BusinessRuleException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, ex.code(), "Not allowed now", ex.getMessage());
		problem.setProperty("code", ex.code());
		return problem;
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail invalidValue(IllegalArgumentException ex) {
		// domain records validate in their constructors with messages written for the user
		return problem(HttpStatus.BAD_REQUEST, "invalid-value", "Invalid value", ex.getMessage());
	}

	@ExceptionHandler(jakarta.validation.ConstraintViolationException.class)
	ProblemDetail constraintViolation(jakarta.validation.ConstraintViolationException ex) {
		List<Map<String, String>> errors = ex.getConstraintViolations()
			.stream()
			.map(v -> Map.of("field", lastNode(v.getPropertyPath().toString()), "message", v.getMessage()))
			.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
				"Some fields are missing or invalid; see 'errors'.");
		problem.setProperty("errors", errors);
		return problem;
	}

	private static String lastNode(String path) {
		return path.substring(path.lastIndexOf('.') + 1);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request body",
				"The request body could not be read. Send valid JSON with the documented fields and value types.");
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
			.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
				"Some fields are missing or invalid; see 'errors'.");
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + type));
		problem.setTitle(title);
		return problem;
	}

}
