package org.imvo.platform.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.imvo.platform.shared.BusinessRuleException;
import org.imvo.platform.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
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

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

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

	/**
	 * Anything unexpected: logged with a reference the caller can quote, answered as a 500 problem
	 * that says nothing about the cause (exception messages can carry SQL, hosts or personal data).
	 */
	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) throws Exception {
		if (ex instanceof AuthenticationException) {
			throw ex; // Spring Security's entry point answers it with 401
		}
		ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(ex.getClass(), ResponseStatus.class);
		if (declared != null && !declared.code().is5xxServerError()) {
			HttpStatus status = declared.code();
			return problem(status, "error", status.getReasonPhrase(),
					declared.reason().isEmpty() ? status.getReasonPhrase() : declared.reason());
		}
		String reference = UUID.randomUUID().toString();
		log.error("Unexpected failure, reference {}", reference, ex);
		ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
				"Something went wrong on our side. If it keeps happening, tell the secretariat and quote reference "
						+ reference + ".");
		problem.setProperty("reference", reference);
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

	/**
	 * The problems Spring MVC builds itself (unsupported media type, missing parameter, ...) have no
	 * type; give them one of ours, named after their status, so every problem has the same fields.
	 */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem
				&& (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
			HttpStatus status = HttpStatus.resolve(statusCode.value());
			String name = status == null ? "error" : status.getReasonPhrase().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
			problem.setType(URI.create(TYPE_BASE + name));
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + type));
		problem.setTitle(title);
		return problem;
	}

}
